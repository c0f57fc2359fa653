"""Sender authentication: what the receiving server's SPF / DKIM / DMARC / ARC checks say
about the From domain, and (when switched on) what local verification says.

Which Authentication-Results are believed:
- With `Settings.authserv_ids`: only headers whose authserv-id is one of them (or a host
  under one of them), in any position.
- Otherwise the topmost one (the reader's own server adds it last), plus every other
  header carrying the *same* authserv-id (Proton, Mimecast write one header per method).
  Microsoft writes no authserv-id; then only the topmost header counts, so a header the
  sender wrote lower down cannot add results. Within the believed set the topmost result
  for a method wins, so a forged lower "dmarc=pass" cannot outvote the server's "fail".
  Without authserv_ids, a mail whose recipient server adds no header at all has the
  sender's own header on top; that is why the trust signal is capped (see scoring) and
  why deployments should set authserv_ids.

A pass only proves who sent the mail: DMARC pass for the brand's own domain is a trust
signal; a pass for an unrelated domain (`amazon-security.top`) proves nothing and is
reported as such, with no weight.

Mailing lists (List-Id / X-Mailman-Version / X-BeenThere): a list that adds a footer or a
subject tag breaks DKIM, so the reader's server may report DMARC fail for a genuine
sender. For list mail a fail is therefore believed at half confidence, unless
- the believed header says `arc=pass`: then the first hop's ARC-Authentication-Results
  (the lowest `i=`) gives the DMARC result from before the list touched the mail, or
- Mailman kept the list server's own result as X-Mailman-Original-Authentication-Results
  and that says fail too.
X-Mailman-Original-Authentication-Results is used for *fails only*: nothing is gained
by forging a fail, while a forged pass is the attack. Headers that are not believed are
not used at all.

Forwards (a provider's auto-forward to another mailbox) break SPF and often DKIM the same
way. When the believed header says `arc=pass` and DMARC fail, a DMARC pass recorded before
the forward (the server's own summary of the chain, Gmail's "arc=pass (... dmarc=pass
fromdomain=x)", or the first forwarder's sealed ARC-Authentication-Results) cancels the
fail; like a list's, it never vouches. ARC sets sealed by the reader's own servers are
left out when looking for the first hop.

Shared senders (`data/auth_shared_senders.txt`: free mail, services that mail text their
users wrote) are no brand's own sender even when the registry lists them: a pass there
never vouches, and a fail gets the generic finding.

A pass vouches for a brand only from where the reader's own servers write (see
`_position_can_vouch`); with `authserv_ids` configured, the configured servers decide.

Local verification (`miwake.verify`, only with `verify_dkim`/`verify_spf` and a resolver)
runs after the headers and adds its own `auth.local_*` findings; its DMARC result becomes
`auth.brand_domain_dmarc_fail` only when the headers did not already say fail, and a
local DKIM pass on the brand's domain is trust only when the headers gave none.
"""

from __future__ import annotations

from dataclasses import dataclass

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.sender import effective_sender
from miwake.knowledge.authresults import (
    AuthResult,
    AuthResultsHeader,
    parse_authentication_results,
)
from miwake.knowledge.brands import Brand, BrandRegistry
from miwake.knowledge.domains import (
    host_within,
    is_ip_literal,
    registrable_domain,
    to_ascii_host,
    to_unicode_host,
)
from miwake.knowledge.lists import load_list
from miwake.knowledge.mailboxes import is_freemail, is_isp_mailbox
from miwake.message.types import ParsedMessage
from miwake.model import Evidence, Finding

MAX_AR_HEADERS = 30  # Authentication-Results headers read per message

BRAND_DMARC_FAIL = "auth.brand_domain_dmarc_fail"
BRAND_AUTH_FAIL = "auth.brand_domain_auth_fail"
BRAND_UNAUTH = "auth.brand_domain_unauthenticated"
BRAND_DMARC_PASS = "auth.brand_domain_dmarc_pass"
BRAND_DKIM_PASS = "auth.brand_domain_dkim_pass"
PASS_UNRELATED = "auth.pass_unrelated_domain"
PASS_SHARED = "auth.pass_shared_sender"
DMARC_FAIL = "auth.dmarc_fail"
DKIM_FAIL = "auth.dkim_fail"
SPF_FAIL = "auth.spf_fail"
COMPAUTH_FAIL = "auth.compauth_fail"
UNAUTHENTICATED = "auth.from_domain_unauthenticated"
NO_RESULTS = "auth.no_results"
# The From domain is the brand's own, but nothing says it was really sent from there.
BRAND_UNVERIFIED = "auth.brand_domain_unverified"
LOCAL_DKIM_FAIL = "auth.local_dkim_fail"
LOCAL_DKIM_PASS_BRAND = "auth.local_dkim_pass_brand"
LOCAL_SPF_FAIL = "auth.local_spf_fail"
LOCAL_DMARC_FAIL = "auth.local_dmarc_fail"

_FAILS = frozenset({"fail", "hardfail", "reject", "quarantine"})
_LIST_HEADERS = frozenset({"list-id", "x-mailman-version", "x-beenthere"})
_LIST_CONFIDENCE = 0.5  # a list may have broken the signature itself
_MAILMAN_CONFIDENCE = 0.8  # the list server's own result, unverifiable but fail-only


@dataclass(frozen=True, slots=True)
class _Verdict:
    """One method's result for the From domain, and where it was read."""

    result: AuthResult
    where: str
    confidence: float = 1.0
    # A pass may be a trust signal only when read from a believed header; a pass seen in
    # ARC or Mailman's copy can cancel a list artifact but never vouch for the sender.
    can_vouch: bool = True
    header: AuthResultsHeader | None = None


def _aligned(a: str, b: str) -> bool:
    """Relaxed DMARC alignment: same organizational domain."""
    if not a or not b:
        return False
    return registrable_domain(to_ascii_host(a)) == registrable_domain(to_ascii_host(b))


def _where(header: AuthResultsHeader, name: str = "Authentication-Results") -> str:
    return f"{name} ({header.authserv_id})" if header.authserv_id else name


def _parse_all(message: ParsedMessage, name: str, arc: bool = False) -> list[AuthResultsHeader]:
    found = []
    for value in message.header_all(name)[:MAX_AR_HEADERS]:
        header = parse_authentication_results(value, arc=arc)
        if header.results:
            found.append(header)
    return found


def believed_headers(
    headers: list[AuthResultsHeader], authserv_ids: tuple[str, ...]
) -> tuple[list[AuthResultsHeader], list[AuthResultsHeader]]:
    """(believed, the rest), topmost first; see the module docstring for the rule."""
    if authserv_ids:
        ids = {i.strip().rstrip(".").lower() for i in authserv_ids if i.strip()}
        believed = [h for h in headers if h.authserv_id and host_within(h.authserv_id, ids)]
    elif not headers:
        believed = []
    elif headers[0].authserv_id:
        believed = [h for h in headers if h.authserv_id == headers[0].authserv_id]
    else:
        believed = [headers[0]]
    rest = [h for h in headers if not any(h is b for b in believed)]
    return believed, rest


def _first_hop_dmarc(
    message: ParsedMessage, from_domain: str, believed: list[AuthResultsHeader]
) -> tuple[AuthResult, str] | None:
    """DMARC for `from_domain` in the first ARC-Authentication-Results of the chain (lowest
    i=), and where it was read. ARC sets the reader's own servers sealed are left out: they
    record the same verdict as their own header."""
    own = {h.authserv_id for h in believed if h.authserv_id}
    sealed = [
        h
        for h in _parse_all(message, "ARC-Authentication-Results", arc=True)
        if h.authserv_id not in own
    ]
    if not sealed:
        return None
    first_hop = min(sealed, key=lambda h: h.instance)
    found = _first([first_hop], "dmarc", from_domain, "header.from")
    if found is None:
        return None
    return found[0], _where(first_hop, f"ARC-Authentication-Results i={first_hop.instance}")


# Gmail's summary of the ARC chain's first hop: "arc=pass (i=1 ... dmarc=pass fromdomain=x)".
_ARC_DMARC_RE = startcache.compile(r"\bdmarc=(\w+)\s+fromdomain=([a-z0-9.-]+)")


def _forwarded_original(
    message: ParsedMessage, from_domain: str, believed: list[AuthResultsHeader]
) -> _Verdict | None:
    """For a DMARC fail at the reader's server on a mail whose ARC chain that server found
    intact (its own header says arc=pass): a forward (a provider's auto-forward to another
    mailbox) breaks SPF and often DKIM. A DMARC pass from before the forward (the reader's
    server's own summary of the chain, or the first forwarder's sealed results) cancels the
    fail but never vouches: anybody can run a forwarder that seals. None: the fail stands."""
    arc = _first(believed, "arc", "", "")
    if arc is None or arc[0].result != "pass":
        return None
    summary = _ARC_DMARC_RE.search(arc[0].comment.lower())
    if summary is not None:
        if summary.group(1) == "pass" and _aligned(summary.group(2), from_domain):
            return _Verdict(arc[0], _where(arc[1]), can_vouch=False)
        return None
    original = _first_hop_dmarc(message, from_domain, believed)
    if original is None or original[0].result != "pass":
        return None
    return _Verdict(*original, can_vouch=False)


def _first(
    headers: list[AuthResultsHeader], method: str, from_domain: str, key: str
) -> tuple[AuthResult, AuthResultsHeader] | None:
    """The topmost `method` result about `from_domain` (by property `key`, when given)."""
    fallback: tuple[AuthResult, AuthResultsHeader] | None = None
    for header in headers:
        for result in header.of(method):
            domain = result.domain(key)
            if domain and to_unicode_host(domain) == from_domain:
                return result, header
            if not domain and fallback is None:
                fallback = (result, header)
    return fallback


_INDEX_CACHE: dict[int, tuple[BrandRegistry, dict[str, tuple[Brand, ...]]]] = {}


def _mail_domain_index(registry: BrandRegistry) -> dict[str, tuple[Brand, ...]]:
    """mail domain -> brands, built once per registry (keyed by identity: hashing a
    registry is not cheap)."""
    cached = _INDEX_CACHE.get(id(registry))
    if cached is not None and cached[0] is registry:
        return cached[1]
    index: dict[str, list[Brand]] = {}
    for brand in registry.brands:
        for domain in brand.mail_domains:
            index.setdefault(to_unicode_host(domain), []).append(brand)
    frozen = {k: tuple(v) for k, v in index.items()}
    if len(_INDEX_CACHE) > 8:  # registries are built once per Context; tests make a few
        _INDEX_CACHE.clear()
    _INDEX_CACHE[id(registry)] = (registry, frozen)
    return frozen


def _brand_of_from(target: Target, from_domain: str) -> tuple[Brand | None, Brand | None]:
    """(the claimed brand, the brand whose mail domain the From domain is)."""
    registry = target.context.brands
    claimed = registry.get(target.brand.key) if target.brand is not None else None
    if not from_domain:
        return claimed, None
    if claimed is not None and claimed.is_mail_domain(from_domain):
        return claimed, claimed
    if claimed is not None and is_isp_mailbox(from_domain):
        # taro@plala.or.jp writing as another brand: a subscriber's mailbox, whose DMARC
        # pass vouches for the ISP's servers, not for the brand the mail claims to be.
        return claimed, None
    index = _mail_domain_index(registry)
    host = from_domain
    while host:
        owners = index.get(host)
        if owners:
            return claimed, owners[0]
        if "." not in host:
            break
        host = host.split(".", 1)[1]
    return claimed, None


def _shared_sender(message: ParsedMessage, from_domain: str) -> bool:
    """Anyone can send a passing mail from here (free mail, user-written notifications)."""
    entries = load_list("auth_shared_senders.txt")
    address = message.from_[0].address.lower() if message.from_ else ""
    if address in entries or from_domain in entries:
        return True
    if not host_within(from_domain, entries):
        return False
    # Under a personal-mailbox domain (data/freemail.txt), only the domain itself is
    # anyone's: its subdomains (wdy.docomo.ne.jp, mail.yahoo.co.jp) are the provider's own
    # systems, as in knowledge/mailboxes.py.
    host = from_domain
    while "." in host:
        host = host.split(".", 1)[1]
        if host in entries:
            return not is_freemail(host)
    return True


_BY_HOST = startcache.compile(r"\bby\s+([A-Za-z0-9][A-Za-z0-9.-]{0,253})")


def _position_can_vouch(message: ParsedMessage, header: AuthResultsHeader) -> bool:
    """A pass may vouch only from where the reader's own servers write: above every
    Received header, or written by the organisation named in the topmost Received that
    has a host name after "by" (Gmail's first hop is "by 2002:a05:...", an address).
    A header the sender wrote always sits below the receiver's own Received line."""
    if not header.authserv_id:
        return True  # Microsoft: the id-less rule in believed_headers already applies
    ar_index = received = -1
    by_host = ""
    for i, (name, value) in enumerate(message.headers):
        low = name.lower()
        if low == "authentication-results" and ar_index < 0:
            if value[: len(header.raw)] == header.raw:
                ar_index = i
        elif low == "received" and not by_host:
            m = _BY_HOST.search(value)
            if m and not is_ip_literal(m.group(1)) and ":" not in m.group(1):
                by_host, received = m.group(1).lower().rstrip("."), i
        if ar_index >= 0 and by_host:
            break
    if ar_index < 0 or not by_host or ar_index < received:
        return True
    return registrable_domain(by_host) == registrable_domain(header.authserv_id)


def _is_list_mail(message: ParsedMessage) -> bool:
    return message.has_any_header(_LIST_HEADERS)


def _evidence(from_domain: str, verdict: _Verdict) -> Evidence:
    r = verdict.result
    actual = f"{r.method}={r.result}"
    policy = r.dmarc_policy if r.method == "dmarc" else ""
    if policy:
        actual += f" (p={policy})"
    return Evidence(kind="auth", shown=from_domain, actual=actual, where=verdict.where)


def _params(from_domain: str, brand: Brand | None) -> dict[str, str]:
    """`domain`, and `owner` (the brand key) when the From domain belongs to a brand."""
    params = {"domain": from_domain}
    if brand is not None:
        params["owner"] = brand.key
    return params


class AuthAnalyzer:
    info = AnalyzerInfo(
        name="auth",
        emits=frozenset(
            {
                BRAND_DMARC_FAIL,
                BRAND_AUTH_FAIL,
                BRAND_UNAUTH,
                BRAND_DMARC_PASS,
                BRAND_DKIM_PASS,
                PASS_UNRELATED,
                PASS_SHARED,
                DMARC_FAIL,
                DKIM_FAIL,
                SPF_FAIL,
                COMPAUTH_FAIL,
                UNAUTHENTICATED,
                NO_RESULTS,
                BRAND_UNVERIFIED,
                LOCAL_DKIM_FAIL,
                LOCAL_DKIM_PASS_BRAND,
                LOCAL_SPF_FAIL,
                LOCAL_DMARC_FAIL,
            }
        ),
        summary="SPF/DKIM/DMARC/ARC results for the From domain, and local verification.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        sender = effective_sender(message)
        if sender is None:
            return []  # nothing to authenticate; the sender analyzer reports a missing From
        # A list that rewrote From ("Brand via List") keeps the original in Reply-To: that
        # original is what the reader is asked to believe, so it is what must be vouched for.
        from_domain = to_unicode_host(sender.domain)
        claimed, brand = _brand_of_from(target, from_domain)
        settings = target.context.settings

        headers = _parse_all(message, "Authentication-Results")
        believed, _rest = believed_headers(headers, settings.authserv_ids)
        mailman = _parse_all(message, "X-Mailman-Original-Authentication-Results")
        is_list = _is_list_mail(message)
        # Anyone can send from a shared domain (gmail.com, icloud.com): it is no brand's
        # own sender, whatever the registry lists, so it gets the generic findings.
        shared = (brand or claimed) is not None and _shared_sender(message, from_domain)
        if shared:
            brand = None

        findings: list[Finding] = []
        decided = self._from_headers(
            message,
            from_domain,
            claimed,
            brand,
            believed,
            mailman,
            is_list,
            bool(settings.authserv_ids),
            findings,
        )
        if shared:
            # a pass for a shared sender: say why it proves nothing
            findings[:] = [
                Finding(PASS_SHARED, 1.0, f.evidence, f.params) if f.id == PASS_UNRELATED else f
                for f in findings
            ]
        resolver = target.context.resolver
        local = resolver is not None and (settings.verify_dkim or settings.verify_spf)
        if local:
            self._local(target, from_domain, brand, is_list, decided, findings)
        if not local and not believed and not mailman and not findings and claimed is not None:
            findings.append(
                Finding(
                    BRAND_UNVERIFIED if brand is not None else NO_RESULTS,
                    evidence=(Evidence(kind="auth", shown=from_domain, where="From"),),
                    params=_params(from_domain, claimed),
                )
            )
        return findings

    # -- results the receiving servers wrote ------------------------------------------------

    def _from_headers(
        self,
        message: ParsedMessage,
        from_domain: str,
        claimed: Brand | None,
        brand: Brand | None,
        believed: list[AuthResultsHeader],
        mailman: list[AuthResultsHeader],
        is_list: bool,
        configured: bool,
        findings: list[Finding],
    ) -> set[str]:
        """Append findings from the headers; return which conclusions were reached
        ("dmarc-fail", "dmarc-pass", "trust") so local checks don't repeat them."""
        decided: set[str] = set()
        params = _params(from_domain, brand or claimed)
        dmarc: _Verdict | None = None
        found = _first(believed, "dmarc", from_domain, "header.from")
        if found is not None:
            dmarc = _Verdict(found[0], _where(found[1]), header=found[1])

        if dmarc is not None and dmarc.result.result in _FAILS and is_list:
            dmarc = self._list_original(message, from_domain, dmarc, believed, mailman)
        elif dmarc is not None and dmarc.result.result in _FAILS:
            dmarc = _forwarded_original(message, from_domain, believed) or dmarc
        if dmarc is None or dmarc.result.result in ("none", "temperror", "permerror"):
            # the list server's own verdict, kept by Mailman: believed for a fail only
            found = _first(mailman, "dmarc", from_domain, "header.from")
            if found is not None and found[0].result in _FAILS:
                where = _where(found[1], "X-Mailman-Original-Authentication-Results")
                dmarc = _Verdict(found[0], where, _MAILMAN_CONFIDENCE)

        dmarc_result = dmarc.result.result if dmarc is not None else ""
        if dmarc is not None and dmarc_result in _FAILS:
            fid = BRAND_DMARC_FAIL if brand is not None else DMARC_FAIL
            findings.append(
                Finding(fid, dmarc.confidence, (_evidence(from_domain, dmarc),), params)
            )
            decided.add("dmarc-fail")
            return decided
        if dmarc is not None and dmarc_result == "pass":
            if not dmarc.can_vouch:
                pass  # a list artifact cancelled
            elif not self._placed_to_vouch(message, dmarc, configured):
                # A header the sender may have written: never trust for a brand. For another
                # domain it is noted all the same: the note proves nothing and only keeps a
                # mail without deception at "suspicious" (scoring.toml [authenticated_sender]),
                # which is all a forged header could win.
                if brand is None and claimed is not None:
                    findings.append(
                        Finding(PASS_UNRELATED, 1.0, (_evidence(from_domain, dmarc),), params)
                    )
            elif brand is not None:
                findings.append(
                    Finding(BRAND_DMARC_PASS, 1.0, (_evidence(from_domain, dmarc),), params)
                )
                decided.add("trust")
            elif claimed is not None:
                findings.append(
                    Finding(PASS_UNRELATED, 1.0, (_evidence(from_domain, dmarc),), params)
                )
            decided.add("dmarc-pass")
            return decided

        # No DMARC verdict (none / bestguesspass / errors / missing): DKIM and SPF.
        dkim_pass: _Verdict | None = None
        dkim_fail: _Verdict | None = None
        for header in believed:
            for r in header.of("dkim"):
                d = r.domain("header.d") or r.domain("header.i")
                if not _aligned(d, from_domain):
                    continue
                if r.result == "pass" and dkim_pass is None:
                    dkim_pass = _Verdict(r, _where(header), header=header)
                elif r.result == "fail" and dkim_fail is None:
                    dkim_fail = _Verdict(r, _where(header), _LIST_CONFIDENCE if is_list else 1.0)
        spf_v: _Verdict | None = None
        for header in believed:
            for r in header.of("spf"):
                if r.get("smtp.mailfrom") or r.get("smtp.helo"):
                    spf_v = _Verdict(r, _where(header))
                    break
            if spf_v is not None:
                break
        spf_aligned = spf_v is not None and _aligned(
            spf_v.result.domain("smtp.mailfrom"), from_domain
        )
        any_pass = any(r.result == "pass" for h in believed for r in h.results)

        if (
            dkim_pass is not None
            or dmarc_result == "bestguesspass"
            or (spf_aligned and spf_v is not None and spf_v.result.result == "pass")
        ):
            shown = dkim_pass or dmarc or spf_v
            assert shown is not None
            if (
                brand is not None
                and dkim_pass is not None
                and self._placed_to_vouch(message, dkim_pass, configured)
            ):
                findings.append(
                    Finding(BRAND_DKIM_PASS, 1.0, (_evidence(from_domain, dkim_pass),), params)
                )
                decided.add("trust")
            elif brand is None and claimed is not None:
                findings.append(
                    Finding(PASS_UNRELATED, 1.0, (_evidence(from_domain, shown),), params)
                )
            return decided

        spf_failed = (
            spf_v is not None and spf_aligned and spf_v.result.result in ("fail", "softfail")
        )
        compauth = _first(believed, "compauth", "", "")
        if brand is not None:
            if dkim_fail is not None or spf_failed:
                shown = dkim_fail if dkim_fail is not None else spf_v
                assert shown is not None
                conf = shown.confidence
                if shown is spf_v and spf_v.result.result == "softfail":
                    conf *= 0.7
                findings.append(
                    Finding(BRAND_AUTH_FAIL, conf, (_evidence(from_domain, shown),), params)
                )
            elif believed:
                first = believed[0]
                ev = Evidence(
                    kind="auth",
                    shown=from_domain,
                    actual=(dmarc_result and f"dmarc={dmarc_result}") or "no aligned pass",
                    where=_where(first),
                )
                findings.append(Finding(BRAND_UNAUTH, 0.6 if any_pass else 1.0, (ev,), params))
            return decided

        emitted = False
        if dkim_fail is not None:
            findings.append(
                Finding(
                    DKIM_FAIL, dkim_fail.confidence, (_evidence(from_domain, dkim_fail),), params
                )
            )
            emitted = True
        if spf_failed and spf_v is not None:
            conf = 0.5 if spf_v.result.result == "softfail" else 1.0
            findings.append(Finding(SPF_FAIL, conf, (_evidence(from_domain, spf_v),), params))
            emitted = True
        if compauth is not None and compauth[0].result == "fail":
            v = _Verdict(compauth[0], _where(compauth[1]))
            findings.append(Finding(COMPAUTH_FAIL, 1.0, (_evidence(from_domain, v),), params))
            emitted = True
        if believed and not emitted and not any_pass:
            ev = Evidence(
                kind="auth",
                shown=from_domain,
                actual=(dmarc_result and f"dmarc={dmarc_result}") or "no pass",
                where=_where(believed[0]),
            )
            findings.append(Finding(UNAUTHENTICATED, 1.0, (ev,), params))
        return decided

    @staticmethod
    def _placed_to_vouch(message: ParsedMessage, verdict: _Verdict, configured: bool) -> bool:
        if configured or verdict.header is None:
            return configured
        return _position_can_vouch(message, verdict.header)

    def _list_original(
        self,
        message: ParsedMessage,
        from_domain: str,
        dmarc: _Verdict,
        believed: list[AuthResultsHeader],
        mailman: list[AuthResultsHeader],
    ) -> _Verdict | None:
        """For list mail whose DMARC failed at the reader's server: the verdict from
        before the list touched it (ARC when the chain passed, else Mailman's copy), or
        the fail at reduced confidence."""
        arc = _first(believed, "arc", "", "")
        if arc is not None and arc[0].result == "pass":
            original = _first_hop_dmarc(message, from_domain, believed)
            if original is not None:
                if original[0].result in _FAILS:
                    return _Verdict(*original)
                if original[0].result == "pass":
                    return _Verdict(*original, can_vouch=False)
        found = _first(mailman, "dmarc", from_domain, "header.from")
        if found is not None and found[0].result in _FAILS:
            where = _where(found[1], "X-Mailman-Original-Authentication-Results")
            return _Verdict(found[0], where, _MAILMAN_CONFIDENCE)
        return _Verdict(dmarc.result, dmarc.where, _LIST_CONFIDENCE)

    # -- local verification ---------------------------------------------------------------

    def _local(
        self,
        target: Target,
        from_domain: str,
        brand: Brand | None,
        is_list: bool,
        decided: set[str],
        findings: list[Finding],
    ) -> None:
        from miwake.verify import verify_message

        settings = target.context.settings
        resolver = target.context.resolver
        assert resolver is not None
        local = verify_message(
            target.message, resolver, dkim_on=settings.verify_dkim, spf_on=settings.verify_spf
        )
        params = _params(from_domain, brand)
        where = "local"
        scale = _LIST_CONFIDENCE if is_list else 1.0

        aligned_pass = [
            c for c in local.dkim if c.result == "pass" and _aligned(c.domain, from_domain)
        ]
        failed = [c for c in local.dkim if c.result in ("fail", "permerror")]
        if aligned_pass:
            if (
                brand is None
                and target.brand is not None
                and not any(f.id in (PASS_UNRELATED, PASS_SHARED) for f in findings)
            ):
                c = aligned_pass[0]
                ev = Evidence("auth", from_domain, f"dkim=pass d={c.domain}", where)
                findings.append(Finding(PASS_UNRELATED, 1.0, (ev,), params))
            elif brand is not None and "trust" not in decided:
                c = aligned_pass[0]
                ev = Evidence(
                    kind="auth",
                    shown=from_domain,
                    actual=f"dkim=pass d={c.domain} s={c.selector}",
                    where=where,
                )
                findings.append(Finding(LOCAL_DKIM_PASS_BRAND, 1.0, (ev,), params))
        elif failed:
            c = failed[0]
            conf = (1.0 if _aligned(c.domain, from_domain) else 0.5) * scale
            ev = Evidence(
                kind="auth",
                shown=from_domain,
                actual=f"dkim={c.result} d={c.domain} s={c.selector}",
                where=where,
            )
            findings.append(Finding(LOCAL_DKIM_FAIL, conf, (ev,), params))

        spf_check = local.spf
        if spf_check is not None and spf_check.result in ("fail", "softfail"):
            conf = 1.0 if _aligned(spf_check.domain, from_domain) else 0.5
            if spf_check.result == "softfail":
                conf *= 0.5
            ev = Evidence(
                kind="auth",
                shown=spf_check.domain,
                actual=f"spf={spf_check.result} ip={spf_check.ip}",
                where=where,
            )
            findings.append(Finding(LOCAL_SPF_FAIL, conf, (ev,), params))

        dmarc = local.dmarc
        if dmarc is not None and dmarc.result == "fail" and "dmarc-fail" not in decided:
            actual = f"dmarc=fail (p={dmarc.policy})" if dmarc.policy else "dmarc=fail"
            ev = Evidence(kind="auth", shown=from_domain, actual=actual, where=where)
            fid = BRAND_DMARC_FAIL if brand is not None else LOCAL_DMARC_FAIL
            findings.append(Finding(fid, scale, (ev,), params))

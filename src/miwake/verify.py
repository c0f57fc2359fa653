"""Local DKIM / SPF / DMARC verification through the injected `Resolver` (off by default).

Used by `AuthAnalyzer` only when `Settings.verify_dkim` / `verify_spf` is on *and*
`Context.resolver` is given; nothing here opens a socket of its own. Every DNS question
goes to `resolver.txt(name)`, so tests (and users who want a cache or a policy) supply
the records, e.g. with `miwake.testing.FakeResolver`.

- DKIM: dkimpy, one `DKIM(raw).verify(idx, dnsfunc=...)` per signature (at most
  `MAX_DKIM_SIGNATURES`); `dnsfunc` is a closure over the resolver, so nothing global is
  patched.
- SPF: pyspf's `query`, subclassed so that its `dns()` method asks the resolver. This
  replaces the usual `spf.DNSLookup = ...` monkeypatch, which would leak across threads.
  The Resolver answers TXT only, so `a`, `mx`, `ptr` and `exists` mechanisms cannot be
  evaluated: when one was needed and the result is not `pass`, the result is reported as
  `incomplete` rather than a false `fail`.
  The client IP and HELO come from the topmost Received header that names a public IP
  (the hop that handed the mail to the reader's server); the envelope sender from
  Return-Path.
- DMARC: `_dmarc.<From domain>`, then `_dmarc.<organizational domain>`; relaxed or strict
  alignment as the record says. The result is `pass` (an aligned DKIM or SPF pass),
  `fail` (a record exists and neither aligned path can pass), `none` (no record) or
  `""` when the checks that were switched on cannot decide.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from miwake.analyzers.base import Resolver
from miwake.knowledge.domains import registrable_domain, to_ascii_host
from miwake.message.types import ParsedMessage

MAX_DKIM_SIGNATURES = 5  # signatures verified per message; more is abuse, not mail
_MAX_TXT_CHARS = 4_096

# "from helo (rdns [192.0.2.1])", "from helo ([192.0.2.1])" (Postfix, Exim, Google) or
# "from helo (192.0.2.1)" (Microsoft); every repeat is bounded.
_RECEIVED_FROM = re.compile(
    r"^\s*from\s+(\S{1,255})\s+\("
    r"(?:[^()\[\]]{0,300}\[(?:IPv6:)?([0-9a-fA-F:.]{2,45})\]|([0-9a-fA-F:.]{2,45})\))"
)
# Hops inside the receiving site. (Not `is_private`: Python counts the documentation
# ranges 192.0.2.0/24 etc. as private, and those are what examples and tests use.)
_INTERNAL_NETS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "100.64.0.0/10",
        "0.0.0.0/8",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
    )
)
_DKIM_HEADER = re.compile(rb"(?im)^dkim-signature[ \t]*:")
_TAG = re.compile(r"\s*([a-z]{1,10})\s*=\s*([^;]{0,200})")


@dataclass(frozen=True, slots=True)
class DkimCheck:
    domain: str  # d= (lower-cased)
    selector: str
    result: str  # "pass" | "fail" | "permerror" (malformed signature or key) | "temperror"


@dataclass(frozen=True, slots=True)
class SpfCheck:
    result: str  # pyspf's result, or "incomplete" (see the module docstring)
    domain: str  # the envelope sender's domain (or the HELO name when there is none)
    ip: str
    helo: str


@dataclass(frozen=True, slots=True)
class DmarcCheck:
    result: str  # "pass" | "fail" | "none" | "" (undecided)
    domain: str  # the From domain
    policy: str  # p= (or sp= for a subdomain), "" when there is no record
    dkim_aligned: bool
    spf_aligned: bool


@dataclass(frozen=True, slots=True)
class LocalAuth:
    dkim: tuple[DkimCheck, ...]
    spf: SpfCheck | None
    dmarc: DmarcCheck | None


def _first_txt(resolver: Resolver, name: str, prefix: str) -> str | None:
    try:
        records = resolver.txt(name)
    except Exception:  # a resolver failure is a temperror, never a crash
        return None
    for record in records:
        if record[: len(prefix)].lower() == prefix.lower():
            return record[:_MAX_TXT_CHARS]
    return None


# --- DKIM -------------------------------------------------------------------------------


def verify_dkim(raw: bytes, resolver: Resolver) -> tuple[DkimCheck, ...]:
    """Each DKIM-Signature of `raw` checked with keys from the resolver (topmost first)."""
    import dkim  # imported here: only users who switch verification on pay for it

    # per call: which key names were asked for and which had no key (missing != forged)
    missing: set[str] = set()

    def dnsfunc(name: bytes, timeout: int = 5) -> bytes | None:
        try:
            host = name.decode("ascii").rstrip(".")
        except UnicodeDecodeError:
            return None
        try:
            records = resolver.txt(host)
        except Exception:
            records = []
        for record in records:
            if "p=" in record:
                return record[:_MAX_TXT_CHARS].encode("ascii", "replace")
        missing.add(host.lower())
        return None

    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    count = len(_DKIM_HEADER.findall(head))
    checks: list[DkimCheck] = []
    for idx in range(min(count, MAX_DKIM_SIGNATURES)):
        try:
            signer = dkim.DKIM(raw)
        except Exception:
            return tuple(checks)
        domain = selector = ""
        try:
            ok = signer.verify(idx=idx, dnsfunc=dnsfunc)
            result = "pass" if ok else "fail"
        except dkim.ValidationError as exc:
            # a changed body is a failed signature; other validation errors are malformed
            result = "fail" if "body hash mismatch" in str(exc) else "permerror"
        except dkim.DKIMException:  # key or signature malformed
            result = "permerror"
        except Exception:  # dkimpy raises plain errors on some malformed input
            result = "permerror"
        d = getattr(signer, "domain", None)
        s = getattr(signer, "selector", None)
        if isinstance(d, bytes):
            domain = d.decode("ascii", "replace").lower()
        if isinstance(s, bytes):
            selector = s.decode("ascii", "replace")
        if result == "fail" and f"{selector}._domainkey.{domain}".lower() in missing:
            result = "permerror"  # no key published: dkimpy reports that as a plain False
        checks.append(DkimCheck(domain, selector, result))
    return tuple(checks)


# --- SPF --------------------------------------------------------------------------------


def client_from_received(message: ParsedMessage) -> tuple[str, str]:
    """(IP, HELO) of the topmost Received header naming a public IP; ("", "") if none."""
    for value in message.header_all("Received")[:10]:
        m = _RECEIVED_FROM.match(value.replace("\r", " ").replace("\n", " "))
        if not m:
            continue
        try:
            ip = ipaddress.ip_address(m.group(2) or m.group(3))
        except ValueError:
            continue
        if any(ip in net for net in _INTERNAL_NETS if net.version == ip.version):
            continue
        return str(ip), m.group(1).strip("[]")
    return "", ""


def verify_spf(message: ParsedMessage, resolver: Resolver) -> SpfCheck | None:
    """SPF for the envelope sender and the client IP taken from Received; None when the
    message does not say which IP handed it over."""
    import spf

    ip, helo = client_from_received(message)
    if not ip:
        return None
    sender = message.return_path.strip("<> ")
    domain = sender.rsplit("@", 1)[1].lower() if "@" in sender else helo.lower()
    if not domain:
        return None

    class _Query(spf.query):  # type: ignore[misc]  # pyspf ships no type hints
        """pyspf's query with DNS answered by the resolver (per instance: thread-safe)."""

        needed_other = False

        def dns(
            self, name: str, qtype: str, cnames: object = None, ignore_void: bool = False
        ) -> list[tuple[bytes, ...]]:
            if qtype not in ("TXT", "SPF"):
                self.needed_other = True  # A/AAAA/MX/PTR: the resolver cannot answer
                return []
            if qtype == "SPF":
                return []
            try:
                records = resolver.txt(str(name).rstrip("."))
            except Exception:
                raise spf.TempError("resolver failed") from None
            return [(r[:_MAX_TXT_CHARS].encode("utf-8"),) for r in records]

    query: _Query | None = None
    try:
        query = _Query(i=ip, s=sender or f"postmaster@{domain}", h=helo or domain, timeout=5)
        result = str(query.check()[0])
    except Exception:  # pyspf raises on odd input; an unreadable check decides nothing
        result = "temperror"
    if query is not None and query.needed_other and result != "pass":
        result = "incomplete"
    return SpfCheck(result, domain, ip, helo)


# --- DMARC ------------------------------------------------------------------------------


def _aligned(a: str, b: str, strict: bool) -> bool:
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if not a or not b:
        return False
    if strict:
        return a == b
    return registrable_domain(a) == registrable_domain(b)


def dmarc_record(domain: str, resolver: Resolver) -> tuple[dict[str, str], bool] | None:
    """The DMARC tags for `domain` and whether they came from the organizational domain."""
    ascii_domain = to_ascii_host(domain)
    record = _first_txt(resolver, f"_dmarc.{ascii_domain}", "v=DMARC1")
    inherited = False
    if record is None:
        org = registrable_domain(ascii_domain)
        if org and org != ascii_domain:
            record = _first_txt(resolver, f"_dmarc.{org}", "v=DMARC1")
            inherited = record is not None
    if record is None:
        return None
    tags = {m.group(1).lower(): m.group(2).strip().lower() for m in _TAG.finditer(record)}
    return tags, inherited


def evaluate_dmarc(
    from_domain: str,
    envelope_domain: str,
    dkim: tuple[DkimCheck, ...] | None,
    spf_check: SpfCheck | None,
    resolver: Resolver,
) -> DmarcCheck:
    """DMARC for `from_domain` from the local DKIM (None: not checked) and SPF (None: not
    checked or no client IP) results; `envelope_domain` is the Return-Path domain."""
    found = dmarc_record(from_domain, resolver)
    if found is None:
        return DmarcCheck("none", from_domain, "", False, False)
    tags, inherited = found
    policy = tags.get("sp", tags.get("p", "")) if inherited else tags.get("p", "")
    adkim_strict = tags.get("adkim", "r") == "s"
    aspf_strict = tags.get("aspf", "r") == "s"
    dkim_aligned = any(
        c.result == "pass" and _aligned(c.domain, to_ascii_host(from_domain), adkim_strict)
        for c in dkim or ()
    )
    spf_aligned = bool(
        spf_check
        and spf_check.result == "pass"
        and _aligned(spf_check.domain, to_ascii_host(from_domain), aspf_strict)
    )
    if dkim_aligned or spf_aligned:
        return DmarcCheck("pass", from_domain, policy, dkim_aligned, spf_aligned)
    # A fail needs both paths decided: DKIM was checked, and SPF either was checked
    # completely or could never align (the envelope domain is another organization).
    spf_decided = (
        spf_check is not None and spf_check.result not in ("incomplete", "temperror")
    ) or not _aligned(envelope_domain, to_ascii_host(from_domain), aspf_strict)
    if dkim is not None and spf_decided:
        return DmarcCheck("fail", from_domain, policy, False, False)
    return DmarcCheck("", from_domain, policy, False, False)


def verify_message(
    message: ParsedMessage, resolver: Resolver, *, dkim_on: bool, spf_on: bool
) -> LocalAuth:
    """The local checks that are switched on, and DMARC when they can decide it."""
    dkim_checks = verify_dkim(message.raw, resolver) if dkim_on and message.raw else None
    spf_check = verify_spf(message, resolver) if spf_on else None
    from_domain = message.from_[0].domain if message.from_ else ""
    dmarc = None
    if from_domain and (dkim_checks is not None or spf_check is not None):
        sender = message.return_path.strip("<> ")
        envelope = sender.rsplit("@", 1)[1].lower() if "@" in sender else ""
        dmarc = evaluate_dmarc(from_domain, envelope, dkim_checks, spf_check, resolver)
    return LocalAuth(dkim_checks or (), spf_check, dmarc)

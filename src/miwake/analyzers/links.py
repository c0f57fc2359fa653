"""Link targets: where every link, button and form in the mail really goes.

Owns the `links.*` findings: a link whose visible text is one address but whose target is
another, link text naming a brand that the target does not belong to, a brand mail whose
links lead away from the brand, look-alike hosts (via `knowledge.lookalike`), IP-address
hosts, the ``user@host`` disguise, shorteners, open redirectors (unwrapped: the target in
the query or, for ``*.translate.goog``, in the host is checked too), free hosting,
suspicious top-level domains, punycode hosts, script/data URLs and forms that post the
reader's input out of the mail.

Images are not links the reader clicks: an image's source never counts as a mismatch or
an off-brand target (an image *inside* an anchor is judged by the anchor's href).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl, unquote

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.sender import effective_sender, list_domains
from miwake.knowledge.brands import Brand, BrandRegistry, normalise
from miwake.knowledge.domains import (
    host_within,
    is_ip_literal,
    public_suffix,
    registrable_domain,
    to_ascii_host,
)
from miwake.knowledge.lists import load_list
from miwake.knowledge.lookalike import (
    LookalikeIndex,
    LookalikeMatch,
    embedded_domain,
    imitated_government,
    lookalike_index,
    mixed_script,
)
from miwake.message.types import Link, ParsedMessage
from miwake.message.urls import make_link
from miwake.model import BrandClaim, Evidence, Finding

MAX_EVIDENCE = 5  # evidence items kept per finding
MAX_UNWRAP = 3  # nested redirect targets followed per link
MAX_TEXT_URL_CHARS = 300  # link texts longer than this are prose, not an address
# A link text naming the brand is a button ("Amazonにログイン") when short; longer texts are
# headlines ("Norway snubs exclusive Microsoft deals") that name brands as news.
MAX_BRAND_TEXT_CHARS = 30
# Off-brand confidence when every such link is a known click tracker and the From is the
# brand's own domain (below the 0.5 that combo.official_sender_offbrand_links needs).
TRACKER_OFFBRAND_CAP = 0.35
# Claim strengths (BrandClaim.strength) at which brand-relative findings start / fully count.
CLAIM_FLOOR = 0.4
CLAIM_FULL = 0.9

TEXT_URL_MISMATCH = "links.text_url_mismatch"
BRAND_TEXT_ELSEWHERE = "links.brand_text_elsewhere"
OFFBRAND_TARGETS = "links.offbrand_targets"
LOOKALIKE = "links.lookalike_domain"
FAKE_GOVERNMENT = "links.fake_government_domain"
DOMAIN_IN_SUBDOMAIN = "links.domain_in_subdomain"
HACKED_SITE_PATH = "links.hacked_site_path"
# A web page (.html/.php, or a folder index) in WordPress's upload folder or its core files:
# where a phishing kit is dropped on a hacked site. Genuine mail links images and PDFs in
# uploads and no page at all there (wp-admin and plugin pages, which site owners' notices
# do link, are not matched). Dev split: no mail links such a page.
_HACKED_PATH_RE = startcache.compile(
    r"^https?://[^/?#]+/(?:[^?#]*/)?wp-(?:content/uploads|includes)/[^?#]*"
    r"(?:\.(?:html?|php\d?)|/)(?:[?#]|$)",
    re.IGNORECASE,
)
IP_HOST = "links.ip_host"
USERINFO = "links.userinfo_trick"
SHORTENER = "links.shortener"
REDIRECTOR = "links.open_redirector"
FREE_HOSTING = "links.free_hosting"
SUSPICIOUS_TLD = "links.suspicious_tld"
PUNYCODE = "links.punycode_host"
SCRIPT_URL = "links.script_url"
FORM = "links.form_posts_elsewhere"

_CLICKABLE = frozenset({"html-a", "html-area", "text"})
_WEB_SCHEMES = frozenset({"http", "https", ""})
_SCRIPT_SCHEMES = frozenset({"javascript", "data", "vbscript"})
# Query keys that carry the real destination in redirect and tracking links.
_TARGET_KEYS = frozenset(
    {
        "q",
        "u",
        "url",
        "uri",
        "target",
        "dest",
        "destination",
        "redirect",
        "redirect_uri",
        "redirect_url",
        "r",
        "link",
        "goto",
        "to",
        "out",
        "next",
        "continue",
        "href",
        "l",
    }
)
_TEXT_HOST = startcache.compile(
    r"(?:[a-z][a-z0-9+.\-]{0,15}://)?"
    r"([a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,8})"
    r"(?::\d{1,5})?(?:[/?#][^\s]{0,250})?"
)
_SENSITIVE_INPUT = startcache.compile(
    r"passw|passwd|pwd|^pass$|card.?(?:num|no)|cc.?num|cvv|cvc|ccv|^pin$|暗証|カード番号|"
    r"セキュリティコード|expir|有効期限|birth|生年|security.?code",
    re.IGNORECASE,
)
_TRANSLATE_GOOG = ".translate.goog"
# Newsletter click-tracking links: the usual reason a link's text and target differ in
# genuine mail (seen on every tracked link of the corpus's genuine newsletters).
_TRACKER_LABELS = frozenset(
    {
        "click",
        "clicks",
        "clickthru",
        "track",
        "tracking",
        "trk",
        "links",
        "link",
        "email",
        "e",
        "t",
        "go",
        "r",
        "redirect",
        "em",
        "mail",
        "news",
        "newsletter",
        "lists",
        "ablink",
    }
)
_TRACKER_PATH = startcache.compile(
    r"/(?:click|track|clickthrough|redirect|ls/click)|^/[tcr]/", re.I
)


def _in_list(host: str, entries: frozenset[str]) -> bool:
    return host_within(host, entries) if host else False


@lru_cache(maxsize=4)
def _path_entries(name: str) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """(hosts, host -> path prefixes) of a list whose entries may carry a path."""
    hosts: set[str] = set()
    paths: dict[str, tuple[str, ...]] = {}
    for entry in load_list(name):
        host, slash, path = entry.partition("/")
        if slash:
            paths[host] = (*paths.get(host, ()), "/" + path)
        else:
            hosts.add(host)
    return frozenset(hosts), paths


def is_redirector(url: str, host: str) -> bool:
    """The host (or host + path, e.g. google.com/url) is a listed open redirector."""
    hosts, paths = _path_entries("redirectors.txt")
    if _in_list(host, hosts):
        return True
    h = host
    while h:
        prefixes = paths.get(h)
        if prefixes:
            return _path_of(url).lower().startswith(prefixes)
        if "." not in h:
            return False
        h = h.split(".", 1)[1]
    return False


def _path_of(url: str) -> str:
    rest = url.split("://", 1)[1] if "://" in url[:16] else url
    cut = [i for i in (rest.find("/"), rest.find("?")) if i != -1]
    if not cut:
        return "/"
    start = min(cut)
    return rest[start:] if rest[start] == "/" else "/"


def is_free_hosting(host: str) -> bool:
    if _in_list(host, load_list("free_hosting.txt")):
        return True
    # S3 buckets: bucket.s3.amazonaws.com, s3.ap-northeast-1.amazonaws.com/bucket, ...
    return host.endswith(".amazonaws.com") and any(
        lbl.startswith("s3") for lbl in host.split(".")[:-2]
    )


def is_click_tracker(host: str) -> bool:
    """A mail service provider's click-tracking host (data/click_trackers.txt)."""
    return _in_list(host, load_list("click_trackers.txt"))


def _looks_like_tracker(host: str, path: str) -> bool:
    first = host.split(".", 1)[0]
    return first.rstrip("0123456789") in _TRACKER_LABELS or bool(_TRACKER_PATH.search(path))


def _decode_translate_host(host: str) -> str:
    """`www-amazon--x-co-jp.translate.goog` -> `www.amazon-x.co.jp` (Google's encoding)."""
    label = host[: -len(_TRANSLATE_GOOG)].split(".")[-1]
    return label.replace("--", "\x00").replace("-", ".").replace("\x00", "-")


def unwrap_once(url: str, host: str) -> str | None:
    """The destination a redirect/proxy/tracking link carries, or None."""
    if host.endswith(_TRANSLATE_GOOG):
        real = _decode_translate_host(host)
        if real:
            return "https://" + real + _path_of(url).split("?", 1)[0]
    query = url.split("?", 1)[1] if "?" in url else ""
    low = query.lower()
    if "http" in low or "www." in low:
        try:
            pairs = parse_qsl(query.split("#", 1)[0], keep_blank_values=False)
        except ValueError:
            pairs = []
        fallback = None
        for key, value in pairs[:50]:
            v = value.strip()
            lv = v[:12].lower()
            if lv.startswith(("http://", "https://", "http%3a", "https%3a")):
                cand = unquote(v) if "%3a" in lv else v
            elif lv.startswith("www."):
                cand = "http://" + v
            else:
                continue
            if key.lower() in _TARGET_KEYS:
                return cand
            fallback = fallback or cand
        if fallback:
            return fallback
    path = _path_of(url)
    if path.startswith("/amp/s/"):  # google.com/amp/s/<host>/<path>
        return "https://" + path[len("/amp/s/") :]
    return None


def unwrap(link: Link) -> list[Link]:
    """Links hidden inside `link` (nested redirects, at most MAX_UNWRAP)."""
    found: list[Link] = []
    url, host = link.url, link.host
    for _ in range(MAX_UNWRAP):
        inner = unwrap_once(url, host)
        if not inner or inner == url:
            break
        nested = make_link(inner, link.text, link.source, link.where)
        if not nested.host:
            break
        found.append(nested)
        url, host = nested.url, nested.host
    return found


def text_host(text: str) -> str | None:
    """The host a link text presents itself as (`www.amazon.co.jp`, `https://x.jp/a`)."""
    t = normalise(text).strip().strip("<>「」()[]")
    if not t or len(t) > MAX_TEXT_URL_CHARS or " " in t or "." not in t:
        return None
    m = _TEXT_HOST.fullmatch(t)
    if not m:
        return None
    host = m.group(1).strip(".")
    if is_ip_literal(host):
        return host
    return host if public_suffix(host) and registrable_domain(host) != public_suffix(host) else None


_ALIASES: dict[tuple[int, str], tuple[BrandRegistry, tuple[str, ...]]] = {}


def _aliases(registry: BrandRegistry, brand: Brand) -> tuple[str, ...]:
    """The brand's names as link texts write them (normalised), cached per registry."""
    cached = _ALIASES.get((id(registry), brand.key))
    if cached is not None and cached[0] is registry:
        return cached[1]
    names = []
    for alias in brand.aliases:
        name = normalise(alias).strip()
        if len(name) >= (4 if name.isascii() else 2):
            names.append(name)
    result = tuple(sorted(set(names), key=len, reverse=True))
    _ALIASES[(id(registry), brand.key)] = (registry, result)
    return result


def names_brand(text: str, aliases: tuple[str, ...]) -> bool:
    """True when `text` names the brand (latin names as whole words: not "Amazonas")."""
    low = normalise(text)
    for name in aliases:
        start = low.find(name)
        while start != -1:
            if not name.isascii():
                return True
            end = start + len(name)
            before = low[start - 1] if start else " "
            after = low[end] if end < len(low) else " "
            if not (before.isascii() and before.isalnum()) and not (
                after.isascii() and after.isalnum()
            ):
                return True
            start = low.find(name, start + 1)
    return False


@dataclass
class _Collected:
    """Evidence per finding id, and the highest confidence seen for it."""

    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    params: dict[str, dict[str, str]] = field(default_factory=dict)

    def add(self, fid: str, conf: float, ev: Evidence, **params: str) -> None:
        items = self.evidence.setdefault(fid, [])
        self.counts[fid] = self.counts.get(fid, 0) + 1
        if len(items) < MAX_EVIDENCE and ev not in items:
            items.append(ev)
        self.confidence[fid] = max(self.confidence.get(fid, 0.0), conf)
        if params and fid not in self.params:
            self.params[fid] = dict(params)

    def findings(self) -> list[Finding]:
        out = []
        for fid, items in self.evidence.items():
            params = {"count": str(self.counts[fid]), **self.params.get(fid, {})}
            out.append(Finding(fid, round(self.confidence[fid], 3), tuple(items), params))
        return out


def _ev(link: Link, actual: str | None = None) -> Evidence:
    return Evidence(
        kind="link",
        shown=link.text.strip()[:200],
        actual=actual or link.url[:500],
        where=link.where,
    )


class LinksAnalyzer:
    info = AnalyzerInfo(
        name="links",
        emits=frozenset(
            {
                TEXT_URL_MISMATCH,
                BRAND_TEXT_ELSEWHERE,
                OFFBRAND_TARGETS,
                LOOKALIKE,
                FAKE_GOVERNMENT,
                DOMAIN_IN_SUBDOMAIN,
                HACKED_SITE_PATH,
                IP_HOST,
                USERINFO,
                SHORTENER,
                REDIRECTOR,
                FREE_HOSTING,
                SUSPICIOUS_TLD,
                PUNYCODE,
                SCRIPT_URL,
                FORM,
            }
        ),
        summary="Checks where links, buttons and forms really lead.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        ctx = target.context
        registry = ctx.brands
        index = lookalike_index(registry)
        weight = claim_weight(target.brand)
        claimed: Brand | None = None
        if target.brand is not None and weight > 0:
            claimed = registry.get(target.brand.key)

        def on_brand(host: str) -> bool:
            return claimed is not None and index.related_name(host, claimed.key)

        aliases = _aliases(registry, claimed) if claimed is not None else ()
        sender = effective_sender(target.message)
        from_brand = (
            claimed is not None and sender is not None and claimed.is_mail_domain(sender.domain)
        )
        tlds = load_list("suspicious_tlds.txt")
        shorteners = load_list("shorteners.txt")
        neutral = load_list("neutral_link_hosts.txt")
        out = _Collected()
        max_links = ctx.settings.limits.max_links_checked
        action_total = 0
        offbrand: list[Evidence] = []
        strangers = 0  # off-brand links to hosts no registered brand owns
        # The mailing list's own footer links are the list server's, not the sender's.
        list_orgs = _trusted_list_domains(target.message, index, tlds)
        list_links: list[Evidence] = []
        all_trackers = True  # every off-brand link goes through a mail service's tracker

        for link in target.message.links[:max_links]:
            if link.source not in _CLICKABLE:
                continue
            if link.scheme in _SCRIPT_SCHEMES:
                out.add(
                    SCRIPT_URL,
                    1.0 if link.scheme != "data" or link.text else 0.8,
                    _ev(link, link.url[:120]),
                )
                continue
            if link.scheme not in _WEB_SCHEMES or not link.host:
                continue
            chain = [link, *unwrap(link)]
            final = chain[-1]
            if link.userinfo:
                # "www.amazon.co.jp@evil" poses as a host; "user:pass@" is merely odd.
                out.add(USERINFO, 1.0 if "." in link.userinfo else 0.6, _ev(link))
            for hop in chain:
                self._check_host(hop, link, index, claimed, weight, tlds, shorteners, out)
            if "wp-" in final.url and _HACKED_PATH_RE.search(final.url):
                out.add(HACKED_SITE_PATH, 1.0, _ev(link, final.url[:500]))
            if is_redirector(link.url, link.host):
                out.add(
                    REDIRECTOR,
                    1.0 if len(chain) > 1 else 0.7,
                    _ev(link, final.url[:500] if len(chain) > 1 else None),
                )
            shown = text_host(link.text) if link.text else None
            if shown is not None:
                self._mismatch(link, chain, shown, index, from_brand, out)
            elif (
                claimed is not None
                and link.text
                and len(link.text.strip()) <= MAX_BRAND_TEXT_CHARS
                and names_brand(link.text, aliases)
                and not any(on_brand(h.host) for h in chain)
            ):
                out.add(BRAND_TEXT_ELSEWHERE, weight, _ev(link, final.url[:500]))
            if claimed is not None and not _in_list(final.host, neutral):
                if list_orgs and registrable_domain(final.host) in list_orgs:
                    list_links.append(_ev(link, final.url[:500]))
                    continue
                action_total += 1
                if not any(on_brand(h.host) for h in chain):
                    offbrand.append(_ev(link, final.url[:500]))
                    all_trackers = all_trackers and is_click_tracker(link.host)
                    if not any(index.owners(h.host) for h in chain):
                        strangers += 1

        if list_links and not action_total:
            # Only the "list" links: nothing shows they are a list's footer, not the lure.
            action_total, strangers = len(list_links), len(list_links)
            offbrand = list_links
            all_trackers = False
        if claimed is not None and offbrand and action_total:
            # Most links elsewhere: the share. A few, among genuine-looking brand links:
            # half, when they go to no registered brand at all (app stores and social
            # networks are brands; a lone unknown host among brand links is the lure).
            share = len(offbrand) / action_total
            conf = share if share >= 0.5 else 0.5 if strangers else 0.0
            if from_brand and all_trackers:
                # the brand's newsletter through its mail service: forged only if the From
                # line is, which authentication decides
                conf = min(conf, TRACKER_OFFBRAND_CAP)
            if conf:
                for ev in offbrand[:MAX_EVIDENCE]:
                    out.add(OFFBRAND_TARGETS, conf * weight, ev)
        self._forms(target, claimed, weight, index, out)
        return out.findings()

    def _check_host(
        self,
        hop: Link,
        link: Link,
        index: LookalikeIndex,
        claimed: Brand | None,
        weight: float,
        tlds: frozenset[str],
        shorteners: frozenset[str],
        out: _Collected,
    ) -> None:
        host = hop.host
        ev = _ev(link, hop.url[:500])
        if (host[-1:].isdigit() or host.startswith("[")) and is_ip_literal(host):
            out.add(IP_HOST, 1.0, ev)
            return
        # a brand's name under a click tracker is the provider's customer (eposcard.cuenote.jp)
        matches = () if is_click_tracker(host) else index.check(host)
        if matches:
            best = _prefer(matches, claimed)
            conf = 1.0 if claimed is not None and best.brand == claimed.key else 0.85
            out.add(LOOKALIKE, conf, ev, imitates=best.official, kind=best.kind)
        government = imitated_government(host)
        if government:
            out.add(FAKE_GOVERNMENT, 1.0, ev, imitates=government)
        elif not matches and not index.owners(host):
            # tamashin.jp.token-renew.com: a whole domain name worn in front of another,
            # for a bank or shop the registry does not know (known brands: LOOKALIKE above)
            worn = embedded_domain(host)
            if worn:
                out.add(DOMAIN_IN_SUBDOMAIN, 1.0, ev, imitates=worn)
        ascii_host = to_ascii_host(host)
        if "xn--" in ascii_host and not matches:
            mixed = any(mixed_script(lbl) for lbl in host.split("."))
            out.add(PUNYCODE, 1.0 if mixed else 0.5, Evidence("link", host, ascii_host, link.where))
        suffix = public_suffix(host)
        if suffix in tlds:
            out.add(SUSPICIOUS_TLD, 1.0, ev, tld=suffix)
        # Genuine posts link blogs and shortened URLs too; in a brand's mail they are odd.
        conf = 0.5 + 0.5 * weight
        if _in_list(host, shorteners):
            out.add(SHORTENER, conf, ev)
        elif is_free_hosting(host):
            out.add(FREE_HOSTING, conf, ev)

    def _mismatch(
        self,
        link: Link,
        chain: list[Link],
        shown: str,
        index: LookalikeIndex,
        from_brand: bool,
        out: _Collected,
    ) -> None:
        shown_reg = registrable_domain(shown)
        for hop in chain:
            if registrable_domain(hop.host) == shown_reg:
                return
        shown_owners = index.owners(shown)
        if shown_owners and any(index.owned_by(h.host, set(shown_owners)) for h in chain):
            return  # both the brand's own domains (amazon.com text, amazon.co.jp target)
        # A text naming a brand's domain is the classic lure; other mismatches are often
        # newsletter tracking links, so they count less.
        final = chain[-1]
        if shown_owners and from_brand and is_click_tracker(final.host):
            # the brand's newsletter through its mail provider's click tracker: the classic
            # lure only if the From line is forged, which authentication decides (below the
            # 0.5 that combo.official_sender_offbrand_links needs: on its own it is no lure)
            conf = 0.4
        elif shown_owners:
            conf = 1.0
        elif _looks_like_tracker(final.host, _path_of(final.url)):
            conf = 0.3
        else:
            conf = 0.6
        out.add(TEXT_URL_MISMATCH, conf, _ev(link, chain[-1].url[:500]))

    def _forms(
        self,
        target: Target,
        claimed: Brand | None,
        weight: float,
        index: LookalikeIndex,
        out: _Collected,
    ) -> None:
        for form in target.message.forms:
            link = make_link(form.action, "", "form", form.where)
            sensitive = form.has_password or any(
                _SENSITIVE_INPUT.search(n) for n in form.input_names
            )
            official = claimed is not None and index.related_name(link.host, claimed.key)
            if official and not form.has_password:
                continue
            if sensitive:
                conf = 1.0
            elif claimed is not None:
                conf = 0.3 * weight  # a search box in a newsletter is a form too
            else:
                continue
            names = ", ".join(form.input_names[:8])
            out.add(
                FORM, conf, Evidence("form", names, form.action[:500] or "(no action)", form.where)
            )


def _trusted_list_domains(
    message: ParsedMessage, index: LookalikeIndex, tlds: frozenset[str]
) -> frozenset[str]:
    """The list domains whose links are the list's footer; a look-alike or a suspicious-TLD
    "list" is the sender's own disguise and excuses nothing."""
    orgs = list_domains(message)
    if not orgs:
        return orgs
    return frozenset(o for o in orgs if public_suffix(o) not in tlds and not index.check(o))


def claim_weight(claim: BrandClaim | None) -> float:
    """How far the brand-relative checks trust the claim: 0 below strength 0.4, 1 from 0.9.

    A strong claim (the From name, the subject) makes "links go elsewhere" meaningful; a
    weak one (a brand named once in a newsletter) does not.
    """
    if claim is None:
        return 0.0
    return min(1.0, max(0.0, (claim.strength - CLAIM_FLOOR) / (CLAIM_FULL - CLAIM_FLOOR)))


def _prefer(matches: tuple[LookalikeMatch, ...], claimed: Brand | None) -> LookalikeMatch:
    if claimed is not None:
        for m in matches:
            if m.brand == claimed.key:
                return m
    return matches[0]


def iter_hosts(links: tuple[Link, ...]) -> Iterator[str]:
    """Every host a clickable link leads to, unwrapped redirects included (for tools)."""
    for link in links:
        if link.source in _CLICKABLE and link.host:
            yield link.host
            for hop in unwrap(link):
                yield hop.host

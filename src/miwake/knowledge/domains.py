"""Host names: registrable ("organizational") domains from the bundled public suffix list.

publicsuffixlist reads the snapshot inside its wheel and never touches the network. It
replaced tldextract, which pulled in requests/urllib3 (~75 ms of every start-up) for a
download we never allow; over every host the dev corpus and eval/ja-proxy give these
functions, both return the same domains and suffixes.
"""

from __future__ import annotations

import contextlib
from functools import cache, lru_cache

import idna
from publicsuffixlist import PSLFILE, PublicSuffixList

from miwake import startcache

# Browsers (and tldextract before) treat these as label separators too.
_UNICODE_DOTS = startcache.compile("[\u3002\uff0e\uff61]")


def icann_rules() -> list[str]:
    """The ICANN section of the bundled list as publicsuffixlist reads it, plus the punycode
    form of each rule outside ASCII. (Its own loader punycodes all ~7,000 rules with the
    slow stdlib codec, ~40 ms of every start; only a few hundred need it.)"""
    with open(PSLFILE, encoding="utf-8", errors="surrogateescape") as fh:
        text = fh.read()
    begin = text.index("// ===BEGIN ICANN DOMAINS===")
    end = text.index("// ===END ICANN DOMAINS===", begin)
    rules = []
    for line in text[begin:end].splitlines():
        rule = line.lower().split(" ")[0].rstrip()
        if not rule or rule.startswith("//"):
            continue
        rules.append(rule)
        if not rule.isascii():
            bang = "!" if rule.startswith("!") else ""
            # Plain punycode: the list's labels are already in nameprep form (the test
            # compares with publicsuffixlist's own loader), so the idna codec's slow
            # nameprep pass would change nothing.
            labels = rule.lstrip("!").split(".")
            rules.append(bang + ".".join(map(_punycode_label, labels)))
    return rules


def _punycode_label(label: str) -> str:
    return label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")


@cache
def _psl() -> PublicSuffixList:
    # Built on first use: `miwake --version` and the like never pay for it.
    # accept_unknown=False: a host under no listed suffix has no registrable domain.
    return PublicSuffixList(
        source="\n".join(icann_rules()), accept_unknown=False, accept_encoded_idn=False
    )


def _clean(host: str) -> str:
    return _UNICODE_DOTS.sub(".", host.strip().strip(".").lower())


def to_unicode_host(host: str) -> str:
    """Lower-cased host with punycode labels shown as Unicode (invalid labels kept as is)."""
    host = host.strip().strip(".").lower()
    if "xn--" not in host:
        return host
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(idna.IDNAError, UnicodeError, ValueError):
                label = idna.decode(label)
        labels.append(label)
    return ".".join(labels)


def to_ascii_host(host: str) -> str:
    """Punycode form of a host (what DNS and the feeds use); the input when it cannot encode."""
    host = host.strip().strip(".").lower()
    if host.isascii():
        return host
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return host


@lru_cache(maxsize=65_536)
def registrable_domain(host: str) -> str:
    """`mail.amazon.co.jp` -> `amazon.co.jp`. IP literals and bare suffixes come back as given."""
    host = host.strip().strip(".").lower()
    if not host:
        return ""
    domain: str | None = _psl().privatesuffix(_clean(host))
    return domain or host


@lru_cache(maxsize=65_536)
def public_suffix(host: str) -> str:
    """`a.example.co.jp` -> `co.jp`; "" when the host has no known suffix."""
    suffix: str | None = _psl().publicsuffix(_clean(host))
    return suffix or ""


def is_ip_literal(host: str) -> bool:
    """True for dotted IPv4 (also the odd 0x / integer forms browsers accept) and [IPv6]."""
    import ipaddress

    h = host.strip("[]")
    try:
        ipaddress.ip_address(h)
        return True
    except ValueError:
        pass
    if h.isdigit() and len(h) <= 10:  # http://3232235777/ is an IPv4 address to a browser
        return True
    labels = h.split(".")
    return len(labels) == 4 and all(
        lbl.isdigit() or (lbl.lower().startswith("0x") and len(lbl) > 2) for lbl in labels
    )


def host_within(host: str, domains: frozenset[str] | set[str]) -> bool:
    """True when `host` is one of `domains` or a subdomain of one (both lower-cased)."""
    host = host.strip(".").lower()
    while host:
        if host in domains:
            return True
        if "." not in host:
            return False
        host = host.split(".", 1)[1]
    return False

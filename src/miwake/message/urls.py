"""URL handling for the parser: finding URLs in plain text and splitting link targets.

Owns: the plain-text URL pattern and the host a browser would really go to for a link
(userinfo split off, backslashes, percent-encoding and full-width dots undone, IDNA shown as
Unicode), and full-width URLs in text read as the URLs they show. Nothing is fetched or resolved.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from urllib.parse import unquote

from miwake import startcache
from miwake.knowledge.domains import to_unicode_host
from miwake.message.types import Link

MAX_URL_CHARS = 4096  # a URL longer than this is cut (5 MB one-line "URLs" exist)

# Plain-text URLs. Hosts are ASCII plus the full-width dots phishers use to dodge filters;
# stopping at other non-ASCII keeps "https://example.jpからログイン" from swallowing the
# Japanese that follows. Path characters are printable ASCII. Classes do not overlap where
# one repetition follows another, so the pattern cannot backtrack badly.
_TEXT_URL = startcache.compile(
    r"(?:\b(?:https?):[/\\]{2}|\bwww\.)"
    r"[A-Za-z0-9\-._~%!$&'*+,;=:@\[\]。．｡]{1,255}"
    r"(?:[/?#\\][!-~]{0," + str(MAX_URL_CHARS) + r"})?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?'\"]}>。、．，）」』】"
_SCHEME = startcache.compile(r"([A-Za-z][A-Za-z0-9+.\-]{0,30}):")
_CONTROL = startcache.compile(r"[\t\n\r]")
_SPECIAL = frozenset({"http", "https", "ftp", "ws", "wss", "file"})
_FULLWIDTH_DOTS = str.maketrans({"。": ".", "．": ".", "｡": "."})
_AUTH_END = startcache.compile(r"[/\\?#]")


def clean_url(url: str) -> str:
    """The URL as a browser reads it from an attribute: outer spaces gone, tabs/newlines gone."""
    url = url.strip(" \t\n\r\f\v\x00\u3000")
    if "\t" in url or "\n" in url or "\r" in url:
        url = _CONTROL.sub("", url)
    if len(url) > MAX_URL_CHARS:
        url = url[:MAX_URL_CHARS]
    return url


@lru_cache(maxsize=4096)  # pure; a mail repeats its links (text part and HTML part alike)
def split_url(url: str) -> tuple[str, str, str]:
    """(scheme, userinfo, host) of a link target as a browser would resolve it.

    `http://www.amazon.co.jp@evil.example/` -> ("http", "www.amazon.co.jp", "evil.example").
    Relative links and schemes without a host (javascript:, tel:, cid:) give host "".
    """
    scheme = ""
    rest = url
    m = _SCHEME.match(url)
    if m and not url.lower().startswith("www."):
        scheme = m.group(1).lower()
        rest = url[m.end() :]
        if scheme == "mailto":
            addr = rest.split("?", 1)[0]
            _, at, dom = addr.rpartition("@")
            return scheme, "", normalise_host(unquote(dom)) if at else ""
        if scheme not in _SPECIAL and not rest.startswith("//"):
            return scheme, "", ""
        rest = rest.lstrip("/\\") if scheme in _SPECIAL else rest[2:]
    elif url.startswith(("//", "\\\\")):
        rest = url.lstrip("/\\")
    elif url[:4].lower() == "www.":
        rest = url
    else:
        return scheme, "", ""
    end = _AUTH_END.search(rest)
    authority = rest[: end.start()] if end else rest
    userinfo, at, hostport = authority.rpartition("@")
    if not at:
        userinfo = ""
    return scheme, unquote(userinfo), normalise_host(_strip_port(hostport))


def _strip_port(hostport: str) -> str:
    if hostport.startswith("["):
        end = hostport.find("]")
        return hostport[: end + 1] if end > 0 else hostport
    host, colon, port = hostport.rpartition(":")
    if colon and (port.isdigit() or not port):
        return host
    return hostport


@lru_cache(maxsize=16_384)
def normalise_host(host: str) -> str:
    """Lower-cased Unicode host: %-escapes decoded, full-width forms and dots folded."""
    if "%" in host:
        host = unquote(host, errors="replace")
    if not host.isascii():
        # Browsers map hosts through UTS #46, which folds full-width letters and dots.
        host = unicodedata.normalize("NFKC", host.translate(_FULLWIDTH_DOTS))
    return to_unicode_host(host)


def make_link(url: str, text: str, source: str, where: str) -> Link:
    url = clean_url(url)
    scheme, userinfo, host = split_url(url)
    return Link(
        url=url, text=text, source=source, where=where, scheme=scheme, host=host, userinfo=userinfo
    )


# Full-width ASCII (ｈｔｔｐｓ：／／…) folded one character for one, as NFKC does: positions
# stay the same, so what the reader saw can be cut from the original text.
_FULLWIDTH_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# A full-width URL has one of these (its scheme, separator or "www"); most text has none.
_FULLWIDTH_HINTS = ("ｔｐ", "ＴＰ", "ｗｗ", "ＷＷ", "：／", "：/", ":／", "／／")
_SCHEME_ZONE = 12  # "https://www." — where a full-width URL differs from an ASCII one


def find_text_links(text: str) -> list[tuple[str, str]]:
    """(URL, what the text shows) for URLs written out in text; the shown text is "" when
    it is the URL itself, else the full-width original (ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ)."""
    found = [(url, "") for url in find_text_urls(text)]
    if not any(hint in text for hint in _FULLWIDTH_HINTS):
        return found
    folded = text.translate(_FULLWIDTH_ASCII)
    seen = {url for url, _ in found}
    for url in find_text_urls(folded):
        if url in seen:
            continue
        start = folded.find(url)
        shown = text[start : start + len(url)] if start != -1 else ""
        # URLs written in ASCII were found above; only the full-width ones are new here
        # (an ASCII URL before "（" would otherwise grow the "(").
        if shown and shown[:_SCHEME_ZONE] != url[:_SCHEME_ZONE]:
            seen.add(url)
            found.append((url, shown))
    return found


# A URL the mail itself labels as fake: 「偽サイト：https://…」, 「https://…（偽サイト）」,
# 「…は偽サイトです」. Genuine warnings quote the fake they warn about; a lure never calls its
# own link fake. The label must name a site or URL and sit right against the URL, so that
# 「不審なログインを検知しました：https://…」 or 「偽サイトにご注意。正規サイト：https://…」
# stay links.
_FAKE_WORD = r"(?:偽|ニセ|にせ|不審な?|詐欺|フィッシング|なりすまし)"
# ("誘導先：" — where a fake leads — is a warning's word: a lure does not call its own link
# the place it lures to.)
_FAKE_LABEL_BEFORE_RE = startcache.compile(
    r"(?:" + _FAKE_WORD + r"(?:の)?(?:サイト|URL|ＵＲＬ|リンク|ページ|ドメイン|アドレス)"
    r"(?:の(?:URL|ＵＲＬ|例|アドレス))?"
    r"(?:の?例)?|誘導先(?:の)?(?:URL|ＵＲＬ|サイト)?)\s*[:：]\s*[「『<＜]?\s*$"
)
_FAKE_LABEL_AFTER_RE = startcache.compile(
    r"[」』>＞]?\s*(?:[（(【\[]\s*[※＊*]?\s*|[←⇐]\s*|は)" + _FAKE_WORD
)
_NOT_RE = startcache.compile(r"では(?:ありません|ございません|ない)|じゃない")
_LABEL_REACH = 30  # characters on either side of the URL, on its own line


def labelled_fake(text: str, start: int, end: int) -> bool:
    """True when the URL at text[start:end] is labelled fake by the words right next to it."""
    line_start = text.rfind("\n", max(0, start - _LABEL_REACH), start) + 1
    before = text[max(line_start, start - _LABEL_REACH) : start]
    if before and _FAKE_LABEL_BEFORE_RE.search(before):
        return True
    after = text[end : end + _LABEL_REACH].split("\n", 1)[0]
    if not after or _FAKE_LABEL_AFTER_RE.match(after) is None:
        return False
    # 「https://… は偽サイトではありません」 is a lure vouching for itself
    return _NOT_RE.search(after) is None


def find_text_urls(text: str) -> list[str]:
    """URLs written out in text (http://, https://, www.), trailing punctuation removed."""
    found: list[str] = []
    # Every match starts with "http" or "www." (any case; no other character folds to these
    # letters, checked). The pattern begins with \b, so `re` would try every position.
    low = text.lower()
    if "http" not in low and "www." not in low:
        return found
    if len(low) != len(text):  # a letter lowered to two ("İ"): offsets differ, scan it all
        matches: Iterable[re.Match[str] | None] = _TEXT_URL.finditer(text)
    else:
        matches = _candidates(text, low)
    for m in matches:
        if m is None:
            continue
        url = _trim(m.group(0))
        if len(url) > 4:
            found.append(url)
    return found


def _candidates(text: str, low: str) -> Iterator[re.Match[str] | None]:
    """What `_TEXT_URL.finditer(text)` gives (None where it gives nothing), trying the
    pattern only where "http" or "www." starts instead of at every position (\\b first)."""
    pos = 0
    # The next "http" / "www." at or after pos (-1: none left), searched again only once
    # passed: text full of one and without the other stays linear.
    h, w = low.find("http"), low.find("www.")
    while True:
        if h != -1 and h < pos:
            h = low.find("http", pos)
        if w != -1 and w < pos:
            w = low.find("www.", pos)
        start = min(h, w) if h != -1 and w != -1 else max(h, w)
        if start == -1:
            return
        m = _TEXT_URL.match(text, start)  # \b still sees the character before `start`
        yield m
        # finditer goes on after a match (an empty one cannot happen: 4+ characters)
        pos = m.end() if m is not None else start + 1


def _trim(url: str) -> str:
    """Drop sentence punctuation after a URL; keep a ")" that closes a "(" inside it."""
    while url:
        url = url.rstrip(_TRAILING)
        if url.endswith(")") and url.count("(") < url.count(")"):
            url = url[:-1]
            continue
        break
    return url

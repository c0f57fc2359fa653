"""Japanese public offices: the names that claim one (`data/public_office_words.txt`) and
the domains such mail really comes from.

A ministry, an agency, a prefecture, a city, a court or the police sends from a
government domain: ``*.go.jp`` (ministries, agencies, courts), ``*.lg.jp`` (local
governments), or a local government's geographic name (``city.yokohama.jp``,
``pref.osaka.jp``, ``town.*``, ``vill.*``, ``metro.tokyo.jp``). Those names are granted by
JPRS to public bodies only, so a name claimed elsewhere is someone else speaking.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from miwake import startcache
from miwake.knowledge.lists import alternation_of, data_text

# Local governments' geographic domains: city.<name>[.<pref>].jp and the like.
_MUNICIPAL_RE = startcache.compile(
    r"(?:^|\.)(?:city|town|vill|pref|metro)\.[a-z0-9-]+(?:\.[a-z0-9-]+)?\.jp$"
)
_GOVERNMENT_SUFFIXES = (".go.jp", ".lg.jp")

# A whole name that is a place's government, or one of its departments: 横浜市, 東京都,
# 北海道, 千葉市広報広聴課, 横浜市財政局. Two characters at least before the suffix; 町 and
# 村 are left out (common surnames end with them: 中村, 大町).
_PLACE_RE = startcache.compile(
    r"(?:[\u4e00-\u9fff]{2,5}(?:都|府|県|市|区)|北海道)"
    r"(?:[\u4e00-\u9fff\u30a0-\u30ff]{0,8}(?:課|局|部|係|室|センター))?"
)
# Schools, hospitals, banks and co-operatives whose names start with a place are not offices.
_NOT_OFFICE_RE = startcache.compile(r"大学|学校|学園|病院|銀行|信用金庫|組合|株式会社|協会")


def is_government_domain(domain: str) -> bool:
    """The domain (or a parent of it) is one only Japanese public bodies can hold."""
    host = domain.strip(".").lower()
    if not host:
        return False
    dotted = "." + host
    if any(dotted.endswith(s) for s in _GOVERNMENT_SUFFIXES):
        return True
    return _MUNICIPAL_RE.search(host) is not None


@cache
def _office_words() -> frozenset[str]:
    words = set()
    for line in data_text("public_office_words.txt").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(unicodedata.normalize("NFKC", word))
    return frozenset(words)


@cache
def _office_re() -> re.Pattern[str]:
    return startcache.compile(alternation_of(_office_words()))


def office_named_in(text: str) -> str:
    """The public office `text` claims to be ("" when none): an office word anywhere in it,
    or the whole text being a place's name (横浜市, 東京都)."""
    norm = "".join(unicodedata.normalize("NFKC", text).split())
    if not norm:
        return ""
    m = _office_re().search(norm)
    if m is not None:
        return m.group(0)
    if _PLACE_RE.fullmatch(norm) and not _NOT_OFFICE_RE.search(norm):
        return norm
    return ""

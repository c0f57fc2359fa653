"""The fast paths added for speed give exactly what the plain code they replace gives."""

from __future__ import annotations

import random
import re
import time

import pytest

from miwake.analyzers import wording_common
from miwake.analyzers.scam import PHRASES as SCAM_PHRASES
from miwake.analyzers.wording_common import (
    _alternatives_of,
    _class_end,
    _leftmost,
    _required_literal,
    _split_alternatives,
)
from miwake.analyzers.wording_en import PHRASES as EN_PHRASES
from miwake.analyzers.wording_ja import PHRASES as JA_PHRASES
from miwake.message import html, urls


def _plain_text_urls(text: str) -> list[str]:
    """find_text_urls as it was: one finditer over the whole text."""
    found = [urls._trim(m.group(0)) for m in urls._TEXT_URL.finditer(text)]
    return [u for u in found if len(u) > 4]


def _plain_squash(text: str) -> str:
    return re.sub(r"(?: \n|\n)\s*", "\n", re.sub(r"[ \t\r\f\v\xa0]+", " ", text)).strip()


def _texts(alphabet: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(n)]


def test_text_urls_same_as_finditer() -> None:
    pieces = ["http", "HTTP", "www.", "WWW.", "://", "s:", "/", " ", "a", "_", ".", "。", "İ"]
    for text in _texts(pieces, 20_000, 3):
        assert urls.find_text_urls(text) == _plain_text_urls(text), text


def test_text_urls_linear_on_hostile_text() -> None:
    for text in ("http" * 250_000, "www." * 250_000, "http:" * 200_000 + "www.x"):
        started = time.perf_counter()
        urls.find_text_urls(text)
        assert time.perf_counter() - started < 2.0


def test_squash_same_as_plain_patterns() -> None:
    pieces = [" ", "\t", "\r", "\f", "\v", "\xa0", "\n", "\u3000", "\u2028", "a", "あ"]
    for text in _texts(pieces, 20_000, 1):
        assert html.squash(text) == _plain_squash(text), repr(text)


def test_required_literal() -> None:
    assert _required_literal(r"\d{1,3} million (?:us )?dollars") == " million "
    assert _required_literal("ab?c") == "a"
    assert _required_literal("ab{2}cd") == "cd"
    assert _required_literal("foo(?:bar)?baz") == "foo"
    assert _required_literal("x[]a]bcd") == "bcd"
    assert _required_literal("a|bcd") == ""  # top-level alternation: nothing is certain
    assert _required_literal("(?i)hello") == ""  # case-insensitive: "in" would be wrong
    assert _required_literal("a{x") == ""


def test_leftmost_same_as_search() -> None:
    pieces = ["usd", "us$", "$", " ", "1", "23", ",000", " million ", "dollars", "a", "b", "x"]
    for pattern in (
        r"(?:(?:usd|us\$|\$) ?\d{1,3}(?:,\d{3}){2,}|\d{1,3} million (?:usd|dollars))",
        r"(?:a|ab)?b|ab",  # a "|" left after the leading group: not split
    ):
        joined = re.compile(pattern)
        variants = tuple((re.compile(v), _required_literal(v)) for v in _alternatives_of(pattern))
        for text in _texts(pieces, 10_000, 7):
            want = joined.search(text)
            got = _leftmost(variants, text)
            assert (got and got.span()) == (want and want.span()), (pattern, text)
    assert _alternatives_of("(?:a|b)c") == ["ac", "bc"]
    assert _alternatives_of("(?:a|b)c|d") == ["(?:a|b)c|d"]


def _plain_split_alternatives(p: str) -> list[str]:
    """_split_alternatives as it was: every character stepped through in Python."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(p, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(p[start:i])
            start = i + 1
        i += 1
    out.append(p[start:])
    return out


def test_split_alternatives_same_as_plain_loop() -> None:
    patterns = [ph.pattern for ps in (EN_PHRASES, JA_PHRASES, SCAM_PHRASES) for ph in ps.phrases]
    patterns += ["", "|", "a|", "\\", "a\\|b", "[|]|x", "[]|]|y", "[^]|]z", "(a|b)|c", "a)|b"]
    pieces = ["a", "|", "(", ")", "(?:", "[", "]", "^", "\\", "\\|", "お", " "]
    patterns += _texts(pieces, 20_000, 5)
    for p in patterns:
        assert _split_alternatives(p) == _plain_split_alternatives(p), p


def _plain_sequence(p: str, open_: set[str], limit: int) -> wording_common._Prefixes | None:
    """wording_common._sequence as it was: one character at a time."""
    whole: set[str] = set()
    cut: set[str] = set()
    i = 0
    while i < len(p) and open_:
        c = p[i]
        group = ""
        chars = ""
        if c == "(":
            end = wording_common._group_end(p, i)
            inner = p[i + 1 : end - 1]
            if inner[:3] in ("?<!", "?<=") or inner[:2] in ("?=", "?!"):
                i = end
                continue
            if not inner.startswith("?:"):
                return None
            group, nxt = inner[2:], end
        elif c == "[":
            end = _class_end(p, i)
            members = wording_common._class_chars(p[i + 1 : end - 1])
            if members is None:
                return set(), whole, cut | open_
            chars, nxt = members, end
        elif c == "." or (c == "\\" and i + 1 < len(p) and p[i + 1].isalpha()):
            return set(), whole, cut | open_
        elif c in "^$|)":
            return None
        else:
            if c == "\\":
                i += 1
                c = p[i]
            chars, nxt = c, i + 1
        quant = p[nxt] if nxt < len(p) and p[nxt] in "?*+{" else ""
        after = nxt + (1 if quant else 0)
        if quant == "{":
            close = p.index("}", nxt)
            quant = "*" if p[nxt + 1] == "0" else "+"
            after = close + 1
        if after < len(p) and p[after] == "?":
            after += 1
        grown: set[str] = set()
        if group:
            result = _plain_alternatives(group, open_, limit)
            if result is None:
                return None
            grown, ended, short = result
            whole |= ended
            cut |= short
        else:
            for ch in chars:
                if ch.isalnum():
                    grown |= {pre + ch for pre in open_}
                else:
                    whole |= open_
        new_open: set[str] = set()
        for pre in grown:
            if len(pre) >= limit:
                whole.add(pre[:limit])
            elif quant in ("*", "+"):
                cut.add(pre)
            else:
                new_open.add(pre)
        if quant in ("?", "*"):
            new_open |= open_
        open_ = new_open
        i = after
    return open_, whole, cut


def _plain_alternatives(p: str, open_: set[str], limit: int) -> wording_common._Prefixes | None:
    grow: set[str] = set()
    whole: set[str] = set()
    cut: set[str] = set()
    for alt in _split_alternatives(p):
        result = _plain_sequence(alt, set(open_), limit)
        if result is None:
            return None
        grow |= result[0]
        whole |= result[1]
        cut |= result[2]
    return grow, whole, cut


def test_leading_prefixes_same_as_one_character_at_a_time() -> None:
    patterns = [ph.pattern for ps in (EN_PHRASES, JA_PHRASES, SCAM_PHRASES) for ph in ps.phrases]
    pieces = ["a", "b", "c1", "é", " ", "-", "?", "*", "+", "{2}", "{0,3}", "(?:", ")", "|", "[ab]"]
    patterns += [t or "a" for t in _texts(pieces, 5_000, 11)]
    patterns += ["abcdefgh", "ab?cdefg", "abcdef*", "x(?:yz|w)+vutsr", "a[- ]?bcdefg"]
    for p in patterns:
        for limit in (2, 6):
            try:
                expected = _plain_alternatives(p, {""}, limit)
            except (ValueError, IndexError):  # malformed random pattern: both must fail
                with pytest.raises((ValueError, IndexError)):
                    wording_common._alternatives(p, {""}, limit)
                continue
            assert wording_common._alternatives(p, {""}, limit) == expected, (p, limit)

"""The fast paths added for speed give exactly what the plain code they replace gives."""

from __future__ import annotations

import random
import re
import time

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

"""The brand analyzer's fast paths read exactly what the plain code they replace reads."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from miwake.analyzers import brand
from miwake.analyzers.base import Context


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


def _alias_soup(seed: int, n: int = 40) -> str:
    """Real aliases, cut, glued and spaced at random: near-misses of every kind."""
    m = brand.matcher_for(Context().brands)
    rng = random.Random(seed)
    names = sorted(m.ci_alias) + sorted(m.cs_alias)
    glue = [" ", "", "\n", "x", "1", "-", "\u3000", "の", ".", "A"]
    pieces = []
    for _ in range(n):
        name = rng.choice(names)
        if rng.random() < 0.3:
            cut = rng.randrange(len(name) + 1)
            name = name[:cut] + rng.choice(glue) + name[cut:]
        pieces.append(name + rng.choice(glue))
    return "".join(pieces)


def _check(text: str) -> None:
    m = brand.matcher_for(Context().brands)
    folded = brand._normalise(text)
    assert _spans(m.ci_scan.scan(folded)) == _spans(brand._scan(m.ci_res, folded))
    assert _spans(m.cs_scan.scan(text)) == _spans(brand._scan(m.cs_res, text))


def test_scanner_equals_the_pattern_scan_on_alias_soup() -> None:
    for seed in range(300):
        _check(_alias_soup(seed))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="amzonpleidAMZOVISau \n\t1.-_xカード楽天三井住友", max_size=60))
def test_scanner_equals_the_pattern_scan(text: str) -> None:
    _check(text)


def _disguised_words(text: str) -> list[str]:
    m = brand.matcher_for(Context().brands)
    words = brand._TOKEN_RE.findall(text)
    return [w for w in words if brand._disguise_uncached(w, m, typos=False) is not None]


def _leet_soup(seed: int) -> str:
    """Latin brand names with look-alikes swapped in at random, amid plain words."""
    m = brand.matcher_for(Context().brands)
    rng = random.Random(seed)
    names = sorted(m.latin)
    swaps = {"o": "0", "e": "3", "a": "4@", "s": "5$", "t": "7", "b": "8", "l": "|1", "i": "!1"}
    words = []
    for _ in range(12):
        word = rng.choice(names)
        if rng.random() < 0.5:
            i = rng.randrange(len(word))
            word = word[:i] + rng.choice(swaps.get(word[i], "2")) + word[i + 1 :]
        words.append(word + rng.choice([" ", "", "x", "1", ".", "-"]))
    return "".join(words)


def test_may_disguise_is_false_only_without_disguises() -> None:
    m = brand.matcher_for(Context().brands)
    positive = 0
    for seed in range(400):
        text = _leet_soup(seed)
        if _disguised_words(text):
            positive += 1
            assert brand._may_disguise(text, m), text
    assert positive > 100  # the soup does hold disguises
    assert not brand._may_disguise("amazon paypal order 12345 at 10:30 $5", m)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="amzonpl0134578$@|!1 .xаοе日", max_size=40))
def test_may_disguise_never_misses(text: str) -> None:
    if _disguised_words(text):
        assert brand._may_disguise(text, brand.matcher_for(Context().brands)), text

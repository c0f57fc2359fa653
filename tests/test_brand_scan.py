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

"""Encoded-words (RFC 2047) in header values: runs of base64 words decoded in one step must
read exactly as word by word (bytes of one charset joined before decoding, white space
between words dropped, a broken word kept as written with a note)."""

from __future__ import annotations

import time

import pytest

from miwake.message.headers import decode_words
from miwake.message.types import Defect

CASES = [
    ("=?utf-8?B?44GC?= =?utf-8?B?44GE?=", "あい", []),
    # a character split across two words (and two spellings of one charset)
    ("=?utf-8?B?44G=?=  =?UTF-8?b?gg==?=", "あ", []),
    # a broken word inside a run: the others still decode, the broken one stays as written
    ("=?utf-8?B?44GC?= =?utf-8?B?A?= =?utf-8?B?44GE?=", "あ=?utf-8?B?A?= い", ["header-decode"]),
    ("x =?utf-8?B?44GC?=\t=?shift_jis?B?gqA=?= y", "x ああ y", []),
    ("=?utf-8?B?44GC*?= =?utf-8?Q?=E3=81=84?=", "あい", []),
]


@pytest.mark.parametrize(("value", "shown", "kinds"), CASES)
def test_encoded_words(value: str, shown: str, kinds: list[str]) -> None:
    defects: list[Defect] = []
    assert decode_words(value, "Subject", defects) == shown
    assert [d.kind for d in defects] == kinds


def test_long_run_with_a_broken_word_stays_linear() -> None:
    value = " ".join(["=?utf-8?B?A?="] + ["=?utf-8?B?44GC?="] * 5000)
    started = time.perf_counter()
    shown = decode_words(value, "Subject", [])
    assert shown.endswith("あ" * 5000)
    assert time.perf_counter() - started < 1.0

"""Fuzz parse_message with mutated bytes of the parse fixtures: it must never raise."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from miwake.message import parse_message
from miwake.message.types import ParsedMessage

FIXTURES = [
    p.read_bytes() for p in sorted((Path(__file__).parent / "mails" / "parse").glob("*.eml"))
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(st.sampled_from(FIXTURES)))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.integers(0, 3))
        pos = draw(st.integers(0, len(raw)))
        if op == 0 and raw:  # flip a byte
            raw[min(pos, len(raw) - 1)] = draw(st.integers(0, 255))
        elif op == 1:  # insert bytes, often mail syntax
            raw[pos:pos] = draw(
                st.sampled_from(
                    [b"=?", b"?=", b"\x1b$B", b"--", b"\r\n", b"<a href=", b"@", b"\x00"]
                )
                | st.binary(max_size=16)
            )
        elif op == 2:  # delete a span
            del raw[pos : pos + draw(st.integers(0, 64))]
        else:  # duplicate a span
            raw[pos:pos] = raw[pos : pos + draw(st.integers(0, 128))]
    return bytes(raw)


@settings(max_examples=500, deadline=500, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_parse_never_raises(raw: bytes) -> None:
    msg = parse_message(raw)
    assert isinstance(msg, ParsedMessage)
    assert "parser-error" not in {d.kind for d in msg.defects}
    for link in msg.links:
        assert link.host == link.host.lower()

"""The parser reads a part's MIME fields once; what it reads must be what the stdlib's
`get_content_type`, `get_content_charset` and `get` give for the same part."""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from miwake.message.parse import _content_charset, _content_type, _part_fields

_PIECES = [
    "text/plain", "TEXT/HTML", "text", "a/b/c", "", " ", ";", "charset=utf-8", "CHARSET=Shift_JIS",
    " charset = \"iso-2022-jp\" ", "charset=<utf-8>", "charset=<>", "charset", "Charset=",
    "charset*=utf-8''x", "charset*0=utf", "name=\"a;b.txt\"", "name=a\\\"b", "boundary=\"=-x\"",
    "format=flowed", "\r\n\tcharset=EUC-JP", "charset=\"\"", "charset=utf\u00e9", "=x", "==",
]  # fmt: skip


def _message(fields: list[tuple[str, str]]) -> Message:
    head = "".join(f"{name}: {value}\r\n" for name, value in fields)
    raw = head.encode("utf-8", "surrogateescape") + b"\r\nbody\r\n"
    return BytesParser(policy=compat32).parsebytes(raw)


def _check(msg: Message) -> None:
    fields = _part_fields(msg)
    for name in ("content-type", "content-disposition", "content-transfer-encoding"):
        assert str(fields.get(name)) == str(msg.get(name))
    assert _content_type(msg, fields.get("content-type")) == msg.get_content_type()
    try:
        expected = msg.get_content_charset()
    except (TypeError, ValueError) as exc:
        # The stdlib's own RFC 2231 slips ("charset*=…; charset*0=…" sorts None with ints):
        # ours must fail the same way, and the parser records the part as malformed.
        with pytest.raises(type(exc)):
            _content_charset(msg, fields.get("content-type"))
        return
    assert _content_charset(msg, fields.get("content-type")) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=5),
    st.lists(st.sampled_from(_PIECES), max_size=3),
    st.sampled_from(["Content-Type", "content-type", "CONTENT-TYPE"]),
    st.booleans(),
)
def test_fields_read_as_the_stdlib_reads_them(
    ct: list[str], cd: list[str], name: str, twice: bool
) -> None:
    fields = [("Subject", "x"), (name, ";".join(ct)), ("Content-Disposition", ";".join(cd))]
    if twice:
        fields.append(("Content-Type", "text/html; charset=koi8-r"))
    _check(_message(fields))


def test_missing_and_8bit_fields() -> None:
    _check(_message([("Subject", "x")]))
    _check(_message([("Content-Type", "text/plain; charset=\udce9")]))
    _check(_message([("Content-Transfer-Encoding", " Base64 ")]))

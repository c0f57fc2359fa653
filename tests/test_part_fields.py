"""The parser reads a part's MIME fields once; what it reads must be what the stdlib's
`get_content_type`, `get_content_charset` and `get` give for the same part."""

from __future__ import annotations

from collections.abc import Callable
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

from hypothesis import given, settings
from hypothesis import strategies as st

from miwake.message.parse import _content_charset, _content_type, _part_fields

_PIECES = [
    "text/plain", "TEXT/HTML", "text", "a/b/c", "", " ", ";", "charset=utf-8", "CHARSET=Shift_JIS",
    " charset = \"iso-2022-jp\" ", "charset=<utf-8>", "charset=<>", "charset", "Charset=",
    "charset*=utf-8''x", "charset*0=utf", "name=\"a;b.txt\"", "name=a\\\"b", "boundary=\"=-x\"",
    "format=flowed", "\r\n\tcharset=EUC-JP", "charset=\"\"", "charset=utf\u00e9", "=x", "==",
    "charset=\"utf-8\"", "x\"y", "charset=\"<a>\"", "charset=\"a\"b\"", "charset=\"", "\"",
    "a=\"b;c=d\"",
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
    ours = _outcome(lambda: _content_charset(msg, fields.get("content-type")))
    assert ours == _outcome(msg.get_content_charset)


def _outcome(read: Callable[[], str | None]) -> str | None:
    """What `read` gives, or the name of what it raises: the stdlib raises TypeError on
    `charset*=...; charset*0=...` (numbered and unnumbered RFC 2231 pieces mixed), and
    the parser must then do the same (its walk records the part as a parser error)."""
    try:
        return read()
    except Exception as exc:
        return f"raised {type(exc).__name__}"


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

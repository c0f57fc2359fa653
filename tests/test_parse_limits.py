"""parse_message stays bounded on hostile input: every case well under a second or two."""

from __future__ import annotations

import random
import time

from miwake.message import ParsedMessage, looks_like_mail, parse_message
from miwake.message.prepare import prepare
from miwake.settings import Limits

DEFAULTS = Limits()
HEAD = b"From: a@example.jp\r\nSubject: x\r\n"


def timed(raw: bytes, limits: Limits = DEFAULTS) -> tuple[float, ParsedMessage]:
    start = time.perf_counter()
    msg = parse_message(raw, limits)
    return time.perf_counter() - start, msg


def test_random_20mb_blob() -> None:
    raw = random.Random(1).randbytes(20 * 1024 * 1024 + 10)
    took, msg = timed(raw)
    assert took < 5
    assert "max_message_bytes" in msg.limits_hit
    assert len(msg.raw) == 20 * 1024 * 1024
    assert "no-headers" in {d.kind for d in msg.defects}
    assert not looks_like_mail(msg)


def test_ten_thousand_nested_multiparts() -> None:
    n = 10_000
    body = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(n)
    )
    tail = b"Content-Type: text/plain\r\n\r\nhi\r\n" + b"".join(
        b"--b%d--\r\n" % i for i in reversed(range(n))
    )
    took, msg = timed(HEAD + body + tail)
    assert took < 2
    assert "max_parts" in msg.limits_hit


def test_nested_attached_messages() -> None:
    raw = HEAD + b"Content-Type: message/rfc822\r\n\r\nSubject: y\r\n" * 5000 + b"\r\nhi\r\n"
    took, msg = timed(raw)
    assert took < 2
    assert "max_parts" in msg.limits_hit
    assert "parser-error" not in {d.kind for d in msg.defects}


def test_hundred_thousand_links() -> None:
    html = b"".join(b'<a href="https://x%d.example/">l</a>' % i for i in range(100_000))
    took, msg = timed(HEAD + b"Content-Type: text/html\r\n\r\n" + html)
    assert took < 2
    assert len(msg.links) == Limits().max_links
    assert "max_links" in msg.limits_hit
    text = b" ".join(b"https://x%d.example/" % i for i in range(100_000))
    took, msg = timed(HEAD + b"\r\n" + text)
    assert took < 2
    assert len(msg.links) == Limits().max_links


def test_five_megabyte_single_lines() -> None:
    for line in (b"a" * 5_000_000, b"http://" + b"a" * 5_000_000, b"www." * 1_250_000):
        took, msg = timed(HEAD + b"\r\n" + line)
        assert took < 2
        assert "max_part_bytes" in msg.limits_hit or "max_text_chars" in msg.limits_hit
    took, msg = timed(b"Subject: " + b"=?" * 2_500_000 + b"\r\n\r\nx")
    assert took < 2
    assert "header-truncated" in {d.kind for d in msg.defects}


def test_deeply_nested_html_is_cut() -> None:
    took, msg = timed(HEAD + b"Content-Type: text/html\r\n\r\n" + b"<ul>" * 1_000_000)
    assert took < 3
    assert "max_html_tags" in msg.limits_hit
    assert "html-truncated" in {d.kind for d in msg.defects}


def test_small_limits_are_reported() -> None:
    limits = Limits(
        max_message_bytes=400, max_parts=2, max_text_chars=5, max_links=1, max_header_count=1
    )
    raw = (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
        + b"--B\r\nContent-Type: text/plain\r\n\r\nhttp://a.example/ http://b.example/\r\n"
        + b"--B\r\nContent-Type: text/plain\r\n\r\nsecond\r\n--B--\r\n"
    )
    msg = parse_message(raw + b"x" * 400, limits)
    assert set(msg.limits_hit) == {
        "max_message_bytes",
        "max_parts",
        "max_text_chars",
        "max_links",
        "max_header_count",
    }
    assert len(msg.headers) == 1
    assert len(msg.links) == 1
    assert sum(len(p.text) for p in msg.parts) == 5


def test_empty_and_binary_inputs() -> None:
    for raw in (b"", b"\x00" * 1000, b"\xff\xfe" * 5000, b"\r\n\r\n\r\n"):
        msg = parse_message(raw)
        assert not looks_like_mail(msg)
        assert msg.defects


def test_huge_mime_parameter_lists_are_cut() -> None:
    for ctype in (b"text/plain", b"multipart/mixed"):
        raw = HEAD + b"Content-Type: " + ctype + b"; " + b";" * 2_000_000 + b"\r\n\r\nbody\r\n"
        took, msg = timed(raw)
        assert took < 2
        assert "mime-structure" in {d.kind for d in msg.defects}
        assert msg.raw == raw  # the original bytes are kept (DKIM), not the defused copy


def test_address_parser_recursion_is_contained() -> None:
    raw = b"From: " + b"(" * 5000 + b" a@evil.example\r\nSubject: still here\r\n\r\nbody\r\n"
    msg = parse_message(raw)
    assert msg.subject == "still here"
    assert [a.address for a in msg.from_] == ["a@evil.example"]
    assert ("header-decode", "ヘッダー From") in [(d.kind, d.where) for d in msg.defects]


def test_prepare_cuts_an_oversized_input_before_repairing_it() -> None:
    # a fuzz case: a 100 kB header line repeated into gigabytes spent seconds in the
    # repairs before the parser's cut; the cut now comes first
    limits = Limits(max_message_bytes=1000)
    raw = b"From: a@example.org\r\nX-Junk: " + b"y" * 5000 + b"\r\n\r\nbody\r\n"
    prepared = prepare(raw, limits)
    assert len(prepared.raw) == 1000
    assert prepared.limits_hit == ["max_message_bytes"]

"""The Authentication-Results parser on the formats real servers write, and its success
rate over every such header in the corpus."""

from __future__ import annotations

import contextlib
import csv
import email
import email.header
import email.policy
from pathlib import Path

import pytest

from miwake.knowledge.authresults import parse_authentication_results as parse


def methods(value: str, arc: bool = False) -> list[tuple[str, str]]:
    return [(r.method, r.result) for r in parse(value, arc=arc).results]


def test_google() -> None:
    h = parse(
        "mx.google.com;\n       dkim=pass header.i=@amazon.co.jp header.s=rjt5 header.b=Xq1p;\n"
        "       spf=pass (google.com: domain of a@bounces.amazon.co.jp designates 54.240.6.10 as"
        " permitted sender) smtp.mailfrom=a@bounces.amazon.co.jp;\n"
        "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.co.jp"
    )
    assert h.ok and h.authserv_id == "mx.google.com"
    assert [(r.method, r.result) for r in h.results] == [
        ("dkim", "pass"),
        ("spf", "pass"),
        ("dmarc", "pass"),
    ]
    dmarc = h.of("dmarc")[0]
    assert dmarc.domain("header.from") == "amazon.co.jp"
    assert dmarc.dmarc_policy == "quarantine"
    assert h.of("spf")[0].domain("smtp.mailfrom") == "bounces.amazon.co.jp"
    assert h.of("dkim")[0].domain("header.i") == "amazon.co.jp"


def test_microsoft_no_authserv_id_action_compauth_trailing_semicolon() -> None:
    h = parse(
        "spf=fail (sender IP is 203.0.113.45)\r\n smtp.mailfrom=amazon.co.jp; dkim=none (message"
        " not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=amazon.co.jp;"
        "compauth=fail reason=000;"
    )
    assert h.ok and h.authserv_id == ""
    assert [(r.method, r.result) for r in h.results] == [
        ("spf", "fail"),
        ("dkim", "none"),
        ("dmarc", "fail"),
        ("compauth", "fail"),
    ]
    assert h.of("dmarc")[0].get("action") == "oreject"
    assert h.of("compauth")[0].reason == "000"
    assert h.of("dkim")[0].domain("header.d") == ""  # "none" is no domain


def test_microsoft_stray_domain_segment() -> None:
    h = parse(
        "lenovo.com; dkim=none (message not signed)\n header.d=none;lenovo.com; dmarc=none"
        " action=none header.from=Dell.com;"
    )
    assert h.ok and h.authserv_id == "lenovo.com"
    assert [(r.method, r.result) for r in h.results] == [("dkim", "none"), ("dmarc", "none")]
    assert h.of("dmarc")[0].domain("header.from") == "dell.com"


def test_arc_authentication_results_with_bracketed_comment() -> None:
    h = parse(
        "i=2; mx.microsoft.com 1; spf=pass (sender ip is 40.107.255.99)"
        " smtp.rcpttodomain=hotmail.com smtp.mailfrom=zellis.com.br; dmarc=bestguesspass"
        " action=none header.from=zellis.com.br; dkim=pass (signature was verified)"
        " header.d=mlz121.onmicrosoft.com; arc=pass (0 oda=1 ltdi=1"
        " spf=[1,1,smtp.mailfrom=zellis.com.br] dkim=[1,1,header.d=zellis.com.br]"
        " dmarc=[1,1,header.from=zellis.com.br])",
        arc=True,
    )
    assert h.ok and h.instance == 2 and h.authserv_id == "mx.microsoft.com"
    assert [(r.method, r.result) for r in h.results] == [
        ("spf", "pass"),
        ("dmarc", "bestguesspass"),
        ("dkim", "pass"),
        ("arc", "pass"),
    ]


def test_quoted_reason_with_spaces_and_parentheses() -> None:
    h = parse(
        'mail.example.jp (amavisd-new);\n dkim=pass (2048-bit key) reason="pass (just'
        ' generated, assumed good)"\n header.d=example.jp'
    )
    assert h.ok
    r = h.results[0]
    assert r.reason == "pass (just generated, assumed good)"
    assert r.domain("header.d") == "example.jp"


def test_missing_semicolon_between_results_and_version() -> None:
    assert methods(
        "mx.example.jp 1; spf=pass smtp.mailfrom=a.example dkim=pass header.d=a.example"
    ) == [("spf", "pass"), ("dkim", "pass")]
    assert methods("mx.example.jp dmarc=fail header.from=a.example") == [("dmarc", "fail")]


def test_none_and_garbage() -> None:
    none = parse("mx.example.jp; none")
    assert none.ok and none.results == () and none.authserv_id == "mx.example.jp"
    for junk in ("", ";;;", "(((", '"', "...", "=" * 10_000, "a=" * 5_000, "\x00\ue000;="):
        h = parse(junk)  # never raises, and reads no result out of junk
        assert h.results == () and not h.ok
    assert not parse("").ok
    assert not parse("(unclosed comment; dkim=pass").ok


def test_long_header_is_cut_and_marked() -> None:
    h = parse("mx.example.jp; " + "dkim=pass header.d=a.example; " * 1_000)
    assert not h.ok  # cut at MAX_HEADER_CHARS
    assert 0 < len(h.results) < 1_000


def _header_values(path: Path) -> list[tuple[str, str]]:
    raw = path.read_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    msg = email.message_from_bytes(head + b"\n\n", policy=email.policy.compat32)
    out = []
    for name in (
        "Authentication-Results",
        "ARC-Authentication-Results",
        "X-Mailman-Original-Authentication-Results",
    ):
        for value in msg.get_all(name) or []:
            text = str(value)
            if "=?" in text:  # a few senders RFC 2047-encode the whole header
                with contextlib.suppress(ValueError, LookupError):
                    text = str(email.header.make_header(email.header.decode_header(text)))
            out.append((name, text))
    return out


@pytest.mark.corpus
@pytest.mark.slow
def test_parse_rate_over_the_corpus(corpus: Path) -> None:
    total = ok = 0
    with (corpus / "labels.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for name, value in _header_values(corpus / row["path"]):
                total += 1
                ok += parse(value, arc=name.startswith("ARC")).ok
    assert total > 4_000
    assert ok / total > 0.995, f"{ok}/{total}"

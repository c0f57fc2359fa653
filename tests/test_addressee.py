"""Addressee analyzer: a greeting by mail address fires, a greeting by name does not;
generic greetings (お客様各位) are reported weakly; quoted reply headers are not greetings."""

from __future__ import annotations

from functools import cache

import pytest

from conftest import MAILS
from miwake.analyzers.addressee import AddresseeAnalyzer
from miwake.analyzers.base import Context, Target
from miwake.knowledge.catalogue import load_catalogue
from miwake.message import parse_message
from miwake.model import Finding

ANALYZER = AddresseeAnalyzer()


@cache
def _context() -> Context:
    return Context()


def _run(name: str) -> list[Finding]:
    message = parse_message((MAILS / "addressee" / name).read_bytes())
    findings = ANALYZER.analyze(Target(message, None, _context()))
    assert {f.id for f in findings} <= ANALYZER.info.emits
    return findings


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("greeting_uses_mail_address.eml", "addressee.email_as_name"),
        ("ja_greeting_uses_mail_address.eml", "addressee.email_as_name"),
        ("generic_okyakusama_kakui.eml", "addressee.generic"),
    ],
)
def test_must_fire(name: str, expected: str) -> None:
    assert [f.id for f in _run(name)] == [expected]


@pytest.mark.parametrize(
    "name",
    ["greeting_uses_name.eml", "ja_greeting_uses_name.eml", "reply_quotes_reader_address.eml"],
)
def test_named_greeting_and_quoted_reply_do_not_fire(name: str) -> None:
    assert _run(name) == []


def test_evidence_shows_the_greeting() -> None:
    (finding,) = _run("ja_greeting_uses_mail_address.eml")
    assert finding.evidence[0].shown.startswith("taro@example.jp")
    assert finding.evidence[0].where == "本文"


def test_generic_greeting_is_weak() -> None:
    catalogue = load_catalogue()
    assert 0 < catalogue["addressee.generic"].weight <= 5
    assert catalogue["addressee.email_as_name"].weight > catalogue["addressee.generic"].weight
    assert ANALYZER.info.emits <= catalogue.keys()


def test_first_name_local_part_is_not_an_address_greeting() -> None:
    raw = b"From: a@example.com\r\nTo: sam@example.com\r\nSubject: hi\r\n\r\nHi Sam,\r\nsee you\r\n"
    assert ANALYZER.analyze(Target(parse_message(raw), None, _context())) == []


def test_local_part_greeting_fires() -> None:
    raw = (
        b"From: a@example.com\r\nTo: taro.yamada@example.com\r\nSubject: hi\r\n\r\n"
        b"Hello taro.yamada,\r\nverify now\r\n"
    )
    findings = ANALYZER.analyze(Target(parse_message(raw), None, _context()))
    assert [f.id for f in findings] == ["addressee.email_as_name"]


def test_address_before_sama_on_the_first_line() -> None:
    raw = (
        "From: a@example.com\r\nTo: list@example.org\r\nSubject: x\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "list@example.org 会員様、情報を更新してください。\r\n"
    ).encode()
    findings = ANALYZER.analyze(Target(parse_message(raw), None, _context()))
    assert [f.id for f in findings] == ["addressee.email_as_name"]

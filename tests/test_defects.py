"""What the parser repaired becomes a finding only where the reader sees it."""

from __future__ import annotations

from conftest import mail
from miwake.analyzers.base import Context, Target
from miwake.analyzers.defects import DefectsAnalyzer
from miwake.message import parse_message


def ids(relpath: str) -> set[str]:
    msg = parse_message(mail(relpath))
    return {f.id for f in DefectsAnalyzer().analyze(Target(msg, None, Context()))}


def test_hidden_characters_are_left_to_the_wording_analyzer() -> None:
    # Recorded by the parser, judged once, by wording.obfuscated_words: not counted twice.
    msg = parse_message(mail("defects/zero-width-chars-in-subject.eml"))
    assert any(d.kind == "invisible-chars" for d in msg.defects)
    assert ids("defects/zero-width-chars-in-subject.eml") == set()


def test_a_broken_filter_header_is_not_the_senders_doing() -> None:
    assert ids("defects/raw-8bit-filter-header-only.eml") == set()


def test_a_mislabelled_body_charset_is_recorded_as_repaired() -> None:
    found = ids("defects/shift-jis-body-declared-utf-8.eml")
    assert found == {"parse.charset_repaired"}

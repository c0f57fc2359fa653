"""ForwardedAnalyzer: a person passing on a message and asking whether it is real."""

from __future__ import annotations

import pytest

from conftest import MAILS
from miwake import check_file
from miwake.analyzers.forwarded import ASKS, DEFANGED, ForwardedAnalyzer

FIRES = [
    # a pasted SMS in 「…」 under "Amazonってこういうの送ってくる？"
    "forwarded/friend_pastes_sms_and_asks_if_real.eml",
    # "押していいのか分からないので転送します" above a forwarded phishing mail
    "forwarded/father_forwards_mail_asks_whether_to_click.eml",
]
SILENT = [
    # a self-forward with a note but no question: the lure is all there is
    "forwarded/self_forwarded_sms_without_question.eml",
    # the question is the lure's own ("大丈夫ですか？"), below the forward line
    "forwarded/lure_asks_question_inside_the_forward.eml",
    # the From line speaks as the brand: not a person asking about one
    "forwarded/brand_from_line_with_forward_subject.eml",
]


def test_the_analyzer_declares_its_finding() -> None:
    assert ForwardedAnalyzer().info.emits == frozenset({ASKS, DEFANGED})


@pytest.mark.parametrize("rel", FIRES)
def test_a_person_asking_stops_at_suspicious_with_the_links_still_reported(rel: str) -> None:
    report = check_file(MAILS / rel)
    ids = report.finding_ids()
    assert ASKS in ids
    # The quoted lure's look-alike link is still named, and the reader is told to check,
    # but a friend asking for help is not called a fraudster.
    assert "links.lookalike_domain" in ids
    assert report.verdict.value == "suspicious", (report.score, ids)


@pytest.mark.parametrize("rel", SILENT)
def test_no_question_from_the_sender_means_no_finding(rel: str) -> None:
    report = check_file(MAILS / rel)
    assert ASKS not in report.finding_ids()
    assert report.verdict.value == "phishing", (report.score, report.finding_ids())


def test_a_warning_with_defanged_links_is_not_called_phishing() -> None:
    # An IT department quoting a phish with hxxps:// and [.]: it names Microsoft from its own
    # domain and asks for nothing, yet reads like a lure; a lure never breaks its own links.
    report = check_file(MAILS / "forwarded/it_department_warning_with_defanged_links.eml")
    assert DEFANGED in report.finding_ids()
    assert report.verdict.value != "phishing", (report.score, report.finding_ids())


@pytest.mark.parametrize("rel", [*FIRES, *SILENT])
def test_links_that_can_be_clicked_are_not_defanged(rel: str) -> None:
    assert DEFANGED not in check_file(MAILS / rel).finding_ids()

"""Genuine-style Japanese brand notices (tests/mails/genuine_ja, written to the shape the
brands really send) are never judged phishing, with or without Authentication-Results,
even when their wording is the wording phishing copies (ログインのお知らせ, ご利用確認)."""

from __future__ import annotations

from pathlib import Path

import pytest

from miwake import Verdict, check_file

GENUINE = sorted((Path(__file__).parent / "mails" / "genuine_ja").glob("*.eml"))
# Unauthenticated, every link through a mail service's click tracker: "suspicious" at most.
ESP = {
    "rakuten-newsletter-via-esp-click-tracker-no-auth-results",
    # the brand's name as the tracker's tenant (eposcard.cuenote.jp) is no look-alike
    "epos-point-newsletter-via-click-tracker-tenant-no-auth-results",
}


@pytest.mark.parametrize("path", GENUINE, ids=lambda p: p.stem)
def test_genuine_japanese_brand_mail_is_not_phishing(path: Path) -> None:
    report = check_file(path)
    assert report.brand is not None, "the brand should still be recognised"
    if path.stem.startswith("epos-point-newsletter"):
        # eposcard.cuenote.jp: the brand as the tracker's tenant, not a look-alike
        assert "links.lookalike_domain" not in report.finding_ids()
    if path.stem in ESP:
        # Unauthenticated, and every link goes through a mail service's tracker: at most a
        # second look (a tracker link from the brand's own domain counts little on its own,
        # analyzers/links.py TRACKER_OFFBRAND_CAP), never a phishing verdict.
        assert report.verdict in (Verdict.SUSPICIOUS, Verdict.LEGITIMATE), (
            report.score,
            report.finding_ids(),
        )
    else:
        assert report.verdict is Verdict.LEGITIMATE, (report.score, report.finding_ids())


def test_provider_subdomain_is_the_company_not_a_free_mailbox() -> None:
    # x@docomo.ne.jp is anybody's; mail.dpoint.docomo.ne.jp is NTT docomo's own system
    path = next(p for p in GENUINE if p.stem.startswith("docomo-dpoint"))
    assert "sender.freemail_brand" not in check_file(path).finding_ids()


def test_raw_iso2022jp_from_name_keeps_the_genuine_sender() -> None:
    # From: ESC$B...ESC(BSuica <info@mobilesuica.com>: the "(" of the escape is no comment,
    # so the address is read, DMARC aligns, and nothing says the From line is malformed.
    path = next(p for p in GENUINE if p.stem.startswith("mobilesuica-charge-notice"))
    report = check_file(path)
    assert report.verdict is Verdict.LEGITIMATE, (report.score, report.finding_ids())
    assert not {"sender_anomaly.malformed_from", "sender.brand_no_address"} & set(
        report.finding_ids()
    )
    assert report.sender == "モバイルSuica <info@mobilesuica.com>"


def test_there_are_enough_genuine_samples() -> None:
    assert len(GENUINE) >= 9

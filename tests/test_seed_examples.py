"""Every fake Amazon mail the seed article quotes (SEED-NOTES §1), rebuilt as a full message,
is judged phishing; the genuine mails they copy are judged legitimate."""

from __future__ import annotations

from pathlib import Path

import pytest

from miwake import Verdict, check_file

SEED = Path(__file__).parent / "mails" / "seed"
PHISHING = sorted(p for p in SEED.glob("*.eml") if not p.name.startswith("genuine-"))
GENUINE = sorted(SEED.glob("genuine-*.eml"))


def test_fixtures_present() -> None:
    assert len(PHISHING) >= 13 and len(GENUINE) >= 3


@pytest.mark.parametrize("path", PHISHING, ids=lambda p: p.stem)
def test_seed_phishing_is_judged_phishing(path: Path) -> None:
    report = check_file(path)
    assert report.verdict is Verdict.PHISHING, (report.score, report.finding_ids())
    assert report.brand is not None and report.brand.key == "amazon"


@pytest.mark.parametrize("path", GENUINE, ids=lambda p: p.stem)
def test_genuine_amazon_mail_is_legitimate(path: Path) -> None:
    report = check_file(path)
    assert report.verdict is Verdict.LEGITIMATE, (report.score, report.finding_ids())
    assert report.brand is not None and report.brand.key == "amazon"


def test_one_time_password_mail_and_its_copy_are_told_apart() -> None:
    genuine = check_file(SEED / "genuine-one-time-password.eml")
    fake = check_file(SEED / "one-time-password-copy-forged-sender.eml")
    assert genuine.verdict is Verdict.LEGITIMATE
    assert fake.verdict is Verdict.PHISHING
    # Content is identical; what tells them apart is authentication and the link target.
    assert "auth.brand_domain_dmarc_fail" in fake.finding_ids()
    assert any(fid.startswith("links.") for fid in fake.finding_ids())

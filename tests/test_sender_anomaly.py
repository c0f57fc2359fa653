"""Odd senders (analyzers/sender_anomaly.py): each finding fires on a mail that shows it and
stays silent on a genuine look-alike (personal mail, a company on its own domain...)."""

from __future__ import annotations

import pytest

from conftest import mail
from miwake.analyzers.base import Context, Target
from miwake.analyzers.brand import identify_brand
from miwake.analyzers.sender_anomaly import SenderAnomalyAnalyzer
from miwake.knowledge.catalogue import load_catalogue
from miwake.knowledge.public_office import is_government_domain
from miwake.message import parse_message
from miwake.model import Finding, Verdict
from miwake.pipeline import check_bytes

CTX = Context()
ANOMALY = SenderAnomalyAnalyzer()


def _findings(relpath: str) -> list[Finding]:
    msg = parse_message(mail(relpath))
    return ANOMALY.analyze(Target(msg, identify_brand(msg, CTX.brands), CTX))


def _ids(relpath: str) -> set[str]:
    return {f.id for f in _findings(relpath)}


A = "sender_anomaly/"
# (finding, mail that must fire it, genuine look-alike that must not)
CASES = [
    ("sender_anomaly.free_hosting_domain", A + "free_hosting_from.eml",
     A + "genuine_firebase_notice.eml"),
    ("sender_anomaly.malformed_from", A + "malformed_split_from.eml",
     A + "genuine_quoted_comma_name.eml"),
    ("sender_anomaly.malformed_from", A + "malformed_no_domain.eml",
     A + "genuine_personal_gmail.eml"),
    ("sender_anomaly.malformed_from", A + "malformed_braced_domain.eml",
     A + "genuine_quoted_comma_name.eml"),
    ("sender_anomaly.styled_name", A + "styled_name_math_bold.eml", A + "genuine_greek_name.eml"),
    ("sender_anomaly.emoji_name", A + "emoji_name.eml", A + "genuine_japanese_company_name.eml"),
    ("sender_anomaly.emoji_name", A + "emoji_name.eml", A + "genuine_japanese_shop_star.eml"),
    ("sender_anomaly.random_domain", A + "random_domain.eml",
     A + "genuine_consonant_heavy_domain.eml"),
    ("sender_anomaly.random_domain", A + "malformed_split_from.eml",
     A + "genuine_personal_gmail.eml"),
    ("sender_anomaly.random_domain", A + "random_domain_one_letter_labels.eml",
     A + "genuine_short_host_labels.eml"),
    ("sender_anomaly.generated_local_part", A + "generated_local_part.eml",
     A + "genuine_underscore_local_part.eml"),
    ("sender_anomaly.generated_local_part", A + "generated_local_part_random_case.eml",
     A + "genuine_camel_case_local_part.eml"),
    ("sender_anomaly.org_name_mismatch", A + "org_name_mismatch.eml",
     A + "genuine_org_name_own_domain.eml"),
    ("sender_anomaly.org_name_mismatch", A + "org_name_mismatch.eml",
     A + "genuine_personal_gmail.eml"),
    ("sender_anomaly.org_name_mismatch", A + "org_name_mismatch.eml",
     A + "genuine_short_brand_own_domain.eml"),
    ("sender_anomaly.org_name_mismatch", A + "org_name_in_local_part_only.eml",
     A + "genuine_org_name_on_company_subdomain.eml"),
    ("sender_anomaly.org_name_mismatch", A + "org_name_bulk_mail_unrelated_domain.eml",
     A + "genuine_discussion_list_names_company.eml"),
    ("sender_anomaly.org_name_mismatch", A + "org_name_bulk_mail_unrelated_domain.eml",
     A + "genuine_person_named_like_a_health_plan.eml"),
    ("sender_anomaly.decorated_name", A + "decorated_name_underscores.eml",
     A + "genuine_name_with_hash_and_underscore.eml"),
    ("sender_anomaly.freemail_business_notice", A + "freemail_order_confirmation.eml",
     A + "genuine_freemail_friend_receipt_talk.eml"),
    ("sender_anomaly.public_office_off_government_domain",
     A + "public_office_name_on_unrelated_domain.eml",
     A + "genuine_public_office_on_lg_jp_domain.eml"),
    ("sender_anomaly.public_office_off_government_domain",
     A + "public_office_named_in_subject_tag.eml",
     A + "genuine_law_firm_mentions_a_court_in_subject.eml"),
    ("sender_anomaly.institution_from_free_mailbox", A + "credit_union_name_from_gmail.eml",
     A + "genuine_person_forwards_bank_notice_from_gmail.eml"),
]  # fmt: skip


@pytest.mark.parametrize(("fid", "fires", "silent"), CASES)
def test_finding_fires_and_look_alike_stays_silent(fid: str, fires: str, silent: str) -> None:
    assert fid in _ids(fires)
    assert fid not in _ids(silent)


GENUINE = sorted({silent for _, _, silent in CASES})


@pytest.mark.parametrize("relpath", GENUINE)
def test_genuine_senders_have_no_finding(relpath: str) -> None:
    assert _findings(relpath) == []


def test_split_from_shows_the_name_and_the_real_address() -> None:
    found = {f.id: f for f in _findings(A + "malformed_split_from.eml")}
    ev = found["sender_anomaly.malformed_from"].evidence[0]
    assert "Costco" in ev.shown
    assert ev.actual.endswith("@t63i2z7tgh.example")
    assert found["sender_anomaly.malformed_from"].params["problem"] == "split"


def test_every_id_is_in_the_catalogue_as_sender_evidence() -> None:
    catalogue = load_catalogue()
    for fid in ANOMALY.info.emits:
        assert catalogue[fid].group == "sender", fid


def test_a_city_newsletter_through_a_mail_service_is_at_most_suspicious() -> None:
    rel = A + "public_office_newsletter_via_mail_service.eml"
    found = {f.id: f for f in _findings(rel)}
    office = found["sender_anomaly.public_office_off_government_domain"]
    assert office.params["office"] == "千葉市広報広聴課"
    assert office.confidence < 1.0  # every link goes to the city's own site
    assert check_bytes(mail(rel), context=CTX).verdict is not Verdict.PHISHING


@pytest.mark.parametrize(
    ("domain", "government"),
    [
        ("mhlw.go.jp", True),
        ("city.yokohama.lg.jp", True),
        ("www.city.chiba.jp", True),
        ("pref.osaka.jp", True),
        ("town.hakone.kanagawa.jp", True),
        ("city-office-notice.example.com", False),
        ("go.jp.example.com", False),
        ("mhlw-go-jp.top", False),
    ],
)
def test_government_domains(domain: str, government: bool) -> None:
    assert is_government_domain(domain) is government


def test_a_japanese_brand_mail_written_on_china_time() -> None:
    from conftest import MAILS
    from miwake import check_file

    fake = check_file(MAILS / "sender_anomaly/japanese_brand_mail_dated_china_time.eml")
    assert "sender_anomaly.foreign_clock" in fake.finding_ids()
    # The genuine notice it was made from is dated Japan time.
    genuine = check_file(MAILS / "genuine_ja/smbc-card-usage-notice-no-auth-results.eml")
    assert "sender_anomaly.foreign_clock" not in genuine.finding_ids()
    # A US brand's English mail says nothing by its clock.
    us = check_file(MAILS / "text_model/genuine_order_confirmation_en.eml")
    assert "sender_anomaly.foreign_clock" not in us.finding_ids()


@pytest.mark.parametrize(
    ("local", "generated"),
    [("vKtrPwXq", True), ("hQwPzTk", True), ("bZxMpLr", True), ("DoNotUse", False),
     ("TrishaRPotter", False), ("JSmith", False), ("McKenzie", False), ("taro", False)],
)  # fmt: skip
def test_random_capitals_in_a_mailbox_name(local: str, generated: bool) -> None:
    from miwake.analyzers.sender_anomaly import _generated_local

    assert _generated_local(local.casefold(), local) is generated

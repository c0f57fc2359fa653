"""Scam lures (analyzers/scam.py): each finding fires on a mail that shows it and stays silent
on a genuine look-alike; the phrase files are well-formed and cheap to scan."""

from __future__ import annotations

import time

import pytest

from conftest import MAILS, mail
from miwake import check_file
from miwake.analyzers.base import Context, Target
from miwake.analyzers.brand import identify_brand
from miwake.analyzers.scam import PHRASES, PHRASES_JA, ScamAnalyzer
from miwake.analyzers.wording_common import WHERE_BODY, Hit, leading_prefixes, normalise
from miwake.knowledge.catalogue import load_catalogue
from miwake.message import parse_message
from miwake.model import Finding

CTX = Context()
SCAM = ScamAnalyzer()


def _findings(relpath: str) -> list[Finding]:
    msg = parse_message(mail(relpath))
    return SCAM.analyze(Target(msg, identify_brand(msg, CTX.brands), CTX))


def _ids(relpath: str) -> set[str]:
    return {f.id for f in _findings(relpath)}


# (finding, mail that must fire it, genuine look-alike that must not)
CASES = [
    ("scam.gambling", "scam/gambling_casino_bonus_de.eml",
     "scam/genuine_gym_newsletter_spin_class.eml"),
    ("scam.prize_survey", "scam/prize_survey_nl.eml", "scam/genuine_order_gift_card_balance.eml"),
    ("scam.dating_adult", "scam/dating_adult_en.eml", "scam/genuine_friend_lets_meet_up.eml"),
    ("scam.dating_adult", "scam/dating_lonely_woman_opener.eml",
     "scam/genuine_single_parent_list_post.eml"),
    ("scam.dating_adult", "scam/dating_wish_to_meet_me.eml",
     "scam/genuine_single_parent_list_post.eml"),
    ("scam.dating_adult", "scam/dating_click_for_date.eml",
     "scam/genuine_friend_lets_meet_up.eml"),
    ("scam.dating_adult", "scam/dating_nl_woman_seeks_man.eml",
     "scam/genuine_friend_lets_meet_up.eml"),
    ("scam.prize_survey", "scam/prize_email_randomly_selected.eml",
     "scam/genuine_delivery_address_selected.eml"),
    ("scam.investment", "scam/prize_email_randomly_selected.eml",
     "scam/genuine_delivery_address_selected.eml"),
    ("scam.prize_survey", "scam/prize_survey_de_chosen_few.eml",
     "scam/genuine_de_birthday_club_letter.eml"),
    ("scam.miracle_health", "scam/miracle_health_en.eml",
     "scam/genuine_pharmacy_prescription_ready.eml"),
    ("scam.investment", "scam/investment_crypto_en.eml", "scam/genuine_bank_statement_ready.eml"),
    ("scam.investment", "scam/ja_side_job.eml", "scam/genuine_ja_job_newsletter.eml"),
    ("scam.advance_fee", "scam/advance_fee_pt.eml", "scam/genuine_family_history.eml"),
    ("scam.sextortion", "scam/sextortion_en.eml", "scam/genuine_it_security_bulletin.eml"),
    ("scam.callback_charge", "scam/callback_charge_en.eml",
     "scam/genuine_receipt_questions_email.eml"),
    ("scam.money_waiting", "scam/money_waiting_de.eml", "scam/genuine_refund_processed.eml"),
    ("scam.fine_legal", "scam/fine_legal_pt.eml", "scam/genuine_news_court_case.eml"),
    ("scam.money_waiting", "scam/money_waiting_crypto_balance_expires.eml",
     "scam/genuine_exchange_withdrawal_receipt.eml"),
    ("scam.investment", "scam/investment_amount_in_signup_name.eml",
     "scam/genuine_order_gift_card_balance.eml"),
    ("scam.money_waiting", "scam/ja_money_waiting_fee.eml",
     "scam/genuine_ja_refund_and_support_phone.eml"),
    ("scam.fine_legal", "scam/ja_fine_arrest_threat.eml", "scam/genuine_ja_news_court_fine.eml"),
    # "a complaint was filed; after the deadline we enforce seizure of your salary"
    ("scam.fine_legal", "scam/ja_lawsuit_final_notice_seizure.eml",
     "scam/genuine_ja_news_court_fine.eml"),
    ("scam.fine_legal", "scam/ja_settlement_demand_police.eml",
     "scam/genuine_ja_news_court_fine.eml"),
    ("scam.callback_charge", "scam/ja_callback_virus.eml",
     "scam/genuine_ja_refund_and_support_phone.eml"),
    ("scam.disguised_letters", "scam/disguised_letters_subject.eml",
     "scam/genuine_russian_and_japanese.eml"),
    ("scam.disguised_letters", "scam/disguised_letters_cyrillic_in_words.eml",
     "scam/genuine_russian_and_japanese.eml"),
    ("scam.multiple_lures", "scam/multiple_lures_casino_and_dating.eml",
     "scam/gambling_casino_bonus_de.eml"),
    # "the president" wants money sent today and kept 内密; a bank asks to keep the PIN secret
    ("scam.confidential_transfer", "scam/ja_president_asks_secret_transfer.eml",
     "scam/genuine_ja_bank_transfer_pin_kept_secret.eml"),
    # a refund that "needs remote support"; a PC class booking a remote-support session
    ("scam.callback_charge", "scam/ja_refund_needs_remote_support.eml",
     "scam/genuine_ja_remote_support_booking.eml"),
    # machine-translated "419": millions in dollars, a compensation fund to "release"
    ("scam.advance_fee", "scam/ja_advance_fee_compensation_fund.eml",
     "scam/genuine_ja_overseas_remittance_received.eml"),
    # an alarm, then "call our support centre at once"; a lost card's call-us has no alarm
    ("scam.callback_charge", "scam/ja_callback_alarm_then_desk.eml",
     "scam/genuine_ja_lost_card_call_desk.eml"),
    # a medical-cost refund "received" at an ATM; a city's warning quoting that very lure,
    # and a bank's deposit notice of a city benefit that names its ATMs
    ("scam.refund_at_atm", "scam/ja_refund_at_atm_medical_costs.eml",
     "scam/genuine_ja_city_warning_refund_atm_fraud.eml"),
    ("scam.refund_at_atm", "scam/ja_refund_at_atm_medical_costs.eml",
     "scam/genuine_ja_bank_benefit_deposited_atm.eml"),
    # ...and a city's payment notice that says it never asks you to work an ATM
    ("scam.refund_at_atm", "scam/ja_refund_at_atm_medical_costs.eml",
     "scam/genuine_ja_city_benefit_paid_no_atm_asked.eml"),
    # "call us to receive your premium refund by the deadline"; a city's refund notice with
    # an application deadline and a phone number for questions
    ("scam.refund_callback", "scam/ja_refund_callback_deadline.eml",
     "scam/genuine_ja_high_cost_medical_refund_notice.eml"),
    ("scam.refund_callback", "scam/ja_refund_callback_deadline.eml",
     "scam/genuine_ja_refund_and_support_phone.eml"),
    # "the president" wants gift-card codes; Amazon's own gift-card order confirmation
    ("scam.gift_card_request", "scam/ja_gift_card_request_from_president.eml",
     "scam/genuine_ja_amazon_gift_card_order.eml"),
    ("scam.gift_card_request", "scam/gift_card_request_en.eml",
     "scam/genuine_order_gift_card_balance.eml"),
    # "create a LINE group and send me its QR code" from "the president" on free mail; a
    # colleague sharing the QR code of a group she made herself
    ("scam.chat_group_request", "scam/ja_ceo_asks_for_line_group_qr_code.eml",
     "scam/genuine_ja_team_shares_its_line_group_qr.eml"),
    # "a friend" wants the verification code LINE is about to text you; LINE's own code
    # mail that says never to tell it to anyone
    ("scam.verification_code_request", "scam/ja_friend_asks_for_line_verification_code.eml",
     "scam/genuine_ja_line_verification_code_never_tell.eml"),
    # "from this payment on, to this new account, today please"; a supplier's invoice that
    # says the account has not changed
    ("scam.bank_account_change", "scam/ja_supplier_asks_payment_to_new_account.eml",
     "scam/genuine_ja_supplier_invoice_same_account.eml"),
    # "buy them, then photograph the codes and reply" from a look-alike of the company domain
    ("scam.gift_card_request", "scam/ja_gift_card_buy_and_photograph_codes.eml",
     "scam/genuine_ja_amazon_gift_card_order.eml"),
]  # fmt: skip


@pytest.mark.parametrize(("fid", "fires", "silent"), CASES)
def test_finding_fires_and_look_alike_stays_silent(fid: str, fires: str, silent: str) -> None:
    assert fid in _ids(fires)
    assert fid not in _ids(silent)


GENUINE = sorted({silent for _, _, silent in CASES if "genuine" in silent})


@pytest.mark.parametrize("relpath", GENUINE)
def test_genuine_mail_has_no_scam_finding(relpath: str) -> None:
    assert _findings(relpath) == []


def test_evidence_quotes_the_lure() -> None:
    found = {f.id: f for f in _findings("scam/sextortion_en.eml")}
    evidence = found["scam.sextortion"].evidence
    assert evidence and evidence[0].kind == "text"
    shown = " ".join(e.shown.casefold() for e in evidence)
    assert "hacked" in shown
    assert "access to your devices" in shown


def test_every_id_is_in_the_catalogue_with_a_cap() -> None:
    catalogue = load_catalogue()
    for fid in SCAM.info.emits:
        assert fid in catalogue, fid
        assert catalogue[fid].group == "scam"


def test_phrase_files_load_and_are_mostly_preselected() -> None:
    assert len(PHRASES.phrases) > 100
    assert PHRASES_JA.phrases
    # A phrase the word pre-selection cannot see through is searched in every whole text.
    always = [p.pattern for p in PHRASES.phrases if leading_prefixes(p.pattern) is None]
    assert always == []


def _brute_force(text: str) -> set[int]:
    folded = text.casefold()
    found = set()
    for idx, phrase in enumerate(PHRASES.phrases):
        for m in phrase.regex.finditer(folded):
            if not m.start() or not folded[m.start() - 1].isalnum():
                found.add(idx)
                break
    return found


@pytest.mark.parametrize("name", sorted(p.name for p in (MAILS / "scam").glob("*.eml")))
def test_word_preselection_finds_what_a_plain_search_finds(name: str) -> None:
    message = parse_message(mail("scam/" + name))
    for text in (normalise(message.subject or ""), normalise(message.body_text)):
        hits: dict[str, Hit] = {}
        PHRASES.scan(text, WHERE_BODY, hits)
        fast = set().union(*(h.phrases for h in hits.values())) if hits else set()
        assert fast == _brute_force(text)


def test_hostile_text_stays_cheap() -> None:
    body = ("casino bonus free spins " * 2000 + "аbc dеf " * 2000 + "𝐛𝐨𝐥𝐝 ") * 2
    raw = (
        "From: a <a@b.example>\nTo: c@d.example\nSubject: x\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body
    ).encode()
    msg = parse_message(raw)
    start = time.perf_counter()
    findings = SCAM.analyze(Target(msg, None, CTX))
    assert time.perf_counter() - start < 0.5
    # The scanner bounds its attempts per text; what it reports is still well-formed.
    assert all(f.id in SCAM.info.emits for f in findings)


def test_ja_fraud_form_asks_for_details() -> None:
    # "your full name / address / birth date / bank details", to send back by mail
    ids = check_file(MAILS / "scam/ja_advance_fee_compensation_fund.eml").finding_ids()
    assert "wording.ja.credential_request" in ids
    genuine = MAILS / "scam/genuine_ja_overseas_remittance_received.eml"
    assert "wording.ja.credential_request" not in check_file(genuine).finding_ids()


def test_ja_callback_from_impostor_is_phishing() -> None:
    # a brand's support desk named by a stranger's address, pressing for a call
    report = check_file(MAILS / "scam/ja_callback_alarm_then_desk.eml")
    assert "combo.lure_from_impostor" in report.finding_ids()
    assert report.verdict.value == "phishing"


def test_refund_at_an_atm_is_phishing_and_its_warning_is_not() -> None:
    # No office pays a refund at an ATM: the lure alone is phishing-level (combo), while the
    # city's anti-fraud notice that quotes it stays legitimate.
    report = check_file(MAILS / "scam/ja_refund_at_atm_medical_costs.eml")
    assert "combo.refund_at_atm" in report.finding_ids()
    assert report.verdict.value == "phishing"
    warning = check_file(MAILS / "scam/genuine_ja_city_warning_refund_atm_fraud.eml")
    assert warning.verdict.value == "legitimate", warning.finding_ids()


def test_the_warning_gate_is_what_silences_the_quoted_lure() -> None:
    # Without the fraud word the quoted sentence is a lure: the gate, not a phrase gap,
    # keeps the warning quiet.
    body = parse_message(mail("scam/genuine_ja_city_warning_refund_atm_fraud.eml")).body_text
    assert "詐欺" in body
    stripped = body.replace("詐欺", "電話")
    msg = parse_message(
        b"From: a@example.jp\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + stripped.encode()
    )
    ids = {f.id for f in SCAM.analyze(Target(msg, identify_brand(msg, CTX.brands), CTX))}
    assert "scam.refund_at_atm" in ids


@pytest.mark.parametrize(
    ("rel", "verdicts"),
    [
        ("scam/ja_refund_callback_deadline.eml", {"suspicious", "phishing"}),
        ("scam/ja_gift_card_request_from_president.eml", {"suspicious", "phishing"}),
        ("scam/gift_card_request_en.eml", {"suspicious", "phishing"}),
        ("scam/genuine_ja_amazon_gift_card_order.eml", {"legitimate"}),
        ("scam/genuine_ja_high_cost_medical_refund_notice.eml", {"legitimate"}),
        ("scam/genuine_ja_bank_benefit_deposited_atm.eml", {"legitimate"}),
    ],
)
def test_linkless_refund_and_gift_card_scams_are_flagged(rel: str, verdicts: set[str]) -> None:
    report = check_file(MAILS / rel)
    assert report.verdict.value in verdicts, (report.score, report.finding_ids())


def test_advance_fee_with_details_and_replies_elsewhere_is_phishing() -> None:
    # "you were one of the fraud victims; we refund your losses": money waiting, a list of
    # details to send, and replies to a second free mailbox: the three signs of the fraud.
    report = check_file(MAILS / "scam/ja_fraud_victim_refund_reply_elsewhere.eml")
    assert {"scam.advance_fee", "combo.money_lure_reply_elsewhere"} <= set(report.finding_ids())
    assert report.verdict.value == "phishing"
    # A bank's genuine victim-recovery notice, which says no details need be sent, is quiet.
    genuine = check_file(MAILS / "scam/genuine_ja_bank_victim_recovery_distribution.eml")
    assert genuine.verdict.value == "legitimate", genuine.finding_ids()
    assert not genuine.finding_ids()

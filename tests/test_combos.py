"""Combination findings (data/scoring.toml [[combo]]) on real fixture mails: each fires on
the phishing shape it names and stays silent on the genuine mail that shares one part."""

from __future__ import annotations

import pytest

from conftest import MAILS
from miwake import check_file

CASES = [
    # (fixture, combo, fires?)
    ("auth/brand_domain_from_without_any_results.eml", "combo.unverified_lure_offbrand", True),
    (
        "genuine_ja/mercari-login-notice-no-auth-results.eml",
        "combo.unverified_lure_offbrand",
        False,
    ),
    ("seed/verify-account-now-lookalike-sender.eml", "combo.brand_unbacked", True),
    ("sender/newsletter_naming_its_own_domain_and_a_brand.eml", "combo.brand_unbacked", False),
    ("seed/update-payment-info-card-request.eml", "combo.lure_to_offbrand_link", True),
    ("genuine_ja/jcb-usage-check-request-dmarc-pass.eml", "combo.lure_to_offbrand_link", False),
    (
        "auth/brand_domain_from_without_any_results.eml",
        "combo.official_sender_offbrand_links",
        True,
    ),
    (
        "genuine_ja/rakuten-newsletter-via-esp-click-tracker-no-auth-results.eml",
        "combo.official_sender_offbrand_links",
        False,
    ),
    # a reason to act from an address that is not the brand's, no link needed
    ("combos/impostor-reply-only-payment-lure.eml", "combo.lure_from_impostor", True),
    ("genuine_ja/jcb-usage-check-request-dmarc-pass.eml", "combo.lure_from_impostor", False),
    ("sender/newsletter_naming_its_own_domain_and_a_brand.eml", "combo.lure_from_impostor", False),
    # a reason to act, and the link goes to an IP address
    ("combos/lure-to-ip-host-no-brand.eml", "combo.lure_to_untrusted_host", True),
    ("links/suspicious-tld-link.eml", "combo.lure_to_untrusted_host", False),
    ("genuine_ja/mercari-login-notice-no-auth-results.eml", "combo.lure_to_untrusted_host", False),
    # a fine and a criminal complaint threatened, and the payment link on a throwaway TLD
    ("combos/police-threat-to-throwaway-tld.eml", "combo.lure_to_untrusted_host", True),
    # money waiting, your details asked for, and replies to someone else's free mailbox
    (
        "combos/advance-fee-on-list-reply-to-other-free-mailbox.eml",
        "combo.money_lure_reply_elsewhere",
        True,
    ),
    (
        "combos/advance-fee-on-list-reply-to-same-mailbox.eml",
        "combo.money_lure_reply_elsewhere",
        False,
    ),
    # a reason to act from a sender that looks like no organisation
    ("combos/lure-from-random-domain-sender.eml", "combo.lure_from_untrusted_sender", True),
    ("sender_anomaly/random_domain.eml", "combo.lure_from_untrusted_sender", False),
    # a machine-made sender address and a link that hides where it goes
    ("combos/generated-sender-shortened-link.eml", "combo.throwaway_sender_hidden_link", True),
    ("combos/named-sender-shortened-link.eml", "combo.throwaway_sender_hidden_link", False),
    ("sender_anomaly/generated_local_part.eml", "combo.throwaway_sender_hidden_link", False),
    # the brand's own address with nothing vouching for it, pressing for card details
    (
        "combos/forged-official-sender-no-results-reply-lure.eml",
        "combo.unverified_official_lure",
        True,
    ),
    (
        "combos/official-sender-dmarc-pass-same-wording.eml",
        "combo.unverified_official_lure",
        False,
    ),
    # the brand's own address, but replies go to someone else's: the impostor's mailbox
    (
        "combos/official-from-replies-elsewhere-asks-card-details.eml",
        "combo.lure_from_impostor",
        True,
    ),
    (
        "combos/official-from-reply-to-brand-desk-dmarc-pass.eml",
        "combo.lure_from_impostor",
        False,
    ),
    # a deadline is a reason to act too, from an address that is not the brand's
    ("combos/impostor-sender-deadline-no-link.eml", "combo.lure_from_impostor", True),
    ("combos/official-sender-dmarc-pass-deadline.eml", "combo.lure_from_impostor", False),
    # so is "we detected a suspicious log-in"
    ("combos/impostor-sender-login-alert.eml", "combo.lure_from_impostor", True),
    ("combos/official-sender-dmarc-pass-login-alert.eml", "combo.lure_from_impostor", False),
    # a Japanese brand on a sender it does not vouch for, written on a foreign clock
    (
        "combos/unbacked-brand-sender-foreign-clock.eml",
        "combo.unbacked_brand_sender_foreign_clock",
        True,
    ),
    (
        "combos/unbacked-brand-sender-japan-clock.eml",
        "combo.unbacked_brand_sender_foreign_clock",
        False,
    ),
    # money for an application, and the application is behind a shortener / an office's
    # name on a domain no public office holds
    (
        "sender_anomaly/public_office_name_on_unrelated_domain.eml",
        "combo.benefit_lure_hidden_link",
        True,
    ),
    (
        "wording/ja_genuine_benefit_paid_without_application.eml",
        "combo.benefit_lure_hidden_link",
        False,
    ),
    (
        "sender_anomaly/genuine_public_office_on_lg_jp_domain.eml",
        "combo.benefit_lure_hidden_link",
        False,
    ),
    # "scan the QR code and log in": unvouched sender vs the brand's DMARC pass
    ("combos/qr-login-lure-no-authentication.eml", "combo.qr_lure_unvouched", True),
    ("combos/qr-login-official-sender-dmarc-pass.eml", "combo.qr_lure_unvouched", False),
]


@pytest.mark.parametrize(("rel", "combo", "fires"), CASES)
def test_combo(rel: str, combo: str, fires: bool) -> None:
    ids = check_file(MAILS / rel).finding_ids()
    assert (combo in ids) is fires, ids


@pytest.mark.parametrize(
    ("rel", "verdict"),
    [
        ("combos/official-from-replies-elsewhere-asks-card-details.eml", "phishing"),
        ("combos/official-from-reply-to-brand-desk-dmarc-pass.eml", "legitimate"),
        ("combos/unbacked-brand-sender-foreign-clock.eml", "phishing"),
        ("combos/unbacked-brand-sender-japan-clock.eml", "suspicious"),
        ("sender_anomaly/public_office_name_on_unrelated_domain.eml", "phishing"),
        ("combos/qr-login-official-sender-dmarc-pass.eml", "legitimate"),
    ],
)
def test_combo_verdicts(rel: str, verdict: str) -> None:
    assert check_file(MAILS / rel).verdict.value == verdict

"""Claimed brand vs the real sender: From domain, display name, Reply-To, Return-Path."""

from __future__ import annotations

import pytest

from conftest import MAILS, mail
from miwake import check_file
from miwake.analyzers.base import Context, Target
from miwake.analyzers.brand import identify_brand
from miwake.analyzers.sender import SenderAnalyzer, effective_sender, is_freemail
from miwake.message import parse_message
from miwake.model import Finding

CTX = Context()


def _findings(relpath: str) -> list[Finding]:
    msg = parse_message(mail(relpath))
    claim = identify_brand(msg, CTX.brands)
    return SenderAnalyzer().analyze(Target(msg, claim, CTX))


def _ids(relpath: str) -> set[str]:
    return {f.id for f in _findings(relpath)}


# (fixture, findings that must fire, findings that must not)
CASES = [
    # The genuine Amazon OTP mail and its copies from a look-alike and a free-mail sender.
    ("sender/genuine_amazon_otp.eml", set(), {"*"}),
    ("sender/lookalike_domain_amazon_otp.eml",
     {"sender.brand_domain_mismatch", "sender.display_name_address_mismatch"},
     {"sender.freemail_brand"}),
    ("sender/freemail_amazon_otp.eml", {"sender.freemail_brand"}, {"sender.brand_domain_mismatch"}),
    # An address written inside the display name.
    ("sender/display_name_is_brand_address.eml", {"sender.display_name_address_mismatch"}, set()),
    ("sender/display_name_is_own_address.eml", set(), {"*"}),
    # Replies diverted.
    ("sender/reply_to_freemail_paypal.eml", {"sender.reply_to_mismatch"}, set()),
    ("sender/reply_to_same_org.eml", set(), {"*"}),
    ("sender/official_from_foreign_reply_to.eml", {"sender.official_from_foreign_reply_to"},
     {"sender.brand_domain_mismatch"}),
    ("sender/official_from_official_reply_to.eml", set(), {"*"}),
    # Bounces elsewhere (weak), and a brand's own mail service provider (silent).
    ("sender/return_path_elsewhere.eml", {"sender.return_path_mismatch"}, set()),
    ("sender/return_path_esp.eml", set(), {"*"}),
    # Mailing lists: "Name via List", the original sender in Reply-To.
    ("sender/mailing_list_via_phish.eml", {"sender.brand_domain_mismatch"},
     {"sender.reply_to_mismatch", "sender.return_path_mismatch"}),
    ("sender/mailing_list_via_developer.eml", set(), {"*"}),
    # Broken From lines.
    ("sender/brand_without_address.eml", {"sender.brand_no_address"}, set()),
    ("sender/broken_from_comma.eml", {"sender.brand_domain_mismatch"}, set()),
    # A newsletter whose name holds its own domain is about the brand, not disguised as it;
    # a domain that holds the brand's name gets no such excuse (confidence: see below).
    ("sender/newsletter_naming_its_own_domain_and_a_brand.eml", set(), {"sender.freemail_brand"}),
    ("sender/brand_named_domain_shown_as_brand.eml", {"sender.brand_domain_mismatch"}, set()),
    # Developers on gmail are not "Google" mail.
    ("sender/developer_gmail_patch.eml", set(), {"*"}),
    # A brand's mail from a fraud-favoured TLD; the same from an ordinary one.
    ("sender/brand_from_risky_tld.eml", {"sender.brand_from_risky_tld"}, set()),
    ("sender/brand_from_ordinary_tld.eml", {"sender.brand_domain_mismatch"},
     {"sender.brand_from_risky_tld"}),
    # Replies to a free mailbox the brand itself runs (outlook.com) reach a person, not it.
    ("sender/microsoft_reply_to_outlook_mailbox.eml", {"sender.reply_to_mismatch"}, set()),
    ("sender/microsoft_reply_to_microsoft.eml", set(), {"*"}),
    # "a̶m̶a̶z̶o̶n̶.̶c̶o̶.̶j̶p̶": combining marks do not hide an address in the display name.
    ("sender/display_name_brand_address_with_combining_marks.eml",
     {"sender.display_name_address_mismatch"}, set()),
    ("sender/display_name_accented_own_name.eml", set(), {"*"}),
    # From one free mailbox, replies to another: weakly odd (someone's second mailbox)...
    ("sender/free-mail-from-reply-to-own-other-free-mailbox.eml", {"sender.reply_to_mismatch"},
     set()),
    # ...and read on a list too: a list never sets Reply-To to a free mailbox
    ("combos/advance-fee-on-list-reply-to-other-free-mailbox.eml", {"sender.reply_to_mismatch"},
     set()),
    ("combos/advance-fee-on-list-reply-to-same-mailbox.eml", set(), {"*"}),
    # A city's lg.jp spelled into somebody else's domain; the city's own lg.jp.
    ("sender/fake_lg_jp_city_tax_refund.eml", {"sender.fake_government_domain"}, set()),
    ("sender/genuine_city_lg_jp_notice.eml", set(), {"*"}),
    # A shinkin bank's whole domain worn in front of the real one; a region label is not one.
    ("links/shinkin-domain-worn-in-front-of-another.eml", {"sender.domain_in_subdomain"}, set()),
    ("links/region-subdomain-help-jp-link.eml", set(), {"*"}),
    # The brand's own name under .co (nitori-net.co for nitori-net.jp); the brand itself.
    ("sender/nitori_from_tld_swap_co.eml", {"sender.lookalike_domain"}, set()),
    ("sender/genuine_nitori_from_nitori_net_jp.eml", set(), {"*"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rel", "verdict"),
    [
        ("sender/fake_lg_jp_city_tax_refund.eml", "phishing"),
        ("sender/genuine_city_lg_jp_notice.eml", "legitimate"),
        ("sender/nitori_from_tld_swap_co.eml", "phishing"),
        ("sender/genuine_nitori_from_nitori_net_jp.eml", "legitimate"),
        ("links/benefit-link-to-fake-go-jp.eml", "phishing"),
        ("links/notice-links-to-go-jp-and-lg-jp.eml", "legitimate"),
    ],
)
def test_fake_hierarchy_and_tld_swap_verdicts(rel: str, verdict: str) -> None:
    assert check_file(MAILS / rel).verdict.value == verdict


def test_a_free_mailbox_in_the_body_to_write_to_instead_of_the_sender() -> None:
    # the advance-fee letter's "agent" in the body; a friend repeating her own address
    fake = check_file(MAILS / "sender/ja_advance_fee_contact_another_freemail_in_body.eml")
    assert {"sender.contact_elsewhere", "combo.money_lure_reply_elsewhere"} <= set(
        fake.finding_ids()
    )
    assert fake.verdict.value != "legitimate"
    friend = check_file(MAILS / "sender/genuine_friend_gives_her_own_second_address.eml")
    assert "sender.contact_elsewhere" not in friend.finding_ids()
    assert friend.verdict.value == "legitimate"


@pytest.mark.parametrize(
    ("rel", "verdict"),
    [
        # a subscriber's hacked plala.or.jp mailbox writing as Netflix: not the ISP speaking
        # (its own domain passes and its link is a plain domain: at most "suspicious", see
        # [authenticated_sender] in data/scoring.toml)
        ("sender/isp_subscriber_mailbox_writing_as_netflix.eml", "suspicious"),
        # the ISP's own notice from the same domain, and a mother's mail naming Netflix
        ("sender/genuine_isp_notice_from_its_own_domain.eml", "legitimate"),
        ("sender/genuine_family_mail_from_isp_mailbox_naming_netflix.eml", "legitimate"),
    ],
)
def test_isp_mailbox_domains_are_the_isp_only_when_it_presents_itself(
    rel: str, verdict: str
) -> None:
    assert check_file(MAILS / rel).verdict.value == verdict


@pytest.mark.parametrize(
    ("rel", "verdict"),
    [
        # a shop's own 【name】 tag, shipping with Yamato: Yamato is what it uses
        ("sender/genuine_shop_ships_with_yamato_its_own_subject_tag.eml", "legitimate"),
        ("sender/yamato_subject_tag_from_unrelated_domain.eml", "suspicious"),
        # "Outlook.com" shown over microsoft.com: one brand's two domains
        ("sender/genuine_outlook_name_from_microsoft_com.eml", "legitimate"),
        ("sender/outlook_name_from_unrelated_domain.eml", "phishing"),
    ],
)
def test_the_senders_own_names_are_no_disguise(rel: str, verdict: str) -> None:
    assert check_file(MAILS / rel).verdict.value == verdict


def test_a_colleagues_zoom_invite_is_not_a_forged_zoom_mail() -> None:
    # Zoom invites go out from the organiser's own address: named only in the subject,
    # Zoom is the topic; the same invite from a hacked mailbox is told by its link
    genuine = check_file(MAILS / "sender/genuine_colleague_zoom_invite_own_domain.eml")
    assert genuine.verdict.value == "legitimate"
    fake = check_file(MAILS / "sender/compromised_colleague_zoom_invite_to_pages_dev.eml")
    assert fake.verdict.value != "legitimate"
    assert "links.offbrand_targets" in fake.finding_ids()


def test_free_mailbox_reply_elsewhere_is_weak() -> None:
    rel = "sender/free-mail-from-reply-to-own-other-free-mailbox.eml"
    (found,) = [f for f in _findings(rel) if f.id == "sender.reply_to_mismatch"]
    assert found.confidence < 1.0
    assert check_file(MAILS / rel).verdict.value == "legitimate"


def test_forwarded_brand_mail_from_family_freemail_counts_less() -> None:
    # "転送: 【Amazon】..." from a person's gmail: family passing a mail on, not a disguise.
    fwd = {f.id: f for f in _findings("sender/forwarded_amazon_notice_from_family_gmail.eml")}
    own = {f.id: f for f in _findings("sender/amazon_notice_from_gmail_not_forwarded.eml")}
    assert "sender.freemail_brand" in fwd
    assert fwd["sender.freemail_brand"].confidence < 0.5
    assert own["sender.freemail_brand"].confidence >= 0.6


@pytest.mark.parametrize(("rel", "fire", "silent"), CASES)
def test_sender_findings(rel: str, fire: set[str], silent: set[str]) -> None:
    ids = _ids(rel)
    assert fire <= ids, ids
    if "*" in silent:
        assert ids == fire, ids
    else:
        assert not (silent & ids), ids


def test_all_seed_genuine_mails_are_silent() -> None:
    for name in ("genuine-one-time-password", "genuine-order-confirmation",
                 "genuine-prime-fee-card-not-registered"):  # fmt: skip
        assert _ids(f"seed/{name}.eml") == set(), name


def test_subject_only_claim_weighs_little() -> None:
    found = [f for f in _findings("sender/subject_only_news.eml")]
    assert [f.id for f in found] == ["sender.brand_domain_mismatch"]
    assert found[0].confidence < 0.5


def test_mismatch_evidence_shows_name_and_real_address() -> None:
    (mismatch,) = [
        f for f in _findings("sender/lookalike_domain_amazon_otp.eml")
        if f.id == "sender.brand_domain_mismatch"
    ]  # fmt: skip
    ev = mismatch.evidence[0]
    assert ev.shown == "Amazon.co.jp" and ev.actual == "account-update@amazon-co-jp.top"
    assert mismatch.params["domain"] == "amazon-co-jp.top"


def test_list_rewritten_from_is_read_through_reply_to() -> None:
    msg = parse_message(mail("sender/mailing_list_via_phish.eml"))
    sender = effective_sender(msg)
    assert sender is not None and sender.via_list
    assert sender.address.address == "smbc-card@mortgage-photos.example"


def test_freemail_list() -> None:
    assert is_freemail("gmail.com") and is_freemail("yahoo.co.jp") and is_freemail("docomo.ne.jp")
    assert not is_freemail("amazon.co.jp") and not is_freemail("mail.yahoo.co.jp.evil.example")


def test_emits_only_declared_ids_and_survives_empty_mail() -> None:
    msg = parse_message(b"Subject: nothing\r\n\r\n")
    assert SenderAnalyzer().analyze(Target(msg, identify_brand(msg, CTX.brands), CTX)) == []
    for rel, _fire, _silent in CASES:
        for finding in _findings(rel):
            assert finding.id in SenderAnalyzer.info.emits


def test_a_newsletter_naming_its_own_domain_only_talks_about_the_brand() -> None:
    own = {f.id: f for f in _findings("sender/newsletter_naming_its_own_domain_and_a_brand.eml")}
    assert own["sender.brand_domain_mismatch"].confidence <= 0.4
    disguised = {f.id: f for f in _findings("sender/brand_named_domain_shown_as_brand.eml")}
    assert disguised["sender.brand_domain_mismatch"].confidence >= 0.8


def test_a_japanese_subject_naming_a_brand_is_a_claim_not_a_topic() -> None:
    # No title brackets, no notice word: still the brand speaking, not news about it.
    found = {f.id: f for f in _findings("sender/japanese_subject_names_brand_random_sender.eml")}
    assert found["sender.brand_domain_mismatch"].confidence >= 0.6  # 0.85 x claim strength
    news = {f.id: f for f in _findings("sender/subject_only_news.eml")}
    assert news["sender.brand_domain_mismatch"].confidence <= 0.4


def test_a_sending_domain_imitating_the_brand_is_named() -> None:
    fake = {f.id: f for f in _findings("seed/verify-account-24h-odd-japanese-apple-address.eml")}
    assert fake["sender.lookalike_domain"].evidence[0].actual == "no-reply@mail-amazcn.com"
    assert "sender.lookalike_domain" not in _ids("sender/genuine_amazon_otp.eml")
    # A look-alike of another brand than the one claimed is the links analyzer's business.
    assert "sender.lookalike_domain" not in _ids("sender/developer_gmail_patch.eml")


def test_group_company_domain_is_a_weak_mismatch_not_a_fake() -> None:
    # 楽天生命 from rakuten-life.co.jp (one co.jp per registered organisation): the registry
    # does not list it, but nobody can register it on a whim. Weak, and never "phishing".
    from miwake import check_bytes
    from miwake.model import Verdict

    report = check_bytes(mail("sender/group-company-co-jp-domain-notice.eml"))
    mismatch = [f for f in report.findings if f.id == "sender.brand_domain_mismatch"]
    assert mismatch and mismatch[0].finding.confidence <= 0.35
    assert "links.offbrand_targets" not in report.finding_ids()
    assert report.verdict is not Verdict.PHISHING
    # the same name under an ordinary suffix anybody can register is a full mismatch
    from miwake.knowledge.brands import load_brands
    from miwake.knowledge.lookalike import lookalike_index

    index = lookalike_index(load_brands())
    assert index.related_name("www.rakuten-life.co.jp", "rakuten")
    assert index.related_name("bitflyer.jp", "bitflyer")
    assert not index.related_name("rakuten-life.com", "rakuten")
    assert not index.related_name("rakuten.top", "rakuten")

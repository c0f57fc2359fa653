"""Brand registry, brand identification (`identify_brand`) and disguised brand names."""

from __future__ import annotations

import re

import pytest

from conftest import mail
from miwake.analyzers.base import Context, Target
from miwake.analyzers.brand import BrandAnalyzer, find_obfuscations, identify_brand
from miwake.knowledge.brands import load_brands
from miwake.knowledge.lists import data_text, load_list
from miwake.message import parse_message
from miwake.message.types import Address, ParsedMessage
from miwake.model import BrandClaim, Finding, Verdict
from miwake.pipeline import check_bytes

CTX = Context()


def _judge(relpath: str) -> tuple[BrandClaim | None, list[Finding]]:
    msg = parse_message(mail(relpath))
    claim = identify_brand(msg, CTX.brands)
    return claim, BrandAnalyzer().analyze(Target(msg, claim, CTX))


def _message(display: str = "", address: str = "", subject: str | None = None) -> ParsedMessage:
    domain = address.rpartition("@")[2]
    sender = (Address(display, address, domain),) if address else ()
    return ParsedMessage(
        headers=(("From", address),), subject=subject, from_=sender, reply_to=(), to=(),
        return_path="", parts=(), links=(), warned_urls=(), forms=(), images=(), attachments=(),
        defects=(), limits_hit=(),
    )  # fmt: skip


# ---------------------------------------------------------------- the registry


def test_registry_covers_jpcert_top_brands_and_global_ones() -> None:
    keys = {b.key for b in load_brands().brands}
    # The 30 most impersonated names of the JPCERT/CC list, variants merged, plus globals.
    jp = {"amazon", "smbc_card", "apple", "ekinet", "au", "aeon", "mercari", "saison", "epos",
          "jcb", "etc", "mufg_nicos", "rakuten", "softbank", "yamato", "jabank", "soumu", "tepco",
          "nta", "docomo", "sbi_sec", "ts_cubic", "viewcard", "mufg_bank", "biglobe", "micard",
          "monex", "microsoft", "amex", "smbc", "mizuho", "uccard", "yodobashi", "orico",
          "aplus", "paypay", "japanpost", "daiwa", "nhk"}  # fmt: skip
    world = {"paypal", "google", "facebook", "dhl", "fedex", "ups", "usps", "ebay", "chase",
             "netflix", "docusign", "correios", "bradesco", "itau", "caixa",
             "santander"}  # fmt: skip
    assert jp <= keys and world <= keys
    assert len(keys) == len(load_brands().brands)  # keys are unique


def test_every_brand_entry_is_complete_and_well_formed() -> None:
    host = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*$")
    for brand in load_brands().brands:
        assert brand.name_ja and brand.name_en and brand.sources, brand.key
        assert brand.aliases or brand.ascii_word_aliases, brand.key
        assert brand.mail_domains and brand.web_domains, brand.key
        for domain in brand.all_domains:
            assert host.match(domain), (brand.key, domain)
        assert brand.help_url.startswith("https://"), brand.key


def test_no_brand_owns_a_host_where_anyone_can_publish() -> None:
    # A link to someone's S3 bucket or SharePoint share is not the brand speaking.
    shared = {"amazonaws.com", "googleusercontent.com", "googleapis.com", "sharepoint.com",
              "1drv.ms", "onedrive.com", "windows.net", "dropboxusercontent.com",
              "docs.google.com", "github.io"}  # fmt: skip
    for brand in load_brands().brands:
        assert not (brand.all_domains & shared), brand.key


def test_amazon_entry_matches_the_seed() -> None:
    amazon = load_brands().get("amazon")
    assert amazon is not None
    seed_domains = ("amazon.co.jp", "amazon.jp", "amazon.com", "amazonbusiness.jp",
                    "email.amazon.com", "marketplace.amazon.co.jp",
                    "m.marketplace.amazon.co.jp", "gc.email.amazon.co.jp", "gc.amazon.co.jp",
                    "payments.amazon.co.jp")  # fmt: skip
    for domain in seed_domains:
        assert amazon.is_mail_domain(domain), domain
    assert amazon.sms_senders == ("09090097540", "08021585817")
    assert amazon.report == "stop-spoofing@amazon.com"


def test_data_files_start_with_a_header() -> None:
    for name in ("brands.toml", "freemail.txt"):
        assert data_text(name).startswith("#"), name
    assert {"gmail.com", "yahoo.co.jp", "icloud.com", "qq.com", "163.com"} <= load_list(
        "freemail.txt"
    )


# ---------------------------------------------------------------- identify_brand


@pytest.mark.parametrize(
    ("display", "address", "subject", "key"),
    [
        ("Amazon.co.jp", "account-update@amazon.co.jp", None, "amazon"),
        ("ＡＭＡＺＯＮ", "x@evil.example", None, "amazon"),  # full-width
        ("三井住友カード", "x@evil.example", None, "smbc_card"),
        ("", "x@evil.example", "【三井住友 カード】お支払い予定金額のご案内", "smbc_card"),
        ("えきねっと", "x@evil.example", None, "ekinet"),
        ("au PAY", "x@evil.example", None, "au"),
        ("", "amazon-security@evil.example", None, "amazon"),  # From local part
        ("", "info@amazon-co-jp.example", None, "amazon"),  # From domain label
    ],
)
def test_claim_from_headers(display: str, address: str, subject: str | None, key: str) -> None:
    claim = identify_brand(_message(display, address, subject), CTX.brands)
    assert claim is not None and claim.key == key
    assert claim.strength >= 0.5


@pytest.mark.parametrize(
    ("display", "subject", "key"),
    [
        ("X", None, "x_twitter"),
        ("Ｘ", None, "x_twitter"),  # full width
        ("", "【X】ログインがありました", "x_twitter"),
        ("X（旧Twitter）", None, "x_twitter"),
        ("", "【Ｘ Ｓｕｐｐｏｒｔ】アカウントの確認", "x_twitter"),
        ("Booking", None, "booking"),
        ("", "[Booking] 予約の確認", "booking"),
        ("ＮＯＭＵＲＡ", None, "nomura"),
        ("Steam", None, "steam"),
    ],
)
def test_exact_names_count_as_a_whole_display_name_or_subject_tag(
    display: str, subject: str | None, key: str
) -> None:
    claim = identify_brand(_message(display, "x@evil.example", subject), CTX.brands)
    assert claim is not None and claim.key == key
    assert claim.strength >= 0.5


@pytest.mark.parametrize(
    ("display", "subject"),
    [
        ("X Taro", None),
        ("Studio X", "新作のご案内"),
        ("", "X線検査のご案内"),
        ("", "【X線検査】ご予約の確認"),
        ("Booking Desk", "Booking confirmation for your table"),
        ("ショップ山田", "X(旧Twitter)フォローキャンペーン開催中"),  # a shop's follow-us campaign
        ("Taro NOMURA", "Meeting notes"),  # a surname in capitals
        ("", "Steam cleaning service"),
    ],
)
def test_exact_names_inside_other_text_are_no_claim(display: str, subject: str | None) -> None:
    claim = identify_brand(_message(display, "x@example.org", subject), CTX.brands)
    assert claim is None or claim.key not in ("x_twitter", "booking", "nomura", "steam"), (
        display,
        subject,
    )


def test_exact_name_in_a_mail() -> None:
    claim, _ = _judge("brand/brand-named-only-by-whole-display-name-x.eml")
    assert claim is not None and claim.key == "x_twitter" and claim.strength >= 0.5
    claim, _ = _judge("brand/letter-x-and-booking-in-ordinary-text-are-no-claim.eml")
    assert claim is None or claim.key not in ("x_twitter", "booking")


def test_a_professional_office_naming_a_clients_broker_makes_a_weak_claim() -> None:
    claim, _ = _judge("brand/tax-accountant-names-a-client-broker-in-subject.eml")
    assert claim is None or claim.strength < 0.5
    # the same subject from a sender that names the broker itself is a strong claim
    subject = "マネックス証券の年間取引報告書について"
    claim = identify_brand(_message("マネックス証券", "x@evil.example", subject), CTX.brands)
    assert claim is not None and claim.key == "monex" and claim.strength >= 0.5
    # and a professional office's name does not weaken a claim its From line makes
    claim = identify_brand(
        _message("マネックス証券 税理士相談窓口", "x@evil.example", subject), CTX.brands
    )
    assert claim is not None and claim.key == "monex" and claim.strength >= 0.5


def test_ordinary_words_are_not_brands() -> None:
    for display in ("Service au client", "apple pie recipes", "Chasing cars"):
        claim = identify_brand(_message(display, "x@example.org"), CTX.brands)
        assert claim is None or claim.strength < 0.5, display


def test_free_mail_domain_is_no_claim_of_its_operator() -> None:
    claim = identify_brand(_message("Jim Cromie", "jim.cromie@gmail.com"), CTX.brands)
    assert claim is None


def test_body_mentions_alone_never_make_a_strong_claim() -> None:
    claim, findings = _judge("brand/patch_mentions_microsoft.eml")
    assert claim is None or claim.strength < 0.5
    assert findings == []


def test_a_warning_about_a_brands_fakes_is_no_claim_of_that_brand() -> None:
    # "国税庁・e-Taxをかたる不審メール", "Amazonを装ったメール": the brands are what is faked
    claim, _ = _judge("brand/genuine_it_department_warning_about_fake_tax_mails.eml")
    assert claim is None
    report = check_bytes(mail("brand/genuine_it_department_warning_about_fake_tax_mails.eml"))
    assert report.verdict is not Verdict.PHISHING
    assert "sender.brand_domain_mismatch" not in report.finding_ids()


def test_a_brand_named_before_the_warning_word_still_claims_elsewhere() -> None:
    # the same name as a plain subject is a claim: only "…をかたる" makes it a topic
    msg = _message("", "it-support@example.jp", "国税庁・e-Taxからのお知らせ")
    claim = identify_brand(msg, CTX.brands)
    assert claim is not None and claim.key == "nta"
    msg = _message("", "it-support@example.jp", "国税庁・e-Taxをかたる不審メールについて")
    assert identify_brand(msg, CTX.brands) is None


def test_an_sms_style_mail_speaks_in_its_first_line() -> None:
    # no subject, two lines and a link elsewhere: the brand opening line one is the sender
    fake = check_bytes(mail("brand/sms_style_first_line_names_amazon_link_elsewhere.eml"))
    assert fake.brand is not None and fake.brand.key == "amazon"
    assert "sender.freemail_brand" in fake.finding_ids()
    assert fake.verdict is not Verdict.LEGITIMATE
    # a friend's subject-less note whose link is Amazon's own wish list: no claim made
    friend = check_bytes(mail("brand/genuine_friend_no_subject_amazon_wishlist_link.eml"))
    assert "sender.freemail_brand" not in friend.finding_ids()
    assert friend.verdict is Verdict.LEGITIMATE


def test_a_quoted_sms_sender_tag_still_names_the_brand() -> None:
    # a mother quoting the SMS she got: 「【ドコモ】… https://s.example/…」 speaks as docomo
    lure = check_bytes(mail("brand/family_quotes_an_sms_lure_with_its_sender_tag.eml"))
    assert lure.brand is not None and lure.brand.key == "docomo"
    assert lure.verdict is not Verdict.LEGITIMATE
    # the same forward of a real docomo SMS, whose link is docomo's own: never phishing
    real = check_bytes(mail("brand/genuine_family_quotes_a_docomo_sms_with_its_own_link.eml"))
    assert real.verdict is not Verdict.PHISHING


def test_genuine_mail_claims_its_brand_without_findings() -> None:
    for rel in ("brand/genuine_amazon_otp.eml", "brand/fullwidth_genuine_name.eml",
                "brand/display_name_and_body.eml"):  # fmt: skip
        claim, findings = _judge(rel)
        assert claim is not None and claim.strength >= 0.9, rel
        assert findings == [], rel


# ---------------------------------------------------------------- disguised names


@pytest.mark.parametrize(
    ("rel", "shown"),
    [
        ("brand/zero_width_in_display_name.eml", "Amaz[U+200B]on"),
        ("brand/leet_in_subject.eml", "Amaz0n"),
        ("brand/spaced_letters_in_subject.eml", "A m a z o n"),
        ("brand/cyrillic_in_display_name.eml", "\u0410mazon"),
        ("brand/typo_in_subject.eml", "Amazom"),
    ],
)
def test_name_obfuscated_fires(rel: str, shown: str) -> None:
    claim, findings = _judge(rel)
    assert claim is not None and claim.key == "amazon"
    found = [f for f in findings if f.id == "brand.name_obfuscated"]
    assert len(found) == 1
    ev = found[0].evidence[0]
    assert ev.shown.startswith(shown) and ev.actual == "Amazon"


def test_invisible_characters_in_subject_are_shown() -> None:
    claim, findings = _judge("brand/invisible_chars_in_subject.eml")
    assert claim is not None and claim.key == "coincheck"
    (found,) = [f for f in findings if f.id == "brand.name_obfuscated"]
    assert found.evidence[0].shown == "Coinchec[U+FE09]k"
    assert found.evidence[0].where == "Subject"


def test_name_obfuscated_ignores_real_words_near_brand_names() -> None:
    msg = _message("Finance Team", "x@example.org", "Applied Telecom: binance, goggles, Amazons")
    assert find_obfuscations(msg, CTX.brands) == []


def test_name_obfuscated_ignores_a_common_surname_near_a_brand() -> None:
    # hanako.yamada@...: Yamada is a surname, not a one-letter slip of Yamaha
    msg = _message("山田 花子", "hanako.yamada@example.jp", "週末の予定")
    assert find_obfuscations(msg, CTX.brands) == []


# ---------------------------------------------------------------- display name only


def test_display_name_only_fires_when_nothing_else_mentions_the_brand() -> None:
    _claim, findings = _judge("brand/display_name_only.eml")
    assert "brand.display_name_only" in {f.id for f in findings}


def test_display_name_only_silent_when_body_names_the_brand() -> None:
    _claim, findings = _judge("brand/display_name_and_body.eml")
    assert "brand.display_name_only" not in {f.id for f in findings}


def test_first_image_named_after_a_brand_is_a_claim() -> None:
    # the only place the mail names JCB is its logo's alt text; the link host says nothing
    report = check_bytes(mail("brand/jcb-named-only-by-logo-alt-text.eml"))
    assert report.brand is not None and report.brand.key == "jcb"
    assert "sender.brand_domain_mismatch" in report.finding_ids()
    assert report.verdict is not Verdict.LEGITIMATE


def test_brand_logos_further_down_are_no_claim() -> None:
    # twin of the above: payment-method logos (alt "JCB", "VISA") below a shop's own logo
    report = check_bytes(mail("brand/genuine-shop-newsletter-with-payment-logos-further-down.eml"))
    assert report.brand is None
    assert report.verdict is Verdict.LEGITIMATE


def test_an_sms_sender_tag_in_a_forwarded_mail_is_a_claim() -> None:
    # 【ヤマト運輸】 opening a line is how an SMS names its sender; a passing mention is not.
    forwarded = identify_brand(
        parse_message(mail("brand/forwarded-sms-with-sender-tag.eml")), load_brands()
    )
    assert forwarded is not None and forwarded.key == "yamato"
    assert (
        identify_brand(
            parse_message(mail("brand/family-mail-mentioning-a-carrier.eml")), load_brands()
        )
        is None
    )

"""The widened brand registry (issue 2): coverage, sourcing, shared domains, and that the
new names and domains neither miss the brands they name nor catch everyday words."""

from __future__ import annotations

from collections import defaultdict

import pytest

from conftest import mail
from miwake.analyzers.base import Context
from miwake.analyzers.brand import identify_brand, matcher_for
from miwake.knowledge.brands import load_brands
from miwake.knowledge.lookalike import lookalikes
from miwake.message import parse_message
from miwake.model import Verdict
from miwake.pipeline import check_bytes

CTX = Context()

# Domains listed for two brands on purpose: one company's group brands (SMBC bank and
# card share smbc.co.jp; JR East runs View Card; MUFG bank and NICOS share mufg.jp;
# Japan Post and Yucho share japanpost.jp).
SHARED_ON_PURPOSE = {
    "smbc.co.jp": {"smbc", "smbc_card"},
    "jreast.co.jp": {"ekinet", "viewcard"},
    "viewcard.co.jp": {"ekinet", "viewcard"},
    "viewsnet.jp": {"ekinet", "viewcard"},
    "mufg.jp": {"mufg_bank", "mufg_nicos"},
    "japanpost.jp": {"japanpost", "yucho"},
    # りそなカード's statements come from SMBC Card's Vpass platform (resonacard.co.jp FAQ)
    "vpass.ne.jp": {"smbc_card", "resona"},
}


def test_every_brand_entry_names_its_sources() -> None:
    for brand in load_brands().brands:
        assert brand.sources and all(s.strip() for s in brand.sources), brand.key


def test_no_domain_belongs_to_two_brands_unless_deliberate() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for brand in load_brands().brands:
        for domain in brand.all_domains:
            owners[domain].add(brand.key)
    shared = {d: keys for d, keys in owners.items() if len(keys) > 1}
    assert shared == SHARED_ON_PURPOSE


def test_no_alias_names_two_brands() -> None:
    m = matcher_for(load_brands())
    seen: dict[str, str] = {}
    for brand in load_brands().brands:
        for alias in brand.aliases:
            key = "".join(alias.split()).casefold()
            assert seen.setdefault(key, brand.key) == brand.key, alias
    assert m.brands  # the matcher compiles with the whole registry


def test_sbi_is_three_brands_with_their_own_domains() -> None:
    registry = load_brands()
    for key, domain in (("sbi_sec", "sbisec.co.jp"), ("sumishin_sbi", "netbk.co.jp"),
                        ("sbi_shinsei", "sbishinseibank.co.jp")):  # fmt: skip
        assert [b.key for b in registry.owners_of(domain)] == [key]
    # 三井住友信託銀行 is not the SMBC group.
    assert [b.key for b in registry.owners_of("smtb.jp")] == ["smtb"]


def test_amazon_owns_amzn_com() -> None:
    amazon = load_brands().get("amazon")
    assert amazon is not None
    assert "amzn.com" in amazon.mail_domains and "amzn.com" in amazon.web_domains


# Names as the JPCERT/CC phishing-URL list writes them (its `description` column), ranks
# 1-150 after merging variants; each must name a brand of the registry.
JPCERT_NAMES = [
    "三井住友信託銀行", "ぷらら", "JPMorgan Chase & Co.", "NHKプラス", "GMOあおぞらネット銀行",
    "CIBC", "モバイルSuica", "北海道銀行", "FamilyMart", "日本銀行", "全国信用金庫協会",
    "エックスサーバー株式会社", "J:COM", "ビックカメラ", "東京ガス", "ソニー銀行", "WAKWAK",
    "Shopify", "お仕事ピカラウェブメール", "SQUARE ENIX", "TD Bank", "楽天証券",
    "MyEtherWallet", "Monster Strike", "China CITIC Bank", "東京都水道局", "RBC Royal Bank",
    "SMBCモビット", "DMM", "BDO Unibank", "ASAHIネット", "OCN", "西日本シティ銀行",
    "さくらインターネット", "プロミス", "UCSカード", "so-net", "@nifty", "Royal Mail",
    "Desjardins", "SMBC ファイナンスサービス", "GMOコイン", "千葉銀行", "北洋銀行",
    "MEGA EGG", "静岡銀行", "GMOクリック証券", "BNP Paribas", "Australia Post", "Paidy",
    "TikTok", "WeTransfer", "GoDaddy", "三井住友トラストクラブ", "北國銀行", "DBS Bank",
    "住信SBIネット銀行", "SBI新生銀行", "YAMAHA",
]  # fmt: skip


@pytest.mark.parametrize("name", JPCERT_NAMES)
def test_jpcert_names_are_in_the_registry(name: str) -> None:
    assert matcher_for(load_brands()).field_hits_of(name), name


@pytest.mark.parametrize(
    ("rel", "key"),
    [
        ("brands/genuine-sbi-shinsei-notice-dmarc-pass.eml", "sbi_shinsei"),
        ("brands/genuine-sony-bank-notice-dmarc-pass.eml", "sony_bank"),
    ],
)
def test_genuine_mail_from_a_new_brand_is_recognised_and_not_phishing(rel: str, key: str) -> None:
    report = check_bytes(mail(rel))
    assert report.brand is not None and report.brand.key == key
    assert report.verdict == Verdict.LEGITIMATE


@pytest.mark.parametrize(
    ("rel", "key"),
    [
        ("brands/fake-sumishin-sbi-transaction-purpose-check.eml", "sumishin_sbi"),
        ("brands/fake-gmo-coin-account-locked.eml", "gmo_coin"),
    ],
)
def test_fake_mail_of_a_new_brand_is_phishing(rel: str, key: str) -> None:
    report = check_bytes(mail(rel))
    assert report.brand is not None and report.brand.key == key
    assert report.verdict == Verdict.PHISHING


def _claim_of_subject(subject: str) -> str | None:
    raw = f"From: Robin <robin@example.org>\nSubject: {subject}\n\nsee you\n".encode()
    claim = identify_brand(parse_message(raw), CTX.brands)
    return claim.key if claim else None


def test_everyday_words_in_new_names_are_no_claim() -> None:
    # "Steam" and "DBS" are words (and satellite TV) before they are brands.
    assert _claim_of_subject("re: Steam") is None
    assert _claim_of_subject("DBS Recommendations?") is None
    assert _claim_of_subject("Steam Guard code for your account") == "steam"


@pytest.mark.parametrize(
    "host",
    [
        "apache-server.com",  # one letter from xserver
        "kyoto-shinkin.co.jp",  # every 信用金庫 has "shinkin" in its own domain
        "sakura-hotel.jp",
        "nifty-tools.com",
        "interactive-example.com",
        "shop-name.myshopify.com",  # a shop on Shopify speaks for itself
        "uscourts.gov",  # courts.go.jp is Japan's; "courts" is a word
        "nissan.co.jp",  # one edit from nissay (Nippon Life)
    ],
)
def test_new_brand_domains_do_not_make_everyday_hosts_lookalikes(host: str) -> None:
    assert lookalikes(host, load_brands()) == ()


def test_new_brand_domains_still_catch_lookalikes() -> None:
    assert [m.brand for m in lookalikes("netbk-kakunin.top", load_brands())] == ["sumishin_sbi"]
    assert [m.brand for m in lookalikes("moneykit-login.com", load_brands())] == ["sony_bank"]


# brands2 (2026-11-28): securities, regional banks and other Japanese targets of the
# 2024-2025 waves; each name resolves to its own brand, and none steals another's name.
@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("【岡三証券】お客様情報の確認", "okasan_sec"),
        ("【岩井コスモ証券】重要なお知らせ", "iwaicosmo_sec"),
        ("moomoo証券 ログイン確認", "moomoo_sec"),
        ("【常陽銀行】取引制限のお知らせ", "joyo_bank"),
        ("七十七銀行からの重要なお知らせ", "shichijushichi_bank"),
        ("【ローソン銀行】本人確認のお願い", "lawson_bank"),
        ("東京メトロ 定期券のご案内", "tokyo_metro"),
        ("ENEOSカード ご利用確認", "eneos"),
        ("【e5489】予約内容の確認", "express_yoyaku"),
    ],
)
def test_new_japanese_brands_resolve(subject: str, key: str) -> None:
    assert _claim_of_subject(subject) == key


def test_new_brand_domains_are_their_own() -> None:
    registry = load_brands()
    for key, domain in (("okasan_sec", "okasan-online.co.jp"), ("joyo_bank", "joyobank.co.jp"),
                        ("minna_bank", "minna-no-ginko.com")):  # fmt: skip
        assert [b.key for b in registry.owners_of(domain)] == [key]

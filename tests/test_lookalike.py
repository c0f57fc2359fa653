"""Look-alike hosts: brand imitations fire, the brands' own hosts and chance matches don't."""

from __future__ import annotations

import pytest

from miwake.knowledge.brands import Brand, BrandRegistry, load_brands
from miwake.knowledge.lookalike import (
    LookalikeIndex,
    _within_distance,
    embedded_domain,
    imitated_government,
    lookalike_index,
    lookalikes,
    mixed_script,
    skeleton,
)

REGISTRY = load_brands()

IMITATIONS = [
    # host, brand, kind
    ("amazon-co-jp-account.top", "amazon", "combo"),
    ("amazon-security.com", "amazon", "combo"),
    ("www.login7.amazonoole.com", "amazon", "combo"),
    ("amazon.co.jp.example.top", "amazon", "subdomain"),
    ("www-amazon-co-jp.example.xyz", "amazon", "subdomain"),
    ("www-smbc-co-jp.example.cn", "smbc", "subdomain"),
    ("smbc.co.jp.example.com", "smbc", "subdomain"),
    ("amazom.co.jp", "amazon", "typo"),
    ("arnazon.co.jp", "amazon", "typo"),
    ("amaz0n-jp.com", "amazon", "digits"),
    ("paypa1.com", "paypal", "digits"),
    ("xn--mazon-3ve.co.jp", "amazon", "homoglyph"),  # Cyrillic а
    ("аmazon.com", "amazon", "homoglyph"),
    ("amazon.top", "amazon", "combo"),  # the brand's own name under a risky suffix
    ("www2-uccord.example776.com", "uccard", "subdomain"),  # misspelt, left of a throwaway
    ("smbcard-forcelogin.com", "smbc_card", "typo"),  # smbc-card without hyphen, one c lost
    ("アマゾン-ログイン.com", "amazon", "homoglyph"),
    ("rakuten-card-verify.com", "rakuten", "combo"),
    ("kuroneko-yamato-td.top", "yamato", "combo"),  # kuronekoyamato split by a hyphen
    ("mobile-suica-charge.top", "ekinet", "combo"),
    ("amzaon.co.jp", "amazon", "typo"),  # typos are checked under co.jp too
    ("amazon.co.jp.example.co.jp", "amazon", "subdomain"),
    # three-letter names only as a whole part beside an account word
    ("jcb-update.com", "jcb", "combo"),
    ("myjcb-update.com", "jcb", "combo"),
    ("nhk-plus-login.net", "nhk", "combo"),
    ("www.dhl-notice.com", "dhl", "combo"),
    # a brand's lookalike_tokens: product words its own domains do not carry
    ("sharepoint-docs-share.top", "microsoft", "combo"),
    ("onedrive-files.com", "microsoft", "combo"),
    ("unext-payment.com", "unext", "combo"),
    # the brand's own name under a suffix that only imitates its real one
    ("nitori-net.co", "nitori", "tld"),
    ("nitori.co", "nitori", "tld"),  # its English name, under .co
    ("demae-can.co", "demaecan", "tld"),
    ("www.rakuten.co", "rakuten", "tld"),
    # ...or under a made-up Japanese hierarchy on a generic suffix
    ("nitori.jp.net", "nitori", "tld"),
    ("www.amazon.co.jp.net", "amazon", "tld"),
    ("mufg.jp.net", "mufg_bank", "tld"),
    # a brand's Japanese domain spelled out inside another domain, however short its name
    ("jcb-co-jp.com", "jcb", "spelled"),
    ("jcb.co.jp.net", "jcb", "spelled"),
    ("www-jcb-co-jp.example.com", "jcb", "spelled"),
    ("smbc.co.jp.net", "smbc", "tld"),
    ("amazon-co-jp.com", "amazon", "combo"),
]

GENUINE = [
    "www.amazon.co.jp",
    "jcb-card.com",  # a three-letter name beside an ordinary word: anyone's shop
    "nhk-update.co.jp",  # one per organisation: the company's own
    "ups-store-shibuya.com",
    "ing-bank.com",
    "www.catalogupdate.com",  # "log" inside a word, no hyphen
    "amazon.com",
    "s3.amazonaws.com",
    "m.media-amazon.com",
    "www.smbc-card.com",
    "amazon.de",  # the brand's name under an ordinary suffix: the brand itself
    "yahoo.com",
    "docs.yahoo.com",
    "www.citi.umich.edu",  # short name as a subdomain, by chance
    "www.openoffice.org",  # an everyday word that is also a brand's domain label
    "lindows.com",
    "www.watchingmicrosoftlikeahawk.com",  # a brand buried mid-word is prose
    "mobile.msn.com",  # subdomain words one edit from a brand (ymobile)
    "finance.lycos.com",  # (binance)
    "popup.jscentral.com",  # one edit from jrcentral (jr-central), but not its "jr"
    "www.tesco.ie",  # one edit from tepco, but five-letter names are too close to words
    "www.maison.fr",
    "chromium.googlesource.com",
    "192.0.2.1",
    "localhost",
    "uk.my.yahoo.comm",  # no real top-level domain
    "example.jp",
    "",
    # one co.jp / or.jp per registered organisation: a brand's group company or partner
    "www.rakuten-life.co.jp",
    "www.smbc-fs.co.jp",
    # where anyone's SharePoint / OneDrive files live: the product's own hosts
    "contoso.sharepoint.com",
    "contoso-my.sharepoint.com",
    "onedrive.com",
    # everyday words that are also brands' domain labels (booking.com, energia.co.jp)
    "hotel-booking-kyoto.com",
    "energia-solar.com",
    "disney-goods-shop.jp",
    "x-login-help.com",  # one-letter names are never look-alike tokens
    # the brand's own domains, and its name under an ordinary suffix
    "www.nitori-net.jp",
    "demae-can.com",
    "nitori-net.com",
    "apple.co",  # Apple's own short-link domain, listed: not a swap
    "jcb.co.jp",
    "myjcb.co.jp",  # one per organisation, no spelled-out domain after it
    "www.jp-net.com",  # hierarchy words alone name no brand
    "mail.co.jp.net",
]


def kinds(host: str) -> dict[str, str]:
    return {m.brand: m.kind for m in lookalikes(host, REGISTRY)}


@pytest.mark.parametrize(("host", "brand", "kind"), IMITATIONS)
def test_imitations_are_caught(host: str, brand: str, kind: str) -> None:
    assert kinds(host).get(brand) == kind


@pytest.mark.parametrize("host", GENUINE)
def test_genuine_hosts_are_not(host: str) -> None:
    assert kinds(host) == {}


def test_match_names_an_official_domain() -> None:
    (m,) = lookalikes("amazon-security.com", REGISTRY)
    assert m.official == "amazon.co.jp"


def test_swapped_suffix_names_the_domain_it_imitates() -> None:
    # nitori.co / nitori.jp.net imitate the shop's nitori-net.jp, not the holding's domain
    for host in ("nitori.co", "nitori-net.co", "nitori.jp.net"):
        (m,) = lookalikes(host, REGISTRY)
        assert m.official == "nitori-net.jp", host
    (m,) = lookalikes("www.amazon.co.jp.net", REGISTRY)
    assert m.official == "amazon.co.jp"


def test_owners() -> None:
    index = lookalike_index(REGISTRY)
    assert "amazon" in index.owners("www.amazon.co.jp")
    assert index.owners("amazon.co.jp.example.top") == ()
    assert index.owned_by("gc.email.amazon.co.jp", {"amazon"})


def test_small_registry_and_safe_words() -> None:
    brand = Brand(
        key="saison",
        name_ja="セゾン",
        name_en="Saison",
        aliases=("セゾン",),
        ascii_word_aliases=(),
        mail_domains=frozenset({"saisoncard.co.jp"}),
        web_domains=frozenset({"saison.co.jp"}),
        sms_senders=(),
        help_url="",
        report="",
        sources=(),
    )
    index = LookalikeIndex(BrandRegistry((brand,)))
    assert index.check("saisom.co.jp")[0].kind == "typo"
    assert index.check("saison-card-login.top")[0].kind == "combo"
    assert index.check("セゾン-ログイン.jp")[0].kind == "homoglyph"
    assert index.check("maison.jp") == ()  # listed as an everyday word
    assert index.check("www.saison.co.jp") == ()


def test_bounded_distance() -> None:
    assert _within_distance("amazon", "amazom", 1) == 1
    assert _within_distance("amazon", "amzaon", 1) == 1  # transposition
    assert _within_distance("amazon", "amaz", 1) is None
    assert _within_distance("rakuten", "rakutne", 1) == 1
    assert _within_distance("mercari", "merukari", 2) == 2
    assert _within_distance("mercari", "merukari", 1) is None


def test_skeleton_and_mixed_script() -> None:
    assert skeleton("аmazon") == "amazon"
    assert skeleton("ａｍａｚｏｎ") == "amazon"
    assert mixed_script("аmazon")
    assert not mixed_script("amazon")
    assert not mixed_script("アマゾン")


def test_our_suffix_list_loader_reads_what_publicsuffixlist_reads() -> None:
    # domains.icann_rules punycodes only the rules outside ASCII, without nameprep.
    from publicsuffixlist import PublicSuffixList

    from miwake.knowledge.domains import _psl

    theirs = PublicSuffixList(only_icann=True, accept_unknown=False)
    assert _psl()._publicsuffix == theirs._publicsuffix
    assert _psl()._maxlabel == theirs._maxlabel


GOVERNMENT_IMITATIONS = [
    ("lg-jp.net", "lg.jp"),
    ("city-xxx-lg-jp.com", "lg.jp"),
    ("go-jp.info", "go.jp"),
    ("mhlw-go-jp.com", "go.jp"),
    ("www.mhlw-gojp.com", "go.jp"),
    ("xxx.lg.jp.example.com", "lg.jp"),
    ("www.nta.go.jp.kanpu-center.top", "go.jp"),
]
GOVERNMENT_GENUINE = [
    "www.city.yokohama.lg.jp",
    "www.mhlw.go.jp",
    "www.nta.go.jp",
    "city.yokohama.jp",  # the older city.*.jp names are genuine too
    "www.pref.kanagawa.jp",
    "e-gov.go.jp",
    "letsgo-japan.com",  # "go" in a word, no jp part after it
    "pokemongo.jp",
    "gogo.jp",
    "www.google.co.jp",
]


@pytest.mark.parametrize(("host", "imitates"), GOVERNMENT_IMITATIONS)
def test_fake_government_hierarchy_is_caught(host: str, imitates: str) -> None:
    assert imitated_government(host) == imitates


@pytest.mark.parametrize("host", GOVERNMENT_GENUINE)
def test_real_government_and_ordinary_hosts_are_not(host: str) -> None:
    assert imitated_government(host) == ""


@pytest.mark.parametrize(
    ("host", "worn"),
    [
        ("tamashin.jp.token-renew.com", "tamashin.jp"),
        ("ib.tamashin.jp.token-renew.com", "tamashin.jp"),
        ("shop.co.jp.example.top", "shop.co.jp"),
        ("smbc-card.com.secure-login.top", "smbc-card.com"),
        ("furusato-onestop.jp.net", "furusato-onestop.jp"),  # a name sold under jp.net
    ],
)
def test_a_domain_worn_in_front_of_another_is_named(host: str, worn: str) -> None:
    assert embedded_domain(host) == worn


@pytest.mark.parametrize(
    "host",
    [
        "help.jp.mercari.com",  # a region label, not a domain
        "www.jp.example.com",
        "support.jp.example.com",
        "example.com.s3.amazonaws.com",  # a bucket named like a domain, not right before it
        "url2145.info.ncwu.edu",
        "www.example.com",
        "tamashin.jp",
    ],
)
def test_region_labels_and_plain_hosts_wear_no_domain(host: str) -> None:
    assert embedded_domain(host) == ""

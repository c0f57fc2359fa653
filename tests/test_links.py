"""LinksAnalyzer: every finding has a mail that must fire it and a look-alike that must not."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import mail
from miwake.analyzers.base import Context, Target
from miwake.analyzers.links import (
    LinksAnalyzer,
    text_host,
    unwrap_once,
)
from miwake.knowledge.brands import load_brands
from miwake.knowledge.catalogue import load_catalogue
from miwake.message import parse_message
from miwake.message.urls import find_text_links, labelled_fake
from miwake.model import BrandClaim, Finding

CTX = Context()
ANALYZER = LinksAnalyzer()


def claim(key: str | None) -> BrandClaim | None:
    if key is None:
        return None
    brand = load_brands().get(key)
    assert brand is not None
    return BrandClaim(brand.key, brand.name_ja, brand.name_en, 1.0)


def run(name: str, brand: str | None = "amazon") -> dict[str, Finding]:
    msg = parse_message(mail(f"links/{name}.eml"))
    return {f.id: f for f in ANALYZER.analyze(Target(msg, claim(brand), CTX))}


# (fixture, claimed brand, finding id, must fire?)
CASES = [
    ("shinkin-domain-worn-in-front-of-another", None, "links.domain_in_subdomain", True),
    ("region-subdomain-help-jp-link", None, "links.domain_in_subdomain", False),
    ("page-planted-in-wordpress-uploads", None, "links.hacked_site_path", True),
    ("flyer-pdf-in-wordpress-uploads", None, "links.hacked_site_path", False),
    ("text-shows-amazon-goes-to-lookalike", "amazon", "links.text_url_mismatch", True),
    ("text-shows-amazon-com-goes-to-amazon-co-jp", "amazon", "links.text_url_mismatch", False),
    ("text-shows-amazon-goes-to-lookalike", "amazon", "links.lookalike_domain", True),
    ("text-shows-amazon-com-goes-to-amazon-co-jp", "amazon", "links.lookalike_domain", False),
    ("button-says-amazon-goes-elsewhere", "amazon", "links.brand_text_elsewhere", True),
    ("button-says-amazon-goes-to-amazon", "amazon", "links.brand_text_elsewhere", False),
    ("amazon-mail-all-links-elsewhere", "amazon", "links.offbrand_targets", True),
    ("amazon-mail-links-to-amazon-and-social", "amazon", "links.offbrand_targets", False),
    # A mailing list's footer links are the list server's (List-Id / List-Archive ...), but
    # list headers naming the only link host excuse nothing.
    ("amazon-mail-via-list-with-list-footer", "amazon", "links.offbrand_targets", False),
    # A URL written in full-width letters is a link too.
    ("fullwidth-url-to-lure-host", "amazon", "links.lookalike_domain", True),
    ("fullwidth-url-to-amazon", "amazon", "links.offbrand_targets", False),
    ("list-headers-naming-the-lure-host", "amazon", "links.offbrand_targets", True),
    ("ip-address-link", "amazon", "links.ip_host", True),
    ("version-number-path-not-ip", None, "links.ip_host", False),
    ("userinfo-amazon-at-other-host", "amazon", "links.userinfo_trick", True),
    ("mailto-with-at-sign", None, "links.userinfo_trick", False),
    ("shortener-in-amazon-mail", "amazon", "links.shortener", True),
    ("amazon-own-short-link", "amazon", "links.shortener", False),
    ("google-redirect-and-translate-proxy", "amazon", "links.open_redirector", True),
    ("google-search-link-not-redirect", None, "links.open_redirector", False),
    ("cloud-storage-page-in-amazon-mail", "amazon", "links.free_hosting", True),
    ("jp-domain-link", None, "links.free_hosting", False),
    ("suspicious-tld-link", None, "links.suspicious_tld", True),
    ("jp-domain-link", None, "links.suspicious_tld", False),
    ("punycode-japanese-shop-name", None, "links.punycode_host", True),
    ("jp-domain-link", None, "links.punycode_host", False),
    ("javascript-link", "amazon", "links.script_url", True),
    ("inline-data-image-not-a-link", None, "links.script_url", False),
    ("form-with-password-in-mail", "amazon", "links.form_posts_elsewhere", True),
    ("search-form-without-brand", None, "links.form_posts_elsewhere", False),
    # mhlw-go-jp.com: the government's go.jp written into somebody else's domain; the
    # ministries' and cities' own go.jp / lg.jp / city.*.jp links are not
    ("benefit-link-to-fake-go-jp", None, "links.fake_government_domain", True),
    ("notice-links-to-go-jp-and-lg-jp", None, "links.fake_government_domain", False),
]


@pytest.mark.parametrize(("name", "brand", "fid", "fires"), CASES)
def test_fires_or_not(name: str, brand: str | None, fid: str, fires: bool) -> None:
    found = run(name, brand)
    assert (fid in found) is fires, sorted(found)


def test_every_declared_id_has_a_case_and_a_catalogue_entry() -> None:
    catalogue = load_catalogue()
    covered = {fid for _, _, fid, fires in CASES if fires}
    assert covered == ANALYZER.info.emits
    for fid in ANALYZER.info.emits:
        assert catalogue[fid].group == "links"


def test_genuine_amazon_mails_fire_nothing_strong() -> None:
    for name in (
        "text-shows-amazon-com-goes-to-amazon-co-jp",
        "button-says-amazon-goes-to-amazon",
        "amazon-mail-links-to-amazon-and-social",
        "amazon-own-short-link",
    ):
        assert run(name) == {}, name


def test_mismatch_evidence_shows_text_and_real_target() -> None:
    f = run("text-shows-amazon-goes-to-lookalike")["links.text_url_mismatch"]
    assert f.confidence == 1.0
    ev = f.evidence[0]
    assert ev.shown == "https://www.amazon.co.jp/"
    assert ev.actual.startswith("https://amazon-co-jp.account-verify.top/")
    assert ev.where


def test_tracking_link_mismatch_counts_little() -> None:
    f = run("newsletter-tracking-link-text-differs", None)["links.text_url_mismatch"]
    assert f.confidence <= 0.3


def test_lookalike_names_the_imitated_domain() -> None:
    f = run("text-shows-amazon-goes-to-lookalike")["links.lookalike_domain"]
    assert f.params["kind"] == "subdomain"  # amazon-co-jp. left of account-verify.top
    assert "amazon" in f.params["imitates"]


def test_redirect_targets_are_unwrapped_and_checked() -> None:
    found = run("google-redirect-and-translate-proxy")
    actual = [ev.actual for ev in found["links.open_redirector"].evidence]
    assert "https://amazon-verify.example-login.top/jp" in actual
    # the unwrapped targets are look-alikes on a risky top-level domain
    assert "links.lookalike_domain" in found
    assert "links.suspicious_tld" in found


def test_mixed_script_punycode_is_a_lookalike() -> None:
    found = run("punycode-cyrillic-amazon")
    assert found["links.lookalike_domain"].params["kind"] == "homoglyph"


def test_one_unknown_link_among_brand_links() -> None:
    f = run("amazon-mail-one-unknown-link-among-amazon-links")["links.offbrand_targets"]
    assert f.confidence == 0.5
    assert [ev.actual for ev in f.evidence] == ["https://bnm.example-asfiho.com/verify"]


def test_weak_brand_claim_weighs_little() -> None:
    msg = parse_message(mail("links/amazon-mail-all-links-elsewhere.eml"))
    weak = BrandClaim("amazon", "Amazon", "Amazon", 0.5)
    found = {f.id: f for f in ANALYZER.analyze(Target(msg, weak, CTX))}
    assert found["links.offbrand_targets"].confidence == pytest.approx(0.2)
    none = BrandClaim("amazon", "Amazon", "Amazon", 0.3)
    assert ANALYZER.analyze(Target(msg, none, CTX)) == []


def test_images_are_not_clicked_links() -> None:
    # the Amazon logo image in a fake mail does not make the mail "link to Amazon"
    f = run("amazon-mail-all-links-elsewhere")["links.offbrand_targets"]
    assert f.confidence == 1.0
    assert all("verify-center" in ev.actual for ev in f.evidence)


def test_unwrap_once() -> None:
    assert unwrap_once("https://www.google.com/url?q=https://evil.example/x", "www.google.com") == (
        "https://evil.example/x"
    )
    assert unwrap_once(
        "https://www-amazon-co-jp.translate.goog/ap?x=1", "www-amazon-co-jp.translate.goog"
    ) == ("https://www.amazon.co.jp/ap")
    assert unwrap_once(
        "https://a--b-example-com.translate.goog/", "a--b-example-com.translate.goog"
    ) == ("https://a-b.example.com/")
    assert unwrap_once("https://www.example.jp/page?id=3", "www.example.jp") is None


def test_text_host() -> None:
    assert text_host("https://www.amazon.co.jp/") == "www.amazon.co.jp"
    assert text_host("Amazon.co.jp") == "amazon.co.jp"
    assert text_host("ａｍａｚｏｎ．ｃｏ．ｊｐ") == "amazon.co.jp"
    assert text_host("こちらをクリック") is None
    assert text_host("version 1.2") is None
    assert text_host("file.txt") is None


def test_evidence_is_capped() -> None:
    from miwake.message.types import Link
    from miwake.message.urls import make_link

    base = parse_message(mail("links/jp-domain-link.eml"))
    links: tuple[Link, ...] = tuple(
        make_link(f"http://192.0.2.{i}/", "x", "html-a", f"link {i}") for i in range(40)
    )
    msg = type(base)(**{**{s: getattr(base, s) for s in base.__slots__}, "links": links})
    f = {x.id: x for x in ANALYZER.analyze(Target(msg, None, CTX))}["links.ip_host"]
    assert len(f.evidence) == 5
    assert f.params["count"] == "40"


def test_no_links_no_findings_and_never_raises() -> None:
    msg = parse_message(b"From: a@example.jp\r\nSubject: x\r\n\r\nhello\r\n")
    assert ANALYZER.analyze(Target(msg, claim("amazon"), CTX)) == []
    weird = parse_message(
        b"From: a@example.jp\r\nContent-Type: text/html\r\n\r\n"
        b'<a href="http://[::1">x</a><a href="http://%zz/">y</a><a href="https://">z</a>'
        b'<a href="http://a@@b@/">w</a><a href="//x.translate.goog/?u=http%3a">v</a>'
    )
    ANALYZER.analyze(Target(weird, claim("amazon"), CTX))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_url_helpers_never_raise(text: str) -> None:
    from miwake.knowledge.lookalike import lookalikes
    from miwake.message.urls import make_link

    link = make_link(text, text, "html-a", "x")
    unwrap_once(text, link.host)
    text_host(text)
    lookalikes(link.host, load_brands())
    msg = parse_message(b"From: a@example.jp\r\n\r\n")
    fake = type(msg)(**{**{s: getattr(msg, s) for s in msg.__slots__}, "links": (link,)})
    ANALYZER.analyze(Target(fake, claim("amazon"), CTX))


def test_brand_newsletter_through_click_tracker_counts_little() -> None:
    # From the brand's own domain, every off-brand link a known tracker (click.mpse.jp):
    # authentication decides forgery, the links alone stay weak.
    own = run("amazon-newsletter-through-ja-click-tracker")["links.offbrand_targets"].confidence
    assert own <= 0.35
    # the same links in a mail from another domain count in full
    other = run("lookalike-sender-through-ja-click-tracker")["links.offbrand_targets"]
    assert other.confidence == 1.0


def test_fullwidth_url_evidence_shows_what_the_reader_saw() -> None:
    found = run("fullwidth-url-to-lure-host")["links.lookalike_domain"].evidence[0]
    assert found.actual == "https://amazon-pay-update.top/login"
    assert found.shown == "ｈｔｔｐｓ：／／ａｍａｚｏｎ－ｐａｙ－ｕｐｄａｔｅ．ｔｏｐ／ｌｏｇｉｎ"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ｈｔｐｓｗ：／．ａｃｏｍhtps:/.（）　あ ", max_size=80))
def test_fullwidth_text_links_fold_to_their_url(text: str) -> None:
    for url, shown in find_text_links(text):
        assert url
        if shown:  # the shown text is the original of exactly this URL, folded
            assert unicodedata.normalize("NFKC", shown) == url


def test_a_warning_quoting_the_fake_url_is_not_a_link_to_it() -> None:
    # The brand's own warning, without Authentication-Results: the fake URLs it quotes are
    # labelled as fake right next to them, so they are no link targets; its official link is.
    msg = parse_message(mail("links/brand-warning-quotes-fake-url-no-auth-results.eml"))
    assert [lk.host for lk in msg.links] == ["www.smbc-card.com"]
    assert msg.warned_urls == (
        "https://vpass-ne-jp.kakunin-r7.com/login",
        "https://smbc-card.secure-check.top/vpass",
    )
    assert not run("brand-warning-quotes-fake-url-no-auth-results", "smbc_card")


def test_a_lure_that_says_suspicious_or_fake_near_its_link_keeps_the_link() -> None:
    # 「不審なログインを検知しました：URL」, 「偽サイトにご注意。正規サイト：URL」 and
    # 「URL は偽サイトではありません」 are lures speaking, not labels of a quoted fake.
    msg = parse_message(mail("links/lure-names-suspicious-login-before-its-link.eml"))
    assert msg.warned_urls == ()
    assert len(msg.links) == 3
    found = run("lure-names-suspicious-login-before-its-link", "smbc_card")
    assert "links.lookalike_domain" in found


@pytest.mark.parametrize(
    ("text", "fake"),
    [
        ("偽サイト：https://a.example/", True),
        ("フィッシングサイトのURL：「https://a.example/」", True),
        ("不審なURLの例: https://a.example/", True),
        ("本文中のURL：https://a.example/（偽サイト）", True),
        ("https://a.example/ ← 偽サイト", True),
        ("https://a.example/ は詐欺サイトです", True),
        ("誘導先：https://a.example/（※偽サイト）", True),
        ("誘導先：https://a.example/", True),
        ("https://a.example/ は偽サイトではありません", False),
        ("不審なログインを検知しました：https://a.example/", False),
        ("偽サイトにご注意ください。正規サイト：https://a.example/", False),
        ("偽サイトの\nhttps://a.example/", False),
        ("こちら：https://a.example/ （24時間以内）", False),
    ],
)
def test_labelled_fake(text: str, fake: bool) -> None:
    start = text.index("https://")
    end = text.index("/", start + 8) + 1
    assert labelled_fake(text, start, end) is fake

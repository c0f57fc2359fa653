"""Phishing URL feeds: loading (JPCERT/CC CSV, plain lists), matching, and the analyzer."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import TESTS, mail
from miwake.analyzers.base import Context, Target
from miwake.analyzers.known_phish import KnownPhishAnalyzer
from miwake.knowledge.catalogue import load_catalogue
from miwake.knowledge.feeds import PhishFeed, load_feeds, normalise_url
from miwake.message import parse_message
from miwake.model import Finding

DATA = TESTS / "data"
FEED = load_feeds([DATA / "tiny-feed.csv", DATA / "tiny-feed.txt"])
CTX = Context(feed=FEED)
ANALYZER = KnownPhishAnalyzer()


def run(name: str, ctx: Context = CTX) -> dict[str, Finding]:
    msg = parse_message(mail(f"known/{name}.eml"))
    return {f.id: f for f in ANALYZER.analyze(Target(msg, None, ctx))}


def test_listed_url_is_decisive() -> None:
    found = run("link-to-listed-phishing-url")
    f = found["known.url_listed"]
    assert f.params["label"] == "Amazon"
    assert f.evidence[0].actual.startswith("https://amazon-co-jp.example-phish.top/signin/")
    assert "known.host_listed" not in found  # the URL hit says it all


def test_listed_host_other_page() -> None:
    found = run("link-to-listed-phishing-host")
    assert set(found) == {"known.host_listed"}
    assert found["known.host_listed"].params["label"] == "JCBカード"


def test_other_page_on_shared_host_does_not_match() -> None:
    # the feed lists storage.googleapis.com/evil-bucket/...: not the whole service
    assert run("link-to-other-page-on-shared-host") == {}


def test_brand_host_with_a_listed_path_elsewhere_does_not_match() -> None:
    # the feed lists an abused redirect on www.amazon.co.jp, not Amazon itself
    assert run("link-to-brand-host-with-listed-path") == {}


def test_no_feed_no_findings() -> None:
    assert run("link-to-listed-phishing-url", Context()) == {}


def test_catalogue() -> None:
    catalogue = load_catalogue()
    for fid in ANALYZER.info.emits:
        assert catalogue[fid].group == "known"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://amazon-co-jp.example-phish.top/signin/",
            ("amazon-co-jp.example-phish.top/signin", "Amazon"),
        ),
        (
            "HTTP://Amazon-Co-JP.Example-Phish.top/signin/step2?id=1#frag",
            ("amazon-co-jp.example-phish.top/signin", "Amazon"),
        ),
        (
            "https://quoted.example-phish.xyz/a,b/index.php?x=1",
            ("quoted.example-phish.xyz/a,b/index.php?x=1", "Apple ID"),
        ),
        ("https://plain-list.example-phish.top/login", ("plain-list.example-phish.top/login", "")),
        ("http://misspelt-scheme.example-phish.top/a", ("misspelt-scheme.example-phish.top/a", "")),
        ("https://www.card-check.example-phish.cn/", ("card-check.example-phish.cn", "JCBカード")),
        ("https://sub.card-check.example-phish.cn/x", ("card-check.example-phish.cn", "JCBカード")),
        (
            "https://storage.googleapis.com/evil-bucket/index.html",
            ("storage.googleapis.com/evil-bucket/index.html", "Microsoft"),
        ),
        ("https://storage.googleapis.com/other-bucket/index.html", None),
        (
            "https://quoted.example-phish.xyz/a,b/index.php?x=2",
            ("quoted.example-phish.xyz", "Apple ID"),
        ),
        # a subdomain of free hosting is one tenant's whole site; the service is not listed
        ("https://evil-tenant.workers.dev/other", ("evil-tenant.workers.dev", "Amazon")),
        ("https://someone-else.workers.dev/login", None),
        ("https://workers.dev/", None),
        ("https://example.jp/", None),
        ("mailto:someone@example.jp", None),
        ("", None),
    ],
)
def test_match(url: str, expected: tuple[str, str] | None) -> None:
    assert FEED.match(url, "") == expected


def test_normalise_url() -> None:
    key = normalise_url("HTTPS://user@WWW.Evil.top:8443\\login\\?a=1#x")
    assert key is not None
    assert (key.host, key.path, key.query) == ("evil.top", "/login", "a=1")
    assert normalise_url("   ") is None


def test_load_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no such file"):
        load_feeds([tmp_path / "missing.csv"])
    with pytest.raises(ValueError, match="'url' column"):
        load_feeds([DATA / "feed-without-url-column.csv"])
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no URLs"):
        load_feeds([empty])
    broken = tmp_path / "broken.csv.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(ValueError, match="gzip"):
        load_feeds([broken])
    with pytest.raises(ValueError, match="directory"):
        load_feeds([tmp_path])


def test_gzip_and_headerless_csv(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv.gz"
    path.write_bytes(gzip.compress(b"2025/01/01 00:00:00,https://x.example-phish.top/a,Netflix\n"))
    feed = load_feeds([path])
    assert feed.match("https://x.example-phish.top/a/b", "") == ("x.example-phish.top/a", "Netflix")


def test_empty_feed_object_matches_nothing() -> None:
    assert PhishFeed().match("https://example.jp/", "example.jp") is None


def test_full_jpcert_list(corpus: Path) -> None:
    path = corpus / "urls" / "jpcert_phishurl.csv.gz"
    if not path.is_file():
        pytest.skip("jpcert_phishurl.csv.gz is not in the corpus")
    started = time.perf_counter()
    feed = load_feeds([path])
    assert time.perf_counter() - started < 20
    assert len(feed.urls) > 50_000 and len(feed.hosts) > 100_000
    # big shared services are never listed as whole hosts
    for host in ("storage.googleapis.com", "cutt.ly", "docs.google.com", "www.linkedin.com"):
        assert feed.match(f"https://{host}/", host) is None, host
    assert feed.match("https://www.amazon.co.jp/", "www.amazon.co.jp") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_match_never_raises(text: str) -> None:
    FEED.match(text, "")
    normalise_url(text)

"""The text model (analyzers/text_model.py, data/text_model.json): fires on scam wording in
English and German, stays silent on genuine English mail and on Japanese text (out of its
scope), ships a documented, small, non-negative weight file, and tokenises only running text."""

from __future__ import annotations

import json
import time
import tomllib

from conftest import mail
from miwake.analyzers import REGISTRY
from miwake.analyzers.base import Context, Target
from miwake.analyzers.text_model import (
    FINDING,
    MODEL_FILE,
    TextModelAnalyzer,
    confidence_of,
    is_cjk_text,
    load_model,
    words_of,
)
from miwake.analyzers.wording_common import WHERE_BODY, WHERE_SUBJECT
from miwake.knowledge.catalogue import load_catalogue
from miwake.knowledge.lists import data_text
from miwake.message import parse_message
from miwake.model import Finding

CTX = Context()
MODEL = TextModelAnalyzer()


def _findings(relpath: str) -> list[Finding]:
    return MODEL.analyze(Target(parse_message(mail(relpath)), None, CTX))


def test_casino_bonus_scam_fires_with_its_words_as_evidence() -> None:
    found = _findings("text_model/casino_bonus_scam_en.eml")
    assert [f.id for f in found] == [FINDING]
    finding = found[0]
    assert finding.confidence >= 0.8
    shown = [e.shown for e in finding.evidence]
    assert 1 <= len(shown) <= 5
    assert "casino" in shown
    assert finding.params["words"] == ", ".join(shown)
    where = {e.shown: e.where for e in finding.evidence}
    assert where["casino"] == WHERE_SUBJECT
    assert set(where.values()) <= {WHERE_SUBJECT, WHERE_BODY}


def test_german_casino_scam_fires_through_english_aliases() -> None:
    found = _findings("text_model/casino_bonus_scam_de.eml")
    assert [f.id for f in found] == [FINDING]
    assert "glückwunsch" in [e.shown for e in found[0].evidence]


def test_genuine_english_mail_does_not_fire() -> None:
    assert _findings("text_model/genuine_newsletter_en.eml") == []
    assert _findings("text_model/genuine_order_confirmation_en.eml") == []


def test_japanese_genuine_notice_is_out_of_scope() -> None:
    assert _findings("text_model/genuine_notice_ja.eml") == []
    assert is_cjk_text("年末年始の開館日についてお知らせいたします。 Library news")
    assert not is_cjk_text("Congratulations, you won 東京 tickets")


def test_weight_file_has_the_documented_header() -> None:
    raw = json.loads(data_text(MODEL_FILE))
    header = raw["header"]
    for key in (
        "source",
        "date",
        "training_split",
        "feature_rules",
        "vocabulary_size",
        "intercept",
        "trainer",
    ):
        assert key in header, key
    assert header["training_split"] == "dev"
    assert header["vocabulary_size"] == len(raw["weights"]) <= 5000
    model = load_model()
    assert model.intercept == header["intercept"]
    # Only evidence of phishing: no word can vouch for a mail.
    assert all(w > 0 for w in model.weights.values())
    assert set(raw["aliases"].values()) <= set(model.weights)


def test_no_era_or_origin_artefacts_in_the_vocabulary() -> None:
    artefacts = {
        "kernel",
        "patch",
        "linux",
        "sourceforge",
        "spamassassin",
        "wrote",
        "list",
        "unsubscribe",
        "html",
        "nbsp",
        "paypal",
        "ebay",
        "que",
        "und",
        "the",
        "your",
    }
    assert not artefacts & set(load_model().weights)
    assert all(w.isalpha() and w == w.lower() for w in load_model().known)


def test_words_of_reads_only_running_text() -> None:
    text = (
        "Verify now: https://x.example/casino?x=bonus casino.example.com "
        "wallet@mail.example bitcoin2024 Expired."
    )
    assert words_of(text) == {"verify", "now", "expired"}
    assert words_of("the casino, the casino.", frozenset({"casino"})) == {"casino"}


def test_confidence_only_for_clearly_phishing_like_text() -> None:
    assert confidence_of(0.5) == 0.0
    assert confidence_of(0.7) == 0.0
    assert confidence_of(0.85) == 0.5
    assert confidence_of(1.0) == 1.0


def test_catalogue_scoring_and_registry() -> None:
    entry = load_catalogue()[FINDING]
    assert entry.group == "model"
    scoring = tomllib.loads(data_text("scoring.toml"))
    assert "model" in scoring["caps"]
    # The wording model alone may make a mail suspicious, never phishing.
    assert "model" not in scoring["evidence"]["phishing_needs"]
    assert ("miwake.analyzers.text_model", "TextModelAnalyzer") in REGISTRY


def test_fast_enough() -> None:
    target = Target(parse_message(mail("text_model/genuine_newsletter_en.eml")), None, CTX)
    MODEL.analyze(target)
    start = time.perf_counter()
    for _ in range(200):
        MODEL.analyze(target)
    assert (time.perf_counter() - start) / 200 < 0.002

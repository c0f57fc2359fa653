"""Wording on the corpus dev split: genuine mail rarely trips a wording finding and never
collects enough wording points to look suspicious on wording alone; phishing often does.

Label leaks (X-Spam-*, [SPAM] tags, phishing@pot) and mailing-list footers are removed
first, so that the phrases cannot learn the labeller.
"""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest

from miwake.analyzers.addressee import AddresseeAnalyzer
from miwake.analyzers.base import Context, Target
from miwake.analyzers.wording_en import EnglishWordingAnalyzer
from miwake.analyzers.wording_ja import JapaneseWordingAnalyzer
from miwake.evaluate import read_labels, strip_label_leaks
from miwake.knowledge.catalogue import load_catalogue
from miwake.message import parse_message
from miwake.message.types import ParsedMessage

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

_LIST_FOOTER = re.compile(r"_{20,}\s+\S+ mailing list\s.*", re.S)
_SAMPLE = 600  # per label: enough to see a rate, small enough to stay fast


def _clean(message: ParsedMessage) -> ParsedMessage:
    parts = tuple(dataclasses.replace(p, text=_LIST_FOOTER.sub(" ", p.text)) for p in message.parts)
    return dataclasses.replace(message, parts=parts)


def _wording_points(corpus: Path, label: str, sources: set[str]) -> list[float]:
    samples = [s for s in read_labels(corpus, ["dev"]) if s.label == label and s.source in sources]
    random.Random(7).shuffle(samples)
    analyzers = (JapaneseWordingAnalyzer(), EnglishWordingAnalyzer(), AddresseeAnalyzer())
    catalogue = load_catalogue()
    context = Context()
    points = []
    for sample in samples[:_SAMPLE]:
        message = _clean(parse_message(strip_label_leaks(sample.path.read_bytes())))
        target = Target(message, None, context)
        findings = [f for a in analyzers for f in a.analyze(target)]
        points.append(sum(catalogue[f.id].weight * f.confidence for f in findings))
    return points


def test_ham_rarely_trips_wording(corpus: Path) -> None:
    points = _wording_points(corpus, "ham", {"spamassassin", "mlarchive"})
    assert sum(p > 0 for p in points) / len(points) < 0.03
    assert max(points) < 30


def test_phishing_often_trips_wording(corpus: Path) -> None:
    points = _wording_points(corpus, "phish", {"mlarchive", "nazario"})
    assert sum(p > 0 for p in points) / len(points) > 0.85
    assert sum(p >= 15 for p in points) / len(points) > 0.5

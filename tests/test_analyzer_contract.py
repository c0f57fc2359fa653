"""The one contract every analyzer keeps (analyzers/base.py), checked on every fixture mail:
only declared ids, confidences in 0..1, evidence as plain strings, the same answer twice,
and no exception on any of them (the malformed set included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MAILS, TESTS
from miwake.analyzers import default_analyzers
from miwake.analyzers.base import Analyzer, Context, Target
from miwake.analyzers.brand import identify_brand
from miwake.knowledge.feeds import load_feeds
from miwake.message import parse_message
from miwake.model import Finding

FIXTURES = sorted(MAILS.rglob("*.eml"))
CTX = Context(feed=load_feeds([str(TESTS / "data" / "tiny-feed.csv")]))


def _targets() -> list[Target]:
    targets = []
    for path in FIXTURES:
        msg = parse_message(path.read_bytes(), CTX.settings.limits)
        targets.append(Target(msg, identify_brand(msg, CTX.brands), CTX))
    return targets


TARGETS = _targets()


def _check(finding: Finding, analyzer: Analyzer, where: Path) -> None:
    assert finding.id in analyzer.info.emits, f"{analyzer.info.name}: {finding.id} on {where}"
    assert 0.0 <= finding.confidence <= 1.0, (finding, where)
    for ev in finding.evidence:
        assert all(isinstance(v, str) for v in (ev.kind, ev.shown, ev.actual, ev.where))
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in finding.params.items())


def test_there_are_many_fixtures() -> None:
    assert len(FIXTURES) > 150


@pytest.mark.parametrize("analyzer", default_analyzers(), ids=lambda a: a.info.name)
def test_analyzer_keeps_the_contract_on_every_fixture(analyzer: Analyzer) -> None:
    assert analyzer.info.name and analyzer.info.emits
    fired = 0
    for path, target in zip(FIXTURES, TARGETS, strict=True):
        first = list(analyzer.analyze(target))
        second = list(analyzer.analyze(target))
        assert first == second, f"{analyzer.info.name} is not deterministic on {path}"
        for finding in first:
            _check(finding, analyzer, path)
        fired += bool(first)
    assert fired, f"{analyzer.info.name} fired on no fixture at all"

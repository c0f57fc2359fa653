"""Scoring arithmetic: caps per group, trust floor, thresholds."""

from __future__ import annotations

from miwake.knowledge.catalogue import Entry
from miwake.model import Finding, Verdict
from miwake.scoring import Combo, ScoringConfig, score_findings

CONFIG = ScoringConfig(phishing=60, suspicious=30, caps={"a": 40, "b": 100}, trust_floor=-50)


def _entry(fid: str, group: str, weight: float) -> Entry:
    severity = "trust" if weight < 0 else "high"
    return Entry(fid, group, weight, severity, {"ja": "x", "en": "x"}, "test")


CATALOGUE = {
    "a.weak": _entry("a.weak", "a", 15),
    "a.other": _entry("a.other", "a", 25),
    "b.strong": _entry("b.strong", "b", 50),
    "t.pass": _entry("t.pass", "t", -40),
    "t.pass2": _entry("t.pass2", "t", -40),
}


def score(*ids: str, confidence: float = 1.0):  # type: ignore[no-untyped-def]
    return score_findings(
        [Finding(i, confidence=confidence) for i in ids], catalogue=CATALOGUE, config=CONFIG
    )


def test_group_cap_limits_many_weak_findings() -> None:
    result = score("a.weak", "a.weak", "a.other", "a.other")  # 80 raw points, cap 40
    assert result.score == 40
    assert result.verdict is Verdict.SUSPICIOUS
    assert abs(sum(sf.points for sf in result.findings) - 40) < 0.01


def test_groups_add_up_to_phishing() -> None:
    result = score("a.other", "b.strong")
    assert result.score == 75
    assert result.verdict is Verdict.PHISHING
    assert result.findings[0].finding.id == "b.strong"  # heaviest first


def test_trust_offsets_evidence_but_is_floored() -> None:
    result = score("b.strong", "a.other", "t.pass", "t.pass2")  # 75 - min(80, 50)
    assert result.score == 25
    assert result.verdict is Verdict.LEGITIMATE


def test_confidence_scales_and_score_is_clamped() -> None:
    assert score("b.strong", confidence=0.5).score == 25
    assert score("t.pass").score == 0
    assert score("b.strong", "b.strong", "b.strong").score == 100


def test_no_findings_is_legitimate() -> None:
    result = score()
    assert (result.score, result.verdict) == (0, Verdict.LEGITIMATE)


COMBO_CONFIG = ScoringConfig(
    phishing=60,
    suspicious=30,
    caps={"a": 100, "b": 100, "w": 100, "combo": 40},
    trust_floor=-50,
    phishing_needs=frozenset({"b", "combo"}),
    min_evidence_points=10,
    combos=(Combo("c.both", (frozenset({"a.weak", "a.other"}), frozenset({"b.strong"}))),),
)
COMBO_CATALOGUE = {
    **CATALOGUE,
    "w.lure": _entry("w.lure", "w", 90),
    "c.both": _entry("c.both", "combo", 20),
}


def test_combo_fires_only_when_every_set_is_present() -> None:
    both = score_findings(
        [Finding("a.weak", confidence=0.5), Finding("b.strong", confidence=0.8)],
        catalogue=COMBO_CATALOGUE,
        config=COMBO_CONFIG,
    )
    combo = [sf for sf in both.findings if sf.id == "c.both"]
    assert len(combo) == 1 and combo[0].finding.confidence == 0.5  # the weakest set's best
    one = score_findings([Finding("a.weak")], catalogue=COMBO_CATALOGUE, config=COMBO_CONFIG)
    assert "c.both" not in [sf.id for sf in one.findings]


def test_combo_does_not_fire_when_a_none_of_id_was_found() -> None:
    config = ScoringConfig(
        phishing=60,
        suspicious=30,
        caps=COMBO_CONFIG.caps,
        trust_floor=-50,
        combos=(Combo("c.both", (frozenset({"a.weak"}),), none_of=frozenset({"b.strong"})),),
    )
    alone = score_findings([Finding("a.weak")], catalogue=COMBO_CATALOGUE, config=config)
    assert "c.both" in [sf.id for sf in alone.findings]
    vouched = score_findings(
        [Finding("a.weak"), Finding("b.strong", confidence=0.2)],
        catalogue=COMBO_CATALOGUE,
        config=config,
    )
    assert "c.both" not in [sf.id for sf in vouched.findings]


def test_wording_alone_stops_below_phishing() -> None:
    only_words = score_findings([Finding("w.lure")], catalogue=COMBO_CATALOGUE, config=COMBO_CONFIG)
    assert only_words.score == 59 and only_words.verdict is Verdict.SUSPICIOUS
    with_link = score_findings(
        [Finding("w.lure"), Finding("b.strong", confidence=0.3)],
        catalogue=COMBO_CATALOGUE,
        config=COMBO_CONFIG,
    )
    assert with_link.verdict is Verdict.PHISHING


def test_an_authenticated_sender_without_deception_stops_at_suspicious() -> None:
    # [authenticated_sender]: the From domain passed for itself (t.own_pass) and nothing
    # deceives: at most suspicious; one deceiving finding (an id or an id prefix) lifts it
    config = ScoringConfig(
        phishing=60,
        suspicious=30,
        caps={"a": 40, "b": 100},
        trust_floor=-50,
        authenticated_when=frozenset({"t.own_pass"}),
        authenticated_unless=frozenset({"a.other", "x."}),
    )
    catalogue = {
        **CATALOGUE,
        "t.own_pass": _entry("t.own_pass", "t", 0),
        "x.trick": _entry("x.trick", "b", 5),
    }

    def judged(*ids: str) -> Verdict:
        found = [Finding(i) for i in ids]
        return score_findings(found, catalogue=catalogue, config=config).verdict

    assert judged("b.strong", "a.weak") is Verdict.PHISHING  # no pass: unchanged
    assert judged("b.strong", "a.weak", "t.own_pass") is Verdict.SUSPICIOUS
    assert judged("b.strong", "a.other", "t.own_pass") is Verdict.PHISHING
    assert judged("b.strong", "a.weak", "x.trick", "t.own_pass") is Verdict.PHISHING


def test_a_stop_finding_keeps_the_verdict_at_suspicious() -> None:
    # [stop_at_suspicious]: a friend asking "is this real?" above a quoted lure: the lure's
    # points still show, the verdict stops below phishing
    config = ScoringConfig(
        phishing=60,
        suspicious=30,
        caps={"a": 40, "b": 100},
        trust_floor=-50,
        stop_when=frozenset({"t.asks"}),
    )
    catalogue = {**CATALOGUE, "t.asks": _entry("t.asks", "t", 0)}
    found = [Finding("b.strong"), Finding("a.weak")]
    assert score_findings(found, catalogue=catalogue, config=config).verdict is Verdict.PHISHING
    stopped = score_findings([*found, Finding("t.asks")], catalogue=catalogue, config=config)
    assert stopped.verdict is Verdict.SUSPICIOUS and stopped.score == 59

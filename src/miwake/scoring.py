"""Findings -> score and verdict. The only place that does arithmetic on findings.

Each finding contributes `weight x confidence` points (weight from the catalogue). Positive
points are summed per group and capped (`data/scoring.toml` [caps]) so that many weak
findings of one kind cannot outvote everything else; negative points (evidence that the
mail is genuine) are summed and floored at `trust_floor`. The score is the total clamped
to 0..100, and the thresholds map it to a verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from miwake import startcache
from miwake.knowledge.catalogue import Entry, load_catalogue
from miwake.knowledge.lists import data_text
from miwake.model import Finding, ScoredFinding, Verdict


@dataclass(frozen=True, slots=True)
class Combo:
    """A finding derived from others: fires when each set has at least one of its ids and
    none of the `none_of` ids was found (evidence that takes the combination's meaning away)."""

    id: str
    all_of: tuple[frozenset[str], ...]
    min_confidence: float = 0.0
    none_of: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ScoringConfig:
    phishing: float
    suspicious: float
    caps: dict[str, float]
    trust_floor: float
    phishing_needs: frozenset[str] = frozenset()
    min_evidence_points: float = 0.0
    combos: tuple[Combo, ...] = ()
    # [authenticated_sender]: with one of `when` and none of `unless` (ids, or id prefixes
    # ending in "."), the verdict stops at "suspicious".
    authenticated_when: frozenset[str] = frozenset()
    authenticated_unless: frozenset[str] = frozenset()
    # [stop_at_suspicious]: any of these ids stops the verdict at "suspicious".
    stop_when: frozenset[str] = frozenset()


@cache
def load_scoring() -> ScoringConfig:
    data = startcache.toml(data_text("scoring.toml"))
    caps = data["caps"]
    evidence = data.get("evidence", {})
    authenticated = data.get("authenticated_sender", {})
    return ScoringConfig(
        phishing=float(data["thresholds"]["phishing"]),
        suspicious=float(data["thresholds"]["suspicious"]),
        caps={str(k): float(v) for k, v in caps.items() if k != "trust_floor"},
        trust_floor=float(caps.get("trust_floor", -100)),
        phishing_needs=frozenset(str(g) for g in evidence.get("phishing_needs", [])),
        min_evidence_points=float(evidence.get("min_points", 0)),
        combos=tuple(
            Combo(
                str(c["id"]),
                tuple(frozenset(map(str, ids)) for ids in c["all_of"]),
                float(c.get("min_confidence", 0.0)),
                frozenset(map(str, c.get("none_of", []))),
            )
            for c in data.get("combo", [])
        ),
        authenticated_when=frozenset(map(str, authenticated.get("when", []))),
        authenticated_unless=frozenset(map(str, authenticated.get("unless", []))),
        stop_when=frozenset(map(str, data.get("stop_at_suspicious", {}).get("when", []))),
    )


def combo_ids() -> frozenset[str]:
    """Ids that scoring itself may add (they live in the catalogue like any other)."""
    return frozenset(c.id for c in load_scoring().combos)


def _combos(findings: Sequence[Finding], combos: Sequence[Combo]) -> list[Finding]:
    best: dict[str, float] = {}
    for f in findings:
        best[f.id] = max(best.get(f.id, 0.0), f.confidence)
    derived = []
    disjoint = best.keys().isdisjoint
    for combo in combos:
        # A part none of whose ids was found has strength 0: the combo cannot fire. (Most
        # mails match no combo; this skips the per-id reading below, ~70% of scoring.)
        if any(map(disjoint, combo.all_of)) or not disjoint(combo.none_of):
            continue
        strengths = [max((best[i] for i in ids if i in best), default=0.0) for ids in combo.all_of]
        if strengths and min(strengths) > 0 and min(strengths) >= combo.min_confidence:
            # The parts are named in params, not as evidence: the reader already sees each
            # part with its own evidence, and the sentence says what the combination means.
            parts = sorted(i for ids in combo.all_of for i in ids if i in best)
            derived.append(
                Finding(combo.id, confidence=min(strengths), params={"parts": ", ".join(parts)})
            )
    return derived


@dataclass(frozen=True, slots=True)
class Scored:
    score: int
    verdict: Verdict
    findings: tuple[ScoredFinding, ...]


def score_findings(
    findings: Sequence[Finding],
    *,
    catalogue: dict[str, Entry] | None = None,
    config: ScoringConfig | None = None,
) -> Scored:
    catalogue = catalogue if catalogue is not None else load_catalogue()
    config = config if config is not None else load_scoring()

    raw: list[tuple[Finding, Entry, float]] = []
    for finding in [*findings, *_combos(findings, config.combos)]:
        entry = catalogue[finding.id]  # KeyError = an undeclared id: the contract test catches it
        confidence = min(1.0, max(0.0, finding.confidence))
        raw.append((finding, entry, entry.weight * confidence))

    # Positive points per group, scaled down together when the group's sum exceeds its cap.
    group_sum: dict[str, float] = {}
    for _, entry, points in raw:
        if points > 0:
            group_sum[entry.group] = group_sum.get(entry.group, 0.0) + points
    group_scale = {
        group: min(1.0, config.caps.get(group, total) / total) if total > 0 else 1.0
        for group, total in group_sum.items()
    }
    trust_sum = sum(points for _, _, points in raw if points < 0)
    trust_scale = (
        min(1.0, config.trust_floor / trust_sum) if trust_sum < config.trust_floor else 1.0
    )

    scored: list[ScoredFinding] = []
    for finding, entry, points in raw:
        scale = group_scale.get(entry.group, 1.0) if points > 0 else trust_scale
        scored.append(
            ScoredFinding(
                finding=finding,
                group=entry.group,
                weight=entry.weight,
                points=round(points * scale, 2),
                severity=entry.severity,
            )
        )
    total = sum(sf.points for sf in scored)
    if config.phishing_needs:
        outside_content = sum(
            sf.points for sf in scored if sf.points > 0 and sf.group in config.phishing_needs
        )
        if outside_content < config.min_evidence_points:
            total = min(total, config.phishing - 1)
    if config.authenticated_when and _authenticated_without_deception(findings, config):
        total = min(total, config.phishing - 1)
    if config.stop_when and any(f.id in config.stop_when for f in findings):
        total = min(total, config.phishing - 1)
    score = round(min(100.0, max(0.0, total)))
    if score >= config.phishing:
        verdict = Verdict.PHISHING
    elif score >= config.suspicious:
        verdict = Verdict.SUSPICIOUS
    else:
        verdict = Verdict.LEGITIMATE
    # Heaviest first by absolute effect, so trust signals rank with the evidence they offset.
    scored.sort(key=lambda sf: (-abs(sf.points), sf.finding.id))
    return Scored(score=score, verdict=verdict, findings=tuple(scored))


def _authenticated_without_deception(findings: Sequence[Finding], config: ScoringConfig) -> bool:
    """The From domain passed authentication for itself and nothing in the mail deceives
    (see [authenticated_sender] in data/scoring.toml)."""
    ids = {f.id for f in findings}
    if ids.isdisjoint(config.authenticated_when):
        return False
    unless = config.authenticated_unless
    return not any(i in unless or (i.split(".", 1)[0] + ".") in unless for i in ids)

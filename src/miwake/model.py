"""The values that cross package boundaries: evidence, findings, brand claims, reports.

Analyzers say *what they saw* (a `Finding` with `Evidence`); the finding catalogue says
what it means and how much it weighs; scoring turns findings into a `Report`. All of these
are frozen so that no stage can change what an earlier stage decided.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

_EMPTY: Mapping[str, str] = MappingProxyType({})


class Verdict(StrEnum):
    """The one-word answer. `UNKNOWN` means the mail could not be judged (see `Report.error`)."""

    PHISHING = "phishing"
    SUSPICIOUS = "suspicious"
    LEGITIMATE = "legitimate"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One observation: what the reader is shown vs what it really is, and where.

    `shown` is e.g. a link's visible text or a From display name; `actual` is the href or
    the real address. Either may be empty when it does not apply. Both are mail-controlled
    text: every renderer must escape them.
    """

    kind: str  # "link", "sender", "header", "text", "auth", "attachment", "form", "parse"
    shown: str = ""
    actual: str = ""
    where: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """What one analyzer saw. `id` must be declared by the analyzer and be in the catalogue.

    `confidence` (0..1) scales the catalogue weight; `params` fill named slots of the
    catalogue sentence (e.g. `{brand}`), always as plain strings.
    """

    id: str
    confidence: float = 1.0
    evidence: tuple[Evidence, ...] = ()
    params: Mapping[str, str] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True, slots=True)
class BrandClaim:
    """The brand a mail claims to come from, and where it claims it."""

    key: str
    name_ja: str
    name_en: str
    strength: float  # 0..1: how strongly the mail presents itself as this brand
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class ScoredFinding:
    """A finding after scoring: its catalogue group, weight and the points it contributed."""

    finding: Finding
    group: str
    weight: float
    points: float  # after confidence and the group cap; negative for trust signals
    severity: str  # "high" | "medium" | "low" | "info" | "trust"

    @property
    def id(self) -> str:
        return self.finding.id


@dataclass(frozen=True, slots=True)
class Report:
    """The judgement of one message."""

    verdict: Verdict
    score: int  # 0..100, higher = more likely phishing
    brand: BrandClaim | None
    findings: tuple[ScoredFinding, ...]  # heaviest first
    complete: bool  # False when a limit cut the analysis short
    limits_hit: tuple[str, ...] = ()
    subject: str | None = None
    sender: str = ""  # the From header as decoded (display name and address)
    path: str | None = None
    error: str | None = None  # why the mail could not be judged, when verdict is UNKNOWN
    elapsed_ms: float = 0.0
    analyzers: tuple[str, ...] = ()  # which analyzers ran to completion

    def finding_ids(self) -> list[str]:
        return [sf.finding.id for sf in self.findings]

    @classmethod
    def unknown(
        cls,
        path: str | None,
        error: str,
        *,
        elapsed_ms: float = 0.0,
        limits_hit: tuple[str, ...] = (),
    ) -> Report:
        """The report for input that could not be judged, and why (`error`)."""
        return cls(
            verdict=Verdict.UNKNOWN,
            score=0,
            brand=None,
            findings=(),
            complete=False,
            limits_hit=limits_hit,
            path=path,
            error=error,
            elapsed_ms=elapsed_ms,
        )

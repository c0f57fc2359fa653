"""Parse defects as findings: what the parser had to repair or guess is shown to the reader.

Defects are weak evidence on their own (plenty of genuine Japanese mail is mislabelled
Shift_JIS), so they weigh little; they matter because a "cannot fully judge" result must
say what could not be read.
"""

from __future__ import annotations

from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.model import Evidence, Finding

_CHARSET_KINDS = frozenset({"charset-fallback", "undeclared-charset", "unknown-charset"})
_MAX_EVIDENCE = 5


class DefectsAnalyzer:
    info = AnalyzerInfo(
        name="defects",
        emits=frozenset({"parse.charset_repaired", "parse.malformed"}),
        summary="Records what the parser had to repair or could not read.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        charset: list[Evidence] = []
        malformed: list[Evidence] = []
        for defect in target.message.defects:
            ev = Evidence(kind="parse", shown=defect.kind, actual=defect.detail, where=defect.where)
            (charset if defect.kind in _CHARSET_KINDS else malformed).append(ev)
        findings = []
        if charset:
            findings.append(
                Finding(
                    "parse.charset_repaired",
                    evidence=tuple(charset[:_MAX_EVIDENCE]),
                    params={"count": str(len(charset))},
                )
            )
        if malformed:
            findings.append(
                Finding(
                    "parse.malformed",
                    evidence=tuple(malformed[:_MAX_EVIDENCE]),
                    params={"count": str(len(malformed))},
                )
            )
        return findings

"""A Report as one line of JSON (the schema is documented in docs/json-schema.md).

Mail-controlled values (subject, sender, evidence) are passed through as data, cut to
`VALUE_LIMIT` characters; the line itself is made safe to print by `escape_json`
(bidi/zero-width/control characters become \\uXXXX escapes, the decoded value unchanged).
The `message*` sentences are for people, so their slot values are cleaned like the text
output's.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson

from miwake.advice import Advice
from miwake.model import Evidence, Report, ScoredFinding
from miwake.render.common import error_text, finding_messages, pick_lang, verdict_label
from miwake.render.safe import ELLIPSIS, escape_json

SCHEMA_VERSION = 1
VALUE_LIMIT = 2000  # characters of one mail-controlled value


def _cut(value: str, limit: int = VALUE_LIMIT) -> str:
    return value if len(value) <= limit else value[:limit] + ELLIPSIS


def _evidence(ev: Evidence) -> dict[str, str]:
    return {
        "kind": ev.kind,
        "shown": _cut(ev.shown),
        "actual": _cut(ev.actual),
        "where": _cut(ev.where),
    }


def _finding(sf: ScoredFinding, report: Report, lang: str) -> dict[str, Any]:
    ja, en = finding_messages(sf, report.brand, ("ja", "en"))
    return {
        "id": sf.id,
        "group": sf.group,
        "severity": sf.severity,
        "weight": sf.weight,
        "confidence": sf.finding.confidence,
        "points": sf.points,
        "message": ja if lang == "ja" else en,
        "message_ja": ja,
        "message_en": en,
        "params": {str(k): _cut(str(v)) for k, v in sf.finding.params.items()},
        "evidence": [_evidence(ev) for ev in sf.finding.evidence],
    }


def _advice(advice: Advice) -> dict[str, Any]:
    return {
        "title": advice.title,
        "prevent_title": advice.prevent_title,
        "did": list(advice.did),
        "steps": [{"text": s.text, "url": s.url, "kind": s.kind} for s in advice.steps],
    }


def report_dict(
    report: Report, advice: Advice | None = None, *, lang: str = "ja", version: str = ""
) -> dict[str, Any]:
    """The JSON object of one report, as Python data."""
    lang = pick_lang(lang)
    brand = None
    if report.brand is not None:
        brand = {
            "key": report.brand.key,
            "name_ja": report.brand.name_ja,
            "name_en": report.brand.name_en,
            "strength": report.brand.strength,
        }
    return {
        "schema": SCHEMA_VERSION,
        "version": version,
        "path": report.path,
        "verdict": report.verdict.value,
        "verdict_text": verdict_label(report.verdict, lang),
        "score": report.score,
        "lang": lang,
        "brand": brand,
        "subject": None if report.subject is None else _cut(report.subject),
        "sender": _cut(report.sender),
        "findings": [_finding(sf, report, lang) for sf in report.findings],
        "advice": None if advice is None else _advice(advice),
        "complete": report.complete,
        "limits_hit": list(report.limits_hit),
        "error": report.error,
        "error_text": error_text(report.error, lang) or None,
        "elapsed_ms": round(report.elapsed_ms, 3),
        "analyzers": list(report.analyzers),
    }


def render_json(
    report: Report, advice: Advice | None = None, *, lang: str = "ja", version: str = ""
) -> str:
    """One line of JSON (no trailing newline), UTF-8 friendly and safe to print."""
    data = report_dict(report, advice, lang=lang, version=version)
    if _orjson_same(data):
        try:
            return escape_json(orjson.dumps(data).decode())
        except (TypeError, ValueError):  # e.g. a lone surrogate: the stdlib writes it as is
            pass
    return escape_json(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def _number_same(value: object) -> bool:
    """True when orjson writes this number exactly as `json.dumps` does.

    Both write the shortest round-trip digits; they differ in notation outside
    [1e-4, 1e16) (orjson: 0.00001, the stdlib: 1e-05), for NaN/infinity (orjson: null)
    and orjson refuses integers beyond 64 bits.
    """
    if type(value) is float:
        return value == 0 or (math.isfinite(value) and 1e-4 <= abs(value) < 1e16)
    if type(value) is int:
        return -(2**63) <= value < 2**64
    return value is None or type(value) is bool


def _orjson_same(data: dict[str, Any]) -> bool:
    """The numbers of a `report_dict` (its only non-string leaves besides None and bools)
    are all written alike by orjson and the stdlib; strings always are, surrogates aside."""
    brand = data["brand"]
    if brand is not None and not _number_same(brand["strength"]):
        return False
    if not (_number_same(data["score"]) and _number_same(data["elapsed_ms"])):
        return False
    return all(
        _number_same(f["weight"]) and _number_same(f["confidence"]) and _number_same(f["points"])
        for f in data["findings"]
    )

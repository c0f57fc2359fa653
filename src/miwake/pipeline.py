"""parse -> identify brand -> analyzers -> score: the judgement of one message.

Front ends (CLI, web, milter, scans) call `check_bytes`/`check_file` and render the Report;
none of them judges anything itself. This function never raises on bad mail: whatever goes
wrong becomes a Report with verdict UNKNOWN and a reason.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from miwake.analyzers import default_analyzers
from miwake.analyzers.base import Analyzer, Context, Target
from miwake.analyzers.brand import identify_brand
from miwake.message import looks_like_mail, parse_message
from miwake.message.prepare import prepare
from miwake.model import Evidence, Finding, Report, Verdict
from miwake.scoring import score_findings

log = logging.getLogger(__name__)

ANALYZER_FAILED = "pipeline.analyzer_failed"


@cache
def default_context() -> Context:
    return Context()


def _unknown(
    path: str | None, error: str, started: float, limits_hit: tuple[str, ...] = ()
) -> Report:
    elapsed = (time.perf_counter() - started) * 1000
    return Report.unknown(path, error, elapsed_ms=elapsed, limits_hit=limits_hit)


def check_bytes(
    raw: bytes,
    *,
    path: str | None = None,
    context: Context | None = None,
    analyzers: Sequence[Analyzer] | None = None,
) -> Report:
    """Judge one raw message (RFC 5322 bytes). Never raises: what goes wrong, down to a
    missing data file of a broken installation, becomes verdict UNKNOWN with the reason."""
    started = time.perf_counter()
    try:
        return _check(raw, path, context, analyzers, started)
    except Exception as exc:
        log.exception("miwake failed on %s", path or "<bytes>")
        return _unknown(path, f"internal: {type(exc).__name__}", started)


def _check(
    raw: bytes,
    path: str | None,
    context: Context | None,
    analyzers: Sequence[Analyzer] | None,
    started: float,
) -> Report:
    ctx = context if context is not None else default_context()
    limits = ctx.settings.limits
    if not raw or raw.isspace():  # = not raw.strip(), without copying the mail
        return _unknown(path, "empty", started)
    try:
        prepared = prepare(raw, limits)
        message = parse_message(prepared.raw, limits)
    except Exception as exc:  # the parser promises not to raise; if it does, say so, don't crash
        log.exception("parser failed on %s", path or "<bytes>")
        return _unknown(path, f"parse-failed: {type(exc).__name__}", started)
    if prepared.defects or prepared.limits_hit:
        message = replace(
            message,
            defects=(*prepared.defects, *message.defects),
            limits_hit=tuple(dict.fromkeys((*prepared.limits_hit, *message.limits_hit))),
        )
    if not looks_like_mail(message):
        return _unknown(path, "not-a-mail", started, limits_hit=message.limits_hit)

    deadline = started + limits.time_budget_s
    limits_hit = list(message.limits_hit)
    findings: list[Finding] = []
    ran: list[str] = []
    brand = None
    try:
        brand = identify_brand(message, ctx.brands)
    except Exception as exc:
        log.exception("brand identification failed on %s", path or "<bytes>")
        findings.append(_failure("brand", exc))
    target = Target(message=message, brand=brand, context=ctx)

    for analyzer in analyzers if analyzers is not None else default_analyzers():
        if time.perf_counter() > deadline:
            limits_hit.append("time_budget_s")
            break
        name = analyzer.info.name
        try:
            produced = list(analyzer.analyze(target))
        except Exception as exc:  # one broken analyzer must not lose the others' evidence
            log.exception("analyzer %s failed on %s", name, path or "<bytes>")
            findings.append(_failure(name, exc))
            continue
        for finding in produced:
            if finding.id not in analyzer.info.emits:
                log.error("analyzer %s emitted undeclared id %s", name, finding.id)
                continue
            findings.append(finding)
        ran.append(name)

    scored = score_findings(findings)
    complete = not limits_hit and not any(f.id == ANALYZER_FAILED for f in findings)
    verdict, error = scored.verdict, None
    if not complete and verdict is Verdict.LEGITIMATE:
        # Nothing bad found in what was read is not the same as "genuine".
        verdict, error = Verdict.UNKNOWN, "incomplete: " + ", ".join(limits_hit or ["analyzer"])
    sender = str(message.from_[0]) if message.from_ else (message.header("From") or "")
    return Report(
        verdict=verdict,
        score=scored.score,
        brand=brand,
        findings=scored.findings,
        complete=complete,
        limits_hit=tuple(dict.fromkeys(limits_hit)),
        subject=message.subject,
        sender=sender,
        path=path,
        error=error,
        elapsed_ms=(time.perf_counter() - started) * 1000,
        analyzers=tuple(ran),
    )


def _failure(name: str, exc: BaseException) -> Finding:
    return Finding(
        id=ANALYZER_FAILED,
        evidence=(Evidence(kind="internal", shown=name, actual=type(exc).__name__),),
        params={"analyzer": name},
    )


def check_file(path: str | Path, *, context: Context | None = None) -> Report:
    """Judge one message file. Raises OSError when the file cannot be read (a usage error)."""
    ctx = context if context is not None else default_context()
    p = Path(path)
    with p.open("rb") as fh:
        raw = fh.read(ctx.settings.limits.max_message_bytes + 1)
    return check_bytes(raw, path=str(path), context=ctx)

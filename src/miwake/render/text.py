"""A Report (and its advice) as readable terminal text, Japanese by default.

Layout: a big verdict line with the score, what the mail is (file, subject, sender, claimed
brand), the reasons heaviest first (catalogue sentence + "表示: X → 実際: Y"), then what to
do now. Every mail-controlled string goes through `clean`; ANSI colour codes are only ever
our own, and only when `color=True` (see `use_color`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

from miwake.advice import Advice, Step
from miwake.model import Evidence, Report, ScoredFinding, Verdict
from miwake.render.common import (
    error_text,
    finding_message,
    pick_lang,
    severity_label,
    verdict_label,
)
from miwake.render.safe import clean

EVIDENCE_LIMIT = 120  # characters of one shown/actual value on an evidence line
HEADER_LIMIT = 200  # characters of subject / sender
MAX_EVIDENCE = 3  # evidence lines per finding
MAX_REASONS = 8  # reasons listed by default; the weakest are summarised in one line

_RESET = "\x1b[0m"
_STYLE = {
    "bold": "\x1b[1m",
    "dim": "\x1b[2m",
    "red": "\x1b[1;31m",
    "yellow": "\x1b[1;33m",
    "green": "\x1b[1;32m",
    "magenta": "\x1b[1;35m",
    "cyan": "\x1b[36m",
}
_VERDICT_STYLE = {
    Verdict.PHISHING: "red",
    Verdict.SUSPICIOUS: "yellow",
    Verdict.LEGITIMATE: "green",
    Verdict.UNKNOWN: "magenta",
}
_VERDICT_MARK = {
    Verdict.PHISHING: "✖",
    Verdict.SUSPICIOUS: "⚠",
    Verdict.LEGITIMATE: "✔",
    Verdict.UNKNOWN: "?",
}
_SEVERITY_STYLE = {"high": "red", "medium": "yellow", "low": "", "info": "dim", "trust": "green"}

_WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "score": "スコア",
        "file": "ファイル",
        "subject": "件名",
        "no_subject": "（件名なし）",
        "sender": "差出人",
        "brand": "名乗っているブランド",
        "no_brand": "特定できませんでした",
        "reasons": "理由（重い順）",
        "trust": "本物らしい点",
        "notes": "参考",
        "nothing": "気になる点は見つかりませんでした。",
        "shown": "表示",
        "actual": "実際",
        "where": "場所",
        "more": "ほか {n} 件",
        "more_reasons": "ほか {n} 件の弱い理由（すべて見るには --all）",
        "incomplete": "※ 一部しか調べられませんでした（上限: {limits}）。",
        "reason": "理由",
    },
    "en": {
        "score": "score",
        "file": "File",
        "subject": "Subject",
        "no_subject": "(no subject)",
        "sender": "From",
        "brand": "Claims to be",
        "no_brand": "no brand identified",
        "reasons": "Why (heaviest first)",
        "trust": "Signs it is genuine",
        "notes": "Notes",
        "nothing": "Nothing suspicious was found.",
        "shown": "shown",
        "actual": "actual",
        "where": "where",
        "more": "{n} more",
        "more_reasons": "{n} weaker reasons not shown (--all lists them)",
        "incomplete": "Note: only part of the mail was checked (limit: {limits}).",
        "reason": "Reason",
    },
}


def use_color(stream: TextIO, mode: str = "auto", environ: Mapping[str, str] | None = None) -> bool:
    """Colour for `--color always|never|auto`: auto = a TTY, NO_COLOR unset, TERM not dumb."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):  # https://no-color.org: any non-empty value disables colour
        return False
    if env.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or fake streams
        return False


class _Painter:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, style: str) -> str:
        if not self.enabled or not style:
            return text
        return f"{_STYLE[style]}{text}{_RESET}"


def evidence_line(ev: Evidence, lang: str) -> str:
    """`表示: X → 実際: Y（場所: Z）` with both values cleaned and truncated."""
    words = _WORDS[pick_lang(lang)]
    shown = clean(ev.shown, EVIDENCE_LIMIT)
    actual = clean(ev.actual, EVIDENCE_LIMIT)
    parts: list[str] = []
    if shown and actual:
        parts.append(f"{words['shown']}: {shown} → {words['actual']}: {actual}")
    elif actual:
        parts.append(f"{words['actual']}: {actual}")
    elif shown:
        parts.append(f"{words['shown']}: {shown}")
    where = clean(ev.where, 60)
    if where:
        label = f"{words['where']}: {where}"
        parts.append(f"（{label}）" if lang == "ja" else f"({label})")
    return " ".join(parts)


def _points(points: float) -> str:
    return f"{points:+.0f}" if abs(points) >= 1 else f"{points:+.1f}"


def _said(ev: Evidence, message: str) -> bool:
    """The sentence already quotes this evidence (both values), so its line would repeat it."""
    values = [clean(v, EVIDENCE_LIMIT) for v in (ev.shown, ev.actual) if v]
    return bool(values) and all(v in message for v in values)


def _finding_lines(
    sf: ScoredFinding, report: Report, lang: str, paint: _Painter, number: int
) -> list[str]:
    words = _WORDS[lang]
    sev = paint(f"[{severity_label(sf.severity, lang)}]", _SEVERITY_STYLE.get(sf.severity, ""))
    message = finding_message(sf, report.brand, lang)
    lines = [f"  {number}. {sev} {message} {paint(_points(sf.points), 'dim')}"]
    evidence = [e for e in sf.finding.evidence if e.shown or e.actual]
    if len(evidence) == 1 and _said(evidence[0], message):
        evidence = []
    for ev in evidence[:MAX_EVIDENCE]:
        line = evidence_line(ev, lang)
        if line:
            lines.append("     " + paint(line, "dim"))
    if len(evidence) > MAX_EVIDENCE:
        more = words["more"].format(n=len(evidence) - MAX_EVIDENCE)
        lines.append("     " + paint(more, "dim"))
    return lines


def _step_lines(steps: tuple[Step, ...], paint: _Painter) -> list[str]:
    lines: list[str] = []
    for number, step in enumerate(steps, 1):
        lines.append(f"  {number}. {step.text}")
        if step.url:
            # Our own URL (registry/contacts); an address already in the sentence is not repeated.
            shown = step.url.removeprefix("mailto:")
            if shown not in step.text:
                lines.append("     " + paint(clean(step.url, 300), "cyan"))
    return lines


def render_text(
    report: Report,
    advice: Advice | None = None,
    *,
    lang: str = "ja",
    color: bool = False,
    max_reasons: int | None = MAX_REASONS,
) -> str:
    """The whole report as text (ends with a newline); `max_reasons=None` lists them all."""
    lang = pick_lang(lang)
    words = _WORDS[lang]
    paint = _Painter(color)
    style = _VERDICT_STYLE[report.verdict]
    out: list[str] = []

    headline = f"{_VERDICT_MARK[report.verdict]} {verdict_label(report.verdict, lang)}"
    score = f"{words['score']} {report.score}/100"
    if report.verdict is Verdict.UNKNOWN and report.error:
        out.append(paint(headline, style))
        out.append(f"  {words['reason']}: {error_text(report.error, lang)}")
    else:
        out.append(f"{paint(headline, style)}  ({score})")

    if report.path is not None:
        out.append(f"  {words['file']}: {clean(report.path, HEADER_LIMIT)}")
    if report.subject is not None or report.sender:
        subject = clean(report.subject, HEADER_LIMIT) if report.subject else words["no_subject"]
        out.append(f"  {words['subject']}: {subject}")
    if report.sender:
        out.append(f"  {words['sender']}: {clean(report.sender, HEADER_LIMIT)}")
    if report.brand is not None:
        name = report.brand.name_ja if lang == "ja" else report.brand.name_en
        out.append(f"  {words['brand']}: {clean(name, 80)}")
    elif report.verdict is not Verdict.UNKNOWN or report.sender:
        out.append(f"  {words['brand']}: {words['no_brand']}")
    if not report.complete and report.limits_hit:
        limits = clean(", ".join(report.limits_hit), 120)
        out.append("  " + paint(words["incomplete"].format(limits=limits), "yellow"))

    reasons = [sf for sf in report.findings if sf.points > 0]
    trust = [sf for sf in report.findings if sf.points < 0]
    notes = [sf for sf in report.findings if sf.points == 0]
    if reasons:
        out += ["", paint(words["reasons"], "bold")]
        shown = reasons if max_reasons is None else reasons[:max_reasons]
        for number, sf in enumerate(shown, 1):
            out += _finding_lines(sf, report, lang, paint, number)
        if len(reasons) > len(shown):
            rest = words["more_reasons"].format(n=len(reasons) - len(shown))
            out.append("  " + paint(rest, "dim"))
    elif report.verdict is not Verdict.UNKNOWN:
        out += ["", words["nothing"]]
    if trust:
        out += ["", paint(words["trust"], "bold")]
        for number, sf in enumerate(trust, 1):
            out += _finding_lines(sf, report, lang, paint, number)
    if notes:
        out += ["", paint(words["notes"], "bold")]
        for number, sf in enumerate(notes, 1):
            out += _finding_lines(sf, report, lang, paint, number)

    if advice is not None:
        now = tuple(s for s in advice.steps if s.kind != "prevent")
        later = tuple(s for s in advice.steps if s.kind == "prevent")
        if now:
            out += ["", paint(advice.title, "bold")]
            out += _step_lines(now, paint)
        if later:
            out += ["", paint(advice.prevent_title, "bold")]
            out += _step_lines(later, paint)
    return "\n".join(out) + "\n"

"""`miwake eval`: judge a labelled corpus and print, per source and language, how much
phishing is caught and how much ham is wrongly flagged, plus messages per second.

The corpus layout is that of `shared/corpus` (labels.csv with path,label,source,lang,split).
Label leaks that the corpus README lists are removed from each message before judging:
the `X-Spam-*` / `X-VA-Spam-*` headers and `[SPAM]` subject tags a list filter added, and
the `phishing@pot` (or `phish@pot`) recipient a honeypot wrote in place of the real one.
"""

from __future__ import annotations

import csv
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from miwake.analyzers.base import Context
from miwake.model import Report, Verdict
from miwake.pipeline import check_bytes

_LEAK_HEADER = re.compile(
    rb"^(X-Spam-[\w-]*|X-VA-Spam-[\w-]*):[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M
)
_SPAM_TAG = re.compile(rb"^(Subject:[ \t]*)((?:\[[^\]\n]*\]\s*)*?)\[SPAM\]\s*", re.I | re.M)
_POT = re.compile(rb"phish(?:ing)?@pot\b", re.I)


def strip_label_leaks(raw: bytes) -> bytes:
    """Remove what a labeller added, so that the judgement rests on the mail itself."""
    head, sep, body = raw.partition(b"\n\n")
    if not sep:
        head, sep, body = raw.partition(b"\r\n\r\n")
    head = _LEAK_HEADER.sub(b"", head)
    head = _SPAM_TAG.sub(rb"\1\2", head)
    return _POT.sub(b"user@example.com", head + sep + body)


@dataclass(frozen=True, slots=True)
class Sample:
    path: Path
    label: str
    source: str
    lang: str
    split: str


def read_labels(corpus: Path, splits: Sequence[str]) -> list[Sample]:
    with (corpus / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return [
            Sample(corpus / row["path"], row["label"], row["source"], row["lang"], row["split"])
            for row in csv.DictReader(fh)
            if row["split"] in splits
        ]


@dataclass
class Tally:
    n: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)

    def add(self, verdict: Verdict) -> None:
        self.n += 1
        self.verdicts[verdict.value] += 1

    def pct(self, *verdicts: Verdict) -> float:
        return 100.0 * sum(self.verdicts[v.value] for v in verdicts) / self.n if self.n else 0.0


@dataclass
class Evaluation:
    rows: dict[tuple[str, str, str], Tally]
    seconds: float
    messages: int
    errors: list[tuple[str, str]]
    reports: list[tuple[Sample, Report]]


def evaluate(samples: Iterable[Sample], context: Context, keep_reports: bool = False) -> Evaluation:
    rows: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    errors: list[tuple[str, str]] = []
    kept: list[tuple[Sample, Report]] = []
    elapsed = 0.0
    count = 0
    for sample in samples:
        raw = strip_label_leaks(sample.path.read_bytes())
        t0 = time.perf_counter()
        try:
            report = check_bytes(raw, path=str(sample.path), context=context)
        except Exception as exc:  # counted and shown: the product promises never to crash
            errors.append((str(sample.path), f"{type(exc).__name__}: {exc}"))
            continue
        finally:
            elapsed += time.perf_counter() - t0
            count += 1
        lang = sample.lang if sample.lang in {"ja", "en"} else "other"
        rows[(sample.label, sample.source, lang)].add(report.verdict)
        rows[(sample.label, "ALL", "all")].add(report.verdict)
        if keep_reports:
            kept.append((sample, report))
    return Evaluation(dict(rows), elapsed, count, errors, kept)


def print_table(ev: Evaluation, out: TextIO = sys.stdout) -> None:
    P, S, L, U = Verdict.PHISHING, Verdict.SUSPICIOUS, Verdict.LEGITIMATE, Verdict.UNKNOWN
    out.write(
        "| label | source | lang | n | phishing | phishing+suspicious | legitimate | unknown |\n"
    )
    out.write("|---|---|---|---:|---:|---:|---:|---:|\n")
    order = {"phish": 0, "spam": 1, "ham": 2}
    for (label, source, lang), t in sorted(
        ev.rows.items(), key=lambda kv: (order.get(kv[0][0], 9), kv[0][1] == "ALL", kv[0])
    ):
        out.write(
            f"| {label} | {source} | {lang} | {t.n} | {t.pct(P):.1f}% | {t.pct(P, S):.1f}% "
            f"| {t.pct(L):.1f}% | {t.pct(U):.1f}% |\n"
        )
    rate = ev.messages / ev.seconds if ev.seconds else 0.0
    out.write(
        f"\n{ev.messages} messages in {ev.seconds:.1f} s of judging: {rate:.0f} messages/s "
        f"(one process); crashes: {len(ev.errors)}\n"
    )
    for path, err in ev.errors[:20]:
        out.write(f"  crash: {path}: {err}\n")


def print_misses(ev: Evaluation, out: TextIO, limit: int) -> None:
    """The mails an analyst should read first: phishing let through, ham flagged phishing."""
    missed = [
        (s, r) for s, r in ev.reports if s.label == "phish" and r.verdict is Verdict.LEGITIMATE
    ]
    false_alarms = [
        (s, r) for s, r in ev.reports if s.label == "ham" and r.verdict is Verdict.PHISHING
    ]
    for title, rows in (
        ("phishing judged legitimate", missed),
        ("ham judged phishing", false_alarms),
    ):
        out.write(f"\n{title}: {len(rows)}\n")
        for sample, report in rows[:limit]:
            ids = ", ".join(report.finding_ids()[:6])
            out.write(f"  {report.score:3d} {sample.path.name}  [{ids}]\n")


def print_calibration(ev: Evaluation, out: TextIO) -> None:
    """What a score means on this corpus: the share of phishing among phishing + ham mails
    in each score band (spam left out). Needs the reports (`keep_reports=True`)."""
    bands = [(0, 10), (10, 20), (20, 30), (30, 45), (45, 60), (60, 80), (80, 101)]
    out.write("\n| score | phish | ham | share phishing |\n|---|---:|---:|---:|\n")
    for lo, hi in bands:
        phish = sum(1 for s, r in ev.reports if s.label == "phish" and lo <= r.score < hi)
        ham = sum(1 for s, r in ev.reports if s.label == "ham" and lo <= r.score < hi)
        share = f"{100 * phish / (phish + ham):.1f}%" if phish + ham else "-"
        out.write(f"| {lo}–{min(hi, 100) - (0 if hi > 100 else 1)} | {phish} | {ham} | {share} |\n")

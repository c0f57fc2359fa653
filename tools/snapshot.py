"""Write every corpus message's judgement to one line of text, to diff two builds.

A change meant to be only faster (or only a refactor) must leave this output byte-identical:

    python tools/snapshot.py > /tmp/before.tsv      # on the old build
    python tools/snapshot.py > /tmp/after.tsv       # on the new build
    diff /tmp/before.tsv /tmp/after.tsv

Each line: path, verdict, score, brand, then every finding as id:confidence and its
evidence (shown -> actual), in report order. Label leaks are stripped as in `miwake eval`.
"""

from __future__ import annotations

import argparse
import csv
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from miwake.evaluate import strip_label_leaks
from miwake.pipeline import check_bytes


def line_for(args: tuple[Path, str]) -> str:
    corpus, rel = args
    report = check_bytes(strip_label_leaks((corpus / rel).read_bytes()), path=rel)
    parts = [
        rel,
        report.verdict.value,
        f"{report.score:.1f}",
        report.brand.key if report.brand else "-",
    ]
    for scored in report.findings:
        f = scored.finding
        ev = ";".join(f"{e.kind}|{e.shown}|{e.actual}|{e.where}" for e in f.evidence)
        parts.append(f"{f.id}:{f.confidence:.2f}:{sorted(f.params.items())}:{ev}")
    return "\t".join(p.replace("\t", " ").replace("\n", " ") for p in parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    ap.add_argument("--split", default="all", choices=("all", "dev", "test"))
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    with (args.corpus / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if args.split in ("all", r["split"])]
    work = [(args.corpus, r["path"]) for r in rows]
    with ProcessPoolExecutor(args.jobs) as pool:
        for line in pool.map(line_for, work, chunksize=64):
            sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Throughput: `miwake check --format json` work vs bare stdlib parsing of the same files.

Both run in this one process over the same files (read into memory first), so the ratio
is meaningful on a shared machine even when absolute numbers move. Bare parsing is what
the issue names as the yardstick: BytesParser (compat32) + decoding every part's payload.

    python bench/speed.py [--corpus ../shared/corpus] [--n 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import time
from email import policy
from email.parser import BytesParser
from pathlib import Path

from miwake.analyzers.base import Context
from miwake.evaluate import strip_label_leaks
from miwake.pipeline import check_bytes
from miwake.render.json import report_to_json


def bare_parse(raw: bytes) -> int:
    msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    total = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        charset = part.get_content_charset() or "us-ascii"
        if part.get_content_maintype() == "text":
            try:
                total += len(payload.decode(charset, errors="replace"))
            except LookupError:
                total += len(payload.decode("latin-1"))
        else:
            total += len(payload)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    with (args.corpus / "labels.csv").open(encoding="utf-8", newline="") as fh:
        paths = [args.corpus / row["path"] for row in csv.DictReader(fh)]
    random.Random(args.seed).shuffle(paths)
    blobs = [strip_label_leaks(p.read_bytes()) for p in paths[: args.n]]
    mb = sum(map(len, blobs)) / 1e6
    ctx = Context()
    check_bytes(blobs[0], context=ctx)  # warm caches (brand regexes, PSL) outside the timing

    bare_best = ours_best = float("inf")
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for raw in blobs:
            bare_parse(raw)
        bare_best = min(bare_best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        sink = io.StringIO()
        for raw in blobs:
            sink.write(report_to_json(check_bytes(raw, context=ctx)) + "\n")
        ours_best = min(ours_best, time.perf_counter() - t0)

    n = len(blobs)
    print(f"{n} corpus messages ({mb:.1f} MB), best of {args.rounds} rounds, one process")
    print(f"bare stdlib parse + decode : {n / bare_best:8.0f} msg/s")
    print(f"miwake check --format json : {n / ours_best:8.0f} msg/s")
    print(f"ratio (miwake / bare)      : {bare_best / ours_best:8.2f}  (goal >= 0.25)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

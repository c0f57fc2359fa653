"""Throughput and memory: `miwake check --format json` work vs bare stdlib parsing.

Throughput: both run in this one process over the same files (read into memory first), so
the ratio is meaningful on a shared machine even when absolute numbers move. Bare parsing is
the yardstick the issue names: BytesParser (compat32) + decoding every part's payload. Our
side is what `miwake check --format json` does per file: check_bytes + advice + render_json.

Memory: before the throughput runs, the N biggest corpus files are judged one by one and the
growth of the process's peak RSS (getrusage ru_maxrss) over that is reported.

    python bench/speed.py [--corpus ../shared/corpus] [--n 1000] [--rounds 3] [--big 20]
                          [--cpu-time]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import resource
import statistics
import sys
import time
from email import policy
from email.parser import BytesParser
from pathlib import Path

from miwake.advice import advise_report
from miwake.analyzers.base import Context
from miwake.evaluate import strip_label_leaks
from miwake.pipeline import check_bytes
from miwake.render.json import render_json

GOAL_RATIO = 0.25


def bare_parse(raw: bytes) -> int:
    msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    total = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            payload = b""
        charset = part.get_content_charset() or "us-ascii"
        if part.get_content_maintype() == "text":
            try:
                total += len(payload.decode(charset, errors="replace"))
            except LookupError:
                total += len(payload.decode("latin-1"))
        else:
            total += len(payload)
    return total


def ours(raw: bytes, ctx: Context) -> str:
    report = check_bytes(raw, context=ctx)
    return render_json(report, advise_report(report, ctx.brands))


def peak_rss_mb() -> float:
    # Linux reports ru_maxrss in KiB (macOS in bytes; this bench targets the Linux dev box).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_check(rows: list[dict[str, str]], corpus: Path, ctx: Context, big: int) -> None:
    biggest = sorted(rows, key=lambda r: int(r["bytes"]), reverse=True)[:big]
    before = peak_rss_mb()
    worst = (0.0, "")
    for row in biggest:
        raw = strip_label_leaks((corpus / row["path"]).read_bytes())
        started = time.perf_counter()
        ours(raw, ctx)
        worst = max(worst, (time.perf_counter() - started, row["path"]))
        del raw
    after = peak_rss_mb()
    sizes = [int(r["bytes"]) for r in biggest]
    print(
        f"memory: {len(biggest)} biggest files ({min(sizes) / 1e3:.0f}-{max(sizes) / 1e3:.0f} KB): "
        f"peak RSS {before:.1f} -> {after:.1f} MB (growth {after - before:+.1f} MB); "
        f"slowest {worst[0] * 1000:.0f} ms ({worst[1]})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--big", type=int, default=20, help="biggest files for the memory check")
    ap.add_argument(
        "--cpu-time",
        action="store_true",
        help="time with this process's CPU time (time.process_time), not the wall clock: "
        "steadier while other work shares the CPUs",
    )
    args = ap.parse_args(argv)
    clock = time.process_time if args.cpu_time else time.perf_counter

    labels = args.corpus / "labels.csv"
    if not labels.is_file():
        print(f"no corpus at {args.corpus} (give --corpus DIR)", file=sys.stderr)
        return 2
    with labels.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    ctx = Context()
    start_rss = peak_rss_mb()
    ours(b"From: a@example.org\r\nSubject: warm\r\n\r\nhello https://example.org/\r\n", ctx)
    print(f"peak RSS after import: {start_rss:.1f} MB, after first check: {peak_rss_mb():.1f} MB")
    if args.big:
        memory_check(rows, args.corpus, ctx, args.big)

    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    blobs = [strip_label_leaks((args.corpus / r["path"]).read_bytes()) for r in sample]
    mb = sum(map(len, blobs)) / 1e6

    bare_best = ours_best = float("inf")
    per_message: list[float] = []
    for _ in range(args.rounds):
        t0 = clock()
        for raw in blobs:
            bare_parse(raw)
        bare_best = min(bare_best, clock() - t0)

        sink = io.StringIO()
        times: list[float] = []
        t0 = clock()
        for raw in blobs:
            t1 = clock()
            sink.write(ours(raw, ctx) + "\n")
            times.append(clock() - t1)
        took = clock() - t0
        if took < ours_best:
            ours_best, per_message = took, times

    n = len(blobs)
    ratio = bare_best / ours_best
    per_message.sort()
    timer = "CPU time" if args.cpu_time else "wall clock"
    print(f"{n} corpus messages ({mb:.1f} MB), best of {args.rounds} rounds, one process, {timer}")
    print(f"bare stdlib parse + decode : {n / bare_best:8.0f} msg/s")
    print(f"miwake check --format json : {n / ours_best:8.0f} msg/s")
    print(
        f"per message (ms)           : median {statistics.median(per_message) * 1000:.2f}, "
        f"p99 {per_message[int(n * 0.99) - 1] * 1000:.2f}, max {per_message[-1] * 1000:.2f}"
    )
    verdict = "ok" if ratio >= GOAL_RATIO else "BELOW GOAL"
    print(f"ratio (miwake / bare)      : {ratio:8.2f}  (goal >= {GOAL_RATIO}: {verdict})")
    print(f"peak RSS                   : {peak_rss_mb():8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""End to end: `miwake check --format json FILE...` as a command vs bare stdlib parsing.

Both sides run as fresh subprocesses over the same seeded sample of corpus files (the
selection of bench/speed.py), so start-up, imports, data loading and reading the files are
all counted, as they are for someone who runs the command. The yardstick is a bare Python
that reads each file and parses it the way speed.py's `bare_parse` does (BytesParser +
decoding every part). The two alternate, `--rounds` times, and the best time of each is kept.

    python bench/cli_speed.py [--corpus ../shared/corpus] [--n 1000] [--rounds 3]
                              [--jobs 1 --jobs auto ...]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import time
from pathlib import Path

GOAL_RATIO = 0.25

# The bare side, as its own program: bench/speed.py's bare_parse over files named on stdin.
BARE = """
import sys
from email import policy
from email.parser import BytesParser

total = 0
for path in sys.stdin.read().splitlines():
    with open(path, "rb") as fh:
        msg = BytesParser(policy=policy.compat32).parsebytes(fh.read())
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
print(total)
"""


def timed(cmd: list[str], stdin: str = "") -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, input=stdin.encode(), stdout=subprocess.DEVNULL, check=False)
    took = time.perf_counter() - started
    if done.returncode not in (0, 1, 2, 3):  # verdict codes; 4 is a usage / input error
        raise SystemExit(f"{cmd[:4]} exited {done.returncode}")
    return took


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
    ap.add_argument(
        "--jobs",
        action="append",
        default=[],
        metavar="N|auto",
        help="time `miwake check --jobs N` (repeatable); default: the command's own default",
    )
    args = ap.parse_args(argv)

    labels = args.corpus / "labels.csv"
    if not labels.is_file():
        print(f"no corpus at {args.corpus} (give --corpus DIR)", file=sys.stderr)
        return 2
    with labels.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    files = [str(args.corpus / r["path"]) for r in sample]
    mb = sum(os.path.getsize(f) for f in files) / 1e6

    python = sys.executable
    variants: dict[str, list[str]] = {}
    for jobs in args.jobs or [""]:
        extra = ["--jobs", jobs] if jobs else []
        label = f"--jobs {jobs}" if jobs else "(default)"
        variants[label] = [python, "-m", "miwake", "check", "--format", "json", *extra, *files]
    one = [python, "-m", "miwake", "check", "--format", "json", files[0]]

    bare_best = one_best = float("inf")
    best = dict.fromkeys(variants, float("inf"))
    for _ in range(args.rounds):
        bare_best = min(bare_best, timed([python, "-c", BARE], "\n".join(files)))
        one_best = min(one_best, timed(one))
        for label, cmd in variants.items():
            best[label] = min(best[label], timed(cmd))

    n = len(files)
    print(f"{n} corpus files ({mb:.1f} MB), best of {args.rounds} rounds, {os.cpu_count()} CPUs")
    print(f"bare stdlib parse + decode (subprocess) : {bare_best:6.2f} s")
    print(f"miwake check --format json, one file    : {one_best:6.2f} s  (start-up)")
    for label, took in best.items():
        ratio = bare_best / took
        verdict = "ok" if ratio >= GOAL_RATIO else "BELOW GOAL"
        print(
            f"miwake check --format json {label:<12} : {took:6.2f} s  "
            f"ratio {ratio:.2f} (goal >= {GOAL_RATIO}: {verdict})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Parse every corpus message; report errors, defect counts and speed against bare stdlib.

Usage: .venv/bin/python scripts/parse_corpus.py [CORPUS_DIR] [--limit N]
"bare stdlib" = BytesParser(compat32) + get_payload(decode=True) + decode of every text part
with its declared charset (errors="replace"), on the same files in the same run.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from email.parser import BytesParser
from email.policy import compat32
from pathlib import Path

from miwake.message import parse_message


def bare_stdlib(raw: bytes) -> int:
    msg = BytesParser(policy=compat32).parsebytes(raw)
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes):
            try:
                n += len(data.decode(part.get_content_charset() or "ascii", "replace"))
            except LookupError:
                n += len(data.decode("ascii", "replace"))
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="/work/shared/corpus/emails")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    files = sorted(Path(args.corpus).rglob("*.eml"))
    if args.limit:
        files = files[: args.limit]
    blobs = [f.read_bytes() for f in files]
    print(f"{len(blobs)} files, {sum(map(len, blobs)) / 1e6:.1f} MB")

    t0 = time.perf_counter()
    for raw in blobs:
        bare_stdlib(raw)
    t_bare = time.perf_counter() - t0

    errors = 0
    defects: collections.Counter[str] = collections.Counter()
    limits: collections.Counter[str] = collections.Counter()
    counts: collections.Counter[str] = collections.Counter()
    slow: list[tuple[float, str]] = []
    t0 = time.perf_counter()
    for f, raw in zip(files, blobs, strict=True):
        t1 = time.perf_counter()
        try:
            msg = parse_message(raw)
        except Exception as exc:
            errors += 1
            print(f"ERROR {f}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        dt = time.perf_counter() - t1
        slow.append((dt, str(f)))
        for d in msg.defects:
            defects[d.kind] += 1
            if d.kind == "parser-error":
                print(f"parser-error {f}: {d.detail}", file=sys.stderr)
        for lim in msg.limits_hit:
            limits[lim] += 1
        counts["links"] += len(msg.links)
        counts["parts"] += len(msg.parts)
        counts["forms"] += len(msg.forms)
        counts["attachments"] += len(msg.attachments)
        counts["no-subject"] += msg.subject is None
    t_ours = time.perf_counter() - t0
    n = len(blobs)
    print(f"exceptions: {errors}; parser-error defects: {defects.get('parser-error', 0)}")
    print(f"bare stdlib: {n / t_bare:,.0f} msg/s ({t_bare:.2f} s)")
    print(
        f"parse_message: {n / t_ours:,.0f} msg/s ({t_ours:.2f} s) = {t_bare / t_ours:.0%} of bare"
    )
    print("totals:", dict(counts))
    print("defects (occurrences):", dict(defects.most_common()))
    print("limits hit (messages):", dict(limits))
    slow.sort(reverse=True)
    print("slowest:", [(f"{dt * 1000:.1f} ms", p.rsplit("/", 1)[-1]) for dt, p in slow[:5]])
    return 1 if errors or defects.get("parser-error") else 0


if __name__ == "__main__":
    raise SystemExit(main())

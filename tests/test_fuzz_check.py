"""Fuzz the whole judgement (`check_bytes` + rendering) with mutated real mails.

Seeds are corpus mails when ../shared/corpus is here (a fixed, seeded sample) plus every
fixture under tests/mails/. Each example applies a few structure-aware mutations (byte
flips, truncation, header line duplication/deletion, boundary corruption, charset label
swaps, huge lines, nested multipart bombs, NUL/ESC bytes) and asserts that the pipeline
answers with a well-formed Report in bounded time, that no analyzer failed (the pipeline
hides analyzer exceptions as `pipeline.analyzer_failed`; here that is a bug) and that the
report renders. MIWAKE_FUZZ_EXAMPLES=N runs N examples per test instead of the default.
"""

from __future__ import annotations

import csv
import os
import random
import re
import time
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MAILS, corpus_dir
from miwake.advice import advise_report
from miwake.analyzers.base import Context
from miwake.knowledge.catalogue import load_catalogue
from miwake.model import Report, Verdict
from miwake.pipeline import ANALYZER_FAILED, check_bytes
from miwake.render.json import render_json
from miwake.render.text import render_text

EXAMPLES = int(os.environ.get("MIWAKE_FUZZ_EXAMPLES", "0")) or None
WALL_LIMIT_S = 5.0  # per check_bytes call; the default time budget is 10 s, typical is ~3 ms
CORPUS_SEEDS = 300  # corpus mails sampled (seeded) as mutation seeds
SEED_MAX_BYTES = 256 * 1024  # bigger seeds only slow the fuzz without new shapes
MANY_BYTES = 4 * 1024 * 1024  # most bytes one header_lines "many" mutation adds

CTX = Context()
CATALOGUE = frozenset(load_catalogue()) | {ANALYZER_FAILED}


def _fuzz_settings(default: int) -> settings:
    return settings(
        max_examples=EXAMPLES or default,
        deadline=20_000,  # generous: the real bound is the wall-clock assert below
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        print_blob=True,
    )


@cache
def seed_paths() -> tuple[Path, ...]:
    fixtures = sorted(p for p in MAILS.rglob("*.eml") if p.stat().st_size <= SEED_MAX_BYTES)
    found = corpus_dir()
    if found is None:
        return tuple(fixtures)
    with (found / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if 0 < int(r["bytes"]) <= SEED_MAX_BYTES]
    sample = random.Random(20261128).sample(rows, min(CORPUS_SEEDS, len(rows)))
    return tuple(fixtures) + tuple(found / r["path"] for r in sample)


def seeds() -> st.SearchStrategy[bytes]:
    return st.sampled_from(seed_paths()).map(lambda p: p.read_bytes())


# ---------------------------------------------------------------- mutations

_BOUNDARY = re.compile(rb'boundary\s*=\s*"?([^";\r\n]{1,200})"?', re.IGNORECASE)
_CHARSET = re.compile(rb'charset\s*=\s*"?([A-Za-z0-9_.:\-]{1,60})"?', re.IGNORECASE)
_ENCODED_WORD = re.compile(rb"=\?([A-Za-z0-9_.:\-]{1,60})\?([BbQq])\?")
_CTE = re.compile(rb"Content-Transfer-Encoding:[ \t]*([A-Za-z0-9\-]{1,30})", re.IGNORECASE)

CHARSETS = [
    b"iso-2022-jp", b"shift_jis", b"utf-8", b"euc-jp", b"cp932", b"windows-31j",
    b"iso-2022-jp-2", b"utf-16", b"utf-7", b"unicode-1-1-utf-7", b"x-unknown", b"",
    b"us-ascii", b"idna", b"rot13", b"base64", b"../../etc/passwd", b"a" * 300,
]  # fmt: skip
CTES = [b"base64", b"quoted-printable", b"7bit", b"8bit", b"binary", b"x-uuencode", b"bogus"]
HUGE_UNITS = [
    b"A", b"\x1b$B", b"\x00", b"http://a.example/", b'<a href="http://x.test/">', b"=?utf-8?b?",
    b"<div>", b"=", b"\xe3\x81\x82", b"<!--", b"@", b"<",
]  # fmt: skip


def _header_end(raw: bytes | bytearray) -> int:
    for sep in (b"\r\n\r\n", b"\n\n"):
        at = raw.find(sep)
        if at >= 0:
            return at
    return len(raw)


def flip(draw: st.DrawFn, raw: bytearray) -> None:
    if raw:
        raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))


def truncate(draw: st.DrawFn, raw: bytearray) -> None:
    del raw[draw(st.integers(0, len(raw))) :]


def header_lines(draw: st.DrawFn, raw: bytearray) -> None:
    """Duplicate (many times) or delete one header line."""
    end = _header_end(raw)
    lines = bytes(raw[:end]).splitlines(keepends=True)
    if not lines:
        return
    i = draw(st.integers(0, len(lines) - 1))
    op = draw(st.sampled_from(["dup", "many", "del", "unfold"]))
    if op == "dup":
        lines.insert(i, lines[i])
    elif op == "many":
        # Capped in bytes: after a huge_line header, 20,000 copies would be 60 GB of test
        # input (the generator, not the product, would run out of memory).
        times = draw(st.sampled_from([10, 1000, 20_000]))
        lines[i:i] = [lines[i]] * max(1, min(times, MANY_BYTES // max(1, len(lines[i]))))
    elif op == "del":
        del lines[i]
    else:  # a folded continuation line with no header before it
        lines.insert(0, b" " + lines[i])
    raw[:end] = b"".join(lines)


def boundary(draw: st.DrawFn, raw: bytearray) -> None:
    found = list(_BOUNDARY.finditer(raw))
    if not found:
        return
    m = draw(st.sampled_from(found))
    value = m.group(1)
    op = draw(st.sampled_from(["rename", "drop-close", "empty", "inject", "prefix", "quote"]))
    if op == "rename":  # the declared boundary no longer matches the delimiters
        raw[m.start(1) : m.end(1)] = value[:-1] + b"X"
    elif op == "drop-close":
        raw[:] = bytes(raw).replace(b"--" + value + b"--", b"")
    elif op == "empty":
        raw[m.start(1) : m.end(1)] = b""
    elif op == "inject":  # a delimiter in the middle of some line
        pos = draw(st.integers(0, len(raw)))
        raw[pos:pos] = b"\r\n--" + value + draw(st.sampled_from([b"", b"--"])) + b"\r\n"
    elif op == "prefix":  # a boundary that is a prefix of the real one
        raw[m.start(1) : m.end(1)] = value[: max(1, len(value) // 2)]
    else:
        raw[m.start() : m.end()] = b'boundary="' + value


def charset(draw: st.DrawFn, raw: bytearray) -> None:
    found = list(_CHARSET.finditer(raw)) + list(_ENCODED_WORD.finditer(raw))
    new = draw(st.sampled_from(CHARSETS))
    if not found:
        raw[0:0] = b"Content-Type: text/plain; charset=" + new + b"\r\n"
        return
    m = draw(st.sampled_from(found))
    raw[m.start(1) : m.end(1)] = new


def transfer_encoding(draw: st.DrawFn, raw: bytearray) -> None:
    found = list(_CTE.finditer(raw))
    if found:
        m = draw(st.sampled_from(found))
        raw[m.start(1) : m.end(1)] = draw(st.sampled_from(CTES))


def huge_line(draw: st.DrawFn, raw: bytearray) -> None:
    unit = draw(st.sampled_from(HUGE_UNITS))
    size = draw(st.sampled_from([100_000, 1_000_000, 3_000_000]))
    where = draw(st.sampled_from(["body", "header", "anywhere"]))
    line = unit * (size // len(unit))
    if where == "header":
        raw[0:0] = b"X-Long: " + line + b"\r\n"
    elif where == "body":
        end = _header_end(raw)
        raw[end:end] = b"\r\n\r\n" + line
    else:
        pos = draw(st.integers(0, len(raw)))
        raw[pos:pos] = line


def nest(draw: st.DrawFn, raw: bytearray) -> None:
    """Wrap the body in `depth` nested multiparts (optionally leaving them unclosed)."""
    depth = draw(st.sampled_from([50, 500, 2000]))
    closed = draw(st.booleans())
    kind = draw(st.sampled_from([b"mixed", b"alternative", b"related", b"digest"]))
    end = _header_end(raw)
    head, body = bytes(raw[:end]), bytes(raw[end:]).lstrip(b"\r\n")
    head = re.sub(rb"(?im)^content-type:.*(\r?\n[ \t].*)*\r?\n?", b"", head + b"\r\n")
    opening = b"".join(
        b"--b%d\r\nContent-Type: multipart/%s; boundary=b%d\r\n\r\n" % (i, kind, i + 1)
        for i in range(depth)
    )
    inner = b"--b%d\r\nContent-Type: text/plain\r\n\r\n" % depth + body + b"\r\n"
    closing = b"".join(b"--b%d--\r\n" % i for i in range(depth, -1, -1)) if closed else b""
    raw[:] = (
        head + b"Content-Type: multipart/%s; boundary=b0\r\n\r\n" % kind + opening + inner + closing
    )


def control_bytes(draw: st.DrawFn, raw: bytearray) -> None:
    for _ in range(draw(st.integers(1, 20))):
        pos = draw(st.integers(0, len(raw)))
        raw[pos:pos] = draw(st.sampled_from([b"\x00", b"\x1b", b"\x1b$B", b"\x1b(B", b"\x1b(J"]))


def splice(draw: st.DrawFn, raw: bytearray) -> None:
    """Delete or duplicate a span, or insert mail syntax."""
    pos = draw(st.integers(0, len(raw)))
    op = draw(st.integers(0, 2))
    if op == 0:
        del raw[pos : pos + draw(st.integers(0, 512))]
    elif op == 1:
        raw[pos:pos] = raw[pos : pos + draw(st.integers(0, 512))]
    else:
        raw[pos:pos] = draw(
            st.sampled_from(
                [b"=?", b"?=", b"--", b"\r\n", b"\n\n", b"<a href=", b"@", b'"', b"\r", b"<"]
            )
            | st.binary(max_size=32)
        )


MUTATIONS = {
    f.__name__: f
    for f in (flip, truncate, header_lines, boundary, charset, transfer_encoding, huge_line,
              nest, control_bytes, splice)
}  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, ops: tuple[str, ...] = tuple(MUTATIONS)) -> bytes:
    raw = bytearray(draw(seeds()))
    for _ in range(draw(st.integers(1, 4))):
        MUTATIONS[draw(st.sampled_from(ops))](draw, raw)
    return bytes(raw)


# ---------------------------------------------------------------- the property


def assert_sound(raw: bytes) -> Report:
    started = time.perf_counter()
    report = check_bytes(raw, context=CTX)
    elapsed = time.perf_counter() - started
    assert elapsed < WALL_LIMIT_S, f"check_bytes took {elapsed:.2f} s on {len(raw)} bytes"
    assert isinstance(report, Report)
    assert report.verdict in Verdict
    assert 0 <= report.score <= 100
    ids = report.finding_ids()
    assert set(ids) <= CATALOGUE, set(ids) - CATALOGUE
    failed = [sf.finding.params for sf in report.findings if sf.id == ANALYZER_FAILED]
    assert not failed, f"analyzer raised: {failed}"
    assert not (report.error or "").startswith("parse-failed"), report.error
    if report.verdict is Verdict.UNKNOWN:
        assert report.error, "an UNKNOWN verdict must say why"
    if report.verdict is Verdict.LEGITIMATE:
        assert report.complete, "a cut-short analysis must not say legitimate"
    advice = advise_report(report, CTX.brands, lang="ja")
    as_json = render_json(report, advice, lang="ja")
    assert as_json.startswith("{") and "\x1b" not in as_json and "\x00" not in as_json
    text = render_text(report, advice, lang="en", color=False)
    assert text and "\x1b" not in text and "\x00" not in text, (
        "raw control bytes reach the terminal"
    )
    return report


@_fuzz_settings(300)
@given(mutated())
def test_mutated_mails_get_a_sound_report(raw: bytes) -> None:
    assert_sound(raw)


@_fuzz_settings(100)
@given(mutated(("boundary", "nest", "header_lines", "charset", "transfer_encoding")))
def test_structural_mutations(raw: bytes) -> None:
    assert_sound(raw)


@_fuzz_settings(30)
@given(mutated(("huge_line", "control_bytes", "flip")))
def test_huge_lines_and_control_bytes(raw: bytes) -> None:
    assert_sound(raw)


def test_seeds_are_judged_unmutated() -> None:
    # The property must hold on the seeds themselves, or mutations say nothing.
    paths = seed_paths()
    assert len(paths) >= 50
    for p in paths:
        assert_sound(p.read_bytes())

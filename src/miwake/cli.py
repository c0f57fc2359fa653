"""The `miwake` command: read mails, call the pipeline, print the verdict and what to do.

    miwake check FILE... [--format text|json] [--lang ja|en] [--did clicked,password,...]
                         [--feed PATH]... [--authserv-id HOST]... [--verify-dkim]
                         [--verify-spf] [--color auto|always|never] [--jobs N|auto]
    miwake --version

`-` reads one mail from stdin. Exit status (the worst over all inputs, in the order
legitimate < unknown < suspicious < phishing < input error):

    0 legitimate   1 suspicious   2 phishing   3 unknown (cannot judge)   4 usage / input error

This module judges nothing itself; it builds one `Context` (brands and feeds load once),
calls `check_file` / `check_bytes` per input and renders the Report.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TextIO

from miwake import __version__, startcache
from miwake.advice import DID_CHOICES, advise_report, parse_did
from miwake.analyzers.base import Context, Resolver
from miwake.knowledge.brands import load_brands
from miwake.model import Report, Verdict
from miwake.pipeline import check_bytes, check_file
from miwake.render.json import render_json
from miwake.render.safe import clean
from miwake.render.text import MAX_REASONS, render_text, use_color
from miwake.settings import Settings

EXIT_LEGITIMATE = 0
EXIT_SUSPICIOUS = 1
EXIT_PHISHING = 2
EXIT_UNKNOWN = 3
EXIT_USAGE = 4

EXIT_FOR_VERDICT = {
    Verdict.LEGITIMATE: EXIT_LEGITIMATE,
    Verdict.SUSPICIOUS: EXIT_SUSPICIOUS,
    Verdict.PHISHING: EXIT_PHISHING,
    Verdict.UNKNOWN: EXIT_UNKNOWN,
}
# "Worst" for several inputs: a found scam outranks a mail that could not be judged, and a
# broken invocation (missing file) outranks everything, as grep's 2 does.
_SEVERITY = {
    EXIT_LEGITIMATE: 0,
    EXIT_UNKNOWN: 1,
    EXIT_SUSPICIOUS: 2,
    EXIT_PHISHING: 3,
    EXIT_USAGE: 4,
}


def worst(codes: Sequence[int]) -> int:
    """The exit status for several inputs (0 when there are none)."""
    return max(codes, key=lambda c: _SEVERITY.get(c, 4), default=EXIT_LEGITIMATE)


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error; 2 means "phishing" here, so use 4."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="miwake",
        description="見分け: 偽のブランドメール（フィッシング）を見分け、理由と対処法を示します。 "
        "Tells a fake brand mail from a real one, says why and what to do now.",
        epilog="exit status: 0 legitimate, 1 suspicious, 2 phishing, 3 unknown, 4 usage/input "
        "error (several inputs: the worst)",
    )
    parser.add_argument("--version", action="version", version=f"miwake {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = commands.add_parser(
        "check",
        help="judge mail files (.eml); - reads stdin",
        description="Judge each mail file (RFC 5322 .eml); '-' reads one mail from stdin.",
        epilog="exit status: 0 legitimate, 1 suspicious, 2 phishing, 3 unknown, 4 usage/input "
        "error (several inputs: the worst)",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="mail file, or - for stdin")
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or one JSON object per line",
    )
    check.add_argument(
        "--lang",
        choices=("ja", "en"),
        default="ja",
        help="language of the explanation (default ja)",
    )
    check.add_argument(
        "--did",
        action="append",
        default=[],
        metavar="WHAT",
        help="what you already did: "
        + ", ".join(DID_CHOICES)
        + " (repeat or comma-separate); tailors the advice",
    )
    check.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="PATH",
        help="known-phishing URL list (JPCERT/CC CSV or one URL per line); repeatable",
    )
    check.add_argument(
        "--authserv-id",
        action="append",
        default=[],
        metavar="HOST",
        help="trust Authentication-Results only from this server (repeatable)",
    )
    check.add_argument(
        "--verify-dkim",
        action="store_true",
        help="verify DKIM signatures locally; looks up keys through the "
        "system's DNS resolver (network access)",
    )
    check.add_argument(
        "--verify-spf",
        action="store_true",
        help="evaluate SPF locally from the Received headers; uses the "
        "system's DNS resolver (network access)",
    )
    check.add_argument(
        "--all",
        action="store_true",
        help=f"list every reason in the text output (default: the heaviest {MAX_REASONS})",
    )
    check.add_argument(
        "--jobs",
        type=_jobs_arg,
        default=None,
        metavar="N|auto",
        help="judge in N processes (auto: one per CPU); output stays in input order. "
        f"Default: auto from {AUTO_JOBS_FROM} files on, else 1",
    )
    check.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text output (auto: only on a terminal, not with NO_COLOR)",
    )
    evaluation = commands.add_parser(
        "eval",
        help="judge a labelled corpus and print catch / false-alarm rates",
        description="Judge every message of a labelled corpus (labels.csv with path, label, "
        "source, lang, split) and print, per source and language, the share judged phishing, "
        "suspicious, legitimate or unknown, and messages per second.",
    )
    evaluation.add_argument("corpus", metavar="CORPUS_DIR", help="folder holding labels.csv")
    evaluation.add_argument(
        "--split",
        choices=("test", "dev", "all"),
        default="test",
        help="which split to judge (default test; tune only on dev)",
    )
    evaluation.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="PATH",
        help="known-phishing URL list to use while judging (repeatable)",
    )
    evaluation.add_argument(
        "--misses",
        type=int,
        default=0,
        metavar="N",
        help="also list up to N phishing mails judged legitimate and ham judged phishing",
    )
    return parser


class SystemResolver:
    """DNS TXT lookups through the system's resolver (dnspython), only for --verify-*.

    Errors other than "no such record" propagate: the verifier turns them into temperror.
    """

    def __init__(self, lifetime: float = 5.0) -> None:
        import dns.resolver  # imported here: only --verify-* pays for it

        self._dns = dns.resolver
        self._resolver = dns.resolver.Resolver()
        self._lifetime = lifetime

    def txt(self, name: str) -> list[str]:
        try:
            answer = self._resolver.resolve(name, "TXT", lifetime=self._lifetime)
        except (self._dns.NXDOMAIN, self._dns.NoAnswer):
            return []
        return [b"".join(rdata.strings).decode("utf-8", "replace") for rdata in answer]


def _say(stream: TextIO, text: str) -> None:
    stream.write(text)
    stream.flush()


_READ_ERRORS = {
    FileNotFoundError: ("ファイルが見つかりません", "no such file"),
    IsADirectoryError: ("ディレクトリです（ファイルを指定してください）", "is a directory"),
    PermissionError: ("読む権限がありません", "permission denied"),
}


def _read_error(path: str, exc: OSError, lang: str) -> str:
    ja, en = next(
        (words for kind, words in _READ_ERRORS.items() if isinstance(exc, kind)),
        ("読めません", "cannot read"),
    )
    detail = clean(exc.strerror or type(exc).__name__, 80)
    name = clean(path, 200)
    if lang == "en":
        return f"miwake: {name}: {en} ({detail})\n"
    return f"miwake: {name}: {ja} ({en}: {detail})\n"


def _unreadable_report(path: str, exc: OSError) -> Report:
    return Report.unknown(path, f"unreadable: {type(exc).__name__}")


def _internal_report(path: str, exc: BaseException) -> Report:
    return Report.unknown(path, f"internal: {type(exc).__name__}")


def _build_context(args: argparse.Namespace) -> Context:
    """One Context for every input: brands, feeds and the resolver load once."""
    feed = None
    if args.feed:
        from miwake.knowledge.feeds import load_feeds

        feed = load_feeds(args.feed)  # ValueError with a readable message on a bad file
    resolver: Resolver | None = None
    if args.verify_dkim or args.verify_spf:
        resolver = SystemResolver()
    settings = Settings(
        authserv_ids=tuple(h.strip().lower() for h in args.authserv_id if h.strip()),
        verify_dkim=args.verify_dkim,
        verify_spf=args.verify_spf,
        feed_paths=tuple(args.feed),
    )
    return Context(settings=settings, brands=load_brands(), resolver=resolver, feed=feed)


def _check_one(path: str, ctx: Context, stdin: TextIO, stderr: TextIO) -> Report:
    """Raises OSError when the input cannot be read; anything else becomes UNKNOWN."""
    try:
        if path == "-":
            raw = stdin.buffer.read(ctx.settings.limits.max_message_bytes + 1)
            return check_bytes(raw, path="-", context=ctx)
        return check_file(path, context=ctx)
    except OSError:
        raise
    except Exception as exc:  # the pipeline promises not to raise; guard anyway
        detail = clean(f"{type(exc).__name__}: {exc}", 200)
        _say(stderr, f"miwake: {clean(path, 200)}: internal error ({detail})\n")
        return _internal_report(path, exc)


@dataclass(frozen=True)
class _Job:
    """What every input of one `miwake check` is judged and rendered with."""

    ctx: Context
    did: tuple[str, ...]
    lang: str
    format: str
    color: bool
    limit: int | None


def _judge(job: _Job, path: str, stdin: TextIO) -> tuple[str | None, str, int]:
    """One input, start to end: (what to print on stdout, or None; what to print on
    stderr; exit code). The same in a worker process as in the main one."""
    errors = io.StringIO()
    try:
        report = _check_one(path, job.ctx, stdin, errors)
        code = EXIT_FOR_VERDICT[report.verdict]
    except OSError as exc:
        errors.write(_read_error(path, exc, job.lang))
        if job.format == "text":
            return None, errors.getvalue(), EXIT_USAGE
        report, code = _unreadable_report(path, exc), EXIT_USAGE
    advice = advise_report(report, job.ctx.brands, did=job.did, lang=job.lang)
    if job.format == "json":
        out = render_json(report, advice, lang=job.lang, version=__version__) + "\n"
    else:
        out = render_text(report, advice, lang=job.lang, color=job.color, max_reasons=job.limit)
    return out, errors.getvalue(), code


# The job of a worker process, set before the pool forks (so nothing is pickled but paths).
_WORKER_JOB: list[_Job] = []


def _start_worker() -> None:
    # Ctrl-C reaches the whole process group: the main process stops the pool; a worker
    # printing its own traceback would only be noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker compiles the patterns its mails need; written to the start-up cache when it
    # leaves (pool workers skip atexit), the next run's workers load them instead.
    from multiprocessing.util import Finalize

    Finalize(None, startcache.flush, exitpriority=0)


def _judge_in_worker(path: str) -> tuple[str | None, str, int]:
    return _judge(_WORKER_JOB[0], path, sys.stdin)


# `--jobs` left out: one process for a few mails (a pool's start costs more than it saves),
# one per CPU from this many on.
AUTO_JOBS_FROM = 50


def cpu_count() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def jobs_for(requested: str | None, files: Sequence[str]) -> int:
    """Worker processes to use: 1 means judge in this process."""
    if len(files) <= 1:
        return 1  # (before importing multiprocessing: ~3 ms of a one-file start)
    import multiprocessing

    if "-" in files or "fork" not in multiprocessing.get_all_start_methods():
        return 1  # stdin belongs to this process; without fork, workers would reload all
    if requested is None:
        requested = "auto" if len(files) >= AUTO_JOBS_FROM else "1"
    wanted = cpu_count() if requested == "auto" else int(requested)
    return max(1, min(wanted, len(files)))


def _jobs_arg(value: str) -> str:
    if value == "auto" or (value.isdigit() and int(value) >= 1):
        return value
    raise argparse.ArgumentTypeError(f"expected a number >= 1 or 'auto', not {value!r}")


def _results(
    job: _Job, files: Sequence[str], jobs: int, stdin: TextIO
) -> Iterator[tuple[str | None, str, int]]:
    """Every input's result, in input order."""
    if jobs == 1:
        for path in files:
            yield _judge(job, path, stdin)
        return
    _WORKER_JOB[:] = [job]
    # The first mail is judged here, before the fork: it loads the registry, builds the
    # look-alike index and compiles the patterns once, and every worker inherits them
    # instead of building its own (~0.3 s per worker).
    yield _judge(job, files[0], stdin)
    rest = files[1:]
    # Chunks: few enough round trips, small enough that the workers finish together.
    chunk = max(1, min(16, len(rest) // (jobs * 8)))
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_start_worker)
    with pool:  # (its exit terminates the workers: on an error or an early stop)
        yield from pool.imap(_judge_in_worker, rest, chunksize=chunk)
        # All done: let the workers leave on their own, running their exit hooks.
        pool.close()
        pool.join()


def run_check(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    lang: str = args.lang
    try:
        did = parse_did(args.did)
    except ValueError as exc:
        _say(
            stderr,
            f"miwake: --did: unknown value {clean(str(exc), 40)!r} "
            f"(choose from {', '.join(DID_CHOICES)})\n",
        )
        return EXIT_USAGE
    try:
        ctx = _build_context(args)
    except (ValueError, OSError) as exc:
        _say(stderr, f"miwake: {clean(str(exc), 300)}\n")
        return EXIT_USAGE

    job = _Job(
        ctx=ctx,
        did=did,
        lang=lang,
        format=args.format,
        color=args.format == "text" and use_color(stdout, args.color),
        limit=None if args.all else MAX_REASONS,
    )
    codes: list[int] = []
    results = _results(job, args.files, jobs_for(args.jobs, args.files), stdin)
    for number, (out, errors, code) in enumerate(results):
        if errors:
            _say(stderr, errors)
        codes.append(code)
        if out is not None:
            # Text reports are set apart by an empty line (JSON is one object per line).
            separator = "\n" if number and args.format == "text" else ""
            _say(stdout, separator + out)
    return worst(codes)


def run_eval(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from miwake.evaluate import (
        evaluate,
        print_calibration,
        print_misses,
        print_table,
        read_labels,
    )

    corpus = Path(args.corpus)
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    try:
        samples = read_labels(corpus, splits)
        feed = None
        if args.feed:
            from miwake.knowledge.feeds import load_feeds

            feed = load_feeds(args.feed)
    except (OSError, ValueError, KeyError) as exc:
        _say(stderr, f"miwake eval: {clean(str(exc), 300)}\n")
        return EXIT_USAGE
    ctx = Context(settings=Settings(feed_paths=tuple(args.feed)), brands=load_brands(), feed=feed)
    stdout.write(
        f"corpus {clean(str(corpus), 200)}, split {args.split}, feed: "
        f"{'yes' if feed else 'none'}\n\n"
    )
    result = evaluate(samples, ctx, keep_reports=True)
    print_table(result, stdout)
    print_calibration(result, stdout)
    if args.misses:
        print_misses(result, stdout, args.misses)
    return 0 if not result.errors else EXIT_USAGE


def _make_safe(stream: TextIO) -> None:
    """Never die on an encoding error: a narrow locale gets escapes, not a traceback."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command not in ("check", "eval"):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    _make_safe(sys.stdout)
    _make_safe(sys.stderr)
    try:
        if args.command == "eval":
            return run_eval(args, sys.stdout, sys.stderr)
        return run_check(args, sys.stdout, sys.stderr, sys.stdin)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`miwake check ... | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())

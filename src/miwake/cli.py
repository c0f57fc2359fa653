"""The `miwake` command: read mails, call the pipeline, print the verdict and what to do.

    miwake check FILE... [--format text|json] [--lang ja|en] [--did clicked,password,...]
                         [--feed PATH]... [--authserv-id HOST]... [--verify-dkim]
                         [--verify-spf] [--color auto|always|never]
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
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from miwake import __version__
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

    color = args.format == "text" and use_color(stdout, args.color)
    codes: list[int] = []
    for number, path in enumerate(args.files):
        try:
            report = _check_one(path, ctx, stdin, stderr)
            code = EXIT_FOR_VERDICT[report.verdict]
        except OSError as exc:
            _say(stderr, _read_error(path, exc, lang))
            report, code = _unreadable_report(path, exc), EXIT_USAGE
            if args.format == "text":
                codes.append(code)
                continue
        codes.append(code)
        advice = advise_report(report, ctx.brands, did=did, lang=lang)
        if args.format == "json":
            _say(stdout, render_json(report, advice, lang=lang, version=__version__) + "\n")
        else:
            separator = "\n" if number else ""
            limit = None if args.all else MAX_REASONS
            text = render_text(report, advice, lang=lang, color=color, max_reasons=limit)
            _say(stdout, separator + text)
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

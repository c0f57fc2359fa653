"""The `miwake` command: exit codes, formats, stdin, input errors, escaping end to end.

The first half replaces the pipeline with canned Reports (exit-code logic on its own); the
second half runs the real pipeline on the fixtures in tests/mails/cli/.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import miwake.cli as cli
from miwake import __version__
from miwake.analyzers.base import Context
from miwake.knowledge.brands import BrandRegistry
from miwake.model import Report, Verdict

CLI_MAILS = Path(__file__).parent / "mails" / "cli"
PHISH = CLI_MAILS / "amazon-phishing-lookalike-link.eml"
GENUINE = CLI_MAILS / "amazon-genuine-dmarc-pass.eml"
EMPTY = CLI_MAILS / "empty.eml"
NOT_A_MAIL = CLI_MAILS / "not-a-mail.eml"
HOSTILE = CLI_MAILS / "escapes-in-subject-and-display-name.eml"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --- exit-code logic with canned reports ------------------------------------------------


@pytest.fixture
def canned(monkeypatch: pytest.MonkeyPatch) -> dict[str, Report]:
    """check_file returns the report named by the file's stem; the registry is empty."""
    reports: dict[str, Report] = {}
    for verdict in Verdict:
        reports[verdict.value] = Report(
            verdict=verdict, score=0, brand=None, findings=(), complete=True
        )

    def fake_check_file(path: str, *, context: Context | None = None) -> Report:
        stem = Path(path).stem
        if stem == "boom":
            raise RuntimeError("analyzer exploded")
        if not Path(path).exists() and stem not in reports:
            raise FileNotFoundError(2, "No such file or directory", path)
        return reports[stem]

    monkeypatch.setattr(cli, "check_file", fake_check_file)
    monkeypatch.setattr(cli, "load_brands", lambda: BrandRegistry(()))
    return reports


@pytest.mark.parametrize(
    ("name", "code"), [("legitimate", 0), ("suspicious", 1), ("phishing", 2), ("unknown", 3)]
)
def test_exit_code_per_verdict(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str], name: str, code: int
) -> None:
    assert run(["check", f"{name}.eml"], capsys)[0] == code


def test_several_inputs_exit_with_the_worst(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["check", "legitimate.eml", "unknown.eml"], capsys)[0] == 3
    assert run(["check", "unknown.eml", "suspicious.eml"], capsys)[0] == 1
    assert run(["check", "phishing.eml", "unknown.eml", "legitimate.eml"], capsys)[0] == 2
    assert cli.worst([0, 3, 1, 2, 4]) == 4 and cli.worst([]) == 0


def test_missing_file_is_exit_4_with_one_line_and_the_others_still_run(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.eml"
    code, out, err = run(["check", "phishing.eml", str(missing)], capsys)
    assert code == 4
    assert "詐欺の可能性が高い" in out  # the readable input was still judged
    assert err.count("\n") == 1 and "nope.eml" in err and "ファイルが見つかりません" in err
    assert "Traceback" not in err


def test_missing_file_in_json_still_gives_a_line(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(
        ["check", "--format", "json", "--lang", "en", str(tmp_path / "x.eml")], capsys
    )
    assert code == 4 and "no such file" in err
    data = json.loads(out)
    assert data["verdict"] == "unknown" and data["error"] == "unreadable: FileNotFoundError"


def test_unexpected_exception_becomes_unknown(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["check", "--format", "json", "boom.eml"], capsys)
    assert code == 3 and json.loads(out)["error"] == "internal: RuntimeError"


def test_usage_errors_are_exit_4(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["check", "--format", "xml", "a.eml"])
    assert exc.value.code == 4
    with pytest.raises(SystemExit) as exc:
        cli.main(["check"])
    assert exc.value.code == 4
    assert cli.main([]) == 4
    code, _, err = run(["check", "--did", "hacked", "phishing.eml"], capsys)
    assert code == 4 and "--did" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"miwake {__version__}"


def test_bad_feed_is_exit_4(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(["check", "--feed", str(tmp_path / "none.csv"), "phishing.eml"], capsys)
    assert code == 4 and "none.csv" in err and "Traceback" not in err


def test_context_is_built_once_with_the_options(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Context] = []

    def spy(path: str, *, context: Context | None = None) -> Report:
        assert context is not None
        seen.append(context)
        return canned["legitimate"]

    monkeypatch.setattr(cli, "check_file", spy)
    argv = ["check", "--authserv-id", "MX1.Example.ne.jp", "--authserv-id", "mx2.example.ne.jp"]
    assert run([*argv, "a.eml", "b.eml"], capsys)[0] == 0
    assert len(seen) == 2 and seen[0] is seen[1]
    assert seen[0].settings.authserv_ids == ("mx1.example.ne.jp", "mx2.example.ne.jp")
    assert seen[0].resolver is None and seen[0].feed is None


# --- the real pipeline on fixture mails ---------------------------------------------------


def test_phishing_fixture_exits_2_and_explains(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", "--color", "never", str(PHISH)], capsys)
    assert code == 2, out
    assert out.startswith("✖ 詐欺の可能性が高い")
    assert "今すぐすること" in out and "info@antiphishing.jp" in out


def test_genuine_fixture_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", str(GENUINE)], capsys)
    assert code == 0, out
    assert out.startswith("✔ 問題は見つかりませんでした")


@pytest.mark.parametrize("path", [EMPTY, NOT_A_MAIL], ids=["empty", "not-a-mail"])
def test_unjudgeable_input_exits_3(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", str(path)], capsys)
    assert code == 3 and out.startswith("? 判定できません")


def test_json_one_line_per_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["check", "--format", "json", "--did", "password,card", str(PHISH), str(GENUINE),
         str(EMPTY)],
        capsys,
    )  # fmt: skip
    assert code == 2
    lines = out.splitlines()
    assert len(lines) == 3
    data = [json.loads(line) for line in lines]
    assert [d["verdict"] for d in data] == ["phishing", "legitimate", "unknown"]
    assert data[0]["path"] == str(PHISH) and data[0]["version"] == __version__
    assert data[0]["advice"]["did"] == ["password", "card"]
    assert data[0]["brand"]["key"] == "amazon"
    assert all(f["message_ja"] and f["message_en"] for f in data[0]["findings"])


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PHISH.read_bytes())))
    code, out, _ = run(["check", "--format", "json", "-"], capsys)
    assert code == 2 and json.loads(out)["path"] == "-"


def test_escapes_in_a_real_mail_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["check", "--color", "never", "--lang", "en", str(HOSTILE)], capsys)
    assert code in (0, 1, 2, 3)
    assert "\x1b" not in out and "\u202e" not in out and "\u200b" not in out
    assert "\r" not in out and "\x07" not in out
    assert "<U+202E>" in out  # shown, not obeyed
    code, out, _ = run(["check", "--format", "json", str(HOSTILE)], capsys)
    assert out.endswith("\n") and out[:-1].isprintable()
    assert "\x1b" not in out and "\u202e" not in out
    assert "\u202e" in json.loads(out)["subject"]


def test_entry_point_in_a_subprocess_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "miwake.cli", "check", "--lang", "en", "-"],
        input=GENUINE.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().startswith("✔ No problem found")


def test_feed_is_loaded_and_used(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text("# test feed\nhttp://amazon-co-jp.account-verify.top/signin\n", "utf-8")
    code, out, _ = run(["check", "--format", "json", "--feed", str(feed), str(PHISH)], capsys)
    assert code == 2
    assert "known.url_listed" in [f["id"] for f in json.loads(out)["findings"]]


def test_verify_dkim_builds_a_system_resolver(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Context] = []

    def spy(path: str, *, context: Context | None = None) -> Report:
        assert context is not None
        seen.append(context)
        return canned["legitimate"]

    monkeypatch.setattr(cli, "check_file", spy)
    assert run(["check", "--verify-dkim", "a.eml"], capsys)[0] == 0
    assert isinstance(seen[0].resolver, cli.SystemResolver)  # built, never queried here
    assert seen[0].settings.verify_dkim and not seen[0].settings.verify_spf


# --- --jobs: worker processes ------------------------------------------------------------


def _without_timing(json_lines: str) -> list[dict[str, object]]:
    out = []
    for line in json_lines.splitlines():
        data = json.loads(line)
        data.pop("elapsed_ms")  # wall time: the one field that differs between runs
        out.append(data)
    return out


def test_jobs_give_the_same_output_in_input_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = [str(p) for p in (PHISH, GENUINE, EMPTY, NOT_A_MAIL, HOSTILE, PHISH, GENUINE)]
    files[2:2] = [str(tmp_path / "missing.eml"), str(tmp_path)]  # unreadable: no file, a dir
    for fmt in ("json", "text"):
        one = run(["check", "--format", fmt, "--color", "never", "--jobs", "1", *files], capsys)
        three = run(["check", "--format", fmt, "--color", "never", "--jobs", "3", *files], capsys)
        assert one[0] == three[0] == 4
        assert one[2] == three[2] and one[2].count("\n") == 2  # one line per unreadable input
        if fmt == "text":
            assert one[1] == three[1]
        else:
            assert _without_timing(one[1]) == _without_timing(three[1])
            assert [d["path"] for d in _without_timing(three[1])] == files


def test_errors_in_a_worker_stay_clean_lines(
    canned: dict[str, Report], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The fake check_file is inherited by the forked workers.
    names = ["phishing.eml", str(tmp_path / "nope.eml"), "boom.eml", "legitimate.eml"]
    code, out, err = run(
        ["check", "--format", "json", "--lang", "en", "--jobs", "2", *names], capsys
    )
    assert code == 4 and "Traceback" not in err
    assert [json.loads(line)["error"] for line in out.splitlines()] == [
        None,
        "unreadable: FileNotFoundError",
        "internal: RuntimeError",
        None,
    ]
    lines = err.splitlines()
    assert len(lines) == 2
    assert "nope.eml: no such file" in lines[0]
    assert "boom.eml: internal error (RuntimeError: analyzer exploded)" in lines[1]


def test_jobs_default_and_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "cpu_count", lambda: 4)
    few, many = ["a.eml"] * 3, ["a.eml"] * cli.AUTO_JOBS_FROM
    assert cli.jobs_for(None, few) == 1  # a pool is not worth starting for a few mails
    assert cli.jobs_for(None, many) == 4
    assert cli.jobs_for("auto", few) == 3  # never more workers than inputs
    assert cli.jobs_for("2", many) == 2
    assert cli.jobs_for("auto", [*many, "-"]) == 1  # stdin is read by this process


def test_bad_jobs_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("0", "many", "-1"):
        with pytest.raises(SystemExit) as exc:
            cli.main(["check", "--jobs", bad, str(PHISH)])
        assert exc.value.code == 4
    assert "--jobs" in capsys.readouterr().err


def test_python_dash_m_miwake() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "miwake", "--version"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"miwake {__version__}"

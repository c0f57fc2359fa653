"""`miwake eval` over a small labelled corpus built from the fixture mails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MAILS
from miwake import cli
from miwake.evaluate import strip_label_leaks


def _corpus(tmp_path: Path) -> Path:
    rows = ["path,label,source,lang,split,sha256,bytes,label_basis,origin"]
    for i, src in enumerate(sorted((MAILS / "seed").glob("*.eml"))):
        label = "ham" if src.name.startswith("genuine-") else "phish"
        dest = tmp_path / "emails" / src.name
        dest.parent.mkdir(exist_ok=True)
        shutil.copy(src, dest)
        split = "test" if i % 2 else "dev"
        rows.append(f"emails/{src.name},{label},fixtures,ja,{split},x,0,manual,fixture")
    (tmp_path / "labels.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_eval_prints_rates_per_source_and_calibration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["eval", str(_corpus(tmp_path)), "--split", "all", "--misses", "5"])
    out = capsys.readouterr().out
    assert code == 0
    assert "| phish | fixtures | ja | 14 | 100.0% | 100.0% | 0.0% | 0.0% |" in out
    assert "| ham | fixtures | ja | 3 | 0.0% | 0.0% | 100.0% | 0.0% |" in out
    assert "messages/s" in out and "crashes: 0" in out
    assert "| score | phish | ham | share phishing |" in out


def test_eval_on_a_missing_corpus_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["eval", str(tmp_path / "nowhere")]) == cli.EXIT_USAGE
    assert "labels.csv" in capsys.readouterr().err


def test_label_leaks_are_stripped() -> None:
    raw = (
        b"X-Spam-Flag: YES\r\nX-Spam-Report: lots\r\n  of it\r\nFrom: a@example.jp\r\n"
        b"Subject: [list] [SPAM] hello\r\nTo: phishing@pot\r\n\r\nbody phishing@pot\r\n"
    )
    out = strip_label_leaks(raw)
    assert b"X-Spam" not in out and b"[SPAM]" not in out and b"phishing@pot" not in out
    assert b"Subject: [list] hello" in out and b"From: a@example.jp" in out

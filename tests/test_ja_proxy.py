"""The Japanese proxy set (eval/ja-proxy, see its README) meets issue 2's held-out goals:
at least 95% of its phishing judged phishing or suspicious, no genuine mail judged phishing.
It was written by the team and has been looked at, so this is a regression check."""

from __future__ import annotations

import csv
from pathlib import Path

from miwake import Verdict, check_file

ROOT = Path(__file__).resolve().parents[1] / "eval" / "ja-proxy"


def _judged() -> list[tuple[str, str, Verdict]]:
    with (ROOT / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [(r["path"], r["label"], check_file(ROOT / r["path"]).verdict) for r in rows]


def test_proxy_set_meets_the_held_out_goals() -> None:
    judged = _judged()
    phish = [v for _, label, v in judged if label == "phish"]
    genuine = [(p, v) for p, label, v in judged if label == "ham"]
    assert len(phish) >= 80 and len(genuine) >= 50
    caught = sum(v in (Verdict.PHISHING, Verdict.SUSPICIOUS) for v in phish)
    assert caught / len(phish) >= 0.95, f"{caught}/{len(phish)} phishing flagged"
    wrongly = [p for p, v in genuine if v is Verdict.PHISHING]
    assert not wrongly, f"genuine mail judged phishing: {wrongly}"

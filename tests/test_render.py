"""render/: text and JSON output, and above all that a mail cannot reach the terminal."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

import miwake.render.common as common
from miwake.advice import advise
from miwake.knowledge.catalogue import Entry
from miwake.model import BrandClaim, Evidence, Finding, Report, ScoredFinding, Verdict
from miwake.render import clean, escape_json, render_json, render_text, use_color
from miwake.render.json import report_dict

ESC = "\x1b"
BIDI = "\u202e"
HOSTILE = f"【重要】{ESC}[31mRED{ESC}[2J{ESC}]0;pwned\x07 {BIDI}gpj.exe\u200b\r\n\u2028\x9b1m"
SGR = re.compile(r"\x1b\[[0-9;]*m")  # our own colour codes, the only escapes allowed

CATALOGUE = {
    "test.link_mismatch": Entry(
        id="test.link_mismatch",
        group="links",
        weight=40,
        severity="high",
        text={
            "ja": "リンクの表示は {shown} ですが、実際の行き先は {actual} です。",
            "en": "The link shows {shown} but goes to {actual}.",
        },
        file="test.toml",
    ),
    "test.brand_name": Entry(
        id="test.brand_name",
        group="sender",
        weight=20,
        severity="medium",
        text={"ja": "差出人名は{brand}を名乗っています。", "en": "The sender claims {brand}."},
        file="test.toml",
    ),
    "test.dmarc_pass": Entry(
        id="test.dmarc_pass",
        group="auth",
        weight=-40,
        severity="trust",
        text={"ja": "{brand}のドメインで認証に成功しています。", "en": "Authenticated as {brand}."},
        file="test.toml",
    ),
}


@pytest.fixture(autouse=True)
def _catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "load_catalogue", lambda: CATALOGUE)


def scored(fid: str, points: float, *evidence: Evidence) -> ScoredFinding:
    entry = CATALOGUE[fid]
    return ScoredFinding(
        finding=Finding(id=fid, evidence=evidence),
        group=entry.group,
        weight=entry.weight,
        points=points,
        severity=entry.severity,
    )


AMAZON = BrandClaim(key="amazon", name_ja="Amazon（アマゾン）", name_en="Amazon", strength=0.9)


def phishing_report(subject: str = "アカウントがロックされました", sender: str = "") -> Report:
    return Report(
        verdict=Verdict.PHISHING,
        score=92,
        brand=AMAZON,
        findings=(
            scored(
                "test.link_mismatch",
                40,
                Evidence("link", "www.amazon.co.jp", "http://amazon-verify.top/x", "HTML link 1"),
                Evidence("link", "ログイン", "http://amazon-verify.top/y", "HTML link 2"),
            ),
            scored("test.brand_name", 20, Evidence("sender", "Amazon", "x@evil.top", "From")),
        ),
        complete=True,
        subject=subject,
        sender=sender or '"Amazon.co.jp" <x@evil.top>',
        path="mail.eml",
    )


# --- clean / escape_json -----------------------------------------------------------------


def test_clean_makes_every_control_and_format_character_visible() -> None:
    out = clean(HOSTILE, 500)
    assert ESC not in out and BIDI not in out and "\u200b" not in out and "\x9b" not in out
    assert "\r" not in out and "\n" not in out and "\u2028" not in out and "\x07" not in out
    assert out.isprintable()
    assert "\\x1b[31mRED" in out and "<U+202E>gpj.exe" in out  # the reader sees the trick
    assert "【重要】" in out


def test_clean_keeps_normal_japanese_and_ideographic_space() -> None:
    text = "お客様各位\u3000Amazon.co.jp をご利用いただきありがとうございます"
    assert clean(text) == text


def test_clean_truncates_long_values() -> None:
    out = clean("a" * 10_000, 120)
    assert len(out) == 121 and out.endswith("…")
    assert len(clean(BIDI * 1000, 50)) <= 51  # escapes count towards the limit
    assert clean("\udcff") == "<U+DCFF>"  # lone surrogates from undecodable bytes


def test_escape_json_keeps_the_value_and_hides_the_characters() -> None:
    value = {"s": HOSTILE + "\udcff\U000e0041"}
    line = escape_json(json.dumps(value, ensure_ascii=False))
    assert json.loads(line) == value
    assert line.isprintable()
    line.encode("utf-8")  # lone surrogates are escaped, so this cannot fail


# --- text --------------------------------------------------------------------------------


def test_text_has_verdict_score_brand_reasons_and_advice() -> None:
    report = phishing_report()
    out = render_text(report, advise(report.verdict), lang="ja")
    lines = out.splitlines()
    assert lines[0] == "✖ 詐欺の可能性が高い  (スコア 92/100)"
    assert "  名乗っているブランド: Amazon（アマゾン）" in lines
    assert "表示は www.amazon.co.jp ですが、実際の行き先は http://amazon-verify.top/x" in out
    assert "表示: www.amazon.co.jp → 実際: http://amazon-verify.top/x （場所: HTML link 1）" in out
    # heaviest first
    assert out.index("リンクの表示は") < out.index("差出人名はAmazon（アマゾン）を名乗っています")
    assert "今すぐすること" in out and "今後の対策" in out
    assert ESC not in out


def test_text_escapes_the_subject_display_name_and_evidence() -> None:
    report = Report(
        verdict=Verdict.SUSPICIOUS,
        score=45,
        brand=None,
        findings=(scored("test.link_mismatch", 40, Evidence("link", HOSTILE, HOSTILE, HOSTILE)),),
        complete=True,
        subject=HOSTILE,
        sender=f'"Amazon{BIDI}moc.nozama" <x@evil.top>',
        path=f"evil{ESC}[31m.eml",
    )
    for color in (False, True):
        out = render_text(report, advise(report.verdict), lang="ja", color=color)
        plain = SGR.sub("", out)
        assert ESC not in plain, "a mail-controlled escape reached the output"
        for bad in (BIDI, "\u200b", "\r", "\x07", "\x9b", "\u2028"):
            assert bad not in out
        assert "<U+202E>moc.nozama" in out


def test_colour_only_when_asked() -> None:
    report = phishing_report()
    assert ESC not in render_text(report, lang="ja", color=False)
    coloured = render_text(report, lang="ja", color=True)
    assert "\x1b[1;31m" in coloured and ESC not in SGR.sub("", coloured)


def test_long_evidence_is_truncated() -> None:
    long_url = "http://evil.top/" + "a" * 5000
    report = Report(
        verdict=Verdict.PHISHING,
        score=80,
        brand=None,
        findings=(scored("test.link_mismatch", 40, Evidence("link", "x", long_url)),),
        complete=True,
    )
    out = render_text(report, lang="ja")
    assert max(len(line) for line in out.splitlines()) < 400
    assert "…" in out


def test_many_evidence_items_are_summarised() -> None:
    ev = tuple(Evidence("link", f"t{i}", f"http://e{i}.top/") for i in range(10))
    report = Report(
        verdict=Verdict.PHISHING,
        score=80,
        brand=None,
        findings=(scored("test.link_mismatch", 40, *ev),),
        complete=True,
    )
    out = render_text(report, lang="ja")
    assert "ほか 7 件" in out and "http://e9.top/" not in out


def test_trust_signals_are_listed_separately_and_english_works() -> None:
    report = Report(
        verdict=Verdict.LEGITIMATE,
        score=0,
        brand=AMAZON,
        findings=(scored("test.dmarc_pass", -40, Evidence("auth", "", "amazon.co.jp")),),
        complete=True,
        subject="Your order",
        sender="Amazon <a@amazon.co.jp>",
    )
    out = render_text(report, advise(report.verdict, lang="en"), lang="en")
    assert out.startswith("✔ No problem found  (score 0/100)")
    assert "Signs it is genuine" in out and "Authenticated as Amazon." in out
    assert "Nothing suspicious was found." in out and "To be safe" in out


def test_unknown_shows_the_reason() -> None:
    report = Report(
        verdict=Verdict.UNKNOWN,
        score=0,
        brand=None,
        findings=(),
        complete=False,
        path="empty.eml",
        error="empty",
    )
    out = render_text(report, advise(report.verdict), lang="ja")
    assert out.splitlines()[0] == "? 判定できません"
    assert "理由: 中身が空です。" in out and "スコア" not in out
    assert "判定できないときは" in out


def test_incomplete_report_says_so() -> None:
    report = Report(
        verdict=Verdict.SUSPICIOUS,
        score=40,
        brand=None,
        findings=(),
        complete=False,
        limits_hit=("max_parts",),
    )
    assert "一部しか調べられませんでした（上限: max_parts）" in render_text(report)


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def test_use_color() -> None:
    tty, pipe = _Stream(True), _Stream(False)
    assert use_color(tty, "auto", {}) is True
    assert use_color(pipe, "auto", {}) is False
    assert use_color(tty, "auto", {"NO_COLOR": "1"}) is False
    assert use_color(tty, "auto", {"TERM": "dumb"}) is False
    assert use_color(pipe, "always", {"NO_COLOR": "1"}) is True
    assert use_color(tty, "never", {}) is False


# --- JSON --------------------------------------------------------------------------------

REQUIRED = {
    "schema", "version", "path", "verdict", "verdict_text", "score", "lang", "brand",
    "subject", "sender", "findings", "advice", "complete", "limits_hit", "error",
    "error_text", "elapsed_ms", "analyzers",
}  # fmt: skip


def test_json_is_one_valid_line_with_the_documented_keys() -> None:
    report = phishing_report(subject=HOSTILE, sender=f"Amazon{BIDI} <x@evil.top>")
    line = render_json(report, advise(report.verdict, did=["card"]), lang="ja", version="9.9")
    assert "\n" not in line and line.isprintable()
    data = json.loads(line)
    assert data.keys() >= REQUIRED
    assert data["verdict"] == "phishing" and data["score"] == 92 and data["version"] == "9.9"
    assert data["brand"] == {
        "key": "amazon",
        "name_ja": "Amazon（アマゾン）",
        "name_en": "Amazon",
        "strength": 0.9,
    }
    assert data["subject"] == HOSTILE  # data is passed through, only the wire is escaped
    first = data["findings"][0]
    assert first["id"] == "test.link_mismatch" and first["points"] == 40
    assert first["group"] == "links" and first["severity"] == "high"
    assert first["evidence"][0] == {
        "kind": "link",
        "shown": "www.amazon.co.jp",
        "actual": "http://amazon-verify.top/x",
        "where": "HTML link 1",
    }
    assert first["message"] == first["message_ja"] and "実際の行き先" in first["message_ja"]
    assert first["message_en"].startswith("The link shows www.amazon.co.jp")
    assert data["advice"]["did"] == ["card"]
    assert "カード会社" in data["advice"]["steps"][0]["text"]
    assert {"text", "url", "kind"} == data["advice"]["steps"][0].keys()


def test_json_unknown_and_english() -> None:
    report = Report(
        verdict=Verdict.UNKNOWN, score=0, brand=None, findings=(), complete=False, error="empty"
    )
    data = json.loads(render_json(report, None, lang="en"))
    assert data["verdict"] == "unknown" and data["brand"] is None and data["advice"] is None
    assert data["error"] == "empty" and data["error_text"] == "The input is empty."
    assert data["lang"] == "en" and data["subject"] is None


def test_json_messages_clean_but_evidence_raw() -> None:
    report = Report(
        verdict=Verdict.PHISHING,
        score=70,
        brand=None,
        findings=(scored("test.link_mismatch", 40, Evidence("link", HOSTILE, "x" * 5000)),),
        complete=True,
    )
    data = json.loads(render_json(report))
    finding = data["findings"][0]
    assert ESC not in finding["message"] and BIDI not in finding["message_en"]
    assert finding["evidence"][0]["shown"] == HOSTILE
    assert len(finding["evidence"][0]["actual"]) == 2001  # cut at VALUE_LIMIT + "…"


# --- docs/report.schema.json stays in step with the output ------------------------------

SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "report.schema.json"
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def _validate(value: Any, schema: dict[str, Any], where: str = "$") -> None:
    """The subset of JSON Schema the file uses: type, enum, required, properties, items,
    additionalProperties, minimum, maximum (no jsonschema dependency for one test)."""
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        ok = any(isinstance(value, _TYPES[n]) for n in names)
        if isinstance(value, bool) and "boolean" not in names:
            ok = False
        assert ok, f"{where}: {value!r} is not {names}"
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        assert value >= schema.get("minimum", value), where
        assert value <= schema.get("maximum", value), where
    if isinstance(value, dict):
        missing = set(schema.get("required", ())) - value.keys()
        assert not missing, f"{where}: missing {missing}"
        properties = schema.get("properties", {})
        undocumented = value.keys() - properties.keys()
        if "additionalProperties" not in schema:
            assert not undocumented, f"{where}: keys not in the schema: {undocumented}"
        for key, item in value.items():
            sub = properties.get(key, schema.get("additionalProperties", {}))
            _validate(item, sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _validate(item, schema["items"], f"{where}[{i}]")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_output_matches_the_documented_schema(lang: str) -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    reports = [
        phishing_report(subject=HOSTILE),
        Report(
            verdict=Verdict.UNKNOWN,
            score=0,
            brand=None,
            findings=(),
            complete=False,
            error="empty",
        ),
    ]
    for report in reports:
        advice = advise(report.verdict, did=["clicked"], lang=lang)
        for adv in (advice, None):
            _validate(json.loads(render_json(report, adv, lang=lang, version="0")), schema)
    with pytest.raises(AssertionError):
        _validate({"schema": 1}, schema)  # the validator does reject


def _stdlib_line(report: Report) -> str:
    data = report_dict(report, None)
    return escape_json(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


@pytest.mark.parametrize(
    ("shown", "points"),
    [
        (HOSTILE, 12.345),  # the orjson path
        ("lone \udcff surrogate", 1.5),  # orjson refuses it: the stdlib writes it
        ("x", 0.00001),  # orjson: 0.00001, stdlib: 1e-05
        ("x", 1e17),
        ("x", float("nan")),  # orjson: null, stdlib: NaN
        ("x", 2**70),  # beyond 64 bits: orjson refuses it
        ("\x00\x1f\x7f\u2028\U0001f600", 0.0),
    ],
)
def test_json_same_line_as_the_stdlib_encoder(shown: str, points: float) -> None:
    report = Report(
        verdict=Verdict.PHISHING,
        score=70,
        brand=None,
        findings=(scored("test.link_mismatch", points, Evidence("link", shown, "y")),),
        complete=True,
        elapsed_ms=3.25,
    )
    assert render_json(report) == _stdlib_line(report)

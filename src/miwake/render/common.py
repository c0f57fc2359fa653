"""Words every renderer shares: verdict labels, finding sentences, reasons for UNKNOWN.

Finding sentences come from the catalogue (`knowledge/catalogue.py`); the slot values are
mail-controlled, so they are cleaned (`render.safe.clean`) before they are filled in.
"""

from __future__ import annotations

from miwake.knowledge.catalogue import load_catalogue, render_sentence
from miwake.model import BrandClaim, ScoredFinding, Verdict
from miwake.render.safe import clean

LANGS = ("ja", "en")
SLOT_LIMIT = 80  # characters of one evidence value inside a sentence

VERDICT_LABELS: dict[Verdict, dict[str, str]] = {
    Verdict.PHISHING: {"ja": "詐欺の可能性が高い", "en": "Very likely a scam (phishing)"},
    Verdict.SUSPICIOUS: {"ja": "注意が必要", "en": "Suspicious: be careful"},
    Verdict.LEGITIMATE: {"ja": "問題は見つかりませんでした", "en": "No problem found"},
    Verdict.UNKNOWN: {"ja": "判定できません", "en": "Cannot judge this mail"},
}

SEVERITY_LABELS: dict[str, dict[str, str]] = {
    "high": {"ja": "高", "en": "high"},
    "medium": {"ja": "中", "en": "medium"},
    "low": {"ja": "低", "en": "low"},
    "info": {"ja": "参考", "en": "info"},
    "trust": {"ja": "本物らしさ", "en": "genuine"},
}

# Report.error codes (the part before ":") -> what they mean to a reader.
_ERRORS: dict[str, dict[str, str]] = {
    "empty": {"ja": "中身が空です。", "en": "The input is empty."},
    "not-a-mail": {
        "ja": "メールの形式ではありません（ヘッダーが見つかりません）。",
        "en": "This is not a mail (no mail header found).",
    },
    "parse-failed": {"ja": "メールを読み取れませんでした。", "en": "The mail could not be read."},
    "incomplete": {
        "ja": "上限に達したため一部しか調べられず、安全とは言い切れません。",
        "en": "Only part of the mail could be checked (a limit was hit), so it cannot be "
        "called safe.",
    },
    "unreadable": {"ja": "ファイルを読めませんでした。", "en": "The file could not be read."},
    "internal": {
        "ja": "内部エラーのため判定できませんでした。",
        "en": "An internal error stopped the check.",
    },
}

_NO_BRAND = {"ja": "そのブランド", "en": "the brand"}


def pick_lang(lang: str) -> str:
    return lang if lang in LANGS else "ja"


def verdict_label(verdict: Verdict, lang: str) -> str:
    return VERDICT_LABELS[verdict][pick_lang(lang)]


def severity_label(severity: str, lang: str) -> str:
    return SEVERITY_LABELS.get(severity, {}).get(pick_lang(lang), severity)


def error_text(error: str | None, lang: str) -> str:
    """A reader's sentence for Report.error; unknown codes are shown (cleaned) as they are."""
    if not error:
        return ""
    code = error.split(":", 1)[0].strip()
    known = _ERRORS.get(code)
    if known is not None:
        return known[pick_lang(lang)]
    return clean(error, 120)


def finding_message(sf: ScoredFinding, brand: BrandClaim | None, lang: str) -> str:
    """The catalogue sentence of one finding, its slots filled with cleaned evidence."""
    return finding_messages(sf, brand, (pick_lang(lang),))[0]


def finding_messages(
    sf: ScoredFinding, brand: BrandClaim | None, langs: tuple[str, ...] = LANGS
) -> tuple[str, ...]:
    """`finding_message` in each of `langs` (known languages), the slot values cleaned once."""
    entry = load_catalogue().get(sf.id)
    if entry is None:  # an id the catalogue lacks (should not happen: the lint test checks)
        return tuple(clean(sf.id, 120) for _ in langs)
    values = {key: clean(str(value), SLOT_LIMIT) for key, value in sf.finding.params.items()}
    if sf.finding.evidence:
        first = sf.finding.evidence[0]
        values.setdefault("shown", clean(first.shown, SLOT_LIMIT))
        values.setdefault("actual", clean(first.actual, SLOT_LIMIT))
        values.setdefault("where", clean(first.where, SLOT_LIMIT))
    given_brand = "brand" in values
    found: list[str] = []
    for lang in langs:
        if not given_brand:
            if brand is None:
                values["brand"] = _NO_BRAND[lang]
            else:
                name = brand.name_ja if lang == "ja" else brand.name_en
                values["brand"] = clean(name, SLOT_LIMIT)
        found.append(render_sentence(entry.text[lang], values))
    return tuple(found)

"""Scam lures that are not brand log-in phishing (`ScamAnalyzer`, group "scam").

Owns the phrase families of `data/phrases.scam.toml` (English, German, Portuguese,
Spanish, French, Dutch, Italian) and `data/phrases.scam.ja.toml` (Japanese): online
gambling bonuses, prize and gift-card "surveys", dating and adult bait, miracle health
products, investment and crypto schemes, inheritance and advance-fee stories, sextortion,
fake charges with a call-back number, money or refunds waiting to be claimed, refunds
"paid" at an ATM or released by a phone call, gift cards to buy for "the boss", fines and
legal threats. Also owns text written in disguised letters (𝐛𝐨𝐥𝐝 mathematical letters,
Cyrillic look-alikes inside Latin words, stray accents: "ḟeel sặd"), which exists only to
slip past filters.

The account/verification/credential lures, and the English prize, advance-fee, payment and
delivery phrases, belong to wording_en and are not repeated here. Each family is one finding;
the scam group cap (scoring.toml) keeps this wording alone below the phishing threshold:
these are signs a person would read as a scam, not proof of forgery.
"""

from __future__ import annotations

import re

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.wording_common import (
    WHERE_BODY,
    WHERE_SUBJECT,
    Hit,
    PhraseSet,
    family_findings,
    join_japanese,
    text_finding,
    texts_of,
)
from miwake.model import Finding

PHRASES = PhraseSet("phrases.scam.toml", word_start=True)
PHRASES_JA = PhraseSet("phrases.scam.ja.toml", word_start=False)

DISGUISED = "scam.disguised_letters"
MULTIPLE = "scam.multiple_lures"
# Lures that an anti-fraud notice quotes to warn against them ("「ATMで還付金を受け取れる」
# という電話は詐欺です", "gift card scams"): in a mail that names fraud, they are the warning.
_QUOTED_IN_WARNINGS = frozenset(
    {
        "scam.refund_at_atm",
        "scam.refund_callback",
        "scam.gift_card_request",
        "scam.chat_group_request",
    }
)
_FRAUD_WARNING_RE = startcache.compile(
    r"詐欺|だまされ|騙され|不審な(?:電話|メール)|を(?:かた|騙)る|なりすまし|注意喚起"
    r"|\bscams?\b|\bfraud|\bphishing\b",
    re.IGNORECASE,
)

# Letters that only a filter-dodger writes in running text: mathematical alphanumerics
# (𝐁𝐨𝐥𝐝, 𝘐𝘵𝘢𝘭𝘪𝘤, 𝕯𝖔𝖚𝖇𝖑𝖊), circled and squared letters (Ⓐ, 🅐, 🄰). Fullwidth letters are not
# here: Japanese text uses them normally.
_STYLED_RE = startcache.compile(
    "[\U0001d400-\U0001d7ff\u24b6-\u24e9\U0001f130-\U0001f189]{2,}"
    # Small capitals (ᴇɴᴇʀɢɪᴇ): phonetic letters that no running text is written in.
    "|[\u1d00-\u1d2b\u0262\u026a\u0274\u0280\u028f\u029c\u029f\ua731]{3,}"
)
# A Latin letter touching a Cyrillic or Greek one inside a word ("Yоur" with Cyrillic о).
_MIXED_RE = startcache.compile(
    "(?:[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z])"
)
# Accented Latin letters no language writes inside English-looking words (U+1E00..1E9F:
# ḁ ḅ ḟ ẵ are not Vietnamese, which uses U+1EA0..1EF9), next to plain letters.
_ODD_ACCENT_RE = startcache.compile("[A-Za-z][\u1e00-\u1e9f]|[\u1e00-\u1e9f][A-Za-z]")
# One character any match of the pattern above must contain: a search for it alone runs
# ~6x faster than the pattern, and almost no mail has one.
_STYLED_CHAR_RE = startcache.compile(
    "[\U0001d400-\U0001d7ff\u24b6-\u24e9\U0001f130-\U0001f189"
    "\u1d00-\u1d2b\u0262\u026a\u0274\u0280\u028f\u029c\u029f\ua731]"
)
_CYRILLIC_GREEK_RE = startcache.compile("[\u0370-\u03ff\u0400-\u04ff]")
_ODD_ACCENT_CHAR_RE = startcache.compile("[\u1e00-\u1e9f]")
# Any character of the three classes above: text without one has no disguise (one scan
# instead of three).
_ANY_DISGUISE_CHAR_RE = startcache.compile(
    "[\U0001d400-\U0001d7ff\u24b6-\u24e9\U0001f130-\U0001f189"
    "\u1d00-\u1d2b\u0262\u026a\u0274\u0280\u028f\u029c\u029f\ua731"
    "\u0370-\u03ff\u0400-\u04ff\u1e00-\u1e9f]"
)
_MIN_MIXED = 2  # one mixed word can be a name or a unit (kΩ); two in one mail are a disguise
_MIN_ODD_ACCENT = 3
_RAW_LIMIT = 20_000
# Different scam families in one mail: the shape of a scam, not of a newsletter that
# happens to mention one theme.
_MULTIPLE_MIN = 2
_MULTIPLE_CONFIDENCE = 0.5  # passing mentions ("viagra spam") do not count


class ScamAnalyzer:
    info = AnalyzerInfo(
        name="scam",
        emits=PHRASES.findings_ids() | PHRASES_JA.findings_ids() | frozenset({DISGUISED, MULTIPLE}),
        summary="Scam lures (gambling, prizes, dating, health, investment, advance fee, "
        "sextortion, call-back charges, money waiting, fines) and disguised letters.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        texts = texts_of(message)
        subject, body = texts.subject, texts.body
        hits: dict[str, Hit] = {}
        PHRASES.scan(subject, WHERE_SUBJECT, hits)
        PHRASES.scan(body, WHERE_BODY, hits)
        findings = family_findings(PHRASES, hits)
        if texts.kana:
            ja_hits: dict[str, Hit] = {}
            PHRASES_JA.scan(join_japanese(subject), WHERE_SUBJECT, ja_hits)
            PHRASES_JA.scan(join_japanese(body), WHERE_BODY, ja_hits)
            findings = _merge(findings, family_findings(PHRASES_JA, ja_hits))
        if any(f.id in _QUOTED_IN_WARNINGS for f in findings) and (
            _FRAUD_WARNING_RE.search(subject) or _FRAUD_WARNING_RE.search(body)
        ):
            findings = [f for f in findings if f.id not in _QUOTED_IN_WARNINGS]
        strong = [f for f in findings if f.confidence >= _MULTIPLE_CONFIDENCE]
        if len(strong) >= _MULTIPLE_MIN:
            ids = sorted(f.id.removeprefix("scam.") for f in strong)
            findings.append(Finding(MULTIPLE, params={"families": ", ".join(ids)}))
        disguised = _disguised(message.subject or "", WHERE_SUBJECT) or _disguised(
            texts.raw_body[:_RAW_LIMIT], WHERE_BODY
        )
        if disguised is not None:
            findings.append(disguised)
        return findings


def _merge(first: list[Finding], second: list[Finding]) -> list[Finding]:
    """One finding per id: the more confident of the two phrase sets'."""
    by_id = {f.id: f for f in first}
    for f in second:
        old = by_id.get(f.id)
        if old is None or f.confidence > old.confidence:
            by_id[f.id] = f
    return list(by_id.values())


def _disguised(text: str, where: str) -> Finding | None:
    """Text written in look-alike letters so that filters do not read it."""
    if not text or text.isascii() or _ANY_DISGUISE_CHAR_RE.search(text) is None:
        return None
    m = _STYLED_RE.search(text) if _STYLED_CHAR_RE.search(text) else None
    if m is not None:
        return text_finding(DISGUISED, _around(text, m.start(), m.end()), where)
    if _CYRILLIC_GREEK_RE.search(text, 0, _RAW_LIMIT):
        mixed = _MIXED_RE.findall(text, 0, _RAW_LIMIT)
        if len(mixed) >= _MIN_MIXED:
            m2 = _MIXED_RE.search(text)
            assert m2 is not None
            return text_finding(DISGUISED, _around(text, m2.start(), m2.end()), where, 0.8)
    if not _ODD_ACCENT_CHAR_RE.search(text, 0, _RAW_LIMIT):
        return None
    odd = _ODD_ACCENT_RE.findall(text, 0, _RAW_LIMIT)
    if len(odd) >= _MIN_ODD_ACCENT:
        m3 = _ODD_ACCENT_RE.search(text)
        assert m3 is not None
        return text_finding(DISGUISED, _around(text, m3.start(), m3.end()), where, 0.8)
    return None


def _around(text: str, start: int, end: int, context: int = 12) -> str:
    """The matched letters with a little context, on one line."""
    return " ".join(text[max(0, start - context) : end + context].split())

"""Japanese wording, subject and footer checks (`JapaneseWordingAnalyzer`, group "wording").

Owns:
- the Japanese lure-phrase families of `data/phrases.ja.toml`: threats and deadlines,
  payment problems, requests for passwords / card data / personal data, "click the link
  to verify", machine-translated sentences, "mark this as not spam" footers, urgent
  subject tags; plus one combined finding when threat, request and action come together;
- Chinese characters in Japanese text (Han characters cp932 cannot encode but gb2312 or
  big5 can: measured 0 false flags on natural Japanese, see design/MEASURED.md §4);
- odd spacing ("あなた の アカウント は"), words broken up by invisible characters,
  overuse of 「あなたの」;
- language-neutral subject and footer checks: a missing subject, another brand's postal
  address in the footer, a copyright line naming another brand than the one claimed.
  (A misspelled brand name, in the subject or elsewhere, is analyzers/brand.py's finding
  `brand.name_obfuscated`; invisible characters inside brand names too.)

The Japanese checks only run on text that contains kana: a Chinese or English mail is not
"unnatural Japanese".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.wording_common import (
    MAX_EVIDENCE,
    WHERE_BODY,
    WHERE_SUBJECT,
    Hit,
    PhraseSet,
    excerpt,
    expand_leading,
    factored,
    family_findings,
    invisible_in_words,
    join_japanese,
    lowered_ok,
    lowered_twin,
    needed_literals,
    normalise,
    split_alternatives,
    text_finding,
    texts_of,
    twin_possible,
)
from miwake.knowledge.brands import Brand, BrandRegistry
from miwake.message.types import ParsedMessage
from miwake.model import BrandClaim, Evidence, Finding

PHRASES = PhraseSet("phrases.ja.toml", word_start=False)

# Families that make up the classic lure: a threat, a request for data, a way to act.
_THREAT = frozenset(
    {"urgency", "account_threat", "security_alert", "payment_problem", "delivery_problem"}
)
_ASK = frozenset({"credential_request", "action_link", "qr_code"})

_HAN_RE = startcache.compile("[\u4e00-\u9fff]")
# Chinese-only characters are rare; the scan stops after this many.
_MAX_HAN_EVIDENCE = 8
# "あなた の アカウント は": a one- or two-kana particle between spaces, with Japanese on
# both sides. Layout spaces in genuine mail sit between labels and values (「氏名 山田」),
# not around particles.
_JA_CHAR = "[\u3041-\u309f\u30a0-\u30ff\u4e00-\u9fff]"
_ODD_SPACE_RE = startcache.compile(f"{_JA_CHAR} [\u3041-\u3093]{{1,2}} {_JA_CHAR}")
_ODD_SPACE_MIN = 3
_ANATA_RE = startcache.compile("あなたの")
_ANATA_MIN = 3
_INVISIBLE_MIN = 2  # hidden characters: removed from the subject, or left inside words

# Sentences in which a genuine brand warns about phishing or says what it never asks
# ("メールでパスワードをお尋ねすることはありません", "…を装った詐欺メールにご注意ください"):
# the lure words they name are not a lure, so they are cut out before the phrases are read.
_DISCLAIMER_RE = startcache.compile(
    "(?:お?尋ね|おたずね|お伺い|お聞き|お願い|ご依頼|要求|求め|ご案内|ご連絡|送信|入力させ)"
    "(?:する|いたす|させていただく)?こと(?:は|も)(?:一切|決して|絶対に)?"
    "(?:ございません|ありません|ない|しておりません|いたしません)"
    "|(?:お?尋ね|おたずね|お聞き|要求|求め)(?:いた)?しません"
    # "…を入力しないでください", "誰にも教えないで": the sender warning against the request
    "|(?:入力|送信|返信|回答|記入|登録)(?:は|を)?(?:絶対に|決して)?(?:しないで|なさらないで|されないよう|しないよう)"
    "|教えないで|伝えないで"
    # "…をお知らせいただく必要はありません": the request is said not to be needed
    "|(?:お知らせ|ご連絡|ご返信|返信|ご入力|入力|ご記入|記入|お伝え|ご提供|提供|ご送信|送信)"
    "(?:いただく|頂く|する|される)?必要は(?:一切|全く)?(?:ありません|ございません|ない)"
    "|偽(?:の)?(?:サイト|メール|ページ|SMS|ウェブサイト|ログイン画面)|を装った|を装う|をかたる|を騙る"
    "|盗み取|騙し取|だまし取|詐取|フィッシング(?:詐欺|メール|サイト)(?:に|へ|の被害)"
)
# Where a disclaimer can start: the same alternatives regrouped so that every branch
# begins with its literal first character, which `re` then skips to in C (the pattern
# above starts with groups and is tried at every position: ~120 us on a Japanese body,
# against ~10). Each place found is read with _DISCLAIMER_RE itself (`_disclaimers`).
_DISCLAIMER_AT = startcache.compile(
    factored(
        [
            variant
            for alternative in split_alternatives(_DISCLAIMER_RE.pattern)
            for variant in expand_leading(alternative)
        ]
    )
)
# How far a cut reaches back from the marker when no sentence mark comes first: a
# disclaimer broken over two lines ("カード番号や暗証番号を / お尋ねすることは…").
_DISCLAIMER_BACK = 60
_DISCLAIMER_FORWARD = 30
_SENTENCE_END = "。！？!?※"


def _disclaimers(text: str) -> Iterator[re.Match[str]]:
    """`_DISCLAIMER_RE.finditer(text)`: _DISCLAIMER_AT finds where the next match starts
    (it matches exactly where one of the alternatives does), the pattern reads it there."""
    pos = 0
    while (at := _DISCLAIMER_AT.search(text, pos)) is not None:
        m = _DISCLAIMER_RE.match(text, at.start())
        if m is None:  # (cannot happen: both match at the same places)
            pos = at.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def _without_disclaimers(text: str) -> str:
    """`text` with every disclaimer sentence replaced by a sentence mark."""
    if _DISCLAIMER_AT.search(text) is None:
        return text
    out: list[str] = []
    pos = 0
    for m in _disclaimers(text):
        if m.start() < pos:
            continue
        start = max(pos, m.start() - _DISCLAIMER_BACK)
        for mark in _SENTENCE_END:
            start = max(start, text.rfind(mark, start, m.start()) + 1)
        end = min(len(text), m.end() + _DISCLAIMER_FORWARD)
        for mark in _SENTENCE_END:
            found = text.find(mark, m.end(), end)
            if found != -1:
                end = found
        out.append(text[pos:start])
        out.append("。")
        pos = end
    out.append(text[pos:])
    return "".join(out)


# A copyright line, not the word in prose: "©", "(c) 2024", "Copyright 2024", "コピーライトマーク".
_COPYRIGHT_RE = startcache.compile(
    r"©|\(c\) ?(?:19|20)\d\d|copyright ?(?:©|\(c\)|(?:19|20)\d\d)|コピーライト", re.IGNORECASE
)
_COPYRIGHT_WINDOW = 60
_COPYRIGHT_LOWER_RE = lowered_twin(_COPYRIGHT_RE)  # for ASCII text, lowered


@dataclass(frozen=True, slots=True)
class _BrandIndex:
    """Per-registry lookups, built once per registry (registries are built once per run)."""

    registry: BrandRegistry
    alias_pattern: str  # every brand alias, for copyright lines ("" when none)
    aliases_by_first: dict[str, tuple[str, ...]] | None  # for lowered text: _aliases_in
    alias_owner: dict[str, str]  # normalised alias -> brand key


_INDEX: dict[int, _BrandIndex] = {}


def _brand_index(registry: BrandRegistry) -> _BrandIndex:
    cached = _INDEX.get(id(registry))
    if cached is not None and cached.registry is registry:
        return cached
    owner: dict[str, str] = {}
    for brand in registry.brands:
        for alias in (*brand.aliases, *brand.ascii_word_aliases, brand.name_en):
            norm = normalise(alias).casefold()
            if not norm:
                continue
            owner.setdefault(norm, brand.key)
    long_aliases = sorted((a for a in owner if len(a) >= 3), key=len, reverse=True)
    # Latin names as whole words only: "ING" (the bank) is not in "HOLDINGS".
    alias_pattern = "|".join(
        f"(?<![a-z0-9]){re.escape(a)}(?![a-z0-9])" if a.isascii() else re.escape(a)
        for a in long_aliases
    )
    by_first: dict[str, tuple[str, ...]] | None = None
    if alias_pattern and twin_possible(alias_pattern, re.IGNORECASE):
        # For lowered text (lowered_ok): the aliases by first character, in alias_re's
        # order, for _aliases_in (a flat alternation of ~500 names costs ~0.3 ms per
        # copyright line in `re`; a trie pattern costs 30 ms to compile).
        grouped: dict[str, list[str]] = {}
        for alias in long_aliases:
            grouped.setdefault(alias[0], []).append(alias)
        by_first = {ch: tuple(names) for ch, names in grouped.items()}
    index = _BrandIndex(registry, alias_pattern, by_first, owner)
    if len(_INDEX) > 8:  # tests build many registries; keep the cache small
        _INDEX.clear()
    _INDEX[id(registry)] = index
    return index


@cache
def _alias_regex(pattern: str) -> re.Pattern[str]:
    # compiled on first use (~0.1 s): most runs read only lowered text (_aliases_in)
    return startcache.compile(pattern, re.IGNORECASE)


_LOWER_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _aliases_in(lowered: str, by_first: dict[str, tuple[str, ...]]) -> list[str]:
    """The aliases alias_re.finditer finds in the text that `lowered` (= text.lower(),
    lowered_ok) comes from, as lowered_twin(alias_re) would on `lowered`: left to right,
    at each position the first alias in alias_re's order that is there (latin names with
    no [a-z0-9] on either side), then on after it."""
    found: list[str] = []
    i, end = 0, len(lowered)
    while i < end:
        for alias in by_first.get(lowered[i], ()):
            if not lowered.startswith(alias, i):
                continue
            after = i + len(alias)
            if alias.isascii() and (
                (i and lowered[i - 1] in _LOWER_ALNUM)
                or (after < end and lowered[after] in _LOWER_ALNUM)
            ):
                continue
            found.append(alias)
            i = after
            break
        else:
            i += 1
    return found


_DEFECT_COUNT_RE = startcache.compile(r"^(\d+) invisible")


def _subject_invisible(message: ParsedMessage) -> int:
    """Invisible characters the parser removed from the Subject header."""
    total = 0
    for defect in message.defects:
        if defect.kind == "invisible-chars" and "subject" in defect.where.casefold():
            m = _DEFECT_COUNT_RE.match(defect.detail)
            total += int(m.group(1)) if m else 1
    return total


def _chinese_chars(text: str) -> list[str]:
    """Han characters that Japanese (cp932) cannot write but Chinese (gb2312/big5) can."""
    found: list[str] = []
    # Each distinct character once, in order of first appearance (findall and
    # dict.fromkeys in C: a Japanese body has hundreds of kanji, ~100 of them distinct).
    for ch in dict.fromkeys(_HAN_RE.findall(text)):
        chinese = _CHINESE_ONLY.get(ch)
        if chinese is None:
            chinese = not _encodable(ch, "cp932") and (
                _encodable(ch, "gb2312") or _encodable(ch, "big5")
            )
            _CHINESE_ONLY[ch] = chinese  # (bounded: at most the ~21,000 of _HAN_RE)
        if chinese:
            found.append(ch)
            if len(found) >= _MAX_HAN_EVIDENCE:
                break
    return found


_CHINESE_ONLY: dict[str, bool] = {}


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _brand_for(target: Target) -> Brand | None:
    claim: BrandClaim | None = target.brand
    if claim is None:
        return None
    return target.context.brands.get(claim.key)


class JapaneseWordingAnalyzer:
    info = AnalyzerInfo(
        name="wording_ja",
        emits=PHRASES.findings_ids()
        | frozenset(
            {
                "wording.ja.lure_combo",
                "wording.ja.chinese_chars",
                "wording.ja.odd_spacing",
                "wording.ja.anata_overuse",
                "wording.obfuscated_words",
                "wording.subject_missing",
                "wording.footer_foreign_address",
                "wording.footer_copyright_mismatch",
            }
        ),
        summary="Japanese lure phrases, unnatural Japanese, subject and footer anomalies.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        raw_subject = message.subject or ""
        texts = texts_of(message)
        raw_body = texts.raw_body
        findings: list[Finding] = []

        # The parser removes most invisible characters and notes how many (a defect); in the
        # subject that is always a trick. Variation selectors it leaves in place: count those
        # inside words here.
        in_subject = _subject_invisible(message) + invisible_in_words(raw_subject)
        invisible = in_subject + invisible_in_words(raw_body)
        subject, body = texts.subject, texts.body

        if invisible >= _INVISIBLE_MIN:
            shown, where = (subject, WHERE_SUBJECT) if in_subject else (body, WHERE_BODY)
            conf = 1.0 if invisible >= 5 else 0.6
            findings.append(
                text_finding(
                    "wording.obfuscated_words", shown[:80], where, conf, count=str(invisible)
                )
            )

        if not subject:
            findings.append(
                Finding(
                    "wording.subject_missing", evidence=(Evidence("header", where=WHERE_SUBJECT),)
                )
            )

        findings.extend(self._footer(target, body))

        if texts.kana:
            findings.extend(self._japanese(subject, body, bool(message.links or message.forms)))
        return findings

    def _japanese(self, subject: str, body: str, has_links: bool) -> list[Finding]:
        findings: list[Finding] = []
        hits: dict[str, Hit] = {}
        subject_j = join_japanese(subject)
        body_j = join_japanese(body)
        PHRASES.scan(subject_j, WHERE_SUBJECT, hits)
        PHRASES.scan(_without_disclaimers(body_j), WHERE_BODY, hits)
        findings.extend(family_findings(PHRASES, hits))

        found = set(hits)
        lure = found & (_THREAT | _ASK)
        # A QR code to scan is the link of a quishing mail, which often has no other.
        reachable = has_links or "qr_code" in found
        if found & _THREAT and found & _ASK and reachable and len(lure) >= 3:
            findings.append(
                Finding("wording.ja.lure_combo", params={"families": ", ".join(sorted(lure))})
            )

        chinese = _chinese_chars(subject + "\n" + body)
        if chinese:
            where = WHERE_SUBJECT if chinese[0] in subject else WHERE_BODY
            conf = 1.0 if len(chinese) >= 2 else 0.7
            findings.append(
                text_finding(
                    "wording.ja.chinese_chars",
                    "".join(chinese),
                    where,
                    conf,
                    count=str(len(chinese)),
                )
            )

        spaced = [
            m for _, m in zip(range(_ODD_SPACE_MIN + 2), _ODD_SPACE_RE.finditer(body), strict=False)
        ]
        if len(spaced) >= _ODD_SPACE_MIN:
            first = spaced[0]
            shown = excerpt(body, first.start(), first.end())
            conf = 1.0 if len(spaced) > _ODD_SPACE_MIN else 0.7
            findings.append(text_finding("wording.ja.odd_spacing", shown, WHERE_BODY, conf))

        anata = len(_ANATA_RE.findall(subject_j)) + len(_ANATA_RE.findall(body_j))
        if anata >= _ANATA_MIN:
            m = _ANATA_RE.search(body_j)
            shown = excerpt(body_j, m.start(), m.end()) if m else "あなたの"
            conf = 1.0 if anata >= 5 else 0.7
            findings.append(
                text_finding("wording.ja.anata_overuse", shown, WHERE_BODY, conf, count=str(anata))
            )
        return findings

    def _footer(self, target: Target, body: str) -> list[Finding]:
        claimed = _brand_for(target)
        if claimed is None:
            return []
        findings: list[Finding] = []
        # Searched lowered, without IGNORECASE (see lowered_twin): same matches, far faster.
        lowered = body.lower() if lowered_ok(body) else None
        # Footers sit at the end; the address of another company anywhere is just as odd.
        for entry in _ADDRESSES:
            if entry.brand == claimed.key:
                continue
            if lowered is not None and entry.lower_regex is not None:
                if entry.needed and not any(n in lowered for n in entry.needed):
                    continue  # (no literal that a match needs: the search would fail)
                m = entry.lower_regex.search(lowered)
            else:
                m = entry.regex.search(body)
            if m is not None:
                shown = excerpt(body, m.start(), m.end())
                findings.append(
                    text_finding(
                        "wording.footer_foreign_address", shown, WHERE_BODY, owner=entry.brand
                    )
                )
                break
        index = _brand_index(target.context.brands)
        if not index.alias_pattern:
            return findings
        claimed_aliases = {
            normalise(a).casefold() for a in (*claimed.aliases, claimed.name_en, claimed.key)
        }
        evidence: list[Evidence] = []
        copyright_re, text = _COPYRIGHT_RE, body
        if lowered is not None and _COPYRIGHT_LOWER_RE is not None:
            copyright_re, text = _COPYRIGHT_LOWER_RE, lowered
        for m in copyright_re.finditer(text):
            window = body[m.end() : m.end() + _COPYRIGHT_WINDOW]
            if index.aliases_by_first is not None and lowered_ok(window):
                # The casefold of a lowered match is that of the match itself (checked over
                # every code point outside _LOWER_UNSAFE); aliases are casefolded already.
                names = _aliases_in(window.lower(), index.aliases_by_first)
            else:
                alias_re = _alias_regex(index.alias_pattern)
                names = [a.group().casefold() for a in alias_re.finditer(window)]
            named = {index.alias_owner.get(name, "") for name in names}
            named.discard("")
            folded = window.casefold()
            if named and claimed.key not in named and not any(a in folded for a in claimed_aliases):
                shown = excerpt(body, m.start(), m.end() + min(len(window), 40))
                evidence.append(Evidence("text", shown=shown, where=WHERE_BODY))
                if len(evidence) >= MAX_EVIDENCE:
                    break
        if evidence:
            findings.append(Finding("wording.footer_copyright_mismatch", evidence=tuple(evidence)))
        return findings


@dataclass(frozen=True, slots=True)
class _Address:
    brand: str
    regex: re.Pattern[str]
    lower_regex: re.Pattern[str] | None  # for ASCII text, lowered (lowered_twin)
    # Literals one of which every match of lower_regex contains (needed_literals): most
    # addresses are alternations `re` tries at every position (~40 us a body), while
    # `in` rules a body out in ~1 us.
    needed: tuple[str, ...] = ()


def _load_addresses() -> tuple[_Address, ...]:
    out = []
    for raw in PHRASES.data.get("brand_address", []):
        regex = startcache.compile(str(raw["re"]), re.IGNORECASE)
        twin = lowered_twin(regex)
        needed = needed_literals(twin.pattern) if twin is not None else ()
        out.append(_Address(str(raw["brand"]), regex, twin, needed))
    return tuple(out)


_ADDRESSES = _load_addresses()

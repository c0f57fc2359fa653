"""English (and other latin-script) lure wording (`EnglishWordingAnalyzer`, group "wording").

Owns the phrase families of `data/phrases.en.toml`: account threats ("your account has
been suspended"), security alerts ("unusual sign-in activity"), urgency ("within 24
hours", "failure to verify will result in..."), verification and credential requests,
mailbox-quota lures, "click here to verify", odd footers ("Regard,", "mark this as not
spam"); German, Portuguese, Spanish, French, Dutch and Italian equivalents of the commonest
ones.

Each family is one finding, so that weights add up; a combined finding is added when a
threat, a request and a link come together, the shape of nearly every credential lure.
No single family is strong: newsletters say "click here" and security lists say
"unauthorized access".
"""

from __future__ import annotations

import re
from itertools import pairwise

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.wording_common import (
    WHERE_BODY,
    WHERE_SUBJECT,
    Hit,
    PhraseSet,
    family_findings,
    texts_of,
)
from miwake.message.types import ParsedMessage
from miwake.model import Evidence, Finding

PHRASES = PhraseSet("phrases.en.toml", word_start=True)

_THREAT = frozenset(
    {"account_threat", "security_alert", "urgency", "mailbox", "payment_problem", "delivery"}
)
_ASK = frozenset({"verify_request", "credential_request", "action_link", "document", "qr_code"})
_COMBO_MIN_FAMILIES = 3

RANDOM_CODE = "wording.subject_random_code"
UNDERSCORED = "wording.subject_underscored"
# Words glued by underscores instead of spaces ("_You_have_won_an_iPhone_"): a trick to get
# past word filters. Programmers' identifiers (_rtl92e_wx_set_scan, CONFIG_X86_64) have no
# capitalised word and sit among ordinary words; the trick makes up most of the field.
_JOINED_RE = startcache.compile(r"(?<![^\W_])_*[^\W\d_]+(?:_+[^\W_]+){2,}_*")
_TITLE_WORD_RE = startcache.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")
_LETTERS_RE = startcache.compile(r"[^\W\d_]+")
_FIELD_WORD_RE = startcache.compile(r"[^\W_]+")
_JOINED_SHARE = 0.6
OFFSCREEN = "wording.offscreen_text"
# Style that pushes part of the mail far below what any screen shows ("margin-top:
# 470500px", "height: 10000vh"): room for a hidden copy of someone else's newsletter that
# filters read and the reader never sees. Hiding a preheader moves it off to the left
# (left:-9999px) or shrinks it; nothing genuine pushes text a hundred thousand pixels down.
# Big lengths are found first, by their unit: a pattern that starts with a literal is
# searched for in C, ten times faster than one that starts with digits; only those few are
# checked for the property written before them. (Units in capitals are left out: nobody
# writes "PX", and the search would lose its literal.)
_BIG_PX_RE = startcache.compile(r"px(?<=\d{6}px)")  # 100000px and more
_BIG_VH_RE = startcache.compile(r"vh(?<=\d{4}vh)")  # 1000vh and more
_PUSH_DOWN_RE = startcache.compile(
    r"(?<![\w-])(?:margin-top|padding-top|top|margin-bottom|padding-bottom)\s*:\s*\+?$",
    re.IGNORECASE,
)
_TALL_RE = startcache.compile(r"(?<![\w-])(?:min-height|height)\s*:\s*$", re.IGNORECASE)
_PROPERTY_WINDOW = 40
_SUBJECT_FIELD = 300
# A letter-digit token in the subject; hyphenated pieces of up to 5 characters count as one
# ("A7X9-KQ2P"), longer ones do not ("sun4i-a10-system-control" is a compatible string).
_TOKEN_RE = startcache.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]{1,5}(?![A-Za-z0-9]))*")
# Words glued in camel case ("PerMsgStatus", "Mark2CurSeen", "PayPal2023"): identifiers and
# product names ("iPhone15Pro"), not random codes. Random strings break into one-letter
# pieces ("wpsPADwQ").
_CAMEL_RE = startcache.compile(r"[a-z]?(?:[A-Z][a-z]{2,}|[a-z]{2,}|[A-Z]{2,}(?![a-z])|[0-9]+)+")
_HEX_RE = startcache.compile(r"[0-9a-f]+|[0-9A-F]+")  # commit ids and message hashes in list mail
# A code set off at the very end behind a run of spaces, dots or underscores:
# "... Reageer alstublieft!     XSTZDXPXTF", "............ MZ1353320".
_TAIL_RE = startcache.compile(r"(?:\s{3,}|\.{3,}\s*|_{2,})([A-Z0-9]{6,})\W*$")
# A code the subject itself names ("verification code: A7X9K2", "予約番号 2K8JQ9") is there
# for the reader, as in genuine one-time-password and booking mails; filter-dodging codes
# come unnamed.
_LABEL_BEFORE_RE = startcache.compile(
    r"(?:code|pin|password|passcode|number|no\.?|id|ticket|case|order|booking|reservation"
    r"|confirmation|コード|番号|パスワード|暗証|ＩＤ|ID)(?:\s+is|は)?\s*[:：#＃]?\s*$",
    re.IGNORECASE,
)
_DIGIT_RE = startcache.compile("[0-9]")
_MIXED_MIN_LEN = 8
_ALNUM_MIN_LEN = 6
_ALNUM_MAX_DIGITS = 0.7  # a mostly-digit code is a tracking or order number (1Z999AA1...)


class EnglishWordingAnalyzer:
    info = AnalyzerInfo(
        name="wording_en",
        emits=PHRASES.findings_ids()
        | frozenset({"wording.en.lure_combo", RANDOM_CODE, UNDERSCORED, OFFSCREEN}),
        summary="Lure phrases in English, German, Portuguese, Spanish, French, Dutch and Italian.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        texts = texts_of(message)
        subject, body = texts.subject, texts.body
        hits: dict[str, Hit] = {}
        PHRASES.scan(subject, WHERE_SUBJECT, hits)
        PHRASES.scan(body, WHERE_BODY, hits)
        code = random_code(message.subject or "")
        coded = [] if code is None else [_code_finding(code)]
        joined = underscored_words((message.subject or "")[:_SUBJECT_FIELD])
        if joined is not None:
            coded.append(
                Finding(
                    UNDERSCORED, evidence=(Evidence("header", shown=joined, where=WHERE_SUBJECT),)
                )
            )
        offscreen = _offscreen(message)
        if offscreen is not None:
            coded.append(offscreen)
        if not hits:
            return coded
        findings = family_findings(PHRASES, hits) + coded
        found = set(hits)
        lure = found & (_THREAT | _ASK)
        has_links = bool(message.links or message.forms or message.attachments)
        if found & _THREAT and found & _ASK and has_links and len(lure) >= _COMBO_MIN_FAMILIES:
            findings.append(
                Finding("wording.en.lure_combo", params={"families": ", ".join(sorted(lure))})
            )
        return findings


def _offscreen(message: ParsedMessage) -> Finding | None:
    """The first style rule that pushes text out of sight, as a finding; None when none."""
    for part in message.parts:
        if not part.html:
            continue
        html = part.html
        for length_re, property_re in ((_BIG_PX_RE, _PUSH_DOWN_RE), (_BIG_VH_RE, _TALL_RE)):
            for m in length_re.finditer(html):
                number = m.start()
                while number > 0 and html[number - 1].isdigit():
                    number -= 1
                start = max(0, number - _PROPERTY_WINDOW)
                prop = property_re.search(html, start, number)
                if prop is not None:
                    ev = Evidence("text", shown=html[prop.start() : m.end()], where=part.where)
                    return Finding(OFFSCREEN, evidence=(ev,))
    return None


def underscored_words(text: str) -> str | None:
    """The run of words glued by underscores that makes up most of `text` (a subject or a
    display name), or None."""
    if "_" not in text:
        return None
    for m in _JOINED_RE.finditer(text):
        parts = [p for p in m.group().split("_") if p]
        if sum(1 for p in parts if _LETTERS_RE.fullmatch(p)) < 3:
            continue
        if not any(_TITLE_WORD_RE.fullmatch(p) for p in parts):
            continue
        if len(parts) >= _JOINED_SHARE * len(_FIELD_WORD_RE.findall(text)):
            return m.group()
    return None


def random_code(subject: str) -> str | None:
    """A random-looking code in the subject, put there to make each copy unique for filters
    ("Notificação Emitida - wpsPADwQak6ANPRYv", "[Ref: 8f3k2j9x]"); None when there is none.
    Order and invoice numbers (250-1234567-1234567, INV-2024-00123), camel-case names and
    hex hashes are not random codes."""
    if not subject or "\x1b" in subject:  # undecoded ISO-2022-JP is not a code
        return None
    tail = _TAIL_RE.search(subject)
    if tail is not None and sum(c.isalpha() for c in tail.group(1)) >= 2:
        return tail.group(1)
    if _DIGIT_RE.search(subject) is None:
        return None  # every token below needs a digit (tokens are ASCII letters and digits)
    for m in _TOKEN_RE.finditer(subject):
        token = m.group()
        if len(token) < _ALNUM_MIN_LEN:
            continue
        bare = token.replace("-", "")
        digits = sum(c.isdigit() for c in bare)
        # (Checked before the label look-back, which reads the subject up to the token.)
        if not digits or _LABEL_BEFORE_RE.search(subject, 0, m.start()):
            continue
        upper = sum(c.isupper() for c in bare)
        lower = sum(c.islower() for c in bare)
        runs = _runs(bare)
        if _CAMEL_RE.fullmatch(bare):
            continue
        # Upper, lower and digits mixed at random: "SvQTr6zVfm1D0".
        if len(bare) >= _MIXED_MIN_LEN and upper >= 2 and lower >= 2 and runs >= 4:
            return token
        # Letters and digits interleaved: "A7X9-KQ2P", "8f3k2j9x" (not "INV-2024-00123").
        if (
            len(bare) >= _ALNUM_MIN_LEN
            and digits >= 2
            and upper + lower >= 2
            and digits <= _ALNUM_MAX_DIGITS * len(bare)
            and runs >= 5
            and not _HEX_RE.fullmatch(bare)
        ):
            return token
    return None


def _runs(token: str) -> int:
    """Runs of upper case, lower case and digits: "ab12C" has 3."""
    kinds = ["u" if c.isupper() else "l" if c.islower() else "d" for c in token]
    return 1 + sum(1 for a, b in pairwise(kinds) if a != b)


def _code_finding(code: str) -> Finding:
    return Finding(RANDOM_CODE, evidence=(Evidence("header", shown=code, where=WHERE_SUBJECT),))

"""How the mail addresses the reader (`AddresseeAnalyzer`, group "wording").

Owns two checks on the greeting (the first lines of the body):
- the reader is addressed by mail address or its local part ("Dear taro.yamada",
  "taro@example.jp 様"): the sender knew only the address, as phishing does;
- a generic address instead of a name (お客様各位, 会員様, "Dear Customer/User/Valued
  Member"): weak, because genuine brands send お客様各位 notices too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.wording_common import (
    WHERE_BODY,
    excerpt,
    expand_leading,
    factored,
    lowered_ok,
    lowered_twin,
    split_alternatives,
    texts_of,
)
from miwake.model import Evidence, Finding

GREETING_CHARS = 400  # the greeting sits at the top; the rest of the body is not read

_EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
# "Dear <x>," / "Hello <x>" / "<x> 様" / "<x>さん": the name slot, captured for comparison.
_GREETING_WORDS = (
    r"(?:dear|hello|hi|hey|greetings|attention|attn|good (?:morning|day|afternoon)"
    r"|olá|ola|caro|cara|prezad[oa]|estimad[oa]|hola|bonjour|cher|chère|hallo|liebe[rs]?"
    r"|sehr geehrte[rs]?|beste|geachte)"
    r"[ ,:]+(?P<name>[^\s,:;!]{1,80})"
)
_LATIN_GREETING_RE = startcache.compile(r"(?:^|[\s>])" + _GREETING_WORDS, re.IGNORECASE)
# The same matches in two patterns, at the very start and after a space or ">": a pattern
# that starts with a class lets `re` skip to candidates in C ("^|" in front stops that).
_GREETING_AT_START_RE = startcache.compile(_GREETING_WORDS, re.IGNORECASE)
_GREETING_AFTER_RE = startcache.compile(r"[\s>]" + _GREETING_WORDS, re.IGNORECASE)
_JA_GREETING_RE = startcache.compile(r"(?P<name>[A-Za-z0-9._+@-]{1,80}) ?(?:様|さま|さん|殿)")
_GREETING_TAILS = ("様", "さま", "さん", "殿")  # the salutations _JA_GREETING_RE ends with
_JA_HELLO_RE = startcache.compile(
    r"(?:こんにちは|こんにちわ|こんばんは|各位|お客様|お客さま|会員様|親愛なる)"
    r"[ 、,:：]*(?P<name>[A-Za-z0-9._+@-]{1,80})"
)
_ADDRESS_ZONE = 200  # how far into the body the reader's address is looked for
_SALUTATION_TAILS = ("様", "さま", "さん", "殿", "各位", "会員", "お客様", "のお客様")
# Two patterns that `_generic` reads as one alternation: the Japanese forms need no
# IGNORECASE, which lets `re` jump between their first characters instead of trying every
# branch at every position (no branch of one can match where one of the other starts).
_GENERIC_JA_RE = startcache.compile(
    r"お客様各位|お客さま各位|会員各位|ユーザー各位|利用者各位|各位|お客様へ|お客さまへ|会員様"
    r"|会員の皆様|お客様(?:、|,| ?様)"
)
_GENERIC_LATIN_RE = startcache.compile(
    r"dear (?:valued |esteemed |dear )?(?:customer|client|user|member|account ?holder"
    r"|subscriber|cardholder|card ?member|sir/madam|sir or madam|e-?mail user|webmail user"
    r"|account owner|beneficiary|friend)"
    r"|hello (?:valued )?(?:customer|client|user|member)"
    r"|(?:prezado|caro|estimado|querido) (?:cliente|usuário|usuario)"
    r"|sehr geehrte[r]? (?:kunde|kundin|nutzer)"
    r"|liebe[r]? (?:kunde|kundin)|cher client|chère cliente|beste klant|geachte klant",
    re.IGNORECASE,
)

# The latin patterns without IGNORECASE, for a greeting lowered (lowered_ok): same matches,
# and `re` is several times faster without IGNORECASE.
_GREETING_AT_START_LOWER_RE = lowered_twin(_GREETING_AT_START_RE)
_GREETING_AFTER_LOWER_RE = lowered_twin(_GREETING_AFTER_RE)
# Only where a generic form starts is looked for in the lowered head (then the pattern
# itself is matched there): its alternatives may be regrouped so that all begin with a
# letter, which lets `re` skip to candidates in C.
_GENERIC_LATIN_LOWER_RE = (
    startcache.compile(
        factored(
            [
                variant
                for alternative in split_alternatives(_GENERIC_LATIN_RE.pattern)
                for variant in expand_leading(alternative)
            ]
        )
    )
    if lowered_twin(_GENERIC_LATIN_RE) is not None
    else None
)


def _latin_greetings(head: str) -> Iterator[re.Match[str]]:
    """The matches of _LATIN_GREETING_RE in `head`, in a lowered head where lowered_ok
    allows (same spans and, casefolded, the same names)."""
    at_start, after, text = _GREETING_AT_START_RE, _GREETING_AFTER_RE, head
    if (
        _GREETING_AT_START_LOWER_RE is not None
        and _GREETING_AFTER_LOWER_RE is not None
        and lowered_ok(head)
    ):
        at_start, after, text = _GREETING_AT_START_LOWER_RE, _GREETING_AFTER_LOWER_RE, head.lower()
    # At the start "^" is tried first, then the class; elsewhere only the class can match.
    first = at_start.match(text)
    if first is not None:
        yield first
    yield from after.finditer(text, first.end() if first is not None else 0)


class AddresseeAnalyzer:
    info = AnalyzerInfo(
        name="addressee",
        emits=frozenset({"addressee.email_as_name", "addressee.generic"}),
        summary="The greeting uses the reader's mail address or a generic form, not a name.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        head = texts_of(message).body[:GREETING_CHARS]
        if not head:
            return []
        addresses = {a.address.casefold() for a in message.to if "@" in a.address}
        locals_ = {a.split("@", 1)[0] for a in addresses}
        locals_ = {lp for lp in locals_ if len(lp) >= 3}
        # Every match of _JA_GREETING_RE ends in a salutation: without one, skip its scan
        # (it tries a run of letters at every position of a latin text).
        ja_greeting = any(tail in head for tail in _GREETING_TAILS)
        # A greeting counts only when its name is an address (an "@" of the head) or one of
        # the local parts (then in the case-folded head): without either, none is read.
        folded = head.casefold()
        named = "@" in head or any(lp in folded for lp in locals_)
        greetings = (
            chain(
                _latin_greetings(head),
                _JA_GREETING_RE.finditer(head) if ja_greeting else (),
                _JA_HELLO_RE.finditer(head),
            )
            if named
            else ()
        )
        for m in greetings:
            name = m.group("name").strip(".\"'<>()[]「」-").casefold()
            if not name:
                continue
            if "@" in name:
                if not re.fullmatch(_EMAIL, name):
                    continue
                conf = 1.0
            elif name in locals_ and any(ch in name for ch in "._-0123456789"):
                conf = 0.8  # "Dear taro.yamada": a local part, not a first name like "sam"
            else:
                continue
            return [self._email(head, m.start("name"), m.end(), conf)]
        # The reader's address as the very first words, or right before 様/各位 ("x@y 会員様").
        for address in addresses:
            at = folded.find(address, 0, _ADDRESS_ZONE)
            if at == -1:
                continue
            after = head[at + len(address) : at + len(address) + 4].lstrip(" ,、:")
            if not head[:at].strip(" >-*") or after.startswith(_SALUTATION_TAILS):
                return [self._email(head, at, at + len(address), 0.8)]
        generic = _generic(head)
        if generic is not None:
            return [
                Finding(
                    "addressee.generic",
                    evidence=(Evidence("text", shown=generic.group(), where=WHERE_BODY),),
                )
            ]
        return []

    @staticmethod
    def _email(head: str, start: int, end: int, conf: float) -> Finding:
        shown = excerpt(head, start, end)
        evidence = (Evidence("text", shown=shown, where=WHERE_BODY),)
        return Finding("addressee.email_as_name", confidence=conf, evidence=evidence)


def _generic(head: str) -> re.Match[str] | None:
    """The first generic form of address in `head` (leftmost; as one alternation would)."""
    ja = _GENERIC_JA_RE.search(head)
    end = ja.start() + 1 if ja is not None else len(head)
    if _GENERIC_LATIN_LOWER_RE is not None and lowered_ok(head):
        # Found on the lowered head, then matched again where it starts: same match.
        found = _GENERIC_LATIN_LOWER_RE.search(head.lower(), 0, end)
        latin = _GENERIC_LATIN_RE.match(head, found.start(), end) if found is not None else None
    else:
        latin = _GENERIC_LATIN_RE.search(head, 0, end)
    if latin is not None and (ja is None or latin.start() < ja.start()):
        return latin
    return ja

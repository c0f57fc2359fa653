"""Shared machinery of the wording analyzers (wording_ja, wording_en, addressee).

Owns: the text normalisation every wording check reads (invisible characters removed,
NFKC, whitespace collapsed, bounded length), the phrase-file loader (`phrases.*.toml`),
and the one-pass phrase scanner that turns matches into per-family hits with short,
readable excerpts as evidence.

Speed (CPython's `re` has no prefix trie; an alternation of ~100 phrases tried at every
position costs ~2 ms per mail): Japanese phrases are joined into alternations whose
branches all start with a literal character (leading groups expanded), so `re` jumps
between candidate positions; latin-script phrases are only tried at the words they can
start with (their possible first words are read off the pattern by `leading_prefixes`;
those words are found by one Aho-Corasick scan, `ahocorasick_rs`, ~3x the regex trie).
No capturing groups anywhere: they make `re` try every branch at every position (~80x
slower, measured). Which phrase matched is found by re-matching at the match position.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter

import ahocorasick_rs

from miwake import startcache
from miwake.knowledge.lists import data_text
from miwake.message.types import ParsedMessage
from miwake.model import Evidence, Finding

# Text scanned per message: the first MAX_BODY_CHARS of the body (phishing puts its lure
# up front; long newsletters must not cost more) plus the subject.
MAX_BODY_CHARS = 20_000
# Matches looked at per text: enough to see every family, bounded for hostile input.
MAX_MATCHES = 200
EXCERPT_CONTEXT = 16  # characters of context on each side of a matched phrase
MAX_EVIDENCE = 3

WHERE_SUBJECT = "件名"
WHERE_BODY = "本文"

# Characters that render as nothing. Phishing puts them inside words so that filters do
# not see 「アカウント停止」 (U+2061..2064, U+FE00..FE0E, ZWSP, soft hyphen...). U+FE0F
# (emoji presentation) and ZWJ/ZWNJ are left alone: emoji and preheader padding use them.
_INVISIBLE_CLASS = (
    "\u00ad\u034f\u115f\u1160\u180e\u200b\u200e\u200f\u2060-\u2064\u206a-\u206f\ufeff\ufe00-\ufe0e"
)
INVISIBLE_RE = startcache.compile(f"[{_INVISIBLE_CLASS}]+")
# An invisible character with a letter (any script) on both sides: the filter-evasion trick.
INVISIBLE_IN_WORD_RE = startcache.compile(f"(?<=[^\\W\\d_])[{_INVISIBLE_CLASS}]+(?=[^\\W\\d_])")
# Japanese letters (kana, kanji, prolonged sound mark). Used to drop the spaces that line
# wrapping or machine translation put between two Japanese characters.
_JA = "\u3005\u3041-\u309f\u30a0-\u30ff\u4e00-\u9fff"
# (The space first, then the checks on both sides: `re` jumps from space to space.)
_JA_GAP_RE = startcache.compile(f" (?=[{_JA}])(?<=[{_JA}] )")
KANA_RE = startcache.compile("[\u3041-\u3096\u30a1-\u30fa]{2}")
# The same search written as two classes: a pattern that starts with a class lets `re` skip
# to candidate characters in C ({2} does not), ~2x faster.
_KANA_PAIR_RE = startcache.compile("[\u3041-\u3096\u30a1-\u30fa][\u3041-\u3096\u30a1-\u30fa]")


def has_kana(text: str) -> bool:
    """Whether `text` has two kana in a row (KANA_RE)."""
    return not text.isascii() and _KANA_PAIR_RE.search(text) is not None


# The last texts `normalise` found without invisible characters, kept alive and compared by
# identity: wording_ja then counts the invisible characters of the same subject and body,
# and would scan them again (a class search over the whole text, ~5-10 us a body).
_CLEAN: list[str] = []


def normalise(text: str) -> str:
    """Invisible characters out, NFKC (full-width ASCII, half-width kana), single spaces."""
    if not text.isascii():  # every invisible character is non-ASCII
        if INVISIBLE_RE.search(text) is None:
            _CLEAN[:] = [text, *_CLEAN[:1]]
        else:
            text = INVISIBLE_RE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    # Same as re.sub(r"\s+", " ", text).strip() (`\s` and str.split() agree on every code
    # point, checked), at a third of the cost.
    return " ".join(text.split())


def invisible_in_words(text: str) -> int:
    """How many runs of invisible characters sit inside words of `text`."""
    if text.isascii() or any(clean is text for clean in _CLEAN):
        return 0
    if INVISIBLE_RE.search(text) is None:
        return 0  # the look-behind pattern below is tried at every position: skip it
    return len(INVISIBLE_IN_WORD_RE.findall(text))


@dataclass(frozen=True, slots=True)
class Texts:
    """The normalised subject and body of one message, as every wording check reads them."""

    message: ParsedMessage
    subject: str
    body: str
    raw_body: str  # before normalisation: invisible characters still in place
    kana: bool = False  # subject or body has kana (KANA_RE): Japanese text to read as such


_LAST: list[Texts] = []  # one-entry memo: three analyzers read the same message in a row


def texts_of(message: ParsedMessage) -> Texts:
    """Normalised subject and (bounded) body; computed once per message, not per analyzer.

    The memo holds only the last message and is checked by identity, so it never changes a
    result; it saves two of three NFKC passes.
    """
    last = _LAST[0] if _LAST else None
    if last is not None and last.message is message:
        return last
    raw = body_source(message)
    subject, body = normalise(message.subject or ""), normalise(raw)
    kana = has_kana(subject) or has_kana(body)
    texts = Texts(message, subject, body, raw, kana)
    _LAST[:] = [texts]
    return texts


# The characters outside ASCII that `re` under IGNORECASE equates with an ASCII letter
# (İ ı ſ K), found by trying every code point against `re`'s own case tables.
_ASCII_KIN = frozenset("\u0130\u0131\u017f\u212a")
_NAMED_GROUP_RE = startcache.compile(r"\(\?P[<=]")
_CODE_ESCAPE_RE = startcache.compile(r"\\[uUxN0-7]")


# Characters for which str.lower() is not the simple lower case `re` compares under
# IGNORECASE (İ, final sigma...), whose lower case changes what \w, \s or \d say, whose
# lower case is uncased, or which `re` equates with other characters (ſ ~ s, µ ~ μ, Cyrillic
# and Greek variants). Computed over every code point from _sre.unicode_tolower and
# re._casefix for Python 3.11 (Unicode 14.0.0); on other versions only ASCII text is lowered.
_LOWER_UNSAFE = (
    "\u00b5\u0130-\u0131\u017f\u0345\u0390\u0392\u0395\u0398-\u039a\u039c\u03a0-\u03a1"
    "\u03a3\u03a6\u03b0\u03b2\u03b5\u03b8-\u03ba\u03bc\u03c0-\u03c3\u03c6\u03d0-\u03d1"
    "\u03d5-\u03d6\u03f0-\u03f1\u03f4-\u03f5\u0412\u0414\u041e\u0421-\u0422\u042a\u0432"
    "\u0434\u043e\u0441-\u0442\u044a\u0462-\u0463\u1c80-\u1c88\u1e60-\u1e61\u1e9b\u1fbe"
    "\u1fd3\u1fe3\ua64a-\ua64b\ufb05-\ufb06"
)
_LOWER_UNSAFE_RE = (
    startcache.compile(f"[{_LOWER_UNSAFE}]")
    if sys.version_info[:2] == (3, 11) and unicodedata.unidata_version == "14.0.0"
    else None
)


def lowered_ok(text: str) -> bool:
    """Whether a `lowered_twin` may read text.lower() in place of `text`."""
    if text.isascii():
        return True
    return _LOWER_UNSAFE_RE is not None and _LOWER_UNSAFE_RE.search(text) is None


def lowered_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """`rx` without IGNORECASE, for text lowered with str.lower() when `lowered_ok`: there
    it matches exactly where `rx` matches the text itself (same spans), and faster (`re`
    cannot skip ahead to candidate positions under IGNORECASE). Exact because `re` compares
    the simple lower case of each character, which is str.lower() outside _LOWER_UNSAFE,
    and no character outside it (nor outside ASCII but _ASCII_KIN, for ASCII text) is equal
    to another one under IGNORECASE. None when the pattern text cannot show that: capitals
    (lowering might change an escape), code escapes, characters of _ASCII_KIN or
    _LOWER_UNSAFE, or a class with non-ASCII members (a range might hold one of those)."""
    if not twin_possible(rx.pattern, rx.flags):
        return None
    return startcache.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


def twin_possible(p: str, flags: int) -> bool:
    """Whether `lowered_twin` of a pattern `p` compiled with `flags` is not None (read from
    the pattern text alone, so a caller can decide before paying for a compile)."""
    plain = _NAMED_GROUP_RE.sub("", p)
    if not flags & re.IGNORECASE or plain != plain.lower() or not _ASCII_KIN.isdisjoint(p):
        return False
    if _LOWER_UNSAFE_RE is None or _LOWER_UNSAFE_RE.search(p):
        return False
    if _CODE_ESCAPE_RE.search(p):
        return False
    i = 0
    while i < len(p):
        if p[i] == "\\":
            i += 2
        elif p[i] == "[":
            end = _class_end(p, i)
            if not p[i:end].isascii():
                return False
            i = end
        else:
            i += 1
    return True


def join_japanese(text: str) -> str:
    """Drop single spaces between two Japanese characters (after `normalise`)."""
    return _JA_GAP_RE.sub("", text)


def body_source(message: ParsedMessage, limit: int = MAX_BODY_CHARS) -> str:
    """The body text the reader reads, bounded. Falls back to the HTML text when the plain
    part is a stub ("view this mail in a browser"), and adds HTML attachments (lure pages)
    while there is room."""
    body = message.body_text
    if len(body.strip()) < 200:
        html = "\n".join(
            p.text for p in message.parts if p.content_type == "text/html" and not p.is_attachment
        )
        if len(html) > len(body):
            body = html
    if len(body) < limit:
        extra = [p.text for p in message.parts if p.is_attachment and p.content_type == "text/html"]
        if extra:
            body = body + "\n" + "\n".join(extra)
    return body[:limit]


@cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return startcache.compile(pattern, flags)


@dataclass(frozen=True, slots=True)
class Phrase:
    family: str
    pattern: str
    strength: float
    flags: int

    @property
    def regex(self) -> re.Pattern[str]:
        # Compiled on first use: a mail tries only the few phrases whose first words it
        # has, and compiling all ~430 at start-up cost ~80 ms of every run.
        return _compiled(self.pattern, self.flags)


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    finding: str
    where: str  # "any" | "subject" | "body"


@dataclass
class Hit:
    """One family's matches in one message (mutable only while a scan is collecting)."""

    family: str
    strength: float = 0.0
    phrases: set[int] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


class PhraseSetError(ValueError):
    """A phrase file is malformed (a packaging bug, caught by the tests)."""


TRIGGER_LEN = 6  # literal prefix length used to pre-select phrases by the words of a text


# Every latin-script PhraseSet: their triggers are found in one scan per text, shared by
# the sets (wording_en and scam read the same subject and body).
_LATIN_SETS: list[PhraseSet] = []


@dataclass(frozen=True, slots=True)
class _Triggers:
    r"""The trigger keys of every latin set as one Aho-Corasick automaton (built at the first
    scan). Text is scanned "spaced": a space before it, after it and in place of every
    character that is not a letter or digit (`[^\W_]`, which is str.isalnum()), so that
    a word start is a space followed by a letter or digit. Key patterns: " key " for a
    whole word shorter than TRIGGER_LEN (the word must end there), " key" for a key cut
    at TRIGGER_LEN or the beginning of a longer word. A key pattern found at a space is a
    word start where the phrases filed under that key may begin: the same positions and
    phrases as the regex trie and word-head plans this replaced, with the scan in Rust."""

    patterns: tuple[str, ...]  # ASCII patterns first: `ascii` numbers them the same way
    any_text: ahocorasick_rs.AhoCorasick | None
    ascii: ahocorasick_rs.BytesAhoCorasick | None  # the ASCII patterns, for ASCII text


_SHARED_TRIGGERS: list[_Triggers] = []
# Bytes: ASCII letters and digits kept, every other byte a space.
_ALNUM_OR_SPACE = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))
# One character at a time (offsets are kept): what is not a letter or digit (`[\W_]`),
# less the spaces, which the substitution would only replace by themselves; "_" goes by
# str.replace first. Normalised text is mostly letters and single spaces, and a single
# class lets `re` skip between candidates: ~35% less time than `[\W_]`, same result.
_NOT_ALNUM_RE = startcache.compile(r"[^\w ]")
# The last texts scanned (by identity, kept alive here) and the trigger positions in them.
_POSITIONS: list[tuple[str, list[tuple[int, int, int]]]] = []
_POSITIONS_KEPT = 2  # the subject and the body of one message


def _top_level_alternation(pattern: str) -> bool:
    """Whether `pattern` has a `|` outside every group and character class."""
    depth = 0
    escaped = in_class = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def _triggers() -> _Triggers:
    if _SHARED_TRIGGERS:
        return _SHARED_TRIGGERS[0]
    _POSITIONS.clear()
    keys: set[str] = set()
    for ps in _LATIN_SETS:
        keys.update(f" {k} " if len(k) < TRIGGER_LEN else f" {k}" for k in ps._whole)
        keys.update(f" {k}" for k in ps._cut if len(k) <= TRIGGER_LEN)
    patterns = tuple(sorted(keys, key=lambda k: (not k.isascii(), k)))
    ascii_patterns = [k.encode("ascii") for k in patterns if k.isascii()]
    triggers = _Triggers(
        patterns,
        ahocorasick_rs.AhoCorasick(list(patterns)) if patterns else None,
        ahocorasick_rs.BytesAhoCorasick(ascii_patterns) if ascii_patterns else None,
    )
    for ps in _LATIN_SETS:
        ps._key_plans = tuple(ps._plan_of(k) for k in patterns)
    _SHARED_TRIGGERS.append(triggers)
    return triggers


def _trigger_positions(text: str, folded: str) -> list[tuple[int, int, int]]:
    """(key pattern, position, end) for every word start in `folded` (= text.casefold())
    where a phrase of some latin-script set may begin, in text order (several keys may
    start at one position)."""
    triggers = _triggers()  # first: a rebuild (a new set) forgets the positions below
    for seen, positions in _POSITIONS:
        if seen is text:
            return positions
    found: list[tuple[int, int, int]] = []
    if folded.isascii():
        # No key outside ASCII can begin a word of ASCII text.
        if triggers.ascii is not None:
            spaced = b" " + folded.encode("ascii").translate(_ALNUM_OR_SPACE) + b" "
            found = triggers.ascii.find_matches_as_indexes(spaced, overlapping=True)
    elif triggers.any_text is not None:
        spaced_text = " " + _NOT_ALNUM_RE.sub(" ", folded.replace("_", " ")) + " "
        found = triggers.any_text.find_matches_as_indexes(spaced_text, overlapping=True)
    # In text order (stable: overlapping matches come by end, which groups them by word
    # already). The leading space shifts offsets by one: a match's start is its word's.
    found.sort(key=_START)
    _POSITIONS.insert(0, (text, found))
    del _POSITIONS[_POSITIONS_KEPT:]
    return found


_START = itemgetter(1)


def _group_end(p: str, i: int) -> int:
    """Index just past the ')' closing the group that opens at p[i]."""
    depth = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(p, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group in {p!r}")


def _class_end(p: str, i: int) -> int:
    i += 1
    if i < len(p) and p[i] == "^":
        i += 1
    if i < len(p) and p[i] == "]":
        i += 1
    while i < len(p) and p[i] != "]":
        i += 2 if p[i] == "\\" else 1
    return i + 1


# The characters `_split_alternatives` acts on: `re` finds the next one in C (the start-up
# reads ~2,600 patterns; stepping through every character in Python cost ~8 ms of it).
_ALT_SYNTAX = startcache.compile(r"[\\\[()|]")


def _split_alternatives(p: str) -> list[str]:
    """`p` split at its top-level `|` (outside groups, classes and escapes)."""
    out: list[str] = []
    depth, start, i = 0, 0, 0
    search = _ALT_SYNTAX.search
    while (m := search(p, i)) is not None:
        i = m.start()
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(p, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:  # "|"
            out.append(p[start:i])
            start = i + 1
        i += 1
    out.append(p[start:])
    return out


_SPECIAL_START = frozenset("\\[](){}.^$|*+?")


def _expand_leading(p: str, budget: int = 64) -> list[str]:
    """`p` as alternatives that each start with what follows its leading group or optional
    character: "(?:a|b)?c" -> ["ac", "bc", "c"], "お?支払い" -> ["お支払い", "支払い"].
    Unchanged when the start is anything else."""
    if len(p) > 2 and p[1] == "?" and p[0] not in _SPECIAL_START and p[2] != "?":
        # (filed under its first character alone, "お?支払い" never matched "支払い")
        both = [p[0] + p[2:], *_expand_leading(p[2:], budget)]
        return both if len(both) <= budget else [p]
    if not p.startswith("(?:"):
        return [p]
    end = _group_end(p, 0)
    alternatives = _split_alternatives(p[3 : end - 1])
    rest = p[end:]
    optional = rest.startswith("?") and not rest.startswith("??")
    if optional:
        rest = rest[1:]
    elif rest[:1] in ("*", "+", "{", "?"):
        return [p]
    if optional and not rest:
        return [p]
    out: list[str] = []
    for variant in [a + rest for a in alternatives] + ([rest] if optional else []):
        out.extend(_expand_leading(variant, budget))
        if len(out) > budget:
            return [p]
    return out


def leading_prefixes(p: str, limit: int = TRIGGER_LEN) -> tuple[set[str], set[str]] | None:
    """How a match of pattern `p` can begin: (whole, cut).

    `whole`: first words (or their first `limit` characters) a match can start with;
    `cut`: shorter literal beginnings after which the first word goes on with something the
    pattern does not spell out (a character class, a repeat, the end of the pattern).
    None when this small parser cannot see through the start (then the phrase is tried at
    every word).
    """
    result = _alternatives(p, {""}, limit)
    if result is None:
        return None
    grow, whole, cut = result
    cut |= grow  # the pattern ended: the text's word may go on
    if "" in whole or "" in cut:
        return None
    return whole, cut


_Prefixes = tuple[set[str], set[str], set[str]]  # (still growing, whole word, cut short)


def _alternatives(p: str, open_: set[str], limit: int) -> _Prefixes | None:
    grow: set[str] = set()
    whole: set[str] = set()
    cut: set[str] = set()
    for alt in _split_alternatives(p):
        result = _sequence(alt, set(open_), limit)
        if result is None:
            return None
        grow |= result[0]
        whole |= result[1]
        cut |= result[2]
    return grow, whole, cut


def _class_chars(body: str) -> str | None:
    """The members of a small literal character class like `[- ]`, else None."""
    if not body or body[0] == "^" or "\\" in body or len(body) > 6:
        return None
    if "-" in body[1:-1]:
        return None  # a range
    return body


def _sequence(p: str, open_: set[str], limit: int) -> _Prefixes | None:
    whole: set[str] = set()
    cut: set[str] = set()
    i = 0
    while i < len(p) and open_:
        c = p[i]
        if c.isalnum():
            # A run of plain letters and digits, none repeated, grown at once: the same
            # prefixes as one character at a time, at a fraction of the start-up cost.
            j = i + 1
            while j < len(p) and p[j].isalnum():
                j += 1
            if j < len(p) and p[j] in "?*+{":
                j -= 1  # the last one is repeated: read below
            if j > i:
                run = p[i:j]
                grown_run: set[str] = set()
                for pre in open_:
                    word = pre + run
                    if len(word) >= limit:
                        whole.add(word[:limit])
                    else:
                        grown_run.add(word)
                open_ = grown_run
                i = j
                continue
        group = ""
        chars = ""
        if c == "(":
            end = _group_end(p, i)
            inner = p[i + 1 : end - 1]
            if inner[:3] in ("?<!", "?<=") or inner[:2] in ("?=", "?!"):
                i = end  # zero-width: consumes nothing
                continue
            if not inner.startswith("?:"):
                return None  # anything else: give up, the phrase is then always tried
            group, nxt = inner[2:], end
        elif c == "[":
            end = _class_end(p, i)
            members = _class_chars(p[i + 1 : end - 1])
            if members is None:
                return set(), whole, cut | open_
            chars, nxt = members, end
        elif c == "." or (c == "\\" and i + 1 < len(p) and p[i + 1].isalpha()):
            return set(), whole, cut | open_  # the word goes on with something unknown
        elif c in "^$|)":
            return None
        else:
            if c == "\\":
                i += 1
                c = p[i]
            chars, nxt = c, i + 1
        quant = p[nxt] if nxt < len(p) and p[nxt] in "?*+{" else ""
        after = nxt + (1 if quant else 0)
        if quant == "{":
            close = p.index("}", nxt)
            quant = "*" if p[nxt + 1] == "0" else "+"
            after = close + 1
        if after < len(p) and p[after] == "?":  # lazy modifier
            after += 1
        grown: set[str] = set()
        if group:
            result = _alternatives(group, open_, limit)
            if result is None:
                return None
            grown, ended, short = result
            whole |= ended
            cut |= short
        else:
            for ch in chars:
                if ch.isalnum():
                    grown |= {pre + ch for pre in open_}
                else:
                    whole |= open_  # a space or punctuation ends the first word
        new_open: set[str] = set()
        for pre in grown:
            if len(pre) >= limit:
                whole.add(pre[:limit])
            elif quant in ("*", "+"):
                cut.add(pre)  # repeated: the word goes on unpredictably
            else:
                new_open.add(pre)
        if quant in ("?", "*"):
            new_open |= open_
        open_ = new_open
        i = after
    return open_, whole, cut


class PhraseSet:
    """Phrase families loaded from one `phrases.*.toml` file, scanned in one pass.

    File format (see the header of each file): `[families.<name>]` tables with `finding`,
    optional `where`, and `phrases = [{re = "...", s = 0.7}, ...]`. Patterns are Python
    `re` syntax, matched case-insensitively, without capturing groups.
    """

    def __init__(self, name: str, word_start: bool) -> None:
        data = startcache.toml(data_text(name))
        self.name = name
        self.word_start = word_start  # a match must not start inside a latin word
        self.data = data
        families: dict[str, Family] = {}
        phrases: list[Phrase] = []
        for fname, raw in data.get("families", {}).items():
            if not isinstance(raw, dict) or "finding" not in raw:
                raise PhraseSetError(f"{name}: family {fname!r} lacks 'finding'")
            families[fname] = Family(fname, str(raw["finding"]), str(raw.get("where", "any")))
            for item in raw.get("phrases", []):
                pattern = str(item["re"])
                strength = float(item.get("s", 0.5))
                if word_start:
                    pattern = pattern.casefold()  # matched against case-folded text
                if not 0.0 < strength <= 1.0:
                    raise PhraseSetError(f"{name}: {fname}: {pattern!r}: s must be in (0, 1]")
                phrases.append(Phrase(fname, pattern, strength, 0 if word_start else re.IGNORECASE))
        self.families = families
        self.phrases = tuple(phrases)
        # Each phrase's regex once compiled (the scan loop's own list: no property call).
        self._regexes: list[re.Pattern[str] | None] = [None] * len(phrases)
        # (Only the Japanese sets use the index below; Latin sets use the word-start plans
        # further down. Compiling ~1,300 unused variants cost ~0.2 s at every start.)
        # Variant patterns by first character; each bucket is compiled when a text first needs
        # it (`_bucket`): a run meets few of them, and compiling all ~400 cost ~25 ms a start.
        self._by_first: dict[str, tuple[tuple[int, str], ...]] = {}
        self._unknown: tuple[tuple[int, str], ...] = ()
        self._buckets: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}
        self._combined: tuple[re.Pattern[str], ...] = ()
        if not word_start:
            # Japanese sets: one alternation per kind of first character. CPython's `re` jumps
            # straight to candidate positions only when every branch starts with a literal, so
            # leading groups are expanded ("(?:a|b)c" -> "ac", "bc"): ~4x faster, measured.
            flags = re.IGNORECASE
            variants: list[tuple[int, str]] = []
            literal: list[str] = []
            other: list[str] = []
            for idx, phrase in enumerate(phrases):
                for variant in _expand_leading(phrase.pattern):
                    variants.append((idx, variant))
                    # A latin first letter under IGNORECASE also defeats the jump: keep it apart.
                    head = variant[:1]
                    (other if head in "(\\[." or head.isascii() else literal).append(variant)
            # Which variants can match at a position, by the character there (casefolded).
            by_first: dict[str, list[tuple[int, str]]] = {}
            unknown: list[tuple[int, str]] = []
            for idx, variant in variants:
                head = variant[:1]
                if head and head not in "(\\[.":
                    by_first.setdefault(head.casefold(), []).append((idx, variant))
                else:
                    unknown.append((idx, variant))
            self._by_first = {k: tuple(v) + tuple(unknown) for k, v in by_first.items()}
            self._unknown = tuple(unknown)
            # The literal-first variants as a trie of their leading characters: every top-level
            # branch then starts with a literal, so `re` skips to candidate characters in C. (As
            # "(?:v1)|(?:v2)|..." the groups hid the first characters and `re` tried every
            # branch at every position: ~8x slower on kana text, measured.)
            self._combined = tuple(
                startcache.compile(
                    _factored(literal) if group is literal else _at_first_chars(group), flags
                )
                for group in (literal, other)
                if group
            )
        # Latin-script sets: an alternation of ~100 phrases costs ~2 ms per mail in CPython's
        # `re` (no prefix trie), so each phrase is only tried at the words it can start with.
        self._always: tuple[int, ...] = ()
        self._always_variants: dict[int, tuple[tuple[re.Pattern[str], str], ...]] = {}
        self._whole: dict[str, tuple[int, ...]] = {}
        self._cut: dict[str, tuple[int, ...]] = {}
        # Trigger key pattern (as numbered by `_triggers`) -> phrases tried where it is found.
        self._key_plans: tuple[tuple[int, ...], ...] = ()
        if word_start:
            whole: dict[str, list[int]] = {}
            cut: dict[str, list[int]] = {}
            always: list[int] = []
            for idx, phrase in enumerate(phrases):
                found = leading_prefixes(phrase.pattern)
                if found is None:
                    always.append(idx)
                    continue
                for prefix in found[0]:
                    whole.setdefault(prefix, []).append(idx)
                for prefix in found[1]:
                    cut.setdefault(prefix, []).append(idx)
            self._always = tuple(always)
            # A phrase tried at every position is searched as its expanded alternatives,
            # leftmost wins: each alternative starting with a literal is then found in C by
            # `re`'s prefix scan, not tried position by position (~2x faster, measured).
            self._always_variants = {
                idx: tuple(
                    (startcache.compile(v), _required_literal(v)) for v in _alternatives_of(p)
                )
                for idx, p in ((i, phrases[i].pattern) for i in always)
            }
            self._whole = {k: tuple(v) for k, v in whole.items()}
            self._cut = {k: tuple(v) for k, v in cut.items()}
            _LATIN_SETS.append(self)
            _SHARED_TRIGGERS.clear()  # rebuilt with this set's keys at the next scan

    def validate(self) -> None:
        """Compile every phrase (done lazily when judging); PhraseSetError on a bad one.
        The tests call this for every phrase file."""
        for phrase in self.phrases:
            try:
                compiled = phrase.regex
            except re.error as exc:
                raise PhraseSetError(
                    f"{self.name}: {phrase.family}: bad pattern {phrase.pattern!r}: {exc}"
                ) from None
            if compiled.groups:
                raise PhraseSetError(
                    f"{self.name}: {phrase.family}: {phrase.pattern!r} has a capturing group"
                )
            if _top_level_alternation(phrase.pattern):
                # The scans index each phrase by how it begins: "a|b" would be found only
                # where "a" can begin. Write "(?:a|b)".
                raise PhraseSetError(
                    f"{self.name}: {phrase.family}: {phrase.pattern!r}: wrap a top-level "
                    "alternation in (?:...)"
                )

        for variants in (*self._by_first.values(), self._unknown):
            for _, variant in variants:  # compiled lazily by the scan (`_bucket`)
                try:
                    _compiled(variant, re.IGNORECASE)
                except re.error as exc:
                    raise PhraseSetError(f"{self.name}: bad variant {variant!r}: {exc}") from None

    def findings_ids(self) -> frozenset[str]:
        return frozenset(f.finding for f in self.families.values())

    def scan(self, text: str, where: str, hits: dict[str, Hit]) -> None:
        """Add the families matched in `text` to `hits` (overlapping matches included)."""
        if self.word_start:
            self._scan_words(text, where, hits)
            return
        families = self.families
        for combined in self._combined:
            pos = 0
            n = 0
            while n < MAX_MATCHES:
                m = combined.search(text, pos)
                if m is None:
                    break
                n += 1
                start = m.start()
                pos = start + 1
                key = text[start].casefold()
                bucket = self._buckets.get(key)
                if bucket is None:
                    bucket = self._bucket(key)
                for idx, regex in bucket:
                    pm = regex.match(text, start)
                    if pm is not None and _where_ok(families[self.phrases[idx].family], where):
                        self._record(idx, text, start, pm.end(), where, hits)

    def _bucket(self, key: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """The variants that may match where the (casefolded) character `key` is, compiled
        on first need; the same variants, in the same order, as before laziness."""
        known = key in self._by_first
        bucket = self._buckets.get(key if known else "")
        if bucket is None:
            variants = self._by_first[key] if known else self._unknown
            bucket = tuple((idx, _compiled(v, re.IGNORECASE)) for idx, v in variants)
            # Keyed by phrase first characters only ("" for all others): bounded.
            self._buckets[key if known else ""] = bucket
        return bucket

    def _scan_words(self, text: str, where: str, hits: dict[str, Hit]) -> None:
        folded = text.casefold()
        # Same offsets: show the phrase as written; else (ß -> ss...) show the folded text.
        shown_from = text if len(folded) == len(text) else folded
        done: set[int] = set()
        for idx in self._always:
            m = _leftmost(self._always_variants[idx], folded)
            if m is not None and (not m.start() or not folded[m.start() - 1].isalnum()):
                done.add(idx)
                self._record(idx, shown_from, m.start(), m.end(), where, hits)
        regexes = self._regexes
        # Only the word starts that can begin a phrase come back from the trigger scan, in
        # text order, so each phrase's first match is the first one found and is final.
        first: dict[int, tuple[int, int]] = {}  # phrase -> (start, end) of its first match
        tries = 0
        last = -1
        found = _trigger_positions(text, folded)
        key_plans = self._key_plans  # (set by the trigger scan)
        for key, pos, _ in found:
            if pos != last:  # (the bound is checked per position, all keys there tried)
                if tries >= _MAX_TRIES:
                    break
                last = pos
            for idx in key_plans[key]:
                if idx in first or idx in done:
                    continue
                tries += 1
                rx = regexes[idx]
                if rx is None:
                    rx = regexes[idx] = self.phrases[idx].regex
                pm = rx.match(folded, pos)
                if pm is not None:
                    first[idx] = (pos, pm.end())
        # Record in text order, so that evidence is deterministic and reads top-down.
        for idx, (start, end) in sorted(first.items(), key=lambda item: (item[1][0], item[0])):
            self._record(idx, shown_from, start, end, where, hits)

    def _plan_of(self, pattern: str) -> tuple[int, ...]:
        """The phrases that may begin where trigger key `pattern` (see `_Triggers`) is found:
        together over the keys found at a word, the phrases filed under its whole first
        word (or its first TRIGGER_LEN characters) and under each beginning of it."""
        key = pattern.strip(" ")
        if pattern.endswith(" "):
            return self._whole.get(key, ())
        whole = self._whole.get(key, ()) if len(key) == TRIGGER_LEN else ()
        return whole + self._cut.get(key, ())

    def _record(
        self, idx: int, text: str, start: int, end: int, where: str, hits: dict[str, Hit]
    ) -> None:
        phrase = self.phrases[idx]
        hit = hits.get(phrase.family)
        if hit is None:
            hit = hits[phrase.family] = Hit(phrase.family)
        if idx in hit.phrases:
            return
        hit.phrases.add(idx)
        hit.strength = max(hit.strength, phrase.strength)
        if len(hit.evidence) < MAX_EVIDENCE:
            shown = excerpt(text, start, end)
            if all(e.shown != shown for e in hit.evidence):
                hit.evidence.append(Evidence("text", shown=shown, where=where))


_OPTIONAL_AFTER = startcache.compile(r"[?*]|\{0|\{,")  # the atom before may match nothing
_ESCAPE = startcache.compile(r"\\.", re.DOTALL)


def _first_char_class(variant: str) -> str | None:
    """The inside of a character class holding every character a match of `variant` can
    begin with (its first atom: a literal, `\\d` or a plain class), or None when that is
    not read off the text so simply (a group, another escape, an optional first atom)."""
    head = variant[:1]
    if head == "\\":
        if variant[1:2] != "d":
            return None
        atom, rest = "\\d", variant[2:]
    elif head == "[":
        end = _class_end(variant, 0)
        atom, rest = variant[1 : end - 1], variant[end:]
        # (joined with others below: a leading "^" or an end "-" would change the class)
        if not atom or atom[0] in "^-" or atom[-1] == "-" or "[" in _ESCAPE.sub("", atom):
            return None
    elif not head or head in "().|^$*+?{}":
        return None
    else:
        atom, rest = re.escape(head), variant[1:]
    return None if _OPTIONAL_AFTER.match(rest) else atom


def _at_first_chars(variants: list[str]) -> str:
    """A pattern that matches (empty-ended, only its start is read) exactly where one of
    `variants` does: "|".join of their groups, behind a class of the characters they can
    begin with. The class comes first so that `re` skips to candidates in C (a pattern
    that begins with groups, classes or escapes is tried at every position: ~4x the time
    on Japanese text); a look-behind of one character then tries the alternation from it."""
    joined = "|".join(map(_group, variants))
    chars = [_first_char_class(v) for v in variants]
    if not all(chars):
        return joined
    return f"[{''.join(c for c in chars if c)}](?<=(?=(?:{joined}))[\\s\\S])"


_FACTOR_DEPTH = 4  # leading characters factored out by `_factored`


def _group(p: str) -> str:
    return f"(?:{p})"


def _literal_head(p: str) -> tuple[str, str] | None:
    """(first character, rest) when pattern `p` starts with a plain literal character that
    no quantifier follows, else None."""
    if not p or p[0] in "\\[](){}.^$|?*+#" or p[0].isspace():
        return None
    if p[1:2] in ("?", "*", "+", "{"):
        return None
    return p[0], p[1:]


def _factored(patterns: list[str], depth: int = 0) -> str:
    """A pattern that matches at a position exactly where one of `patterns` does (which one,
    and how far, may differ: the scan re-matches each phrase at the positions found), with
    the literal characters the alternatives begin with shared as a trie."""
    heads: dict[str, list[str]] = {}
    rest: list[str] = []
    for p in patterns:
        for alt in _split_alternatives(p):
            if depth < _FACTOR_DEPTH and len(alt) > 2 and alt[1] == "?" and alt[2] not in "?+":
                # "お?支払い" matches where "お支払い" or "支払い" does.
                optional = _literal_head(alt[0] + alt[2:])
                if optional is not None:
                    heads.setdefault(optional[0], []).append(optional[1])
                    alt = alt[2:]
            head = _literal_head(alt) if depth < _FACTOR_DEPTH else None
            if head is None:
                rest.append(alt)
            else:
                heads.setdefault(head[0], []).append(head[1])
    # An empty alternative (a pattern ends here) goes last; any success will do.
    alts = [ch + _factored(tails, depth + 1) for ch, tails in heads.items()]
    alts += sorted((_group(r) for r in rest if r), key=len) + ([""] if "" in rest else [])
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# For the other analyzers that join patterns the same way.
factored = _factored
split_alternatives = _split_alternatives
expand_leading = _expand_leading


def _alternatives_of(p: str) -> list[str]:
    """`p` as patterns whose leftmost match (earlier one on a tie) is `p`'s match: its
    expanded leading group, or `p` itself when an alternative would still hold a top-level
    "|" (then a tie could pick the wrong branch)."""
    variants = _expand_leading(p)
    if len(variants) > 1 and any(len(_split_alternatives(v)) > 1 for v in variants):
        return [p]
    return variants


def _leftmost(patterns: tuple[tuple[re.Pattern[str], str], ...], text: str) -> re.Match[str] | None:
    """What `re.search` of the patterns joined by "|" finds: the leftmost match, the earlier
    pattern on a tie (an alternation tries its branches in order at each position).
    Each pattern comes with a literal every match of it contains ("" if none is known)."""
    best = None
    for rx, needed in patterns:
        if needed and needed not in text:
            continue
        m = rx.search(text)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


_LITERAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -'")
_QUANTIFIERS = ("?", "*", "+", "{")
_REPEAT_COUNT = startcache.compile(r"\{\d*(?:,\d*)?\}")


def _required_literal(p: str) -> str:
    """The longest run of plain characters that every match of pattern `p` contains: text
    outside any group, class or escape, not made optional by a quantifier. "" when there is
    none or `p` has an alternation at its top level."""
    if startcache.compile(p).flags & (re.IGNORECASE | re.VERBOSE):  # inline (?i) / (?x)
        return ""
    best = ""
    run = ""
    depth = 0
    i = 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            run, i = "", i + 2
            continue
        if ch == "[":
            end = _class_end(p, i)
            if end > len(p):
                return ""
            run, i = "", end
            continue
        if ch == "{":  # a repeat count ("{1,3}"), not text
            count = _REPEAT_COUNT.match(p, i)
            if count is None:
                return ""  # a literal "{": rare, not worth reading further
            run, i = "", count.end()
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return ""
        if depth == 0 and ch in _LITERAL_CHARS and not p.startswith(_QUANTIFIERS, i + 1):
            run += ch
            if len(run) > len(best):
                best = run
        else:
            run = ""
        i += 1
    return best


def needed_literals(p: str) -> tuple[str, ...]:
    """For each top-level alternative of pattern `p` (compiled without IGNORECASE), a
    literal that every match of it contains: `p` can match only where one of them is in the
    text. () when some alternative has none known (then nothing can be ruled out)."""
    found: list[str] = []
    for alt in _split_alternatives(p):
        # A plain string (nothing `re.escape` would touch: CJK words) is its own literal.
        literal = alt if alt and re.escape(alt) == alt else _required_literal(alt)
        if not literal:
            return ()
        found.append(literal)
    return tuple(found)


def _where_ok(family: Family, where: str) -> bool:
    if family.where == "any":
        return True
    return family.where == ("subject" if where == WHERE_SUBJECT else "body")


_MAX_TRIES = 2_000  # phrase attempts per text: bounds the work on hostile input


def text_finding(
    fid: str, shown: str, where: str, confidence: float = 1.0, actual: str = "", **params: str
) -> Finding:
    """A finding with one piece of text evidence."""
    evidence = (Evidence("text", shown=shown, actual=actual, where=where),)
    return Finding(fid, confidence=confidence, evidence=evidence, params=params)


def confidence(hit: Hit) -> float:
    """The strongest phrase, raised a little for each further distinct phrase."""
    return round(min(1.0, hit.strength + 0.1 * (len(hit.phrases) - 1)), 2)


_STOPS = "。！？!?\n「」【】"


def excerpt(text: str, start: int, end: int, context: int = EXCERPT_CONTEXT) -> str:
    """The matched phrase with a little context, cut at sentence marks, at most ~80 chars."""
    end = min(end, start + 60)
    left = start
    while left > 0 and start - left < context and text[left - 1] not in _STOPS:
        left -= 1
    right = end
    while right < len(text) and right - end < context and text[right] not in _STOPS:
        right += 1
    # Do not cut latin words in half at the edges.
    if left > 0 and left < start and text[left - 1].isalnum() and text[left].isascii():
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else start
    if right < len(text) and right > end and text[right].isalnum() and text[right - 1].isascii():
        space = text.rfind(" ", end, right)
        right = space if space != -1 else end
    out = text[left:right].strip()
    prefix = "…" if left > 0 and text[left - 1] not in _STOPS else ""
    suffix = "…" if right < len(text) and text[right] not in _STOPS else ""
    return f"{prefix}{out}{suffix}"


def family_findings(
    phrase_set: PhraseSet, hits: dict[str, Hit], skip: Iterable[str] = ()
) -> list[Finding]:
    """One finding per matched family, strongest evidence first."""
    skipped = set(skip)
    out = []
    for name, hit in hits.items():
        if name in skipped:
            continue
        family = phrase_set.families[name]
        out.append(
            Finding(
                family.finding,
                confidence=confidence(hit),
                evidence=tuple(hit.evidence),
                params={"count": str(len(hit.phrases))},
            )
        )
    return out

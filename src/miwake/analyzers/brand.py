"""Which brand a mail claims to be from (`identify_brand`), and brand-name tricks (`BrandAnalyzer`).

`identify_brand` runs before every analyzer: it looks for the registry's brand names where a
mail presents itself (From display name strongest, then subject, From address, link texts,
image alt texts, body text) and returns the best `BrandClaim` with a strength 0..1 and the
places it was seen. A brand merely mentioned in passing in the body (a patch mentioning
"Microsoft") stays weak: body text alone can never make a strong claim.

Matching is one precompiled alternation per registry over NFKC + case-folded text (capped),
plus one case-sensitive alternation for the registry's `ascii_word_aliases` ("au", "Apple",
"VISA") which are ordinary words and never count from body text alone. Names that are
ordinary words anywhere ("X", "Booking": a brand's `exact_names`) count only when they are
the whole display name or a whole 【tag】 of the subject or of an SMS-style first line.

`BrandAnalyzer` reports disguised brand names (Amaz0n, Аmazon with Cyrillic А, A m a z o n,
zero-width characters inside the name, one-letter typos such as Amazom): genuine brands
never misspell their own name, so the disguise itself is evidence.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.knowledge.brands import Brand, BrandRegistry
from miwake.knowledge.domains import registrable_domain
from miwake.knowledge.lists import data_text
from miwake.knowledge.mailboxes import is_freemail, is_isp_mailbox
from miwake.message.types import Address, Image, ParsedMessage
from miwake.model import BrandClaim, Evidence, Finding

# Characters that render as nothing: inserted into brand names to dodge filters.
_INVISIBLE = (
    "\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064"
    "\ufeff\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b"
    "\ufe0c\ufe0d\ufe0e\ufe0f"
)  # soft hyphen, joiners, direction marks, invisible operators, variation selectors
_INVISIBLE_TABLE = dict.fromkeys(map(ord, _INVISIBLE))
_INVISIBLE_RE = startcache.compile(f"[{_INVISIBLE}]")


def _drop_invisible(text: str) -> str:
    """`text` without the invisible characters (the table's translate is slow on non-ASCII
    text, so it runs only when there is something to drop)."""
    if text.isascii() or _INVISIBLE_RE.search(text) is None:
        return text
    return text.translate(_INVISIBLE_TABLE)


# Caps on how much text is searched: brand names that matter sit near the top.
_BODY_CHARS = 8_000
_EARLY_CHARS = 400
_FIELD_CHARS = 500
_OBFUSCATION_BODY_CHARS = 1_500
_MAX_LINK_TEXTS = 40
_FIELD_HITS_KEPT = 20_000  # short texts whose brand sightings are remembered (see _Matcher)

# Strength of one sighting, by where it was seen.
_W_DISPLAY = 0.9
_W_DISPLAY_WORD = 0.7
_W_SUBJECT = 0.7
_W_SUBJECT_WORD = 0.5
_W_ADDRESS = 0.5
_W_OWN_DOMAIN = 0.8
# An ISP's mailbox domain without the ISP in the From name (data/isp_mailboxes.txt): below
# the claim threshold alone, so a subject or body naming another brand wins.
_W_ISP_SUBSCRIBER = 0.3
_W_LINK_TEXT = 0.3
_W_LOGO = 0.5  # the first image's alt text is the brand's name: a letterhead
_LINK_TEXT_CAP = 0.5
_BODY_PER_MENTION = 0.12
_BODY_EARLY_BONUS = 0.1
_BODY_CAP = 0.4  # body text alone never makes a strong claim
_UNHEADED_CAP = 0.45  # nor do body and link texts without the brand in a header
_BODY_WORD_PER_MENTION = 0.05
_BODY_WORD_CAP = 0.2
_W_SENDER_TAG = 0.5  # 【ヤマト運輸】 opening a body line: the sender's name tag of an SMS
_SENDER_TAGS_READ = 5
_MIN_CLAIM = 0.25

# Japanese SMS and many notices begin with the sender's name in lenticular brackets; in a
# forwarded SMS it is the only place the brand speaks, also when the forward quotes it
# (「【ドコモ】dポイント…」).
_SENDER_TAG_RE = startcache.compile(r"^[ \t\u3000>「『\"“]*【([^】\n]{1,30})】", re.MULTILINE)

# A name tag in the subject: 【X】, [Booking.com] (after NFKC 【】 stay, ［］ become []).
_SUBJECT_TAG_RE = startcache.compile(r"[【\[]([^】\]\n]{1,30})[】\]]")

# What follows a brand name that a warning names as impersonated: "国税庁・e-Taxをかたる",
# "Amazonを装ったメール", "楽天になりすました", "ヤマト運輸の偽SMS". The mail is then about
# the brand's fakes (an IT department's or a bank's own warning), not from the brand.
_IMPERSONATED_RE = startcache.compile(
    r"[^。\n「」【】]{0,16}?(?:を(?:かた|騙|語)(?:る|った|り)|を(?:装|よそお)(?:う|った|い)"
    r"|を名乗(?:る|った)|(?:に|を)なりすま|の(?:偽|ニセ|にせ)(?:の|物|メール|サイト|sms|SMS|\s|$))"
)

# Mailing lists rewrite "Name <a@b>" to "Name via List <list@...>" (DMARC mitigation).
_VIA_RE = startcache.compile(r"^(.*?)\s+via\s+[^\s]{1,80}\s*$", re.IGNORECASE)

_CJK_RE = startcache.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_CJK = "\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f"
# "三井住友 カード": a space inside a Japanese name, which no reader notices.
_CJK_GAP_RE = startcache.compile(f"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])")

# Look-alike characters used to disguise latin brand names (Cyrillic, Greek, digits, signs).
_LOOKALIKE = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "ɡ": "g",
        "ο": "o", "α": "a", "ν": "v", "κ": "k", "ρ": "p", "τ": "t", "ι": "i", "ε": "e",
        "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "$": "s", "@": "a",
        "|": "l", "!": "i",
    }
)  # fmt: skip
_TOKEN_RE = startcache.compile(r"[0-9a-z\u0370-\u03ff\u0400-\u04ff$@|!]{4,24}")
_SPACED = (
    r"(?:[^\s.\-_*·•][ .\-_*·•\u3000]){2,15}[^\s.\-_*·•]"  # 3-16 single characters, spaced
    r"(?![^\s\"')\]】」:：,、。!?])"  # ends a word
)
_SPACED_RE = startcache.compile(r"(?<![^\s\"'(\[【「:：])" + _SPACED)  # starts a word
# The same after the character that starts a word, consumed rather than looked behind at:
# `re` then jumps between those characters instead of testing every position.
_SPACED_AFTER_RE = startcache.compile(r"[\s\"'(\[【「:：](" + _SPACED + ")")


def _spaced_out(text: str) -> Iterator[tuple[int, int]]:
    """Spans of `_SPACED_RE.finditer(text)`."""
    pos = 0
    first = _SPACED_RE.match(text)  # at the very start nothing needs to come before
    if first is not None:
        yield first.span()
        pos = first.end()
    while True:
        # The character before the next match may be the last one of this match.
        m = _SPACED_AFTER_RE.search(text, max(pos - 1, 0))
        if m is None:
            return
        yield m.span(1)
        pos = m.end(1)


# Real words one edit away from a brand name (same first letter) that must not count as typos.
_TYPO_STOPWORDS = frozenset(
    {"googly", "goggle", "goggles", "adobes", "norton", "mcafe", "paypals", "amazons",
     "chasing", "linked", "metamasks", "rakutens", "santanders", "ledgers", "dropboxes",
     "maison", "mercury", "telecom", "applied", "facebooks", "netflixs", "binances",
     "sparkassen", "docusigns",
     "yamada"}  # one of Japan's commonest surnames, one letter from Yamaha
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Hit:
    key: str
    start: int
    end: int
    word: bool  # from ascii_word_aliases: case-sensitive, weak
    # Named as the one being impersonated ("国税庁をかたるメール"): a warning's topic, no claim.
    impersonated: bool = False


@dataclass(frozen=True, slots=True)
class Obfuscation:
    """A brand name written in disguise: `shown` as written, `brand` key, `where` it was."""

    shown: str
    brand: str
    where: str
    field: str  # "display" | "subject" | "address" | "link" | "body"


class _Matcher:
    """Precompiled alias patterns for one registry."""

    def __init__(self, registry: BrandRegistry) -> None:
        self.brands: dict[str, Brand] = {b.key: b for b in registry.brands}
        ci: dict[str, str] = {}
        cs: dict[str, str] = {}
        for brand in registry.brands:
            for alias in brand.aliases:
                norm = _normalise(alias).strip()
                if norm:
                    ci.setdefault(norm, brand.key)
            for alias in brand.ascii_word_aliases:
                norm = unicodedata.normalize("NFKC", alias).strip()
                if norm:
                    cs.setdefault(norm, brand.key)
        # Lookups ignore spaces: the patterns accept "Apple ID" and "AppleID" alike.
        self.ci_alias = {k.replace(" ", ""): v for k, v in ci.items()}
        # Names that count only as a whole display name or 【tag】 ("X", "Booking").
        self.exact: dict[str, str] = {}
        for brand in registry.brands:
            for name in brand.exact_names:
                norm = _exact_key(name)
                if norm:
                    self.exact.setdefault(norm, brand.key)
        self.cs_alias = {k.replace(" ", ""): v for k, v in cs.items()}
        self.ci_scan = _Scanner(ci, case_sensitive=False)
        self.cs_scan = _Scanner(cs, case_sensitive=True)
        self.ci_res = self.ci_scan.patterns
        self.cs_res = self.cs_scan.patterns
        # Latin names long enough to be misspelled on purpose: targets for typo/leet checks.
        self.latin: dict[str, str] = {}
        typo_targets: set[str] = set()
        for norm, key in ci.items():
            compact = norm.replace(" ", "")
            if compact.isascii() and compact.isalpha() and len(compact) >= 5:
                self.latin.setdefault(compact, key)
                if compact == norm and len(compact) >= 6:
                    typo_targets.add(compact)  # one-word names only: "appleid" ~ "applied"
        self.typo_targets = frozenset(typo_targets)
        self.latin_names = (
            BytesAhoCorasick(
                [name.encode("ascii") for name in sorted(self.latin)],
                implementation=Implementation.DFA,
            )
            if self.latin
            else None
        )
        self.firsts = frozenset(name[0] for name in self.latin)
        self.owners: dict[str, tuple[str, ...]] = {}
        for brand in registry.brands:
            for domain in sorted(brand.all_domains):
                self.owners[domain] = (*self.owners.get(domain, ()), brand.key)
        self.deletes: dict[str, set[str]] = {}
        # `_disguise_of` by (token, typos): words repeat across mails, the answer depends on
        # the token and this registry only. Emptied when full (bounded memory).
        self.disguises: dict[tuple[str, bool], str | None] = {}
        self.obfuscated: dict[tuple[str, bool], tuple[tuple[str, str], ...]] = {}
        self.field_hits: dict[str, tuple[_Hit, ...]] = {}
        for name in self.typo_targets:
            if len(name) >= 6:
                for variant in _one_deletes(name):
                    self.deletes.setdefault(variant, set()).add(name)

    def hits(self, text: str, *, folded: str | None = None) -> Iterator[_Hit]:
        """Brand sightings in `text`; `folded` is its `_normalise`d form when known."""
        nfkc = _drop_invisible(unicodedata.normalize("NFKC", text))
        if folded is None:
            folded = nfkc.casefold()
        for m in self.ci_scan.scan(folded):
            key = self.ci_alias.get(_nospace(m.group(0)))
            if key:
                posed = _IMPERSONATED_RE.match(folded, m.end()) is not None
                yield _Hit(key, m.start(), m.end(), word=False, impersonated=posed)
        for m in self.cs_scan.scan(nfkc):
            key = self.cs_alias.get(_nospace(m.group(0)))
            if key:
                posed = _IMPERSONATED_RE.match(nfkc, m.end()) is not None
                yield _Hit(key, m.start(), m.end(), word=True, impersonated=posed)

    def exact_owner(self, text: str) -> str | None:
        """The brand whose `exact_names` entry `text` is as a whole, if any."""
        return self.exact.get(_exact_key(text)) if self.exact else None

    def field_hits_of(self, text: str) -> tuple[_Hit, ...]:
        """`tuple(self.hits(text))`, remembered for short texts: display names, subjects
        and link texts ("こちら", "Log in") repeat across mails."""
        found = self.field_hits.get(text)
        if found is None:
            found = tuple(self.hits(text))
            if len(text) <= _FIELD_CHARS:
                if len(self.field_hits) >= _FIELD_HITS_KEPT:
                    self.field_hits.clear()
                self.field_hits[text] = found
        return found

    def owners_of(self, host: str) -> tuple[str, ...]:
        """Keys of the brands that own `host` or a parent of it."""
        host = host.strip(".").lower()
        found: list[str] = []
        while host:
            for key in self.owners.get(host, ()):
                if key not in found:
                    found.append(key)
            if "." not in host:
                break
            host = host.split(".", 1)[1]
        return tuple(found)

    def typo_of(self, token: str) -> str | None:
        """The latin brand name `token` (lower case) is one edit away from, if any."""
        if len(token) < 6 or token[0] not in self.firsts or token in self.latin:
            return None
        if token in _TYPO_STOPWORDS:
            return None
        candidates: set[str] = set(self.deletes.get(token, ()))
        for variant in _one_deletes(token):
            if variant in self.typo_targets:
                candidates.add(variant)
            candidates.update(self.deletes.get(variant, ()))
        for name in sorted(candidates):
            if name[0] == token[0] and token != name + "s":
                return name
        return None


def _exact_key(text: str) -> str:
    """`text` as compared with `exact_names`: NFKC (full width folded), case folded,
    without spaces or the quotes and brackets around a display name."""
    return _nospace(_normalise(text)).strip("\"'()[]【】「」")


def _nospace(text: str) -> str:
    return "".join(text.split())


def _one_deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _alternations(aliases: Iterable[str], *, case_sensitive: bool) -> tuple[re.Pattern[str], ...]:
    """Patterns for all aliases, one for names that start with a latin letter or digit and
    one for the rest; `_scan` reads them as if they were one alternation.

    Split because a failed try at a position walks every top-level branch: with ~70
    Japanese first characters beside the latin ones, every latin letter of a body cost ~90
    branch checks (3x the whole scan, measured). The other pattern's first characters are
    all literals, so the engine skips latin text in C.
    """
    latin = [a for a in aliases if _latin_first(a)]
    other = [a for a in aliases if not _latin_first(a)]
    found: list[re.Pattern[str]] = []
    if latin:
        if case_sensitive:
            # Mostly capitalised names ("Apple", "VISA"): the lower-case letters of prose
            # are skipped in C when every branch starts with its literal (_NOT_AFTER_WORD).
            pattern = _alternation(latin, case_sensitive=True, word_start=True)
        else:
            # Case-folded names start with nearly every letter: checking "starts a word"
            # first rejects letters inside words sooner (measured: 1.7x faster on bodies).
            pattern = _WORD_START + _alternation(latin, case_sensitive=False)
        found.append(startcache.compile(pattern))
    if other:
        found.append(startcache.compile(_alternation(other, case_sensitive=case_sensitive)))
    return tuple(found)


def _latin_first(text: str) -> bool:
    return text[:1].isascii() and text[:1].isalnum()


# A latin name starts a latin word. Either checked first, or after each first character,
# "A(?<![A-Za-z0-9]A)": a look-behind in front hides the first characters from `re`, which
# then runs the engine at every position of the text instead of skipping to candidates.
_WORD_START = r"(?<![A-Za-z0-9])"
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_NOT_AFTER_WORD = "(?<![A-Za-z0-9]{})"


def _scan(patterns: tuple[re.Pattern[str], ...], text: str) -> Iterator[re.Match[str]]:
    """The matches `finditer` of the patterns joined by "|" would give, in order.

    Exact because no two patterns can match at the same position (their first characters
    differ): at each step the leftmost next match wins and the others search on past it.
    """
    if len(patterns) == 1:
        yield from patterns[0].finditer(text)
        return
    if not patterns:
        return
    nexts = [p.search(text) for p in patterns]
    while True:
        best = None
        for m in nexts:
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()
        for i, m in enumerate(nexts):
            if m is not None and m.start() < pos:
                nexts[i] = patterns[i].search(text, pos)


class _Scanner:
    """`_scan(patterns, text)` without running the patterns over the whole text.

    An Aho-Corasick automaton finds every place where some alias's first word (the literal
    text before its first space, which the pattern reads as `\\s?`) occurs; the pattern is
    tried only there, with `match`, which sees the text before the position as `search`
    does. Every match of the patterns starts at such a place, so going through them in
    order and skipping those inside the previous match gives exactly `_scan`'s matches.
    Measured: a third of the time of `_scan` on bodies, whose latin pattern had to be tried
    at every word start.
    """

    def __init__(self, aliases: Iterable[str], *, case_sensitive: bool) -> None:
        aliases = list(aliases)
        self.patterns = _alternations(aliases, case_sensitive=case_sensitive)
        heads = {alias.split(" ", 1)[0] for alias in aliases}
        # Prefix-free (a head found implies its prefixes are): one head per start position.
        firsts = sorted(h for h in heads if not any(h[:i] in heads for i in range(1, len(h))))
        # The DFA form: twice as fast as the default NFA on bodies, and small for ~600 heads.
        self.automaton = AhoCorasick(firsts, implementation=Implementation.DFA) if firsts else None
        # `_alternations` puts the pattern of the names with a latin first character first.
        has_latin = any(_latin_first(alias) for alias in aliases)
        self.latin = self.patterns[0] if has_latin else None
        self.other = self.patterns[-1] if len(self.patterns) > has_latin else None

    def scan(self, text: str) -> Iterator[re.Match[str]]:
        if self.automaton is None:
            return
        found = self.automaton.find_matches_as_indexes(text, overlapping=True)
        if not found:
            return
        pos = 0
        for start in sorted([start for _, start, _ in found]):
            if start < pos:
                continue
            if _latin_first(text[start]):
                # The latin pattern starts a word: after an ASCII letter or digit it fails
                # at its first look-behind. Most candidates are inside words ("au" in
                # "because"): a set lookup instead of a regex call.
                if start and text[start - 1] in _ASCII_ALNUM:
                    continue
                pattern = self.latin
            else:
                pattern = self.other
            m = pattern.match(text, start) if pattern is not None else None
            if m is not None:
                yield m
                pos = m.end()


def _alternation(aliases: Iterable[str], *, case_sensitive: bool, word_start: bool = False) -> str:
    """One pattern for the aliases, factored as a trie so the scan stays fast.

    A plain "a|b|c|..." of hundreds of names retries every name at every position; the trie
    shares prefixes. Every branch starts with a literal character so that the regex engine
    can skip ahead to the possible first characters instead of trying every position.
    `word_start`: every name must start a latin word (see `_NOT_AFTER_WORD`).
    """
    root: dict[str, Any] = {}
    for alias in aliases:
        latin_end = alias[-1].isascii() and alias[-1].isalnum()
        node = root
        for ch in alias:
            node = node.setdefault(ch, {})
        bounded = latin_end and (case_sensitive or len(alias) <= 4)
        node[_END_BOUNDED if bounded else _END] = {}
    return _trie_pattern(root, word_start=word_start)


_END = "\x00end"
_END_BOUNDED = "\x00bounded"


def _trie_pattern(node: dict[str, Any], *, word_start: bool = False) -> str:
    # Longer continuations first, then the end of a name: the longest alias wins.
    branches = []
    ends = []
    for ch in sorted(node):
        child = node[ch]
        if ch == _END:
            ends.append("")
        elif ch == _END_BOUNDED:
            ends.append(r"(?![A-Za-z0-9])")
        else:
            atom = r"\s?" if ch == " " else re.escape(ch)
            if word_start:
                atom += _NOT_AFTER_WORD.format(re.escape(ch))
            branches.append(atom + _trie_pattern(child))
    alts = branches + ends
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def _normalise(text: str) -> str:
    """NFKC + case fold, invisible characters removed."""
    return _drop_invisible(unicodedata.normalize("NFKC", text)).casefold()


_MATCHERS: dict[int, tuple[BrandRegistry, _Matcher]] = {}


def matcher_for(registry: BrandRegistry) -> _Matcher:
    """The compiled matcher of a registry (kept by identity: hashing a registry is slow)."""
    entry = _MATCHERS.get(id(registry))
    if entry is None or entry[0] is not registry:
        entry = (registry, _Matcher(registry))
        _MATCHERS[id(registry)] = entry
    return entry[1]


def display_name_of(address: Address) -> str:
    """The display name as the reader sees it, without a mailing list's " via List" suffix."""
    name = address.display_name.strip().strip("\"'").strip()
    m = _VIA_RE.match(name)
    return m.group(1).strip().strip("\"'") if m else name


def primary_sender(message: ParsedMessage) -> tuple[Address, str] | None:
    """The From mailbox to judge, and the name the reader sees for it.

    A broken From such as "Microsoft account team ,_<x@evil.example>" parses as two
    mailboxes, the first without a domain: the reader still sees "Microsoft account team"
    as the name, and the mail really comes from the second.
    """
    if not message.from_:
        return None
    shown: list[str] = []
    for address in message.from_[:5]:
        name = display_name_of(address)
        if address.domain:
            if name:
                shown.append(name)
            if shown and address is not message.from_[0]:
                # Broken header: the address parser splits and drops words; what a mail
                # client shows is the raw text before the address.
                raw = (message.header("From") or "").rpartition("<")[0]
                raw = raw.strip().strip("\"',_ ").strip()
                if raw:
                    return address, raw[:_FIELD_CHARS]
            return address, " ".join(shown)[:_FIELD_CHARS]
        shown.append(name or address.address)
    first = message.from_[0]
    return first, " ".join(shown)[:_FIELD_CHARS]


# An SMS-style body: this short at most; its brand name this near the start of line one.
_SMS_BODY_CHARS = 400
_SMS_NAME_WITHIN = 12


def _sms_first_line(body: str) -> str:
    """The first non-blank line of a body short enough to be an SMS, else ""."""
    text = body.strip()
    if not text or len(text) > _SMS_BODY_CHARS:
        return ""
    return text.split("\n", 1)[0].strip()[:_FIELD_CHARS]


def _address_labels(address: str, *, subscriber: bool = False) -> str:
    """Local part and the registrable label(s) of the domain, as searchable text.

    A free-mail domain's own name (gmail, hotmail) is no claim: anyone's address has it, and
    so is an ISP's for its subscribers' mailboxes (`subscriber`).
    """
    local, _, domain = address.rpartition("@")
    if domain and (subscriber or is_freemail(domain)):
        return local.replace(".", " ").replace("_", " ")
    reg = registrable_domain(domain) if domain else ""
    sub = domain[: -len(reg)].rstrip(".") if reg and domain.endswith(reg) else ""
    label = reg.split(".", 1)[0] if reg else ""
    return " ".join(p for p in (local, sub, label) if p).replace(".", " ").replace("_", " ")


class _Tally:
    def __init__(self) -> None:
        self.parts: dict[str, list[float]] = {}
        self.evidence: dict[str, list[Evidence]] = {}
        self.body: dict[str, tuple[int, bool]] = {}
        self.body_word: dict[str, int] = {}
        self.link: dict[str, float] = {}

    def add(self, key: str, weight: float, ev: Evidence | None) -> None:
        self.parts.setdefault(key, []).append(weight)
        if ev is not None:
            evs = self.evidence.setdefault(key, [])
            if len(evs) < 4:
                evs.append(ev)

    def strength(self, key: str) -> float:
        miss = 1.0
        for w in self.parts.get(key, ()):
            miss *= 1.0 - w
        head = 1.0 - miss
        link = self.link.get(key, 0.0)
        count, early = self.body.get(key, (0, False))
        body = min(_BODY_CAP, _BODY_PER_MENTION * count + (_BODY_EARLY_BONUS if early else 0.0))
        if head > 0:
            body += min(_BODY_WORD_CAP, _BODY_WORD_PER_MENTION * self.body_word.get(key, 0))
        total = 1.0 - (1.0 - head) * (1.0 - min(link, _LINK_TEXT_CAP)) * (1.0 - body)
        if head == 0:
            # Named only inside the mail (body, link texts): a newsletter about the brand
            # looks the same, so this never reaches a strong claim.
            total = min(total, _BODY_CAP if link == 0 else _UNHEADED_CAP)
        return round(min(total, 1.0), 3)


def _short_word_ok(hit: _Hit, text: str) -> bool:
    """Very short word names ("au", "ANA") count only in a short or Japanese field."""
    if not hit.word or hit.end - hit.start > 3:
        return True
    if _CJK_RE.search(text):
        return True
    # Latin text: only as the leading word of a short name ("UPS", "ANA Mileage Club" no:
    # "Service au client" is French).
    return hit.start == 0 and len(text.split()) <= 2


def identify_brand(message: ParsedMessage, registry: BrandRegistry) -> BrandClaim | None:
    """The brand this mail presents itself as, or None when it claims none."""
    m = matcher_for(registry)
    tally = _Tally()
    primary = primary_sender(message)
    sender = primary[0] if primary else None
    raw_display = primary[1] if primary else ""

    if sender is not None:
        display = _CJK_GAP_RE.sub("", raw_display)
        if display:
            for hit in m.field_hits_of(display):
                if _short_word_ok(hit, display):
                    w = _W_DISPLAY_WORD if hit.word else _W_DISPLAY
                    tally.add(hit.key, w, Evidence("sender", display, sender.address, "From"))
            exact = m.exact_owner(display)
            if exact is not None:
                tally.add(exact, _W_DISPLAY, Evidence("sender", display, sender.address, "From"))
        # taro@plala.or.jp: an ISP's subscriber, unless the From name presents the ISP.
        subscriber = is_isp_mailbox(sender.domain) and not tally.parts
        if sender.address:
            labels = _address_labels(sender.address, subscriber=subscriber)
            for hit in m.field_hits_of(labels):
                if not hit.word:
                    tally.add(hit.key, _W_ADDRESS, Evidence("sender", "", sender.address, "From"))
        if sender.domain and not is_freemail(sender.domain):
            # The brand's own domain (not a free-mail box it runs: x@gmail.com is anyone).
            w = _W_ISP_SUBSCRIBER if subscriber else _W_OWN_DOMAIN
            for key in m.owners_of(sender.domain):
                tally.add(key, w, Evidence("sender", "", sender.address, "From"))

    subject = _CJK_GAP_RE.sub("", (message.subject or "")[:_FIELD_CHARS])
    if subject:
        for hit in m.field_hits_of(subject):
            if _short_word_ok(hit, subject) and not hit.impersonated:
                w = _W_SUBJECT_WORD if hit.word else _W_SUBJECT
                tally.add(hit.key, w, Evidence("header", subject, "", "Subject"))
        for tag in _SUBJECT_TAG_RE.findall(unicodedata.normalize("NFKC", subject)):
            exact = m.exact_owner(tag)
            if exact is not None:
                tally.add(exact, _W_SUBJECT, Evidence("header", subject, "", "Subject"))

    body_head = message.body_text[:_BODY_CHARS]
    # (Every tag has a 【: without one the line-start pattern, tried at every line, finds
    # nothing, and most bodies have none.)
    tags = _SENDER_TAG_RE.finditer(body_head) if "【" in body_head else ()
    for match in itertools.islice(tags, _SENDER_TAGS_READ):
        tag = _CJK_GAP_RE.sub("", match.group(1))
        exact = m.exact_owner(tag)
        if exact is not None:
            tally.add(exact, _W_SENDER_TAG, Evidence("text", match.group(0).strip(), "", "本文"))
        for hit in m.field_hits_of(tag):
            if not hit.word:
                tally.add(
                    hit.key, _W_SENDER_TAG, Evidence("text", match.group(0).strip(), "", "本文")
                )

    if not (message.subject or "").strip() and message.links:
        # An SMS-style mail (no subject, a few lines and a link: an SMS forwarded or sent
        # from a phone's mailbox) speaks in its first line: "Amazonプライム会員様へ …".
        first = _sms_first_line(message.body_text)
        for hit in m.field_hits_of(first) if first else ():
            if hit.word or hit.start > _SMS_NAME_WITHIN or hit.impersonated:
                continue
            # A friend's "Amazonのほしい物リスト送るね" links to Amazon itself: the lure's link
            # goes somewhere else.
            named = m.brands[hit.key]
            if any(not named.is_official_host(link.host) for link in message.links[:10]):
                tally.add(hit.key, _W_SENDER_TAG, Evidence("text", first[:80], "", "本文"))

    # A disguised name (Amaz0n, A m a z o n) in the display name or subject is still a claim.
    if sender is not None:
        for shown, key in _obfuscated_in(raw_display, m):
            tally.add(key, _W_DISPLAY, Evidence("sender", shown, sender.address, "From"))
    for shown, key in _obfuscated_in(subject, m):
        tally.add(key, _W_SUBJECT, Evidence("header", shown, "", "Subject"))

    logo = _logo_alt(message)
    if logo is not None:
        # The first image named after a brand alone ("JCB", "Mastercard ロゴ") is the
        # letterhead: the mail presents itself as that brand even if no header says so.
        for hit in m.field_hits_of(logo.alt):
            if (hit.end - hit.start) * 2 >= len(_LOGO_WORDS_RE.sub("", logo.alt)):
                tally.add(hit.key, _W_LOGO, Evidence("image", logo.alt, logo.src[:120], logo.where))

    seen_link_text = 0
    for text, where in _link_and_alt_texts(message):
        if seen_link_text >= _MAX_LINK_TEXTS:
            break
        seen_link_text += 1
        for hit in m.field_hits_of(text[:_FIELD_CHARS]):
            if hit.word:
                continue
            tally.link[hit.key] = tally.link.get(hit.key, 0.0) + _W_LINK_TEXT
            evs = tally.evidence.setdefault(hit.key, [])
            if len(evs) < 4:
                evs.append(Evidence("link", text[:120], "", where))

    body = message.body_text[:_BODY_CHARS]
    if body:
        for hit in m.hits(body):
            if hit.impersonated:
                continue
            if hit.word:
                tally.body_word[hit.key] = tally.body_word.get(hit.key, 0) + 1
                continue
            count, early = tally.body.get(hit.key, (0, False))
            tally.body[hit.key] = (count + 1, early or hit.start < _EARLY_CHARS)

    keys = set(tally.parts) | set(tally.link) | set(tally.body)
    # A tax accountant's or a lawyer's office writing about a client's bank: the brand in
    # its subject or body is the topic, not the sender (unless its From line names it).
    professional = _is_professional_office(raw_display)
    best: tuple[float, int, str] | None = None
    for key in keys:
        s = tally.strength(key)
        if professional and not any(e.where == "From" for e in tally.evidence.get(key, ())):
            s = min(s, _BODY_CAP)
        order = len(tally.parts.get(key, ()))
        if best is None or (s, order, key) > best:
            best = (s, order, key)
    if best is None or best[0] < _MIN_CLAIM:
        return None
    key = best[2]
    brand = m.brands[key]
    evidence = list(tally.evidence.get(key, ()))
    count, _early = tally.body.get(key, (0, False))
    if count:
        evidence.append(Evidence("text", brand.name_en, str(count), "本文"))
    return BrandClaim(
        key=key,
        name_ja=brand.name_ja,
        name_en=brand.name_en,
        strength=best[0],
        evidence=tuple(evidence),
    )


@cache
def _professional_words() -> tuple[str, ...]:
    words = []
    for line in data_text("professional_office_words.txt").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(unicodedata.normalize("NFKC", word))
    return tuple(words)


def _is_professional_office(display: str) -> bool:
    """The display name is a professional office's (税理士事務所, 法律事務所 ...)."""
    if not display or display.isascii():
        return False
    norm = unicodedata.normalize("NFKC", display)
    return any(word in norm for word in _professional_words())


_LOGO_WORDS_RE = startcache.compile(r"\s+|(?i:logo|image|ロゴ|マーク|画像)")
_LOGO_ALT_CHARS = 30


def _logo_alt(message: ParsedMessage) -> Image | None:
    """The mail's first image when its alt text is short enough to be a logo's name."""
    if not message.images:
        return None
    first = message.images[0]
    alt = first.alt.strip()
    return first if 0 < len(alt) <= _LOGO_ALT_CHARS else None


def _link_and_alt_texts(message: ParsedMessage) -> Iterator[tuple[str, str]]:
    for link in message.links:
        if link.text and link.source in ("html-a", "html-area"):
            yield link.text, link.where
    for image in message.images:
        if image.alt:
            yield image.alt, image.where


# ---------------------------------------------------------------- disguised names


def find_obfuscations(message: ParsedMessage, registry: BrandRegistry) -> list[Obfuscation]:
    """Brand names written in disguise in the places a reader looks first."""
    m = matcher_for(registry)
    fields: list[tuple[str, str, str]] = []
    primary = primary_sender(message)
    if primary is not None:
        sender, display = primary
        # The parser drops invisible characters from names and text (noting a defect);
        # the header as decoded still has them, and they are the disguise.
        raw_from = message.header("From") or ""
        if _INVISIBLE_RE.search(raw_from):
            display = raw_from.rpartition("<")[0].strip().strip("\"'").strip() or display
        fields.append((display[:_FIELD_CHARS], "From", "display"))
        local = sender.address.rpartition("@")[0]
        fields.append((local[:_FIELD_CHARS], "From", "address"))
    subject = message.header("Subject") or message.subject or ""
    if subject:
        fields.append((subject[:_FIELD_CHARS], "Subject", "subject"))
    for text, where in list(_link_and_alt_texts(message))[:_MAX_LINK_TEXTS]:
        fields.append((text[:_FIELD_CHARS], where, "link"))
    body = message.body_text[:_OBFUSCATION_BODY_CHARS]
    if body:
        fields.append((body, "本文", "body"))
    found: list[Obfuscation] = []
    seen: set[tuple[str, str]] = set()
    for text, where, field in fields:
        # One-letter typos only in the short fields: body prose is full of near-words.
        for shown, key in _obfuscated_in(text, m, typos=field != "body"):
            if (shown, key) not in seen:
                seen.add((shown, key))
                found.append(Obfuscation(shown, key, where, field))
    return found


# Texts already looked at, per matcher: identify_brand and the brand analyzer both read the
# display name and the subject of a message, and link texts ("こちら", "Log in") repeat
# across mails. The result depends on the text, the matcher and `typos` only, so a hit
# never changes a result. Emptied when full (bounded memory); long texts are not kept.
_OBFUSCATED_KEPT = 20_000
_OBFUSCATED_MAX_CHARS = _FIELD_CHARS


def _obfuscated_in(text: str, m: _Matcher, *, typos: bool = True) -> tuple[tuple[str, str], ...]:
    memo = m.obfuscated
    found = memo.get((text, typos))
    if found is not None:
        return found
    found = tuple(_find_obfuscated(text, m, typos=typos))
    if len(text) <= _OBFUSCATED_MAX_CHARS:
        if len(memo) >= _OBFUSCATED_KEPT:
            memo.clear()
        memo[text, typos] = found
    return found


def _find_obfuscated(text: str, m: _Matcher, *, typos: bool) -> Iterator[tuple[str, str]]:
    if not text:
        return
    nfkc = unicodedata.normalize("NFKC", text)
    # 1. Invisible characters inside a brand name (none is ASCII: an ASCII text is skipped
    # without the search).
    if not nfkc.isascii() and _INVISIBLE_RE.search(nfkc):
        yield from _invisible_inside(nfkc, m)
    lower = nfkc.casefold()
    # 2. Letters spaced out: "A m a z o n", "E T C 利用照会".
    for start, end in _spaced_out(lower):
        collapsed = re.sub(r"[ .\-_*·•\u3000]", "", lower[start:end]).translate(_INVISIBLE_TABLE)
        if len(collapsed) < 3:
            continue
        for hit in m.hits(collapsed, folded=collapsed):
            if not hit.word and hit.end - hit.start >= 3:
                yield nfkc[start:end], hit.key
                break
    # 3. Look-alike characters and typos in latin words: "Amaz0n", "Аmazon", "Amazom".
    tokens = _drop_invisible(lower)
    if not typos and not _may_disguise(tokens, m):
        return
    if not typos and not any(
        _disguise_of(token, m, typos=False)
        for token in set(_TOKEN_RE.findall(tokens))  # (distinct: the answer is the same)
        if not (token.isascii() and token.isalpha())
    ):
        # Body text: plain words are never looked at (no typo check), and no other word is
        # a disguise; knowing that from the words alone skips the loop over match objects.
        return
    for tm in _TOKEN_RE.finditer(tokens):
        token = tm.group(0)
        key = _disguise_of(token, m, typos=typos)
        if key is not None:
            shown = _shown(nfkc, lower, tm.start(), tm.end(), token)
            yield shown, key


# The look-alike table's ASCII part as byte tables, "1" read as "l" in one and "i" in the
# other (as `_disguise_uncached` tries both).
def _ascii_lookalikes(one: str) -> bytes:
    table = bytearray(range(256))
    for code, to in _LOOKALIKE.items():
        if code < 128:
            table[code] = ord(to)
    table[ord("1")] = ord(one)
    return bytes(table)


_LOOKALIKE_L = _ascii_lookalikes("l")
_LOOKALIKE_I = _ascii_lookalikes("i")
_NON_ASCII_TOKEN_RE = startcache.compile("[\u0370-\u04ff]")  # Greek, Cyrillic: in `_TOKEN_RE`


def _may_disguise(text: str, m: _Matcher) -> bool:
    """False only when no word of `text` (lower case) is a disguise without typos.

    Such a word is not plain, and with look-alikes mapped (and "1" as "l" or as "i") it is
    a latin brand name. Without Greek or Cyrillic letters every `_TOKEN_RE` word is ASCII;
    the text as ASCII ("?" for the rest: positions stay) mapped with the byte tables then
    holds that name, at a place where mapping changed a character. Bodies seldom have one,
    and finding that out costs a tenth of listing their words.
    """
    if m.latin_names is None:
        return False
    if _NON_ASCII_TOKEN_RE.search(text):
        return True
    raw = text.encode("ascii", "replace")
    for table in (_LOOKALIKE_L, _LOOKALIKE_I) if b"1" in raw else (_LOOKALIKE_L,):
        mapped = raw.translate(table)
        if mapped == raw:
            continue
        for _, start, end in m.latin_names.find_matches_as_indexes(mapped, overlapping=True):
            if raw[start:end] != mapped[start:end]:
                return True
    return False


_DISGUISES_KEPT = 50_000


def _disguise_of(token: str, m: _Matcher, *, typos: bool) -> str | None:
    """The brand key `token` (a lower-case word) disguises, if any."""
    memo = m.disguises
    try:
        return memo[token, typos]
    except KeyError:
        pass
    if len(memo) >= _DISGUISES_KEPT:
        memo.clear()
    key = memo[token, typos] = _disguise_uncached(token, m, typos=typos)
    return key


def _disguise_uncached(token: str, m: _Matcher, *, typos: bool) -> str | None:
    if token in m.latin:
        return None
    plain = token.isascii() and token.isalpha()
    if plain and not typos:
        return None
    mapped = token if plain else token.translate(_LOOKALIKE)
    key = None
    if mapped != token and mapped.isalpha():
        key = m.latin.get(mapped) or m.latin.get(mapped.replace("1", "l"))
    if key is None and "1" in token:
        alt = token.replace("1", "l").translate(_LOOKALIKE)
        key = m.latin.get(alt) or m.latin.get(token.replace("1", "i").translate(_LOOKALIKE))
    if key is None and typos and plain:
        name = m.typo_of(token)
        key = m.latin.get(name) if name else None
    return key


def _shown(nfkc: str, lower: str, start: int, end: int, token: str) -> str:
    """The token as written (case kept) when the folded text lines up with the original."""
    if len(nfkc) == len(lower):
        return nfkc[start:end]
    return token


def _invisible_inside(nfkc: str, m: _Matcher) -> Iterable[tuple[str, str]]:
    kept: list[int] = []
    chars: list[str] = []
    for i, ch in enumerate(nfkc):
        if ch not in _INVISIBLE:
            kept.append(i)
            chars.append(ch)
    stripped = "".join(chars)
    folded = stripped.casefold()
    if len(folded) != len(stripped):
        return
    for hit in m.hits(stripped, folded=folded):
        if hit.end - hit.start < 2:
            continue
        first, last = kept[hit.start], kept[hit.end - 1]
        if last - first != hit.end - 1 - hit.start:
            raw = nfkc[first : last + 1]
            yield _INVISIBLE_RE.sub(lambda c: f"[U+{ord(c.group(0)):04X}]", raw), hit.key


# ---------------------------------------------------------------- the analyzer

_CONF_BY_FIELD = {"display": 1.0, "subject": 1.0, "address": 0.8, "link": 0.8, "body": 0.6}
_MAX_EVIDENCE = 4
_DISPLAY_ONLY_MIN = 0.5


class BrandAnalyzer:
    """Findings about how the brand name itself is written and used."""

    info = AnalyzerInfo(
        name="brand",
        emits=frozenset({"brand.name_obfuscated", "brand.display_name_only"}),
        summary="Disguised brand names (Amaz0n, A m a z o n, zero-width characters, typos).",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        registry = target.context.brands
        findings: list[Finding] = []
        obfuscations = find_obfuscations(message, registry)
        if obfuscations:
            best = max(_CONF_BY_FIELD[o.field] for o in obfuscations)
            brands = {b.key: b for b in registry.brands}
            evidence = tuple(
                Evidence("text", o.shown, brands[o.brand].name_en, o.where)
                for o in obfuscations[:_MAX_EVIDENCE]
            )
            first = brands[obfuscations[0].brand]
            findings.append(
                Finding(
                    "brand.name_obfuscated",
                    confidence=best,
                    evidence=evidence,
                    params={"name_ja": first.name_ja, "name_en": first.name_en},
                )
            )
        claim = target.brand
        if claim is not None and claim.strength >= _DISPLAY_ONLY_MIN:
            only = _display_name_only(message, claim, registry)
            if only is not None:
                findings.append(only)
        return findings


def _display_name_only(
    message: ParsedMessage, claim: BrandClaim, registry: BrandRegistry
) -> Finding | None:
    """The brand is named in the From display name and nowhere else in the mail."""
    wheres = {ev.where for ev in claim.evidence}
    primary = primary_sender(message)
    if wheres != {"From"} or primary is None:
        return None
    sender, display = primary
    brand = registry.get(claim.key)
    if brand is None or (sender.domain and brand.is_official_host(sender.domain)):
        return None
    if not display or not message.body_text.strip():
        return None
    return Finding(
        "brand.display_name_only",
        confidence=1.0,
        evidence=(Evidence("sender", display, sender.address, "From"),),
    )

"""Look-alike host names: is this host dressed up as one of the registry's brands?

Owns the brand-token index built from the brand registry and the per-host check. Kinds:

- ``combo``: the brand's name is part of someone else's registrable domain
  (``amazon-co-jp-account.top``, ``amazon-security.com``);
- ``subdomain``: the brand's name sits left of someone else's registrable domain
  (``amazon.co.jp.example.top``, ``www-amazon-co-jp.example.xyz``);
- ``typo``: the registrable label is one or two edits from a brand's name, or becomes it
  once ``rn``→``m`` / ``vv``→``w`` are read as the eye reads them (``amazom``, ``arnazon``);
- ``digits``: digits stand in for letters (``amaz0n``, ``paypa1``);
- ``homoglyph``: non-Latin letters that look Latin (Cyrillic ``а`` in ``аmazon``) or a
  Japanese brand name inside an internationalised host (``アマゾン-ログイン.com``);
- ``tld``: the brand's own name under a suffix that only imitates its real one
  (``nitori-net.co`` for ``nitori-net.jp``, ``demae-can.co`` for ``demae-can.com``) or
  under a made-up Japanese hierarchy (``nitori.jp.net``, ``amazon.co.jp.net``);
- ``spelled``: one of the brand's Japanese domains written out inside another domain
  (``jcb-co-jp.com``, ``smbc.co.jp.net``): the name is short, the spelling is not chance.

Separately, `imitated_government` tells hosts dressed up as Japan's government domains
(``mhlw-go-jp.com``, ``city-xxx-lg-jp.com``, ``xxx.lg.jp.example.com``).

The brand's own hosts, hosts of any other registered brand, and the registrable domains in
``data/lookalike_safe_domains.txt`` are never look-alikes. Names shorter than four letters
and the common words in ``data/lookalike_common_words.txt`` are not used as brand tokens
(``line``, ``view``), and labels in that list are never typos (``maison`` is not ``saison``).

Cost: one index per registry (built once), then per host a handful of set probes, one
precompiled regex search and a length-filtered bounded edit distance; results are cached
per host.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from miwake import startcache
from miwake.knowledge.brands import Brand, BrandRegistry, normalise
from miwake.knowledge.domains import (
    is_ip_literal,
    public_suffix,
    registrable_domain,
    to_unicode_host,
)
from miwake.knowledge.lists import alternation_of, load_list

# Shortest brand token used at all; tokens below LONG_TOKEN must match a whole
# hyphen/dot-delimited part, longer ones may match inside a label ("amazonjp-login").
MIN_TOKEN = 4
LONG_TOKEN = 6
# Edit-distance budget by token length: 1 edit from 6 letters on, 2 edits from 10 on
# (5-letter names sit one edit from everyday words: tesco/tepco, money/monex, email/gmail).
TYPO1_MIN = 6
TYPO2_MIN = 10
# Hyphen-less forms of hyphenated labels are typo tokens from this length on.
FLAT_TYPO_MIN = 8

# What a digit or a letter pair is read as by a hurried eye.
_DIGIT_READINGS: tuple[tuple[str, str], ...] = (
    ("0", "o"),
    ("1", "l"),
    ("3", "e"),
    ("4", "a"),
    ("5", "s"),
    ("7", "t"),
    ("8", "b"),
    ("9", "g"),
)
_DIGIT_TABLE = str.maketrans(dict(_DIGIT_READINGS))
_DIGIT_TABLE_I = str.maketrans({**dict(_DIGIT_READINGS), "1": "i"})
_PAIR_READINGS: tuple[tuple[str, str], ...] = (("rn", "m"), ("vv", "w"), ("cl", "d"))

_PART_SPLIT = startcache.compile(r"[.\-_]+")
# Three-letter brand names (JCB, NHK, DHL, UPS) are too short to look for inside labels:
# they count only as a whole hyphen-separated part next to one of these account words,
# the way fakes are named (jcb-update.com, nhk-login.net) and real companies are not.
SHORT_TOKEN = 3
_ACCOUNT_WORDS = frozenset(
    {
        "login", "signin", "logon", "update", "verify", "verification", "secure",
        "security", "account", "accounts", "confirm", "auth", "support", "member",
        "members", "mypage", "renew", "renewal", "unlock", "recovery", "alert", "notice",
    }
)  # fmt: skip
# Japan's organisational second-level domains are granted one per registered organisation
# (JPRS rules for co.jp, or.jp, ne.jp, go.jp, ...): a name there that contains a brand's
# name (rakuten-life.co.jp, smbc-fs.co.jp) is a group company's or a partner's, not a
# throwaway registration. Typos and brand-as-subdomain are still checked there.
_ONE_PER_ORGANISATION = frozenset(
    {"co.jp", "or.jp", "ne.jp", "go.jp", "ac.jp", "ad.jp", "ed.jp", "gr.jp", "lg.jp"}
)
_LATIN_LOOKING = frozenset({"CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"})
# Suffixes registered to pass for another at a glance: ".co" for ".com" / ".co.jp", ".cm"
# and ".om" for ".com", and second-level look-alikes. A brand's own name under one of these
# is an imitation, unlike its name under an ordinary suffix (amazon.de, yahoo.com).
_IMITATION_SUFFIXES = frozenset({"co", "cm", "om", "co.com", "com.co", "net.co"})
# Labels of Japan's domain hierarchy: a registrable domain made of one of them under a
# generic suffix (jp.net, co.com, jp.com) is a fake hierarchy when a brand's name sits left
# of it (nitori.jp.net, amazon.co.jp.net).
_HIERARCHY_LABELS = frozenset({"jp", "co", "ne", "or", "com", "net"})
_NAME_MIN = 5  # a brand's English name counts for the tld kind from this length on
_GOV_SUFFIXES = ("go.jp", "lg.jp")
_GOV_SPLIT = startcache.compile(r"[.\-_]+")


@dataclass(frozen=True, slots=True)
class LookalikeMatch:
    """One brand a host imitates, how, and the official domain it imitates."""

    brand: str  # brand key
    kind: str  # combo | subdomain | typo | digits | homoglyph | tld | spelled
    token: str  # the brand name as found (or nearly found) in the host
    official: str  # one of the brand's own domains, for the evidence


def _label_of(domain: str) -> str:
    """`amazon.co.jp` -> `amazon`: the registrable label without its public suffix."""
    reg = registrable_domain(domain)
    suffix = public_suffix(reg)
    if suffix and reg.endswith("." + suffix):
        return reg[: -len(suffix) - 1]
    return reg.split(".", 1)[0]


def _brand_tokens(brand: Brand, common: frozenset[str]) -> tuple[set[str], set[str], set[str]]:
    """(ascii tokens, typo tokens, non-ascii alias tokens) that name `brand` inside a host.

    ASCII tokens come from the brand's own domain labels only (``amazon``, ``eki-net`` and
    ``ekinet``): display aliases hold everyday words ("Digital", "Family") that would
    match half the web; the brand's `lookalike_tokens` (product words such as ``onedrive``)
    are added to them. Typo tokens are the labels as written, and the hyphen-less form of
    a long hyphenated label (``smbccard``, so that ``smbcard`` is caught; see `_typo_hit`
    for the condition); short hyphen-less forms are left out because their near misses are
    real words. Japanese aliases catch internationalised look-alike hosts.
    """
    ascii_tokens: set[str] = set()
    typo_tokens: set[str] = set()
    other: set[str] = set()
    for domain in brand.all_domains:
        label = _label_of(domain)
        if not label.isascii():
            continue
        for tok in (label, label.replace("-", "")):
            if len(tok) >= MIN_TOKEN:
                ascii_tokens.add(tok)
        if len(label) >= TYPO1_MIN:
            typo_tokens.add(label)
        flat = label.replace("-", "")
        if flat != label and len(flat) >= FLAT_TYPO_MIN:
            typo_tokens.add(flat)
    for token in brand.lookalike_tokens:
        # Product words the brand's hosts do not carry (``onedrive``, ``sharepoint`` for
        # Microsoft) but fakes are named after; short ones stay out, as for domain labels.
        if token.isascii() and len(token) >= MIN_TOKEN:
            ascii_tokens.add(token)
            if len(token) >= TYPO1_MIN:
                typo_tokens.add(token)
    for alias in brand.aliases:
        compact = re.sub(r"[\s.\-・･]+", "", normalise(alias))
        if len(compact) >= 2 and not any(ch.isascii() for ch in compact):
            other.add(compact)
    return ascii_tokens - common, typo_tokens - common, other


def _short_tokens(brand: Brand, common: frozenset[str]) -> set[str]:
    """Three-letter labels of the brand's own domains that are also its name as written
    (``jcb`` for JCB, ``nhk`` for NHK): not a label like ``aka`` that only the domain uses."""
    names = {normalise(a).casefold() for a in (*brand.aliases, brand.name_en)}
    found: set[str] = set()
    for domain in brand.all_domains:
        label = _label_of(domain)
        if len(label) == SHORT_TOKEN and label.isascii() and label.isalpha() and label in names:
            found.add(label)
    return found - common


def _within_distance(a: str, b: str, k: int) -> int | None:
    """Damerau (adjacent transposition, "optimal string alignment") edit distance of a and b
    if it is <= k, else None. rapidfuzz computes it in C++ and stops early past k."""
    if abs(len(a) - len(b)) > k:
        return None
    d = OSA.distance(a, b, score_cutoff=k)
    return d if d <= k else None


def _ascii_skeleton(ch: str) -> str:
    """The ASCII letter or digit a character passes for ("" when it passes for none)."""
    folded = unicodedata.normalize("NFKC", ch).casefold()
    if folded.isascii():
        return folded
    from confusable_homoglyphs import confusables  # big table: load only when a host needs it

    found = confusables.is_confusable(ch, preferred_aliases=["latin"], greedy=True)
    if not found:
        return ""
    for glyph in found[0]["homoglyphs"]:
        candidate = str(glyph["c"]).casefold()
        if candidate.isascii() and candidate.isalnum():
            return candidate
    return ""


def skeleton(label: str) -> str | None:
    """`аmazon` (Cyrillic а) -> `amazon`; None when some character passes for no ASCII."""
    out = []
    for ch in label:
        if ch.isascii():
            out.append(ch)
            continue
        sk = _ascii_skeleton(ch)
        if not sk:
            return None
        out.append(sk)
    return "".join(out)


def mixed_script(label: str) -> bool:
    """True when a label mixes Latin with letters that look Latin (Cyrillic, Greek, ...)."""
    if label.isascii():
        return False
    from confusable_homoglyphs import categories

    scripts = {categories.alias(ch) for ch in label if ch.isalpha()}
    return bool(scripts & _LATIN_LOOKING) and ("LATIN" in scripts or len(scripts) == 1)


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching any of `words` (longest first), None for no words."""
    source = alternation_of(words)
    return startcache.compile(source) if source else None


class LookalikeIndex:
    """Brand tokens of one registry, and the per-host check against them."""

    def __init__(self, registry: BrandRegistry) -> None:
        self.registry = registry
        common = load_list("lookalike_common_words.txt")
        self._common = common
        self._safe = load_list("lookalike_safe_domains.txt")
        self._official: dict[str, str] = {}  # brand key -> a domain to show as the real one
        self._domains: dict[str, tuple[str, ...]] = {}  # official domain -> brand keys
        self._domains_of: dict[str, tuple[str, ...]] = {}  # brand key -> its domains
        self._tokens: dict[str, list[str]] = {}  # ascii token -> brand keys
        self._other: dict[str, list[str]] = {}  # non-ascii alias -> brand keys
        self._short: dict[str, list[str]] = {}  # three-letter name -> brand keys
        self._names: dict[str, list[str]] = {}  # own label or English name -> brand keys
        spelled: dict[str, list[str]] = {}  # Japanese domain spelled out -> brand keys
        typo_all: set[str] = set()
        for brand in registry.brands:
            for name in _own_names(brand, common):
                self._names.setdefault(name, []).append(brand.key)
            for domain in _spellable(brand):
                spelled.setdefault(domain, []).append(brand.key)
            for tok in _short_tokens(brand, common):
                self._short.setdefault(tok, []).append(brand.key)
            ascii_tokens, typo_tokens, other = _brand_tokens(brand, common)
            typo_all.update(typo_tokens)
            domains = sorted(brand.web_domains or brand.mail_domains, key=lambda d: (len(d), d))
            self._official[brand.key] = domains[0] if domains else ""
            for domain in brand.all_domains:
                self._domains[domain] = (*self._domains.get(domain, ()), brand.key)
            self._domains_of[brand.key] = tuple(d for d in brand.all_domains if "." in d)
            for tok in ascii_tokens:
                self._tokens.setdefault(tok, []).append(brand.key)
            for tok in other:
                self._other.setdefault(tok, []).append(brand.key)
        # Longest first; ties in text order (two literals of one length never match at one
        # place, so this only fixes the pattern text: the same each run, for startcache).
        self._long_re = _alternation(t for t in self._tokens if len(t) >= LONG_TOKEN)
        self._typo_tokens = sorted(typo_all)
        # A near miss keeps its first or its last letter (the check below): the tokens by
        # first and by last letter, as positions in `_typo_tokens`, so a host label is only
        # compared with the few that can match, in the same order as the full list.
        self._typo_by_first: dict[str, list[int]] = {}
        self._typo_by_last: dict[str, list[int]] = {}
        for i, tok in enumerate(self._typo_tokens):
            self._typo_by_first.setdefault(tok[0], []).append(i)
            self._typo_by_last.setdefault(tok[-1], []).append(i)
        # hyphen-less typo token -> the first part of the label it comes from
        self._flat_heads = {
            tok.replace("-", ""): tok.split("-", 1)[0]
            for tok in typo_all
            if "-" in tok and tok.replace("-", "") in typo_all
        }
        self._risky_tlds = load_list("suspicious_tlds.txt")
        self._other_re = _alternation(self._other)
        # spelled form with dots for hyphens -> (domain, brand keys)
        self._spelled = {d.replace("-", "."): (d, keys) for d, keys in spelled.items()}
        self._spelled_re = (
            startcache.compile(
                r"(?:^|[.\-])("
                + "|".join(
                    re.escape(d).replace(r"\.", r"[.\-]")
                    for d in sorted(spelled, key=_longest_first)
                )
                + r")[.\-]"
            )
            if spelled
            else None
        )
        self.check: Callable[[str], tuple[LookalikeMatch, ...]] = lru_cache(maxsize=65_536)(
            self._check
        )

    @property
    def tokens(self) -> frozenset[str]:
        return frozenset(self._tokens)

    def owners(self, host: str) -> tuple[str, ...]:
        """Keys of the brands that own `host` (it is, or is under, one of their domains)."""
        h = host.strip(".").lower()
        found: tuple[str, ...] = ()
        while h:
            keys = self._domains.get(h)
            if keys:
                found = (*found, *keys)
            if "." not in h:
                break
            h = h.split(".", 1)[1]
        return found

    def same_name(self, host: str, key: str) -> bool:
        """The brand `key` owns `host`, or `host` is the brand's own name under an ordinary
        suffix (yahoo.com for a brand listed with yahoo.co.jp; see `check`)."""
        if key in self.owners(host):
            return True
        reg = registrable_domain(host)
        suffix = public_suffix(reg)
        if not suffix or suffix in self._risky_tlds or not reg.endswith("." + suffix):
            return False
        return key in self._tokens.get(reg[: -len(suffix) - 1], ())

    def related_name(self, host: str, key: str) -> bool:
        """`same_name`, or a one-per-organisation Japanese domain whose name holds the brand's
        (rakuten-life.co.jp for Rakuten): a group company's or partner's, not a throwaway."""
        if self.same_name(host, key):
            return True
        reg = registrable_domain(host)
        suffix = public_suffix(reg)
        if suffix not in _ONE_PER_ORGANISATION or not reg.endswith("." + suffix):
            return False
        label = reg[: -len(suffix) - 1]
        return any(key in self._tokens.get(part, ()) for part in {label, *label.split("-")})

    def owned_by(self, host: str, keys: set[str] | frozenset[str]) -> bool:
        """True when one of the brands `keys` owns `host`."""
        return any(k in keys for k in self.owners(host))

    def _matches(self, brand_keys: Iterable[str], kind: str, token: str) -> list[LookalikeMatch]:
        return [LookalikeMatch(k, kind, token, self._shown_official(k, token)) for k in brand_keys]

    def _shown_official(self, key: str, token: str) -> str:
        """The brand's domain to name as "the real one": one that holds the imitated name,
        Japanese domains first (`amazon.co.jp` rather than `a.co`)."""
        flat = token.replace("-", "")
        holding = [d for d in self._domains_of.get(key, ()) if flat in d.replace("-", "")]
        if not holding:
            return self._official.get(key, "")
        return min(
            holding, key=lambda d: (not d.endswith(".co.jp"), not d.endswith(".jp"), len(d), d)
        )

    def _token_hits(self, text: str) -> list[str]:
        """Brand tokens named in `text` (a label or a run of labels, ascii)."""
        hits: list[str] = []
        parts = [p for p in _PART_SPLIT.split(text) if p]
        for i, part in enumerate(parts):
            if part in self._tokens:
                hits.append(part)
            if i + 1 < len(parts):  # hyphenated brand names: "eki-net", "smbc-card"
                joined = part + "-" + parts[i + 1]
                if joined in self._tokens:
                    hits.append(joined)
                # and a one-word brand split in two: "kuroneko-yamato" for kuronekoyamato
                glued = part + parts[i + 1]
                if glued in self._tokens:
                    hits.append(glued)
        if self._long_re is not None:
            # inside a word only at its start or end ("amazonoole", "myamazon"): a brand
            # buried mid-word is usually prose ("watchingmicrosoftlikeahawk")
            for m in self._long_re.finditer(text):
                start, end = m.span()
                at_start = start == 0 or not text[start - 1].isalnum()
                at_end = end == len(text) or not text[end].isalnum()
                if at_start or at_end:
                    hits.append(m.group(0))
        return hits

    def _short_hits(self, label: str) -> list[str]:
        """Three-letter brand names that are a whole part of `label` beside an account word."""
        parts = label.split("-")
        if len(parts) < 2 or not any(p in _ACCOUNT_WORDS for p in parts):
            return []
        # ("my" + name is how brands name their member pages: myjcb-update.com)
        return [
            tok
            for p in parts
            for tok in (p, p[2:] if p.startswith("my") else "")
            if tok in self._short
        ]

    def _subdomain_hits(self, left: str, suffix: str) -> list[str]:
        """Brand tokens left of someone else's registrable domain that really imitate it.

        A short name there is common by chance (``citi.umich.edu``, ``meta.example.org``), so
        a token under six letters counts only with the brand's domain spelled out after it
        (``smbc.co.jp.evil.com``, ``www-smbc-co-jp.evil.com``) or under a risky suffix.
        """
        hits = self._token_hits(left)
        if suffix in self._risky_tlds:
            return hits
        flat = left.replace("-", ".").replace("_", ".")
        kept = []
        for tok in hits:
            if len(tok) >= LONG_TOKEN:
                kept.append(tok)
                continue
            for key in self._tokens[tok]:
                if any(d in flat for d in self._domains_of.get(key, ())):
                    kept.append(tok)
                    break
        return kept

    def _typo_hit(self, label: str) -> str | None:
        """The brand token `label` is a near miss of, if any (exact equality excluded)."""
        if len(label) < TYPO1_MIN or label in self._common or label in self._tokens:
            return None
        positions = sorted(
            {*self._typo_by_first.get(label[0], ()), *self._typo_by_last.get(label[-1], ())}
        )
        for tok in map(self._typo_tokens.__getitem__, positions):
            k = 2 if len(tok) - tok.count("-") >= TYPO2_MIN else 1
            if abs(len(tok) - len(label)) > k or (tok[0] != label[0] and tok[-1] != label[-1]):
                continue
            head = self._flat_heads.get(tok)
            if head is not None and not label.startswith(head):
                # a hyphen-less form counts only with its distinctive first part intact:
                # smbcard (smbc-card) is an imitation, jscentral (jr-central) a word
                continue
            if _within_distance(label, tok, k) is not None:
                return tok
        return None

    def _check(self, host: str) -> tuple[LookalikeMatch, ...]:
        host = to_unicode_host(host)
        if not host or "." not in host or is_ip_literal(host):
            return ()
        if self.owners(host):
            return ()
        reg = registrable_domain(host)
        if reg in self._safe or host in self._safe:
            return ()
        suffix = public_suffix(reg)
        if not suffix or not reg.endswith("." + suffix):
            return ()  # no known top-level domain: not a host a browser reaches by name
        reg_label = reg[: -len(suffix) - 1]
        left = host[: -len(reg) - 1] if host.endswith("." + reg) else ""
        found: list[LookalikeMatch] = []

        def add(tokens: Iterable[str], kind: str) -> None:
            for tok in tokens:
                found.extend(self._matches(self._tokens[tok], kind, tok))

        def add_short(tokens: Iterable[str]) -> None:
            for tok in tokens:
                found.extend(self._matches(self._short[tok], "combo", tok))

        if host.isascii():
            swapped = self._tld_swap(reg_label, suffix, left)
            if swapped:
                return swapped
        if reg_label in self._tokens and suffix not in self._risky_tlds:
            # amazon.com / yahoo.com where the registry lists amazon.co.jp / yahoo.co.jp:
            # the brand's own name under another suffix is nearly always the brand itself
            # (big brands register theirs); only a risky suffix (amazon.top) is a fake.
            return ()
        if host.isascii():
            if suffix not in _ONE_PER_ORGANISATION:
                add(self._token_hits(reg_label), "combo")
                if not found:
                    add_short(self._short_hits(reg_label))
            if not found and left:
                add(self._subdomain_hits(left, suffix), "subdomain")
            if not found and self._spelled_re is not None:
                spelt = self._spelled_re.search(host)
                hit = (
                    self._spelled.get(spelt.group(1).replace("-", "."))
                    if spelt is not None
                    else None
                )
                if hit is not None:
                    found.extend(self._matches(hit[1], "spelled", hit[0]))
            if not found:
                variants = {reg_label.translate(_DIGIT_TABLE), reg_label.translate(_DIGIT_TABLE_I)}
                variants.discard(reg_label)
                for v in variants:
                    add(self._token_hits(v), "digits")
            if not found:
                paired = reg_label
                for a, b in _PAIR_READINGS:
                    paired = paired.replace(a, b)
                if paired != reg_label:
                    add(self._token_hits(paired), "typo")
            if not found:
                for part in {reg_label, *reg_label.split("-")}:
                    tok = self._typo_hit(part)
                    if tok is not None:
                        add([tok], "typo")
                        break
            if not found and left:
                # a misspelt brand left of a throwaway domain: www2-uccord.qn776yy.com
                for part in _PART_SPLIT.split(left):
                    tok = self._typo_hit(part)
                    # only same-length, same-first-letter slips here: every subdomain
                    # word one edit from a brand would flag (mobile/ymobile, finance/binance)
                    if tok is not None and len(tok) == len(part) and tok[0] == part[0]:
                        add([tok], "subdomain")
                        break
        else:
            found.extend(self._unicode_matches(host, reg_label, left))
        # One match per brand, first kind found wins.
        seen: set[str] = set()
        unique = []
        for m in found:
            if m.brand not in seen:
                seen.add(m.brand)
                unique.append(m)
        return tuple(unique)

    def _tld_swap(self, reg_label: str, suffix: str, left: str) -> tuple[LookalikeMatch, ...]:
        """The brand's own name under an imitating suffix (nitori-net.co) or a made-up
        Japanese hierarchy (nitori.jp.net, amazon.co.jp.net): empty when neither."""
        name = ""
        if suffix in _IMITATION_SUFFIXES:
            name = reg_label
        elif reg_label in _HIERARCHY_LABELS and left:
            labels = left.split(".")
            while labels and labels[-1] in _HIERARCHY_LABELS:
                labels.pop()  # amazon.co + jp.net: the name is left of the whole hierarchy
            name = labels[-1] if labels else ""
        keys = self._names.get(name, ()) if name else ()
        return tuple(LookalikeMatch(k, "tld", name, self._swapped_official(k, name)) for k in keys)

    def _swapped_official(self, key: str, name: str) -> str:
        """The brand's domain whose label is `name` (or starts with it: nitori-net.jp for
        nitori), the one a swapped suffix imitates; else as `_shown_official`."""
        domains = sorted(
            self._domains_of.get(key, ()),
            key=lambda d: (not d.endswith(".co.jp"), not d.endswith(".jp"), len(d), d),
        )
        labels = [(d, _label_of(d)) for d in domains]
        for d, label in labels:
            if label == name:
                return registrable_domain(d) or d
        for prefix in (name + "-", name):
            for d, label in labels:
                if label.startswith(prefix):
                    return registrable_domain(d) or d
        return self._shown_official(key, name)

    def _unicode_matches(self, host: str, reg_label: str, left: str) -> list[LookalikeMatch]:
        found: list[LookalikeMatch] = []
        if self._other_re is not None:
            for m in self._other_re.finditer(normalise(host)):
                found.extend(self._matches(self._other[m.group(0)], "homoglyph", m.group(0)))
        for label in (reg_label, *left.split(".")):
            if label.isascii() or not label:
                continue
            sk = skeleton(label)
            if sk is None or not sk.isascii():
                continue
            tokens = self._token_hits(sk)
            typo = self._typo_hit(sk) if not tokens else None
            for tok in [*tokens, *([typo] if typo else [])]:
                found.extend(self._matches(self._tokens[tok], "homoglyph", tok))
        return found


def _own_names(brand: Brand, common: frozenset[str]) -> set[str]:
    """The brand's own domain labels (``nitori-net``) and its English name as one word
    (``nitori``): the names a swapped suffix is put after."""
    names = {_label_of(d) for d in brand.all_domains if "." in d}
    english = re.sub(r"[^a-z0-9-]", "", brand.name_en.casefold())
    if len(english) >= _NAME_MIN and brand.name_en.isascii():
        names.add(english)
    return {n for n in names if n.isascii() and len(n) >= MIN_TOKEN and n not in common}


def _spellable(brand: Brand) -> set[str]:
    """The brand's Japanese registrable domains worth looking for spelled out inside other
    domains (``jcb.co.jp``, ``mufg.jp``): a label of three letters or more under ``.jp`` or a
    Japanese second-level suffix."""
    found: set[str] = set()
    for domain in brand.all_domains:
        reg = registrable_domain(domain)
        suffix = public_suffix(reg)
        if reg != domain or not suffix or not (suffix == "jp" or suffix.endswith(".jp")):
            continue
        label = reg[: -len(suffix) - 1]
        if len(label) >= SHORT_TOKEN and label.isascii():
            found.add(reg)
    return found


def imitated_government(host: str) -> str:
    """``go.jp`` or ``lg.jp`` when `host` dresses up as a Japanese government domain without
    being one (``mhlw-go-jp.com``, ``city-xxx-lg-jp.com``, ``xxx.lg.jp.example.com``);
    "" otherwise. Only ministries and local governments can register under those two
    suffixes, so their letters anywhere else are borrowed authority."""
    h = to_unicode_host(host).strip(".").lower()
    if "jp" not in h or not h.isascii():
        return ""
    if public_suffix(registrable_domain(h)) in _GOV_SUFFIXES:
        return ""
    parts = _GOV_SPLIT.split(h)
    for i in range(len(parts) - 1):
        if parts[i + 1] == "jp" and parts[i] in ("go", "lg"):
            return f"{parts[i]}.jp"
    for part in parts:
        if part in ("gojp", "lgjp"):
            return f"{part[:2]}.jp"
    return ""


# Suffixes under which a whole domain name written at the front of another host reads as
# that domain (tamashin.jp.token-renew.com, shop.co.jp.example.top). Bare "jp" also names a
# region (help.jp.mercari.com), so there the name before it must not be a service word.
_EMBEDDED_SUFFIXES = frozenset(
    {"co.jp", "ne.jp", "or.jp", "ac.jp", "ad.jp", "ed.jp", "gr.jp", "go.jp", "lg.jp",
     "jp", "com", "net", "org"}
)  # fmt: skip
_SERVICE_LABELS = frozenset(
    {"www", "m", "mobile", "mail", "email", "help", "support", "news", "shop", "store", "info",
     "my", "app", "apps", "api", "web", "portal", "secure", "login", "account", "accounts",
     "service", "services", "global", "corp", "static", "cdn", "img", "image", "images",
     "assets", "blog", "faq", "docs", "en", "ja", "jp", "auth", "id", "members", "member"}
)  # fmt: skip
_MIN_EMBEDDED_LABEL = 3
# Registries that sell names under a Japanese-looking second level (PSL private section):
# furusato-onestop.jp.net reads as furusato-onestop.jp.
_PSEUDO_JP = frozenset({"jp.net", "jp.eu.org"})


@lru_cache(maxsize=4096)
def embedded_domain(host: str) -> str:
    """The domain name a host wears at its front, right before its real registrable domain
    (``tamashin.jp`` for ``ib.tamashin.jp.token-renew.com``); "" when there is none. A
    reader sees the familiar name first; the site is the one at the end."""
    h = to_unicode_host(host).strip(".").lower()
    if not h.isascii() or h.count(".") < 2:
        return ""
    real = registrable_domain(h)
    if not real or h == real:
        return ""
    front = h[: -len(real) - 1].split(".")
    if real in _PSEUDO_JP:
        name = front[-1]
        return f"{name}.jp" if len(name) >= _MIN_EMBEDDED_LABEL else ""
    if h.count(".") < 3:
        return ""
    for size in (3, 2):  # "co.jp" suffixes take three labels (name.co.jp), others two
        if len(front) < size:
            continue
        suffix = ".".join(front[len(front) - size + 1 :])
        name = front[len(front) - size]
        if suffix not in _EMBEDDED_SUFFIXES or len(name) < _MIN_EMBEDDED_LABEL:
            continue
        if "." not in suffix and name in _SERVICE_LABELS:
            return ""  # help.jp.example.com, www.com.example.net: a service or region label
        return f"{name}.{suffix}"
    return ""


_INDEXES: dict[int, LookalikeIndex] = {}


def lookalike_index(registry: BrandRegistry) -> LookalikeIndex:
    """The index for `registry`, built once per registry object (keyed by identity: hashing
    a whole registry per call would cost more than the check itself)."""
    index = _INDEXES.get(id(registry))
    if index is None or index.registry is not registry:
        index = _INDEXES[id(registry)] = LookalikeIndex(registry)
    return index


def lookalikes(host: str, registry: BrandRegistry) -> tuple[LookalikeMatch, ...]:
    """Brands that `host` imitates (empty when none, or when the host is a brand's own)."""
    return lookalike_index(registry).check(host)

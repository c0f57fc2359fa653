"""Odd senders, whatever brand they claim (`SenderAnomalyAnalyzer`, group "sender").

Owns what a careful reader notices in the From line itself, with or without a known brand:
a From domain on free hosting or app platforms anyone can sign up to (`*.web.app`,
`*.firebaseapp.com`), a From line that shows a name but no valid address (a split,
dot-less or empty address), a display name or address written in decorative letters or
emoji, a machine-generated From domain (`t63i2z7tgh.com`), and a display name that names an
organisation ("Lidl Rewards", "Customer Service") while the address shares nothing with it.

Brand-specific checks (a registered brand vs its official domains, free mail claiming a
brand, Reply-To/Return-Path) belong to analyzers/sender.py; where a brand claim already
makes that analyzer speak, this one stays quiet about the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.brand import primary_sender
from miwake.analyzers.sender import is_freemail
from miwake.knowledge.domains import host_within, public_suffix, registrable_domain
from miwake.knowledge.lists import load_list
from miwake.message.types import Address, ParsedMessage
from miwake.model import Evidence, Finding

FREE_HOSTING = "sender_anomaly.free_hosting_domain"
MALFORMED = "sender_anomaly.malformed_from"
STYLED = "sender_anomaly.styled_name"
EMOJI = "sender_anomaly.emoji_name"
RANDOM = "sender_anomaly.random_domain"
GENERATED_LOCAL = "sender_anomaly.generated_local_part"
ORG_MISMATCH = "sender_anomaly.org_name_mismatch"

# A brand claim at least this strong, made in the From line, is analyzers/sender.py's to judge.
_BRAND_CLAIM = 0.5
_LIST_HEADERS = frozenset({"list-id", "list-post", "x-mailman-version", "list-unsubscribe"})
_FIELD = 200  # characters of a display name looked at

# Mathematical alphanumerics, circled and squared letters: decoration no mail client needs.
_STYLED_RE = re.compile("[\U0001d400-\U0001d7ff\u24b6-\u24e9\U0001f130-\U0001f189]")
# A Latin letter touching a Cyrillic or Greek one ("Μetamаsk" with Greek Μ, Cyrillic а).
_MIXED_RE = re.compile(
    "(?:[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z])"
)
# Machine-made domain names: letters and digits interleaved three times (k6wq6d2o53), five
# digits in a row, or six consonants in a row (zoqdefsbcz). Measured on the registrable
# label only: mail services' own sub-domains and VERP local parts look random legitimately.
_ALTERNATING_RE = re.compile(r"(?:[a-z]+[0-9]+){3}|(?:[0-9]+[a-z]+){3}")
_DIGITS_RE = re.compile(r"[0-9]{5}")
_CONSONANTS_RE = re.compile(r"[bcdfghjklmnpqrstvwxz]{6}")
# Generated mailbox names: "word_word_12345" (a bulk tool numbering its senders), or a short
# all-letter name with five consonants in a row ("dvgvkkb"). Newsletters' VERP addresses
# (digits, dots, hashes mixed in) are not matched.
_NUMBERED_LOCAL_RE = re.compile(r"[a-z]{2,20}_[a-z]{2,20}_[0-9]{3,6}")
_LETTERS_LOCAL_RE = re.compile(r"[a-z]{4,14}")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")


@cache
def free_hosting_domains() -> frozenset[str]:
    return load_list("free_hosting.txt")


@cache
def org_words() -> frozenset[str]:
    return load_list("sender_org_words.txt")


def _is_emoji(ch: str) -> bool:
    """Pictographs (So) outside the CJK/letterlike blocks that Japanese names use (㈱, ™)."""
    code = ord(ch)
    return code >= 0x2190 and unicodedata.category(ch) == "So" and not 0x3000 <= code <= 0x33FF


class SenderAnomalyAnalyzer:
    info = AnalyzerInfo(
        name="sender_anomaly",
        emits=frozenset(
            {FREE_HOSTING, MALFORMED, STYLED, EMOJI, RANDOM, GENERATED_LOCAL, ORG_MISMATCH}
        ),
        summary="From on free hosting, broken From lines, decorated or machine-made senders, "
        "organisation names on unrelated addresses.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        primary = primary_sender(message)
        if primary is None:
            return []
        address, shown = primary
        shown = shown[:_FIELD]
        ev = Evidence("sender", shown, address.address, "From")
        claim = target.brand
        brand_in_from = (
            claim is not None
            and claim.strength >= _BRAND_CLAIM
            and any(e.where == "From" for e in claim.evidence)
        )
        findings: list[Finding] = []

        malformed = self._malformed(message, address, brand_in_from)
        if malformed:
            findings.append(Finding(MALFORMED, evidence=(ev,), params={"problem": malformed}))

        domain = address.domain
        if domain and host_within(domain, free_hosting_domains()):
            findings.append(
                Finding(FREE_HOSTING, evidence=(ev,), params={"domain": domain})
            )

        decorated = shown + " " + address.address
        if _STYLED_RE.search(decorated) or len(_MIXED_RE.findall(decorated)) >= 1:
            findings.append(Finding(STYLED, evidence=(ev,)))
        elif any(_is_emoji(ch) for ch in shown):
            findings.append(Finding(EMOJI, evidence=(ev,)))

        if domain and "." in domain and not is_freemail(domain):
            random_label = _random_label(domain)
            if random_label:
                findings.append(
                    Finding(RANDOM, evidence=(ev,), params={"domain": registrable_domain(domain)})
                )

        local = address.address.rpartition("@")[0].casefold()
        if domain and not findings_have(findings, RANDOM) and _generated_local(local):
            findings.append(Finding(GENERATED_LOCAL, evidence=(ev,)))

        if (
            domain
            and not brand_in_from
            and not _on_list(message)
            and _org_mismatch(shown, address)
        ):
            findings.append(
                Finding(
                    ORG_MISMATCH,
                    evidence=(ev,),
                    params={"domain": registrable_domain(domain) or domain},
                )
            )
        return findings

    @staticmethod
    def _malformed(message: ParsedMessage, address: Address, brand_in_from: bool) -> str:
        """Why the From line shows no usable address ("" when it does)."""
        if not message.from_:
            return ""
        first = message.from_[0]
        if not first.domain and not address.domain:
            # "Brand <brand.example>" with a claimed brand: sender.brand_no_address says it.
            return "" if brand_in_from else "no-address"
        if not first.domain:
            return "split"  # "Name ,_<x@y>": the client shows the name, hides the address
        domain = address.domain
        if domain.startswith("[") or "." not in domain.strip("."):
            return "no-domain"
        return ""


def _on_list(message: ParsedMessage) -> bool:
    return any(name.lower() in _LIST_HEADERS for name, _ in message.headers[:200])


def _random_label(domain: str) -> str:
    """The registrable label of `domain` when it looks machine-generated, else ""."""
    org = registrable_domain(domain) or domain
    suffix = public_suffix(org) or ""
    label = org[: -len(suffix) - 1] if suffix and org.endswith("." + suffix) else org
    label = label.rsplit(".", 1)[-1].lower()
    if (
        _ALTERNATING_RE.search(label)
        or _DIGITS_RE.search(label)
        or _CONSONANTS_RE.search(label)
    ):
        return label
    return ""


def findings_have(findings: list[Finding], fid: str) -> bool:
    return any(f.id == fid for f in findings)


def _generated_local(local: str) -> bool:
    """A From local part that a bulk tool made up rather than a person or a company chose."""
    if _NUMBERED_LOCAL_RE.fullmatch(local):
        return True
    return bool(_LETTERS_LOCAL_RE.fullmatch(local) and _CONSONANTS5_RE.search(local))


_CONSONANTS5_RE = re.compile(r"[bcdfghjklmnpqrstvwxz]{5}")


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _org_mismatch(shown: str, address: Address) -> bool:
    """The display name reads as an organisation and shares no word with the address."""
    if not shown:
        return False
    name = unicodedata.normalize("NFKC", shown).casefold()
    words = _WORD_RE.findall(name)
    if not words:
        return False
    marks = org_words()
    organisation = any(w in marks for w in words) or any(c in shown for c in "®™")
    if not organisation:
        return False
    where = _compact(unicodedata.normalize("NFKC", address.address).casefold())
    # Shared when a name word (4+ letters) is in the address, or an address word is in the name.
    if any(len(w) >= 4 and w in where for w in words):
        return False
    compact_name = _compact(name)
    local, _, domain = address.address.casefold().rpartition("@")
    org = registrable_domain(domain) or domain
    labels = [x for x in re.split(r"[^a-z0-9]+", local + "." + org.split(".")[0]) if len(x) >= 4]
    return not any(x in compact_name for x in labels)

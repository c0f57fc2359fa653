"""Odd senders, whatever brand they claim (`SenderAnomalyAnalyzer`, group "sender").

Owns what a careful reader notices in the From line itself, with or without a known brand:
a From domain on free hosting or app platforms anyone can sign up to (`*.web.app`,
`*.firebaseapp.com`), a From line that shows a name but no valid address (a split,
dot-less or empty address), a display name or address written in decorative letters or
emoji, a machine-generated From domain (`t63i2z7tgh.com`) or mailbox name
(`rudie_lewsley_63414@`), a display name that names an organisation ("Lidl Rewards",
"Customer Service") while the address shares nothing with it, invoices or order
confirmations sent from free mail, and a Japanese public office (市役所, 税務署, 厚生労働省,
警察 ...) named in the display name or a subject tag while the From domain is not a
government one (go.jp, lg.jp, city.*.jp ...).

Brand-specific checks (a registered brand vs its official domains, free mail claiming a
brand, Reply-To/Return-Path) belong to analyzers/sender.py; where a brand claim already
makes that analyzer speak, this one stays quiet about the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.brand import primary_sender
from miwake.analyzers.sender import KANA, on_list
from miwake.analyzers.wording_en import underscored_words
from miwake.knowledge.domains import host_within, public_suffix, registrable_domain
from miwake.knowledge.lists import alternation_of, load_list
from miwake.knowledge.mailboxes import is_freemail
from miwake.knowledge.public_office import is_government_domain, office_named_in
from miwake.message.types import Address, ParsedMessage
from miwake.model import Evidence, Finding

FREE_HOSTING = "sender_anomaly.free_hosting_domain"
MALFORMED = "sender_anomaly.malformed_from"
STYLED = "sender_anomaly.styled_name"
EMOJI = "sender_anomaly.emoji_name"
RANDOM = "sender_anomaly.random_domain"
GENERATED_LOCAL = "sender_anomaly.generated_local_part"
ORG_MISMATCH = "sender_anomaly.org_name_mismatch"
FREEMAIL_NOTICE = "sender_anomaly.freemail_business_notice"
INSTITUTION_FREEMAIL = "sender_anomaly.institution_from_free_mailbox"
DECORATED = "sender_anomaly.decorated_name"
PUBLIC_OFFICE = "sender_anomaly.public_office_off_government_domain"

# A brand claim at least this strong, made in the From line, is analyzers/sender.py's to judge.
_BRAND_CLAIM = 0.5
_FIELD = 200  # characters of a display name looked at

# Mathematical alphanumerics, circled and squared letters: decoration no mail client needs.
_STYLED_RE = startcache.compile(
    "[\U0001d400-\U0001d7ff\u24b6-\u24e9\U0001f130-\U0001f189]"
    # Small capitals (ᴇɴᴇʀɢɪᴇ): phonetic letters, nobody's name is written in them.
    "|[\u1d00-\u1d2b\u0262\u026a\u0274\u0280\u028f\u029c\u029f\ua731]{2}"
)
# A Latin letter touching a Cyrillic or Greek one ("Μetamаsk" with Greek Μ, Cyrillic а).
_MIXED_RE = startcache.compile(
    "(?:[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z])"
)
# A display name wrapped in filter-dodging marks: "#Kohls_Rewards#", "*StopWat*", "_Deal_".
# People and companies write their names plainly; these marks only break up the words.
_WRAPPED_RE = startcache.compile(r"[#*_][^#*_]*[^\W\d_]{2}.*[#*_]")
# Machine-made domain names: letters and digits interleaved three times (k6wq6d2o53), five
# digits in a row, or six consonants in a row (zoqdefsbcz). Measured on the registrable
# label only: mail services' own sub-domains and VERP local parts look random legitimately.
_ALTERNATING_RE = startcache.compile(r"(?:[a-z]+[0-9]+){3}|(?:[0-9]+[a-z]+){3}")
_DIGITS_RE = startcache.compile(r"[0-9]{5}")
_CONSONANTS_RE = startcache.compile(r"[bcdfghjklmnpqrstvwxz]{6}")
# Generated mailbox names: "word_word_12345" (a bulk tool numbering its senders), or a short
# all-letter name with five consonants in a row ("dvgvkkb"). Newsletters' VERP addresses
# (digits, dots, hashes mixed in) are not matched.
_NUMBERED_LOCAL_RE = startcache.compile(r"[a-z]{2,20}_[a-z]{2,20}_[0-9]{3,6}")
_LETTERS_LOCAL_RE = startcache.compile(r"[a-z]{4,14}")
# Subjects of business paperwork (invoices, receipts, order confirmations, renewals) in the
# corpus languages: companies send these from their own domains, never from free mail.
_BUSINESS_SUBJECT_RE = startcache.compile(
    r"(?<![^\W_])(?:invoice|receipt|order (?:confirm|#|no\b|number|\d)|payment (?:received|"
    r"confirm|receipt|successful)|transaction|subscription|renewal|billing|refund|purchase|"
    r"rechnung|zahlungsbestätigung|bestellbestätigung|fatura|nota fiscal|boleto|factura|"
    r"facture|factuur|orderbevestiging)",
    re.IGNORECASE,
)
_NOT_IN_HOSTS = frozenset("\"'<>,;:()[]{}|\\ ")
_WORD_RE = startcache.compile(r"[^\W\d_]{3,}")


@cache
def free_hosting_domains() -> frozenset[str]:
    return load_list("free_hosting.txt")


@cache
def org_words() -> frozenset[str]:
    return load_list("sender_org_words.txt")


@cache
def _org_names_re() -> re.Pattern[str]:
    """Company names of sender_org_names.txt, as whole words in a case-folded display name."""
    names = alternation_of(load_list("sender_org_names.txt"))
    return startcache.compile(r"(?<![^\W_])(?:" + names + r")(?![^\W_])")


# Symbols Japanese (and other) shop names use as typography, not as emoji: ★SALE★, ♪.
_TYPOGRAPHIC = frozenset("★☆♪♫♬♡♥❤")


def _is_emoji(ch: str) -> bool:
    """A pictograph: the emoji planes, misc symbols and dingbats, hourglasses, stars."""
    code = ord(ch)
    if 0x1F000 <= code <= 0x1FAFF:
        return True
    if 0x2600 <= code <= 0x27BF or 0x23E9 <= code <= 0x23FA or code in (0x2B50, 0x2B55):
        return ch not in _TYPOGRAPHIC
    return False


FOREIGN_CLOCK = "sender_anomaly.foreign_clock"
# UTC offsets of the clocks Japanese brands send from: Japan, and UTC (mail services).
_JAPAN_CLOCKS = frozenset({"+0900", "+0000", "-0000"})
# China, Hong Kong, Taiwan, Singapore, Philippines time: where much of the fake mail that
# claims Japanese brands is written (dev split: 210 of 465 Japanese phish, 0 ham with a
# Japanese brand claim). Other offsets say nothing: global brands send from their own zones.
_FOREIGN_CLOCKS = frozenset({"+0800"})
_DATE_OFFSET = startcache.compile(r"([+-]\d{4})\s*(?:\([^)]*\))?\s*$")


def _foreign_clock(message: ParsedMessage, target: Target) -> str:
    """The Date header's UTC offset when a Japanese mail claiming a Japanese brand was
    written on a clock set to another country's time ("" otherwise)."""
    claim = target.brand
    if claim is None or claim.strength < _BRAND_CLAIM:
        return ""
    brand = target.context.brands.get(claim.key)
    if brand is None or not any(d.endswith(".jp") for d in brand.mail_domains):
        return ""
    if not KANA.search(message.subject or "") and not KANA.search(message.body_text[:2000]):
        return ""
    m = _DATE_OFFSET.search(message.header("Date") or "")
    offset = m.group(1) if m else ""
    return offset if offset in _FOREIGN_CLOCKS else ""


class SenderAnomalyAnalyzer:
    info = AnalyzerInfo(
        name="sender_anomaly",
        emits=frozenset(
            {
                FREE_HOSTING,
                MALFORMED,
                STYLED,
                EMOJI,
                RANDOM,
                GENERATED_LOCAL,
                ORG_MISMATCH,
                FREEMAIL_NOTICE,
                INSTITUTION_FREEMAIL,
                FOREIGN_CLOCK,
                DECORATED,
                PUBLIC_OFFICE,
            }
        ),
        summary="From on free hosting, broken From lines, decorated or machine-made senders, "
        "organisation names on unrelated addresses, public offices off government domains.",
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
            findings.append(Finding(FREE_HOSTING, evidence=(ev,), params={"domain": domain}))

        decorated = shown + " " + address.address
        if _STYLED_RE.search(decorated) or len(_MIXED_RE.findall(decorated)) >= 1:
            findings.append(Finding(STYLED, evidence=(ev,)))
        elif any(_is_emoji(ch) for ch in shown):
            findings.append(Finding(EMOJI, evidence=(ev,)))
        if _WRAPPED_RE.fullmatch(shown.strip()) or underscored_words(shown) is not None:
            findings.append(Finding(DECORATED, evidence=(ev,)))

        if domain and "." in domain and not is_freemail(domain):
            random_label = _random_label(domain)
            if random_label:
                findings.append(
                    Finding(RANDOM, evidence=(ev,), params={"domain": registrable_domain(domain)})
                )

        clock = _foreign_clock(message, target)
        if clock:
            findings.append(
                Finding(
                    FOREIGN_CLOCK,
                    evidence=(Evidence("header", clock, "", "Date"),),
                    params={"offset": clock},
                )
            )

        written = address.address.rpartition("@")[0]
        local = written.casefold()
        if domain and not findings_have(findings, RANDOM) and _generated_local(local, written):
            findings.append(Finding(GENERATED_LOCAL, evidence=(ev,)))

        subject = (message.subject or "")[:_FIELD]
        if (
            domain
            and not brand_in_from  # sender.freemail_brand speaks for a claimed brand
            and is_freemail(domain)
            and _BUSINESS_SUBJECT_RE.search(subject)
        ):
            findings.append(
                Finding(
                    FREEMAIL_NOTICE,
                    evidence=(ev, Evidence("header", subject, "", "Subject")),
                    params={"domain": domain},
                )
            )

        if domain and not brand_in_from and is_freemail(domain):
            institution = _institution_named(shown, subject)
            if institution:
                # 「城南信用金庫」 <x@gmail.com>: banks and co-ops write from their own domain
                findings.append(
                    Finding(
                        INSTITUTION_FREEMAIL,
                        evidence=(ev,),
                        params={"domain": domain, "institution": institution},
                    )
                )

        office = _public_office_claim(message, shown, address)
        if office is not None:
            findings.append(office)

        # Bulk mail carries List-Unsubscribe like a mailing list does: there only a listed
        # company's name is judged (a discussion list rewrites senders, so nothing is).
        if (
            domain
            and not brand_in_from
            and _org_mismatch(shown, address, listed_only=on_list(message))
            and not message.has_any_header(_DISCUSSION_LIST_HEADERS, first=200)
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
        if any(ch in _NOT_IN_HOSTS for ch in domain):
            return "bad-domain"  # <"x@shop.example">: quoted, so no real domain at all
        return ""


# A subject that speaks as an office: 【横浜市】..., [国税庁] ..., "税務署：...", "市役所 ...".
_SUBJECT_TAGS_RE = startcache.compile(r"[【\[]([^】\]\n]{1,30})[】\]]")
_SUBJECT_HEAD_RE = startcache.compile(r"^\s*([^\s:：|｜/、。【\[]{2,20})\s*[:：|｜/]")
# When every link goes to government sites the mail is most likely the office's own news
# sent through a mail service (a city's newsletter): worth a check, not an alarm.
_GOVERNMENT_LINKS_CONFIDENCE = 0.4


def _public_office_claim(message: ParsedMessage, shown: str, address: Address) -> Finding | None:
    """`PUBLIC_OFFICE` when the display name or a subject tag names a public office and the
    From domain is not one only public bodies can hold."""
    domain = address.domain
    if not domain or "." not in domain or is_government_domain(domain):
        return None
    evidence = [Evidence("sender", shown, address.address, "From")]
    office = office_named_in(shown)
    if not office:
        subject = unicodedata.normalize("NFKC", (message.subject or "")[:_FIELD])
        for text in (*_SUBJECT_TAGS_RE.findall(subject), *_SUBJECT_HEAD_RE.findall(subject)):
            office = office_named_in(text)
            if office:
                evidence.append(Evidence("header", subject, "", "Subject"))
                break
    if not office:
        return None
    hosts = [link.host for link in message.links if link.host and link.source != "html-img"]
    confidence = 1.0
    if hosts and all(is_government_domain(h) for h in hosts):
        confidence = _GOVERNMENT_LINKS_CONFIDENCE
    return Finding(
        PUBLIC_OFFICE,
        confidence=confidence,
        evidence=tuple(evidence),
        params={"office": office, "domain": registrable_domain(domain) or domain},
    )


def _random_label(domain: str) -> str:
    """The registrable label of `domain` when it looks machine-generated, else ""."""
    org = registrable_domain(domain) or domain
    suffix = public_suffix(org) or ""
    if suffix and org.endswith("." + suffix):
        label = org[: -len(suffix) - 1].rsplit(".", 1)[-1]
    else:  # unknown suffix: the label left of the last dot
        parts = org.split(".")
        label = parts[-2] if len(parts) >= 2 else parts[0]
    label = label.lower()
    if _ALTERNATING_RE.search(label) or _DIGITS_RE.search(label) or _CONSONANTS_RE.search(label):
        return label
    # A host spelt out one character per label ("s.a.r.a.y.p.2.shop.example"): no mail
    # service names its hosts so; bulk senders do, to make each copy's domain new.
    if domain.count(".") > _ONE_CHARACTER_LABELS and (
        sum(1 for part in domain.split(".") if len(part) == 1) >= _ONE_CHARACTER_LABELS
    ):
        return domain.lower()
    return ""


_ONE_CHARACTER_LABELS = 4


def findings_have(findings: list[Finding], fid: str) -> bool:
    return any(f.id == fid for f in findings)


def _generated_local(local: str, as_written: str = "") -> bool:
    """A From local part that a bulk tool made up rather than a person or a company chose.
    `local` is case-folded; `as_written` keeps the case, for random capitals."""
    if _NUMBERED_LOCAL_RE.fullmatch(local):
        return True
    if _LETTERS_LOCAL_RE.fullmatch(local) and _CONSONANTS5_RE.search(local):
        return True
    return _random_case(as_written)


# Capitals scattered at random through a letters-only mailbox name ("vKtrPwXq"): names
# people choose in camel case split into pieces that each hold a vowel ("DoNotUse",
# "TrishaRPotter", "JSmith", "McKenzie"); random strings switch case often and leave
# vowel-less pieces.
_CASE_LOCAL_RE = startcache.compile(r"[A-Za-z]{5,14}")
_CASE_SWITCH_RE = startcache.compile(r"[a-z](?=[A-Z])|[A-Z](?=[a-z])")
_CASE_PIECE_RE = startcache.compile(r"[A-Z]*[a-z]+|[A-Z]+")
_VOWEL_RE = startcache.compile(r"[aeiouyAEIOUY]")
_CASE_SWITCHES = 3


def _random_case(local: str) -> bool:
    if not _CASE_LOCAL_RE.fullmatch(local):
        return False
    if len(_CASE_SWITCH_RE.findall(local)) < _CASE_SWITCHES:
        return False
    # "Mc" is the one vowel-less piece of real names (McKenzie).
    pieces = [p for p in _CASE_PIECE_RE.findall(local) if p != "Mc"]
    return any(not _VOWEL_RE.search(piece) for piece in pieces)


_CONSONANTS5_RE = startcache.compile(r"[bcdfghjklmnpqrstvwxz]{5}")


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


_DISCUSSION_LIST_HEADERS = frozenset({"list-post", "x-mailman-version"})
_SUBJECT_TAG_RE = startcache.compile(r"^\s*[【\[［]([^】\]］]{1,40})[】\]］]")


@cache
def _institution_re() -> re.Pattern[str]:
    words = (unicodedata.normalize("NFKC", w) for w in load_list("institution_words.txt"))
    return startcache.compile(alternation_of(words), re.IGNORECASE)


def _institution_named(shown: str, subject: str) -> str:
    """The financial institution or co-op that the display name, or the subject's leading
    【…】 tag, names by its legal form ("" when none). A forwarded or answered subject
    (Fwd: / Re:) is the person's, not the institution's."""
    name = unicodedata.normalize("NFKC", shown)
    m = _institution_re().search(name)
    if m is None:
        tag = _SUBJECT_TAG_RE.match(unicodedata.normalize("NFKC", subject))
        if tag is None:
            return ""
        m = _institution_re().search(tag.group(1))
        if m is None:
            return ""
        return tag.group(1).strip()
    return name.strip()


def _org_mismatch(shown: str, address: Address, *, listed_only: bool = False) -> bool:
    """The display name reads as an organisation and shares no word with the address.
    `listed_only`: judge only names of sender_org_names.txt."""
    if not shown:
        return False
    # Underscores stand for spaces in decorated names ("Expédition_Leroy_Merlin").
    name = unicodedata.normalize("NFKC", shown).casefold().replace("_", " ")
    words = _WORD_RE.findall(name)
    if not words:
        return False
    folded = unicodedata.normalize("NFKC", address.address).casefold()
    listed = _org_names_re().search(name.replace("\u2019", "'"))
    if listed is not None:
        # A named company is judged by the domain alone: anyone can put "zilverenkruis" or
        # "xrp" before the @ of their own domain, only the company owns its domain.
        return not _named_org_in_domain(listed.group(0), folded.rpartition("@")[2])
    if listed_only:
        return False
    marks = org_words()
    organisation = any(w in marks for w in words) or any(c in shown for c in "®™")
    if not organisation:
        return False
    where = _compact(folded)
    # Shared when a name word (4+ letters) is in the address, a name word is a whole word of
    # the address ("DHL" in noreply@dhl.com), or an address word (4+) is in the name.
    if any(len(w) >= 4 and w in where for w in words):
        return False
    tokens = set(_ADDRESS_SPLIT_RE.split(folded))
    if any(w in tokens for w in words):
        return False
    compact_name = _compact(name)
    local, _, domain = folded.rpartition("@")
    org = registrable_domain(domain) or domain
    labels = [x for x in _ADDRESS_SPLIT_RE.split(local + "." + org.split(".")[0]) if len(x) >= 4]
    return not any(x in compact_name for x in labels)


_ADDRESS_SPLIT_RE = startcache.compile(r"[^\w]+|_")


def _named_org_in_domain(org_name: str, domain: str) -> bool:
    """Whether a listed company name is in the From domain (sub-domains included): the whole
    name run together ("harborfreight"), one of its words of 4+ letters ("depot"), or the
    domain's own name inside the company name ("aaa" for "aaa.com")."""
    where = _compact(domain)
    compact_name = _compact(org_name)
    if compact_name in where:
        return True
    if any(len(w) >= 4 and w in where for w in _WORD_RE.findall(org_name)):
        return True
    org = registrable_domain(domain) or domain
    label = _compact(org.split(".")[0])
    return len(label) >= 3 and label in compact_name

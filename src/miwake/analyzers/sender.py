"""Who really sent the mail, against who it claims to be (`SenderAnalyzer`, group "sender").

Owns the comparison of the claimed brand (from `identify_brand`) with the From address's
organizational domain, addresses written inside the display name, free-mail senders
claiming a brand, and where replies and bounces really go (Reply-To, Return-Path).

When the From domain is the brand's own, this analyzer says nothing about it: a forged
brand address can only be told from a real one by authentication (analyzers/auth.py).

Mailing lists rewrite the From of DMARC-protected senders to "Name via List <list@...>" and
move the original address to Reply-To; such a From is read through its Reply-To here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.brand import matcher_for, primary_sender
from miwake.knowledge.brands import Brand, BrandRegistry, normalise
from miwake.knowledge.domains import public_suffix, registrable_domain
from miwake.knowledge.lists import load_list
from miwake.knowledge.lookalike import (
    embedded_domain,
    imitated_government,
    lookalike_index,
    lookalikes,
)
from miwake.knowledge.mailboxes import is_freemail, is_isp_mailbox
from miwake.message.types import Address, ParsedMessage
from miwake.message.urls import split_url
from miwake.model import Evidence, Finding

# A claim weaker than this (body text only) is not enough to call the sender a mismatch.
MIN_CLAIM = 0.5
# Confidence scale when the brand is named in the subject only, not in the From line
# (dev split: 57 of 3,369 SpamAssassin ham vs 106 phish are subject-only claims).
SUBJECT_ONLY_SCALE = 0.35
# From a domain named like the brand that only a real organisation can hold (bitflyer.jp
# for bitFlyer, rakuten-life.co.jp for Rakuten): most likely the brand's own or a group
# company's domain the registry does not list. Still reported, but weakly.
RELATED_NAME_SCALE = 0.35  # below the 0.4 a combination needs to count it
# ...unless the subject is worded as the brand's own notice: the name in title brackets
# (【三井住友カード】ご利用内容のお知らせ) or a Japanese notice word. A discussion subject
# ("Google buys Pyra", "Re: Apple's new Mac") is neither.
SUBJECT_NOTICE_SCALE = 0.85
_REPLY_PREFIX = startcache.compile(r"^\s*(re|fwd?|aw|wg|tr|sv|rv|転送)\s*[:：]", re.I)
_TITLE_BRACKETS = startcache.compile(r"[【\[［「『〔]([^】\]］」』〕]{1,40})[】\]］」』〕]")
KANA = startcache.compile(r"[\u3041-\u30ff]")  # one kana: the text is Japanese
_JA_NOTICE = startcache.compile(
    r"お知らせ|ご案内|ご確認|ご連絡|ご請求|ご利用|お支払|重要|緊急|通知|のお願い"
)
# A display name showing a host no brand owns ("CNET News.com"): common in newsletters
# (dev: 21 ham vs 27 phish), so it weighs little on its own.
UNBRANDED_DISPLAY_DOMAIN = 0.3

_VIA_RE = startcache.compile(r"\s+via\s+[^\s]{1,80}\s*$", re.IGNORECASE)
_LIST_HEADERS = frozenset({"list-id", "list-post", "x-mailman-version", "list-unsubscribe"})

# An address or a host name written in the display name ("support@amazon.co.jp", "Amazon.co.jp").
_DISPLAY_ADDR_RE = startcache.compile(
    r"[a-z0-9._%+\-]{1,64}@((?:[a-z0-9\-]{1,63}\.){1,8}[a-z]{2,24})"
)
_DISPLAY_HOST_RE = startcache.compile(
    r"(?<![a-z0-9@.\-])((?:[a-z0-9\-]{1,63}\.){1,8}[a-z]{2,24})(?![a-z0-9\-])"
)
# Suffixes under which a bare "word.word" in a display name is taken as a host name
# ("Customer.Support" is not: .support is a TLD, but nobody reads it as a web address).
_HOSTLIKE_SUFFIXES = frozenset(
    {"com", "net", "org", "info", "biz", "io", "co", "jp", "co.jp", "ne.jp", "or.jp", "go.jp",
     "ac.jp", "cn", "com.cn", "ru", "de", "fr", "uk", "co.uk", "br", "com.br", "nl", "es",
     "it", "top", "xyz", "online", "shop", "site", "club", "vip", "icu", "cc", "me", "us"}
)  # fmt: skip


@cache
@dataclass(frozen=True, slots=True)
class _Sender:
    address: Address
    display: str
    domain: str  # lower-cased host of the (effective) From address
    org: str  # its registrable domain
    via_list: bool  # From rewritten by a mailing list: the original is in Reply-To


# The last message asked about and its answer (sender, auth and links each ask), held by
# identity as `_ON_LIST_LAST` below; the answer is frozen, so sharing it changes nothing.
_SENDER_LAST: list[tuple[object, _Sender | None]] = [(None, None)]


def effective_sender(message: ParsedMessage) -> _Sender | None:
    """The From address as the reader should judge it (list rewriting undone)."""
    last = _SENDER_LAST[0]
    if last[0] is message:
        return last[1]
    found = _effective_sender(message)
    _SENDER_LAST[0] = (message, found)
    return found


def _effective_sender(message: ParsedMessage) -> _Sender | None:
    primary = primary_sender(message)
    if primary is None:
        return None
    sender, display = primary
    via = bool(_VIA_RE.search(sender.display_name.strip().strip("\"'")))
    listed = on_list(message)
    if via and listed and message.reply_to and message.reply_to[0].domain:
        original = message.reply_to[0]
        return _Sender(
            original, display, original.domain, registrable_domain(original.domain), True
        )
    if not sender.domain:
        return None
    return _Sender(sender, display, sender.domain, registrable_domain(sender.domain), False)


# The last message asked about and its answer: several analyzers ask per message. Held by
# identity (a strong reference, so the object cannot be freed and its id reused).
# One slot read and written whole, so threads sharing it never mix two messages' answers.
_ON_LIST_LAST: list[tuple[object, bool]] = [(None, False)]


def on_list(message: ParsedMessage) -> bool:
    """The mail came through a mailing list (which rewrites Reply-To and bounces)."""
    last = _ON_LIST_LAST[0]
    if last[0] is message:
        return last[1]
    listed = message.has_any_header(_LIST_HEADERS, first=200)
    _ON_LIST_LAST[0] = (message, listed)
    return listed


# Headers that name the list server itself. List-Unsubscribe is not among them: every
# marketing mail and any phisher sets it, while these come from list software (Mailman).
_LIST_DOMAIN_HEADERS = ("list-id", "list-archive", "list-post", "list-help")
_LIST_ID_RE = startcache.compile(r"<([^<>\s]{3,255})>")
_LIST_URL_RE = startcache.compile(r"<([^<>\s]{3,500})>")
_LIST_DOMAINS_LAST: list[tuple[object, frozenset[str]]] = [(None, frozenset())]


def list_domains(message: ParsedMessage) -> frozenset[str]:
    """Registrable domains of the mailing list the mail came through (List-Id, List-Archive,
    List-Post, List-Help): the footer links the list software appends go there."""
    last = _LIST_DOMAINS_LAST[0]
    if last[0] is message:
        return last[1]
    found: set[str] = set()
    for name in _LIST_DOMAIN_HEADERS:
        for value in message.header_all(name)[:3]:
            if name == "list-id":
                m = _LIST_ID_RE.search(value)
                hosts = [m.group(1) if m else value.strip()]
            else:
                hosts = [split_url(u)[2] for u in _LIST_URL_RE.findall(value)[:4]]
            for host in hosts:
                org = registrable_domain(host.strip().strip(".").lower()) if host else ""
                if org:
                    found.add(org)
    result = frozenset(found)
    _LIST_DOMAINS_LAST[0] = (message, result)
    return result


def _owned_by(registry: BrandRegistry, host: str) -> tuple[Brand, ...]:
    """Brands owning `host`, through the brand matcher's domain index (fast)."""
    if not host:
        return ()
    matcher = matcher_for(registry)
    return tuple(matcher.brands[key] for key in matcher.owners_of(host))


class SenderAnalyzer:
    """Claimed brand vs the real sender, and where replies and bounces go."""

    info = AnalyzerInfo(
        name="sender",
        emits=frozenset(
            {
                "sender.brand_domain_mismatch",
                "sender.brand_no_address",
                "sender.freemail_brand",
                "sender.display_name_address_mismatch",
                "sender.reply_to_mismatch",
                "sender.official_from_foreign_reply_to",
                "sender.return_path_mismatch",
                "sender.lookalike_domain",
                "sender.fake_government_domain",
                "sender.domain_in_subdomain",
                "sender.brand_from_risky_tld",
                "sender.contact_elsewhere",
            }
        ),
        summary="Claimed brand vs From domain, display-name spoofing, Reply-To / Return-Path.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        registry = target.context.brands
        claim = target.brand
        brand = registry.get(claim.key) if claim is not None else None
        strong = brand is not None and claim is not None and claim.strength >= MIN_CLAIM
        sender = effective_sender(message)
        if sender is None:
            return self._no_address(message, brand, strong)
        findings: list[Finding] = []
        from_owners = _owned_by(registry, sender.domain)
        if is_isp_mailbox(sender.domain) and brand is not None and brand not in from_owners:
            # taro@plala.or.jp writing as Netflix: a subscriber's box, not the ISP's partner.
            from_owners = ()
        free = is_freemail(sender.domain)
        ev_from = Evidence("sender", sender.display, sender.address.address, "From")

        if strong and brand is not None and claim is not None:
            params = {"brand_ja": brand.name_ja, "brand_en": brand.name_en}
            # Named only in the subject, the brand may be what the mail is about (news,
            # discussion: "Re: Google buys ...") rather than who it claims to be.
            in_from = any(ev.where == "From" for ev in claim.evidence)
            scale = 1.0 if in_from else _subject_scale(message.subject or "", brand)
            if free:
                # A free-mail box the brand itself runs (x@gmail.com "Google") is any user's.
                # A person forwarding or answering a brand's mail (Fwd: / 転送:, the brand not
                # in the From name) is family passing it on: weak, without the 0.6 floor.
                floor = 0.0 if not in_from and _REPLY_PREFIX.match(message.subject or "") else 0.6
                conf = (0.5 if brand.is_official_host(sender.domain) else 1.0) * max(scale, floor)
                findings.append(
                    Finding(
                        "sender.freemail_brand",
                        confidence=round(conf * min(1.0, claim.strength + 0.1), 3),
                        evidence=(ev_from,),
                        params=params,
                    )
                )
            elif not brand.is_official_host(sender.domain) and not from_owners:
                if _names_own_domain(sender.display, sender.org, brand):
                    # "Lockergnome Apple Core <x@lockergnome.com>": the display name names the
                    # sender's own domain too, so the brand is its topic, not its disguise.
                    scale = min(scale, SUBJECT_ONLY_SCALE)
                if lookalike_index(registry).related_name(sender.domain, brand.key):
                    scale = min(scale, RELATED_NAME_SCALE)
                if not in_from and _subject_tag_names_sender(
                    message.subject or "", sender.display, brand
                ):
                    # "【tsumugi】発送のお知らせ（ヤマト運輸）" from "ショップ tsumugi": the
                    # subject's own name tag is the sender's; the brand is what it uses.
                    scale = min(scale, SUBJECT_ONLY_SCALE)
                if brand.sent_by_users and not in_from:
                    # "Zoomミーティングへの招待" from a colleague's own address is how Zoom
                    # invites travel; its links (checked by `links`) tell a fake one.
                    scale = min(scale, SUBJECT_ONLY_SCALE)
                findings.append(
                    Finding(
                        "sender.brand_domain_mismatch",
                        confidence=round(scale * min(1.0, claim.strength + 0.1), 3),
                        evidence=(ev_from,),
                        params={**params, "domain": sender.org},
                    )
                )

            if public_suffix(sender.domain) in load_list("suspicious_tlds.txt") and not (
                brand.is_official_host(sender.domain)
            ):
                findings.append(
                    Finding(
                        "sender.brand_from_risky_tld",
                        confidence=round(scale, 3),
                        evidence=(ev_from,),
                        params={**params, "tld": public_suffix(sender.domain)},
                    )
                )

        lookalike = _lookalike(sender, registry, claim.key if claim is not None else None)
        findings.extend(lookalike)
        government = imitated_government(sender.domain)
        if government:
            # "mhlw-go-jp.com": only ministries and local governments hold go.jp / lg.jp, so
            # their letters in anybody else's domain borrow the state's authority.
            findings.append(
                Finding(
                    "sender.fake_government_domain",
                    evidence=(ev_from,),
                    params={"domain": sender.org, "imitates": government},
                )
            )
        elif not lookalike and not from_owners:
            # ib@tamashin.jp.token-renew.com: a whole domain name worn in front of the real one
            worn = embedded_domain(sender.domain)
            if worn:
                findings.append(
                    Finding(
                        "sender.domain_in_subdomain",
                        evidence=(Evidence("sender", worn, sender.address.address, "From"),),
                        params={"domain": sender.org, "imitates": worn},
                    )
                )

        shown = _display_domain(sender.display)
        if shown is not None:
            shown_text, shown_host = shown
            shown_org = registrable_domain(shown_host)
            same_owner = bool(
                set(_owned_by(registry, shown_host)) & set(_owned_by(registry, sender.domain))
            )
            if shown_org and shown_org != sender.org and not same_owner:
                # ("Outlook.com" <no-reply@microsoft.com>: one brand's two domains, no trick)
                claimed_in_from = (
                    strong
                    and claim is not None
                    and any(ev.where == "From" for ev in claim.evidence)
                )
                brandish = bool(_owned_by(registry, shown_host)) or claimed_in_from
                findings.append(
                    Finding(
                        "sender.display_name_address_mismatch",
                        confidence=1.0 if brandish else UNBRANDED_DISPLAY_DOMAIN,
                        evidence=(Evidence("sender", shown_text, sender.address.address, "From"),),
                        params={"shown_domain": shown_org, "domain": sender.org},
                    )
                )

        if not sender.via_list and not on_list(message):
            # Lists set Reply-To to the list and bounces to themselves: says nothing there.
            findings.extend(self._reply_to(message, sender, registry, brand, strong, free))
            findings.extend(self._return_path(message, sender, registry, brand, strong))
        elif not sender.via_list and free:
            # A list never sets Reply-To to a free mailbox: one there is the poster's own.
            findings.extend(_free_reply_elsewhere(message, sender))
        findings.extend(_contact_elsewhere(message, sender.address.address, sender.org))
        return findings

    def _no_address(
        self, message: ParsedMessage, brand: Brand | None, strong: bool
    ) -> list[Finding]:
        """A brand in the From line with no usable address ("UCカード <uccard.co.jp>")."""
        if not strong or brand is None or not message.from_:
            return []
        primary = primary_sender(message)
        if primary is None or primary[0].domain:
            return []
        written, display = primary
        ev = Evidence("sender", display, written.address, "From")
        params = {"brand_ja": brand.name_ja, "brand_en": brand.name_en}
        return [Finding("sender.brand_no_address", evidence=(ev,), params=params)]

    def _reply_to(
        self,
        message: ParsedMessage,
        sender: _Sender,
        registry: BrandRegistry,
        brand: Brand | None,
        strong: bool,
        from_free: bool,
    ) -> list[Finding]:
        for reply in message.reply_to[:3]:
            if not reply.domain:
                continue
            reply_org = registrable_domain(reply.domain)
            if not reply_org or reply_org == sender.org:
                continue
            ev = Evidence("header", sender.address.address, reply.address, "Reply-To")
            from_owners = _owned_by(registry, sender.domain)
            if from_owners and not any(b.is_official_host(reply.domain) for b in from_owners):
                if is_freemail(sender.domain):
                    continue
                owner = from_owners[0]
                return [
                    Finding(
                        "sender.official_from_foreign_reply_to",
                        evidence=(ev,),
                        params={"brand_ja": owner.name_ja, "brand_en": owner.name_en},
                    )
                ]
            if (
                brand is not None
                and brand.is_official_host(reply.domain)
                and not is_freemail(reply.domain)
            ):
                # (x@outlook.com is anyone's mailbox, not Microsoft's desk)
                continue
            if _owned_by(registry, reply.domain) and not is_freemail(reply.domain):
                continue
            if strong or (is_freemail(reply.domain) and not from_free):
                return [Finding("sender.reply_to_mismatch", confidence=1.0, evidence=(ev,))]
        return _free_reply_elsewhere(message, sender) if from_free else []

    def _return_path(
        self,
        message: ParsedMessage,
        sender: _Sender,
        registry: BrandRegistry,
        brand: Brand | None,
        strong: bool,
    ) -> list[Finding]:
        if not strong or brand is None or not message.return_path:
            return []
        rp_domain = message.return_path.rpartition("@")[2].lower()
        if not rp_domain:
            return []
        rp_org = registrable_domain(rp_domain)
        if (
            rp_org == sender.org
            or rp_org in load_list("esp_bounce_domains.txt")
            or brand.is_official_host(rp_domain)
        ):
            return []
        ev = Evidence("header", sender.address.address, message.return_path, "Return-Path")
        return [Finding("sender.return_path_mismatch", evidence=(ev,))]


def _lookalike(sender: _Sender, registry: BrandRegistry, claimed: str | None) -> list[Finding]:
    """The sending domain imitates the claimed brand's (mail-amazcn.com for Amazon): the
    seed's first tip, "look at the sender's domain", done for the reader."""
    if claimed is None:
        return []
    match = next((m for m in lookalikes(sender.domain, registry) if m.brand == claimed), None)
    if match is None:
        return []
    return [
        Finding(
            "sender.lookalike_domain",
            evidence=(Evidence("sender", match.official, sender.address.address, "From"),),
            params={"domain": sender.org},
        )
    ]


@cache
def _spaceless_names(brand: Brand) -> tuple[str, ...]:
    """The brand's aliases, normalised, spaces removed (compared inside other names)."""
    return tuple(normalise(a).replace(" ", "") for a in (*brand.aliases, *brand.ascii_word_aliases))


def _names_own_domain(display: str, org: str, brand: Brand) -> bool:
    """The display name contains the From domain's own name, which does not contain the brand.

    `amazon-security.top` shown as "Amazon Security" is no excuse: its name holds the brand.
    """
    label = normalise(org.split(".", 1)[0]).replace("-", "")
    if len(label) < 4:
        return False
    if any(len(n) >= 3 and n in label for n in _spaceless_names(brand)):
        return False
    return label in normalise(display).replace(" ", "").replace("-", "")


def _subject_tag_names_sender(subject: str, display: str, brand: Brand) -> bool:
    """A 【name】 tag of the subject is the sender's own display name (or part of it), and
    does not name the brand."""
    if not subject or not display:
        return False
    shown = normalise(display).replace(" ", "")
    for m in _TITLE_BRACKETS.finditer(subject):
        inside = normalise(m.group(1)).replace(" ", "")
        if len(inside) < 2 or any(len(n) >= 2 and n in inside for n in _spaceless_names(brand)):
            continue
        if inside in shown:
            return True
    return False


def _subject_scale(subject: str, brand: Brand) -> float:
    """How much a subject-only brand claim counts: a notice from the brand, or talk about it."""
    if _REPLY_PREFIX.match(subject):
        return SUBJECT_ONLY_SCALE
    names = [normalise(a) for a in (*brand.aliases, *brand.ascii_word_aliases) if len(a) >= 2]
    for m in _TITLE_BRACKETS.finditer(subject):
        inside = normalise(m.group(1)).replace(" ", "")
        if any(name.replace(" ", "") in inside for name in names):
            return SUBJECT_NOTICE_SCALE
    if _JA_NOTICE.search(subject) or KANA.search(subject):
        # A Japanese subject naming a brand is a notice in its name: the "talk about a
        # brand" case (Slashdot-style news headlines) comes from English tech mail.
        return SUBJECT_NOTICE_SCALE
    return SUBJECT_ONLY_SCALE


def _display_domain(display: str) -> tuple[str, str] | None:
    """An address or host name the display name shows the reader, and its host."""
    if not display or ("." not in display and "．" not in display):
        return None
    text = unicodedata.normalize("NFKC", display).casefold()
    if not text.isascii():
        # Combining marks (U+0336 strike-through...) hide "amazon.co.jp" from a plain match
        # while the reader still reads it.
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    m = _DISPLAY_ADDR_RE.search(text)
    if m:
        host = m.group(1).rstrip(".")
        if public_suffix(host):
            return m.group(0), host
    for hm in _DISPLAY_HOST_RE.finditer(text):
        host = hm.group(1).rstrip(".")
        suffix = public_suffix(host)
        if suffix and (suffix in _HOSTLIKE_SUFFIXES or suffix.rsplit(".", 1)[-1] == "jp"):
            return hm.group(0), host
    return None


# Replies from one free mailbox sent on to another person's (the "contact our agent at
# x@gmail.com" of advance-fee letters). Someone's second mailbox is possible, so weaker
# than a brand's replies going astray.
FREE_REPLY_ELSEWHERE = 0.6


def _free_reply_elsewhere(message: ParsedMessage, sender: _Sender) -> list[Finding]:
    """Reply-To on a free mailbox other than the free-mail From address."""
    own = sender.address.address.casefold()
    for reply in message.reply_to[:3]:
        if reply.domain and is_freemail(reply.domain) and reply.address.casefold() != own:
            ev = Evidence("header", sender.address.address, reply.address, "Reply-To")
            return [
                Finding("sender.reply_to_mismatch", confidence=FREE_REPLY_ELSEWHERE, evidence=(ev,))
            ]
    return []


# "Write to our transfer office: (x@gmail.com)": the body sends the reader's reply to a
# free mailbox that is not the sender's. Advance-fee letters hand the victim to their
# "agent" this way, around the Reply-To header. Alone it is weak (people give their private
# address); `combo.money_lure_reply_elsewhere` reads it with the money lure.
# An address around each "@" of the body: the local part just before it, the domain after.
_LOCAL_BEFORE_AT_RE = startcache.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}\Z")
_DOMAIN_AFTER_AT_RE = startcache.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}")
_CONTACT_WORD_RE = startcache.compile(
    r"連絡|問い?合わせ|返信|送って|送信|宛て?|メール|contact|reply|write|e-?mail|send",
    re.IGNORECASE,
)
_BODY_ADDRESS_CHARS = 20_000
_BODY_ADDRESSES_READ = 20


def _contact_elsewhere(message: ParsedMessage, own: str, own_org: str) -> list[Finding]:
    body = message.body_text[:_BODY_ADDRESS_CHARS]
    own = own.lower()
    at = -1
    for _ in range(_BODY_ADDRESSES_READ):
        at = body.find("@", at + 1)
        if at < 0:
            break
        domain_match = _DOMAIN_AFTER_AT_RE.match(body, at + 1)
        if domain_match is None:
            continue
        domain = domain_match.group(0).lower()
        if not is_freemail(domain):
            continue
        # (Looked for only now: the search tries each of the 64 places before the "@" and
        # most addresses in a body are not at a free-mail domain.)
        local_match = _LOCAL_BEFORE_AT_RE.search(body, max(0, at - 64), at)
        if local_match is None:
            continue
        address = f"{local_match.group(0)}@{domain}".lower()
        if address == own:
            continue
        if not is_freemail(own_org) and registrable_domain(domain) == own_org:
            continue
        if not _CONTACT_WORD_RE.search(body, max(0, local_match.start() - 60), local_match.start()):
            continue
        ev = Evidence("text", own, address, "本文")
        return [Finding("sender.contact_elsewhere", evidence=(ev,), params={"address": address})]
    return []

"""The brand registry (`miwake/data/brands.toml`): who a mail may claim to be, and where
that brand really sends mail from and links to.

Format, one `[[brand]]` table per brand:

    key = "amazon"                       # stable id, ascii
    name_ja = "Amazon（アマゾン）"         # how the advice names it in Japanese
    name_en = "Amazon"
    aliases = ["Amazon", "アマゾン", ...] # names as mails write them; matched after NFKC
    ascii_word_aliases = ["au"]          # short latin names matched only as whole words
    exact_names = ["X"]                  # names that count only as a whole display name or
                                         # a whole 【...】 tag (ordinary words elsewhere)
    lookalike_tokens = ["onedrive"]      # product words that make look-alike host names
    sent_by_users = true                 # its invitations go out from its users' own
                                         # addresses (a Zoom invite from a colleague)
    mail_domains = ["amazon.co.jp", ...] # domains (and their subdomains) it sends from
    web_domains = ["amazon.co.jp", ...]  # domains (and their subdomains) it links to
    sms_senders = ["09090097540"]        # numbers / sender ids its SMS come from
    help_url = "https://..."             # official help page on the topic of phishing
    report = "stop-spoofing@amazon.com"  # where to report a fake (address or URL)
    sources = ["..."]                    # where each fact was checked
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from miwake import startcache
from miwake.knowledge.domains import host_within, registrable_domain
from miwake.knowledge.lists import data_text


@dataclass(frozen=True, slots=True)
class Brand:
    key: str
    name_ja: str
    name_en: str
    aliases: tuple[str, ...]
    ascii_word_aliases: tuple[str, ...]
    mail_domains: frozenset[str]
    web_domains: frozenset[str]
    sms_senders: tuple[str, ...]
    help_url: str
    report: str
    sources: tuple[str, ...]
    exact_names: tuple[str, ...] = ()
    lookalike_tokens: tuple[str, ...] = ()
    sent_by_users: bool = False

    @property
    def all_domains(self) -> frozenset[str]:
        return self.mail_domains | self.web_domains

    def is_mail_domain(self, host: str) -> bool:
        """The host is (a subdomain of) one of the brand's sending domains."""
        return host_within(host, self.mail_domains)

    def is_official_host(self, host: str) -> bool:
        """The host is (a subdomain of) any domain the brand owns, mail or web."""
        return host_within(host, self.all_domains)

    def name(self, lang: str) -> str:
        return self.name_ja if lang == "ja" else self.name_en


def normalise(text: str) -> str:
    """NFKC + case fold: ＡＭＡＺＯＮ, ａｍａｚｏｎ and Amazon compare equal."""
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass(frozen=True, slots=True)
class BrandRegistry:
    brands: tuple[Brand, ...]

    def get(self, key: str) -> Brand | None:
        for brand in self.brands:
            if brand.key == key:
                return brand
        return None

    @property
    def official_registrable(self) -> dict[str, tuple[Brand, ...]]:
        return _official_index(self)

    def owners_of(self, host: str) -> tuple[Brand, ...]:
        """Brands that own `host` (by registrable domain or listed subdomain)."""
        found = [b for b in self.brands if b.is_official_host(host)]
        return tuple(found)


@cache
def _official_index(registry: BrandRegistry) -> dict[str, tuple[Brand, ...]]:
    index: dict[str, list[Brand]] = {}
    for brand in registry.brands:
        for domain in brand.all_domains:
            index.setdefault(registrable_domain(domain), []).append(brand)
    return {k: tuple(v) for k, v in index.items()}


def _strs(raw: dict[str, object], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise ValueError(f"brands.toml: {raw.get('key')!r}: {key} must be a list")
    return tuple(str(v) for v in value)


@cache
def load_brands() -> BrandRegistry:
    data = startcache.toml(data_text("brands.toml"))
    brands = []
    for raw in data.get("brand", []):
        brands.append(
            Brand(
                key=str(raw["key"]),
                name_ja=str(raw["name_ja"]),
                name_en=str(raw["name_en"]),
                aliases=_strs(raw, "aliases"),
                ascii_word_aliases=_strs(raw, "ascii_word_aliases"),
                exact_names=_strs(raw, "exact_names"),
                lookalike_tokens=tuple(t.lower() for t in _strs(raw, "lookalike_tokens")),
                sent_by_users=raw.get("sent_by_users", False) is True,
                mail_domains=frozenset(d.lower() for d in _strs(raw, "mail_domains")),
                web_domains=frozenset(d.lower() for d in _strs(raw, "web_domains")),
                sms_senders=_strs(raw, "sms_senders"),
                help_url=str(raw.get("help_url", "")),
                report=str(raw.get("report", "")),
                sources=_strs(raw, "sources"),
            )
        )
    return BrandRegistry(tuple(brands))

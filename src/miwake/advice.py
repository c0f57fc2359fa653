"""What to do now: verdict + claimed brand + what the reader already did -> steps.

The sentences live in `miwake/data/advice.toml` (Japanese and English); this module only
chooses and fills them. Pure: no I/O beyond reading that bundled file once. Every URL in a
step comes from the brand registry or the fixed contacts in the data file, never from the
mail, so a phishing mail cannot smuggle its own "official help" link into the advice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from miwake import startcache
from miwake.knowledge.brands import Brand, BrandRegistry
from miwake.knowledge.catalogue import render_sentence, template_slots
from miwake.knowledge.lists import data_text
from miwake.model import Report, Verdict

LANGS = ("ja", "en")
# What the reader may already have done (the CLI's --did), in canonical order.
DID_CHOICES = ("clicked", "password", "card", "personal")
STEP_KINDS = ("do", "report", "info", "prevent")
_WHEN = frozenset({"always", "none", "any", *DID_CHOICES})
_URL_SOURCES = frozenset({"", "help", "report", "council"})
_BRAND_SLOTS = frozenset({"brand", "help", "report"})


@dataclass(frozen=True, slots=True)
class Step:
    """One thing to do (or know). `url` is from the registry/contacts, never from the mail."""

    text: str
    url: str | None = None
    kind: str = "do"  # do | report | info | prevent


@dataclass(frozen=True, slots=True)
class Advice:
    verdict: Verdict
    lang: str
    title: str
    steps: tuple[Step, ...]
    prevent_title: str = ""  # heading for the steps of kind "prevent"
    brand_key: str | None = None
    did: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Rule:
    verdicts: frozenset[Verdict]
    did: str
    kind: str
    url: str
    text: Mapping[str, str]  # lang -> sentence without a brand ("" = skip)
    text_brand: Mapping[str, str]  # lang -> sentence naming the brand ("" = none)


@dataclass(frozen=True, slots=True)
class AdviceData:
    titles: Mapping[str, Mapping[str, str]]  # verdict value or "prevent" -> lang -> title
    contacts: Mapping[str, str]
    rules: tuple[_Rule, ...]


class AdviceDataError(ValueError):
    """advice.toml is malformed (a packaging bug, caught by the tests)."""


def _parse(text: str) -> AdviceData:
    data = startcache.toml(text)
    titles: dict[str, dict[str, str]] = {}
    for key in [*(v.value for v in Verdict), "prevent"]:
        raw = data.get("titles", {}).get(key)
        if not isinstance(raw, dict) or any(lang not in raw for lang in LANGS):
            raise AdviceDataError(f"advice.toml: titles.{key} needs ja and en")
        titles[key] = {lang: str(raw[lang]) for lang in LANGS}
    contacts = {str(k): str(v) for k, v in data.get("contacts", {}).items()}
    rules: list[_Rule] = []
    for i, raw in enumerate(data.get("step", [])):
        where = f"advice.toml step {i + 1}"
        try:
            verdicts = frozenset(Verdict(v) for v in raw["verdicts"])
            rule = _Rule(
                verdicts=verdicts,
                did=str(raw["did"]),
                kind=str(raw["kind"]),
                url=str(raw.get("url", "")),
                text={lang: str(raw[lang]) for lang in LANGS},
                text_brand={lang: str(raw.get(f"{lang}_brand", "")) for lang in LANGS},
            )
        except (KeyError, ValueError) as exc:
            raise AdviceDataError(f"{where}: {exc}") from None
        if rule.did not in _WHEN or rule.kind not in STEP_KINDS or rule.url not in _URL_SOURCES:
            raise AdviceDataError(f"{where}: bad did/kind/url {rule.did!r}/{rule.kind!r}")
        rules.append(rule)
    return AdviceData(titles=titles, contacts=contacts, rules=tuple(rules))


@cache
def load_advice() -> AdviceData:
    return _parse(data_text("advice.toml"))


def parse_did(values: Iterable[str]) -> tuple[str, ...]:
    """`["clicked,password", "card"]` -> the known actions in canonical order.

    "none" (and empty items) mean nothing was done. Raises ValueError on an unknown word.
    """
    found: set[str] = set()
    for value in values:
        for item in value.split(","):
            word = item.strip().lower()
            if not word or word == "none":
                continue
            if word not in DID_CHOICES:
                raise ValueError(word)
            found.add(word)
    return tuple(d for d in DID_CHOICES if d in found)


def _applies(rule: _Rule, verdict: Verdict, did: tuple[str, ...]) -> bool:
    if verdict not in rule.verdicts:
        return False
    if rule.did == "always":
        return True
    if rule.did == "none":
        return not did
    if rule.did == "any":
        return bool(did)
    return rule.did in did


def _safe_url(value: str) -> str | None:
    """A report/help value as a link: https URLs as they are, addresses as mailto."""
    value = value.strip()
    if value.startswith("https://"):
        return value
    if "@" in value and " " not in value and ":" not in value:
        return "mailto:" + value
    return None


def advise(
    verdict: Verdict,
    *,
    brand: Brand | None = None,
    did: Iterable[str] = (),
    lang: str = "ja",
    data: AdviceData | None = None,
) -> Advice:
    """The advice for a verdict, for a reader who already did `did`, about `brand`."""
    lang = lang if lang in LANGS else "ja"
    done = parse_did(did)
    if data is None:  # the bundled data: few distinct inputs, so remember the answers
        return _advise_bundled(verdict, brand, done, lang)
    return _build(verdict, brand, done, lang, data)


@lru_cache(maxsize=1024)
def _advise_bundled(
    verdict: Verdict, brand: Brand | None, done: tuple[str, ...], lang: str
) -> Advice:
    return _build(verdict, brand, done, lang, load_advice())


def _build(
    verdict: Verdict, brand: Brand | None, done: tuple[str, ...], lang: str, data: AdviceData
) -> Advice:
    contacts = data.contacts
    slots = {
        "council": contacts.get(f"council_{lang}", ""),
        "council_report": contacts.get("council_report", ""),
        "council_url": contacts.get("council_url", ""),
        "police": contacts.get("police", ""),
        "consumer": contacts.get("consumer", ""),
    }
    brand_values: dict[str, str] = {}
    if brand is not None:
        brand_values = {"brand": brand.name(lang), "help": brand.help_url, "report": brand.report}

    steps: list[Step] = []
    for rule in data.rules:
        if not _applies(rule, verdict, done):
            continue
        template = rule.text_brand[lang]
        use_brand = bool(template) and brand is not None
        if use_brand:
            needed = template_slots(template) & _BRAND_SLOTS
            if rule.url in _BRAND_SLOTS:  # a step about the brand's page needs the page
                needed.add(rule.url)
            use_brand = all(brand_values.get(name) for name in needed)
        if not use_brand:
            template = rule.text[lang]
        if not template:
            continue
        values = {**slots, **brand_values} if use_brand else slots
        url: str | None = None
        if rule.url == "council":
            url = _safe_url(slots["council_report"])
        elif use_brand and rule.url == "help":
            url = _safe_url(brand_values["help"])
        elif use_brand and rule.url == "report":
            url = _safe_url(brand_values["report"])
        if rule.kind == "info" and url is not None and any(s.url == url for s in steps):
            continue  # a pointer to a page an earlier step already links
        steps.append(Step(text=render_sentence(template, values), url=url, kind=rule.kind))

    return Advice(
        verdict=verdict,
        lang=lang,
        title=data.titles[verdict.value][lang],
        steps=tuple(steps),
        prevent_title=data.titles["prevent"][lang],
        brand_key=brand.key if brand is not None else None,
        did=done,
    )


def advise_report(
    report: Report,
    registry: BrandRegistry | None = None,
    *,
    did: Iterable[str] = (),
    lang: str = "ja",
) -> Advice:
    """Advice for a Report: its verdict, and its claimed brand looked up in the registry."""
    brand = None
    if report.brand is not None and registry is not None:
        brand = registry.get(report.brand.key)
    return advise(report.verdict, brand=brand, did=did, lang=lang)

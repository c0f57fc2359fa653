"""The finding catalogue: per finding id, its group, weight, severity and its sentences.

Files: `miwake/data/findings/<analyzer>.toml`, one table per id:

    ["links.text_url_mismatch"]
    group = "links"          # scoring caps points per group (data/scoring.toml)
    weight = 40              # points at confidence 1.0; negative = evidence of genuineness
    severity = "high"        # high | medium | low | info | trust
    ja = "リンクの表示は {shown} ですが、実際の行き先は {actual} です。"
    en = "The link shows {shown} but really goes to {actual}."

Sentence slots: `{shown}`, `{actual}`, `{where}` (from the first evidence), `{brand}`
(the claimed brand in the sentence's language) and any key of the finding's `params`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from string import Formatter

from miwake import startcache
from miwake.knowledge.lists import data_dir

SEVERITIES = ("high", "medium", "low", "info", "trust")
LANGS = ("ja", "en")


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    group: str
    weight: float
    severity: str
    text: dict[str, str]  # lang -> sentence template
    file: str


class CatalogueError(ValueError):
    """A catalogue file is malformed (a packaging bug, caught by the lint test)."""


@cache
def load_catalogue() -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    folder = data_dir().joinpath("findings")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".toml"):
            continue
        data = startcache.toml(item.read_text("utf-8"))
        for fid, raw in data.items():
            if fid in entries:
                raise CatalogueError(f"{item.name}: finding id {fid!r} also in {entries[fid].file}")
            if not isinstance(raw, dict):
                raise CatalogueError(f"{item.name}: {fid!r} is not a table")
            try:
                entry = Entry(
                    id=fid,
                    group=str(raw["group"]),
                    weight=float(raw["weight"]),
                    severity=str(raw["severity"]),
                    text={lang: str(raw[lang]) for lang in LANGS},
                    file=item.name,
                )
            except KeyError as exc:
                raise CatalogueError(f"{item.name}: {fid!r} lacks {exc.args[0]!r}") from None
            if entry.severity not in SEVERITIES:
                raise CatalogueError(f"{item.name}: {fid!r} has severity {entry.severity!r}")
            entries[fid] = entry
    return entries


def template_slots(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


class _Slots(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def render_sentence(template: str, values: dict[str, str]) -> str:
    """Fill a catalogue sentence; an unknown slot shows as `?` instead of raising."""
    return template.format_map(_Slots(values))

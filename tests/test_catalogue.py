"""The finding catalogue and the analyzers agree: every id declared is described, in both
languages, with the same slots, and every described id is emitted by someone."""

from __future__ import annotations

from miwake.analyzers import REGISTRY, default_analyzers
from miwake.knowledge.catalogue import LANGS, SEVERITIES, load_catalogue, template_slots
from miwake.pipeline import ANALYZER_FAILED
from miwake.scoring import combo_ids, load_scoring


def test_every_registered_analyzer_loads() -> None:
    names = [a.info.name for a in default_analyzers()]
    assert len(names) == len(REGISTRY)
    assert len(set(names)) == len(names)


def test_every_declared_id_is_in_the_catalogue() -> None:
    catalogue = load_catalogue()
    for analyzer in default_analyzers():
        missing = sorted(analyzer.info.emits - catalogue.keys())
        assert not missing, (
            f"{analyzer.info.name} declares ids without catalogue entries: {missing}"
        )


def test_every_catalogue_id_is_emitted_by_someone() -> None:
    declared = {ANALYZER_FAILED} | combo_ids()
    for analyzer in default_analyzers():
        declared |= analyzer.info.emits
    orphans = sorted(load_catalogue().keys() - declared)
    assert not orphans, f"catalogue entries no analyzer emits: {orphans}"


def test_ids_are_unique_across_analyzers() -> None:
    seen: dict[str, str] = {}
    for analyzer in default_analyzers():
        for fid in analyzer.info.emits:
            assert fid not in seen, f"{fid} declared by {seen[fid]} and {analyzer.info.name}"
            seen[fid] = analyzer.info.name


def test_entries_are_complete_and_bilingual() -> None:
    groups = set(load_scoring().caps)
    for fid, entry in load_catalogue().items():
        assert entry.severity in SEVERITIES, fid
        assert entry.group in groups, f"{fid}: group {entry.group!r} has no cap in scoring.toml"
        for lang in LANGS:
            assert entry.text[lang].strip(), f"{fid}: empty {lang} sentence"
        assert template_slots(entry.text["ja"]) == template_slots(entry.text["en"]), fid
        assert (entry.weight < 0) == (entry.severity == "trust"), (
            f"{fid}: negative weights and severity 'trust' go together"
        )

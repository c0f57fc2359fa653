"""The analyzers, one module each. `default_analyzers()` is the set `check()` runs, in order."""

from __future__ import annotations

import importlib
from functools import cache

from miwake.analyzers.base import Analyzer

# (module, class). Order only matters for the time budget: cheap, decisive ones first.
REGISTRY: tuple[tuple[str, str], ...] = (
    ("miwake.analyzers.brand", "BrandAnalyzer"),
    ("miwake.analyzers.sender", "SenderAnalyzer"),
    ("miwake.analyzers.auth", "AuthAnalyzer"),
    ("miwake.analyzers.known_phish", "KnownPhishAnalyzer"),
    ("miwake.analyzers.links", "LinksAnalyzer"),
    ("miwake.analyzers.attachments", "AttachmentAnalyzer"),
    ("miwake.analyzers.wording_ja", "JapaneseWordingAnalyzer"),
    ("miwake.analyzers.wording_en", "EnglishWordingAnalyzer"),
    ("miwake.analyzers.addressee", "AddresseeAnalyzer"),
    ("miwake.analyzers.defects", "DefectsAnalyzer"),
    ("miwake.analyzers.sender_anomaly", "SenderAnomalyAnalyzer"),
    ("miwake.analyzers.forwarded", "ForwardedAnalyzer"),
    ("miwake.analyzers.scam", "ScamAnalyzer"),
    ("miwake.analyzers.text_model", "TextModelAnalyzer"),
)


@cache
def default_analyzers() -> tuple[Analyzer, ...]:
    found: list[Analyzer] = []
    for module_name, class_name in REGISTRY:
        # Imported on first use so that `import miwake` stays cheap for tools that only
        # render or read reports.
        module = importlib.import_module(module_name)
        found.append(getattr(module, class_name)())
    return tuple(found)

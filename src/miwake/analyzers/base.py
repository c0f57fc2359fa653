"""The analyzer contract.

An analyzer is a small object with one job:

    class SenderAnalyzer:
        info = AnalyzerInfo(name="sender", emits=frozenset({"sender.x", ...}))
        def analyze(self, target: Target) -> list[Finding]: ...

It reads the parsed message (and the claimed brand, when one was identified), and returns
findings whose ids are all in `info.emits`. It holds no per-message state, does no I/O of
its own (DNS, clocks and feeds come through `Context`), never raises on bad mail and never
writes prose: sentences live in the finding catalogue. `tests/test_analyzer_contract.py`
holds every analyzer to this.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from miwake.knowledge.brands import BrandRegistry, load_brands
from miwake.message.types import ParsedMessage
from miwake.model import BrandClaim, Finding
from miwake.settings import Settings


class UrlFeed(Protocol):
    """Known phishing URLs and hosts (e.g. the JPCERT/CC list), loaded from user-named files.

    `match(url, host)` returns the feed entry that matched (the listed URL or host) and its
    label (e.g. the brand the feed names), or None. Lookups must be O(1)-ish set probes.
    """

    def match(self, url: str, host: str) -> tuple[str, str] | None: ...


class Resolver(Protocol):
    """DNS TXT lookups, injected so that nothing resolves unless the user asks for it.

    `txt("sel._domainkey.example.jp")` returns the TXT strings, [] when there are none.
    """

    def txt(self, name: str) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class AnalyzerInfo:
    name: str
    emits: frozenset[str]
    summary: str = ""


@dataclass(frozen=True)
class Context:
    """What an analyzer may consult besides the message. Built once, shared by all messages."""

    settings: Settings = field(default_factory=Settings)
    brands: BrandRegistry = field(default_factory=load_brands)
    resolver: Resolver | None = None
    clock: Callable[[], float] = time.time  # seconds since the epoch
    # Known phishing URLs/hosts, loaded from the feeds the user named (None: no feed given).
    feed: UrlFeed | None = None


@dataclass(frozen=True, slots=True)
class Target:
    """One message under analysis, as every analyzer sees it."""

    message: ParsedMessage
    brand: BrandClaim | None
    context: Context


class Analyzer(Protocol):
    info: AnalyzerInfo

    def analyze(self, target: Target) -> Sequence[Finding]: ...

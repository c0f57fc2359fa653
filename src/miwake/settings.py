"""Named limits and switches. Every bound on work per message lives here, not in code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep every message inside a known time and memory budget.

    A message that exceeds one is still judged on what was read, and its report says
    `complete = False` with the limit's name in `limits_hit`.
    """

    max_message_bytes: int = 20 * 1024 * 1024  # bytes read from the input at most
    max_parts: int = 200  # MIME parts walked
    max_part_bytes: int = 4 * 1024 * 1024  # decoded bytes per text part that are parsed
    max_text_chars: int = 300_000  # visible text kept per message for the analyzers
    max_links: int = 1_000  # links kept per message
    max_links_checked: int = 300  # links the link analyzers examine (host checks, feeds)
    max_header_count: int = 1_000  # header fields read
    max_html_tags: int = 20_000  # HTML tags parsed per message (lexbor is quadratic in depth)
    time_budget_s: float = 10.0  # wall-clock budget; analyzers not started by then are skipped


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything `check()` may be told. Defaults are safe: no network, no DNS."""

    limits: Limits = Limits()
    authserv_ids: tuple[str, ...] = ()  # trust only Authentication-Results from these hosts
    verify_dkim: bool = False  # verify DKIM signatures locally (needs a resolver)
    verify_spf: bool = False  # evaluate SPF locally from Received data (needs a resolver)
    feed_paths: tuple[str, ...] = ()  # phishing URL feeds (JPCERT/CC CSV, plain lists)

"""Plain-text list files: one entry per line, `#` starts a comment, blank lines ignored."""

from __future__ import annotations

from functools import cache
from importlib import resources


def data_text(name: str) -> str:
    """The text of a bundled data file (UTF-8), by its path under `miwake/data/`."""
    return resources.files("miwake").joinpath("data", *name.split("/")).read_text("utf-8")


@cache
def load_list(name: str) -> frozenset[str]:
    """Entries of `miwake/data/<name>`, lower-cased, comments and blanks dropped."""
    entries: set[str] = set()
    for line in data_text(name).splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            entries.add(entry)
    return frozenset(entries)

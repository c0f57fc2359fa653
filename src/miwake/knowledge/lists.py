"""Plain-text list files: one entry per line, `#` starts a comment, blank lines ignored."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (importlib.abc imports importlib.resources)
    from importlib.abc import Traversable

# The data folder beside this package on disk (nearly every install). importlib.resources
# only where it is not (a zipped package): importing it costs ~4 ms of every start.
_DATA = Path(__file__).resolve().parent.parent / "data"


def data_dir() -> Traversable:
    """`miwake/data/`, as a folder on disk or, inside an archive, as importlib.resources has it."""
    if _DATA.is_dir():
        return _DATA
    from importlib import resources

    return resources.files("miwake").joinpath("data")


def data_text(name: str) -> str:
    """The text of a bundled data file (UTF-8), by its path under `miwake/data/`."""
    return data_dir().joinpath(*name.split("/")).read_text("utf-8")


@cache
def load_list(name: str) -> frozenset[str]:
    """Entries of `miwake/data/<name>`, lower-cased, comments and blanks dropped."""
    entries: set[str] = set()
    for line in data_text(name).splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            entries.add(entry)
    return frozenset(entries)


def alternation_of(words: Iterable[str]) -> str:
    """Regex source matching any of `words` as written. Longest first, so that where two
    start at one place the fuller one is reported (日本年金機構, not 年金機構); ties in text
    order, so the pattern text is the same on every run (startcache keys on it)."""
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))

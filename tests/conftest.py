"""Shared fixtures: paths to the fixture mails and to the corpus beside the checkout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
MAILS = TESTS / "mails"
REPO = TESTS.parent

# No start-up cache in the suite (miwake.startcache): no writes into the user's cache
# directory, and every test sees the plain compile path. test_startcache covers the cache.
os.environ["MIWAKE_CACHE_DIR"] = ""


def corpus_dir() -> Path | None:
    """The evaluation corpus (shared/corpus beside the checkout), or MIWAKE_CORPUS."""
    env = os.environ.get("MIWAKE_CORPUS")
    candidates = [Path(env)] if env else []
    candidates += [REPO.parent / "shared" / "corpus", REPO / "shared" / "corpus"]
    for c in candidates:
        if (c / "labels.csv").is_file():
            return c
    return None


@pytest.fixture(scope="session")
def corpus() -> Path:
    found = corpus_dir()
    if found is None:
        pytest.skip("the corpus (../shared/corpus) is not here")
    return found


def mail(relpath: str) -> bytes:
    return (MAILS / relpath).read_bytes()

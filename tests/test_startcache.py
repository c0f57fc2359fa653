"""miwake.startcache: what comes back from the disk cache equals the plain computation."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from miwake import startcache

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<word>pay\s?pal)|amaz[o0]n", re.IGNORECASE),
    ("(?:本人|ご)?確認(?:して|を)", 0),
    (r"(?<![A-Za-z0-9])(a)(?=b)", 0),
    (rb"boundary\s*=", re.IGNORECASE),
]
TOML = 'title = "x"\n[families.a]\nfinding = "f"\nphrases = [{re = "a", s = 0.5}, 1, true, 1.5]\n'


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache in tmp_path, as a new process would start."""
    monkeypatch.setenv(startcache.ENV_DIR, str(tmp_path))
    monkeypatch.setattr(startcache, "_STATE", startcache._State())
    return tmp_path


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    startcache._save(startcache._STATE)  # what atexit does
    monkeypatch.setattr(startcache, "_STATE", startcache._State())


def _same(a: re.Pattern[str] | re.Pattern[bytes], b: re.Pattern[str] | re.Pattern[bytes]) -> None:
    assert a == b  # Pattern equality compares pattern, flags and the compiled code
    assert (a.flags, a.groups, a.groupindex) == (b.flags, b.groups, b.groupindex)


def test_patterns_from_cache_equal_plain_compiles(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = [startcache.compile(p, f) for p, f in PATTERNS]
    for (p, f), rx in zip(PATTERNS, cold, strict=True):
        _same(rx, re.compile(p, f))
    assert startcache.compile(*PATTERNS[0]) is cold[0]  # one object per pattern
    _new_process(monkeypatch)
    assert list(fresh.iterdir())
    warm = [startcache.compile(p, f) for p, f in PATTERNS]
    assert startcache._STATE.used_code and not startcache._STATE.dirty  # all hits
    for (p, f), rx in zip(PATTERNS, warm, strict=True):
        _same(rx, re.compile(p, f))
    m = warm[0].search("Your PAY PAL account")
    assert m is not None and m.group("word") == "PAY PAL"


def test_damaged_cache_file_is_ignored(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    startcache.compile(*PATTERNS[0])
    _new_process(monkeypatch)
    (path,) = fresh.iterdir()
    blob = bytearray(path.read_bytes())
    blob[-10] ^= 0xFF
    path.write_bytes(bytes(blob))
    _same(startcache.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    assert startcache._STATE.dirty  # compiled afresh, to be written again


def test_bad_pattern_raises_re_error(fresh: Path) -> None:
    with pytest.raises(re.error):
        startcache.compile("(?:unclosed", 0)


def test_toml_from_cache_equals_tomllib(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert startcache.toml(TOML) == tomllib.loads(TOML)
    _new_process(monkeypatch)
    first, second = startcache.toml(TOML), startcache.toml(TOML)
    assert first == second == tomllib.loads(TOML)
    assert first is not second  # callers may change what they get
    dated = "when = 2024-01-02\n"  # dates do not marshal: parsed, never cached
    assert startcache.toml(dated) == tomllib.loads(dated)


def test_empty_dir_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(startcache.ENV_DIR, "")
    monkeypatch.setattr(startcache, "_STATE", startcache._State())
    assert startcache.cache_dir() is None
    _same(startcache.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    assert not startcache._STATE.enabled and not startcache._STATE.dirty


def test_a_save_keeps_what_another_process_wrote(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = startcache._State()
    monkeypatch.setattr(startcache, "_STATE", first)
    startcache.compile(*PATTERNS[0])
    second = startcache._State()  # started before `first` wrote (a --jobs worker, say)
    monkeypatch.setattr(startcache, "_STATE", second)
    startcache.compile(*PATTERNS[1])
    startcache._save(first)
    startcache.flush()  # writes `second`, merged with the file `first` left
    _new_process(monkeypatch)
    startcache.compile(*PATTERNS[0])
    startcache.compile(*PATTERNS[1])
    assert not startcache._STATE.dirty  # both came from the file

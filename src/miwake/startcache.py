"""Start-up work kept on disk between runs: compiled regular expressions and parsed TOML.

Why: compiling our ~230 patterns (the phrase tries, the brand alternations) cost ~70 ms and
parsing the TOML data files ~25 ms of every ~0.25 s `miwake check` of one file; loading both
from here takes ~2 ms. Like Python's own .pyc files, the cache cannot change a result: a
pattern is stored as the `_sre` code CPython's compiler made for exactly that (pattern,
flags), in a file named for the interpreter and `_sre` version that made it, and a TOML file
as its parsed data keyed by a digest of its text. A missing, unreadable, foreign or damaged
cache file is ignored (the work is then done as without it), and so is any failure to write.

Where: $MIWAKE_CACHE_DIR, else $XDG_CACHE_HOME/miwake, else ~/.cache/miwake. An empty
MIWAKE_CACHE_DIR turns the cache off (the test suite does). New entries are written when
the process exits (not by forked `--jobs` workers, which leave with os._exit).
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any, overload

try:  # the C module itself: `hashlib` loads OpenSSL first (~2 ms of every start)
    from _blake2 import blake2b
except ImportError:
    from hashlib import blake2b

ENV_DIR = "MIWAKE_CACHE_DIR"
_MAGIC = b"MWC2"
_CHECK = 4  # bytes of the CRC-32 guarding the body against a torn or damaged file
# Bounds: past these, a write keeps only what this run used (stale entries of old data).
_MAX_PATTERNS = 4000
_MAX_TOML = 200

# CPython's own regex compiler and engine (internal modules, hence Any and the fallbacks).
try:
    _sre: Any = importlib.import_module("_sre")
    _re_compiler: Any = importlib.import_module("re._compiler")
    _re_parser: Any = importlib.import_module("re._parser")
except ImportError:  # another implementation: no cache
    _sre = _re_compiler = _re_parser = None

# re.DEBUG prints while compiling; re.TEMPLATE (gone in 3.13) warns: both left to `re`.
_UNCACHED_FLAGS = int(re.DEBUG) | int(getattr(re, "TEMPLATE", 0))
_CodeEntry = tuple[int, list[int], int, dict[str, int]]  # flags, code, groups, groupindex
_ReKey = tuple[str | bytes, int]


class _State:
    """The cache of this process: loaded on first use, written at exit when it grew."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.loaded = False
        self.enabled = _sre is not None
        # Each pattern's entry marshalled on its own: a start unpacks only what it uses
        # (unpacking all ~800 took ~3 ms).
        self.code: dict[_ReKey, bytes] = {}
        self.toml: dict[bytes, bytes] = {}
        self.used_code: set[_ReKey] = set()
        self.used_toml: set[bytes] = set()
        self.dirty = False
        self.patterns: dict[tuple[type, str | bytes, int], re.Pattern[Any]] = {}


_STATE = _State()


def cache_dir() -> Path | None:
    """Where the cache lives (None: turned off)."""
    env = os.environ.get(ENV_DIR)
    if env is not None:
        return Path(env) if env else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "miwake"


def _file_name() -> str:
    # Compiled code is only valid for the `_sre` that made it: one file per interpreter build.
    tag = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|"
    tag += f"{sys.maxunicode}|{marshal.version}"
    return f"start-{blake2b(tag.encode(), digest_size=8).hexdigest()}.bin"


def _check(body: bytes) -> bytes:
    # A checksum, not a signature: whoever can write the cache can run code as this user.
    return zlib.crc32(body).to_bytes(_CHECK, "big")


def _read(path: Path) -> tuple[dict[_ReKey, bytes], dict[bytes, bytes]]:
    """The entries of a cache file; none when it is missing, foreign or damaged."""
    try:
        blob = path.read_bytes()
    except OSError:
        return {}, {}
    body = blob[len(_MAGIC) + _CHECK :]
    check = blob[len(_MAGIC) : len(_MAGIC) + _CHECK]
    if blob[: len(_MAGIC)] != _MAGIC or _check(body) != check:
        return {}, {}
    try:
        data = marshal.loads(body)
        return dict(data["re"]), dict(data["toml"])
    except Exception:  # damaged beyond the digest's reach: start afresh
        return {}, {}


def _load(state: _State) -> None:
    state.loaded = True
    if not state.enabled:
        return
    try:
        where = cache_dir()
    except RuntimeError:  # no home directory
        where = None
    if where is None:
        state.enabled = False
        return
    state.path = where / _file_name()
    state.code, state.toml = _read(state.path)


def _save(state: _State) -> None:
    if not state.dirty or state.path is None:
        return
    state.dirty = False
    code, toml = state.code, state.toml
    if len(code) > _MAX_PATTERNS or len(toml) > _MAX_TOML:
        code = {k: v for k, v in code.items() if k in state.used_code}
        toml = {k: v for k, v in toml.items() if k in state.used_toml}
    else:
        # What other processes (--jobs workers, parallel runs) wrote meanwhile stays.
        on_disk_code, on_disk_toml = _read(state.path)
        code, toml = on_disk_code | code, on_disk_toml | toml
    try:
        body = marshal.dumps({"re": code, "toml": toml})
        state.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = state.path.with_name(f"{state.path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(_MAGIC + _check(body) + body)
        os.replace(tmp, state.path)  # atomic: a concurrent reader sees the old or new file
    except (OSError, ValueError):
        pass


def flush() -> None:
    """Write what this process added to the cache now (a process that leaves with os._exit,
    like a --jobs worker, calls this itself; others write at exit)."""
    _save(_STATE)


def _grew(state: _State) -> None:
    if not state.dirty:
        state.dirty = True
        atexit.register(_save, state)


@overload
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]: ...
@overload
def compile(pattern: bytes, flags: int = 0) -> re.Pattern[bytes]: ...
def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern[Any]:
    """`re.compile(pattern, flags)`: the same Pattern (equal code), from the cache when it
    holds the pattern (one object per (pattern, flags) while it is on)."""
    flags = int(flags)
    state = _STATE
    key = (type(pattern), pattern, flags)
    found = state.patterns.get(key)
    if found is not None:
        return found
    if not state.loaded:
        _load(state)
    if not state.enabled or flags & _UNCACHED_FLAGS:
        return re.compile(pattern, flags)  # (`re` keeps its own bounded memo)
    rx = _compiled(state, pattern, flags)
    if len(state.patterns) >= _MAX_PATTERNS:  # a long-lived process building registries
        state.patterns.clear()
    state.patterns[key] = rx
    return rx


def _compiled(state: _State, pattern: str | bytes, flags: int) -> re.Pattern[Any]:
    ckey = (pattern, flags)
    stored = state.code.get(ckey)
    if stored is not None:
        try:
            rx = _build(pattern, marshal.loads(stored))
            state.used_code.add(ckey)
            return rx
        except Exception:  # not code this `_sre` accepts: compile it afresh below
            del state.code[ckey]
    try:
        # What re._compiler.compile does, keeping the code it hands to _sre.
        parsed = _re_parser.parse(pattern, flags)
        code = [int(op) for op in _re_compiler._code(parsed, flags)]
        entry = (
            int(flags | parsed.state.flags),
            code,
            parsed.state.groups - 1,
            dict(parsed.state.groupdict),
        )
        rx = _build(pattern, entry)
    except re.error:
        raise
    except Exception:  # CPython's internals moved: plain compiles from now on
        state.enabled = False
        return re.compile(pattern, flags)
    state.code[ckey] = marshal.dumps(entry)
    state.used_code.add(ckey)
    _grew(state)
    return rx


def _build(pattern: str | bytes, entry: _CodeEntry) -> re.Pattern[Any]:
    final_flags, code, groups, groupindex = entry
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    rx: re.Pattern[Any] = _sre.compile(
        pattern, final_flags, code, groups, dict(groupindex), tuple(indexgroup)
    )
    return rx


def toml(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`: a fresh object on every call, from the cache when it holds it."""
    state = _STATE
    if not state.loaded:
        _load(state)
    if not state.enabled:
        return _parse_toml(text)
    key = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    blob = state.toml.get(key)
    if blob is not None:
        try:
            data: dict[str, Any] = marshal.loads(blob)
            state.used_toml.add(key)
            return data
        except Exception:
            del state.toml[key]
    data = _parse_toml(text)
    try:
        state.toml[key] = marshal.dumps(data)
    except ValueError:  # dates and times do not marshal: parsed every time
        return data
    state.used_toml.add(key)
    _grew(state)
    return data


def _parse_toml(text: str) -> dict[str, Any]:
    import tomllib  # here: only a miss pays its import (~3 ms)

    return tomllib.loads(text)

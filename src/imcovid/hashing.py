"""SHA-256 of a file read in chunks, so that hashing never holds a whole (possibly huge) file in memory; and the
canonical JSON that the release manifest hashes every published row in.

Canonical JSON is what ``json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))`` writes, with
dates and datetimes in ISO 8601 and bytes in hex. Every published row goes through it once (its record hash), so it
is made by ``orjson`` (Rust), which writes exactly the same text for every value a published row can hold — strings,
integers, booleans, None, dates, datetimes, lists and string-keyed dicts of these (``tests/test_canonical_json.py``
compares both with hypothesis) — about four times faster. Anything orjson writes differently or refuses goes through
the standard library instead: integers past 64 bits, keys that are not strings, strings with lone surrogates, and
floats (orjson writes ``1e-05`` as ``0.00001`` and NaN as ``null``), which no published model has (a test checks
the models) and which a caller outside the models must hand to :func:`canonical_json_stdlib`.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import orjson

CHUNK = 1 << 20


def sha256_file(path: Path | str) -> tuple[str, int]:
    """``(hex digest, size in bytes)``."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _json_default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot put {type(value).__name__} in canonical JSON")


# What json.dumps(value, sort_keys=True, …) builds on every call, made once.
_STDLIB = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_json_default)
# Dates and datetimes go to _json_default (isoformat), as in the standard library's form, not orjson's own RFC 3339;
# dataclasses too (the standard library refuses them).
_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def canonical_json_stdlib(value) -> str:
    """The reference form, by the standard library's encoder (any value it takes, floats included)."""
    return _STDLIB.encode(value)


def canonical_json_bytes(value) -> bytes:
    """:func:`canonical_json_stdlib` of ``value`` as UTF-8 bytes, by orjson where it writes the same (see the module
    docstring: no floats). Raises what the standard library raises for a value neither can write."""
    try:
        return orjson.dumps(value, default=_json_default, option=_OPTIONS)
    except orjson.JSONEncodeError:
        return _STDLIB.encode(value).encode("utf-8")


def canonical_json(value) -> str:
    """:func:`canonical_json_bytes` as text."""
    try:
        return orjson.dumps(value, default=_json_default, option=_OPTIONS).decode("utf-8")
    except orjson.JSONEncodeError:
        return _STDLIB.encode(value)


# A source's identity on disk, as the lookup index compares it: device, inode, size, mtime and ctime (ns).
Stamp = tuple[int, int, int, int, int]

# How much older than the lookup pass a source's mtime and ctime must be for the index to record it. Within that
# window a later write could leave the same stamp on a file system whose timestamps are coarse (FAT: 2 s; Linux takes
# them from a clock that ticks every few ms), as git's "racily clean" entries; past it, any write gives a later ctime,
# which no one can set back (utime sets mtime and atime, and moves ctime to now).
RACY_NS = 3_000_000_000


def stamp_of(st: os.stat_result) -> Stamp:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def code_hash() -> str:
    """sha256 over the package's Python files and data files (names and bytes), in path order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in _PACKAGE_DIR.rglob("*") if p.is_file() and p.suffix not in (".pyc",)
                       and "__pycache__" not in p.parts and "docs_site" not in p.parts):
        digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()

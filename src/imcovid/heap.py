"""Giving freed C-heap memory back to the system between the build's big steps."""

from __future__ import annotations

import ctypes
from functools import cache


@cache
def _malloc_trim():
    # The process's own symbols (libc is loaded): ``ctypes.util.find_library`` would run ``ldconfig`` in a child
    # process, which the kernel charges with this process's resident size (the benchmark's worker peak).
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to do
        return None
    trim.argtypes = [ctypes.c_size_t]
    return trim


def return_freed_memory() -> None:
    """Return the C heap's free pages to the system (glibc ``malloc_trim``; a no-op elsewhere).

    Parquet footers (a parsed footer of the mentions file is about 50 MiB at 20,000 posts), SQLite page caches and
    pydantic/JSON temporaries are allocated with ``malloc``; glibc keeps their pages once freed, so each later step's
    peak stacked on the earlier ones' leftovers. Outputs never depend on it."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)

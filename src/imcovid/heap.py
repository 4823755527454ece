"""Giving freed C-heap memory back to the system between the build's big steps."""

from __future__ import annotations

import ctypes
import gc
from contextlib import contextmanager
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


# During a build: a young generation collected every 20,000 allocations instead of 700, and older ones rarely.
# The build allocates millions of short-lived, acyclic tuples, dicts and strings (rows, hashes, unpickled results);
# with the default thresholds the collector ran about 500 times per 2,000 posts, and each of its ~50 full collections
# walked every object of the models and memos (157,000 in the main process): 0.7 of 5.6 CPU-seconds of a one-job
# build of 2,000 replicated posts, 0.14 with these settings. Outputs never depend on it.
BUILD_GC_THRESHOLDS = (20_000, 50, 100)


@contextmanager
def quiet_collector():
    """For the duration of a build: what exists already (modules, models loaded by an earlier build in this
    process) frozen out of the cyclic collector, and :data:`BUILD_GC_THRESHOLDS`; both undone afterwards, so a
    long-lived process (tests, a notebook) collects as before."""
    previous = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*BUILD_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()

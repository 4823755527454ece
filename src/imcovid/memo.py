"""In-process memos of pure per-source steps, so that a text seen again in the same worker is not worked out again.

Real archives hold many captures of one post: different bytes (capture date, a trailing comment, a fork's path)
around the same front matter, the same cleaned text, the same title. The steps after the first one that reads the
bytes are pure functions of what they read, so each such step is memoized here under the sha256 of *everything it
reads* (its inputs, the build configuration where it takes one, and the package version), and nothing else:

* the YAML front matter (:func:`imcovid.readers.frontmatter.parse_front_matter`), keyed by the YAML text;
* the cleaning after the HTML parser (:func:`imcovid.clean.article.clean_document`), keyed by the parsed blocks
  and the document's metadata (never its path, bytes or hash, which the cleaning does not read);
* the key of that cleaning, keyed by what determines the parsed blocks without parsing: the body, or the body but
  for a trailing comment that provably does not change them (:func:`imcovid.clean.html.trailing_comment`);
* the annotation (:func:`imcovid.annotate.annotate`), keyed by the cleaned text and the publication date;
* the stories' text hash and MinHash (:func:`imcovid.stories.signature`), keyed by the text and the title;
* the mention and article records of a cleaned text (:class:`imcovid.process.RecordTemplate`), keyed like the
  cleaning: another capture's records are made from them under its own identity, after validating them in full
  (shared entries, :meth:`Memo.get_shared`: never copied on a hit, never changed by their one caller); a text's
  first capture stores a copy of what its template is made of (:class:`imcovid.process.TemplateSeed`), its second
  capture makes the template.

**Kept between builds** (release 14; the stories' text hashes since session 15, the cleaning since session 20): the
annotation memo (:data:`PERSISTENT`) is also stored in the build's cache
folder when the build has one (``<cache>/memo/annotate/``), under the sha256 of the build key (package code and data
files, library versions, configuration: :func:`imcovid.cache.build_key`) and the memo's own key, as a checked entry
of :class:`imcovid.cache.ResultCache`. A rebuild whose new or changed post repeats a text seen in an earlier build
(another capture of a post: what an archive mostly adds) then takes its mentions from there and never loads the
annotators (their import, word lists, patterns, LAC, the lexicon and the MEASURE model: about 0.8 CPU-s of a fresh
process). A damaged or foreign entry fails its checksum and is a miss; editing a rule or a word list changes the
build key, so no entry of the old code is read.

A memo changes no output: a hit returns a fresh copy (unpickled) of what the step returned the first time, so a
caller that changes its result cannot change the memo's, and ``tests/test_memo.py`` builds with and without the
memos and compares every file. Each memo is bounded in bytes (least recently used entries go first) and lives in
one process (each worker has its own); exceptions are never memoized (the step runs again and raises again).
"""

from __future__ import annotations

import hashlib
import pickle
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from imcovid.version import package_version

# Per memo, in pickled bytes: a few hundred articles' results (an annotated article pickles to 5–30 KiB), enough to
# span the captures of one post in a listing sorted by path, small beside a worker's models (~250 MiB); the four
# memos together hold at most 32 MiB per process.
DEFAULT_MAX_BYTES = 8 * 1024 * 1024

_PICKLE = pickle.HIGHEST_PROTOCOL


# The memos whose entries are also kept in the build's cache folder (see above): the steps whose first use is costly
# and whose result is small: the annotation (the annotators' loading; an annotated text pickles to 5–30 KiB) and the
# stories' text hashes (datasketch's import with numpy.random, ≈0.05 CPU-s of a fresh process; 1.1 KiB a text), so
# that a rebuild adding another capture of a known text imports neither (with the stories' text groups kept by
# imcovid.pipeline._grouped). And the cleaning after the HTML parse (session 20): its rules (about 70 lazily compiled
# patterns for one post) cost a new or changed post about 0.04 CPU-s of a fresh process, 3 % of a one-post rebuild of
# 5,000 posts, when an earlier build cleaned the same inputs — the same file at another path (a fork of the archive's
# repository), or bytes that differ in a trailing comment only; a capture with another front-matter date is a miss
# here and a hit of the annotation memo. The parse, which the key holds, still runs. 1–17 KiB a text.
PERSISTENT = frozenset({"annotate", "clean", "story-minhash"})


MISSING = object()  # Memo.find's "not stored" (None is a result like any other)


class Memo:
    """A bounded map from the sha256 of a step's inputs to its pickled result."""

    def __init__(self, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.name = name
        self.max_bytes = max_bytes
        self._entries: OrderedDict[bytes, bytes] = OrderedDict()
        self._shared: OrderedDict[bytes, tuple[Any, int]] = OrderedDict()  # see get_shared
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    def key(self, *parts: Any) -> bytes:
        """sha256 of the pickle of the package version, the memo's name and ``parts`` (str, bytes, numbers, dates,
        None, frozen dataclasses, tuples of these). A pickle determines the value it loads to, so one key never
        stands for two different inputs; two equal inputs may, rarely, pickle differently (shared objects), which
        costs a miss, never a wrong result."""
        return hashlib.sha256(pickle.dumps((package_version(), self.name, parts), protocol=_PICKLE)).digest()

    def call(self, key: bytes, compute: Callable[[], Any]) -> Any:
        """``compute()``, or a copy of its result for an earlier call under the same key (inside a build only)."""
        if not _STATE["active"] or self.max_bytes <= 0:
            return compute()
        value = self.find(key)
        if value is not MISSING:
            return value
        return self.made(key, compute)

    def made(self, key: bytes, compute: Callable[[], Any]) -> Any:
        """:meth:`call` after a miss of :meth:`find` under ``key``: ``compute()``, counted and kept."""
        if not _STATE["active"] or self.max_bytes <= 0:
            return compute()
        store = _store(self.name)
        self.misses += 1
        value = compute()
        try:
            data = pickle.dumps(value, protocol=_PICKLE)  # before the caller can change the value
        except Exception:  # noqa: BLE001 — a result that cannot be copied is returned, not memoized
            return value
        if store is not None:
            store.put(_stored_key(self.name, key), data)  # a store that cannot be written only costs the speed-up
        self._keep(key, data)
        return value

    def find(self, key: bytes) -> Any:
        """What :meth:`call` would return under ``key`` without computing it — a copy of this process's result or of
        the one an earlier build kept in the cache (a persistent memo) — or :data:`MISSING` (not counted: the
        caller's call() that follows counts the miss). For a caller that decides on it what to import."""
        if not _STATE["active"] or self.max_bytes <= 0:
            return MISSING
        stored = self._entries.get(key)
        if stored is not None:
            self._entries.move_to_end(key)
            self.hits += 1
            return pickle.loads(stored)
        store = _store(self.name)
        if store is not None:
            stored = store.get(_stored_key(self.name, key))
            if isinstance(stored, bytes):  # kept by an earlier build of the same code: its pickled result
                try:
                    value = pickle.loads(stored)
                except Exception:  # noqa: BLE001 — unreadable: computed again by call()
                    pass
                else:
                    self.hits += 1
                    self._keep(key, stored)
                    return value
        return MISSING

    def _keep(self, key: bytes, data: bytes) -> None:
        if len(data) <= self.max_bytes:
            self._entries[key] = data
            self._bytes += len(data)
            self._evict()

    def get(self, key: bytes) -> Any:
        """A copy of what :meth:`call` stored under ``key``, or None (not stored, or outside a build): for a caller
        that has another way to compute it on a miss."""
        if not _STATE["active"] or self.max_bytes <= 0:
            return None
        stored = self._entries.get(key)
        if stored is None:
            return None  # not counted: the caller's call() that follows counts it
        self._entries.move_to_end(key)
        self.hits += 1
        return pickle.loads(stored)

    def get_shared(self, key: bytes) -> Any:
        """The value :meth:`put_shared` stored under ``key`` — the object itself, not a copy — or None (also outside
        a build). For a caller that never changes what it gets (:mod:`imcovid.process` reads its record templates
        and builds new rows from them): it saves the unpickling that :meth:`call` pays on every hit."""
        if not _STATE["active"] or self.max_bytes <= 0:
            return None
        stored = self._shared.get(key)
        if stored is None:
            self.misses += 1
            return None
        self._shared.move_to_end(key)
        self.hits += 1
        return stored[0]

    def put_shared(self, key: bytes, value: Any, size: int | None = None) -> None:
        """Store ``value`` for :meth:`get_shared`. Without ``size``, a private copy (pickled and loaded once, so that
        the caller's later changes to its own objects cannot reach it), counted against the memo's bound by its
        pickled size; with ``size``, the caller hands over an object no one else holds (its own copy) and says what
        to count it as."""
        if not _STATE["active"] or self.max_bytes <= 0 or key in self._shared:
            return
        if size is None:
            try:
                data = pickle.dumps(value, protocol=_PICKLE)
            except Exception:  # noqa: BLE001 — not memoized
                return
            value, size = pickle.loads(data), len(data)
        if size > self.max_bytes:
            return
        self._shared[key] = (value, size)
        self._bytes += size
        self._evict()

    def replace_shared(self, key: bytes, value: Any, size: int | None = None) -> None:
        """:meth:`put_shared` over what ``key`` held (dropped, and not stored again when ``value`` is None)."""
        old = self._shared.pop(key, None)
        if old is not None:
            self._bytes -= old[1]
        if value is not None:
            self.put_shared(key, value, size)

    def _evict(self) -> None:
        """Least recently used entries go first (copied entries before shared ones) until the memo fits its bound."""
        while self._bytes > self.max_bytes:
            if self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped)
            else:
                _, (_, size) = self._shared.popitem(last=False)
                self._bytes -= size

    def clear(self, counts: bool = True) -> None:
        self._shared.clear()
        self._entries.clear()
        self._bytes = 0
        if counts:
            self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._entries) + len(self._shared)


_MEMOS: dict[str, Memo] = {}
# Memos serve one build at a time: :func:`start` (the build's first step) empties them, :func:`stop` (its last) turns
# them off. Outside a build — ``imcovid evaluate``, tests that patch a word list between calls — every step runs.
# Worker processes forked during a build inherit its state.
_STATE = {"active": False, "enabled": True}
# Where the persistent memos are kept in this build: (``ResultCache`` of ``<cache>/memo/<name>``, build key) per memo
# name, or empty (no cache, or outside a build). Worker processes forked during a build inherit it.
_STORES: dict[str, tuple[Any, str]] = {}


def _store(name: str):
    found = _STORES.get(name)
    return found[0] if found is not None else None


def _stored_key(name: str, key: bytes) -> str:
    """A persistent entry's key: the memo's key (inputs, package version, memo name) under the build key, which
    changes with any file of the package, library version or configuration (the memo's key alone does not)."""
    return hashlib.sha256(_STORES[name][1].encode("utf-8") + b"\0" + key).hexdigest()


def memo(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Memo:
    """The process's memo of one step (made on first use, bounded by ``max_bytes``)."""
    if name not in _MEMOS:
        _MEMOS[name] = Memo(name, max_bytes)
    return _MEMOS[name]


def start(cache_dir=None, build: str | None = None) -> None:
    """A build begins: empty every memo and use them (unless :func:`disabled`). With the build's cache folder and
    build key, the :data:`PERSISTENT` memos also read and write their entries there."""
    for m in _MEMOS.values():
        m.clear()
    _STATE["active"] = _STATE["enabled"]
    _STORES.clear()
    if cache_dir is not None and build is not None and _STATE["active"]:
        from pathlib import Path

        from imcovid.cache import ResultCache

        for name in sorted(PERSISTENT):
            _STORES[name] = (ResultCache(Path(cache_dir) / "memo" / name), build)


def stop() -> None:
    """A build ends: memos off, their memory given back (the counts of this process stay, for :func:`stats`)."""
    _STATE["active"] = False
    _STORES.clear()
    for m in _MEMOS.values():
        m.clear(counts=False)


def stats() -> dict[str, tuple[int, int, int]]:
    """``{name: (hits, misses, entries)}`` of this process's memos in the current or last build (a build with
    ``jobs`` > 1 counts in its workers, not here)."""
    return {name: (m.hits, m.misses, len(m)) for name, m in sorted(_MEMOS.items())}


@contextmanager
def disabled() -> Iterator[None]:
    """Builds inside the block use no memo (the reference a memoized build is compared with)."""
    saved = dict(_STATE)
    _STATE.update(enabled=False, active=False)
    try:
        yield
    finally:
        _STATE.update(saved)

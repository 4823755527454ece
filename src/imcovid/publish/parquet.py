"""Streaming Parquet writers, one per config, rows flushed in fixed-size row groups so memory stays bounded.

A config is one file, ``<config>/train.parquet``, or shards named as the Hub names them,
``<config>/train-00000-of-00004.parquet`` …: the per-source configs get one shard per block of sources
(:func:`imcovid.pipeline.source_blocks`, each written by its own writer and named at the end by :func:`name_parts`),
and any file is cut again (between row groups) once it passes ``shard_bytes`` — the same rows always give the same
cuts and bytes. Readers take :func:`data_files`, which lists either form.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from imcovid.config import SPLIT
from imcovid.publish import convert
from imcovid.publish.arrow import arrow_schema
from imcovid.publish.release import RECORD_KEYS, RecordHashes, record_hash

BATCH_ROWS = 512
# The panel configs (measures, case_counts) cut row groups every 64 rows: a panel row lists the ids of all its
# evidence, so at archive scale 512 of them held before a group is written are tens of MiB (the main process's
# peak at 20,000 posts rose with them); a mention or article row is a few hundred bytes.
PANEL_BATCH_ROWS = 64
# Fixed writer options: the same rows give the same bytes.
_WRITER_OPTIONS = dict(compression="zstd", compression_level=9, use_dictionary=True, write_statistics=True,
                       data_page_size=1 << 20)


SHARD_BYTES = 256 * 1024 * 1024


def data_path(dataset_dir: Path, config: str) -> Path:
    """The single-file form; see :func:`data_files` for a config that may be sharded."""
    return Path(dataset_dir) / config / f"{SPLIT}.parquet"


def data_files(dataset_dir: Path, config: str) -> list[Path]:
    """The Parquet files of a config in row order: ``[train.parquet]`` or its ``train-XXXXX-of-NNNNN`` shards."""
    single = data_path(dataset_dir, config)
    if single.is_file():
        return [single]
    folder = Path(dataset_dir) / config
    return sorted(folder.glob(f"{SPLIT}-[0-9][0-9][0-9][0-9][0-9]-of-[0-9][0-9][0-9][0-9][0-9].parquet")) \
        if folder.is_dir() else []


def data_files_pattern(config: str) -> str:
    """The glob that matches a config's files in either form (card ``data_files``, manifests)."""
    return f"{config}/{SPLIT}*.parquet"


def to_arrow(config: str, rows: list[dict]) -> bytes:
    """Rows of ``config`` as one serialized Arrow record batch: converted where they are made (a worker), written
    by :meth:`ConfigWriter.write_arrow` in the one writing process. The schema (with its long Hugging Face
    metadata) is not repeated in every batch: both sides know it from the config."""
    # One conversion of the rows as one struct array (the dicts read field by field in C++) rather than one per
    # column (RecordBatch.from_pylist): the same batch (tests/test_arrow_conversion.py) in about half the time; a
    # single article or provenance row, with its 20-odd columns, paid mostly each column's fixed cost.
    # Converted without pyarrow's Python-object conversion while pandas is not loaded (imcovid.publish.convert).
    return pa.RecordBatch.from_struct_array(convert.array(rows, row_type(config))).serialize().to_pybytes()


@lru_cache(maxsize=None)
def row_type(config: str) -> pa.StructType:
    """A config's row as one Arrow struct (what :func:`to_arrow` converts rows to)."""
    return pa.struct(list(arrow_schema(config)))


def from_arrow(config: str, data: bytes) -> pa.RecordBatch:
    return pa.ipc.read_record_batch(pa.py_buffer(data), arrow_schema(config))


class _HashedFile:
    """A part file as the Parquet writer writes it (through pyarrow's PythonFile), its bytes hashed on their way to
    the disk: the sha256 of exactly what the writer produced, which the build's final check compares with the file
    it finds (see :attr:`ConfigWriter.written`)."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "wb")
        self._sha = hashlib.sha256()

    def write(self, data) -> int:
        self._sha.update(data)
        return self._file.write(data)

    def tell(self) -> int:
        return self._file.tell()

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        self._file.close()

    @property
    def closed(self) -> bool:
        return self._file.closed

    def writable(self) -> bool:
        return True

    def hexdigest(self) -> str:
        return self._sha.hexdigest()


class ConfigWriter:
    """Rows of one config to Parquet. Alone, it writes the whole config (``train.parquet`` or its shards). With
    ``part`` (a block of sources of a sharded build, see :func:`imcovid.pipeline.source_blocks`) it writes that
    block's part files ``.<part>-NNNNN.parquet.part`` and leaves them for :func:`name_parts`, and its record hashes
    go to the shared ``records``."""

    def __init__(self, dataset_dir: Path, config: str, spill_dir: Path | None = None, shard_bytes: int = SHARD_BYTES,
                 *, part: str | None = None, records: RecordHashes | None = None, batch_rows: int = BATCH_ROWS):
        self.config = config
        self.batch_rows = batch_rows  # rows per row group (BATCH_ROWS, or PANEL_BATCH_ROWS for the panel configs)
        self.path = data_path(dataset_dir, config)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.schema = arrow_schema(config)
        self.shard_bytes = shard_bytes
        self.part = part
        self._shards: list[Path] = []
        self.written: dict[Path, str] = {}  # part file → sha256 of the bytes the Parquet writer wrote to it
        self._sink = None
        self._writer = None
        self._open_shard()
        self._rows: list[dict] = []
        self._tables: list[pa.RecordBatch] = []  # pending rows given as Arrow (write_arrow)
        self._pending_table_rows = 0
        self.count = 0
        # The release manifest's record hashes, taken from the rows as they are written rather than by reading the
        # file back (a tenth of the build's time); ``imcovid verify`` recomputes them from the file. They go to an
        # SQLite file outside the dataset (``spill_dir``), so memory does not grow with the number of rows.
        self._key = RECORD_KEYS[config]
        self._own_records = records is None
        self.records = records if records is not None else \
            RecordHashes((spill_dir or self.path.parent) / f".{config}.records.sqlite")

    @property
    def duplicates(self) -> list[str]:
        return self.records.duplicates()

    def write(self, row: dict, hashed: str | None = None) -> None:
        """Add a row; ``hashed`` is its :func:`record_hash` when the worker already computed it."""
        if self._tables:  # rows given both ways go through one queue, in order
            self.write_arrow(pa.RecordBatch.from_pylist([row], schema=self.schema),
                             [(row[self._key], hashed or record_hash(row))])
            return
        self._rows.append(row)
        self.count += 1
        self.records.add(row[self._key], hashed or record_hash(row))
        if len(self._rows) >= self.batch_rows:
            self._flush()

    def write_arrow(self, table: pa.RecordBatch | bytes, keyed_hashes: list[tuple[str, str]]) -> None:
        """Add rows already converted to Arrow (a record batch, or its :func:`to_arrow` bytes), with their (record
        key, record hash) pairs. Row groups are cut every ``batch_rows`` rows exactly as :meth:`write` cuts them, so the
        file has the same bytes either way."""
        if isinstance(table, bytes):
            table = from_arrow(self.config, table)
        if self._rows:  # rows given one by one so far: queue them first, in order
            self._tables.append(pa.RecordBatch.from_pylist(self._rows, schema=self.schema))
            self._pending_table_rows += len(self._rows)
            self._rows = []
        if not table.num_rows:
            return
        self._tables.append(table)
        self._pending_table_rows += table.num_rows
        self.count += table.num_rows
        self.records.add_many(keyed_hashes)
        if self._pending_table_rows >= self.batch_rows:
            self._flush_tables(final=False)

    def _flush_tables(self, final: bool) -> None:
        if not self._tables:
            return
        combined = pa.Table.from_batches(self._tables, schema=self.schema)
        whole = combined.num_rows if final else combined.num_rows - combined.num_rows % self.batch_rows
        for start in range(0, whole, self.batch_rows):
            self._write_group(combined.slice(start, min(self.batch_rows, whole - start)).combine_chunks())
        rest = combined.slice(whole)
        self._tables = rest.to_batches() if rest.num_rows else []
        self._pending_table_rows = rest.num_rows

    def _open_shard(self) -> None:
        stem = f".{SPLIT}" if self.part is None else f".{self.part}"
        part = self.path.parent / f"{stem}-{len(self._shards):05d}.parquet.part"
        self._shards.append(part)
        self._sink = _HashedFile(part)
        self._writer = pq.ParquetWriter(self._sink, self.schema, **_WRITER_OPTIONS)

    def _close_shard(self) -> None:
        self._writer.close()
        self._sink.close()
        self.written[self._shards[-1]] = self._sink.hexdigest()
        # A closed Parquet writer still holds the file's footer metadata (one entry per row group and column: tens
        # of MiB for the mentions file at 20,000 posts) until it is dropped; this writer object lives until the end
        # of the build, so drop it now.
        self._writer = self._sink = None

    def _write_group(self, table: pa.Table) -> None:
        # A new shard starts only between row groups, once the current one has passed the size: deterministic.
        if self._sink.tell() >= self.shard_bytes:
            self._close_shard()
            self._open_shard()
        self._writer.write_table(table, row_group_size=self.batch_rows)

    def _flush(self) -> None:
        if self._rows:
            self._write_group(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows.clear()

    def close(self) -> None:
        self._flush()
        self._flush_tables(final=True)
        self._close_shard()
        if self.part is None:
            name_parts(self.path.parent, self._shards)
        if self._own_records:
            self.records.finish()

    @property
    def parts(self) -> list[Path]:
        """The part files written (a block's, before :func:`name_parts`)."""
        return list(self._shards)

    @property
    def files(self) -> list[Path]:
        return data_files(self.path.parent.parent, self.config)


def name_parts(folder: Path, parts: list[Path]) -> list[Path]:
    """Give a config's part files, in row order, their published names: ``train.parquet`` for one, else the Hub's
    ``train-00000-of-0000N.parquet``."""
    if len(parts) == 1:
        names = [folder / f"{SPLIT}.parquet"]
    else:
        names = [folder / f"{SPLIT}-{index:05d}-of-{len(parts):05d}.parquet" for index in range(len(parts))]
    for part, name in zip(parts, names):
        os.replace(part, name)
    return names


def iter_rows(path: Path | list[Path], batch_size: int = BATCH_ROWS, columns: list[str] | None = None):
    """Rows of a published Parquet file, or of a config's shards in order, as dicts, a batch at a time (only
    ``columns`` when given)."""
    for one in ([path] if isinstance(path, (str, os.PathLike)) else path):
        parquet = pq.ParquetFile(one)
        # One row group at a time (the build writes BATCH_ROWS-row groups): ``iter_batches`` over a file of
        # thousands of row groups held tens of MiB more than the rows it gave, and glibc kept them afterwards.
        for group in range(parquet.num_row_groups):
            table = parquet.read_row_group(group, columns=columns, use_threads=False)
            for batch in table.to_batches(max_chunksize=batch_size):
                yield from batch.to_pylist()


def config_rows(dataset_dir: Path, config: str, columns: list[str] | None = None, batch_size: int = BATCH_ROWS):
    """Every row of a config, sharded or not."""
    return iter_rows(data_files(dataset_dir, config), batch_size=batch_size, columns=columns)


def num_rows(dataset_dir: Path, config: str) -> int:
    return sum(pq.read_metadata(path).num_rows for path in data_files(dataset_dir, config))

"""Streaming Parquet writers, one file per config, rows flushed in fixed-size batches so memory stays bounded."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from imcovid.config import SPLIT
from imcovid.publish.arrow import arrow_schema
from imcovid.publish.release import RECORD_KEYS, RecordHashes, record_hash

BATCH_ROWS = 512
# Fixed writer options: the same rows give the same bytes.
_WRITER_OPTIONS = dict(compression="zstd", compression_level=9, use_dictionary=True, write_statistics=True,
                       data_page_size=1 << 20)


def data_path(dataset_dir: Path, config: str) -> Path:
    return dataset_dir / config / f"{SPLIT}.parquet"


class ConfigWriter:
    def __init__(self, dataset_dir: Path, config: str, spill_dir: Path | None = None):
        self.config = config
        self.path = data_path(dataset_dir, config)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.schema = arrow_schema(config)
        self._writer = pq.ParquetWriter(self.path, self.schema, **_WRITER_OPTIONS)
        self._rows: list[dict] = []
        self.count = 0
        # The release manifest's record hashes, taken from the rows as they are written rather than by reading the
        # file back (a tenth of the build's time); ``imcovid verify`` recomputes them from the file. They go to an
        # SQLite file outside the dataset (``spill_dir``), so memory does not grow with the number of rows.
        self._key = RECORD_KEYS[config]
        self.records = RecordHashes((spill_dir or self.path.parent) / f".{config}.records.sqlite")

    @property
    def duplicates(self) -> list[str]:
        return self.records.duplicates()

    def write(self, row: dict, hashed: str | None = None) -> None:
        """Add a row; ``hashed`` is its :func:`record_hash` when the worker already computed it."""
        self._rows.append(row)
        self.count += 1
        self.records.add(row[self._key], hashed or record_hash(row))
        if len(self._rows) >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema), row_group_size=BATCH_ROWS)
            self._rows.clear()

    def close(self) -> None:
        self._flush()
        self._writer.close()
        self.records.finish()


def iter_rows(path: Path, batch_size: int = BATCH_ROWS):
    """Rows of a published Parquet file as dicts, a batch at a time."""
    parquet = pq.ParquetFile(path)
    for batch in parquet.iter_batches(batch_size=batch_size):
        yield from batch.to_pylist()

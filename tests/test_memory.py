"""The build's memory mechanics (issue 16): what they change in memory must change nothing in the rows."""

from __future__ import annotations

import sys

import pyarrow.parquet as pq
import pytest

from imcovid.heap import _malloc_trim, return_freed_memory
from imcovid.publish.parquet import ConfigWriter, config_rows, data_files, iter_rows


def _mentions(seeds_dataset) -> list[dict]:
    return pq.read_table(data_files(seeds_dataset, "mentions")[0]).to_pylist()


def test_a_closed_writer_lets_go_of_the_parquet_footer(seeds_dataset, tmp_path):
    rows = _mentions(seeds_dataset)
    writer = ConfigWriter(tmp_path, "mentions", spill_dir=tmp_path)
    for row in rows:
        writer.write(row)
    writer.close()
    assert writer._writer is None and writer._sink is None  # the closed ParquetWriter held every row group's metadata
    assert pq.read_table(data_files(tmp_path, "mentions")[0]).to_pylist() == rows


def test_rows_read_one_row_group_at_a_time_are_the_files_rows_in_order(seeds_dataset, tmp_path):
    rows = _mentions(seeds_dataset)
    path = tmp_path / "small-groups.parquet"
    pq.write_table(pq.read_table(data_files(seeds_dataset, "mentions")[0]), path, row_group_size=7)
    assert pq.ParquetFile(path).num_row_groups > 2
    assert list(iter_rows(path, batch_size=3)) == rows
    assert list(iter_rows([path, path], columns=["mention_id"])) == [{"mention_id": r["mention_id"]} for r in rows] * 2
    assert list(config_rows(seeds_dataset, "mentions")) == rows


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_pages_go_back_to_the_system():
    def resident_kib() -> int:
        with open("/proc/self/status") as handle:
            return next(int(line.split()[1]) for line in handle if line.startswith("VmRSS"))

    if _malloc_trim() is None:
        pytest.skip("not glibc")
    return_freed_memory()
    before = resident_kib()
    # ~60 MiB of 1 KiB blocks: malloc's (above pymalloc's 512 bytes, below the mmap threshold)
    blocks = [bytearray(1000) for _ in range(60_000)]
    keep = blocks[::1000]  # a few survivors pin the heap, so only malloc_trim can return the free pages between them
    del blocks
    kept = resident_kib() - before
    return_freed_memory()
    trimmed = resident_kib() - before
    assert kept > 40 * 1024 and trimmed < 20 * 1024, (kept, trimmed)
    assert len(keep) == 60

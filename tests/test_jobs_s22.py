"""Two-job builds after session 22 (imcovid.blockwise): a worker spills the results it staged for a block that the
other worker writes one pickle per chunk (:func:`imcovid.blockwise._spill_results`) rather than one per result, and the
block's writer reads them back a chunk at a time (:meth:`imcovid.blockwise._OpenBlock._read`). Only how results move
between the workers: the bytes stay the one-job build's, without a cache and with a cold one. No timed assertions."""

from __future__ import annotations

import pickle
from collections import deque
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import seeds_with_corpus
from test_jobs_s18 import _fresh_build  # (a fresh-process build's files and schemas, as bytes)
from imcovid import blockwise


def _reader(number: int) -> blockwise._OpenBlock:
    """An open block with only what reading its spills needs (no writers)."""
    opened = object.__new__(blockwise._OpenBlock)
    opened.block = SimpleNamespace(number=number)
    opened.spills, opened.unread = {}, {}
    return opened


def _spill(scratch: Path, number: int, worker: int, chunks: list[list[int]]) -> None:
    for chunk in chunks:
        blockwise._spill_results([(index, {"result": index}) for index in chunk],
                                 blockwise._results_path(scratch, number, worker))


# (chunks each worker spilled, in source order; the order in which the writer takes the block's members)
READS = [
    # one worker, a chunk across two PART pieces: the rest of the chunk waits for the next piece
    ({1: [[0, 1, 2], [3, 4]]}, [(1, 0), (1, 1), (1, 2), (1, 3), (1, 4)]),
    # two workers interleaved in source order
    ({0: [[0, 2], [5]], 1: [[1, 3, 4]]}, [(0, 0), (1, 1), (0, 2), (1, 3), (1, 4), (0, 5)]),
    # negative: an empty chunk (never sent) is passed over, not taken for the end of the spill
    ({0: [[], [0, 1]]}, [(0, 0), (0, 1)]),
    # a chunk of one result, then a full chunk
    ({1: [[7], list(range(8, 8 + blockwise.CHUNK))]}, [(1, 7), *((1, at) for at in range(8, 8 + blockwise.CHUNK))]),
]


@pytest.mark.parametrize("chunks, order", READS)
def test_a_blocks_spilled_results_are_read_back_in_source_order(tmp_path, chunks, order):
    for worker, pieces in chunks.items():
        _spill(tmp_path, 4, worker, pieces)
    opened = _reader(4)
    ctx = {"scratch": tmp_path}
    assert [opened._read(worker, ctx) for worker, _ in order] == [(index, {"result": index}) for _, index in order]
    assert not any(opened.unread.values())
    for spill in opened.spills.values():
        assert spill.read() == b""  # every chunk read, none twice
        spill.close()


def test_a_chunk_is_one_pickle_in_the_spill(tmp_path):
    path = blockwise._results_path(tmp_path, 0, 1)
    blockwise._spill_results([(0, "a"), (1, "b")], path)
    blockwise._spill_results([(2, "c")], path)
    with open(path, "rb") as spill:
        assert pickle.load(spill) == [(0, "a"), (1, "b")]
        assert pickle.load(spill) == [(2, "c")]
        assert spill.read() == b""


def test_staging_for_another_writer_spills_the_chunk_once(tmp_path, monkeypatch):
    def staged(task, ctx):
        return f"summary {task}", f"outcome {task}"

    monkeypatch.setattr(blockwise, "_staged", staged)
    ctx = {"scratch": tmp_path}
    summaries = blockwise._stage([(5, "t5"), (6, "t6"), (9, "t9")], 2, 0, ctx, keep=False)
    assert summaries == [(5, "summary t5"), (6, "summary t6"), (9, "summary t9")]
    with open(blockwise._results_path(tmp_path, 2, 0), "rb") as spill:
        assert pickle.load(spill) == [(5, "outcome t5"), (6, "outcome t6"), (9, "outcome t9")]
        assert spill.read() == b""
    # negative: a block this worker writes keeps its results in memory, no spill
    kept = blockwise._stage([(7, "t7")], 3, 0, ctx, keep=True)
    assert kept == [(7, "summary t7")]
    assert not blockwise._results_path(tmp_path, 3, 0).exists()
    assert blockwise._KEPT.pop(3) == deque([(7, "outcome t7")])


def test_a_block_closed_with_results_unread_fails(tmp_path):
    _spill(tmp_path, 6, 1, [[0, 1]])
    opened = _reader(6)
    assert opened._read(1, {"scratch": tmp_path}) == (0, {"result": 0})
    with pytest.raises(RuntimeError, match="block 6"):
        opened.finish({"scratch": tmp_path})
    for spill in opened.spills.values():
        spill.close()


def test_two_and_three_jobs_give_the_one_job_bytes(tmp_path):
    # Many captures of one text: whichever worker writes a block, part of its results cross through the spills.
    seeds = seeds_with_corpus(tmp_path / "seeds", 20, empty=True)
    one_job = _fresh_build(seeds, tmp_path / "one", 1, None)
    assert _fresh_build(seeds, tmp_path / "two", 2, None) == one_job
    assert _fresh_build(seeds, tmp_path / "cold", 2, tmp_path / "cache") == one_job  # fills the cache as it writes
    assert _fresh_build(seeds, tmp_path / "three", 3, None) == one_job

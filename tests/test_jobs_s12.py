"""Two-job clean builds after session 12 (imcovid.blockwise): a block's writer is fed its decided sources part by part
while the staging goes on, and keeps in memory the results it staged itself for a block it writes (the others come
through the scratch spills). Whatever the part size and whichever way each result came, the bytes are the one-job
build's; a failure while a part is written fails the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from imcovid import blockwise
from imcovid.config import BuildConfig, load_config
from imcovid.pipeline import build, list_sources, source_blocks

from conftest import CORPUS, SEEDS, seeds_with_corpus


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def many_blocks() -> BuildConfig:
    return BuildConfig(**{**load_config().model_dump(), "shard_sources": 6})


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    """seeds/ (with its origins manifest) and the corpus sample, plus a repeated capture (same bytes: a duplicate),
    captures that differ by a trailing comment only (one text: one worker's memos) and a file of another kind."""
    return seeds_with_corpus(tmp_path_factory.mktemp("jobs-s12-seeds"), 4, empty=False)


@pytest.fixture(scope="module")
def one_job(seeds, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("jobs-s12-one") / "out"
    report = build(seeds, out, jobs=1, progress=False, config=many_blocks())
    assert report.duplicates and report.rejected
    return tree_bytes(out)


@pytest.mark.parametrize("part, jobs", [
    # (sources per part handed to a block's writer, jobs)
    (1, 2),  # every decided source its own message
    (3, 2),  # parts smaller than a block (blocks hold 2-48 sources here)
    (10_000, 2),  # never a part: each block written once whole, as before session 12
    (2, 3),  # three workers: a block's results spilled by two of them, kept by the third
])
def test_parts_and_kept_results_give_the_one_job_bytes(seeds, one_job, tmp_path, monkeypatch, part, jobs):
    config = many_blocks()
    assert len(source_blocks(list_sources(seeds, config), config)) > 5
    log = tmp_path / "log"
    log.mkdir()
    stage, write_part = blockwise._stage, blockwise._write_part

    def logged_stage(items, block, worker, ctx, keep=False):  # runs in the workers (forked after the patch)
        (log / f"stage-{'kept' if keep else 'spilled'}-{items[0][0]}").touch()
        return stage(items, block, worker, ctx, keep=keep)

    def logged_part(number, members, ctx):
        (log / f"part-{members[0][0]}").touch()
        return write_part(number, members, ctx)

    monkeypatch.setattr(blockwise, "PART", part)
    monkeypatch.setattr(blockwise, "_stage", logged_stage)
    monkeypatch.setattr(blockwise, "_write_part", logged_part)
    build(seeds, tmp_path / "out", jobs=jobs, progress=False, config=config)
    assert tree_bytes(tmp_path / "out") == one_job
    kinds = {path.name.rsplit("-", 1)[0] for path in log.iterdir()}
    # Both ways of handing a result to its block's writer were taken; parts only when a block outgrows one.
    assert {"stage-kept", "stage-spilled"} <= kinds
    assert ("part" in kinds) == (part < 10_000)


def test_a_failure_while_a_part_is_written_fails_the_build_and_leaves_no_output(seeds, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a part could not be written")

    monkeypatch.setattr(blockwise, "PART", 1)
    monkeypatch.setattr(blockwise, "_write_part", broken)
    with pytest.raises(ValueError, match="a part could not be written"):
        build(seeds, tmp_path / "out", jobs=2, progress=False, config=many_blocks())
    assert not (tmp_path / "out").exists()
    assert not list(tmp_path.glob("out.tmp-*"))


@pytest.mark.parametrize("first, then", [
    # (a task kind a free worker takes before another kind, when both wait)
    ("panel", "story"),
    ("resolve", "story"),  # the mentions' buckets are not left alone at the end behind a dozen short stories
    ("panel", "resolve"),
])
def test_the_tail_tasks_order(first, then):
    assert blockwise.PRIORITY[first] < blockwise.PRIORITY[then]


@pytest.mark.parametrize("sizes, jobs, writers", [
    # (sources per block, jobs, the worker that writes each block)
    ([148, 212, 329, 215, 415, 264, 417], 2, [0, 1, 1, 0, 1, 0, 0]),  # 2,000 replicated posts: 1,044 and 956
    ([10], 2, [0]),
    ([5, 5, 5, 5], 2, [0, 1, 0, 1]),  # ties: the lower block and worker first
    ([1, 9, 1, 1], 3, [1, 0, 2, 1]),
])
def test_block_writers_share_the_writing(sizes, jobs, writers):
    assert blockwise.block_writers(sizes, jobs) == writers


def _run(sizes: dict[str, int]) -> tuple[Path, dict]:
    return Path("run"), {bucket: (0, size, b"") for bucket, size in sizes.items()}


@pytest.mark.parametrize("runs, jobs, shares", [
    # (each block's run: bucket → bytes, jobs, the buckets each merging task takes, in key order)
    ([{"00": 10, "01": 10}, {"01": 10, "02": 10}], 2, [["00", "01"], ["02"]]),
    ([{"00": 10, "01": 10, "02": 10, "03": 10}], 2, [["00", "01"], ["02", "03"]]),
    ([{"00": 100, "01": 1, "02": 1}], 2, [["00"], ["01", "02"]]),  # one heavy bucket: a share of its own
    ([{"00": 5}], 2, [["00"]]),  # one bucket: one task
    ([{}, {}], 2, []),  # no records: nothing to merge
    ([{"00": 1, "01": 1, "02": 1}], 1, [["00", "01", "02"]]),
])
def test_resolve_shares_cut_the_buckets_in_order(runs, jobs, shares):
    got = blockwise.resolve_shares([_run(sizes) for sizes in runs], jobs)
    assert got == shares
    assert [bucket for share in got for bucket in share] == sorted({b for sizes in runs for b in sizes})

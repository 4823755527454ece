"""Issue 16: with workers, a clean build's blocks of mentions are encoded to Parquet in the workers
(publish.parquet.OffloadedWriter), not in the writing process — the same bytes as the writing process's own
ConfigWriter, whatever the number of jobs or blocks."""

from __future__ import annotations

import shutil

import pytest

from imcovid.config import BuildConfig, load_config
from imcovid.pipeline import build
from imcovid.process import Task, process
from imcovid.publish.parquet import ConfigWriter, OffloadedWriter
from imcovid.publish.release import RecordHashes

from conftest import CORPUS
from test_scale import tree_bytes


class _Done:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


def _run_now(fn, args):  # Pool.apply_async's contract, run in this process
    return _Done(fn(*args))


@pytest.fixture(scope="module")
def mention_batches() -> list[tuple[bytes, list]]:
    config = load_config()
    outcomes = [process(Task(str(path), path.name), config) for path in sorted(CORPUS.iterdir())[:30]]
    return [(o.mentions_arrow, o.mention_hashes) for o in outcomes if o.article is not None]


@pytest.mark.parametrize("shard_bytes", [256 * 1024 * 1024, 2_000])
def test_an_offloaded_block_has_the_bytes_and_hashes_of_one_written_here(mention_batches, tmp_path, shard_bytes):
    here = tmp_path / "here"
    records_here = RecordHashes(tmp_path / "here.sqlite")
    writer = ConfigWriter(here, "mentions", shard_bytes=shard_bytes, part="mentions-b00000", records=records_here)
    away = tmp_path / "away"
    records_away = RecordHashes(tmp_path / "away.sqlite")
    offloaded = OffloadedWriter(away, "mentions", shard_bytes, part="mentions-b00000", records=records_away,
                                submit=_run_now)
    for data, hashes in mention_batches:
        writer.write_arrow(data, hashes)
        offloaded.write_arrow(data, hashes)
    writer.close()
    offloaded.close()
    assert [p.name for p in offloaded.parts] == [p.name for p in writer.parts]
    # One part file for the block, or several once a part passes the shard size (cut between row groups).
    assert (len(writer.parts) == 1) if shard_bytes > 1e6 else (len(writer.parts) >= 2)
    assert [p.read_bytes() for p in offloaded.parts] == [p.read_bytes() for p in writer.parts]
    records_here.finish()
    records_away.finish()
    assert dict(records_here.items()) == dict(records_away.items())


def test_a_failed_submission_is_raised_when_the_parts_are_asked_for(tmp_path):
    def closed_pool(fn, args):
        raise ValueError("Pool not running")

    offloaded = OffloadedWriter(tmp_path, "mentions", 1 << 20, part="mentions-b00000",
                                records=RecordHashes(tmp_path / "r.sqlite"), submit=closed_pool)
    offloaded.close()  # never raises (it runs in a failed build's clean-up too)
    with pytest.raises(ValueError, match="Pool not running"):
        offloaded.parts


def test_a_clean_multi_block_build_with_two_jobs_equals_one_job(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted(CORPUS.iterdir())[:24]:
        shutil.copy2(path, seeds / path.name)
    config = BuildConfig(**{**load_config().model_dump(), "shard_sources": 6})
    build(seeds, tmp_path / "one", jobs=1, progress=False, config=config)
    build(seeds, tmp_path / "two", jobs=2, progress=False, config=config)
    assert len(list((tmp_path / "two" / "mentions").iterdir())) >= 3
    assert tree_bytes(tmp_path / "two") == tree_bytes(tmp_path / "one")

"""Two-job builds after session 15: a first build with a cache folder (the default ``imcovid build``: a cache folder
that is empty, or holds nothing of this code) takes the block-parallel path (imcovid.blockwise) instead of the
one-writer path, whose main process wrote everything (``--jobs 2`` ran no faster than ``--jobs 1``). Its workers fill
the result, shard and metadata caches as the one-writer build does, so the dataset is the same and the next builds
(nothing changed, one post changed) are served by the cache as they are after a one-job first build."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import imcovid.pipeline as pipeline
from imcovid import blockwise
from imcovid.cache import LookupIndex, ResultCache, _lexicon_copy, _load_stored, _measure_copy, build_key, store_parsed
from imcovid.config import BuildConfig, load_config
from imcovid.process import Task

from conftest import seeds_with_corpus


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def tree_names(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def many_blocks() -> BuildConfig:
    return BuildConfig(**{**load_config().model_dump(), "shard_sources": 6})


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    """seeds/ with its origins manifest, the corpus sample, a repeated capture, captures of one text, an empty file
    and a file of another kind (rejections: blocks that the shard cache never keeps)."""
    return seeds_with_corpus(tmp_path_factory.mktemp("jobs-s15-seeds"), 3, empty=True)


SOURCES = [Task("a", "a"), Task("b", "b")]


@pytest.mark.parametrize("executor, cache, jobs, sources, first, expected", [
    ("local", None, 2, SOURCES, False, True),  # a clean build
    ("local", Path("cache"), 2, SOURCES, True, True),  # a first build with a cache: new in session 15
    ("local", Path("cache"), 3, SOURCES, True, True),
    ("local", Path("cache"), 2, SOURCES, False, False),  # a rebuild: blocks copied from the shard cache
    ("local", Path("cache"), 1, SOURCES, True, False),  # one job: the one-writer build
    ("datatrove", Path("cache"), 2, SOURCES, True, False),
    ("local", Path("cache"), 2, SOURCES[:1], True, False),
])
def test_which_builds_take_the_block_parallel_path(executor, cache, jobs, sources, first, expected):
    assert blockwise.usable(executor, cache, jobs, sources, first_pass=first) is expected


def test_a_lookup_index_is_stored_by_a_first_build_at_two_jobs(seeds, tmp_path):
    config = load_config()
    key = build_key(config)
    assert not LookupIndex.stored(tmp_path / "cache", key)
    pipeline.build(seeds, tmp_path / "out", jobs=2, progress=False, cache_dir=tmp_path / "cache")
    # What a one-job first build stores (an index of no hits): the next build is a rebuild, not a first one.
    assert LookupIndex.stored(tmp_path / "cache", key)
    assert not LookupIndex(tmp_path / "cache", key).first_pass


@pytest.fixture(scope="module")
def cold(seeds, tmp_path_factory):
    """First builds with an empty cache folder at 1, 2 and 3 jobs (many blocks), and which went block-parallel."""
    where = tmp_path_factory.mktemp("jobs-s15-cold")
    config = many_blocks()
    calls = []
    original = blockwise.write_blockwise

    def spy(*args, **kwargs):
        calls.append(kwargs.get("cache_dir"))
        return original(*args, **kwargs)

    blockwise.write_blockwise = spy
    try:
        for jobs in (1, 2, 3):
            pipeline.build(seeds, where / f"out{jobs}", jobs=jobs, progress=False, config=config,
                           cache_dir=where / f"cache{jobs}")
    finally:
        blockwise.write_blockwise = original
    return where, config, calls


def test_a_first_build_with_a_cache_at_two_or_three_jobs_is_block_parallel_with_the_one_job_bytes(cold):
    where, _, calls = cold
    assert calls == [where / "cache2", where / "cache3"]
    assert tree_bytes(where / "out2") == tree_bytes(where / "out1")
    assert tree_bytes(where / "out3") == tree_bytes(where / "out1")


@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("folder", ["shards", "metadata", "lookups", "memo"])
def test_the_parallel_first_build_fills_the_caches_under_the_one_job_keys(cold, jobs, folder):
    """Every entry a one-job first build stores, under the same key (the results' folders, the blocks' and the
    panel's shard entries and blobs, the merged record buckets, the PROV fragments and card counts, the features'
    copy, the grouping, the lookup index, the annotation memo) — and nothing else."""
    where = cold[0]
    assert tree_names(where / f"cache{jobs}" / folder) == tree_names(where / "cache1" / folder)
    results = {name for name in tree_names(where / "cache1") if len(name.split("/")[0]) == 2}
    assert results and results == {name for name in tree_names(where / f"cache{jobs}") if len(name.split("/")[0]) == 2}


class _Counts:
    """Calls counted in this process and in the forked children that process a rebuild's few sources beside it
    (``pipeline._Beside``, release 28): each call appends its name to a log file, which a fork shares."""

    def __init__(self, log: Path) -> None:
        self.log = log
        log.write_text("")

    def add(self, name: str) -> None:
        with self.log.open("a") as out:
            out.write(name + "\n")

    def snapshot(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for name in self.log.read_text().split():
            counts[name] = counts.get(name, 0) + 1
        return counts

    def clear(self) -> None:
        self.log.write_text("")


def _counting(monkeypatch, log: Path) -> _Counts:
    counts = _Counts(log)
    for name in ("process_raw", "_collect"):
        real = getattr(pipeline, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            counts.add(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(pipeline, name, counted)
    return counts


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_rebuilds_from_the_parallel_first_builds_cache_work_as_from_the_one_job_cache(cold, seeds, tmp_path,
                                                                                       monkeypatch, jobs):
    """Cold → warm (nothing changed) → one post changed, from the caches of the one-job and the two-job first
    builds: the clean build's bytes, and the same work (nothing annotated when nothing changed; only the rows of the
    blocks the cache cannot hold — rejections — written again; one post processed when one changed)."""
    where, config, _ = cold
    changed = tmp_path / "seeds"
    shutil.copytree(seeds, changed)
    post = sorted(p for p in changed.iterdir() if p.name.startswith("A_"))[3]
    post.write_bytes(post.read_bytes() + b"\n<!-- a later capture -->\n")
    pipeline.build(changed, tmp_path / "clean", jobs=1, progress=False, config=config)
    work = {}
    for first in (1, 2):
        cache = tmp_path / f"cache-from-{first}"
        shutil.copytree(where / f"cache{first}", cache)
        counts = _counting(monkeypatch, tmp_path / f"calls-{first}.log")
        pipeline.build(seeds, tmp_path / f"warm-{first}", jobs=jobs, progress=False, config=config, cache_dir=cache)
        assert tree_bytes(tmp_path / f"warm-{first}") == tree_bytes(where / "out1")
        warm = counts.snapshot()
        counts.clear()
        pipeline.build(changed, tmp_path / f"changed-{first}", jobs=jobs, progress=False, config=config,
                       cache_dir=cache)
        assert tree_bytes(tmp_path / f"changed-{first}") == tree_bytes(tmp_path / "clean")
        work[first] = (warm, counts.snapshot())
        monkeypatch.undo()
    assert "process_raw" not in work[2][0]
    assert work[2][1]["process_raw"] == 1
    assert work[2] == work[1]


# The first build of a fresh process (``imcovid build`` with a new cache folder): the models and the features are
# parsed by the loader process and this process, not by load_lexicon & co., and still kept in the cache.
_FRESH = """
import sys
from pathlib import Path
from imcovid.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[4]), progress=False, cache_dir=Path(sys.argv[3]),
      schema_dir=Path(sys.argv[5]))
"""


def test_a_fresh_first_build_at_two_jobs_keeps_the_models_and_features_as_a_one_job_build_does(seeds, tmp_path):
    for jobs in (1, 2):
        subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(tmp_path / f"out{jobs}"),
                        str(tmp_path / f"cache{jobs}"), str(jobs), str(tmp_path / f"schema{jobs}")],
                       check=True, capture_output=True, text=True)
    assert tree_bytes(tmp_path / "out2") == tree_bytes(tmp_path / "out1")
    assert tree_bytes(tmp_path / "schema2") == tree_bytes(tmp_path / "schema1")
    assert tree_names(tmp_path / "cache2") == tree_names(tmp_path / "cache1")
    # The MEASURE model's copy, parsed by the loader process: the same bytes. The lexicon's, parsed by the main
    # process: the same value (its pickle's bytes differ from process to process anyway: its frozensets are pickled
    # in an order that depends on the string hash seed).
    assert tree_bytes(tmp_path / "cache2" / "models") == tree_bytes(tmp_path / "cache1" / "models")
    names = tree_names(tmp_path / "cache1" / "lexicon")
    assert len(names) == 1
    key = names.pop().split("/")[-1]
    assert ResultCache(tmp_path / "cache2" / "lexicon").get(key) == ResultCache(tmp_path / "cache1" / "lexicon").get(key)


def _features_copy(directory: Path, build: str):
    from imcovid.publish import arrow

    return Path(directory) / "metadata", arrow.derived_key()


@pytest.mark.parametrize("kind, where", [("lexicon", _lexicon_copy), ("measure", _measure_copy),
                                         ("features", _features_copy)])
def test_a_copy_stored_apart_is_the_one_the_loading_functions_install(tmp_path, kind, where):
    """store_parsed keeps a copy where load_lexicon, load_measure_model and load_hf_features look for it (they
    install it without parsing); a copy already there is not written again."""
    store_parsed(tmp_path, "build-key", **{kind: {"a copy of": kind}})
    installed = []

    def parse():
        raise AssertionError("parsed again: the stored copy was not found")

    assert _load_stored(*where(tmp_path, "build-key"), parse, installed.append)
    assert installed == [{"a copy of": kind}]
    stored = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.rglob("*") if p.is_file()}
    store_parsed(tmp_path, "build-key", **{kind: {"another": kind}})
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.rglob("*") if p.is_file()} == stored


def test_the_benchmark_times_the_cold_cache_pair_with_the_two_job_accounts(seeds, tmp_path):
    """benchmarks/build.py's speed part: the default build (empty cache folder) at 1 and 2 jobs, with the accounts of
    the two-job build's workers (which exist only on the block-parallel path) and the bytes compared."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import build as bench

    cold = bench._cold_cache_pair(seeds, tmp_path)
    assert cold["cold_cache_jobs1_equals_jobs2"]
    assert len(cold["cold_cache_jobs2_each_worker_cpu_s"]) == 2
    assert cold["cold_cache_jobs2_predicted_ratio"] > 0
    assert not (tmp_path / "cache2").exists()


def test_a_first_build_over_results_stored_by_an_interrupted_one_reads_them_back(cold, seeds, tmp_path, monkeypatch):
    """No lookup index but results in the cache (a first build interrupted after its workers stored them): the build
    is block-parallel again; the results found are read back, not computed again, and the bytes are the same."""
    where, config, _ = cold
    cache = tmp_path / "cache"
    shutil.copytree(where / "cache2", cache)
    shutil.rmtree(cache / "lookups")
    shutil.rmtree(cache / "shards")
    results = {p: p.stat().st_mtime_ns for p in cache.glob("??/*")}
    assert results
    calls = []
    original = blockwise.write_blockwise
    monkeypatch.setattr(blockwise, "write_blockwise", lambda *a, **k: calls.append(1) or original(*a, **k))
    pipeline.build(seeds, tmp_path / "out", jobs=2, progress=False, config=config, cache_dir=cache)
    assert calls == [1]
    assert tree_bytes(tmp_path / "out") == tree_bytes(where / "out1")
    # A result computed again would have been stored again: none was (the workers' own calls are not seen here).
    assert {p: p.stat().st_mtime_ns for p in cache.glob("??/*")} == results
    assert (cache / "shards").is_dir() and (cache / "lookups").is_dir()  # stored again

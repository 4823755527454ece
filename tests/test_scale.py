"""Issue 16: configuration passed explicitly, the result cache, jobs, the datatrove executor — and, above all, the
same bytes whatever the jobs, executor or cache."""

from __future__ import annotations

import shutil
from collections import Counter
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from imcovid.cache import ResultCache, build_key
from imcovid.config import BuildConfig, load_config
from imcovid.pipeline import BuildFailed, build

from conftest import CORPUS, SEEDS


def pool_forks(monkeypatch) -> list:
    """The pools the build forks from here on (``pipeline``'s multiprocessing context counted): one entry each."""
    import imcovid.pipeline

    forks: list = []
    get_context = imcovid.pipeline.multiprocessing.get_context

    class Counting:
        def __init__(self, method):
            self.context = get_context(method)

        def Pool(self, *args, **kwargs):  # noqa: N802 — multiprocessing's name
            forks.append(args)
            return self.context.Pool(*args, **kwargs)

    monkeypatch.setattr(imcovid.pipeline.multiprocessing, "get_context", Counting)
    return forks


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def clean_build_bytes(seeds: Path, out: Path) -> dict[str, bytes]:
    """The files of a one-job build of ``seeds`` into ``out`` (the reference an incremental or cached build must equal)."""
    build(seeds, out, jobs=1, progress=False)
    return tree_bytes(out)


def first_corpus_posts(folder: Path, n: int) -> Path:
    """``folder`` with copies of the corpus sample's first ``n`` real posts."""
    for path in sorted(CORPUS.iterdir())[:n]:
        shutil.copy2(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """The seeds' sources (flattened: the harvested ones have unique names) plus the first 12 corpus posts: small
    enough to build several times."""
    from conftest import seed_sources

    folder = tmp_path_factory.mktemp("scale-seeds")
    for path in [*seed_sources(), *sorted(CORPUS.iterdir())[:12]]:
        shutil.copy2(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def clean_build(small_corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("scale-clean") / "dataset"
    build(small_corpus, out, jobs=1, progress=False)
    return out


# --- configuration ---------------------------------------------------------------------------------------------

def test_a_narrower_window_given_to_build_is_applied(small_corpus, clean_build, tmp_path):
    default = load_config()
    narrow = BuildConfig(**{**default.model_dump(), "window_start": date(2022, 1, 1)})
    out = tmp_path / "narrow"
    build(small_corpus, out, jobs=2, progress=False, config=narrow)
    before = pd.read_parquet(clean_build / "articles" / "train.parquet").set_index("id")
    after = pd.read_parquet(out / "articles" / "train.parquet").set_index("id")
    assert list(before.index) == list(after.index)
    in_2021 = before["published_date_local"].map(lambda d: d is not None and d.year == 2021)
    assert in_2021.any() and (~in_2021 & before["published_date_local"].notna()).any()
    assert after.loc[in_2021, "published_date_local"].isna().all()
    assert all("date_out_of_window" in flags for flags in after.loc[in_2021, "flags"])
    kept = ~in_2021 & before["published_date_local"].notna()
    assert (after.loc[kept, "published_date_local"] == before.loc[kept, "published_date_local"]).all()
    # The card and Croissant describe the window the build was given, not the global one.
    assert "2022-01-01" in (out / "README.md").read_text(encoding="utf-8")
    assert '"2022-01-01"' in (out / "croissant.json").read_text(encoding="utf-8")


def test_a_wider_window_given_to_build_is_not_overruled_by_the_global_one(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    raw = sorted(SEEDS.iterdir())[0].read_text(encoding="utf-8")
    import re

    dated = re.sub(r"^date: .*$", "date: Mon, 15 Jun 2020 08:00:00 GMT", raw, count=1, flags=re.M)
    assert dated != raw
    (seeds / "early.txt").write_text(dated, encoding="utf-8")
    wide = BuildConfig(**{**load_config().model_dump(), "window_start": date(2020, 1, 1)})
    report = build(seeds, tmp_path / "wide", jobs=1, progress=False, config=wide)
    assert report.accepted == 1, report.summary()
    articles = pd.read_parquet(tmp_path / "wide" / "articles" / "train.parquet")
    assert articles["published_date_local"].iloc[0] == date(2020, 6, 15)
    default = build(seeds, tmp_path / "default", jobs=1, progress=False)
    assert default.accepted == 1
    assert pd.read_parquet(tmp_path / "default" / "articles" / "train.parquet")["published_date_local"].isna().all()


# --- cache, jobs, executor: the same bytes ---------------------------------------------------------------------

def test_cached_build_equals_clean_build_byte_for_byte(small_corpus, clean_build, tmp_path):
    cache = tmp_path / "cache"
    build(small_corpus, tmp_path / "cold", jobs=2, progress=False, cache_dir=cache)
    assert tree_bytes(tmp_path / "cold") == tree_bytes(clean_build)
    assert any(cache.rglob("*")), "the cache was not written"
    build(small_corpus, tmp_path / "warm", jobs=1, progress=False, cache_dir=cache)
    assert tree_bytes(tmp_path / "warm") == tree_bytes(clean_build)


def test_add_change_remove_one_post_with_the_cache_equals_a_clean_build(small_corpus, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(small_corpus, seeds)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=2, progress=False, cache_dir=cache)
    posts = sorted(seeds.iterdir())
    (seeds / "zz-added.txt").write_bytes(posts[1].read_bytes() + b"\n<!-- another capture -->\n")
    posts[2].write_bytes(posts[2].read_bytes().replace("的".encode(), "之".encode(), 1))
    posts[3].unlink()
    build(seeds, tmp_path / "cached", jobs=2, progress=False, cache_dir=cache)
    build(seeds, tmp_path / "clean", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "cached") == tree_bytes(tmp_path / "clean")
    articles = pd.read_parquet(tmp_path / "cached" / "articles" / "train.parquet")
    assert "zz-added.txt" in set(articles["source_file"]) and posts[3].name not in set(articles["source_file"])


def test_corrupt_or_truncated_cache_entries_are_ignored(small_corpus, clean_build, tmp_path):
    cache = tmp_path / "cache"
    build(small_corpus, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    entries = sorted(p for p in cache.rglob("*") if p.is_file())
    assert len(entries) >= 3
    entries[0].write_bytes(entries[0].read_bytes()[:-7])  # truncated
    data = bytearray(entries[1].read_bytes())
    data[-3] ^= 0xFF  # one flipped byte
    entries[1].write_bytes(bytes(data))
    entries[2].write_bytes(b"not a cache entry at all")
    build(small_corpus, tmp_path / "again", jobs=2, progress=False, cache_dir=cache)
    assert tree_bytes(tmp_path / "again") == tree_bytes(clean_build)


def test_cache_entries_roundtrip_and_reject_damage(tmp_path):
    cache = ResultCache(tmp_path)
    cache.put("ab" * 32, {"x": [1, 2]})
    assert cache.get("ab" * 32) == {"x": [1, 2]}
    assert cache.get("cd" * 32) is None
    path = next(p for p in tmp_path.rglob("*") if p.is_file())
    path.write_bytes(path.read_bytes()[:-1] + b"\x00")
    assert cache.get("ab" * 32) is None
    assert not [p for p in tmp_path.rglob(".tmp-*")], "a temporary file was left behind"


def test_a_cache_hit_reads_the_head_alone_and_each_part_is_checked(tmp_path):
    cache = ResultCache(tmp_path)
    cache.put("ab" * 32, {"body": "x" * 50_000}, head=("sha", "id"))
    assert cache.get_head("ab" * 32) == ("sha", "id") and cache.get("ab" * 32) == {"body": "x" * 50_000}
    path = next(p for p in tmp_path.rglob("*") if p.is_file())
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF  # the body damaged: the head still stands, the value is a miss
    path.write_bytes(bytes(data))
    assert cache.get_head("ab" * 32) == ("sha", "id") and cache.get("ab" * 32) is None
    from imcovid.cache import _HEADER
    data[_HEADER + 2] ^= 0xFF  # the head damaged too (it starts right after the header, whose size the checksum sets)
    path.write_bytes(bytes(data))
    assert cache.get_head("ab" * 32) is None
    path.write_bytes(bytes(data[:40]))  # truncated inside the header
    assert cache.get_head("ab" * 32) is None and cache.get("ab" * 32) is None


def test_build_key_changes_with_the_configuration():
    config = load_config()
    assert build_key(config) == build_key(BuildConfig(**config.model_dump()))
    assert build_key(config) != build_key(BuildConfig(**{**config.model_dump(), "max_html_depth": 100}))


def test_datatrove_executor_with_several_tasks_gives_the_same_dataset(small_corpus, clean_build, tmp_path):
    build(small_corpus, tmp_path / "dt", jobs=2, progress=False, executor="datatrove", tasks=3)
    assert tree_bytes(tmp_path / "dt") == tree_bytes(clean_build)


def test_jobs_must_be_positive(small_corpus, tmp_path):
    with pytest.raises(BuildFailed):
        build(small_corpus, tmp_path / "x", jobs=0, progress=False)
    for value in ("0", "-2"):
        result = subprocess.run([sys.executable, "-m", "imcovid.cli", "build", "--seeds", str(small_corpus),
                                 "--out", str(tmp_path / "y"), "--jobs", value], capture_output=True, text=True)
        assert result.returncode != 0
        assert result.stderr.strip().count("\n") == 0 and "--jobs" in result.stderr, result.stderr
        assert not (tmp_path / "y").exists()


def test_cli_no_cache_and_cache_dir(small_corpus, clean_build, tmp_path):
    common = [sys.executable, "-m", "imcovid.cli", "build", "--seeds", str(small_corpus),
              "--schema-dir", str(tmp_path / "schema"), "--jobs", "2"]
    subprocess.run([*common, "--out", str(tmp_path / "a"), "--cache-dir", str(tmp_path / "cache")], check=True,
                   capture_output=True)
    assert any((tmp_path / "cache").rglob("*"))
    subprocess.run([*common, "--out", str(tmp_path / "b"), "--no-cache", "--cache-dir", str(tmp_path / "unused")],
                   check=True, capture_output=True)
    assert not (tmp_path / "unused").exists()
    assert tree_bytes(tmp_path / "a") == tree_bytes(clean_build) == tree_bytes(tmp_path / "b")


def test_a_warm_cache_processes_no_source_again(small_corpus, clean_build, tmp_path, monkeypatch):
    import imcovid.pipeline

    cache = tmp_path / "cache"
    build(small_corpus, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache)

    def refuse(*args, **kwargs):
        raise AssertionError("a cached source was processed again")

    monkeypatch.setattr(imcovid.pipeline, "process_raw", refuse)
    monkeypatch.setattr(imcovid.pipeline, "process", refuse)
    build(small_corpus, tmp_path / "warm", jobs=1, progress=False, cache_dir=cache)
    assert tree_bytes(tmp_path / "warm") == tree_bytes(clean_build)


def test_a_config_past_the_shard_size_is_cut_into_hub_named_shards_read_everywhere(corpus_seeds, corpus_build,
                                                                                  tmp_path, monkeypatch):
    import mlcroissant

    from imcovid.publish.release import verify
    from imcovid.validate import validate_dataset

    small = BuildConfig(**{**load_config().model_dump(), "shard_bytes": 8_000})
    out = tmp_path / "sharded"
    build(corpus_seeds, out, jobs=2, progress=False, config=small)
    shards = sorted(p.name for p in (out / "mentions").iterdir())
    assert len(shards) >= 2 and not (out / "mentions" / "train.parquet").exists()
    assert shards == [f"train-{i:05d}-of-{len(shards):05d}.parquet" for i in range(len(shards))]
    whole = pd.read_parquet(corpus_build[0] / "mentions" / "train.parquet")
    parts = pd.concat([pd.read_parquet(out / "mentions" / name) for name in shards], ignore_index=True)
    pd.testing.assert_frame_equal(parts, whole)
    assert verify(out) == [] and validate_dataset(out) == []
    again = tmp_path / "again"
    build(corpus_seeds, again, jobs=1, progress=False, config=small, executor="datatrove", tasks=2)
    assert tree_bytes(again) == tree_bytes(out)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import datasets

    assert datasets.load_dataset(str(out), "mentions", split="train").num_rows == len(whole)
    records = mlcroissant.Dataset(str(out / "croissant.json")).records(record_set="mentions")
    assert sum(1 for _ in records) == len(whole)


def test_a_global_cross_source_step_sees_every_source_before_writing(small_corpus, clean_build, tmp_path,
                                                                     monkeypatch):
    import imcovid.pipeline

    seen = []
    stories = imcovid.pipeline.global_grouping()  # the real step (imcovid.stories.group), counted

    def grouping(items):
        items = list(items)
        seen.append(len(items))
        return stories(items)

    monkeypatch.setattr(imcovid.pipeline, "global_grouping", lambda: grouping)
    build(small_corpus, tmp_path / "two-pass", jobs=2, progress=False)
    provenance = pd.read_parquet(clean_build / "provenance" / "train.parquet")
    with_article = provenance["article_ids"].map(len) > 0  # accepted articles and duplicates of one
    assert seen == [int(with_article.sum())]
    assert tree_bytes(tmp_path / "two-pass") == tree_bytes(clean_build)  # story columns filled in later: same bytes

    def one_story(items):
        return {article_id: ("0123456789abcdef", False) for article_id, _ in items}

    monkeypatch.setattr(imcovid.pipeline, "global_grouping", lambda: one_story)
    build(small_corpus, tmp_path / "grouped", jobs=1, progress=False)
    provenance = pd.read_parquet(tmp_path / "grouped" / "provenance" / "train.parquet")
    assert set(provenance.loc[provenance["status"] == "accepted", "story_id"]) == {"0123456789abcdef"}
    articles = pd.read_parquet(tmp_path / "grouped" / "articles" / "train.parquet")
    assert set(articles["story_id"]) == {"0123456789abcdef"} and not articles["canonical"].any()


@pytest.mark.slow
def test_benchmark_at_small_scale(tmp_path):
    """The benchmark's own checks on a few hundred replicated real posts (figures: benchmarks/build.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import build as bench

    speed = bench.bench_speed(tmp_path / "speed", 300)
    assert speed["jobs1_equals_jobs2"]
    incremental = bench.bench_incremental(tmp_path / "inc", 600, 2)
    for change in ("add", "change", "remove"):
        assert incremental[f"{change}_identical_to_clean"], change
        assert incremental[f"{change}_ratio"] < 0.6, incremental


def test_an_unusable_cache_folder_only_costs_the_speed_up(small_corpus, clean_build, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    build(small_corpus, tmp_path / "out", jobs=2, progress=False, cache_dir=blocker)
    assert tree_bytes(tmp_path / "out") == tree_bytes(clean_build)
    removed = tmp_path / "removed"
    build(small_corpus, tmp_path / "first", jobs=1, progress=False, cache_dir=removed)
    shutil.rmtree(removed)  # removed between two builds of one process: entries are written again
    build(small_corpus, tmp_path / "second", jobs=1, progress=False, cache_dir=removed)
    assert any(p.is_file() for p in removed.rglob("*"))
    assert tree_bytes(tmp_path / "second") == tree_bytes(clean_build)


# --- shards of blocks of sources: an incremental build re-encodes only what changed ----------------------------

def _blocks_of(names: list[str], config: BuildConfig) -> list[tuple[str, ...]]:
    from imcovid.pipeline import source_blocks
    from imcovid.process import Task

    tasks = [Task(name, name) for name in names]
    ends = source_blocks(tasks, config)
    return [tuple(names[a:b]) for a, b in zip([0, *ends], ends)]


def test_source_blocks_are_content_defined_and_local():
    config = BuildConfig(**{**load_config().model_dump(), "shard_sources": 30})
    names = [f"{i:06d}.txt" for i in range(2000)]
    blocks = _blocks_of(names, config)
    assert [name for block in blocks for name in block] == names  # every source once, in order
    assert 20 < len(blocks) < 200 and min(map(len, blocks[:-1])) >= 10
    for changed in (names[:700] + ["000700-added.txt"] + names[700:], names[:1200] + names[1201:]):
        after = _blocks_of(changed, config)
        assert len(set(blocks) - set(after)) <= 2, "one source added or removed moved more than its own cut"
    # A corpus under a third of shard_sources is one block: the seeds' build stays one file per config.
    assert len(_blocks_of(names[:9], config)) == 1
    assert len(_blocks_of(names[:9], load_config())) == 1


@pytest.fixture(scope="module")
def block_config() -> BuildConfig:
    return BuildConfig(**{**load_config().model_dump(), "shard_sources": 6})


def test_blocks_give_hub_named_shards_and_the_same_bytes_with_and_without_cache(small_corpus, block_config,
                                                                              tmp_path, monkeypatch):
    import datasets
    import imcovid.publish.parquet as parquet
    from imcovid.publish.release import verify
    from imcovid.validate import validate_dataset

    clean = tmp_path / "clean"
    build(small_corpus, clean, jobs=1, progress=False, config=block_config)
    for config in ("articles", "mentions", "provenance"):
        shards = sorted(p.name for p in (clean / config).iterdir())
        assert len(shards) >= 3 and shards == [f"train-{i:05d}-of-{len(shards):05d}.parquet" for i in range(len(shards))]
    assert verify(clean) == [] and validate_dataset(clean) == []
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert datasets.load_dataset(str(clean), "mentions", split="train").num_rows == \
        sum(len(pd.read_parquet(p)) for p in sorted((clean / "mentions").iterdir()))
    cache = tmp_path / "cache"
    build(small_corpus, tmp_path / "cold", jobs=2, progress=False, config=block_config, cache_dir=cache)
    assert tree_bytes(tmp_path / "cold") == tree_bytes(clean)
    assert any((cache / "shards").rglob("*")), "no shard was cached"
    encoded = []
    write_group = parquet.ConfigWriter._write_group

    def counting(self, table):
        encoded.append(self.config)
        return write_group(self, table)

    monkeypatch.setattr(parquet.ConfigWriter, "_write_group", counting)
    build(small_corpus, tmp_path / "warm", jobs=2, progress=False, config=block_config, cache_dir=cache)
    assert tree_bytes(tmp_path / "warm") == tree_bytes(clean)
    assert not {"articles", "mentions", "provenance"} & set(encoded), "an unchanged shard was encoded again"
    build(small_corpus, tmp_path / "dt", jobs=2, progress=False, config=block_config, cache_dir=cache,
          executor="datatrove", tasks=3)
    assert tree_bytes(tmp_path / "dt") == tree_bytes(clean)


def test_one_post_changed_re_encodes_its_block_only_and_equals_a_clean_build(small_corpus, block_config, tmp_path,
                                                                            monkeypatch):
    import imcovid.publish.parquet as parquet

    seeds = tmp_path / "seeds"
    shutil.copytree(small_corpus, seeds)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=2, progress=False, config=block_config, cache_dir=cache)
    opened = []
    open_shard = parquet.ConfigWriter._open_shard

    def counting(self):
        opened.append((self.config, self.part))
        return open_shard(self)

    monkeypatch.setattr(parquet.ConfigWriter, "_open_shard", counting)
    posts = sorted(p for p in seeds.iterdir() if p.suffix == ".txt")
    posts[5].write_bytes(posts[5].read_bytes().replace("的".encode(), "之".encode(), 1))
    build(seeds, tmp_path / "changed", jobs=2, progress=False, config=block_config, cache_dir=cache)
    per_config = Counter(config for config, _ in opened)
    assert per_config["mentions"] == 1 and per_config["provenance"] == 1, opened
    assert per_config["articles"] == 1, opened  # the edit leaves every story as it was
    (seeds / "zz-added.txt").write_bytes(posts[1].read_bytes() + b"\n<!-- another capture -->\n")
    posts[9].unlink()
    for jobs in (1, 2):
        shutil.rmtree(tmp_path / "cached", ignore_errors=True)
        build(seeds, tmp_path / "cached", jobs=jobs, progress=False, config=block_config, cache_dir=cache)
        shutil.rmtree(tmp_path / "clean", ignore_errors=True)
        build(seeds, tmp_path / "clean", jobs=1, progress=False, config=block_config)
        assert tree_bytes(tmp_path / "cached") == tree_bytes(tmp_path / "clean")


def test_a_damaged_shard_entry_is_encoded_again(small_corpus, block_config, tmp_path):
    cache = tmp_path / "cache"
    build(small_corpus, tmp_path / "first", jobs=1, progress=False, config=block_config, cache_dir=cache)
    entries = sorted(p for p in (cache / "shards").rglob("*") if p.is_file())
    for entry in entries[::2]:
        data = bytearray(entry.read_bytes())
        data[len(data) // 2] ^= 0xFF
        entry.write_bytes(bytes(data))
    build(small_corpus, tmp_path / "again", jobs=2, progress=False, config=block_config, cache_dir=cache)
    assert tree_bytes(tmp_path / "again") == tree_bytes(tmp_path / "first")


# --- global steps in proportion to what changed (release 9) ---------------------------------------------------

def test_panel_rows_merged_from_block_partials_equal_the_rows_of_all_evidence(tmp_path):
    """The measures and case_counts rows made from per-block partials (what a rebuild keeps per shard) are the rows
    made from all the evidence at once, whatever the cut into blocks; a key whose partials are known is not made."""
    from imcovid import panel
    from imcovid.pipeline import list_sources
    from imcovid.process import process

    config = load_config()
    evidence = []
    for task in list_sources(CORPUS.parents[1] / "real" / "raw", config)[:30]:
        evidence += process(task, config).panel_evidence
    assert sum(m["type"] == "MEASURE" for m in evidence) > 20 and sum(m["type"] == "CASE_COUNT" for m in evidence) > 5
    expected = {"measures": panel.measure_rows(evidence), "case_counts": panel.case_count_rows(evidence)}
    for cuts in ([len(evidence)], [7, len(evidence) // 2, len(evidence)], [*range(5, len(evidence), 5), len(evidence)]):
        paths: dict[str, list[Path]] = {name: [] for name in panel.KEYS}
        start = 0
        for number, end in enumerate(cuts):
            blobs = panel.block_partials(panel.evidence_rows(evidence[start:end]))
            for name, blob in blobs.items():
                path = tmp_path / f"{name}-{len(cuts)}-{number}.pickles"
                path.write_bytes(blob)
                paths[name].append(path)
            start = end
        for name in panel.KEYS:
            merged = list(panel.merged_rows(name, paths[name]))
            assert [row for _, row in merged] == expected[name]
            digests = [digest for digest, _ in merged]
            known = set(digests[::2])
            again = list(panel.merged_rows(name, paths[name], known=known))
            assert [digest for digest, _ in again] == digests
            assert [row is None for _, row in again] == [digest in known for digest in digests]


def test_record_runs_read_like_the_sorted_records_and_reuse_their_merged_buckets(tmp_path, monkeypatch):
    """A config's record hashes kept as per-block runs give the manifest the text json.dumps gives the sorted
    records (keys of every length and script, a key written twice: the last hash wins and it is reported), and a
    second release with the same runs takes every bucket's merged text from the cache."""
    import json

    from imcovid.publish.release import RecordRuns, record_run

    blocks = [[("b0-1", "h1"), ("a", "h2"), ("内蒙古/甲.txt", "h3"), ("a!x", "h4")],
              [("a0", "h5"), ("b0-1", "h6"), ('q"uote\\', "h7"), ("z", "h8")],
              [("b0-0", "h9"), ("a0", "h10")]]
    expected: dict[str, str] = {}
    for block in blocks:
        expected.update(block)
    cache = ResultCache(tmp_path / "cache")

    def runs(folder: Path) -> RecordRuns:
        folder.mkdir()
        records = RecordRuns(folder, "mentions", cache=cache, salt="test")
        for block in blocks:
            records.add_run(record_run(block))
        return records

    records = runs(tmp_path / "one")
    assert list(records.items()) == sorted(expected.items()) and len(records) == len(expected)
    assert records["b0-1"] == "h6" and records.duplicates() == ["a0", "b0-1"]
    text = json.dumps(dict(sorted(expected.items())), ensure_ascii=False, indent=4).replace("\n}", "\n   }")
    assert "".join(records.chunks()) == text

    def refuse(self, bucket):
        raise AssertionError(f"bucket {bucket!r} merged again")

    monkeypatch.setattr(RecordRuns, "_merged", refuse)
    again = runs(tmp_path / "two")
    assert "".join(again.chunks()) == text and again.duplicates() == ["a0", "b0-1"]


def test_a_rebuild_starts_no_pool_for_nothing_and_merges_only_what_changed(small_corpus, block_config, tmp_path,
                                                                         monkeypatch):
    import imcovid.pipeline
    from imcovid import panel
    from imcovid.pipeline import list_sources
    from imcovid.process import process
    from imcovid.publish.release import RecordRuns

    seeds = tmp_path / "seeds"
    shutil.copytree(small_corpus, seeds)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=2, progress=False, config=block_config, cache_dir=cache)
    forks, merged, made = pool_forks(monkeypatch), [], []
    merge = RecordRuns._merged
    monkeypatch.setattr(RecordRuns, "_merged", lambda self, bucket: merged.append(bucket) or merge(self, bucket))
    # Every key's row merged from its partials goes through panel._row_of_group (a key whose digest the memo knows
    # comes back without a row).
    of_group = panel._row_of_group
    monkeypatch.setattr(panel, "_row_of_group", lambda *args, **kwargs: (
        lambda out: made.append(out[1] is not None) or out)(of_group(*args, **kwargs)))
    build(seeds, tmp_path / "warm", jobs=2, progress=False, config=block_config, cache_dir=cache)
    assert forks == [] and merged == [] and made == []  # every bucket and both panel files copied
    assert tree_bytes(tmp_path / "warm") == tree_bytes(tmp_path / "first")
    # Another capture of a post with MEASURE or CASE_COUNT mentions: new bytes, so a new article id in its evidence.
    post = next(Path(task.path) for task in list_sources(seeds, block_config)
                if task.source_file.endswith(".txt") and process(task, block_config).panel_evidence)
    post.write_bytes(post.read_bytes() + b"\n<!-- a later capture -->\n")
    build(seeds, tmp_path / "changed", jobs=2, progress=False, config=block_config, cache_dir=cache)
    assert forks == []  # one source to process: processed in the main process (pipeline.INLINE_MISSES)
    assert 0 < len(set(merged)) <= 6, merged  # the changed post's article, its mentions and its provenance row
    panel_rows = sum(pd.read_parquet(path).shape[0] for name in panel.KEYS
                     for path in sorted((tmp_path / "changed" / name).glob("*.parquet")))
    assert 0 < sum(made) < panel_rows / 2, (sum(made), panel_rows)  # only the changed keys merged, most reused
    shutil.rmtree(tmp_path / "clean", ignore_errors=True)
    build(seeds, tmp_path / "clean", jobs=1, progress=False, config=block_config)
    assert tree_bytes(tmp_path / "changed") == tree_bytes(tmp_path / "clean")


def test_a_rebuilds_panel_from_changed_keys_and_cached_row_groups_equals_a_clean_build(small_corpus, block_config,
                                                                                      tmp_path, monkeypatch):
    """panel.write_changed: a rebuild merges only the keys whose partials changed and appends the unchanged row
    groups as cached; the files equal a clean build's, also when memo rows fail to load, memo rows cannot be carried
    over or cached row groups are damaged (each is then made again), and when too many keys changed (the streams
    are merged whole)."""
    from imcovid import cache as cache_module
    from imcovid import panel
    from imcovid.pipeline import list_sources
    from imcovid.process import process

    seeds = tmp_path / "seeds"
    shutil.copytree(small_corpus, seeds)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=1, progress=False, config=block_config, cache_dir=cache)
    posts = [Path(task.path) for task in list_sources(seeds, block_config)
             if task.source_file.endswith(".txt") and process(task, block_config).panel_evidence]
    used = []
    write_changed = panel.write_changed
    monkeypatch.setattr(panel, "write_changed", lambda *args: used.append(write_changed(*args)) or used[-1])

    def rebuild_equals_clean(post, label):
        post.write_bytes(post.read_bytes() + f"\n<!-- capture {label} -->\n".encode())
        build(seeds, tmp_path / label, jobs=1, progress=False, config=block_config, cache_dir=cache)
        shutil.rmtree(tmp_path / "clean", ignore_errors=True)
        build(seeds, tmp_path / "clean", jobs=1, progress=False, config=block_config)
        assert tree_bytes(tmp_path / label) == tree_bytes(tmp_path / "clean"), label

    rebuild_equals_clean(posts[0], "changed")
    assert used and all(used)  # both panel configs written from the changed keys
    get, carry = cache_module.RowMemo.get, cache_module.RowMemo.carry
    monkeypatch.setattr(cache_module.RowMemo, "get", lambda self, digest: None if int(digest, 16) % 2 else
                        get(self, digest))
    monkeypatch.setattr(cache_module.RowMemo, "carry", lambda self, digests: False if len(digests) % 2 else
                        carry(self, digests))
    shard_get = cache_module.ResultCache.get
    monkeypatch.setattr(cache_module.ResultCache, "get", lambda self, key: (
        lambda found: {**found, "arrow": b"damaged"} if isinstance(found, dict) and "arrow" in found
        and int(key, 16) % 3 == 0 else found)(shard_get(self, key)))
    rebuild_equals_clean(posts[-1], "damaged")
    monkeypatch.setattr(panel, "CHANGED_KEYS_MAX", 0)
    used.clear()
    rebuild_equals_clean(posts[len(posts) // 2], "many")
    assert used and not all(used)  # a config with changed keys: its streams merged whole (row groups cached)


def test_the_panel_row_memo_lives_on_disk_and_a_damaged_one_is_empty(tmp_path):
    """The panel's row memo (cache.RowMemo): what one build puts, the next reads; a damaged file only costs the
    speed-up; nothing of a build that failed replaces the previous memo."""
    from imcovid.cache import RowMemo

    path = tmp_path / "panel-rows" / "memo.sqlite"
    first = RowMemo(path)
    assert "d1" not in first
    first.put("d1", ({"id": "x", "ids": ["a", "b"]}, "h1"))
    first.commit()
    second = RowMemo(path)
    assert second["d1"] == ({"id": "x", "ids": ["a", "b"]}, "h1") and "d2" not in second
    second.put("d2", ({"id": "y"}, "h2"))
    second.discard()  # a failed build: the previous memo stays
    assert RowMemo(path)["d1"][1] == "h1"
    path.write_bytes(b"not a database")
    damaged = RowMemo(path)
    assert "d1" not in damaged
    damaged.put("d3", ({"id": "z"}, "h3"))
    damaged.commit()
    assert RowMemo(path)["d3"][1] == "h3"


def test_the_parsed_lexicon_is_kept_in_the_cache_and_a_damaged_copy_is_parsed_again(tmp_path, monkeypatch):
    """A worker's first new post loads jieba's lexicon from the build cache instead of parsing the dictionary
    (cache.load_lexicon); the copy holds the same lexicon, and a damaged copy, another build key or an unusable
    cache folder only cost the speed-up."""
    from imcovid.annotate import lexicon
    from imcovid.cache import load_lexicon

    reference = lexicon.parse(lexicon.dictionary_path())
    parses = []
    parse = lexicon.parse
    monkeypatch.setattr(lexicon, "parse", lambda path: parses.append(path) or parse(path))

    def fresh_process():
        monkeypatch.setattr(lexicon.COPY, "_copy", None)
        assert not lexicon.loaded()

    fresh_process()
    assert load_lexicon(tmp_path, "key") is False and len(parses) == 1
    assert lexicon._lexicon() == reference and lexicon.loaded()
    assert load_lexicon(tmp_path, "key") is False and len(parses) == 1  # loaded already: nothing read or parsed
    stored = [p for p in (tmp_path / "lexicon").rglob("*") if p.is_file()]
    assert len(stored) == 1
    fresh_process()
    assert load_lexicon(tmp_path, "key") is True and len(parses) == 1
    assert lexicon._lexicon() == reference and lexicon.is_common_word("方面") and not lexicon.is_common_word("马晓伟")
    data = bytearray(stored[0].read_bytes())
    data[-100] ^= 0xFF
    stored[0].write_bytes(bytes(data))
    fresh_process()
    assert load_lexicon(tmp_path, "key") is False and len(parses) == 2 and lexicon._lexicon() == reference
    fresh_process()
    assert load_lexicon(tmp_path, "key") is True and len(parses) == 2  # the damaged copy was replaced
    fresh_process()
    assert load_lexicon(tmp_path, "another build") is False and len(parses) == 3
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    fresh_process()
    assert load_lexicon(blocker, "key") is False and lexicon._lexicon() == reference
    fresh_process()
    with pytest.raises(TypeError):
        lexicon.install({"words": {}})


def test_the_parsed_measure_model_is_kept_in_the_cache_keyed_by_its_weights(tmp_path, monkeypatch):
    """A worker's first new post installs the MEASURE model from the build cache (cache.load_measure_model) instead
    of parsing the weights file: the stored copy proposes the same codes with the same scores; a damaged copy, other
    weights (retrained: another file's bytes) or another build key are parsed again, never served."""
    import numpy as np

    from imcovid.annotate import measure_model as mm
    from imcovid.cache import load_measure_model

    reference = mm.parse_shipped()
    parses = []
    monkeypatch.setattr(mm, "parse_shipped", lambda: parses.append(1) or reference)

    def fresh_process():
        monkeypatch.setattr(mm.COPY, "_copy", None)
        assert not mm.loaded()

    statement = "全市中小学暂停线下教学，实行居家隔离和全员核酸检测"
    spans = [(0, 11), (12, len(statement))]
    fresh_process()
    assert load_measure_model(tmp_path, "key") is False and len(parses) == 1
    fresh_process()
    assert load_measure_model(tmp_path, "key") is True and len(parses) == 1
    served = mm.model()
    assert served is not reference and served.codes == reference.codes
    assert np.array_equal(served.keys, reference.keys) and np.array_equal(served.rows, reference.rows)
    assert np.array_equal(served.scores(statement, spans), reference.scores(statement, spans))
    assert served.propose(statement, spans) == reference.propose(statement, spans)
    assert load_measure_model(tmp_path, "key") is False and len(parses) == 1  # loaded already: nothing read
    stored = [p for p in (tmp_path / "models").rglob("*") if p.is_file()]
    assert len(stored) == 1
    data = bytearray(stored[0].read_bytes())
    data[-50] ^= 0xFF
    stored[0].write_bytes(bytes(data))
    fresh_process()
    assert load_measure_model(tmp_path, "key") is False and len(parses) == 2 and mm.model() is reference
    fresh_process()
    assert load_measure_model(tmp_path, "another build") is False and len(parses) == 3
    shipped = mm.model_bytes()
    monkeypatch.setattr(mm, "model_bytes", lambda: shipped + b"# retrained\n")
    fresh_process()
    assert load_measure_model(tmp_path, "key") is False and len(parses) == 4
    fresh_process()
    with pytest.raises(TypeError):
        mm.install({"codes": ()})


def test_card_statistics_counted_per_file_and_kept_by_sha256_equal_one_pass(corpus_build, tmp_path):
    """The card's figures are counted file by file, each file's counts kept in the build's metadata cache under its
    sha256: the same figures (and the same order of each count's values) as counting every file afresh, whether
    the counts come from the cache, are damaged there, or are made for the first time."""
    from imcovid.hashing import sha256_file
    from imcovid.publish import card
    from imcovid.publish.parquet import data_files
    from imcovid.config import CONFIG_NAMES

    def shown(stats):
        return {k: list(v.items()) if hasattr(v, "items") else v for k, v in stats.items()}

    corpus_build = corpus_build[0]

    known = {p.relative_to(corpus_build).as_posix(): sha256_file(p)
             for name in CONFIG_NAMES for p in data_files(corpus_build, name)}
    cache = ResultCache(tmp_path / "metadata")
    fresh = shown(card.statistics(corpus_build))
    assert fresh["n_articles"] > 10 and fresh["n_mentions"] > 100
    assert shown(card.statistics(corpus_build, cache=cache, known=known, salt="k")) == fresh
    entries = sorted(p for p in (tmp_path / "metadata").rglob("*") if p.is_file())
    assert len(entries) == 3  # one per file of articles, provenance, mentions
    calls = []
    monkey = card._PARTS.copy()
    try:
        card._PARTS.update({name: (lambda f: lambda path: calls.append(path) or f(path))(f) for name, f in monkey.items()})
        assert shown(card.statistics(corpus_build, cache=cache, known=known, salt="k")) == fresh and calls == []
        entries[0].write_bytes(entries[0].read_bytes()[:-5])
        assert shown(card.statistics(corpus_build, cache=cache, known=known, salt="k")) == fresh and len(calls) == 1
    finally:
        card._PARTS.update(monkey)


def test_read_small_reads_whole_files_heads_and_refuses_large_or_missing_ones(tmp_path):
    from imcovid.cache import read_small

    path = tmp_path / "f"
    path.write_bytes(b"x" * 100_000)
    assert read_small(str(path), 100_000) == b"x" * 100_000
    assert read_small(str(path), 99_999) is None
    assert read_small(str(path), 1 << 30, first=10) == b"x" * 10
    assert read_small(str(path), 1 << 30, first=200_000) == b"x" * 100_000
    assert read_small(str(tmp_path / "missing"), 10) is None
    assert read_small(str(tmp_path), 1 << 30) is None  # a folder cannot be read
    (tmp_path / "empty").write_bytes(b"")
    assert read_small(str(tmp_path / "empty"), 0) == b""


def test_the_newest_sources_are_looked_up_first_and_the_output_is_the_same(small_corpus, tmp_path, monkeypatch):
    """A rebuild looks up the sources modified last before the others (pipeline._newest), so that the pool forked for
    a new post starts on it while the rest are looked up; the dataset is the same bytes as a clean build's."""
    import os

    import imcovid.pipeline
    from imcovid.pipeline import _newest, list_sources

    seeds = tmp_path / "seeds"
    shutil.copytree(small_corpus, seeds)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=2, progress=False, cache_dir=cache)
    sources = list_sources(seeds, load_config())
    for number, task in enumerate(sources):
        os.utime(task.path, ns=(1_000_000_000 * (1000 + number), 1_000_000_000 * (1000 + number)))
    added = seeds / "0-added-first-in-the-listing.txt"
    added.write_bytes(Path(sources[1].path).read_bytes() + b"\n<!-- added -->\n")
    changed = Path(sources[5].path)
    changed.write_bytes(changed.read_bytes() + b"\n<!-- changed -->\n")
    os.utime(changed, ns=(4 * 10**18, 4 * 10**18))  # the newest of all (2096)
    sources = list_sources(seeds, load_config())
    newest = _newest(sources, 2)
    assert [sources[i].path for i in newest] == [str(changed), str(added)]
    early = []
    newest_of = imcovid.pipeline._newest
    monkeypatch.setattr(imcovid.pipeline, "_newest", lambda tasks, count: early.extend(newest_of(tasks, count))
                        or newest_of(tasks, count))
    build(seeds, tmp_path / "cached", jobs=2, progress=False, cache_dir=cache)
    assert len(early) == 2
    build(seeds, tmp_path / "clean", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "cached") == tree_bytes(tmp_path / "clean")

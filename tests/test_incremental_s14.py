"""Issue 16, session 14: a one-post rebuild's fixed costs — the card counts the shards it wrote again without
importing ``pyarrow.compute``, the lookup index is not written again for a few changed sources, a cached block's
record-hash run and panel partials are left in a blob store and read only when needed — and every rebuild (first,
middle and last post; one and two jobs; damaged or missing blobs; a damaged index; a racy stamp) byte-identical to a
clean build."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from imcovid import pipeline
from imcovid.cache import BlobStore, LookupIndex, ResultCache, stamp_of
from imcovid.pipeline import build
from imcovid.publish import card

from test_incremental_s9 import posts  # noqa: F401 — the same eight real posts (a module-scoped fixture)
from test_scale import tree_bytes


# --- the card's counts without pyarrow.compute -------------------------------------------------------------------

def _reference_count(counter: Counter, column, name=lambda value: value) -> None:
    """The counting of release 18.0.0 (pyarrow.compute.value_counts), the reference the Python counting must equal."""
    import pyarrow.compute as pc

    counts = pc.value_counts(column)
    for value, n in zip(counts.field("values").to_pylist(), counts.field("counts").to_pylist()):
        counter[name(value)] += n


def _reference_articles(path: Path) -> dict:
    import pyarrow.compute as pc

    part = {"n_articles": 0, "chars_total": 0, "platforms": Counter(), "outlets": Counter(), "flags": Counter(),
            "months": Counter(), "stories": set(), "chars": [], "dates": []}
    for table in card._row_groups(path, card._ARTICLE_COLUMNS):
        part["n_articles"] += table.num_rows
        _reference_count(part["platforms"], table["platform"], lambda value: value or "(unknown)")
        published = table["published_date_local"]
        _reference_count(part["months"], pc.strftime(published, format="%Y-%m"), lambda value: value or "(no date)")
        part["stories"].update(story or article for story, article in zip(table["story_id"].to_pylist(),
                                                                            table["id"].to_pylist()))
        _reference_count(part["outlets"], pc.list_flatten(table["original_outlets"]))
        _reference_count(part["flags"], pc.list_flatten(table["flags"]))
        if table.num_rows:
            lengths = pc.min_max(table["n_chars"])
            part["chars"] += [lengths["min"].as_py(), lengths["max"].as_py()]
            part["chars_total"] += pc.sum(table["n_chars"]).as_py() or 0
        if published.null_count < table.num_rows:
            span = pc.min_max(published)
            part["dates"] += [span["min"].as_py(), span["max"].as_py()]
    return part


def _reference_provenance(path: Path) -> dict:
    import pyarrow.compute as pc

    statuses: Counter = Counter()
    selection: Counter = Counter()
    for table in card._row_groups(path, ["status", "origins"]):
        _reference_count(statuses, table["status"])
        accepted = table.filter(pc.equal(table["status"], "accepted"))
        for origins in accepted["origins"].to_pylist():
            focus = {o["focus"] for o in origins or []}
            selection["focus" if "focus" in focus else "mention" if focus else "not harvested (first seeds)"] += 1
    return {"statuses": statuses, "selection": selection}


def _ordered(part: dict) -> dict:
    """A part with each Counter as its items in order (the card lists values in the order they first occur)."""
    return {name: list(value.items()) if isinstance(value, Counter) else value for name, value in part.items()}


_DAY = datetime.date
_ARTICLE_ROWS = {
    "ordinary": [
        {"id": "a1", "story_id": "s1", "platform": "ZAKER", "original_outlets": ["新华社", "人民日报"],
         "flags": ["short"], "n_chars": 120, "published_date_local": _DAY(2022, 3, 5)},
        {"id": "a2", "story_id": None, "platform": "36kr", "original_outlets": ["新华社"], "flags": [],
         "n_chars": 800, "published_date_local": _DAY(2021, 12, 31)},
        {"id": "a3", "story_id": "s1", "platform": "ZAKER", "original_outlets": [], "flags": ["short", "tail"],
         "n_chars": 64, "published_date_local": _DAY(2022, 3, 6)},
    ],
    # Nulls everywhere they may be: an unknown platform, no date, null lists, a null element in a list, no length.
    "nulls": [
        {"id": "b1", "story_id": None, "platform": None, "original_outlets": None, "flags": None, "n_chars": None,
         "published_date_local": None},
        {"id": "b2", "story_id": "s2", "platform": "", "original_outlets": [None, "澎湃新闻"], "flags": ["x"],
         "n_chars": 50, "published_date_local": _DAY(2022, 11, 1)},
        {"id": "b3", "story_id": "s2", "platform": "ZAKER", "original_outlets": ["澎湃新闻"], "flags": None,
         "n_chars": None, "published_date_local": None},
    ],
    "all null": [
        {"id": "c1", "story_id": None, "platform": None, "original_outlets": None, "flags": None, "n_chars": None,
         "published_date_local": None},
    ],
    # A year below 1000: Arrow's %Y pads it to four digits.
    "early year": [
        {"id": "d1", "story_id": None, "platform": "p", "original_outlets": ["o"], "flags": [], "n_chars": 1,
         "published_date_local": _DAY(999, 1, 2)},
    ],
    "empty": [],
}
_ARTICLE_SCHEMA = pa.schema([("id", pa.string()), ("story_id", pa.string()), ("platform", pa.string()),
                             ("original_outlets", pa.list_(pa.string())), ("flags", pa.list_(pa.string())),
                             ("n_chars", pa.int64()), ("published_date_local", pa.date32())])


@pytest.mark.parametrize("case", sorted(_ARTICLE_ROWS))
def test_the_articles_counts_equal_those_of_pyarrow_compute(tmp_path, case):
    path = tmp_path / "articles.parquet"
    rows = _ARTICLE_ROWS[case]
    # Two row groups when there are rows enough: the counts are added group by group.
    pq.write_table(pa.Table.from_pylist(rows, schema=_ARTICLE_SCHEMA), path, row_group_size=2)
    assert _ordered(card._articles_part(path)) == _ordered(_reference_articles(path))


_ORIGINS = pa.list_(pa.struct([("focus", pa.string())]))


@pytest.mark.parametrize("statuses, origins", [
    (["accepted", "rejected", "accepted", "duplicate", "accepted"],
     [[{"focus": "focus"}], None, [{"focus": "mention"}, {"focus": None}], [{"focus": "focus"}], []]),
    ([None, "accepted", None], [[{"focus": "focus"}], None, None]),  # a null status is not accepted
    ([], []),
])
def test_the_provenance_counts_equal_those_of_pyarrow_compute(tmp_path, statuses, origins):
    path = tmp_path / "provenance.parquet"
    table = pa.table({"status": pa.array(statuses, pa.string()), "origins": pa.array(origins, _ORIGINS)})
    pq.write_table(table, path, row_group_size=2)
    assert _ordered(card._provenance_part(path)) == _ordered(_reference_provenance(path))


def test_the_mention_types_count_in_first_occurrence_order(tmp_path):
    path = tmp_path / "mentions.parquet"
    types = ["ORG", "PERSON", None, "ORG", "GPE", "PERSON", "DATE", None, "ORG"]
    pq.write_table(pa.table({"type": pa.array(types, pa.string())}), path, row_group_size=4)
    expected: Counter = Counter()
    for group in card._row_groups(path, ["type"]):
        _reference_count(expected, group.column(0))
    assert list(card._mentions_part(path)["mention_types"].items()) == list(expected.items())


# Run in a fresh process, so that what it loads shows.
_FRESH = """
import json, sys
from pathlib import Path
from imcovid.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, progress=False, cache_dir=Path(sys.argv[3]))
print(json.dumps({name: name in sys.modules for name in ("pyarrow.compute", "pandas")}))
"""


def test_a_one_post_rebuild_imports_no_compute_module(posts, tmp_path):
    """A post added (a copy of one whose text the memos hold): the card counts the block's shards written again in
    Python; pyarrow.compute is not imported (0.03 CPU-s), and the rebuild equals a clean build."""
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(tmp_path / "out-0"), str(cache)], check=True,
                   capture_output=True)
    first = sorted(seeds.iterdir())[0]
    (seeds / "zz-added.md").write_bytes(first.read_bytes() + b"\n<!-- added -->\n")
    done = subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(tmp_path / "out-1"), str(cache)],
                          check=True, capture_output=True, text=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"pyarrow.compute": False, "pandas": False}
    build(seeds, tmp_path / "clean", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "out-1") == tree_bytes(tmp_path / "clean")


# --- the lookup index kept as it was for a few changed sources ---------------------------------------------------

def _index_file(cache: Path) -> Path:
    files = [p for p in (cache / "lookups").rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert len(files) == 1
    return files[0]


def test_the_index_is_written_again_only_past_its_stale_share(tmp_path, monkeypatch):
    from imcovid import cache as cache_module

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    sources = []
    for number in range(200):
        path = tmp_path / f"{number:03d}.txt"
        path.write_bytes(b"x" * number)
        sources.append((str(path), stamp_of(os.stat(path))))
    index = LookupIndex(tmp_path / "cache", "key")
    for path, stamp in sources:
        index.record(path, stamp, f"sha-{path}", ("head",))
    index.save()
    stored = _index_file(tmp_path / "cache").read_bytes()

    # One source rewritten (its old entry dropped, its new one recorded) and one gone: three entries differ, not
    # more than 199 // 64 = 3: the index is left as it was.
    index = LookupIndex(tmp_path / "cache", "key")
    for path, stamp in sources[:-2]:
        assert index.get(path, stamp) is not None
    index.record(sources[-1][0], (0, 0, 0, 0, 0), "sha-new", ("head",))
    index.save()
    assert _index_file(tmp_path / "cache").read_bytes() == stored

    # Four gone (more than 196 // 64 = 3 differ): written again, without them.
    index = LookupIndex(tmp_path / "cache", "key")
    for path, stamp in sources[:-4]:
        assert index.get(path, stamp) is not None
    index.save()
    again = LookupIndex(tmp_path / "cache", "key")
    assert again.get(*sources[0]) is not None and again.get(*sources[-4]) is None


def _reads(monkeypatch) -> list[str]:
    reads = []
    real = pipeline.read_small
    monkeypatch.setattr(pipeline, "read_small", lambda path, *a, **k: reads.append(path) or real(path, *a, **k))
    return reads


def test_a_stale_index_entry_never_serves_and_every_rebuild_equals_a_clean_build(posts, tmp_path, monkeypatch):
    """An index not written again after a change (STALE_SHARE 1 here: written only when every entry differs) still holds the changed post's old stamp
    and sha256: the post is read again by every later rebuild (its stamp differs), also once its old bytes are put
    back, and each rebuild equals a clean build."""
    from imcovid import cache as cache_module

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    monkeypatch.setattr(cache_module, "STALE_SHARE", 1)
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache)
    build(seeds, tmp_path / "warm", jobs=1, progress=False, cache_dir=cache)  # the index is recorded
    stored = _index_file(cache).read_bytes()
    post = sorted(seeds.iterdir())[3]
    original = post.read_bytes()
    post.write_bytes(original + b"\n<!-- changed -->\n")
    reads = _reads(monkeypatch)
    for attempt, content in enumerate([None, None, original]):
        if content is not None:
            post.write_bytes(content)
        reads.clear()
        build(seeds, tmp_path / f"re-{attempt}", jobs=1, progress=False, cache_dir=cache)
        assert _index_file(cache).read_bytes() == stored  # one post of eight changed: not more than 7 // 1
        assert str(post) in reads
        build(seeds, tmp_path / f"clean-{attempt}", jobs=1, progress=False)
        assert tree_bytes(tmp_path / f"re-{attempt}") == tree_bytes(tmp_path / f"clean-{attempt}")


def test_a_small_corpus_writes_its_index_after_one_change(posts, tmp_path, monkeypatch):
    """Eight sources: one changed is more than 7 // 64 = 0 entries, so the index is written again (the post's old
    entry dropped); the next rebuild reads that post alone (a miss is not recorded, its hit then is)."""
    from imcovid import cache as cache_module

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache)
    build(seeds, tmp_path / "warm", jobs=1, progress=False, cache_dir=cache)
    stored = _index_file(cache).read_bytes()
    post = sorted(seeds.iterdir())[5]
    post.write_bytes(post.read_bytes() + b"\n<!-- changed -->\n")
    build(seeds, tmp_path / "re", jobs=1, progress=False, cache_dir=cache)
    assert _index_file(cache).read_bytes() != stored
    reads = _reads(monkeypatch)
    build(seeds, tmp_path / "again", jobs=1, progress=False, cache_dir=cache)
    assert reads == [str(post)]


# --- every rebuild equals a clean build ---------------------------------------------------------------------------

def _change(seeds: Path, how: str) -> None:
    names = sorted(p.name for p in seeds.iterdir())
    first, middle, last = names[0], names[len(names) // 2], names[-1]
    if how == "add first":
        (seeds / ("0" + first)).write_bytes((seeds / middle).read_bytes() + b"\n<!-- added -->\n")
    elif how == "change middle":
        (seeds / middle).write_bytes((seeds / middle).read_bytes() + b"\n<!-- changed -->\n")
    elif how == "remove last":
        (seeds / last).unlink()
    elif how == "add last":
        (seeds / ("zz" + last)).write_bytes((seeds / first).read_bytes() + b"\n<!-- added -->\n")


def _small_blocks():
    """Blocks of two to eight sources: the eight posts make several, so a rebuild copies some and writes others."""
    from imcovid.config import BuildConfig, load_config

    return BuildConfig(**{**load_config().model_dump(), "shard_sources": 6})


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("how", ["add first", "change middle", "remove last", "add last"])
def test_every_one_post_rebuild_equals_a_clean_build(posts, tmp_path, how, jobs):
    seeds, cache, config = tmp_path / "seeds", tmp_path / "cache", _small_blocks()
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=jobs, progress=False, cache_dir=cache, config=config)
    build(seeds, tmp_path / "warm", jobs=jobs, progress=False, cache_dir=cache, config=config)
    _change(seeds, how)
    build(seeds, tmp_path / "re", jobs=jobs, progress=False, cache_dir=cache, config=config)
    build(seeds, tmp_path / "clean", jobs=jobs, progress=False, config=config)
    assert tree_bytes(tmp_path / "re") == tree_bytes(tmp_path / "clean")


# --- a cached block's record-hash run and panel partials left in the blob store ---------------------------------

def _blobs(cache: Path) -> list[Path]:
    return sorted(p for p in (cache / "shards" / "blobs").rglob("*") if p.is_file())


def _blob_reads(monkeypatch) -> list[str]:
    """The blobs read back whole (panel partials) and the files the manifest reads run pieces from."""
    from imcovid.publish import release

    read = []
    real_checked = BlobStore.read_checked
    monkeypatch.setattr(BlobStore, "read_checked", lambda self, sha: read.append(sha) or
                        real_checked(self, sha))
    real_merged = release.RecordRuns._merged

    def merged(self, bucket):
        read.extend(str(path) for path, index in self._runs if bucket in index and "blobs" in str(path))
        return real_merged(self, bucket)

    monkeypatch.setattr(release.RecordRuns, "_merged", merged)
    return read


def test_a_rebuild_that_changed_nothing_reads_no_blob(posts, tmp_path, monkeypatch):
    seeds, cache, config = tmp_path / "seeds", tmp_path / "cache", _small_blocks()
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache, config=config)
    assert len(_blobs(cache)) >= 6  # several blocks: runs of mentions, articles, provenance; panel streams
    read = _blob_reads(monkeypatch)
    build(seeds, tmp_path / "warm", jobs=1, progress=False, cache_dir=cache, config=config)
    assert read == []
    assert tree_bytes(tmp_path / "warm") == tree_bytes(tmp_path / "cold")


@pytest.mark.parametrize("how", ["add first", "change middle", "remove last"])
def test_damaged_blobs_are_removed_and_the_rebuild_equals_a_clean_build(posts, tmp_path, monkeypatch, how):
    """Every blob damaged (a byte flipped: the entries that name them still pass their checks), then one post
    changed: the blobs the rebuild reads fail their checks, it writes everything again without the shard cache
    (one more pass over the cached results) and equals a clean build; the damaged blobs it read are gone, and the
    next rebuild equals a clean build too."""
    seeds, cache, config = tmp_path / "seeds", tmp_path / "cache", _small_blocks()
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache, config=config)
    damaged = _blobs(cache)
    for blob in damaged:
        data = bytearray(blob.read_bytes())
        data[len(data) // 2] ^= 0x01
        blob.write_bytes(bytes(data))
    passes = []
    real = pipeline._run_stage_local
    monkeypatch.setattr(pipeline, "_run_stage_local", lambda *a, **k: passes.append(1) or real(*a, **k))
    _change(seeds, how)
    build(seeds, tmp_path / "re", jobs=1, progress=False, cache_dir=cache, config=config)
    assert len(passes) == 2, "no damaged blob was read"
    build(seeds, tmp_path / "clean", jobs=1, progress=False, config=config)
    assert tree_bytes(tmp_path / "re") == tree_bytes(tmp_path / "clean")
    assert any(not blob.exists() for blob in damaged)
    passes.clear()
    build(seeds, tmp_path / "again", jobs=1, progress=False, cache_dir=cache, config=config)
    assert tree_bytes(tmp_path / "again") == tree_bytes(tmp_path / "clean")


def test_an_entry_whose_blobs_are_gone_is_a_miss(posts, tmp_path):
    """The blobs removed (a cache pruned by hand): every block is written again from its results and stores them."""
    seeds, cache, config = tmp_path / "seeds", tmp_path / "cache", _small_blocks()
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache, config=config)
    shutil.rmtree(cache / "shards" / "blobs")
    _change(seeds, "change middle")
    build(seeds, tmp_path / "re", jobs=1, progress=False, cache_dir=cache, config=config)
    assert _blobs(cache)
    build(seeds, tmp_path / "clean", jobs=1, progress=False, config=config)
    assert tree_bytes(tmp_path / "re") == tree_bytes(tmp_path / "clean")


def test_a_damaged_index_and_a_racy_stamp_give_a_clean_build(posts, tmp_path, monkeypatch):
    """The index damaged (its checksum fails: empty), then a post rewritten inside the racy window (not recorded):
    each rebuild equals a clean build."""
    from imcovid import cache as cache_module

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache)
    build(seeds, tmp_path / "warm", jobs=1, progress=False, cache_dir=cache)
    entry = _index_file(cache)
    data = bytearray(entry.read_bytes())
    data[-3] ^= 0xFF
    entry.write_bytes(bytes(data))
    assert not isinstance(ResultCache(entry.parent.parent).get(entry.name), dict)
    reads = _reads(monkeypatch)
    build(seeds, tmp_path / "re", jobs=1, progress=False, cache_dir=cache)
    assert len(reads) >= 8, "a damaged index served sources"
    assert tree_bytes(tmp_path / "re") == tree_bytes(tmp_path / "warm")

    monkeypatch.setattr(cache_module, "RACY_NS", 3600 * 10**9)
    post = sorted(seeds.iterdir())[0]
    post.write_bytes(post.read_bytes() + b"\n<!-- racy -->\n")
    build(seeds, tmp_path / "racy", jobs=1, progress=False, cache_dir=cache)
    reads.clear()
    build(seeds, tmp_path / "racy-2", jobs=1, progress=False, cache_dir=cache)
    assert str(post) in reads  # not recorded inside the racy window: read again
    build(seeds, tmp_path / "clean", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "racy-2") == tree_bytes(tmp_path / "clean")


@pytest.mark.parametrize("damage", ["flipped", "missing"])
def test_a_run_read_from_a_damaged_or_missing_blob_raises(tmp_path, damage):
    """RecordRuns checks each piece it reads against its index: a blob flipped or removed since (by another build
    that found it damaged) is a DamagedRun, which the build answers by writing again without the shard cache."""
    from imcovid.publish.release import DamagedRun, RecordRuns, record_run, run_bytes

    run = record_run([("k1", "h1"), ("k2", "h2"), ("x9", "h3")])
    data, index = run_bytes(run)
    blob = tmp_path / "blob"
    blob.write_bytes(data)
    intact = RecordRuns(tmp_path, "mentions")
    intact.add_spilled((str(blob), index))
    assert list(intact.items()) == [("k1", "h1"), ("k2", "h2"), ("x9", "h3")]
    if damage == "flipped":
        blob.write_bytes(data[:-2] + bytes([data[-2] ^ 1]) + data[-1:])
    else:
        blob.unlink()
    runs = RecordRuns(tmp_path, "mentions")
    runs.add_spilled((str(blob), index))
    with pytest.raises(DamagedRun):
        runs.duplicates()


# --- interrupts and errors in the block writer (review 2) --------------------------------------------------------

def test_an_interrupted_blob_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    """Ctrl-C or SIGTERM (a KeyboardInterrupt) between the write and the rename: the interrupt goes on, and no
    ``<sha>.tmp-<pid>`` is left in the cache (nothing else would ever remove it)."""
    import hashlib

    store = BlobStore(tmp_path / "blobs")
    data = b"partials"
    sha = hashlib.sha256(data).hexdigest()

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.put(sha, data)
    assert [p.name for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == []
    monkeypatch.undo()
    assert store.put(sha, data) and store.read_checked(sha) == data


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_an_error_after_the_mentions_writer_closed_is_the_one_raised(posts, tmp_path, monkeypatch, error):
    """A full scratch disk or Ctrl-C while a block's panel partials are spilled (after its mentions writer closed):
    the build raises that error, not an AttributeError from closing the writer a second time, and --out is not
    made."""
    from imcovid import panel

    def fails(*args, **kwargs):
        raise error

    monkeypatch.setattr(panel, "block_partials", fails)
    with pytest.raises(type(error)) as raised:
        build(posts, tmp_path / "out", jobs=1, progress=False, cache_dir=tmp_path / "cache", config=_small_blocks())
    assert raised.value is error
    assert not (tmp_path / "out").exists()

"""Issue 16, session 17: what a one-post rebuild reads and writes of the release manifest and the card.

* :class:`imcovid.publish.release.RecordRuns` resolves a cached bucket from its entry's head (count, duplicates) and
  reads its text once, when the manifest is written, as UTF-8 bytes; an entry lost or damaged in between is merged
  again from the runs (the same bytes).
* :func:`imcovid.publish.release.write_manifest` hashes the bytes it writes; SHA256SUMS takes that hash.
* :func:`imcovid.publish.card._yaml_header` keeps the card's YAML block as finished text keyed by ``repr`` of its
  dict.

Every rebuild (a post added, changed or removed at first, middle, last; one and two jobs; bucket texts missing from
the cache) equals a clean build byte for byte."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
import yaml

from imcovid.cache import ResultCache
from imcovid.pipeline import build
from imcovid.publish import card, release
from imcovid.publish.release import RecordRuns, record_run

from test_incremental_s9 import posts  # noqa: F401 — the same eight real posts (a module-scoped fixture)
from test_incremental_s14 import _change, _small_blocks
from test_scale import tree_bytes

BLOCKS = [[("b0-1", "h1"), ("a", "h2"), ("内蒙古/甲.txt", "h3"), ("a!x", "h4")],
          [("a0", "h5"), ("b0-1", "h6"), ('q"uote\\', "h7"), ("z", "h8")],
          [("b0-0", "h9"), ("a0", "h10")]]


def _runs(folder: Path, cache) -> RecordRuns:
    folder.mkdir()
    records = RecordRuns(folder, "mentions", cache=cache, salt="test")
    for block in BLOCKS:
        records.add_run(record_run(block))
    return records


def _expected_text() -> str:
    expected: dict[str, str] = {}
    for block in BLOCKS:
        expected.update(block)
    return json.dumps(dict(sorted(expected.items())), ensure_ascii=False, indent=4).replace("\n}", "\n   }")


def test_cached_buckets_are_resolved_from_their_heads_and_their_text_read_once(tmp_path, monkeypatch):
    cache = ResultCache(tmp_path / "cache")
    first = _runs(tmp_path / "one", cache)
    assert "".join(first.chunks()) == _expected_text()
    reads: list[str] = []
    get = ResultCache.get
    monkeypatch.setattr(ResultCache, "get", lambda self, key: reads.append(key) or get(self, key))
    again = _runs(tmp_path / "two", cache)
    assert again.duplicates() == ["a0", "b0-1"] and len(again) == 8
    assert reads == []  # counts and duplicates from the heads: no bucket's text read yet
    assert b"".join(again.byte_chunks()) == _expected_text().encode("utf-8")
    assert len(reads) == len(set(reads)) == len(again._buckets())  # each text read once, for the manifest


@pytest.mark.parametrize("damage", ["removed", "truncated", "body flipped"])
def test_a_bucket_entry_lost_after_its_head_was_read_is_merged_again(tmp_path, damage):
    cache = ResultCache(tmp_path / "cache")
    "".join(_runs(tmp_path / "one", cache).chunks())
    again = _runs(tmp_path / "two", cache)
    again.duplicates()  # resolved from the heads
    for bucket in again._buckets():
        path = cache._path(again._bucket_key(bucket))
        data = path.read_bytes()
        if damage == "removed":
            path.unlink()
        elif damage == "truncated":
            path.write_bytes(data[:-3])
        else:
            path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    assert "".join(again.chunks()) == _expected_text()


def test_an_entry_of_the_earlier_layout_is_a_miss_not_a_wrong_text(tmp_path):
    """An entry whose head is not (count, duplicates) — e.g. one stored under this key by other code — is merged
    again and stored in this layout."""
    cache = ResultCache(tmp_path / "cache")
    records = _runs(tmp_path / "one", cache)
    for bucket in records._buckets():
        cache.put(records._bucket_key(bucket), (1, [], b"wrong"))
    assert "".join(records.chunks()) == _expected_text()
    again = _runs(tmp_path / "two", cache)
    assert "".join(again.chunks()) == _expected_text()


def test_the_manifest_is_hashed_as_written(tmp_path):
    cache = ResultCache(tmp_path / "cache")
    records = _runs(tmp_path / "runs", cache)
    manifest = {"dataset": "IMCOVID", "version": "1.0.0", "files": {"a/甲.parquet": {"sha256": "0" * 64, "size": 1}},
                "configs": {"mentions": {"count": len(records), "records": records}}}
    path = tmp_path / "v1.0.0.json"
    written = release.write_manifest(path, manifest)
    data = path.read_bytes()
    assert written == (hashlib.sha256(data).hexdigest(), len(data))
    assert data.decode("utf-8") == release.dump_manifest(manifest)
    assert json.loads(data)["configs"]["mentions"]["records"] == dict(records.items())


def test_the_card_yaml_block_comes_from_the_cache_under_the_repr_of_its_dict(tmp_path, monkeypatch):
    cache = ResultCache(tmp_path / "metadata")
    meta = {"pretty_name": "甲", "n": 1, "flags": [True, None, 1.5], "configs": [{"name": "a", "rows": 3}]}
    made = card._yaml_header(meta, cache, "salt")
    assert made == yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=120)
    dumps: list[dict] = []
    dump = yaml.safe_dump
    monkeypatch.setattr(yaml, "safe_dump", lambda value, **kw: dumps.append(value) or dump(value, **kw))
    assert card._yaml_header(dict(meta), cache, "salt") == made and dumps == []
    # Values that print alike in YAML's input but differ in type or order are other keys, dumped afresh.
    for other in ({**meta, "n": "1"}, {**meta, "n": True}, {**meta, "flags": [True, None, 1.50000001]},
                  {"n": 1, **meta}, dict(reversed(list(meta.items())))):
        assert card._yaml_header(other, cache, "salt") == dump(other, allow_unicode=True, sort_keys=False, width=120)
    assert len(dumps) == 5  # ({"n": 1, **meta} puts "n" first: another order)
    assert card._yaml_header(meta, cache, "other build") == made and len(dumps) == 6
    assert card._yaml_header(meta, None) == made and len(dumps) == 7


def test_a_card_dict_that_shares_a_container_is_dumped_afresh(tmp_path):
    """repr does not show a list met twice; YAML writes it with an anchor and an alias: never looked up."""
    cache = ResultCache(tmp_path / "metadata")
    names = ["a", "b"]
    apart = {"x": names, "y": list(names)}
    assert card._yaml_header(apart, cache, "salt") == yaml.safe_dump(apart, allow_unicode=True, sort_keys=False,
                                                                     width=120)
    shared = {"x": names, "y": names}
    assert repr(shared) == repr(apart)
    assert card._yaml_header(shared, cache, "salt") == yaml.safe_dump(shared, allow_unicode=True, sort_keys=False,
                                                                      width=120)
    assert "&id001" in card._yaml_header(shared, cache, "salt")


def test_a_card_dict_that_shares_a_date_is_dumped_afresh(tmp_path):
    """PyYAML aliases a date met twice as it does a list (review of the change): the cached text of a dict with two
    equal dates must not serve a dict that shares one date object."""
    import datetime

    cache = ResultCache(tmp_path / "metadata")
    apart = {"a": datetime.date(2026, 12, 7), "b": {"d": datetime.date(2026, 12, 7)}}
    day = datetime.date(2026, 12, 7)
    shared = {"a": day, "b": {"d": day}}
    assert repr(shared) == repr(apart)
    for meta in (shared, apart, shared):
        assert card._yaml_header(meta, cache, "salt") == yaml.safe_dump(meta, allow_unicode=True, sort_keys=False,
                                                                         width=120)


def _text_entries_missing(monkeypatch) -> list[str]:
    """Every bucket text the cache holds reads as lost: a rebuild resolves them from their heads, then merges them
    again from the runs when it writes the manifest."""
    lost: list[str] = []
    get = ResultCache.get

    def getter(self, key):
        value = get(self, key)
        if isinstance(value, bytes):
            lost.append(key)
            return None
        return value

    monkeypatch.setattr(ResultCache, "get", getter)
    return lost


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("how", ["add first", "change middle", "remove last", "add last"])
def test_every_one_post_rebuild_equals_a_clean_build(posts, tmp_path, how, jobs):  # noqa: F811
    seeds, cache, config = tmp_path / "seeds", tmp_path / "cache", _small_blocks()
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=jobs, progress=False, cache_dir=cache, config=config)
    build(seeds, tmp_path / "warm", jobs=jobs, progress=False, cache_dir=cache, config=config)
    assert tree_bytes(tmp_path / "warm") == tree_bytes(tmp_path / "cold")
    _change(seeds, how)
    build(seeds, tmp_path / "rebuilt", jobs=jobs, progress=False, cache_dir=cache, config=config)
    build(seeds, tmp_path / "clean", jobs=1, progress=False, config=config)
    assert tree_bytes(tmp_path / "rebuilt") == tree_bytes(tmp_path / "clean")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_rebuild_whose_cached_bucket_texts_are_lost_equals_a_clean_build(posts, tmp_path, monkeypatch,
                                                                          jobs):  # noqa: F811
    seeds, cache, config = tmp_path / "seeds", tmp_path / "cache", _small_blocks()
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=jobs, progress=False, cache_dir=cache, config=config)
    _change(seeds, "change middle")
    lost = _text_entries_missing(monkeypatch)
    build(seeds, tmp_path / "rebuilt", jobs=jobs, progress=False, cache_dir=cache, config=config)
    assert lost  # the fallback ran
    monkeypatch.undo()
    build(seeds, tmp_path / "clean", jobs=1, progress=False, config=config)
    assert tree_bytes(tmp_path / "rebuilt") == tree_bytes(tmp_path / "clean")
    sums = (tmp_path / "rebuilt" / "SHA256SUMS").read_text(encoding="utf-8")
    manifest = next((tmp_path / "rebuilt" / "releases").glob("v*.json"))
    assert f"{hashlib.sha256(manifest.read_bytes()).hexdigest()}  releases/{manifest.name}\n" in sums

"""Issue 16, session 8: what a rebuild with a cache no longer imports — ``datasets`` (its three facts kept in the
cache: :func:`imcovid.cache.load_hf_features`) and the harvest package (no origins manifest) — and that the bytes
stay those of a clean build."""

from __future__ import annotations

import json
import shutil
import time
import subprocess
import sys
from pathlib import Path

import pytest

from imcovid.cache import load_hf_features
from imcovid.models import RECORD_MODELS
from imcovid.publish import arrow, card

from conftest import CORPUS, seed_sources


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def _nothing_installed():
    arrow.uninstall()
    yield
    arrow.uninstall()


def _asked_of_datasets() -> dict:
    """What ``datasets`` itself says, for every config: the schema's metadata, the card's features and types."""
    import datasets

    out = {}
    for config in RECORD_MODELS:
        features = datasets.Features.from_arrow_schema(arrow.plain_schema(config))
        meta = json.dumps({"info": {"features": features.to_dict()}}, sort_keys=True).encode()
        read_back = datasets.Features.from_arrow_schema(arrow.plain_schema(config).with_metadata({b"huggingface": meta}))
        out[config] = (meta, read_back._to_yaml_list(), {n: (repr(f), type(f).__name__) for n, f in read_back.items()})
    return out


def test_the_derived_facts_are_what_datasets_says():
    truth = _asked_of_datasets()
    derived = arrow.derive()
    assert derived["info_fields"], "the card's dataset_info could not be checked against datasets"
    for config, (meta, yaml_list, types) in truth.items():
        assert derived[config]["meta"] == meta
        assert derived[config]["yaml"] == yaml_list
        assert derived[config]["types"] == types


@pytest.mark.parametrize("config", sorted(RECORD_MODELS))
@pytest.mark.parametrize("numbers", [(0, 0, 0), (6571363, 5000, 2889481), (1, 2**40, 3)])
def test_installed_facts_give_the_same_schema_card_info_and_types(config, numbers):
    """Same schema bytes, the same dataset_info (keys in the same order: compared as JSON text) and the same type
    cells as asking ``datasets``, for any sizes."""
    import datasets

    arrow.arrow_schema.cache_clear()
    schema = arrow.arrow_schema(config)
    num_bytes, num_examples, download = numbers
    info = datasets.DatasetInfo(features=arrow.hf_features(config), config_name=config,
                                splits=datasets.SplitDict({"train": datasets.SplitInfo(
                                    "train", num_bytes=num_bytes, num_examples=num_examples)}),
                                download_size=download, dataset_size=num_bytes)
    table = card.field_table(config)
    assert arrow.dataset_info(config, "train", num_bytes, num_examples, download) is None  # nothing installed
    arrow.install(arrow.derive())
    arrow.arrow_schema.cache_clear()
    assert arrow.arrow_schema(config).equals(schema, check_metadata=True)
    assert arrow.arrow_schema(config).metadata == schema.metadata
    assert json.dumps(arrow.dataset_info(config, "train", num_bytes, num_examples, download)) == \
        json.dumps(info._to_yaml_dict())
    assert card.field_table(config) == table
    arrow.arrow_schema.cache_clear()


@pytest.mark.parametrize("garbage", [None, [], {"articles": {}}, {c: {"meta": "text"} for c in RECORD_MODELS}])
def test_install_refuses_what_derive_does_not_make(garbage):
    with pytest.raises(TypeError):
        arrow.install(garbage)
    assert not arrow.installed()


def test_the_facts_are_kept_in_the_cache_and_a_damaged_copy_is_derived_again(tmp_path, monkeypatch):
    made = []
    real = arrow.derive
    monkeypatch.setattr(arrow, "derive", lambda: made.append(1) or real())
    assert load_hf_features(tmp_path) is False and len(made) == 1 and arrow.installed()
    first = arrow._DERIVED
    arrow.uninstall()
    assert load_hf_features(tmp_path) is True and len(made) == 1 and arrow._DERIVED == first
    arrow.uninstall()
    for entry in (p for p in (tmp_path / "metadata").rglob("*") if p.is_file()):
        data = bytearray(entry.read_bytes())
        data[-3] ^= 0xFF
        entry.write_bytes(bytes(data))
    assert load_hf_features(tmp_path) is False and len(made) == 2 and arrow._DERIVED == first
    # Another version of datasets is another key: derived again, not served the old copy.
    arrow.uninstall()
    monkeypatch.setattr(arrow, "derived_key", lambda: "hf-features-1\0datasets==0.0-other\0schemas")
    assert load_hf_features(tmp_path) is False and len(made) == 3


_PROBE = """
import sys
from pathlib import Path
from imcovid.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, progress=False, cache_dir=Path(sys.argv[3]))
heavy = sorted(m for m in ("datasets", "pandas", "imcovid.harvest") if m in sys.modules)
print("IMPORTED", ",".join(heavy))
"""


def test_a_rebuild_with_a_cache_imports_neither_datasets_nor_the_harvest_and_equals_a_clean_build(tmp_path):
    """A fresh process, as `imcovid build` runs: the first (cold) build asks ``datasets`` and keeps the answer; the
    rebuild, with one post changed, never imports ``datasets`` or the harvest package, and both equal clean builds."""
    from imcovid.pipeline import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in [*(p for p in seed_sources() if p.suffix == ".txt"), *sorted(CORPUS.iterdir())[:6]]:
        shutil.copy2(path, seeds / path.name)
    cache = tmp_path / "cache"

    def run(out: str) -> str:
        done = subprocess.run([sys.executable, "-c", _PROBE, str(seeds), str(tmp_path / out), str(cache)],
                              capture_output=True, text=True, check=True)
        return done.stdout.strip().splitlines()[-1]

    assert run("cold").startswith("IMPORTED")
    build(seeds, tmp_path / "clean-1", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "cold") == tree_bytes(tmp_path / "clean-1")
    post = sorted(seeds.glob("*.txt"))[0]
    post.write_bytes(post.read_bytes() + b"\n<!-- changed -->\n")
    imported = run("warm")
    assert "datasets" not in imported and "imcovid.harvest" not in imported, imported
    build(seeds, tmp_path / "clean-2", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "warm") == tree_bytes(tmp_path / "clean-2")


# --- the lookup index: a source's stamp → its sha256 and entry head -------------------------------------------------

def _count_reads(monkeypatch) -> list:
    from imcovid import pipeline

    reads = []
    real = pipeline.read_small
    monkeypatch.setattr(pipeline, "read_small", lambda path, *a, **k: reads.append(path) or real(path, *a, **k))
    return reads


def test_the_lookup_index_serves_unchanged_sources_and_catches_a_rewrite_with_the_same_size_and_mtime(
        tmp_path, monkeypatch):
    """Sources older than the racy window are recorded; the next rebuild reads none of them. A post rewritten with
    other bytes of the same size and its old mtime put back (os.utime) has a new ctime: read again, and the rebuild
    equals a clean build."""
    import os

    from imcovid import cache as cache_module
    from imcovid.pipeline import build

    monkeypatch.setattr(cache_module, "RACY_NS", 0)  # the test's files are seconds old
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted(CORPUS.iterdir())[:8]:
        shutil.copy2(path, seeds / path.name)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)  # cold: misses, nothing recorded
    build(seeds, tmp_path / "second", jobs=1, progress=False, cache_dir=cache)  # hits read and recorded
    assert list((cache / "lookups").rglob("*"))
    reads = _count_reads(monkeypatch)
    build(seeds, tmp_path / "third", jobs=1, progress=False, cache_dir=cache)
    assert reads == [], "unchanged sources were read again"
    assert tree_bytes(tmp_path / "third") == tree_bytes(tmp_path / "first")

    post = sorted(seeds.iterdir())[2]
    before = os.stat(post)
    data = post.read_bytes()
    at = data.index("的".encode())
    rewritten = data[:at] + "之".encode() + data[at + 3:]
    assert len(rewritten) == len(data) and rewritten != data
    post.write_bytes(rewritten)
    os.utime(post, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(post)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    build(seeds, tmp_path / "fourth", jobs=1, progress=False, cache_dir=cache)
    assert str(post) in reads
    build(seeds, tmp_path / "clean", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "fourth") == tree_bytes(tmp_path / "clean")


def test_fresh_sources_are_not_recorded_and_a_damaged_index_is_empty(tmp_path, monkeypatch):
    """Within the racy window (files changed less than RACY_NS before the pass; an hour here, so that a slow build
    does not age them out of it) nothing is recorded; a damaged index serves nothing and the rebuild equals a clean
    build."""
    from imcovid import cache as cache_module
    from imcovid.pipeline import build

    monkeypatch.setattr(cache_module, "RACY_NS", 3600 * 10**9)

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted(CORPUS.iterdir())[:5]:
        (seeds / path.name).write_bytes(path.read_bytes())  # written now: inside the racy window
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    build(seeds, tmp_path / "second", jobs=1, progress=False, cache_dir=cache)
    # An index is stored (the next pass is then not a first one: imcovid.pipeline._forked), with nothing recorded.
    kept = [p for p in (cache / "lookups").rglob("*") if p.is_file()]
    assert kept and all(cache_module.ResultCache(cache / "lookups").get(p.name) == {} for p in kept)
    reads = _count_reads(monkeypatch)
    build(seeds, tmp_path / "third", jobs=1, progress=False, cache_dir=cache)
    assert len(reads) >= 5

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    build(seeds, tmp_path / "fourth", jobs=1, progress=False, cache_dir=cache)  # recorded now
    stored = [p for p in (cache / "lookups").rglob("*") if p.is_file()]
    assert stored
    for entry in stored:
        data = bytearray(entry.read_bytes())
        data[-5] ^= 0xFF
        entry.write_bytes(bytes(data))
    reads.clear()
    build(seeds, tmp_path / "fifth", jobs=1, progress=False, cache_dir=cache)
    assert len(reads) >= 5, "a damaged index served sources"
    assert tree_bytes(tmp_path / "fifth") == tree_bytes(tmp_path / "first")


@pytest.mark.parametrize("change", ["content", "replaced", "size", "mtime"])
def test_the_lookup_index_answers_only_for_the_recorded_stamp(tmp_path, monkeypatch, change):
    import os

    from imcovid import cache as cache_module
    from imcovid.cache import LookupIndex, stamp_of

    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    source = tmp_path / "post.txt"
    source.write_bytes(b"abc" * 100)
    first = stamp_of(os.stat(source))
    index = LookupIndex(tmp_path / "cache", "build-key")
    index.record(str(source), first, "sha", ("sha", "id", "story", None))
    index.save()
    index = LookupIndex(tmp_path / "cache", "build-key")
    assert index.get(str(source), first) == ("sha", ("sha", "id", "story", None))
    assert LookupIndex(tmp_path / "cache", "another-key").get(str(source), first) is None
    time.sleep(0.05)  # past the clock tick file times are taken from (RACY_NS guards this in a build)
    if change == "content":
        source.write_bytes(b"abd" * 100)
        os.utime(source, ns=(first[3], first[3]))
    elif change == "replaced":
        (tmp_path / "new.txt").write_bytes(b"abc" * 100)
        os.replace(tmp_path / "new.txt", source)
        os.utime(source, ns=(first[3], first[3]))
    elif change == "size":
        source.write_bytes(b"abc" * 101)
    else:
        os.utime(source, ns=(first[3] + 1, first[3] + 1))
    assert index.get(str(source), stamp_of(os.stat(source))) is None


def test_the_stories_grouping_is_kept_for_the_same_signatures_and_run_again_when_they_change(tmp_path, monkeypatch):
    import imcovid.stories
    from imcovid.pipeline import build

    # The LSH step (stories.text_groups) is what a kept grouping saves; since session 15 its text groups are kept
    # under the set of distinct texts, so another capture of a known text does not run it either.
    calls = []
    real = imcovid.stories.text_groups
    monkeypatch.setattr(imcovid.stories, "text_groups", lambda items, config=None: calls.append(len(items))
                        or real(items, config))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted(CORPUS.iterdir())[:8]:
        shutil.copy2(path, seeds / path.name)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    assert len(calls) == 1
    build(seeds, tmp_path / "second", jobs=1, progress=False, cache_dir=cache)
    assert len(calls) == 1, "the same signatures were grouped again"
    assert tree_bytes(tmp_path / "second") == tree_bytes(tmp_path / "first")
    (seeds / "zz-copy.txt").write_bytes(sorted(seeds.iterdir())[1].read_bytes() + b"\n<!-- another capture -->\n")
    build(seeds, tmp_path / "third", jobs=1, progress=False, cache_dir=cache)
    assert len(calls) == 1, "a copy of a known text ran the LSH step"
    build(seeds, tmp_path / "clean", jobs=1, progress=False)
    assert len(calls) == 2  # no cache: always run
    assert tree_bytes(tmp_path / "third") == tree_bytes(tmp_path / "clean")
    for entry in (p for p in (cache / "shards").rglob("*") if p.is_file()):  # damaged entries: grouped again
        entry.write_bytes(entry.read_bytes()[:-1])
    build(seeds, tmp_path / "fourth", jobs=1, progress=False, cache_dir=cache)
    assert len(calls) == 3
    assert tree_bytes(tmp_path / "fourth") == tree_bytes(tmp_path / "clean")

"""Issue 16, session 9: the annotation memo kept in the build's cache (imcovid.memo.PERSISTENT) and the annotators
loaded only when a text must be annotated — a rebuild whose new or changed posts repeat texts annotated by an earlier
build never loads them, and every such rebuild is byte-identical to a clean build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from imcovid import memo
from imcovid.pipeline import build

from test_scale import clean_build_bytes as _clean, first_corpus_posts, pool_forks, tree_bytes


@pytest.fixture(scope="module")
def posts(tmp_path_factory) -> Path:
    """Eight real posts."""
    return first_corpus_posts(tmp_path_factory.mktemp("inc9-seeds"), 8)


# Run in a fresh process, so that what it loads shows: the build, then whether the annotators were loaded and the
# annotation memo's counts.
_FRESH = """
import json, sys
from pathlib import Path
from imcovid import annotate, memo
from imcovid.annotate import lexicon
from imcovid.pipeline import build
parses = []
parse = lexicon.parse
lexicon.parse = lambda *a: parses.append(1) or parse(*a)
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[4]), progress=False, cache_dir=Path(sys.argv[3]))
print(json.dumps({"loaded": annotate.loaded(), "annotate": memo.stats().get("annotate", [0, 0, 0])[:2],
                  "rules": "imcovid.annotate.persons" in sys.modules,
                  "lexicon_parsed": len(parses)}))
"""


def _fresh_build(seeds: Path, out: Path, cache: Path, jobs: int = 1) -> dict:
    done = subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(out), str(cache), str(jobs)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("change", ["add", "change"])
def test_a_new_capture_of_a_known_text_loads_no_annotator_and_equals_a_clean_build(posts, tmp_path, change):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    first = _fresh_build(seeds, tmp_path / "first", cache)
    assert first["loaded"] and first["rules"]
    assert list((cache / "memo" / "annotate").rglob("*")), "the annotation memo is kept in the cache"
    name = sorted(p.name for p in seeds.iterdir())[2]
    raw = (seeds / name).read_bytes()
    if change == "add":  # another capture of a post: new bytes, new id, the same text
        (seeds / "zz-another-capture.txt").write_bytes(raw + b"\n<!-- captured again -->\n")
    else:
        (seeds / name).write_bytes(raw + b"\n<!-- edited capture -->\n")
    again = _fresh_build(seeds, tmp_path / "again", cache)
    assert not again["loaded"] and not again["rules"], "the annotators were loaded for a text the cache holds"
    assert again["annotate"] == [1, 0]
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")


def test_a_new_text_loads_the_annotators_and_equals_a_clean_build(posts, tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    _fresh_build(seeds, tmp_path / "first", cache)
    kept = {p.name for p in (cache / "memo" / "annotate").rglob("*") if p.is_file()}
    name = sorted(p.name for p in seeds.iterdir())[3]
    raw = (seeds / name).read_bytes()
    (seeds / name).write_bytes(raw.replace(b"</p>", "</p>\n<p>新增一句与原文不同的正文。</p>".encode(), 1))
    again = _fresh_build(seeds, tmp_path / "again", cache)
    # The annotators are loaded for it, the lexicon from the cache (imcovid.cache.load_lexicon), not parsed again.
    assert again["loaded"] and again["annotate"] == [0, 1] and again["lexicon_parsed"] == 0
    now = {p.name for p in (cache / "memo" / "annotate").rglob("*") if p.is_file()}
    assert kept < now and len(now - kept) == 1  # the new text's annotation, kept for the next build
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")
    shutil.rmtree(tmp_path / "again")
    _fresh_build(seeds, tmp_path / "again", cache, jobs=2)  # every text known now: the same bytes at two jobs
    assert tree_bytes(tmp_path / "again") == tree_bytes(tmp_path / "clean")


def test_damaged_or_foreign_memo_entries_are_computed_again(posts, tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    entries = sorted(p for p in (cache / "memo" / "annotate").rglob("*") if p.is_file())
    assert entries
    for number, entry in enumerate(entries):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if number % 2 else data[:-1] + bytes([data[-1] ^ 1]))
    for folder in cache.iterdir():  # every source's result gone: each is processed again, its annotation looked up
        if len(folder.name) == 2:
            shutil.rmtree(folder)
    build(seeds, tmp_path / "again", jobs=1, progress=False, cache_dir=cache)
    hits, misses, _ = memo.stats()["annotate"]
    assert hits == 0 and misses == len(entries)
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")


# --- the memo's store, table-driven -----------------------------------------------------------------------------

@pytest.mark.parametrize("first_build, second_build, name, served", [
    ("key-a", "key-a", "annotate", True),       # the same code, data and configuration: kept
    ("key-a", "key-b", "annotate", False),      # any file of the package or setting changed: another key
    ("key-a", "key-a", "records", False),        # only the memos listed in PERSISTENT are kept
])
def test_the_store_serves_the_same_build_key_only(tmp_path, first_build, second_build, name, served):
    value = [{"type": "LOCATION", "start": 0, "end": 3}]
    memo.start(tmp_path, first_build)
    try:
        m = memo.Memo(name)
        assert m.call(m.key("呼和浩特", date(2021, 11, 1)), lambda: value) == value
    finally:
        memo.stop()
    memo.start(tmp_path, second_build)
    try:
        m = memo.Memo(name)
        got = m.call(m.key("呼和浩特", date(2021, 11, 1)), lambda: "computed")
        assert (got == value) is served and (got == "computed") is not served
        if served:  # served from the store: a copy the caller owns, then from the process's memo
            got[0]["end"] = 99
            assert m.call(m.key("呼和浩特", date(2021, 11, 1)), lambda: pytest.fail("computed")) == value
    finally:
        memo.stop()


def test_no_store_without_a_cache_or_outside_a_build(tmp_path):
    def stored() -> list:
        return sorted(p for p in tmp_path.rglob("*") if p.is_file())

    memo.start()  # a build without a cache: computed, nothing kept on disk
    try:
        m = memo.Memo("annotate")
        assert m.call(m.key("x"), lambda: 1) == 1
    finally:
        memo.stop()
    assert stored() == []
    memo.start(tmp_path, "build-key")  # with a cache: kept
    try:
        m = memo.Memo("annotate")
        assert m.call(m.key("y"), lambda: 2) == 2
    finally:
        memo.stop()
    kept = stored()
    assert kept, "a build with a cache keeps its annotations"
    m = memo.Memo("annotate")
    assert m.call(m.key("z"), lambda: 3) == 3  # outside a build: computed, nothing more stored
    assert stored() == kept


def test_two_jobs_import_the_rules_before_forking_for_a_first_build_only(posts, tmp_path):
    """A first build with a cache (no lookup index yet) imports the rule modules before forking, so that its workers
    share them; a rebuild whose new capture repeats a known text imports none, in any process."""
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    first = _fresh_build(seeds, tmp_path / "first", cache, jobs=2)
    # Imported in this process. Since session 15 a first build with a cache at two jobs is block-parallel
    # (imcovid.blockwise): the models are loaded here too, before the fork, and shared by the workers.
    assert first["rules"] and first["loaded"]
    raw = sorted(seeds.iterdir())[1].read_bytes()
    (seeds / "zz-another-capture.txt").write_bytes(raw + b"\n<!-- captured again -->\n")
    again = _fresh_build(seeds, tmp_path / "again", cache, jobs=2)
    assert not again["rules"]
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")


@pytest.mark.parametrize("changed, pools", [(1, 0), (2, 0), (3, 1)])  # pipeline.INLINE_MISSES = 2
def test_a_rebuild_with_few_sources_to_process_forks_no_pool(posts, tmp_path, monkeypatch, changed, pools):
    import imcovid.pipeline

    assert imcovid.pipeline.INLINE_MISSES == 2
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=2, progress=False, cache_dir=cache)
    forks = pool_forks(monkeypatch)
    for path in sorted(seeds.iterdir())[:changed]:
        path.write_bytes(path.read_bytes() + b"\n<!-- a later capture -->\n")
    build(seeds, tmp_path / "again", jobs=2, progress=False, cache_dir=cache)
    assert len(forks) == pools
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")


def test_enough_new_posts_among_the_newest_fork_the_pool(posts, tmp_path, monkeypatch):
    """More than INLINE_MISSES new texts found while the newest sources are looked up first are worth workers: the
    pool is forked then, not only at a later miss of the main loop (which never comes when every new post is among
    the newest), and the result is the clean build's."""
    import imcovid.pipeline as pipeline

    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=4, progress=False, cache_dir=cache)
    forks = pool_forks(monkeypatch)
    for path in sorted(seeds.iterdir())[:pipeline.INLINE_MISSES + 2]:
        path.write_bytes(path.read_bytes().replace(b"</p>", "</p>\n<p>新增一句与原文不同的正文。</p>".encode(), 1))
    build(seeds, tmp_path / "again", jobs=4, progress=False, cache_dir=cache)
    assert len(forks) == 1
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")

"""Issue 16, session 20: what a one-post rebuild no longer pays — the cache entries' checksum (XXH3-128 instead of
sha256, imcovid.cache.checksum), the cleaning kept between builds (imcovid.memo.PERSISTENT) and numpy's idle BLAS
threads (imcovid.cli._one_blas_thread) — and, for each, that the outputs stay the bytes of a clean build. No timed
assertion: behaviour only."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import xxhash

from imcovid import cache as cache_module
from imcovid import memo
from imcovid.cache import ResultCache, checksum
from imcovid.pipeline import build

from test_scale import clean_build_bytes as _clean, first_corpus_posts, pool_forks, tree_bytes


@pytest.fixture(scope="module")
def posts(tmp_path_factory) -> Path:
    """Six real posts."""
    return first_corpus_posts(tmp_path_factory.mktemp("s20-seeds"), 6)


def _later_capture(path: Path) -> None:
    """Another capture of the same text: new bytes, the same cleaned text."""
    path.write_bytes(path.read_bytes() + b"\n<!-- a later capture -->\n")


def _with_comment(seeds: Path, path: Path, data: str) -> None:
    """``path``'s original bytes with a trailing comment ``data`` (a capture's note, as the benchmark's copies
    carry)."""
    original = (seeds.parent / "originals" / path.name).read_bytes()
    path.write_bytes(original + f"\n<!-- {data} -->\n".encode())


def _another_capture(seeds: Path, how: str) -> None:
    """A capture whose cleaning inputs an earlier build's capture had: the same file at a new path (a fork of the
    archive's repository), or a post's trailing comment replaced by another."""
    path = sorted(seeds.iterdir())[2]
    if how == "fork":
        shutil.copy2(path, seeds / f"fork-{path.name}")
    else:
        _with_comment(seeds, path, "capture 2")


# --- the cache entries' checksum ------------------------------------------------------------------------------

def test_the_checksum_is_xxh3_128():
    assert checksum(b"abc") == xxhash.xxh3_128_digest(b"abc") and len(checksum(b"")) == 16
    assert cache_module._HEADER == len(cache_module._MAGIC) + 8 + 16 + 16


def _flip(at: int):
    def damage(data: bytes) -> bytes:
        at_ = at if at >= 0 else len(data) + at
        return data[:at_] + bytes([data[at_] ^ 1]) + data[at_ + 1:]
    return damage


@pytest.mark.parametrize("damage, value_served, head_served", [
    (lambda data: data, True, True),                                          # as stored: a hit
    (_flip(-1), False, True),                                                 # last byte of the body
    (_flip(cache_module._HEADER), False, False),                              # first byte of the head
    (_flip(len(cache_module._MAGIC) + 8), False, False),                      # the head's checksum
    (_flip(len(cache_module._MAGIC) + 8 + 16), False, True),                  # the body's checksum
    (lambda data: data[:-1], False, True),                                    # the body truncated
    (lambda data: data.replace(b"IMCOVID-CACHE-4", b"IMCOVID-CACHE-3", 1), False, False),  # the sha256 format's
    (lambda data: b"", False, False),                                         # empty
])
def test_a_damaged_entry_is_a_miss_and_a_sound_one_a_hit(tmp_path, damage, value_served, head_served):
    store = ResultCache(tmp_path)
    value = {"text": "呼和浩特市新增1例", "n": 3}
    assert store.put("ab" * 32, value, head=("head", 1))
    path = store._path("ab" * 32)
    path.write_bytes(damage(path.read_bytes()))
    assert (store.get("ab" * 32) == value) is value_served
    assert (store.get_head("ab" * 32) == ("head", 1)) is head_served


def test_an_entry_of_the_previous_format_is_a_miss(tmp_path):
    """A cache written by release 24 (sha256 checksums, magic IMCOVID-CACHE-3) is read as misses, never as values."""
    import hashlib
    import pickle

    head, body = pickle.dumps(None), pickle.dumps("old")
    old = (b"IMCOVID-CACHE-3\n" + len(head).to_bytes(8, "big") + hashlib.sha256(head).digest()
           + hashlib.sha256(body).digest() + head + body)
    store = ResultCache(tmp_path)
    (tmp_path / "cd").mkdir()
    (tmp_path / "cd" / ("cd" * 32)).write_bytes(old)
    assert store.get("cd" * 32) is None and store.get_head("cd" * 32) is None


# --- the cleaning kept between builds ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, kept", [
    ("annotate", True),
    ("clean", True),
    ("story-minhash", True),
    ("records", False),       # shared in-process templates: never stored
    ("clean-body", False),    # keys of keys, in-process only
    ("front-matter", False),
])
def test_which_memos_are_kept_in_the_cache(name, kept):
    assert (name in memo.PERSISTENT) is kept


_FRESH = """
import json, sys
from pathlib import Path
from imcovid import memo
import imcovid.clean.article as article
# Counted through a log file, which the forked child that processes a two-job rebuild's few sources beside the main
# process (pipeline._Beside, release 28) shares: its cleaning and its memo's hits count as this process's would.
log = Path(sys.argv[5])
def note(what):
    with log.open("a") as out:
        out.write(what + "\\n")
clean = article._clean
article._clean = lambda *a: note("cleaned") or clean(*a)
find, made = memo.Memo.find, memo.Memo.made
def counted_find(self, key):
    value = find(self, key)
    if self.name == "clean" and value is not memo.MISSING:
        note("hit")
    return value
def counted_made(self, key, compute):
    if self.name == "clean" and memo._STATE["active"] and self.max_bytes > 0:
        note("miss")
    return made(self, key, compute)
memo.Memo.find, memo.Memo.made = counted_find, counted_made
from imcovid.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[4]), progress=False, cache_dir=Path(sys.argv[3]))
lines = log.read_text().split()
print(json.dumps({"cleaned": lines.count("cleaned"), "clean": [lines.count("hit"), lines.count("miss")]}))
"""


def _fresh_build(seeds: Path, out: Path, cache: Path, jobs: int = 1) -> dict:
    log = out.parent / f"{out.name}.calls.log"
    log.write_text("")
    done = subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(out), str(cache), str(jobs), str(log)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("how", ["fork", "comment"])
def test_a_new_capture_of_a_known_text_is_not_cleaned_again_and_equals_a_clean_build(posts, tmp_path, jobs, how):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    shutil.copytree(posts, tmp_path / "originals")
    _with_comment(seeds, sorted(seeds.iterdir())[2], "capture 1")
    first = _fresh_build(seeds, tmp_path / "first", cache, jobs)
    assert jobs > 1 or first["cleaned"] == len(list(seeds.iterdir()))
    assert list((cache / "memo" / "clean").rglob("*")), "the cleaning is kept in the cache"
    _another_capture(seeds, how)
    again = _fresh_build(seeds, tmp_path / "again", cache, jobs)
    assert again["cleaned"] == 0 and again["clean"] == [1, 0]  # served from the cache (inline, or in the child beside)
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")


def test_a_new_text_is_cleaned_and_a_damaged_kept_cleaning_is_cleaned_again(posts, tmp_path):
    """Negative cases: a post whose text no earlier build cleaned is cleaned; a kept entry that fails its checksum
    is a miss, cleaned again; both rebuilds equal a clean build."""
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    _fresh_build(seeds, tmp_path / "first", cache)
    changed = sorted(seeds.iterdir())[1]
    changed.write_bytes(changed.read_bytes().replace(b"</p>", "</p>\n<p>新增一句与原文不同的正文。</p>".encode(), 1))
    again = _fresh_build(seeds, tmp_path / "again", cache)
    assert again["cleaned"] == 1 and again["clean"] == [0, 1]
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")
    for path in (p for p in (cache / "memo" / "clean").rglob("*") if p.is_file()):
        path.write_bytes(path.read_bytes()[:-1])
    fork = sorted(seeds.iterdir())[3]
    shutil.copy2(fork, seeds / f"fork-{fork.name}")  # a hit, were the kept cleaning sound (the test above)
    third = _fresh_build(seeds, tmp_path / "third", cache)
    assert third["cleaned"] == 1 and third["clean"] == [0, 1]
    shutil.rmtree(tmp_path / "clean")
    assert tree_bytes(tmp_path / "third") == _clean(seeds, tmp_path / "clean")


def test_the_kept_cleaning_is_under_the_build_key(tmp_path):
    value = {"fields": {"text": "正文"}}
    memo.start(tmp_path, "key-a")
    try:
        m = memo.Memo("clean")
        assert m.call(m.key("blocks"), lambda: value) == value
    finally:
        memo.stop()
    memo.start(tmp_path, "key-b")  # other code, data, libraries or configuration
    try:
        m = memo.Memo("clean")
        assert m.call(m.key("blocks"), lambda: "computed") == "computed"
    finally:
        memo.stop()


# --- a one-post rebuild at two jobs ------------------------------------------------------------------------------

def test_a_one_miss_rebuild_at_two_jobs_starts_no_pool_and_equals_a_clean_build(posts, tmp_path, monkeypatch):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=2, progress=False, cache_dir=cache)
    forks = pool_forks(monkeypatch)
    _later_capture(sorted(seeds.iterdir())[4])
    build(seeds, tmp_path / "again", jobs=2, progress=False, cache_dir=cache)
    assert forks == []
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")


# --- numpy's BLAS threads ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("preset, numpy_loaded, expected", [
    ({}, False, "1"),                                   # nothing set, numpy not loaded yet: one thread
    ({"OPENBLAS_NUM_THREADS": "4"}, False, "4"),        # the user's count is kept
    ({"OMP_NUM_THREADS": "3"}, False, None),            # a count OpenBLAS reads too: left to it
    ({"GOTO_NUM_THREADS": "2"}, False, None),
    ({}, True, None),                                   # a caller's process with numpy loaded: left as it is
])
def test_one_blas_thread_only_where_nothing_was_chosen(monkeypatch, preset, numpy_loaded, expected):
    from imcovid import cli

    for name in cli._BLAS_THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in preset.items():
        monkeypatch.setenv(name, value)
    if numpy_loaded:
        monkeypatch.setitem(sys.modules, "numpy", sys.modules.get("numpy") or object())
    else:
        monkeypatch.delitem(sys.modules, "numpy", raising=False)
    cli._one_blas_thread()
    assert os.environ.get("OPENBLAS_NUM_THREADS") == expected


def test_imcovid_build_runs_numpy_with_one_blas_thread_and_the_same_bytes(posts, tmp_path):
    """The command in a fresh process: numpy is imported after the count is set, and the dataset is the bytes of a
    build whose BLAS has its default threads (this test's process)."""
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS",
                                                             "OMP_NUM_THREADS")}
    probe = ("import os, sys; from imcovid import cli; assert 'numpy' not in sys.modules; "
             "code = cli.main(sys.argv[1:]); print('numpy' in sys.modules, os.environ.get('OPENBLAS_NUM_THREADS'), code)")
    done = subprocess.run([sys.executable, "-c", probe, "build", "--seeds", str(posts), "--out", str(tmp_path / "out"),
                           "--no-cache", "--jobs", "1", "--schema-dir", str(tmp_path / "schema")],
                          check=True, capture_output=True, text=True, env=env)
    assert done.stdout.strip().splitlines()[-1] == "True 1 0"
    assert tree_bytes(tmp_path / "out") == _clean(posts, tmp_path / "clean")

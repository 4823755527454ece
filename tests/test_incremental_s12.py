"""Issue 16, session 12: the floor of a rebuild — the stories grouping's cache keyed by the cache entries of its
signatures, the metadata files and PROV fragments not hashed again, pyarrow.compute imported only when a data file is
counted, the listing without a Path object per source — and every rebuild byte-identical to a clean build, also when
the cache's entries are damaged."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from imcovid import pipeline
from imcovid.cache import ResultCache
from imcovid.pipeline import build

from test_incremental_s9 import posts  # noqa: F401 — the same eight real posts (a module-scoped fixture)
from test_scale import clean_build_bytes as _clean, tree_bytes


def _damage_every_entry(folder: Path) -> int:
    """Flip the last byte of every cache entry under ``folder`` (its body's checksum then fails)."""
    damaged = 0
    for entry in folder.rglob("*"):
        if entry.is_file() and not entry.name.startswith(".") and entry.suffix != ".sqlite":
            data = entry.read_bytes()
            entry.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
            damaged += 1
    return damaged


# --- the grouping's cache ------------------------------------------------------------------------------------------

def _signatures() -> list[tuple[str, dict]]:
    return [(f"{i:016x}", {"text_sha256": f"{i % 2:064x}", "minhash": bytes([i % 2]) * 8,
                           "published_at": None, "n_chars": 10 + i}) for i in range(4)]


@pytest.fixture()
def counted_grouping(monkeypatch):
    """The stories grouping replaced by one that counts its calls (``_grouped`` caches the stories grouping only)."""
    calls = []

    def fake(items):
        calls.append(len(items))
        return {article_id: (f"story-{article_id[-1]}", True) for article_id, _ in items}

    monkeypatch.setattr(pipeline, "_stories_group", fake)
    return fake, calls


def test_the_grouping_is_kept_under_its_signatures_entry_keys(tmp_path, counted_grouping):
    grouping, calls = counted_grouping
    shards, signatures = ResultCache(tmp_path / "shards"), _signatures()
    entries = [f"{i:064x}" for i in range(4)]
    first = pipeline._grouped(grouping, signatures, shards, "salt", entries)
    assert calls == [4]
    assert pipeline._grouped(grouping, signatures, shards, "salt", list(entries)) == first
    assert calls == [4], "the same entries: the grouping is read from the cache"
    pipeline._grouped(grouping, signatures, shards, "salt", entries[:3] + [f"{9:064x}"])
    assert calls == [4, 4], "one source's bytes changed (another entry key): the grouping runs"
    pipeline._grouped(grouping, signatures, shards, "other salt", entries)
    assert calls == [4, 4, 4], "another build key: the grouping runs"
    pipeline._grouped(grouping, signatures[:3], shards, "salt", entries[:3])
    assert calls == [4, 4, 4, 3], "a source removed: the grouping runs"


def test_a_signature_without_an_entry_keys_the_grouping_by_the_signatures(tmp_path, counted_grouping):
    grouping, calls = counted_grouping
    shards, signatures = ResultCache(tmp_path / "shards"), _signatures()
    entries = [f"{i:064x}" for i in range(3)] + [None]
    first = pipeline._grouped(grouping, signatures, shards, "salt", entries)
    assert pipeline._grouped(grouping, signatures, shards, "salt", entries) == first
    assert pipeline._grouped(grouping, signatures, shards, "salt") == first  # no entries given: the same key
    assert calls == [4]
    changed = [*signatures[:3], (signatures[3][0], {**signatures[3][1], "n_chars": 99})]
    pipeline._grouped(grouping, changed, shards, "salt", entries)
    assert calls == [4, 4], "spelled out: a changed signature is another key"


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "not a grouping"])
def test_a_damaged_or_foreign_grouping_entry_is_computed_again(tmp_path, counted_grouping, damage):
    grouping, calls = counted_grouping
    shards, signatures = ResultCache(tmp_path / "shards"), _signatures()
    entries = [f"{i:064x}" for i in range(4)]
    first = pipeline._grouped(grouping, signatures, shards, "salt", entries)
    (stored,) = [p for p in (tmp_path / "shards").rglob("*") if p.is_file()]
    if damage == "not a grouping":
        shards.put(stored.name, ["a", "list"])
    else:
        data = stored.read_bytes()
        stored.write_bytes(data[:-1] + bytes([data[-1] ^ 1]) if damage == "flipped byte" else data[:-5])
    assert pipeline._grouped(grouping, signatures, shards, "salt", entries) == first
    assert calls == [4, 4]
    assert pipeline._grouped(grouping, signatures, shards, "salt", entries) == first
    assert calls == [4, 4], "stored again after the miss"


# --- whole rebuilds ------------------------------------------------------------------------------------------------

def test_rebuilds_equal_a_clean_build_with_every_cache_entry_damaged_between_them(posts, tmp_path):
    """Add, change and remove rebuilds equal clean builds byte for byte (the manifest and SHA256SUMS with the
    metadata files hashed once); then every entry of the shard and metadata caches is damaged and the next rebuild
    still equals the clean build: a damaged shard is written again, a damaged PROV fragment or card count made
    again, never copied."""
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    names = sorted(p.name for p in seeds.iterdir())
    raw = (seeds / names[2]).read_bytes()
    steps = [("nothing", lambda: None),
             ("add", lambda: (seeds / "zz-another-capture.txt").write_bytes(raw + b"\n<!-- captured again -->\n")),
             ("change", lambda: (seeds / names[2]).write_bytes(raw + b"\n<!-- edited capture -->\n")),
             ("damaged", lambda: _damage_every_entry(cache / "shards") + _damage_every_entry(cache / "metadata")),
             ("remove", lambda: (seeds / names[5]).unlink()),
             ("damaged again", lambda: _damage_every_entry(cache / "shards"))]
    for step, change in steps:
        change()
        out = tmp_path / f"out-{step}"
        build(seeds, out, jobs=1, progress=False, cache_dir=cache)
        assert tree_bytes(out) == _clean(seeds, tmp_path / f"clean-{step}"), step


_FRESH = """
import json, sys
from pathlib import Path
from imcovid.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, progress=False, cache_dir=Path(sys.argv[3]))
print(json.dumps({name: name in sys.modules for name in ("pyarrow.compute", "imcovid.stories", "pandas")}))
"""


def test_a_rebuild_with_nothing_changed_imports_no_compute_module_nor_the_stories(posts, tmp_path):
    """The card's counts and the grouping come from the cache: neither pyarrow.compute nor the stories module
    (datasketch) is imported; the first build needs both."""
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    loaded = []
    for attempt in range(2):
        done = subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(tmp_path / f"out-{attempt}"),
                               str(cache)], check=True, capture_output=True, text=True)
        loaded.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert loaded[0]["pyarrow.compute"] and loaded[0]["imcovid.stories"]
    assert loaded[1] == {"pyarrow.compute": False, "imcovid.stories": False, "pandas": False}
    assert tree_bytes(tmp_path / "out-1") == _clean(seeds, tmp_path / "clean")


# --- the listing ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["a.txt", "a.TXT", ".txt", "..txt", "a.", "a..txt", "a.b.md", "noext", "a.txt.",
                                  "...", ".", "a. txt", "内蒙古.md", "a.tar.gz", ".hidden.md", "a .txt", "a.txt "])
def test_the_name_suffix_is_paths(name):
    assert pipeline._name_suffix(name) == Path(name).suffix


def test_the_listing_gives_odd_names_the_verdicts_of_paths(tmp_path):
    """Names where os.path.splitext and Path.suffix disagree are listed with a verdict, as before."""
    from imcovid.config import load_config

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ["a.txt", "..txt", ".md", "b.", "c.MD", "d.txt.bak"]:
        (seeds / name).write_text("x", encoding="utf-8")
    tasks = {task.source_file: task.rejection for task in pipeline.list_sources(seeds, load_config())}
    assert tasks["a.txt"] is None and tasks["c.MD"] is None
    assert tasks["b."] is not None and tasks["d.txt.bak"] is not None and tasks[".md"] is not None
    # "..txt": splitext sees no suffix, Path sees ".txt" — not listed as a plain source (the slow path decides)
    assert tasks["..txt"] == pipeline._listing_verdict(seeds / "..txt", seeds.resolve(), load_config())

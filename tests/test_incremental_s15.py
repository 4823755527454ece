"""Issue 16, session 15: what a one-post rebuild no longer does — compile every cleaning pattern at import
(``imcovid.clean.lazy``), import datasketch and run the stories' LSH step for a copy of a known text (the text groups
kept under the set of texts, the text hashes in the persistent memo), open every data file in its final check (the
facts of bytes it has read before, ``validate._FileFacts``) — and every rebuild (first, middle and last post; one and
two jobs; damaged cache entries) byte-identical to a clean build."""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from imcovid import stories
from imcovid.cache import ResultCache
from imcovid.clean.lazy import LazyPattern, lazy
from imcovid.pipeline import build
from imcovid.validate import validate_dataset

from test_incremental_s9 import posts  # noqa: F401 — the same eight real posts (a module-scoped fixture)
from test_incremental_s14 import _change, _small_blocks
from test_scale import tree_bytes

CLEAN_MODULES = ["article", "boilerplate", "bylines", "damage", "dates", "fields", "html", "pinyin", "redact",
                 "script", "text", "urls"]


# --- imcovid.clean's patterns compiled on first use ----------------------------------------------------------------

def _lazy_patterns():
    for name in CLEAN_MODULES:
        module = importlib.import_module(f"imcovid.clean.{name}")
        for attribute, value in sorted(vars(module).items()):
            if isinstance(value, LazyPattern):
                yield f"{name}.{attribute}", value


def test_the_cleaning_modules_hold_lazy_patterns_equal_to_the_compiled_ones():
    found = dict(_lazy_patterns())
    assert len(found) >= 100
    for name, pattern in found.items():
        source, flags = pattern._source
        assert pattern.compiled == re.compile(source, flags), name  # equal: same pattern, flags and program
        assert (pattern.pattern, pattern.flags, pattern.groupindex) == (source, re.compile(source, flags).flags,
                                                                        re.compile(source, flags).groupindex)


def test_importing_imcovid_clean_compiles_none_of_them():
    code = ("import sys, importlib\nimport imcovid.clean\nfrom imcovid.clean.lazy import LazyPattern\n"
            f"names = {CLEAN_MODULES!r}\n"
            "mods = [importlib.import_module('imcovid.clean.' + n) for n in names]\n"
            "lazy = [v for m in mods for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
            "print(len(lazy), sum('compiled' in vars(v) for v in lazy))\n")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    total, compiled = map(int, done.stdout.split())
    assert total >= 100 and compiled == 0


@pytest.mark.parametrize("text", ["记者 张三 摄", "", "（完）", "来源：新华社\n", "2022年3月5日 10:20", "ab\u3000cd"])
def test_a_lazy_pattern_answers_as_the_compiled_one(text):
    source = r"(?P<word>[\u4e00-\u9fff]{2})|\s+"
    eager, deferred = re.compile(source, re.I), lazy(source, re.I)
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert deferred.sub("-", text) == eager.sub("-", text)
    assert deferred.split(text) == eager.split(text)
    assert (deferred.search(text) and deferred.search(text).groupdict()) == \
        (eager.search(text) and eager.search(text).groupdict())
    assert (deferred.match(text) and deferred.match(text).span()) == (eager.match(text) and eager.match(text).span())
    assert deferred.findall(text) == eager.findall(text)
    assert deferred.subn("", text) == eager.subn("", text)
    assert (deferred.fullmatch(text) is None) == (eager.fullmatch(text) is None)


def test_a_broken_lazy_pattern_fails_when_first_used():
    broken = lazy("(")
    with pytest.raises(re.error):
        broken.search("x")


# --- the stories' text groups ----------------------------------------------------------------------------------

def _signatures() -> dict[str, dict]:
    texts = ["呼和浩特市新增本土确诊病例3例，均在隔离管控中发现。" * 4,
             "呼和浩特市新增本土确诊病例3例，均在隔离管控中发现！" * 4,  # a near copy
             "包头市发布通告，暂停堂食，全员核酸检测。" * 5,
             "鄂尔多斯市教育局通知，中小学恢复线下教学。" * 5]
    out = {}
    for number in range(10):  # several captures of each text, ids not in text order
        text = texts[(number * 3) % len(texts)]
        article = {"text": text, "title": "标题", "published_at": f"2022-03-{10 + number % 7:02d}"}
        out[f"{(number * 7919) % 97:02d}{number}"] = stories.signature(article)
    return out


def test_group_is_assign_of_the_text_groups():
    signatures = _signatures()
    assert stories.group(signatures.items()) == stories.assign(dict(sorted(signatures.items())),
                                                              stories.text_groups(signatures))
    grouped = stories.group(signatures.items())
    assert len({story for story, _ in grouped.values()}) == 3  # the near copy joined its text


def test_the_text_groups_are_those_of_the_texts_whoever_carries_them():
    """What lets a rebuild keep them under the set of texts: other articles with the same texts (captures added or
    removed, other ids) give the same groups."""
    signatures = _signatures()
    fewer = {key: value for number, (key, value) in enumerate(sorted(signatures.items())) if number % 3 != 1
             or list(signatures.values()).count(value) > 1}
    renamed = {f"x{key}": value for key, value in signatures.items()}
    groups = stories.text_groups(signatures)
    texts = {value["text_sha256"] for value in fewer.values()}
    if texts == {value["text_sha256"] for value in signatures.values()}:
        assert stories.text_groups(fewer) == groups
    assert stories.text_groups(renamed) == groups
    assert stories.assign(dict(sorted(fewer.items())), groups) == stories.group(fewer.items())


def test_assign_refuses_groups_made_for_other_texts():
    signatures = _signatures()
    with pytest.raises(KeyError):
        stories.assign(dict(sorted(signatures.items())), [["0" * 64]])


# Run in a fresh process, so that what it loads shows.
_FRESH = """
import json, sys
from pathlib import Path
from imcovid.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, progress=False, cache_dir=Path(sys.argv[3]))
print(json.dumps({name: name in sys.modules for name in ("datasketch", "numpy.random")}))
"""


@pytest.mark.parametrize("how", ["add first", "change middle", "remove last", "add last"])
def test_a_copy_of_a_known_text_imports_no_datasketch_and_equals_a_clean_build(posts, tmp_path, how):
    """A capture added, changed or removed whose text stays in the corpus: the new capture's text hashes come from
    the persistent memo and the story groups from the cached text groups; datasketch is not imported (fails on
    19.0.0, whose stories module imported it and ran the LSH step again)."""
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    if how == "remove last":  # the removed post's text must stay: a second capture of it
        last = sorted(seeds.iterdir())[-1]
        (seeds / ("zzz" + last.name)).write_bytes(last.read_bytes() + b"\n<!-- kept -->\n")
    subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(tmp_path / "out-0"), str(cache)], check=True,
                   capture_output=True)
    _change(seeds, how)
    done = subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(tmp_path / "out-1"), str(cache)],
                          check=True, capture_output=True, text=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"datasketch": False, "numpy.random": False}
    build(seeds, tmp_path / "clean", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "out-1") == tree_bytes(tmp_path / "clean")


def test_a_new_text_runs_the_lsh_step_and_equals_a_clean_build(posts, tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache)
    first = sorted(seeds.iterdir())[0]
    (seeds / "zz-new.md").write_bytes(first.read_bytes().replace("的".encode(), "之".encode(), 3))
    build(seeds, tmp_path / "re", jobs=1, progress=False, cache_dir=cache)
    build(seeds, tmp_path / "clean", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "re") == tree_bytes(tmp_path / "clean")


@pytest.mark.parametrize("damage", ["truncated", "foreign"])
def test_damaged_or_foreign_text_groups_are_made_again(posts, tmp_path, monkeypatch, damage):
    from imcovid import pipeline

    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    kept = {}
    real_put = ResultCache.put

    def put(self, key, value, **kwargs):
        if isinstance(value, list) and value and isinstance(value[0], list):
            kept[key] = self
        return real_put(self, key, value, **kwargs)

    monkeypatch.setattr(ResultCache, "put", put)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache)
    assert len(kept) == 1
    (key, store), = kept.items()
    if damage == "truncated":
        for path in (p for p in (cache / "shards").rglob(f"*{key}*") if p.is_file()):
            path.write_bytes(path.read_bytes()[:-1])
    else:  # a whole entry that names other texts: never used
        real_put(store, key, [["0" * 64]])
    calls = []
    real = stories.text_groups
    monkeypatch.setattr(stories, "text_groups", lambda items, config=None: calls.append(1) or real(items, config))
    _change(seeds, "add last")
    build(seeds, tmp_path / "re", jobs=1, progress=False, cache_dir=cache)
    assert calls == [1]
    build(seeds, tmp_path / "clean", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "re") == tree_bytes(tmp_path / "clean")
    assert pipeline  # imported for its monkeypatched cache


# --- the final check: the facts of bytes read before -------------------------------------------------------------

def _opened(monkeypatch) -> list[str]:
    import pyarrow.parquet as pq

    from imcovid import validate

    opened = []
    real = pq.ParquetFile

    def parquet_file(path, *args, **kwargs):
        if sys._getframe(1).f_code.co_filename == validate.__file__:  # the final check's own reads only
            opened.append(Path(path).parent.name + "/" + Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(validate.pq, "ParquetFile", parquet_file)
    return opened


def test_a_rebuild_that_changed_nothing_opens_no_data_file_in_its_check(posts, tmp_path, monkeypatch):
    seeds, cache, config = tmp_path / "seeds", tmp_path / "cache", _small_blocks()
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache, config=config)
    opened = _opened(monkeypatch)
    build(seeds, tmp_path / "warm", jobs=1, progress=False, cache_dir=cache, config=config)
    assert opened == []  # fails on 19.0.0: every data file's footer and key columns were read again
    _change(seeds, "change middle")
    build(seeds, tmp_path / "re", jobs=1, progress=False, cache_dir=cache, config=config)
    assert opened and len(set(opened)) < sum(1 for p in (tmp_path / "re").rglob("*.parquet"))
    build(seeds, tmp_path / "clean", jobs=1, progress=False, config=config)
    assert tree_bytes(tmp_path / "re") == tree_bytes(tmp_path / "clean")


def _facts_case(tmp_path: Path, posts_dir: Path):
    from imcovid.config import CONFIG_NAMES
    from imcovid.hashing import sha256_file
    from imcovid.publish.parquet import data_files

    seeds = tmp_path / "seeds"
    shutil.copytree(posts_dir, seeds)
    out = tmp_path / "out"
    build(seeds, out, jobs=1, progress=False)
    hashed = {path.relative_to(out).as_posix(): sha256_file(path)
              for name in CONFIG_NAMES for path in data_files(out, name)}
    return out, hashed


def test_the_facts_serve_only_trusted_files_and_give_the_same_findings(posts, tmp_path):
    out, hashed = _facts_case(tmp_path, posts)
    facts = ResultCache(tmp_path / "facts")
    common = dict(json_schema=False, mention_rows=False, record_rows=False, hashed=hashed, salt="k")
    assert validate_dataset(out, **common, facts=facts, trusted=frozenset(hashed)) == []  # facts kept
    assert validate_dataset(out, **common, facts=facts, trusted=frozenset(hashed)) == []  # facts used
    # A facts entry that lies (a schema problem) is believed only for a trusted file: what proves it is the sha256.
    from imcovid import validate

    article = next(rel for rel in hashed if rel.startswith("articles/"))
    remembered = validate._FileFacts(out, facts, hashed, "k", frozenset(hashed))
    key = remembered._key("articles", out / article)
    entry = facts.get(key)
    facts.put(key, {**entry, "schema": "articles: planted"})
    assert "articles: planted" in validate_dataset(out, **common, facts=facts, trusted=frozenset(hashed))
    assert validate_dataset(out, **common, facts=facts, trusted=frozenset()) == []
    # A damaged entry is read again.
    facts.put(key, {"schema": "", "rows": "many"})
    assert validate_dataset(out, **common, facts=facts, trusted=frozenset(hashed)) == []


def test_a_damaged_data_file_is_found_with_facts(posts, tmp_path):
    """The facts never hide a damaged file: its bytes have another sha256 (no facts), and SHA256SUMS finds it first."""
    out, hashed = _facts_case(tmp_path, posts)
    facts = ResultCache(tmp_path / "facts")
    common = dict(json_schema=False, mention_rows=False, record_rows=False, salt="k")
    assert validate_dataset(out, **common, facts=facts, hashed=hashed, trusted=frozenset(hashed)) == []
    target = out / next(rel for rel in hashed if rel.startswith("provenance/"))
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    from imcovid.hashing import sha256_file

    rehashed = {**hashed, target.relative_to(out).as_posix(): sha256_file(target)}
    assert validate_dataset(out, **common, facts=facts, hashed=rehashed, trusted=frozenset(hashed)) != []


# (Every one-post rebuild equals a clean build at 1 and 2 jobs: test_incremental_s14 runs that test on this code.)


def test_every_metadata_entry_damaged_still_gives_a_clean_build(posts, tmp_path):
    """The final check's facts, the text groups, PROV fragments and the rest of <cache>/metadata and the shard
    cache's entries truncated: every one is a miss, read or made again; the same bytes as a clean build."""
    seeds, cache, config = tmp_path / "seeds", tmp_path / "cache", _small_blocks()
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "cold", jobs=1, progress=False, cache_dir=cache, config=config)
    for folder in ("metadata", "memo"):
        for path in (p for p in (cache / folder).rglob("*") if p.is_file()):
            path.write_bytes(path.read_bytes()[:-1])
    _change(seeds, "add last")
    build(seeds, tmp_path / "re", jobs=1, progress=False, cache_dir=cache, config=config)
    build(seeds, tmp_path / "clean", jobs=1, progress=False, config=config)
    assert tree_bytes(tmp_path / "re") == tree_bytes(tmp_path / "clean")


def test_the_final_checks_facts_are_let_go_after_each_key_row_pass(tmp_path):
    # (review of session 15) the key rows of every file were held until the check ended: memory grew with the corpus
    from imcovid.validate import _FileFacts

    class Cache(dict):
        def get(self, key):
            return dict.get(self, key)

        def put(self, key, value):
            self[key] = value

    facts = _FileFacts(tmp_path, Cache(), {}, "salt", frozenset())
    facts.entries["k"] = {"schema": "", "rows": 1, "keys": {"a": [("x",)]}}
    facts.changed.add("k")
    facts.store()
    assert "k" in facts.entries  # the footer pass: kept for the key-row passes that follow
    facts.changed.add("k")
    facts.store(forget=True)
    assert facts.entries == {} and facts.cache["k"]["keys"] == {"a": [("x",)]}

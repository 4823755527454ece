"""Session 21 (issue 16, build speed). No timed assertions: behaviour only.

* The card's composition is added up from each mentions file's share (``card.composition_part``), kept with the
  file's counts in the metadata cache, instead of every file's places article by article: the shares must give the
  figures of one pass over all places, in every split of the articles into files, and a split that names an article
  twice must fall back to that one pass.
* A capture whose cleaning a memo holds is served by ``imcovid.clean.result.look_up`` without importing the
  cleaning's rule modules (``imcovid.clean.article``); the bytes stay a clean build's, and a new text is cleaned."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from imcovid import memo
from imcovid.cache import ResultCache
from imcovid.config import CONFIG_NAMES, load_config
from imcovid.hashing import sha256_file
from imcovid.publish import card
from imcovid.publish.parquet import data_files

from test_scale import clean_build_bytes as _clean, first_corpus_posts, tree_bytes

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _places(*rows):
    return Counter({row[:5]: row[5] for row in rows})


# Articles a–f: Inner Mongolia with a county; Beijing naming Inner Mongolia once; a round-up over six provinces;
# Inner Mongolia only nested (an organization's name); a tie decided by the first-named province; a province named
# under two names in different articles (the last one counted names it in the card, as in one pass).
ROWS = [
    ("a", "150000", "内蒙古自治区", "province", True, 3), ("a", "152923", "额济纳旗", "county", True, 2),
    ("b", "110000", "北京市", "province", True, 4), ("b", "150000", "内蒙古自治区", "province", True, 1),
    *[("c", f"{p}0000", "内蒙古自治区" if p == 15 else f"P{p}", "province", True, 1) for p in (12, 13, 14, 15, 21, 22)],
    ("d", "150000", "内蒙古自治区", "province", False, 1), ("d", "410100", "郑州市", "prefecture", True, 2),
    ("e", "110000", "北京市", "province", True, 2), ("e", "150000", "内蒙古", "province", True, 1),
    ("e", "150100", "呼和浩特市", "prefecture", True, 1),
    ("f", "150000", "内蒙古", "province", True, 2), ("f", "152923", "额济纳旗", "county", True, 1),
]
FIRST = {("a", "150000"): 0, ("b", "110000"): 5, ("b", "150000"): 0, ("e", "110000"): 9, ("e", "150000"): 2,
         ("f", "150000"): 0}
N_ARTICLES = 8  # two articles name no coded place


def _split(groups: list[str]) -> list[dict]:
    """The shares of files holding the articles of each group (in ROWS order within a file)."""
    shares = []
    for group in groups:
        places = _places(*[row for row in ROWS if row[0] in group])
        first = {key: start for key, start in FIRST.items() if key[0] in group}
        shares.append(card.composition_part(places, first))
    return shares


@pytest.mark.parametrize("groups", [
    ["abcdef"],                      # one file
    ["ab", "cd", "ef"],              # three files
    ["a", "b", "c", "d", "e", "f"],  # one article a file
    ["ef", "abcd"],                  # the later name of 150000 first: the last file's name wins, as in one pass
    ["f", "abcde"],
    ["abcdef", ""],                  # a file naming no place
])
def test_shares_add_up_to_one_pass(groups):
    places = Counter()
    first = {}
    for group in groups:  # one pass over the files in this order
        places.update(_places(*[row for row in ROWS if row[0] in group]))
        first.update({key: start for key, start in FIRST.items() if key[0] in group})
    expected = card.composition(N_ARTICLES, places, first)
    got = card.combine_composition(N_ARTICLES, _split(groups))
    assert got == expected
    assert card.composition_text(got) == card.composition_text(expected)
    assert card.composition_summary(got) == card.composition_summary(expected)


def test_the_figures_of_the_fixture():
    comp = card.combine_composition(N_ARTICLES, _split(["ab", "cd", "ef"]))
    assert comp["inner_mongolia_any"] == 6 and comp["inner_mongolia_top"] == 5
    # 150000's name is the last one counted (内蒙古, article f); e: 北京 2, Inner Mongolia 2 (region and city), a tie
    # that goes to Inner Mongolia, named first.
    assert comp["about"] == Counter({"内蒙古": 3, "北京市": 1, card.SEVERAL_PROVINCES: 1, "410000": 1,
                                     card.NO_PLACE: 2})
    assert comp["im_places"] == Counter({"额济纳旗": 2, "呼和浩特市": 1})


def test_a_share_holds_no_article_by_article_places():
    share = card.composition_part(_places(*ROWS), FIRST)
    assert share["articles"] == frozenset("abcdef")
    assert share["about"][None] == 1  # the round-up, by province code until the names are known
    assert not any(isinstance(key, tuple) for key in share["top_places"])


# --- the card's statistics: files' shares, a fallback when two files name one article ------------------------------

@pytest.fixture(scope="module")
def sharded(tmp_path_factory) -> Path:
    """``seeds/`` built with shards of three sources: several mentions files."""
    from imcovid.pipeline import build

    out = tmp_path_factory.mktemp("s21-sharded") / "dataset"
    build(SEEDS, out, jobs=1, progress=False, config=load_config().model_copy(update={"shard_sources": 3}))
    return out


def _one_pass(dataset: Path, n_articles: int) -> dict:
    places, first = Counter(), {}
    for path in data_files(dataset, "mentions"):
        part = card._file_places(path)
        places.update(part["places"])
        for key, start in part["first_named"].items():
            first[key] = min(first.get(key, start), start)
    return card.composition(n_articles, places, first)


def test_statistics_of_several_files_equal_one_pass(sharded, tmp_path):
    assert len(data_files(sharded, "mentions")) > 2
    stats = card.statistics(sharded)
    assert stats["composition"] == _one_pass(sharded, stats["n_articles"])
    known = {p.relative_to(sharded).as_posix(): sha256_file(p) for name in CONFIG_NAMES
             for p in data_files(sharded, name)}
    cache = ResultCache(tmp_path / "metadata")
    for _ in range(2):  # counted and stored, then read back from the cache
        cached = card.statistics(sharded, cache=cache, known=known, salt="k")
        assert cached["composition"] == stats["composition"]
        assert card.composition_text(cached["composition"]) == card.composition_text(stats["composition"])
    assert (sharded / "README.md").read_text(encoding="utf-8").count(card.composition_text(stats["composition"])) == 1


def test_two_files_naming_one_article_fall_back_to_one_pass(sharded, monkeypatch):
    """Negative: shares of overlapping articles are not added (an article would count twice)."""
    stats = card.statistics(sharded)
    shares = [card._mentions_part(path)["composition"] for path in data_files(sharded, "mentions")]
    doubled = shares + shares[:1]
    assert card.combine_composition(stats["n_articles"], doubled) != stats["composition"]  # what adding would give
    reads = []
    original = card._file_places
    monkeypatch.setattr(card, "_file_places", lambda path: reads.append(path) or original(path))
    assert card._composition_of(sharded, stats["n_articles"], doubled) == stats["composition"]
    assert len(reads) == len(data_files(sharded, "mentions"))
    reads.clear()
    assert card._composition_of(sharded, stats["n_articles"], shares) == stats["composition"] and reads == []


# --- a capture whose cleaning a memo holds is served without importing the cleaning's rules ------------------------

_FRESH = """
import json, sys
from pathlib import Path
from imcovid.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[4]), progress=False, cache_dir=Path(sys.argv[3]))
print(json.dumps({"rules": "imcovid.clean.article" in sys.modules, "bylines": "imcovid.clean.bylines" in sys.modules}))
"""


def _fresh_build(seeds: Path, out: Path, cache: Path, jobs: int = 1) -> dict:
    done = subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(out), str(cache), str(jobs)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def posts(tmp_path_factory) -> Path:
    """Five real posts."""
    return first_corpus_posts(tmp_path_factory.mktemp("s21-seeds"), 5)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("how", ["comment", "fork"])
def test_a_known_capture_is_served_without_the_rules_and_equals_a_clean_build(posts, tmp_path, jobs, how):
    """Another capture of a text an earlier build cleaned — the post with its trailing comment replaced by another
    (its body is parsed again: the clean-body memo is not kept) or the same file at a new path — is served from the kept cleaning in a
    fresh process that never imports imcovid.clean.article; the bytes are a clean build's."""
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    path = sorted(seeds.iterdir())[2]
    original = path.read_bytes()
    path.write_bytes(original + b"\n<!-- capture 1 -->\n")  # a capture's note, as the benchmark's copies carry
    first = _fresh_build(seeds, tmp_path / "first", cache, jobs)
    assert first["rules"]  # a first build cleans
    if how == "comment":
        path.write_bytes(original + b"\n<!-- capture 2 -->\n")
    else:
        shutil.copy2(path, seeds / f"fork-{path.name}")
    again = _fresh_build(seeds, tmp_path / "again", cache, jobs)
    assert not again["rules"] and not again["bylines"]
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")


def test_a_new_text_imports_the_rules_and_equals_a_clean_build(posts, tmp_path):
    """Negative: a post whose text no build cleaned is cleaned (the rules imported), with the same bytes."""
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    _fresh_build(seeds, tmp_path / "first", cache)
    changed = sorted(seeds.iterdir())[1]
    changed.write_bytes(changed.read_bytes().replace(b"</p>", "</p>\n<p>新增一句与原文不同的正文。</p>".encode(), 1))
    again = _fresh_build(seeds, tmp_path / "again", cache)
    assert again["rules"]
    assert tree_bytes(tmp_path / "again") == _clean(seeds, tmp_path / "clean")


def test_the_package_imports_its_rules_only_when_asked():
    probe = ("import sys, imcovid.clean, imcovid.clean.result, imcovid.clean.steps, imcovid.provenance; "
             "a = 'imcovid.clean.article' in sys.modules; from imcovid.clean import clean_document, CleanedArticle; "
             "from imcovid.clean.article import clean_document as c; import imcovid.clean.result as r; "
             "print(a, clean_document is c, CleanedArticle is r.CleanedArticle)")
    done = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    assert done.stdout.split() == ["False", "True", "True"]


@pytest.mark.parametrize("active", [True, False])
def test_look_up_then_clean_gives_what_clean_document_gives(posts, active):
    from imcovid.clean.article import clean_document
    from imcovid.clean.result import look_up
    from imcovid.config import load_config
    from imcovid.readers import read_source

    config = load_config()
    path = sorted(posts.iterdir())[0]
    doc = read_source(path.name, path.read_bytes(), "0" * 64)
    if active:
        memo.start()
    try:
        direct = clean_document(doc, config)
        prepared = look_up(doc, config)
        assert (prepared.result is not None) == active  # in the process's memo once cleaned, inside a build
        again = clean_document(doc, config, prepared)
        assert (again.fields, again.steps, again.outlets, again.flags) == (direct.fields, direct.steps,
                                                                           direct.outlets, direct.flags)
        assert again.inputs_key == direct.inputs_key
    finally:
        if active:
            memo.stop()


def test_find_is_calls_look_up_and_made_its_miss(tmp_path):
    memo.start()
    try:
        m = memo.Memo("some-step")
        key = m.key("inputs")
        assert m.find(key) is memo.MISSING and (m.hits, m.misses) == (0, 0)  # a miss is counted by what follows
        assert m.made(key, lambda: ["result"]) == ["result"] and (m.hits, m.misses) == (0, 1)
        found = m.find(key)
        assert found == ["result"] and (m.hits, m.misses) == (1, 1)
        found.append("changed by the caller")
        assert m.call(key, lambda: ["computed"]) == ["result"] and (m.hits, m.misses) == (2, 1)  # a copy
        assert m.call(m.key("other"), lambda: None) is None and (m.hits, m.misses) == (2, 2)
    finally:
        memo.stop()
    m = memo.Memo("some-step")  # outside a build: nothing is kept, nothing found
    assert m.find(m.key("inputs")) is memo.MISSING and m.made(m.key("inputs"), lambda: 3) == 3

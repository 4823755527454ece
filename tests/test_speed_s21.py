"""Session 21 (issue 16, build speed): the card's composition is added up from each mentions file's share
(``card.composition_part``), kept with the file's counts in the metadata cache, instead of every file's places
article by article. No timed assertions: the shares must give the figures of one pass over all places, in every
split of the articles into files, and a split that names an article twice must fall back to that one pass."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from imcovid.cache import ResultCache
from imcovid.config import CONFIG_NAMES, load_config
from imcovid.hashing import sha256_file
from imcovid.publish import card
from imcovid.publish.parquet import data_files

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

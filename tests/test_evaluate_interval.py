"""The bootstrap interval of a pooled F1 (evaluate_interval): deterministic, around the pooled figure, narrower with
more posts, and shown by `imcovid evaluate`'s tables."""

from __future__ import annotations

import pytest

from imcovid import evaluate, evaluate_measures
from imcovid.evaluate_interval import BootstrapSettings, f1_interval, format_interval, load_settings


def _article(g, p, m):
    return {"gold": g, "predicted": p, "matched": m}


MIXED = [_article(10, 9, 8), _article(4, 6, 3), _article(7, 7, 7), _article(3, 1, 0), _article(12, 11, 10)]


def _pooled_f1(articles):
    g, p, m = (sum(a[k] for a in articles) for k in ("gold", "predicted", "matched"))
    return evaluate._prf({"gold": g, "predicted": p, "matched": m})["f1"]


def test_settings_are_data():
    settings = load_settings()
    assert settings.resamples >= 1000 and 0.5 <= settings.level < 1


@pytest.mark.parametrize("bad", [{"resamples": 10, "seed": 1, "level": 0.95},
                                 {"resamples": 1000, "seed": 1, "level": 1.0}])
def test_settings_refuse_nonsense(bad):
    with pytest.raises(ValueError):
        BootstrapSettings(**bad)


def test_interval_is_deterministic_and_holds_the_pooled_figure():
    first, second = f1_interval(MIXED), f1_interval(MIXED)
    assert first == second
    low, high = first
    assert low < _pooled_f1(MIXED) < high
    assert 0.0 <= low < high <= 1.0


def test_identical_posts_give_no_spread():
    assert f1_interval([_article(5, 5, 4)] * 6) == (pytest.approx(8 / 10), pytest.approx(8 / 10))


def test_more_posts_of_the_same_kind_narrow_the_interval():
    small, large = f1_interval(MIXED), f1_interval(MIXED * 8)
    assert (large[1] - large[0]) < (small[1] - small[0])


def test_one_post_has_no_interval():
    assert f1_interval([_article(3, 3, 3)]) is None
    assert format_interval(None) == "–"


def test_a_lower_level_gives_a_narrower_interval():
    wide = f1_interval(MIXED, BootstrapSettings(resamples=2000, seed=7, level=0.95))
    narrow = f1_interval(MIXED, BootstrapSettings(resamples=2000, seed=7, level=0.6))
    assert wide[0] <= narrow[0] and narrow[1] <= wide[1] and (narrow[1] - narrow[0]) < (wide[1] - wide[0])


def _mention(kind, surface, start):
    return {"type": kind, "surface": surface, "start": start, "end": start + len(surface), "code": None, "value": None}


def test_entity_table_has_an_interval_column_from_per_article_counts():
    pairs = [([_mention("PERSON", "张三", 0)], [_mention("PERSON", "张三", 0)]),
             ([_mention("PERSON", "李四", 0)], []),
             ([_mention("PERSON", "王五", 0)], [_mention("PERSON", "王五", 0), _mention("PERSON", "赵六", 5)])]
    report = evaluate.score(pairs)
    assert [a["PERSON"] for a in report["per_article"]] == [_article(1, 1, 1), _article(1, 0, 0), _article(1, 2, 1)]
    table = evaluate.format_table(report)
    header, _, person = table.splitlines()[:3]
    assert header.endswith("F1 95% interval |")
    assert person.startswith("| PERSON | 3 | 3 | 2 |") and "–" in person.split("|")[-2]


def test_measure_table_has_an_interval_column():
    gold = [{"type": "CASE_COUNT", "metric": "confirmed", "value": 3, "place_code": "150000", "as_of": "2021-10-19",
             "start": 0, "end": 2}]
    report = evaluate_measures.score([(gold, gold), (gold, [])])
    report["articles"] = 2
    assert [a["CASE_COUNT"] for a in report["per_article"]] == [_article(1, 1, 1), _article(1, 0, 0)]
    row = next(line for line in evaluate_measures.format_table(report).splitlines() if line.startswith("| CASE_COUNT"))
    assert row.count("|") == 9

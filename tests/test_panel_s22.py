"""The case_counts panel warns of a running total that falls (session 22): ``below_earlier_total`` is true for a
dated running total (``*_cumulative``) whose largest value is smaller than a value of the same place code, place
scope and metric on an earlier as-of date — the later, lower row (:class:`imcovid.panel.RunningTotals`). The published
panel had Inner Mongolia's confirmed_cumulative 169 on 2021-11-16 and 20 on 2021-11-28 (a city's total the text gives
as the region's): no rule can know that from one text, so the row is flagged across sources, where the panel is
assembled. The flag is the same whichever way the build makes the rows (in memory, merged streams, a cached rebuild
that merges only the changed keys, one or two jobs). Invented figures and posts: regression tests, not evidence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from imcovid import panel
from imcovid.models import METRIC_KINDS, CaseCountRow
from imcovid.panel import RunningTotals, case_count_rows
from imcovid.pipeline import build

from test_scale import tree_bytes

A, B, C = "a" * 16, "b" * 16, "c" * 16


def _count(article, n, value, as_of, metric="confirmed_cumulative", place="150000", scope=None):
    m = {"type": "CASE_COUNT", "article_id": article, "mention_id": f"{article}-{n:08x}", "metric": metric,
         "value": str(value), "place_code": place, "as_of": as_of}
    if scope is not None:
        m["place_scope"] = scope
    return m


def _flags(mentions) -> dict[tuple, bool]:
    rows = case_count_rows(mentions)
    for row in rows:
        CaseCountRow.model_validate(row)
    return {(r["place_code"], r["as_of"].isoformat() if r["as_of"] else None, r["metric"]): r["below_earlier_total"]
            for r in rows}


# --- which rows are flagged -------------------------------------------------------------------------------------

def test_a_falling_running_total_flags_the_later_lower_row():
    flags = _flags([_count(A, 1, 169, "2021-11-16"), _count(B, 1, 20, "2021-11-28")])
    assert flags == {("150000", "2021-11-16", "confirmed_cumulative"): False,
                     ("150000", "2021-11-28", "confirmed_cumulative"): True}


@pytest.mark.parametrize("metric", ["confirmed_cumulative", "asymptomatic_cumulative", "positive_cumulative"])
def test_every_running_total_metric_is_watched(metric):
    flags = _flags([_count(A, 1, 30, "2021-11-16", metric), _count(B, 1, 2, "2021-11-28", metric)])
    assert flags[("150000", "2021-11-28", metric)] is True


def test_the_running_metrics_are_the_kinds_table_s():
    assert {m for m, (kind, _) in METRIC_KINDS.items() if kind == "running"} == {
        "confirmed_cumulative", "asymptomatic_cumulative", "positive_cumulative"}


@pytest.mark.parametrize("values", [
    [169, 169],          # negative: an equal total does not fall
    [169, 190],          # negative: a rising total
    [20, 169, 190],      # negative: a low total before the high ones (nothing earlier is larger)
])
def test_equal_or_rising_totals_are_not_flagged(values):
    days = ["2021-11-16", "2021-11-28", "2021-11-29"]
    flags = _flags([_count(chr(97 + i) * 16, 1, v, days[i]) for i, v in enumerate(values)])
    assert not any(flags.values())


def test_a_later_row_lower_than_any_earlier_one_is_flagged_not_only_the_one_before():
    flags = _flags([_count(A, 1, 169, "2021-11-16"), _count(B, 1, 100, "2021-11-20"), _count(C, 1, 150, "2021-11-28")])
    # 100 < 169 and 150 < 169: both later rows; the highest so far counts, not the row just before
    assert [flags[("150000", d, "confirmed_cumulative")] for d in ("2021-11-16", "2021-11-20", "2021-11-28")] == \
        [False, True, True]


@pytest.mark.parametrize("metric", ["confirmed_local", "asymptomatic_local", "deaths", "recovered", "hospitalised",
                                    "under_observation", "close_contacts", "tested", "vaccinated_doses"])
def test_other_metrics_are_never_flagged(metric):
    # negative: new and current counts rise and fall; deaths, recovered… mix a day's and a running count
    flags = _flags([_count(A, 1, 169, "2021-11-16", metric), _count(B, 1, 20, "2021-11-28", metric)])
    assert not any(flags.values())


def test_places_scopes_and_metrics_are_separate_series():
    flags = _flags([
        _count(A, 1, 169, "2021-11-16"),                                            # the region
        _count(B, 1, 20, "2021-11-28", place="150781"),                             # negative: a city of it
        _count(B, 2, 20, "2021-11-28", metric="asymptomatic_cumulative"),           # negative: another metric
        _count(A, 2, 900, "2021-11-16", place=None, scope="national"),              # the country
        _count(A, 3, 635, "2021-11-16", place=None, scope="unplaced"),              # negative: unplaced figures
        _count(B, 3, 5, "2021-11-28", place=None, scope="unplaced"),                # (different places: no series)
        _count(C, 1, 800, "2021-11-29", place=None, scope="national"),              # the country's total falls
    ])
    assert [k for k, v in flags.items() if v] == [(None, "2021-11-29", "confirmed_cumulative")]


def test_rows_without_an_as_of_date_are_never_flagged_nor_compared():
    # negative: an undated total has no place in the series (it sorts last and says nothing of order)
    flags = _flags([_count(A, 1, 169, "2021-11-16"), _count(B, 1, 20, None), _count(C, 1, 170, "2021-11-28")])
    assert not any(flags.values())


def test_a_row_with_several_values_is_flagged_when_even_its_largest_is_below_an_earlier_total():
    # negative: a part of the total beside the total (the imported cases' running total beside the country's, one
    # row marked differ_within_article) is no fall; the earlier row's largest value is its total
    flags = _flags([_count(A, 1, 19, "2021-11-16"), _count(A, 2, 169, "2021-11-16"),
                    _count(B, 1, 20, "2021-11-28"), _count(B, 2, 190, "2021-11-28"),
                    _count(C, 1, 25, "2021-11-29"), _count(C, 2, 150, "2021-11-29")])
    assert [flags[("150000", d, "confirmed_cumulative")] for d in ("2021-11-16", "2021-11-28", "2021-11-29")] == \
        [False, False, True]


def test_the_flag_does_not_depend_on_the_order_of_the_evidence():
    evidence = [_count(A, 1, 169, "2021-11-16"), _count(B, 1, 20, "2021-11-28"), _count(C, 1, 190, "2021-11-29"),
                _count(C, 2, 2, "2021-11-28", "asymptomatic_cumulative")]
    assert case_count_rows(evidence) == case_count_rows(list(reversed(evidence)))


def test_the_model_accepts_the_flag_only_on_a_dated_running_total():
    [_, row] = case_count_rows([_count(A, 1, 169, "2021-11-16"), _count(B, 1, 20, "2021-11-28")])
    assert CaseCountRow.model_validate(row).below_earlier_total
    for bad in ({"metric": "deaths"}, {"as_of": None}, {"place_code": None, "place_scope": "unplaced"}):
        with pytest.raises(ValidationError):
            CaseCountRow.model_validate({**row, **bad})


def test_running_totals_fed_out_of_order_is_not_its_use():
    """RunningTotals compares with the rows fed before: it is fed in the rows' order (sort_text), dates ascending."""
    totals = RunningTotals()
    assert not totals.falls(("150000", "2021-11-16", "confirmed_cumulative", "division"), {169})
    assert totals.falls(("150000", "2021-11-28", "confirmed_cumulative", "division"), {20})
    assert not totals.falls(("150000", None, "confirmed_cumulative", "division"), {1})


def test_the_schema_and_the_card_describe_the_column():
    from imcovid.publish.croissant import CONFIG_DESCRIPTIONS
    from imcovid.schema_export import model_schema

    prop = model_schema("case_counts")["properties"]["below_earlier_total"]
    assert prop["type"] == "boolean" and "running total" in prop["description"]
    assert "below_earlier_total" in CONFIG_DESCRIPTIONS["case_counts"]


# --- the same rows from every way of building -------------------------------------------------------------------

def _post(folder: Path, name: str, published: str, day: str, confirmed: int, asymptomatic: int) -> None:
    """An invented regional bulletin with two running totals as of ``day`` (月日)."""
    body = (f"{day}，内蒙古自治区卫健委通报，截至{day}24时，内蒙古自治区累计报告本土确诊病例{confirmed}例，"
            f"累计报告本土无症状感染者{asymptomatic}例。各地继续严格落实各项防控措施，开展全员核酸检测。")
    (folder / f"{name}.md").write_text(
        f"\n---\ntitle: '内蒙古疫情通报{name}'\ncategories: \n - 新媒体\n - ZAKER\n - source\nauthor: ZAKER\n"
        f"comments: false\ndate: {published}\n---\n\n<div>\n<p>{body}</p>\n</div>\n", encoding="utf-8")


@pytest.fixture()
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    _post(folder, "b", "Mon, 29 Nov 2021 15:48:43 GMT", "11月28日", 20, 2)
    _post(folder, "c", "Tue, 30 Nov 2021 15:48:43 GMT", "11月29日", 190, 30)
    return folder


def _flagged(out: Path) -> list[tuple]:
    import pyarrow.parquet as pq

    rows = pq.read_table(out / "case_counts" / "train.parquet").to_pylist()
    return sorted((r["as_of"].isoformat(), r["metric"]) for r in rows if r["below_earlier_total"])


def _add_earlier_higher(seeds: Path) -> None:
    _post(seeds, "a", "Wed, 17 Nov 2021 15:48:43 GMT", "11月16日", 169, 30)


def test_a_build_flags_the_falling_rows_alike_with_one_and_two_jobs(seeds, tmp_path):
    _add_earlier_higher(seeds)
    build(seeds, tmp_path / "one", jobs=1, progress=False)
    assert _flagged(tmp_path / "one") == [("2021-11-28", "asymptomatic_cumulative"), ("2021-11-28", "confirmed_cumulative")]
    build(seeds, tmp_path / "two", jobs=2, progress=False)
    assert tree_bytes(tmp_path / "two") == tree_bytes(tmp_path / "one")


@pytest.mark.parametrize("jobs, whole", [(1, False), (2, False), (1, True)])
def test_a_rebuild_that_changes_only_another_rows_flag_equals_a_clean_build(seeds, tmp_path, monkeypatch, jobs, whole):
    """The rows of 11-28 keep their evidence when a post with a higher earlier total comes and goes: their flag
    changes all the same (it is folded into the digest that names them in the row memo and the cached row groups).
    ``whole``: the streams merged whole (more changed keys than panel.CHANGED_KEYS_MAX) rather than key by key."""
    if whole:
        monkeypatch.setattr(panel, "CHANGED_KEYS_MAX", 0)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=jobs, progress=False, cache_dir=cache)
    assert _flagged(tmp_path / "first") == []
    steps = [("add", lambda: _add_earlier_higher(seeds), 2), ("remove", lambda: (seeds / "a.md").unlink(), 0),
             ("again", lambda: _add_earlier_higher(seeds), 2)]
    for step, change, flagged in steps:
        change()
        out, clean = tmp_path / f"out-{step}", tmp_path / f"clean-{step}"
        build(seeds, out, jobs=jobs, progress=False, cache_dir=cache)
        build(seeds, clean, jobs=1, progress=False)
        assert len(_flagged(out)) == flagged, step
        assert tree_bytes(out) == tree_bytes(clean), step
        shutil.rmtree(clean)


def test_qualifiers_are_separate_series():
    """An imported-case running total, or one round's total since a stated start, is no all-time total: it is
    compared only with earlier rows of the same qualifiers (origin, period, subject; the key's last parts)."""
    def qualified(article, n, value, as_of, **q):
        m = _count(article, n, value, as_of, place=None, scope="national")
        m.update(q)
        return m

    rows = case_count_rows([
        qualified(A, 1, 97423, "2021-11-02"),                                       # the country's all-time total
        qualified(B, 1, 9670, "2021-11-03", origin="imported"),                     # negative: imported cases only
        qualified(B, 2, 1327, "2021-11-16", origin="local", period="cumulative_since"),  # negative: one round's
        qualified(C, 1, 9600, "2021-11-20", origin="imported"),                     # the imported total falls
    ])
    flagged = [(r["as_of"].isoformat(), r["origin"], r["value"]) for r in rows if r["below_earlier_total"]]
    assert flagged == [("2021-11-20", "imported", 9600)]


def test_an_all_case_total_below_an_earlier_local_total_is_flagged():
    """A total with no stated origin holds the local cases: below an earlier local total of its place it falls (the
    seeds' Inner Mongolia 169 local on 2021-11-16, then 20 on 2021-11-28, a city's total filed as the region's). The
    reverse is no fall: a local total below an earlier all-case total is a part of it."""
    def q(article, n, value, as_of, **kw):
        m = _count(article, n, value, as_of)
        m.update(kw)
        return m

    rows = case_count_rows([q(A, 1, 169, "2021-11-16", origin="local"), q(B, 1, 20, "2021-11-28"),
                            q(A, 2, 500, "2021-11-16", metric="asymptomatic_cumulative"),
                            q(C, 1, 300, "2021-11-29", metric="asymptomatic_cumulative", origin="local")])
    flagged = [(r["metric"], r["as_of"].isoformat(), r["value"]) for r in rows if r["below_earlier_total"]]
    assert flagged == [("confirmed_cumulative", "2021-11-28", 20)]

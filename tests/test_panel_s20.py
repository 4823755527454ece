"""The case_counts panel says what its rows hold (session 20): a row whose values differ is marked (within one
article too) and says why; figures with no place code are the country's only when the text shows it; each metric
says what kind of count it is. Invented sentences: regression tests of the rules, not evidence."""

from __future__ import annotations

import typing

import pytest
from pydantic import ValidationError

from imcovid import panel
from imcovid.models import METRIC_KINDS, CaseCountRow, Metric
from imcovid.panel import case_count_rows, dated_mentions, place_scope, value_flags

A, B, C = "a" * 16, "b" * 16, "c" * 16


def _count(article, n, value, metric="deaths", place=None, as_of="2021-11-02", scope=None):
    m = {"type": "CASE_COUNT", "article_id": article, "mention_id": f"{article}-{n:08x}", "metric": metric,
         "value": str(value), "place_code": place, "as_of": as_of}
    if scope is not None:
        m["place_scope"] = scope
    return m


# --- values_differ, differ_within_article, disputed -------------------------------------------------------------

@pytest.mark.parametrize("by_article, differ, within, disputed", [
    ({A: {6}}, False, False, False),                        # one article, one value
    ({A: {6}, B: {6}}, False, False, False),                # several articles agreeing
    ({A: {0, 4636}}, True, True, False),                    # one article, a new and a running count: not a dispute
    ({A: {6}, B: {7}}, True, False, True),                  # two articles disagreeing
    ({A: {0, 4636}, B: {0, 4636}}, True, True, False),      # two bulletins giving the same two figures
    ({A: {0, 4636}, B: {0}}, True, True, False),            # one giving a part of the other's
    ({A: {0, 4636}, B: {5}}, True, True, True),             # a figure no article gives with the others
    ({A: {6}, B: {7}, C: {6, 7}}, True, True, False),       # the third gives them all
])
def test_value_flags(by_article, differ, within, disputed):
    assert value_flags(by_article) == {"values_differ": differ, "differ_within_article": within, "disputed": disputed}


def test_a_row_whose_values_differ_within_one_article_is_marked():
    [row] = case_count_rows([_count(A, 1, 0), _count(A, 2, 4636)])
    assert row["values"] == [0, 4636] and row["value"] is None
    assert row["values_differ"] and row["differ_within_article"] and not row["disputed"]
    CaseCountRow.model_validate(row)


def test_a_row_of_several_articles_disagreeing_is_disputed_and_agreeing_is_not():
    [disagree] = case_count_rows([_count(A, 1, 6), _count(B, 1, 7)])
    assert disagree["values_differ"] and disagree["disputed"] and not disagree["differ_within_article"]
    [agree] = case_count_rows([_count(A, 1, 6), _count(B, 1, 6)])
    assert agree["value"] == 6 and not (agree["values_differ"] or agree["disputed"] or agree["differ_within_article"])
    for row in (disagree, agree):
        CaseCountRow.model_validate(row)


def test_rows_are_the_same_in_any_order_of_evidence():
    evidence = [_count(A, 1, 0), _count(B, 2, 4636), _count(A, 3, 4636), _count(C, 4, 2, scope="unplaced"),
                _count(A, 5, 3, place="150000", scope="division")]
    assert case_count_rows(evidence) == case_count_rows(reversed(evidence))


@pytest.mark.parametrize("change, message", [
    (lambda r: r.update(values_differ=False), "values_differ"),
    (lambda r: r.update(value=0), "values_differ"),
    (lambda r: r.update(place_scope="division"), "place_scope"),
])
def test_the_model_refuses_flags_that_contradict_the_values(change, message):
    [row] = case_count_rows([_count(A, 1, 0), _count(A, 2, 4636)])
    change(row)
    with pytest.raises(ValidationError, match=message):
        CaseCountRow.model_validate(row)


def test_the_model_refuses_a_dispute_on_agreeing_values():
    [row] = case_count_rows([_count(A, 1, 6), _count(B, 1, 6)])
    row["disputed"] = True
    with pytest.raises(ValidationError, match="neither"):
        CaseCountRow.model_validate(row)


# --- figures with no place code ---------------------------------------------------------------------------------

def _location(text, surface, code=None, nested=False, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return {"type": "LOCATION", "start": start, "end": start + len(surface), "surface": surface, "code": code,
            "parent_id": "x" if nested else None}


def _figure(text, surface, place=None):
    start = text.index(surface)
    return {"type": "CASE_COUNT", "start": start, "end": start + len(surface), "surface": surface,
            "place_code": place}


_BULLETIN = "11月2日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例50例。"


@pytest.mark.parametrize("text, figure, places, scope", [
    # a national bulletin's figures with no place of their own
    (_BULLETIN, "新增确诊病例50例", [("新疆", "650000", True)], "national"),  # (新疆 inside 新疆生产建设兵团: no place)
    (_BULLETIN + "无新增死亡病例。", "无新增死亡病例", [("新疆", "650000", True)], "national"),
    (_BULLETIN + "截至11月2日24时，累计治愈出院病例91787例。", "累计治愈出院病例91787例", [], "national"),
    ("截至11月16日24时，31省份累计报告本土确诊病例1327例。", "累计报告本土确诊病例1327例", [], "national"),
    ("6日中国内地新增确诊病例174例。", "新增确诊病例174例", [("中国", None, False)], "national"),  # national term first
    # a zone of a division, in a national bulletin: its own clause names it
    (_BULLETIN + "本土病例40例，其中甘肃40例，其中兰州新区32例。", "兰州新区32例", [("甘肃", "620000", False),
                                                                          ("兰州", "620100", False)], "unplaced"),
    # a place with no code (abroad), in a text that reports national figures elsewhere
    ("全国新增本土确诊病例3例。美国单日新增确诊病例60万例。", "新增确诊病例60万例", [("美国", None, False)], "unplaced"),
    # several provinces together
    (_BULLETIN + "本轮疫情已波及16个省份，累计本土确诊病例635例。", "累计本土确诊病例635例", [], "unplaced"),
    ("多省份疫情散发，全国单日新增本土感染者超500人。", "新增本土感染者超500人", [], "unplaced"),
    (_BULLETIN + "累计收到港澳台地区通报确诊病例28847例。", "累计收到港澳台地区通报确诊病例28847例", [], "unplaced"),
    # a text that reports no national figure: a zone's or a town's bulletin
    ("自2022年1月1日以来，排查进入示范区返乡人员934人。", "排查进入示范区返乡人员934人", [], "unplaced"),
    ("某镇新增确诊病例3例。", "新增确诊病例3例", [], "unplaced"),
    # a figure with a code is its division's, whatever else
    ("呼和浩特市新增确诊病例3例。", "新增确诊病例3例", [("呼和浩特市", "150100", False)], "division"),
])
def test_place_scope(text, figure, places, scope):
    locations = [_location(text, surface, code, nested) for surface, code, nested in places]
    top = [p for p in locations if not p["parent_id"]]
    mention = _figure(text, figure, place="150100" if scope == "division" else None)
    assert place_scope(text, mention, top, []) == scope


@pytest.mark.parametrize("text", [
    "截至11月16日24时，31省份累计报告本土确诊病例1327例。",      # 31 provinces: the whole country, not several
    "截至11月16日24时，三十一个省份累计报告本土确诊病例1327例。",
    "31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例50例。",
])
def test_the_whole_country_is_not_several_provinces(text):
    assert panel._SEVERAL_DIVISIONS.search(text) is None


def test_dated_mentions_give_each_figure_its_scope_and_skip_nested_places():
    text = _BULLETIN + "无新增死亡病例。甘肃2例，均在兰州新区。本土病例1206例，其中兰州新区2例。"
    mentions = [_location(text, "新疆", "650000", nested=True), _location(text, "兰州", "620100", occurrence=1),
                {**_figure(text, "无新增死亡病例"), "metric": "deaths", "value": "0"},
                {**_figure(text, "本土病例1206例"), "metric": "confirmed_local", "value": "1206"},
                {**_figure(text, "兰州新区2例"), "metric": "confirmed_local", "value": "2"}]
    for i, m in enumerate(mentions):
        m.update(article_id=A, mention_id=f"{A}-{i:08x}", as_of="2022-03-16")
    evidence = dated_mentions(text, None, mentions)
    assert [(e["value"], e["place_scope"]) for e in evidence] == [("0", "national"), ("1206", "national"),
                                                                  ("2", "unplaced")]
    rows = case_count_rows(evidence)
    assert [(r["metric"], r["place_scope"], r["values"], r["values_differ"]) for r in rows] == [
        ("confirmed_local", "national", [1206], False), ("confirmed_local", "unplaced", [2], False),
        ("deaths", "national", [0], False)]


def test_an_unplaced_figure_never_joins_nor_renames_the_national_row():
    national, zone = _count(A, 1, 1206, "confirmed_local", scope="national"), _count(A, 2, 2, "confirmed_local", scope="unplaced")
    rows = case_count_rows([national, zone])
    assert [(r["place_scope"], r["values"]) for r in rows] == [("national", [1206]), ("unplaced", [2])]
    # The national row keeps the id of the releases before place_scope; the unplaced row has one of its own.
    assert rows[0]["case_count_id"] == panel._row_id(None, "2021-11-02", "confirmed_local")
    assert rows[1]["case_count_id"] != rows[0]["case_count_id"]
    for row in rows:
        CaseCountRow.model_validate(row)


def test_evidence_without_a_scope_takes_it_from_its_code():
    rows = case_count_rows([_count(A, 1, 3, place="150000"), _count(B, 1, 4)])
    assert [(r["place_code"], r["place_scope"]) for r in rows] == [("150000", "division"), (None, "national")]


def test_block_partials_give_the_rows_of_all_evidence(tmp_path):
    evidence = [_count(A, 1, 0), _count(A, 2, 4636), _count(B, 1, 0), _count(B, 2, 2, scope="unplaced"),
                _count(C, 1, 5, place="150000", scope="division"), _count(C, 2, 6, place="150000", scope="division")]
    paths = []
    for number, block in enumerate((evidence[:3], evidence[3:])):
        path = tmp_path / f"block-{number}.pickles"
        path.write_bytes(panel.block_partials(panel.evidence_rows(block))["case_counts"])
        paths.append(path)
    assert [row for _, row in panel.merged_rows("case_counts", paths)] == case_count_rows(evidence)


# --- the metric codebook ----------------------------------------------------------------------------------------

def test_every_metric_says_what_kind_of_count_it_is():
    assert list(METRIC_KINDS) == list(typing.get_args(Metric))
    assert {kind for kind, _ in METRIC_KINDS.values()} == {"new", "running", "current", "new or running"}
    # as measures.md defines them: 新增 → the new-case metrics, 累计 → cumulative, 现有/尚在/在院 → current
    assert {m for m, (kind, _) in METRIC_KINDS.items() if kind == "new"} == {
        "confirmed_local", "asymptomatic_local", "confirmed_imported", "asymptomatic_imported", "positive_local"}
    assert {m for m, (kind, _) in METRIC_KINDS.items() if kind == "running"} == {
        "confirmed_cumulative", "asymptomatic_cumulative", "positive_cumulative"}
    assert {m for m, (kind, _) in METRIC_KINDS.items() if kind == "current"} == {"hospitalised", "under_observation"}


def test_the_card_and_the_codebook_state_the_kinds_and_the_flags():
    from imcovid.publish.card import field_table, metric_table

    table = metric_table()
    for metric, (kind, _) in METRIC_KINDS.items():
        assert f"| `{metric}` | {kind} |" in table
    fields = field_table("case_counts")
    for name in ("place_scope", "values_differ", "differ_within_article", "disputed"):
        assert f"| `{name}` |" in fields

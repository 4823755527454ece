"""CASE_COUNT qualifiers (session 22): ``origin``, ``period`` and ``subject`` say what the text states about a figure
beyond its metric, and the ``case_counts`` panel keys its rows by them, so that a national bulletin's imported-case
total (累计确诊病例9670例 in its imported paragraph), its all-case total and its day's discharges no longer share one
row of several values. The evaluation tuple (metric, value, place_code, as_of) does not change.

The texts are invented in the layouts of real posts (the national daily bulletin as outlets repost it, other numbers):
regression tests of the rules, not evidence of quality. Rows marked negative guard the rules' limits."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from imcovid.annotate import annotate
from imcovid.annotate.count_qualifiers import (implied_qualifiers, key_qualifiers, origin_of, paragraph_origin,
                                               period_of, qualifiers, since_stated, subject_of)
from imcovid.models import CaseCountRow, Mention
from imcovid.panel import case_count_id, case_count_rows, dated_mentions

PUBLISHED = date(2021, 11, 3)
A, B = "a" * 16, "b" * 16


def _figures(text, published=PUBLISHED):
    """(metric, value, origin, period, subject) of each CASE_COUNT mention, in text order."""
    return [(m["metric"], int(m["value"]), m["origin"], m["period"], m["subject"])
            for m in annotate(text, published) if m["type"] == "CASE_COUNT"]


def _tuples(text, published=PUBLISHED):
    return [(m["metric"], int(m["value"]), m["place_code"], m["as_of"])
            for m in annotate(text, published) if m["type"] == "CASE_COUNT"]


# --- the small functions ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("scope, expected", [("imported", "imported"), ("local", "local"), (None, None),
                                             ("abroad", None)])
def test_origin_of(scope, expected):
    assert origin_of(scope) == expected


@pytest.mark.parametrize("temporal, expected", [("new", "new"), ("cumulative", "cumulative"),
                                                ("current", "current"), (None, None), ("other", None)])
def test_period_of(temporal, expected):
    assert period_of(temporal) == expected


@pytest.mark.parametrize("metric, family, expected", [
    ("under_observation", "close_contacts", "contacts"),
    ("under_observation", "asymptomatic", "asymptomatic"),
    ("hospitalised", "confirmed", "confirmed"),
    ("hospitalised", "positive", "positive"),
    # negatives: a group the text does not name, and metrics that are no state
    ("under_observation", "under_observation", None),
    ("under_observation", None, None),
    ("recovered", "confirmed", None),
    ("close_contacts", "close_contacts", None),
    ("deaths", "deaths", None),
])
def test_subject_of(metric, family, expected):
    assert subject_of(metric, family) == expected


_IMPORTED_PARAGRAPH = "境外输入现有确诊病例377例（其中重症病例2例），现有疑似病例3例。累计确诊病例9670例，累计治愈出院病例9293例，无死亡病例。"


@pytest.mark.parametrize("text, marker, expected", [
    (_IMPORTED_PARAGRAPH, "累计确诊", "imported"),
    (_IMPORTED_PARAGRAPH, "累计治愈", "imported"),
    (_IMPORTED_PARAGRAPH, "无死亡", "imported"),
    ("当日新增治愈出院病例21例。\n" + _IMPORTED_PARAGRAPH, "累计确诊", "imported"),
    ("（三）境外输入现有确诊病例5例。累计确诊病例96例。", "累计确诊", "imported"),
    # negatives: a 境外输入 inside an earlier sentence of the paragraph; a paragraph after the imported one; a
    # paragraph opening on 本土; another scope stated since the opening; a paragraph opening on arrivals (入境的)
    ("新增确诊病例5例，其中境外输入2例。累计确诊病例100例。", "累计确诊", None),
    (_IMPORTED_PARAGRAPH + "\n截至11月2日24时，累计确诊病例97423例。", "累计确诊病例97423", None),
    ("本土病例93例。累计确诊病例100例。", "累计确诊", None),
    ("境外输入病例16例，本土病例93例。累计确诊病例100例。", "累计确诊", None),
    ("入境的3人已隔离。累计确诊病例100例。", "累计确诊", None),
])
def test_paragraph_origin(text, marker, expected):
    assert paragraph_origin(text, text.index(marker)) == expected


@pytest.mark.parametrize("text, marker, expected", [
    ("10月17日以来，31省份累计报告本土确诊病例1327例。", "累计", True),
    ("自10月17日以来，本轮疫情已波及14个省份，累计报告本土确诊病例1327例。", "累计", True),
    ("本轮疫情累计报告本土确诊病例1327例。", "累计", True),
    ("此轮疫情中，该市共报告确诊病例86例。", "共报告", True),
    ("自2022年1月1日起，累计报告阳性感染者60例。", "累计", True),
    # negatives: an end (截至), the epidemic's whole course, this year, a start in an earlier sentence, after the figure
    ("截至11月2日24时，累计报告确诊病例97423例。", "累计", False),
    ("疫情发生以来，累计报告确诊病例97423例。", "累计", False),
    ("今年以来，累计报告确诊病例300例。", "累计", False),
    ("10月17日以来，本轮疫情波及多省。累计报告确诊病例97423例。", "累计", False),
    ("累计报告确诊病例97423例，10月17日以来新增1327例。", "累计", False),
    # negative: 起 starting a measure in an earlier clause of the sentence, not the total's period
    ("自1月1日起执行新的防控措施，累计报告确诊病例300例。", "累计", False),
    ("从12月5日开始，全市实行静态管理，累计报告阳性感染者60例。", "累计", False),
])
def test_since_stated(text, marker, expected):
    assert since_stated(text, text.index(marker)) is expected


@pytest.mark.parametrize("metric, stated, expected", [
    ("confirmed_local", (None, None, None), ("local", "new", None)),           # a bare 新增 figure: one row with 新增本土
    ("confirmed_local", ("local", "new", None), ("local", "new", None)),
    ("confirmed_imported", ("imported", "new", None), ("imported", "new", None)),
    ("confirmed_cumulative", (None, None, None), (None, "cumulative", None)),  # 确诊病例达92例
    ("confirmed_cumulative", ("imported", "cumulative", None), ("imported", "cumulative", None)),
    ("confirmed_cumulative", ("local", "cumulative_since", None), ("local", "cumulative_since", None)),
    ("under_observation", (None, "current", "contacts"), (None, "current", "contacts")),
    ("deaths", (None, None, None), (None, None, None)),                         # deaths: no kind of its own
    ("recovered", (None, "new", None), (None, "new", None)),
])
def test_key_qualifiers(metric, stated, expected):
    assert key_qualifiers(metric, *stated) == expected


def test_qualifiers_combines_the_reading_with_the_paragraph_and_the_period():
    text = "境外输入现有确诊病例5例。10月17日以来累计确诊病例96例。"
    assert qualifiers(text, text.index("累计"), "confirmed_cumulative", "confirmed", "cumulative", None) == \
        {"origin": "imported", "period": "cumulative_since", "subject": None}
    # the reading's own scope wins over the paragraph's
    assert qualifiers(text, text.index("累计"), "confirmed_cumulative", "confirmed", "cumulative", "local")["origin"] \
        == "local"


# --- the annotator: a national bulletin in the layout outlets repost ------------------------------------------------

_BULLETIN = (
    "据国家卫健委官网11月3日消息，11月2日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例50例。"
    "其中境外输入病例10例（上海5例，广东5例）；本土病例40例（黑龙江30例，均在黑河市；内蒙古10例，均在阿拉善盟）。"
    "无新增死亡病例。\n"
    "当日新增治愈出院病例21例，解除医学观察的密切接触者2505人。\n"
    "境外输入现有确诊病例377例（其中重症病例2例），现有疑似病例3例。累计确诊病例9670例，累计治愈出院病例9293例，无死亡病例。\n"
    "截至11月2日24时，据31个省（自治区、直辖市）和新疆生产建设兵团报告，现有确诊病例1000例（其中重症病例37例），"
    "累计治愈出院病例91787例，累计死亡病例4636例，累计报告确诊病例97423例，现有疑似病例3例。累计追踪到密切接触者1262122人，"
    "尚在医学观察的密切接触者39716人。\n"
    "31个省（自治区、直辖市）和新疆生产建设兵团报告新增无症状感染者19例，其中境外输入8例，本土11例；"
    "尚在医学观察的无症状感染者384例（境外输入335例）。"
)


def _by_surface(text):
    return {m["surface"]: (m["metric"], m["origin"], m["period"], m["subject"])
            for m in annotate(text, PUBLISHED) if m["type"] == "CASE_COUNT"}


@pytest.mark.parametrize("surface, expected", [
    # 其中境外输入病例10例 after 新增确诊病例50例: the breakdown shares the total's 新增
    ("境外输入病例10例", ("confirmed_imported", "imported", "new", None)),
    ("本土病例40例", ("confirmed_local", "local", "new", None)),
    ("内蒙古10例", ("confirmed_local", "local", "new", None)),  # a part by place: the list head's qualifiers
    ("无新增死亡病例", ("deaths", None, "new", None)),
    ("新增治愈出院病例21例", ("recovered", None, "new", None)),  # 当日新增治愈出院病例: the day's
    ("累计确诊病例9670例", ("confirmed_cumulative", "imported", "cumulative", None)),  # the imported paragraph's
    ("累计治愈出院病例9293例", ("recovered", "imported", "cumulative", None)),
    ("无死亡病例", ("deaths", "imported", None, None)),  # no 新增 written: no period
    ("累计治愈出院病例91787例", ("recovered", None, "cumulative", None)),
    ("累计死亡病例4636例", ("deaths", None, "cumulative", None)),
    ("累计报告确诊病例97423例", ("confirmed_cumulative", None, "cumulative", None)),
    ("尚在医学观察的密切接触者39716人", ("under_observation", None, "current", "contacts")),
    ("尚在医学观察的无症状感染者384例", ("under_observation", None, "current", "asymptomatic")),
    ("境外输入8例", ("asymptomatic_imported", "imported", "new", None)),
    ("本土11例", ("asymptomatic_local", "local", "new", None)),
])
def test_national_bulletin_qualifiers(surface, expected):
    assert _by_surface(_BULLETIN)[surface] == expected


def test_the_imported_paragraphs_zero_deaths_is_imported_with_no_period():
    zeros = [f for f in _figures(_BULLETIN) if f[0] == "deaths" and f[1] == 0]
    assert zeros == [("deaths", 0, None, "new", None), ("deaths", 0, "imported", None, None)]


def test_a_list_shares_its_heads_qualifiers():
    # the guideline's 新增本土…、无症状感染者…: the marker and the scope of the head apply to every item
    assert _figures("11月2日，内蒙古新增本土确诊病例3例、无症状感染者5例。") == [
        ("confirmed_local", 3, "local", "new", None), ("asymptomatic_local", 5, "local", "new", None)]
    assert _figures("11月2日，31个省份累计报告境外输入确诊病例9670例、无症状感染者335例。")[0][2:4] == ("imported", "cumulative")


def test_an_earlier_sentences_scope_qualifies_no_later_figure():
    # negative: 境外输入 inside the first sentence (not opening its paragraph) says nothing of the total after it
    figures = _figures("11月2日，内蒙古新增确诊病例5例，其中境外输入2例。累计报告确诊病例100例。")
    assert [f for f in figures if f[1] == 100] == [("confirmed_cumulative", 100, None, "cumulative", None)]


def test_an_outbreaks_total_since_a_stated_start():
    figures = _figures("10月17日以来，本轮疫情已波及14个省份，31省份累计报告本土确诊病例1327例。")
    assert figures == [("confirmed_cumulative", 1327, "local", "cumulative_since", None)]
    # negative: the all-time total of a bulletin's 截至 sentence
    figures = _figures("截至11月2日24时，31个省（自治区、直辖市）和新疆生产建设兵团累计报告确诊病例97423例。")
    assert figures == [("confirmed_cumulative", 97423, None, "cumulative", None)]


def test_the_evaluation_tuple_is_unchanged_by_the_qualifiers():
    # the scorer's tuple of the imported paragraph's totals: as before (national, the bulletin's day)
    tuples = _tuples(_BULLETIN)
    assert ("confirmed_cumulative", 9670, None, "2021-11-02") in tuples
    assert ("recovered", 9293, None, "2021-11-02") in tuples


def test_other_mention_types_have_no_qualifiers():
    for m in annotate(_BULLETIN, PUBLISHED):
        if m["type"] != "CASE_COUNT":
            assert "origin" not in m or (m["origin"], m["period"], m["subject"]) == (None, None, None)


# --- the record model ----------------------------------------------------------------------------------------------

def _mention(**fields):
    base = {"article_id": A, "mention_id": f"{A}-0000000a", "type": "CASE_COUNT", "start": 0, "end": 4,
            "surface": "累计9例", "metric": "confirmed_cumulative", "value": "9", "annotator": "t", "rule": "case_count.head"}
    return {**base, **fields}


def test_mention_model_takes_the_qualifiers():
    Mention.model_validate(_mention(origin="imported", period="cumulative"))
    Mention.model_validate(_mention(metric="under_observation", period="current", subject="contacts"))


@pytest.mark.parametrize("fields", [
    {"origin": "abroad"},                                                    # not a documented value
    {"period": "daily"},
    {"subject": "contacts"},                                                 # subject on a metric of no state
    {"type": "DATE", "metric": None, "value": "2021-11-02", "period": "new"},  # on another type
])
def test_mention_model_rejects_bad_qualifiers(fields):
    with pytest.raises(ValidationError):
        Mention.model_validate(_mention(**fields))


# --- the panel -----------------------------------------------------------------------------------------------------

def _count(article, n, value, metric, origin=None, period=None, subject=None, place=None, as_of="2021-11-02"):
    return {"type": "CASE_COUNT", "article_id": article, "mention_id": f"{article}-{n:08x}", "metric": metric,
            "value": str(value), "place_code": place, "as_of": as_of, "origin": origin, "period": period,
            "subject": subject, "place_scope": "national" if place is None else "division"}


_NATIONAL_ROWS = [
    _count(A, 1, 9670, "confirmed_cumulative", "imported", "cumulative"),
    _count(A, 2, 97423, "confirmed_cumulative", None, "cumulative"),
    _count(A, 3, 0, "deaths", None, "new"),
    _count(A, 4, 4636, "deaths", None, "cumulative"),
    _count(A, 5, 0, "deaths", "imported", None),
    _count(A, 6, 21, "recovered", None, "new"),
    _count(A, 7, 9293, "recovered", "imported", "cumulative"),
    _count(A, 8, 91787, "recovered", None, "cumulative"),
    _count(A, 9, 384, "under_observation", None, "current", "asymptomatic"),
    _count(A, 10, 39716, "under_observation", None, "current", "contacts"),
]


def test_a_national_bulletins_rows_are_single_valued():
    rows = case_count_rows(_NATIONAL_ROWS)
    assert len(rows) == len(_NATIONAL_ROWS)
    assert all(not r["values_differ"] and r["value"] is not None for r in rows)
    for r in rows:
        CaseCountRow.model_validate(r)
    assert {(r["metric"], r["origin"], r["period"], r["subject"], r["value"]) for r in rows} == {
        (m["metric"], m["origin"], m["period"], m["subject"], int(m["value"])) for m in _NATIONAL_ROWS}


def test_rows_of_one_quantity_from_two_articles_stay_one_row_and_disagreement_stays_marked():
    # a 新增本土 figure and a bare 新增 one (both confirmed_local) of one place and day: one row, one value
    [row] = case_count_rows([_count(A, 1, 6, "confirmed_local", "local", "new", place="150000"),
                             _count(B, 1, 6, "confirmed_local", None, None, place="150000")])
    assert row["value"] == 6 and (row["origin"], row["period"]) == ("local", "new")
    # two articles giving different values for the same qualified quantity: disputed, as before
    [row] = case_count_rows([_count(A, 1, 9670, "confirmed_cumulative", "imported", "cumulative"),
                             _count(B, 1, 9671, "confirmed_cumulative", "imported", "cumulative")])
    assert row["values_differ"] and row["disputed"] and not row["differ_within_article"]
    # a day's and a running count of deaths with no marker in either: still one row, marked within the article
    [row] = case_count_rows([_count(A, 1, 0, "deaths"), _count(A, 2, 4636, "deaths")])
    assert row["values_differ"] and row["differ_within_article"]


def test_row_ids_keep_the_old_derivation_when_the_metric_says_it_all():
    import hashlib

    def old(*parts):
        return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]

    assert case_count_id("150000", "2021-11-02", "confirmed_local", "division", ("local", "new", None)) == \
        old("150000", "2021-11-02", "confirmed_local")
    assert case_count_id(None, "2021-11-02", "confirmed_cumulative", "national", (None, "cumulative", None)) == \
        old(None, "2021-11-02", "confirmed_cumulative")
    assert case_count_id(None, "2021-11-02", "deaths", "unplaced", (None, None, None)) == \
        old(None, "2021-11-02", "deaths", "unplaced")
    # a qualified row: its qualifiers after the key, never the unqualified row's id
    assert case_count_id(None, "2021-11-02", "confirmed_cumulative", "national", ("imported", "cumulative", None)) == \
        old(None, "2021-11-02", "confirmed_cumulative", "imported", "cumulative", None)
    ids = {r["case_count_id"] for r in case_count_rows(_NATIONAL_ROWS)}
    assert len(ids) == len(_NATIONAL_ROWS)
    assert implied_qualifiers("deaths") == (None, None, None)


def test_rows_do_not_depend_on_the_order_of_the_evidence():
    assert case_count_rows(_NATIONAL_ROWS) == case_count_rows(list(reversed(_NATIONAL_ROWS)))


def test_dated_mentions_keep_the_qualifiers():
    text = _BULLETIN
    mentions = [{**m, "article_id": A, "mention_id": f"{A}-{i:08x}"} for i, m in enumerate(annotate(text, PUBLISHED))]
    kept = [m for m in dated_mentions(text, PUBLISHED, mentions) if m["type"] == "CASE_COUNT"]
    assert any(m["origin"] == "imported" and m["period"] == "cumulative" for m in kept)
    rows = case_count_rows(kept)
    national = [r for r in rows if r["place_scope"] == "national" and r["as_of"] is not None]
    # the bulletin's national rows: no row of several values is left but the two zero-or-not deaths without a marker
    assert [r for r in national if r["values_differ"]] == []


# An imported section opening a sentence inside the paragraph (a bulletin whose day's figures and imported section
# share one paragraph; found by the new user's check of 27.0.0 on the seeds' 2021-12-02 national bulletin).
@pytest.mark.parametrize("text, marker, expected", [
    ("新增本土确诊病例12例。境外输入现有确诊病例377例。累计确诊病例9670例，无死亡病例。", "累计确诊", "imported"),
    ("新增本土确诊病例12例。境外输入现有确诊病例377例。累计确诊病例9670例，无死亡病例。", "无死亡", "imported"),
    # negatives: the sentences before the section; a 境外输入 not opening its sentence; a later 本土 sentence
    ("新增本土确诊病例12例，累计确诊病例100例。境外输入现有确诊病例377例。", "累计确诊", None),
    ("今日通报，其中境外输入2例。累计确诊病例100例。", "累计确诊", None),
    ("境外输入现有确诊病例377例。本土病例累计确诊病例100例。", "累计确诊", None),
])
def test_paragraph_origin_from_a_sentence(text, marker, expected):
    assert paragraph_origin(text, text.index(marker)) == expected


@pytest.mark.parametrize("text, expected", [
    ("本轮“西北疫情”已累计报告确诊病例635例。", True),
    ("本轮疫情累计报告确诊病例635例。", True),
    # negatives: quotes with no round; an all-time total
    ("“西北”话题热议，累计确诊病例635例。", False),
    ("全省累计报告确诊病例635例。", False),
])
def test_since_stated_with_a_quoted_round(text, expected):
    assert since_stated(text, text.index("累计")) is expected

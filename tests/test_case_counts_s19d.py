"""CASE_COUNT fixes of session 19 after the second review (notes/s19-rev4.md, items 1, 2, 10 and 12's docstrings):
a division named right before 各地 (内蒙古各地, 呼和浩特各地) keeps the figure's place (rule
``place.various_places`` fires only for places in general); a headline with a period or total before its reporting
verb (本轮疫情以来, 迄今, 先后, 一周内) or with 没 before it is no report of new cases (rule
``case_count.headline_report``); a day still to come (患者7月25日将出院) is no day the paragraph has told of (rule
``as_of.present_latest``). The texts are invented: regression tests of the rules, not evidence of quality. Each
positive case fails on int19 before these fixes (3f74eec); the negative cases (marked) pass on both."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate

PUBLISHED = date(2021, 7, 30)


def _counts(text: str, published: date = PUBLISHED) -> list[dict]:
    return [m for m in annotate(text, published) if m["type"] == "CASE_COUNT"]


# Item 1: a named division before 各地 keeps its place; 各地 alone is places in general.
@pytest.mark.parametrize("text, place", [
    ("截至7月29日24时，内蒙古各地累计报告确诊病例10例。", "150000"),
    ("截至7月29日24时，江苏各地累计报告确诊病例10例。", "320000"),
    ("7月29日，呼和浩特各地新增确诊病例3例。", "150100"),
    # negatives: places in general stay null
    ("自7月20日南京报告发生本土病例以来，截至7月29日24时，各地累计报告关联病例262例。", None),
    ("截至7月29日24时，全国各地累计报告确诊病例10例。", None),
])
def test_division_before_various_places(text, place):
    figures = _counts(text)
    assert len(figures) == 1
    assert figures[0]["place_code"] == place


# Item 2: a headline whose verb follows a period or total, or 没, reports no new cases.
@pytest.mark.parametrize("line", [
    "本轮疫情以来扬州报告300例确诊病例",
    "南京本轮疫情报告235例感染者",
    "今年以来内蒙古报告15例确诊病例",
    "南京迄今报告200例确诊病例",
    "南京至今通报235例感染者",
    "扬州先后发现300例确诊病例",
    "扬州陆续发现300例确诊病例",
    "疫情期间南京合计报告235例感染者",
    "一周内南京报告10例确诊病例",
    "全省没发现1例确诊病例",
])
def test_headline_total_is_no_new_cases(line):
    for figure in _counts(line + "\n正文。"):
        assert not figure["metric"].endswith(("_local", "_imported")) or figure["as_of"] is not None
        assert figure["rule"] != "case_count.headline_report"


@pytest.mark.parametrize("line, metric", [
    # negatives: a plain headline still reports new cases
    ("南京通报1例境外输入关联核酸阳性人员", "positive_local"),
    ("深圳发现2例确诊病例", "confirmed_local"),
])
def test_headline_report_kept(line, metric):
    figures = _counts(line + "\n正文。")
    assert [(f["metric"], f["rule"]) for f in figures] == [(metric, "case_count.headline_report")]


# Item 10: the present (目前) is the latest day told of, not a day still to come.
@pytest.mark.parametrize("first, as_of", [
    ("患者7月25日将出院", "2021-07-13"),
    ("患者预计7月25日出院", "2021-07-13"),
    ("计划于7月25日开展复检", "2021-07-13"),
    # negatives: a day already past is told of, also with 将 as the object marker of a past act
    ("患者已于7月14日出院", "2021-07-14"),
    ("7月14日将患者转运至定点医院", "2021-07-14"),
])
def test_present_latest_not_future(first, as_of):
    text = f"7月13日晚上10时，记者从卫健委了解到，{first}。2021年7月12日，某市报告1例确诊病例。目前排查出密切接触者10人。"
    contacts = [f for f in _counts(text) if f["metric"] == "close_contacts"]
    assert [f["as_of"] for f in contacts] == [as_of]


def test_future_word_not_inside_words():
    """(negative) 将 as an object marker, 将近, 模拟 and 虚拟 are no words of the future."""
    from imcovid.annotate.case_counts import _FUTURE_WORD
    assert _FUTURE_WORD.search("将近7月25日") is None
    assert _FUTURE_WORD.search("7月14日将患者转运至定点医院") is None
    assert _FUTURE_WORD.search("7月25日模拟演练") is None
    assert _FUTURE_WORD.search("7月25日虚拟展厅") is None
    assert _FUTURE_WORD.search("7月25日将出院") is not None


def test_headline_period_not_across_words():
    """(negative) 截至今日 holds 至今 across two words: no period word."""
    from imcovid.annotate.case_counts import _HEADLINE_PERIOD
    assert _HEADLINE_PERIOD.search("截至今日南京") is None
    assert _HEADLINE_PERIOD.search("南京至今") is not None

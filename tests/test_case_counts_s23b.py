"""CASE_COUNT rules of session 23, second round (helper cc2).
- ``case_count.credit_line`` (review): a 来源 line whose "name" is followed, across a space, by a bare figure of people or
  cases (信息来源：集中隔离点 14人，社区筛查 3人) is a source of cases with a space before its number, not an outlet's
  credit: its figures stay parts by source (no figures), as they were before the credit guard.
- ``case_count.space_sentence_end``: a repost stripped of its full stops writes a space where the bulletin had 。
  (…无新增疑似病例 当日新增治愈出院病例476例，其中…; …减少92例 累计收到港澳台地区通报确诊病例…). A space right after a
  classifier (例/人/宗) and right before a statement opener (当日, 累计, 截至, 无新增, 新增, 现有, 尚在, 31个省) ends the
  sentence, so the next statement's figure keeps its own noun. Not after a place (广东 新增…), not before 其中.
The texts are invented in the layouts of real posts (other numbers and places): regression tests, not evidence."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_counts

PUBLISHED = date(2022, 5, 22)


# review of case_count.credit_line: a source of cases with a space before its number is no credit
@pytest.mark.parametrize("text", [
    "信息来源：集中隔离点 14人，社区筛查 3人。",
    "消息来源：集中隔离点 14例，社区筛查 3例。",
    "来源：密切接触者 12人，重点人群筛查 5人。",
])
def test_a_source_with_a_space_before_its_figure_is_no_credit(text):
    assert case_counts(text, PUBLISHED) == []


@pytest.mark.parametrize("text, expected", [
    # an outlet's credit followed by a headline that opens with a number stays a credit (31省份 is no figure of people)
    ("消息来源:四川新闻网 31省份新增确诊病例22例 其中本土病例11例", [("confirmed_local", 11, None, None)]),
    ("来源：市卫健委 新增本土确诊病例3例，均在海淀区。", [("confirmed_local", 3, "110108", None)]),
])
def test_an_outlets_credit_still_keeps_the_figures(text, expected):
    assert case_counts(text, PUBLISHED) == expected


# case_count.space_sentence_end
_STRIPPED = "无新增死亡病例 无新增疑似病例 当日新增治愈出院病例476例,其中境外输入病例12例,本土病例464例上海343例,北京45例"
_PUNCTUATED = "无新增死亡病例。无新增疑似病例。当日新增治愈出院病例476例,其中境外输入病例12例,本土病例464例上海343例,北京45例"


def test_a_space_for_a_full_stop_reads_as_the_punctuated_bulletin():
    assert case_counts(_STRIPPED, PUBLISHED) == case_counts(_PUNCTUATED, PUBLISHED)
    assert ("recovered", 476, None, None) in [(m, v, None, d) for m, v, _, d in case_counts(_STRIPPED, PUBLISHED)]


@pytest.mark.parametrize("text, expected", [
    ("重症病例较前一日减少92例 累计收到港澳台地区通报确诊病例1572929例。",
     [("confirmed_cumulative", 1572929, None, None)]),
    ("尚在医学观察无症状感染者316例 累计收到港澳台地区通报确诊病例11838例。",
     [("under_observation", 316, None, None), ("confirmed_cumulative", 11838, None, None)]),
])
def test_a_space_before_a_statement_opener_ends_the_sentence(text, expected):
    assert case_counts(text, PUBLISHED) == expected


@pytest.mark.parametrize("text", [
    # negative: a space before 其中 goes on with the same figure (a headline's total and its part)
    "31省份新增确诊病例22例 其中本土病例11例",
    # negative: a space after a place is no sentence end (the place still governs the figure)
    "广东 新增本土确诊病例3例。",
    # negative: a space between two words of one statement, not after a classifier
    "全省 累计报告本土确诊病例12例。",
])
def test_other_spaces_are_no_sentence_end(text):
    from imcovid.annotate import case_counts as module
    assert not module._SPACE_SENTENCE_END.search(text)


# as_of.own_sentence_yesterday: a 昨日/前一天 in the figure's own sentence counts back from publication even when an
# earlier date governs nothing there
_DIGEST = ("【12月23日周四《新闻联播》要闻10条】财联社12月23日电，今天《新闻联播》主要内容有：\n1、某会议在京召开。\n"
           "2、某规划印发。\n3、国家卫健委：昨日新增本土确诊病例71例，其中陕西63例。\n")


@pytest.mark.parametrize("text, published, expected", [
    (_DIGEST, date(2021, 12, 23),
     [("confirmed_local", 71, None, "2021-12-22"), ("confirmed_local", 63, "610000", "2021-12-22")]),
    ("综合各地卫健委周二(3月1日)消息,内地前一天新增至少19宗病例。他们于上周六(26日)抵达。北京市卫健委表示,前一天新增"
     "12宗输入确诊病例。", date(2022, 3, 1),
     [("confirmed_local", 19, None, "2022-02-28"), ("confirmed_imported", 12, "110000", "2022-02-28")]),
])
def test_a_yesterday_in_the_figures_own_sentence_dates_it(text, published, expected):
    assert case_counts(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # negative: a day alone before the 昨日 in the same sentence: the day before a day without its month is null
    ("他们于上周六(26日)抵达。17日通报，昨日新增3例确诊病例。", date(2022, 3, 1), [("confirmed_local", 3, None, None)]),
    # negative: no 昨日 in the figure's own sentence: the figure after a day alone stays undated
    ("他们于上周六(26日)抵达。北京新增12例输入确诊病例。", date(2022, 3, 1), [("confirmed_imported", 12, "110000", None)]),
    # negative: 较昨日 compares, it dates nothing
    ("他们于上周六(26日)抵达。北京新增12例输入确诊病例，较昨日增加2例。", date(2022, 3, 1),
     [("confirmed_imported", 12, "110000", None)]),
])
def test_no_yesterday_of_the_own_sentence_leaves_it_undated(text, published, expected):
    assert case_counts(text, published) == expected

"""CASE_COUNT rules of session 18, found on unseen provincial daily bulletins (Jiangsu, Henan, Yunnan, 2021–2022): a date
after 自/从 and before 起/开始/后 opens a period and dates no figure, and a running total since then is as of the bulletin's
截至…24时 day, also one in an earlier paragraph (rule ``as_of.from_period``); a date of cases reported earlier (9月19日报告的
…感染者) dates nothing after it (rule ``as_of.earlier_cases``); parts by origin of people discharged (出院病例31例（本土确诊
病例30例，…）) and the breakdown of people released from observation are no figures (rules
``case_count.state_origin_part``, ``case_count.released_list``); 全省/全市 opening a sentence is the place of its later
clauses (rule ``place.sentence_anaphor``); 再增/又增 mark new figures; a bulletin's 2例确诊病例出院 is a recovered count.
The texts are invented in the layouts of real bulletins (other numbers and places): regression tests of the rules, not
evidence of quality. Each positive case fails on release 22.0.0; the negative cases (marked) pass on both and guard
the rules' limits. The rows of the review's findings (s18fixcc, at the end) fail on the first version of the period and
earlier-case rules, which took a measure's start (从8月5日开始，…实行全域静态管理。当天…) and the day of the cases counted
(8月9日报告的本土确诊病例105例) for no date; they are right on 22.0.0 too, but for those that guard what the rules keep
(test_earlier_cases_later_event and the limit of test_measure_start_dates_figures), which fail there."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_count_rules, case_counts
from imcovid.annotate.case_counts import ANNOTATOR
from test_case_counts_s12 import _version

PUBLISHED = date(2021, 9, 6)
DAY = "2021-09-05"


def _counts(text):
    return case_counts(text, PUBLISHED)


def test_annotator_version():
    assert _version(ANNOTATOR) >= (1, 9)  # (compared as numbers: test_case_counts_s12._version)


@pytest.mark.parametrize("text, expected", [
    # 自…起 in its own paragraph after the bulletin's 截至…24时 paragraph
    ("截至2021年9月5日24时，安徽省累计报告本地确诊病例1012例。\n自2020年1月22日起，累计追踪到密切接触者28344人，"
     "尚在医学观察的密切接触者612人。",
     [("confirmed_cumulative", 1012, "340000", DAY), ("close_contacts", 28344, "340000", DAY),
      ("under_observation", 612, "340000", DAY)]),
    # 自…后: the period's start does not date the zero of the day nor the running total after it
    ("9月5日0时—24时，安徽没有新增本土确诊病例。这也是自8月12日阜阳出现本土确诊病例后，阜阳首次实现单日确诊病例零新增。"
     "8月1日至今，安徽省累计报告本土确诊病例57例。",
     [("confirmed_local", 0, "340000", DAY), ("confirmed_local", 0, "341200", DAY),
      ("confirmed_cumulative", 57, "340000", DAY)]),
    # a date of cases reported earlier: the bulletin's day dates the next paragraph's totals
    ("9月5日0—24时，全省新增确诊病例2例，均为9月4日报告的省外返皖无症状感染者转为确诊病例。\n累计确诊病例1012例，"
     "累计治愈出院病例1003例。",
     [("confirmed_local", 2, None, DAY), ("confirmed_cumulative", 1012, None, DAY), ("recovered", 1003, None, DAY)]),
    # a period with no bulletin's day before it: no as-of date (the period's start is none)
    ("自2020年1月22日起，安徽省累计追踪到密切接触者28344人。",
     [("close_contacts", 28344, "340000", None)]),
    # a bulletin's day before the period's start only: the period's start only: an earlier 截至 day does not date a later period, nor its start
    ("截至2021年8月1日24时，安徽省累计报告本地确诊病例1000例。\n自8月12日起，阜阳市累计报告本土确诊病例12例。",
     [("confirmed_cumulative", 1000, "340000", "2021-08-01"), ("confirmed_cumulative", 12, "341200", None)]),
])
def test_period_and_earlier_case_dates(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) 下午 is no 后, and a date without 自/从 before it still dates its figure
    ("9月5日下午，安徽省新增本土确诊病例3例。", [("confirmed_local", 3, "340000", DAY)]),
    # (negative) a date of a report that publishes figures still dates them
    ("9月5日发布的数据显示，安徽省新增本土确诊病例3例。", [("confirmed_local", 3, "340000", DAY)]),
])
def test_period_and_earlier_case_dates_limits(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # parts by origin of people discharged
    ("9月5日0-24时，湖南新增本土确诊病例1例（长沙市报告）。新增出院病例12例（本土确诊病例10例，境外输入确诊病例2例）。",
     [("confirmed_local", 1, "430000", DAY), ("recovered", 12, "430000", DAY)]),
    # the breakdown of people released from observation
    ("9月5日0—24时，湖南省新增本土无症状感染者3例（长沙市3例）。8例无症状感染者解除医学观察，其中本土6例（长沙市5例，"
     "株洲市1例），境外输入2例。",
     [("asymptomatic_local", 3, "430000", DAY), ("asymptomatic_local", 3, "430100", DAY)]),
])
def test_parts_of_discharged_or_released(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) parts by place of people discharged stay recovered
    ("9月5日，湖南新增治愈出院病例5例（长沙市3例、株洲市2例）。",
     [("recovered", 5, "430000", DAY), ("recovered", 3, "430100", DAY), ("recovered", 2, "430200", DAY)]),
    # (negative) a new figure after the released ones is read
    ("9月5日，湖南省解除医学观察的无症状感染者4例，其中本土3例；新增本土确诊病例2例。",
     [("confirmed_local", 2, "430000", DAY)]),
    # (negative) parts by origin of a new total of cases are read as before
    ("9月5日0—24时，湖南省新增确诊病例3例（本土确诊病例2例，境外输入确诊病例1例）。",
     [("confirmed_local", 2, "430000", DAY), ("confirmed_imported", 1, "430000", DAY)]),
])
def test_parts_of_discharged_or_released_limits(text, expected):
    assert _counts(text) == expected


def test_sentence_anaphor():
    # 全省 opening the sentence: the province, not the county a part before left. (Review s18fixcc/3: the 4 cases of
    # 勐腊县 take the imported scope of the part 其中境外输入1例 before them, a wrong reading left open; only what is
    # right is asserted: their place, value and day, and the other figures' metrics.)
    got = _counts("9月5日0—24时，全省新增确诊病例5例，其中境外输入1例，勐腊县在集中隔离点发现确诊病例4例。\n"
                  "截至2021年9月5日24时，全省现有确诊病例30例，累计治愈出院病例1980例，累计死亡病例2例。")
    assert [(value, place, as_of) for _, value, place, as_of in got] == \
        [(1, "530000", DAY), (4, "532823", DAY), (1980, "530000", DAY), (2, "530000", DAY)]
    assert [metric for metric, value, _, _ in got if value != 4] == ["confirmed_imported", "recovered", "deaths"]


@pytest.mark.parametrize("text, expected", [
    # (negative) places after 全省 in the sentence: the list's places
    ("9月5日，全省新增本土确诊病例5例，昆明市3例，玉溪市2例；累计报告本土确诊病例80例。",
     [("confirmed_local", 5, "530000", DAY), ("confirmed_local", 3, "530100", DAY), ("confirmed_local", 2, "530400", DAY),
      ("confirmed_cumulative", 80, "530000", DAY)]),
])
def test_sentence_anaphor_limits(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a heading with no date: 再增/又增 mark the figure new (a dated sentence was read before by its day)
    ("河南再增1例本土确诊病例", [("confirmed_local", 1, "410000", None)]),
    ("郑州又增2例本土确诊病例", [("confirmed_local", 2, "410100", None)]),
    ("9月5日0—24时，全省无新增确诊病例。3例确诊病例出院（本土3例）。",
     [("confirmed_local", 0, None, DAY), ("recovered", 3, None, DAY)]),
    ("9月5日，河南省5例确诊病例治愈出院。", [("recovered", 5, "410000", DAY)]),
])
def test_new_and_discharge_wording(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("9月5日，公司再增持1000万股。", []),  # (negative) a holding, no figure
    ("9月5日，医院再增加床位500张。", []),  # (negative) beds
    ("9月5日，3例确诊病例出院后复阳。", []),  # (negative) after discharge
    ("9月5日，4例确诊病例出院时核酸检测阴性。", []),  # (negative) a time of discharge
])
def test_new_and_discharge_wording_limits(text, expected):
    assert _counts(text) == expected


def test_rules_recorded():
    assert case_count_rules("9月5日，河南省5例确诊病例治愈出院。", PUBLISHED) == ["case_count.noun_after"]


@pytest.mark.parametrize("text, expected", [
    # a city's running total in a paragraph of its own: the next paragraph's figures are the province's again
    ("9月5日0-24时，江西新增本土确诊病例6例（南昌市报告4例，上饶市报告2例）。\n8月28日至今，南昌市累计报告本土确诊病例73例。\n"
     "目前，在定点医院隔离治疗的确诊病例95例。",
     [("confirmed_local", 6, "360000", DAY), ("confirmed_local", 4, "360100", DAY), ("confirmed_local", 2, "361100", DAY),
      ("confirmed_cumulative", 73, "360100", DAY), ("hospitalised", 95, "360000", DAY)]),
])
def test_sub_total_paragraph(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) the city's figures after its total in the same paragraph stay the city's
    ("9月5日0-24时，江西新增本土确诊病例6例（南昌市报告4例，上饶市报告2例）。\n此前，8月28日至9月4日24时，南昌市已累计报告"
     "本土确诊病例73例、无症状感染者8例。",
     [("confirmed_local", 6, "360000", DAY), ("confirmed_local", 4, "360100", DAY), ("confirmed_local", 2, "361100", DAY),
      ("confirmed_cumulative", 73, "360100", "2021-09-04"), ("asymptomatic_cumulative", 8, "360100", "2021-09-04")]),
])
def test_sub_total_paragraph_limits(text, expected):
    assert _counts(text) == expected


# Review s18fixcc/1 and 2 (dates of 2022, published 2022-08-10). A start written 自/从…起/开始 opens a period only where
# the clause it governs counts a running total (the lexicon's ``period_total``: 累计, 共发现, 追踪到 …); a start of a
# measure dates 当天 and the new figures after it (rule ``as_of.from_period``). A date of cases reported earlier dates
# nothing only where those cases are the subject of a later event (the lexicon's ``later_event``: 转为, 订正, 出院 …;
# rule ``as_of.earlier_cases``); the count of what was reported that day is dated by it.
AUG = date(2022, 8, 10)


@pytest.mark.parametrize("text, expected", [
    # a measure's start, its figures in the next sentence (当天)
    ("从8月5日开始，三亚市实行全域静态管理。当天，三亚新增本土感染者229例。",
     [("positive_local", 229, "460200", "2022-08-05")]),
    ("自8月6日起，三亚市实行全域静态管理。当天，三亚新增本土感染者229例。",
     [("positive_local", 229, "460200", "2022-08-06")]),
    # ... and in the same sentence
    ("从8月6日起，上海市浦东新区实行封控管理，当天上海新增本土确诊病例229例",
     [("confirmed_local", 229, "310000", "2022-08-06")]),
    # 公共 holds 共, no running total
    ("自8月6日起，三亚市公共场所暂停开放，当天新增本土确诊病例5例。",
     [("confirmed_local", 5, "460200", "2022-08-06")]),
    # a running total in a later clause than the one the start governs: as of the day too
    ("从8月6日起，上海市浦东新区实行封控管理，当天新增本土确诊病例229例，累计报告本土确诊病例1000例。",
     [("confirmed_local", 229, "310115", "2022-08-06"), ("confirmed_cumulative", 1000, "310115", "2022-08-06")]),
])
def test_measure_start_dates_figures(text, expected):
    assert case_counts(text, AUG) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) a running total in the clause the start governs: the period's start dates no figure
    ("自8月6日起，三亚市共发现本土感染者1000例。", [("positive_cumulative", 1000, "460200", None)]),
])
def test_measure_start_dates_figures_limits(text, expected):
    assert case_counts(text, AUG) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative: right on release 22.0.0) the count of what was reported or found that day
    ("海南省卫健委通报，8月9日报告的本土确诊病例105例、无症状感染者1102例",
     [("confirmed_local", 105, "460000", "2022-08-09"), ("asymptomatic_local", 1102, "460000", "2022-08-09")]),
    ("据通报，8月8日发现的本土无症状感染者82例均在三亚市", [("asymptomatic_local", 82, "460200", "2022-08-08")]),
    # (negative) its parts by place after 中
    ("8月8日报告的本土感染者中，三亚市1047例，儋州市62例",
     [("positive_local", 1047, "460200", "2022-08-08"), ("positive_local", 62, "460400", "2022-08-08")]),
])
def test_cases_reported_that_day(text, expected):
    assert case_counts(text, AUG) == expected


@pytest.mark.parametrize("text, expected", [
    # earlier cases turned confirmed (after 中, in a later clause of the sentence) or corrected: the bulletin's day
    ("8月10日0—24时，全省新增确诊病例2例。8月9日报告的无症状感染者中，2例转为确诊病例，累计确诊病例1012例。",
     [("confirmed_local", 2, None, "2022-08-10"), ("confirmed_cumulative", 1012, None, "2022-08-10")]),
    ("8月10日0—24时，全省新增确诊病例2例，为8月9日报告的无症状感染者订正为确诊病例；累计确诊病例1012例。",
     [("confirmed_local", 2, None, "2022-08-10"), ("confirmed_cumulative", 1012, None, "2022-08-10")]),
    # earlier cases discharged
    ("8月10日0—24时，全省新增确诊病例2例。8月9日报告的本土病例今日出院3例。",
     [("confirmed_local", 2, None, "2022-08-10"), ("recovered", 3, None, "2022-08-10")]),
])
def test_earlier_cases_later_event(text, expected):
    assert case_counts(text, AUG) == expected

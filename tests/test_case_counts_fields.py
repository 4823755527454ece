"""CASE_COUNT fields on kinds of bulletin the development gold does not show (issue 15, third round). Invented
sentences in the layouts of real bulletins read in posts without measure gold: regression tests of the rules, not
evidence of quality (that is ``imcovid evaluate --texts --measures`` on the real sets)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from case_count_tuples import case_counts, case_count_rules


def _counts(text, published=date(2022, 4, 4)):
    return case_counts(text, published)


def _rules(text, published=date(2022, 4, 4)):
    return case_count_rules(text, published)


# as_of: a bulletin dated by 昨日 dates every paragraph after it, as a written date does.
_NATIONAL_YESTERDAY = (
    "国家卫生健康委今日通报：昨日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例50例。"
    "其中境外输入病例10例（上海6例，广东4例）；本土病例40例（吉林40例，均在长春市）。\n"
    "当日新增治愈出院病例30例。\n"
    "31个省（自治区、直辖市）和新疆生产建设兵团报告新增无症状感染者20例，其中境外输入5例，本土15例（上海15例，均在浦东新区）。\n"
    "累计收到港澳台地区通报确诊病例300例。")


@pytest.mark.parametrize("text, published, expected", [
    (_NATIONAL_YESTERDAY, date(2022, 4, 4),
     [("confirmed_imported", 10, None, "2022-04-03"), ("confirmed_imported", 6, "310000", "2022-04-03"),
      ("confirmed_imported", 4, "440000", "2022-04-03"), ("confirmed_local", 40, None, "2022-04-03"),
      ("confirmed_local", 40, "220000", "2022-04-03"), ("recovered", 30, None, "2022-04-03"),
      ("asymptomatic_imported", 5, None, "2022-04-03"), ("asymptomatic_local", 15, None, "2022-04-03"),
      ("asymptomatic_local", 15, "310000", "2022-04-03"), ("confirmed_cumulative", 300, None, "2022-04-03")]),
    # a written date before 昨日 is its base (10月27日通报，昨日…), and it governs the next paragraph too
    ("10月27日，额济纳旗通报，昨日0—24时，全旗新增确诊病例3例。\n截至目前，我旗共有确诊病例30例。", date(2021, 10, 28),
     [("confirmed_local", 3, "152923", "2021-10-26"), ("confirmed_cumulative", 30, "152923", "2021-10-26")]),
    # 较昨日 compares; it dates nothing
    ("4月3日，上海新增本土确诊病例20例，较昨日减少5例。\n累计报告本土确诊病例300例。", date(2022, 4, 4),
     [("confirmed_local", 20, "310000", "2022-04-03"), ("confirmed_cumulative", 300, "310000", "2022-04-03")]),
])
def test_yesterday_governs_the_paragraphs_after_it(text, published, expected):
    assert _counts(text, published) == expected


# as_of: a national bulletin that gives only its announcement date reports the day before it.
@pytest.mark.parametrize("text, published, expected", [
    ("国家卫健委3月17日通报：31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例50例。\n"
     "截至3月16日24时，累计报告确诊病例1000例。", date(2022, 3, 17),
     [("confirmed_local", 50, None, "2022-03-16"), ("confirmed_cumulative", 1000, None, "2022-03-16")]),
    # a reporting window after the announcement date governs (据国家卫健委网站3月18日消息，3月17日0—24时)
    ("据国家卫健委网站3月18日消息，3月17日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例50例。",
     date(2022, 3, 18), [("confirmed_local", 50, None, "2022-03-17")]),
    # a city's announcement in a national report keeps its day (北京3月9日通报: Beijing's figures of that day)
    ("3月8日，31个省（自治区、直辖市）和新疆生产建设兵团报告新增本土病例233例。\n北京市3月9日通报，北京新增本土确诊病例4例。",
     date(2022, 3, 10), [("confirmed_local", 233, None, "2022-03-08"), ("confirmed_local", 4, "110000", "2022-03-09")]),
])
def test_national_announcement_date_reports_the_day_before(text, published, expected):
    assert _counts(text, published) == expected


# A list lead ending 分别为 with no colon, in the line-broken layout of some outlets: its first line is a list item.
def test_list_lead_ending_fenbie_wei_without_colon():
    text = ("4月3日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例30例。\n其中境外输入病例5例；\n"
            "本土病例25例，分别为\n吉林20例，其中长春市15例、吉林市5例；\n上海5例，均在浦东新区。")
    assert _counts(text) == [
        ("confirmed_imported", 5, None, "2022-04-03"),  # (the total of imported and local cases: no metric)
        ("confirmed_local", 25, None, "2022-04-03"), ("confirmed_local", 20, "220000", "2022-04-03"),
        ("confirmed_local", 15, "220100", "2022-04-03"), ("confirmed_local", 5, "220200", "2022-04-03"),
        ("confirmed_local", 5, "310000", "2022-04-03")]


# A doubled 其中 (其中其中境外输入病例39例, as one outlet writes) still splits a total into imported and local cases.
def test_doubled_qizhong_still_splits_the_total():
    text = ("4月3日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例30例。\n其中其中境外输入病例5例；\n"
            "本土病例25例，均在吉林。")
    assert [c[:2] for c in _counts(text)] == [("confirmed_imported", 5), ("confirmed_local", 25)]


# value: the 亿 and 万 parts written before a figure's last digits belong to it.
@pytest.mark.parametrize("text, expected", [
    ("3月1日—31日，全国累计报告本土感染者10万3965例。", [("positive_cumulative", 103965, None, "2022-03-31")]),
    ("截至3月31日，全国累计报告接种新冠病毒疫苗32亿7087.4万剂次。",
     [("vaccinated_doses", 3270874000, None, "2022-03-31")]),
    ("3月31日，上海新增本土确诊病例1.2万例。", [("confirmed_local", 12000, "310000", "2022-03-31")]),
])
def test_larger_units_before_the_last_digits(text, expected):
    assert _counts(text) == expected


def test_larger_units_stay_in_a_bare_figure_span():
    [m] = [m for m in annotate("3月31日，全国累计报告本土感染者10万3965例。", date(2022, 4, 1)) if m["type"] == "CASE_COUNT"]
    assert m["surface"] == "累计报告本土感染者10万3965例"


# metric: the counted noun right after the figure decides, also with the short 新冠 (68例新冠感染者: positive).
def test_short_xinguan_before_the_noun_after_the_figure():
    text = "该校3月6日检测出第一例新冠确诊病例，随后4日共报告了68例新冠感染者，其中20例确诊，48例无症状。"
    assert [(c[0], c[1]) for c in _counts(text)] == [("positive_cumulative", 68), ("confirmed_cumulative", 20),
                                                     ("asymptomatic_cumulative", 48)]
    assert _rules(text)[0] == "case_count.noun_after"


# place_code: a figure counted for several provinces together has no one division (national figures are null).
@pytest.mark.parametrize("text", [
    "上海市疫情正处于快速上升阶段。另外，3月1日—31日，还有5个省份累计报告感染者超过1000例。",
    "北京召开新闻发布会。\n多省份疫情散发连续3天单日新增本土感染者超500人。",
])
def test_several_provinces_have_no_place(text):
    assert [c[2] for c in _counts(text)] == [None]


# as_of: a national bulletin with no date of its own before its figures: the day it states later (截至3月16日24时),
# or a day before a reporting window (16日0—24时), when that is the day before publication.
@pytest.mark.parametrize("opening", ["国家卫健委通报：", "国家卫健委今天（17日）通报：16日0—24时，", "16日0时至24时，"])
def test_national_bulletin_reporting_day(opening):
    text = (opening + "31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例50例。其中境外输入病例10例（上海10例）；"
            "本土病例40例（吉林40例，均在长春市）。\n截至3月16日24时，据31个省（自治区、直辖市）和新疆生产建设兵团报告，"
            "累计报告确诊病例1000例。")
    assert {c[3] for c in _counts(text, date(2022, 3, 17))} == {"2022-03-16"}


@pytest.mark.parametrize("text, published, expected", [
    # a day without its month that is not the day before publication still dates nothing (guideline)
    ("北京召开发布会。10日0时至24时，北京新增本土确诊病例5例。", date(2022, 3, 17), [("confirmed_local", 5, "110000", None)]),
    # a heading before the stated day has no date of its own
    ("国家卫健委发布最新疫情通报。\n内蒙古新增本土确诊55例\n国家卫健委通报：31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例60例。\n"
     "截至12月6日24时，累计报告确诊病例1000例。", date(2021, 12, 7),
     [("confirmed_local", 55, "150000", None), ("confirmed_local", 60, None, "2021-12-06"),
      ("confirmed_cumulative", 1000, None, "2021-12-06")]),
])
def test_reporting_day_limits(text, published, expected):
    assert _counts(text, published) == expected


# place_code: a zone named after its province (河北省雄安新区新增…) is no division: null, as for 兰州新区15例.
@pytest.mark.parametrize("text, expected", [
    ("1月24日，河北省雄安新区新增本土确诊病例2例。", [("confirmed_local", 2, None, "2022-01-24")]),
    ("1月24日，河北省廊坊市新增本土确诊病例2例。", [("confirmed_local", 2, "131000", "2022-01-24")]),
    ("1月24日，天津市滨海新区新增本土确诊病例2例。", [("confirmed_local", 2, "120116", "2022-01-24")]),
])
def test_zone_named_after_its_province_has_no_place(text, expected):
    assert _counts(text, date(2022, 1, 25)) == expected


# Forecasts and targets are not counts.
@pytest.mark.parametrize("text", [
    "2月4日，南京对1207家企业开展全员核酸检测，预计总共将检测28万人左右。",
    "9月12日专家表示，本地及关联病例的总规模，应该能控制在500例以内。",
])
def test_forecasts_are_not_counts(text):
    assert _counts(text) == []

"""CASE_COUNT rules of session 16: in wire news on the country's figures, parts by place written after a count of the
divisions they are in and a colon (当日新增本土确诊307例，来自17个省份：四川132例，西藏53例; 其中新增百例以上的省份增至4个：
…; 达到两位数的有12个省份，位居前三的是…) are the total's parts, each with its province (rule ``case_count.list_item``
with the lexicon's ``distribution_unit`` words); a lone order of magnitude before 以上 (百例以上) is a threshold, not a
figure; a place's share (其中深圳市占31例) is a part by place; a new-case total that a later sentence splits (新增确诊病例
中，境外输入…；本土…) is a sum of two metrics, counted by none; a level given again (超过4000万例，达40050902例) is the
same count (rule ``case_count.level_again``); 新冠阳性感染者 is read; a zone before 在…发现 has no division. After
review: a later split sentence splits only the nearest new total of its noun (全国新增确诊1164例 after a city's total), and
the place before an aside is the figure's only when the figure is in the aside's own clause (rule ``place.before_aside``). The texts are
invented in the layouts of real news (other numbers and places): regression tests of the rules, not evidence of
quality. Each positive case fails on release 20.0.0; the negative cases (marked) pass on both and guard the rules'
limits."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_counts
from imcovid.annotate.case_counts import ANNOTATOR
from test_case_counts_s12 import _version

PUBLISHED = date(2022, 9, 2)
DAY = "2022-09-01"


def _counts(text):
    return case_counts(text, PUBLISHED)


def test_annotator_version():
    assert _version(ANNOTATOR) >= (1, 7)  # (compared as numbers: test_case_counts_s12._version)


@pytest.mark.parametrize("text, expected", [
    # a count of provinces and a colon before the parts: each part keeps its province, none is national
    ("国家卫健委9月2日通报，9月1日，31个省（自治区、直辖市）报告新增本土确诊病例215例，来自15个省份：广东82例，四川41例，"
     "另13个省份各有个位数新增。",
     [("confirmed_local", 215, None, DAY), ("confirmed_local", 82, "440000", DAY),
      ("confirmed_local", 41, "510000", DAY)]),
    # a threshold (百例以上) and the count of provinces before a colon, then 位居前三的是 after a semicolon
    ("国家卫健委9月2日通报，9月1日，31个省（自治区、直辖市）报告新增本土无症状感染者1203例，分布在19个省份。"
     "其中新增百例以上的省份有3个：西藏402例，青海188例，新疆141例；达到两位数的有9个省份，位居前三的是四川77例、贵州52例。",
     [("asymptomatic_local", 1203, None, DAY), ("asymptomatic_local", 402, "540000", DAY),
      ("asymptomatic_local", 188, "630000", DAY), ("asymptomatic_local", 141, "650000", DAY),
      ("asymptomatic_local", 77, "510000", DAY), ("asymptomatic_local", 52, "520000", DAY)]),
    # other units: cities of a province
    ("9月1日0—24时，广东省新增本土确诊病例30例，涉及4个地市：广州市12例，深圳市10例，另2个地市各有个位数新增。",
     [("confirmed_local", 30, "440000", DAY), ("confirmed_local", 12, "440100", DAY),
      ("confirmed_local", 10, "440300", DAY)]),
])
def test_parts_after_a_count_of_divisions(text, expected):
    assert sorted(_counts(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # (negative) a count of provinces that is itself the news, no colon and no parts after it: nothing new is read
    ("9月1日，全国新增本土确诊病例215例。疫情已波及15个省份，其中广东、四川较多。",
     [("confirmed_local", 215, None, DAY)]),
    # (negative) a count of firms and a colon: no parts by place, the figures after it are not read as cases
    ("9月1日，本市新增本土确诊病例3例。保供企业增至12个：超市8家，菜场4家。",
     [("confirmed_local", 3, None, DAY)]),
    # (negative) a number with its digits before 例以上 stays a figure (an approximate one is the stated number)
    ("截至9月1日24时，全国累计报告确诊病例1万例以上。",
     None),
])
def test_limits(text, expected):
    got = _counts(text)
    if expected is None:
        assert got == [] or all(t[1] == 10000 for t in got)
    else:
        assert sorted(got, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # a place's share of the total (占) after a restated total and 中: parts by place
    ("9月1日，全国新增本土确诊病例120例。120例本土确诊病例中，四川占45例、西藏30例。",
     [("confirmed_local", 120, None, DAY), ("confirmed_local", 120, None, DAY), ("confirmed_local", 45, "510000", DAY),
      ("confirmed_local", 30, "540000", DAY)]),
    # 其中…占 after a province's figure: the city's part
    ("9月1日0—24时，广东省新增本土确诊病例40例，其中深圳市占31例。",
     [("confirmed_local", 40, "440000", DAY), ("confirmed_local", 31, "440300", DAY)]),
    # (negative) 占 after an attribute, not a place: no part
    ("9月1日0—24时，广东省新增本土确诊病例40例，其中女性占22例。",
     [("confirmed_local", 40, "440000", DAY)]),
    # (negative) 占 after a kind of site, not a division: no part
    ("9月1日0—24时，广东省新增本土确诊病例40例，其中隔离点占31例。",
     [("confirmed_local", 40, "440000", DAY)]),
])
def test_share_of_a_place(text, expected):
    assert sorted(_counts(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # national totals split by later sentences that open on their nouns and 中: sums of imported and local cases,
    # counted by no metric; the parts keep theirs
    ("国家卫健委9月2日通报，9月1日0—24时，31个省（自治区、直辖市）报告新增确诊病例120例，新增无症状感染者300例。\n"
     "新增确诊病例中，境外输入病例20例（广东12例，上海8例）；本土病例100例（四川100例）。\n"
     "新增无症状感染者中，境外输入50例，本土250例（西藏250例）。",
     [("confirmed_imported", 20, None, DAY), ("confirmed_imported", 12, "440000", DAY),
      ("confirmed_imported", 8, "310000", DAY), ("confirmed_local", 100, None, DAY),
      ("confirmed_local", 100, "510000", DAY), ("asymptomatic_imported", 50, None, DAY),
      ("asymptomatic_local", 250, None, DAY), ("asymptomatic_local", 250, "540000", DAY)]),
    # a city's figure, then the country's own new figure of that noun and its split: the city's figure stays (the
    # negative part, as on 20.0.0), the country's is a sum (the positive part)
    ("9月1日0—24时，广州市新增确诊病例3例。全国新增确诊病例120例。新增确诊病例中，境外输入病例20例，本土病例100例。",
     [("confirmed_local", 3, "440100", DAY), ("confirmed_imported", 20, None, DAY),
      ("confirmed_local", 100, None, DAY)]),
    # (negative) a later sentence naming one scope only restates an all-local total: the total stays
    ("10月11日0—24时，广州市新增确诊病例10例，新增无症状感染者5例。\n新增确诊病例中，本土病例10例（白云区6例，海珠区4例）。",
     [("confirmed_local", 10, "440100", "2022-10-11"), ("asymptomatic_local", 5, "440100", "2022-10-11"),
      ("confirmed_local", 10, "440100", "2022-10-11"), ("confirmed_local", 6, "440111", "2022-10-11"),
      ("confirmed_local", 4, "440105", "2022-10-11")]),
    # a city's total, then the country's in the short form (新增确诊120例) and its split: the split is the country's
    # only, the city's total stays (review s16 finding 6)
    ("4月11日，吉林市新增确诊病例12例。\n另据国家卫健委，4月11日0—24时，全国新增确诊1164例，新增无症状感染者22348例。\n"
     "新增确诊病例中，境外输入病例12例，本土病例1152例。",
     [("confirmed_local", 12, "220200", "2022-04-11"), ("asymptomatic_local", 22348, None, "2022-04-11"),
      ("confirmed_imported", 12, None, "2022-04-11"), ("confirmed_local", 1152, None, "2022-04-11")]),
    ("9月1日0—24时，广州市新增确诊病例3例。全国新增确诊120例。新增确诊病例中，境外输入病例20例，本土病例100例。",
     [("confirmed_local", 3, "440100", DAY), ("confirmed_imported", 20, None, DAY),
      ("confirmed_local", 100, None, DAY)]),
    # (negative) a running total of the noun between them is no new total: the new one before it is still split
    ("9月1日0—24时，全国新增确诊病例120例，累计报告确诊病例5000例。新增确诊病例中，境外输入病例20例，本土病例100例。",
     [("confirmed_cumulative", 5000, None, DAY), ("confirmed_imported", 20, None, DAY),
      ("confirmed_local", 100, None, DAY)]),
    # (negative) a figure of another noun before the split: it stays
    ("9月1日0—24时，广州市新增无症状感染者5例。新增确诊病例中，境外输入病例2例，本土病例1例。",
     [("asymptomatic_local", 5, "440100", DAY), ("confirmed_imported", 2, "440100", DAY),
      ("confirmed_local", 1, "440100", DAY)]),
])
def test_total_split_later(text, expected):
    assert sorted(_counts(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # the exact level after the rounded one: both figures
    ("新华社纽约9月1日电 截至9月1日，全球累计新冠确诊病例超过2亿例，达200123456例。",
     [("confirmed_cumulative", 200000000, None, DAY), ("confirmed_cumulative", 200123456, None, DAY)]),
    # the levels of later days, each dated by its own day
    ("统计数据显示，全球累计死亡病例2021年1月15日增至200万例，2021年4月17日增至300万例。",
     [("deaths", 2000000, None, "2021-01-15"), ("deaths", 3000000, None, "2021-04-17")]),
    # (negative) a count of other people after the comma, in another classifier or not ending its clause
    ("9月1日，本市新增本土确诊病例15例，超过100人被集中隔离。", [("confirmed_local", 15, None, DAY)]),
    ("截至9月1日，全省累计治愈出院病例300例，达到1000人次的核酸检测已完成。", [("recovered", 300, None, DAY)]),
    # (negative) a lower number is no level reached by the same count
    ("截至9月1日，全省累计报告确诊病例300例，达到200例。", [("confirmed_cumulative", 300, None, DAY)]),
])
def test_level_again(text, expected):
    assert sorted(_counts(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # a comment on both nouns between them and 分别: the first figure counts the first noun
    ("截至9月1日，美国累计确诊病例和死亡病例均为全球最多，分别为2336万例和38万例。",
     [("confirmed_cumulative", 23360000, None, DAY), ("deaths", 380000, None, DAY)]),
    # (negative) figures between the nouns and 分别: each its own noun's
    ("9月1日，本市新增本土确诊病例10例和本土无症状感染者5例，分别为男性和女性。",
     [("confirmed_local", 10, None, DAY), ("asymptomatic_local", 5, None, DAY)]),
])
def test_respective_after_a_comment(text, expected):
    assert sorted(_counts(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # 新冠 before 阳性感染者 (or 阳性人员) is the disease's name, not a noun of its own: the figure is read
    ("10月11日，呼伦贝尔市阿荣旗在对集中隔离密接人员核酸筛查中发现1例新冠阳性感染者。",
     [("positive_local", 1, "150721", "2022-10-11")]),
    # a zone named after its city, the subject of 在…发现: counted for the zone, no division
    ("10月11日，包头稀土高新区在隔离重点人员核酸检测中发现2例阳性人员。",
     [("positive_local", 2, None, "2022-10-11")]),
    # (negative) the zone in a sentence of its own, the city's figure after it keeps the city
    ("10月11日，包头稀土高新区在全区开展核酸检测。包头市新增2例阳性人员。",
     [("positive_local", 2, "150200", "2022-10-11")]),
])
def test_found_positive(text, expected):
    assert sorted(case_counts(text, date(2022, 10, 12)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # the level a streak of days passed is no day's figure (read as one on 20.0.0)
    ("8月31日，四川省新增本土确诊132例，日增本土感染者连续4天超过200例。",
     [("confirmed_local", 132, "510000", "2022-08-31")]),
    # an upper bound is no figure (read as one on 20.0.0)
    ("8月31日，四川省新增本土确诊132例。成都市已连续7天新增病例5例以下。",
     [("confirmed_local", 132, "510000", "2022-08-31")]),
])
def test_thresholds_are_no_figures(text, expected):
    assert sorted(_counts(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # the place before an aside, not the aside's place nor the place the paragraph before left
    ("截至10月12日6时，海拉尔区累计报告感染者20例。\n10月11日，呼伦贝尔市阿荣旗在对集中隔离密接人员（关联海拉尔区阳性感染者）"
     "核酸筛查中发现1例阳性感染者。",
     [("positive_cumulative", 20, "150702", "2022-10-12"), ("positive_local", 1, "150721", "2022-10-11")]),
    # (negative) a place in an earlier clause's aside is not the clause's: the province's figures keep the province
    ("湖北省卫健委10月12日消息：10月11日0—24时，湖北省新增确诊病例1例（孝感市本土确诊病例），新增出院病例1例（为境外输入，"
     "来自阿联酋—武汉航班），新增死亡病例0例。",
     [("confirmed_local", 1, "420000", "2022-10-11"), ("recovered", 1, "420000", "2022-10-11"),
      ("deaths", 0, "420000", "2022-10-11")]),
    # an aside with no clause mark before it in its sentence: the place before it is still its clause's (review s16
    # finding 8b)
    ("10月11日呼伦贝尔市阿荣旗在对集中隔离密接人员（关联海拉尔区阳性感染者）核酸筛查中发现1例新冠阳性感染者。",
     [("positive_local", 1, "150721", "2022-10-11")]),
    ("10月11日满洲里市在对集中隔离人员（关联二连浩特市阳性感染者）例行核酸检测中发现2例阳性感染者。",
     [("positive_local", 2, "150781", "2022-10-11")]),
    # (negative, wrong in 1.7 before the fix) an aside closing the clause before the figure's (a ，or ；after it) says
    # nothing of the later figures' place: the province's (review s16 finding 2)
    ("10月11日0—24时，河北省新增本土确诊病例3例，均为石家庄市报告（藁城区集中隔离人员），新增本土无症状感染者1例，"
     "新增治愈出院病例10例。",
     [("confirmed_local", 3, "130000", "2022-10-11"), ("asymptomatic_local", 1, "130000", "2022-10-11"),
      ("recovered", 10, "130000", "2022-10-11")]),
    ("10月11日0—24时，河北省新增本土确诊病例3例，均为石家庄市报告（藁城区集中隔离人员）；新增本土无症状感染者1例。",
     [("confirmed_local", 3, "130000", "2022-10-11"), ("asymptomatic_local", 1, "130000", "2022-10-11")]),
    ("10月11日0—24时，湖北省新增确诊病例1例，为孝感市报告（关联武汉市病例），新增出院病例2例。",
     [("confirmed_local", 1, "420000", "2022-10-11"), ("recovered", 2, "420000", "2022-10-11")]),
    ("10月11日0—24时，吉林省新增本土确诊病例2例，在吉林市（系舒兰市关联病例），新增出院病例5例。",
     [("confirmed_local", 2, "220000", "2022-10-11"), ("recovered", 5, "220000", "2022-10-11")]),
    # (negative) a place of its own after the aside stays the figure's
    ("截至10月12日6时，海拉尔区累计报告感染者20例。\n10月11日，呼伦贝尔市（据市疫情防控指挥部消息）阿荣旗发现1例阳性感染者。",
     [("positive_cumulative", 20, "150702", "2022-10-12"), ("positive_local", 1, "150721", "2022-10-11")]),
])
def test_place_before_an_aside(text, expected):
    assert sorted(case_counts(text, date(2022, 10, 12)), key=str) == sorted(expected, key=str)

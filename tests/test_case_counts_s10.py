"""CASE_COUNT rules of session 10: a part by place in parentheses that repeats 新增 keeps the headline place for the
figures after it (rule ``place.parenthesis_part``), Taiwan's 境外移入 as an imported scope, people who tested positive
at a place written after their figure (rule ``place.tested_positive_at``), Hong Kong's 检测呈阳性个案 and its part by
test type, an outbreak said to have reached several provinces (rule ``place.spread_provinces``), and 采样 as people
tested. The texts are invented in the layouts of real news (other numbers and places): regression tests of the rules,
not evidence of quality."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_count_rules, case_counts
from imcovid.annotate.case_counts import ANNOTATOR
from test_case_counts_s12 import _version

PUBLISHED = date(2022, 4, 12)


def _counts(text):
    return case_counts(text, PUBLISHED)


def test_annotator_version():
    assert _version(ANNOTATOR) >= (1, 2)  # (session 12 moved it on to 1.3; as numbers: "1.10" < "1.2" as text)


# A province's bulletin whose parts by city in parentheses repeat 新增: the figure after the parenthesis is the
# province's again, not the last city's.
@pytest.mark.parametrize("text, expected", [
    ("3月15日0—24时，吉林省新增本土确诊病例1456例（长春市新增1100例、延边州新增16例），新增本土无症状感染者1345例。",
     [("confirmed_local", 1456, "220000", "2022-03-15"), ("confirmed_local", 1100, "220100", "2022-03-15"),
      ("confirmed_local", 16, "222400", "2022-03-15"), ("asymptomatic_local", 1345, "220000", "2022-03-15")]),
    ("4月2日0—24时，广东省新增本土确诊病例9例（深圳市新增5例、东莞市新增4例），新增本土无症状感染者23例（深圳市10例、"
     "东莞市13例）。",
     [("confirmed_local", 9, "440000", "2022-04-02"), ("confirmed_local", 5, "440300", "2022-04-02"),
      ("confirmed_local", 4, "441900", "2022-04-02"), ("asymptomatic_local", 23, "440000", "2022-04-02"),
      ("asymptomatic_local", 10, "440300", "2022-04-02"), ("asymptomatic_local", 13, "441900", "2022-04-02")]),
    # (unchanged: parts without 新增 were list items already, and never moved the headline place)
    ("3月15日0—24时，吉林省新增本土确诊病例1456例（长春市1100例、延边州16例），新增本土无症状感染者1345例。",
     [("confirmed_local", 1456, "220000", "2022-03-15"), ("confirmed_local", 1100, "220100", "2022-03-15"),
      ("confirmed_local", 16, "222400", "2022-03-15"), ("asymptomatic_local", 1345, "220000", "2022-03-15")]),
    # (a place outside parentheses still becomes the headline place of the figures after it)
    ("4月2日，长春市新增本土确诊病例5例，新增本土无症状感染者7例。",
     [("confirmed_local", 5, "220100", "2022-04-02"), ("asymptomatic_local", 7, "220100", "2022-04-02")]),
])
def test_parenthesis_part_keeps_headline_place(text, expected):
    assert _counts(text) == expected


# Taiwan writes 境外移入 for imported cases.
@pytest.mark.parametrize("text, expected", [
    ("据台湾地区疫情指挥中心通报，5月20日台湾新增本土病例89891例，境外移入51例，新增死亡病例41例。",
     [("confirmed_local", 89891, "710000", "2022-05-20"), ("confirmed_imported", 51, "710000", "2022-05-20"),
      ("deaths", 41, "710000", "2022-05-20")]),
    ("台湾5月3日新增28487例本土病例及54例境外移入病例。",
     [("confirmed_local", 28487, "710000", "2022-05-03"), ("confirmed_imported", 54, "710000", "2022-05-03")]),
    ("台湾地区疫情指挥中心5月20日公布，另有境外移入病例66例。",
     [("confirmed_imported", 66, "710000", "2022-05-20")]),
    ("台湾地区5月2日无新增境外移入病例。", [("confirmed_imported", 0, "710000", "2022-05-02")]),
])
def test_taiwan_imported(text, expected):
    assert _counts(text) == expected


# People who tested positive at a place written between their figure and 检出阳性: that place is the figure's.
@pytest.mark.parametrize("text, expected", [
    ("截至2月16日，该批人员中已有2人在湖南检出阳性、3人在广州检出阳性。",
     [("positive_cumulative", 2, "430000", "2022-02-16"), ("positive_cumulative", 3, "440100", "2022-02-16")]),
    ("截至2月16日，已有5人核酸检测结果呈阳性。", [("positive_cumulative", 5, None, "2022-02-16")]),
])
def test_tested_positive_at_place(text, expected):
    assert _counts(text) == expected


def test_tested_positive_at_place_rule():
    assert case_count_rules("截至2月16日，已有2人在湖南检出阳性。", PUBLISHED) == ["case_count.noun_after"]


# Hong Kong's daily positive cases (检测呈阳性个案); the part found by rapid antigen tests is a part by test type.
@pytest.mark.parametrize("text, expected", [
    ("香港特区政府卫生防护中心3月20日公布，香港新增14149宗新冠病毒检测呈阳性个案，另有231名患者离世。",
     [("positive_local", 14149, "810000", "2022-03-20"), ("deaths", 231, "810000", "2022-03-20")]),
    ("香港特区政府卫生防护中心3月14日公布，香港新增26908宗新冠病毒检测呈阳性个案，其中快速抗原测试阳性个案为18720宗。",
     [("positive_local", 26908, "810000", "2022-03-14")]),
    ("3月2日，该区新增5人检测呈阳性。", [("positive_local", 5, None, "2022-03-02")]),
])
def test_hong_kong_positive_cases(text, expected):
    assert _counts(text) == expected


# An outbreak said to have reached several provinces: its figure in the same sentence is no one division's.
@pytest.mark.parametrize("text, expected", [
    ("武汉市疾控中心介绍，本轮疫情已经波及到了21个省份，累计确诊1327人。",
     [("confirmed_cumulative", 1327, None, None)]),
    ("西安市通报，本轮疫情已蔓延至11个省区市，累计报告本土感染者500余例。",
     [("positive_cumulative", 500, None, None)]),
    # (a place's own figure stays the place's)
    ("西安市通报，本轮疫情西安市累计报告本土感染者50例。", [("positive_cumulative", 50, "610100", None)]),
])
def test_outbreak_across_provinces(text, expected):
    assert _counts(text) == expected


# 采样: the people sampled for nucleic-acid tests are people tested; sampling staff and sites are not.
@pytest.mark.parametrize("text, expected", [
    ("4月3日，呼和浩特市共完成核酸采样252.3万人次。", [("tested", 2523000, "150100", "2022-04-03")]),
    ("4月3日，呼和浩特市累计完成采样287.38万人。", [("tested", 2873800, "150100", "2022-04-03")]),
    ("呼和浩特市设置采样点489个，安排采样人员2200人。", []),
])
def test_sampled_people_are_tested(text, expected):
    assert _counts(text) == expected


# A sentence that opens with the moment counted up to (截至…) dates a period counted back from it in a later clause
# (rule ``as_of.anchored_period``): foreign figures as agencies report them.
def test_a_later_clause_counted_back_from_the_moment_takes_its_date():
    text = ("数据显示，截至美国东部时间1月10日下午5时，全美共报告确诊病例60312345例、死亡病例837592例，"
            "而在过去的24小时内，美国新增确诊654321例、新增死亡1234例。")
    found = case_counts(text, date(2022, 1, 11))
    assert ("confirmed_local", 654321, None, "2022-01-10") in found
    assert ("deaths", 1234, None, "2022-01-10") in found
    # Counted back from the text's own day, with no moment in the sentence: no single date.
    found = case_counts("过去24小时内，美国新增确诊654321例。", date(2022, 1, 11))
    assert ("confirmed_local", 654321, None, None) in found


# The tested-positive place is the most specific one written (the review's cases).
@pytest.mark.parametrize("text, place", [("北京市已有3人在内蒙古额济纳旗检出阳性。", "152923"),
                                         ("已有2人在湖南长沙检出阳性。", "430100")])
def test_tested_positive_at_the_most_specific_place(text, place):
    assert [c[2] for c in _counts(text)] == [place]

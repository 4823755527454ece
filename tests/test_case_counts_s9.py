"""CASE_COUNT rules of session 9: Hong Kong's 宗/个案 (rule ``value.hk_classifier``), figures given respectively after
分别 (rules ``case_count.respective_nouns``, ``case_count.successive`` with 和, ``place.respectively_after_noun``) and
the place headings of a bulletin's case descriptions (rule ``case_count.heading_part``). The texts are invented in the
layouts of real news (other numbers and places): regression tests of the rules, not evidence of quality."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_count_rules, case_counts

PUBLISHED = date(2022, 4, 12)


def _counts(text):
    return case_counts(text, PUBLISHED)


# Hong Kong: 宗 is the classifier of cases, 个案 the counted noun (确诊个案, 本地个案, 输入个案, 死亡个案); 宗 counts
# nothing else (案件, 交易).
@pytest.mark.parametrize("text, expected", [
    ("香港特区政府卫生防护中心4月10日公布，香港新增862宗新冠确诊个案，另有31名病人出院。",
     [("confirmed_local", 862, "810000", "2022-04-10"), ("recovered", 31, "810000", "2022-04-10")]),
    ("香港4月10日新增40宗本地个案及6宗输入个案，另有2宗死亡个案。",
     [("confirmed_local", 40, "810000", "2022-04-10"), ("confirmed_imported", 6, "810000", "2022-04-10"),
      ("deaths", 2, "810000", "2022-04-10")]),
    ("香港4月10日新增确诊个案46宗，其中本地个案40宗，输入个案6宗。",
     [("confirmed_local", 40, "810000", "2022-04-10"), ("confirmed_imported", 6, "810000", "2022-04-10")]),
    ("香港特区政府卫生署卫生防护中心4月10日报告新增862宗确诊个案，当中850宗为本地个案，12宗为输入个案。",
     [("confirmed_local", 850, "810000", "2022-04-10"), ("confirmed_imported", 12, "810000", "2022-04-10")]),
    ("香港4月10日新增862宗确诊个案，另有35名患者离世。",
     [("confirmed_local", 862, "810000", "2022-04-10"), ("deaths", 35, "810000", "2022-04-10")]),
    ("截至4月10日，地震已造成46人死亡。", []),
    ("警方4月10日共处理3宗案件，涉及2宗交易。", []),
    ("4月10日，湖北省新增3宗案件。", []),
])
def test_hong_kong_cases(text, expected):
    assert _counts(text) == expected


# 分别: figures given respectively — to two counted nouns (each figure its noun's metric), to places named before
# (each figure its place), or a run of figures joined by 和 as by 、.
@pytest.mark.parametrize("text, expected", [
    ("4月11日，吉林省新增本土确诊病例和无症状感染者分别为8例和25例。",
     [("confirmed_local", 8, "220000", "2022-04-11"), ("asymptomatic_local", 25, "220000", "2022-04-11")]),
    ("截至4月11日24时，全省累计报告确诊病例和无症状感染者分别达612例和3021例。",
     [("confirmed_cumulative", 612, None, "2022-04-11"), ("asymptomatic_cumulative", 3021, None, "2022-04-11")]),
    ("4月11日，长春市、吉林市新增本土确诊病例分别为6例、2例。",
     [("confirmed_local", 6, "220100", "2022-04-11"), ("confirmed_local", 2, "220200", "2022-04-11")]),
    ("4月11日，长春市、吉林市分别新增本土确诊病例6例和2例。",
     [("confirmed_local", 6, "220100", "2022-04-11"), ("confirmed_local", 2, "220200", "2022-04-11")]),
    ("4月11日，全国新增本土确诊病例和无症状感染者分别为1251例和24659例，其中上海分别为1189例和22348例，吉林分别为25例和"
     "1000例。",
     [("confirmed_local", 1251, None, "2022-04-11"), ("asymptomatic_local", 24659, None, "2022-04-11"),
      ("confirmed_local", 1189, "310000", "2022-04-11"), ("asymptomatic_local", 22348, "310000", "2022-04-11"),
      ("confirmed_local", 25, "220000", "2022-04-11"), ("asymptomatic_local", 1000, "220000", "2022-04-11")]),
    ("截至4月11日，全球累计确诊病例和死亡病例分别超过4.9亿例和617万例。",
     [("confirmed_cumulative", 490000000, None, "2022-04-11"), ("deaths", 6170000, None, "2022-04-11")]),
    ("美国得克萨斯州和佛罗里达州新增确诊病例分别达3万例和2万例。",
     [("confirmed_local", 30000, None, None), ("confirmed_local", 20000, None, None)]),
    # unchanged: one noun and a part by place after it
    ("4月11日，吉林省新增本土确诊病例8例，其中长春市6例、吉林市2例。",
     [("confirmed_local", 8, "220000", "2022-04-11"), ("confirmed_local", 6, "220100", "2022-04-11"),
      ("confirmed_local", 2, "220200", "2022-04-11")]),
])
def test_respective_figures(text, expected):
    assert _counts(text) == expected


def test_respective_rules():
    rules = case_count_rules("4月11日，吉林省新增本土确诊病例和无症状感染者分别为8例和25例。", PUBLISHED)
    assert rules == ["case_count.respective_nouns", "case_count.respective_nouns"]


# Place headings over a bulletin's case descriptions (迎江区（2例）：, 大观区3例): parts by place of the headline figure
# before them, of the counted noun of the section heading above them (一、确诊病例 / 二、无症状感染者) when there is one.
HEADINGS = ("4月11日0-24时，安庆市新增本土确诊病例5例、无症状感染者2例。\n一、确诊病例\n迎江区（2例）：\n"
            "病例1，男，35岁，现住迎江区某小区。\n病例2，女，33岁。\n安庆市大观区（3例）：\n病例3，女，40岁。\n"
            "二、无症状感染者\n宜秀区（2例）：\n无症状感染者1，男，52岁。")
HEADINGS_BARE = "4月11日0-24时，安庆市新增本土确诊病例5例。\n迎江区2例\n病例1，男，35岁。\n大观区3例\n病例3，女，40岁。"


@pytest.mark.parametrize("text, expected", [
    (HEADINGS, [("confirmed_local", 5, "340800", "2022-04-11"), ("asymptomatic_local", 2, "340800", "2022-04-11"),
                ("confirmed_local", 2, "340802", "2022-04-11"), ("confirmed_local", 3, "340803", "2022-04-11"),
                ("asymptomatic_local", 2, "340811", "2022-04-11")]),
    (HEADINGS_BARE, [("confirmed_local", 5, "340800", "2022-04-11"), ("confirmed_local", 2, "340802", "2022-04-11"),
                     ("confirmed_local", 3, "340803", "2022-04-11")]),
    # a heading of another division than the headline's is no part of it
    ("4月11日0-24时，安庆市新增本土确诊病例5例。\n蜀山区（2例）：\n病例1，男，35岁。", [
        ("confirmed_local", 5, "340800", "2022-04-11")]),
    # a line that is not a place (病例1) is no heading
    ("4月11日0-24时，安庆市新增本土确诊病例5例。\n病例（2例）：\n病例1，男，35岁。", [
        ("confirmed_local", 5, "340800", "2022-04-11")]),
])
def test_heading_parts(text, expected):
    assert _counts(text) == expected


def test_heading_part_rule_and_span():
    from imcovid.annotate import annotate
    parts = [m for m in annotate(HEADINGS, PUBLISHED) if m["type"] == "CASE_COUNT" and m["rule"] == "case_count.heading_part"]
    assert [m["surface"] for m in parts] == ["迎江区（2例）", "安庆市大观区（3例）", "宜秀区（2例）"]


# Not figures of this corpus: a projection (可能达到, 或将, 有望, 预测: skip terms, as 预计 and 将达 were) and a figure of
# another disease (data/case_count_terms.tsv, kind other_disease; rule case_count.other_disease) unless COVID-19 is
# named with it.
@pytest.mark.parametrize("text, expected", [
    ("据印度卫生部4月11日公布的数据，印度单日新增新冠肺炎确诊5万例；专家称单日新增病例甚至可能达到15万例。",
     [("confirmed_local", 50000, None, "2022-04-11")]),
    ("专家表示，该市新增病例或将突破1万例。", []),
    ("截至4月10日，英国已累计报告猴痘病例9例。此外，美国1例，葡萄牙5例。", []),
    ("4月11日，广州市新增本土确诊病例3例，另报告登革热病例2例。", [("confirmed_local", 3, "440100", "2022-04-11")]),
    ("4月11日，新增新冠肺炎和流感病例3例。", [("confirmed_local", 3, None, "2022-04-11")]),
])
def test_not_figures_of_the_corpus(text, expected):
    assert _counts(text) == expected


# A list item named by a division's short form that is an ordinary word too (中山, 大同: places.word_short_forms), which
# the place annotator leaves unread there: the one division of that name within the place named before it (rule
# place.list_short_form); the list goes on after it. Nothing is read where no place before holds that name.
@pytest.mark.parametrize("text, expected", [
    ("4月11日0-24时，广东省新增本土确诊病例9例，其中中山2例、珠海3例、佛山4例。",
     [("confirmed_local", 9, "440000", "2022-04-11"), ("confirmed_local", 2, "442000", "2022-04-11"),
      ("confirmed_local", 3, "440400", "2022-04-11"), ("confirmed_local", 4, "440600", "2022-04-11")]),
    ("4月11日0-24时，广东省新增本土确诊病例9例，其中广州2例、中山3例、佛山4例。",
     [("confirmed_local", 9, "440000", "2022-04-11"), ("confirmed_local", 2, "440100", "2022-04-11"),
      ("confirmed_local", 3, "442000", "2022-04-11"), ("confirmed_local", 4, "440600", "2022-04-11")]),
    ("4月11日，山西新增本土无症状感染者6例，其中大同4例、太原2例。",
     [("asymptomatic_local", 6, "140000", "2022-04-11"), ("asymptomatic_local", 4, "140200", "2022-04-11"),
      ("asymptomatic_local", 2, "140100", "2022-04-11")]),
    ("4月11日，孙中山2例。", []),
])
def test_list_short_forms(text, expected):
    assert _counts(text) == expected


# 较前一天新增: the day's new cases as news agencies report Korea's and Japan's (counted against the day before), not a
# change compared (重症病例较前一日减少8例 stays unread).
@pytest.mark.parametrize("text, expected", [
    ("韩国中央防疫对策本部12日通报，截至当天0时，韩国较前一天新增新冠确诊病例210755例，累计确诊15340000例。",
     [("confirmed_local", 210755, None, None), ("confirmed_cumulative", 15340000, None, None)]),
    ("当日新增治愈出院病例4307例，重症病例较前一日减少8例。", [("recovered", 4307, None, None)]),
    ("4月11日，全省新增确诊病例较前一日增加5例。", []),
])
def test_compared_with_the_day_before(text, expected):
    assert _counts(text) == expected


# A verb between a state's counted noun and its number (在院治疗的确诊病例有5例, 治愈出院的确诊病例共有30例): still the
# state's count (rule case_count.state).
@pytest.mark.parametrize("text, expected", [
    ("截至4月11日，目前在院治疗的确诊病例有5例。", [("hospitalised", 5, None, "2022-04-11")]),
    ("截至4月11日，治愈出院的确诊病例共有30例。", [("recovered", 30, None, "2022-04-11")]),
    ("截至4月11日24时，全省累计报告本土确诊病例有120例。", [("confirmed_cumulative", 120, None, "2022-04-11")]),
])
def test_state_with_a_verb(text, expected):
    assert _counts(text) == expected


# A note on all the cases between a figure and its parts by place (均为隔离管控人员, 均在闭环管理中发现) does not end the
# list that 其中 opens.
@pytest.mark.parametrize("text, expected", [
    ("4月11日0时至24时，北京市新增新冠肺炎确诊病例8例，均为隔离管控人员，其中朝阳区5例、海淀区3例。",
     [("confirmed_local", 8, "110000", "2022-04-11"), ("confirmed_local", 5, "110105", "2022-04-11"),
      ("confirmed_local", 3, "110108", "2022-04-11")]),
    ("4月11日，吉林省新增本土确诊病例8例，均在闭环管理中发现，其中长春市6例、吉林市2例。",
     [("confirmed_local", 8, "220000", "2022-04-11"), ("confirmed_local", 6, "220100", "2022-04-11"),
      ("confirmed_local", 2, "220200", "2022-04-11")]),
])
def test_note_before_parts(text, expected):
    assert _counts(text) == expected


# The note of one list item (，为集中隔离人员) is not the counted noun of the item after the semicolon.
@pytest.mark.parametrize("text, expected", [
    ("4月11日0—24时，西安市新增本土确诊病例3例。其中，雁塔区2例，为集中隔离人员；长安区1例，为社区筛查发现。",
     [("confirmed_local", 3, "610100", "2022-04-11"), ("confirmed_local", 2, "610113", "2022-04-11"),
      ("confirmed_local", 1, "610116", "2022-04-11")]),
    ("4月11日0—24时，西安市新增本土确诊病例3例；新增无症状感染者5例。",
     [("confirmed_local", 3, "610100", "2022-04-11"), ("asymptomatic_local", 5, "610100", "2022-04-11")]),
])
def test_note_of_the_item_before(text, expected):
    assert _counts(text) == expected

"""CASE_COUNT rules of session 23: national bulletins as aggregators and news lists repost them.
- ``case_count.credit_line`` (a guard of ``case_count.by_source``; the mentions keep the rule of their figure): an
  outlet's credit (消息来源:新华网, 来源:中国新闻网) written with no sentence end after it, as an aggregator's repost
  runs the credit, the title and the bulletin into one line, is no 来源 of cases: before, every figure of the bulletin
  after it was dropped as a part by source (病例来源为：集中隔离点14人…, which stays an attribute).
- ``case_count.bare_new`` with a scope: a headline or a news list's short form, 新增本土28例 / 新增境外输入3例 (a scope
  between 新增 and the number, no counted noun), is the scope's confirmed cases, as 新增28例 already was the confirmed
  ones.
- ``case_count.noun_after`` with the short 新冠: 新增3例新冠确诊病例, 3例本土新冠病例, 3例新冠本土病例, 2例新冠无症状感染者 (the
  short name of the disease between the classifier and the noun, before or after the scope) name their noun after the
  figure, as 3例新冠肺炎确诊病例 did; 新冠 was read before 感染者 only.
- ``case_count.positive_total`` with thousands separators: 新增1,292宗本土病例，包括259宗确诊及1,033宗无症状感染 (as Hong
  Kong papers write mainland figures) is a total of both, as 新增1292宗… was.
The texts are invented in the layouts of real posts (other numbers and places): regression tests of the rules, not
evidence of quality. Rows marked negative guard the rules' limits."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_count_rules, case_counts

PUBLISHED = date(2021, 3, 6)


def _counts(text, published=PUBLISHED):
    return case_counts(text, published)


_BULLETIN = ("3月5日0—24时,31个省自治区、直辖市和新疆生产建设兵团报告新增确诊病例9例,均为境外输入病例上海4例,"
             "四川3例,广东2例;无新增死亡病例;")
_BULLETIN_ROWS = [("confirmed_imported", 9, None, "2021-03-05"), ("confirmed_imported", 4, "310000", "2021-03-05"),
                  ("confirmed_imported", 3, "510000", "2021-03-05"), ("confirmed_imported", 2, "440000", "2021-03-05"),
                  ("deaths", 0, None, "2021-03-05")]


# case_count.credit_line: a credit before the figures, in the same sentence
@pytest.mark.parametrize("text, expected", [
    ("消息来源:新华网 " + _BULLETIN, _BULLETIN_ROWS),
    ("城市镜像.新闻汇总 2021-03-06\n\n消息来源:人民网 截至3月5日24时新型冠状病毒肺炎疫情最新情况 2021-03-06 08:30:00 "
     + _BULLETIN, _BULLETIN_ROWS),
    ("新闻来源：中国新闻网 " + _BULLETIN, _BULLETIN_ROWS),
    ("来源：央视新闻 " + _BULLETIN, _BULLETIN_ROWS),  # (a credit opening the line, without a credit word)
    # a credit and a source of cases in one sentence: the source still makes its parts no figures
    ("消息来源:新华网 新增本土确诊病例17例,病例来源为：集中隔离点14人，社区筛查3人。",
     [("confirmed_local", 17, None, None)]),
])
def test_a_credit_line_is_no_source_of_cases(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text", [
    # negative: the sources of cases stay parts by an attribute, with or without a colon, at a line's start too
    "病例来源为：集中隔离点14人，社区筛查3人。",
    "病例来源：集中隔离点14人，社区筛查3人。",
    "来源：集中隔离点14人，社区筛查3人。",
    "新增病例来源为集中隔离点14人、社区筛查3人。",
])
def test_sources_of_cases_are_still_no_figures(text):
    assert _counts(text) == []


def test_a_credit_after_the_figures_changes_nothing():
    text = _BULLETIN + "\n来源 中国新闻网"
    assert _counts(text) == _BULLETIN_ROWS


# case_count.bare_new with a scope between 新增 and the number
@pytest.mark.parametrize("text, published, expected", [
    ("31省份新增本土21例：河南15例、陕西6例", date(2021, 9, 23),
     [("confirmed_local", 21, None, None), ("confirmed_local", 15, "410000", None),
      ("confirmed_local", 6, "610000", None)]),
    ("国家卫健委：昨日新增本土21例，其中河南15例、陕西6例", date(2022, 2, 9),
     [("confirmed_local", 21, None, "2022-02-08"), ("confirmed_local", 15, "410000", "2022-02-08"),
      ("confirmed_local", 6, "610000", "2022-02-08")]),
    ("北京新增境外输入3例。", date(2022, 2, 9), [("confirmed_imported", 3, "110000", None)]),
    ("昨日上海新增本地5例，均为隔离人员。", date(2022, 2, 9), [("confirmed_local", 5, "310000", "2022-02-08")]),
])
def test_new_cases_with_a_scope_and_no_noun(text, published, expected):
    assert _counts(text, published) == expected
    assert case_count_rules(text, published)[0] == "case_count.bare_new"


@pytest.mark.parametrize("text, expected", [
    # negative: a noun after the number keeps its own reading (and rule)
    ("新增本土确诊病例3例。", [("confirmed_local", 3, None, None)]),
    ("新增本土无症状感染者3例。", [("asymptomatic_local", 3, None, None)]),
    ("新增境外输入2例无症状感染者。", [("asymptomatic_imported", 2, None, None)]),
    # negative: other classifiers than 例 are no cases (people, zones)
    ("新增本土3人次核酸检测点。", []),
    ("新增本土3个中风险地区。", []),
    # negative: no number right after the scope
    ("新增本土疫情3起。", []),
    ("新增输入风险较大。", []),
])
def test_bare_scope_limits(text, expected):
    assert _counts(text) == expected
    if expected:
        assert "case_count.bare_new" not in case_count_rules(text, PUBLISHED)


# case_count.noun_after with the short 新冠 before the noun
@pytest.mark.parametrize("text, expected", [
    ("9月10日，北京新增3例新冠确诊病例。", [("confirmed_local", 3, "110000", "2022-09-10")]),
    ("9月10日，北京新增3例本土新冠病例。", [("confirmed_local", 3, "110000", "2022-09-10")]),
    ("9月10日，北京新增3例新冠本土病例。", [("confirmed_local", 3, "110000", "2022-09-10")]),
    ("9月10日，北京新增3例境外输入新冠病例。", [("confirmed_imported", 3, "110000", "2022-09-10")]),
    ("9月10日，北京新增2例新冠无症状感染者。", [("asymptomatic_local", 2, "110000", "2022-09-10")]),
    # negative: 新冠 before anything but a counted noun names nothing counted
    ("9月10日，北京接种3例新冠疫苗。", []),
    ("9月10日，北京发现3例新冠疫苗不良反应。", []),
    # negative: a relation after the noun (a case's contacts) is still no count of cases
    ("9月10日，北京报告1例新冠病例的密切接触者2人。", [("close_contacts", 2, "110000", "2022-09-10")]),
])
def test_the_short_disease_name_before_the_noun(text, expected):
    assert _counts(text, date(2022, 9, 11)) == expected


# case_count.positive_total with thousands separators
@pytest.mark.parametrize("text, expected", [
    ("9月10日，内地新增1,292宗本土病例，包括259宗确诊及1,033宗无症状感染。",
     [("positive_local", 1292, None, "2022-09-10"), ("confirmed_local", 259, None, "2022-09-10"),
      ("asymptomatic_local", 1033, None, "2022-09-10")]),
    ("9月10日，内地新增1,292宗新冠本土病例，包括259宗确诊及1,033宗无症状感染。",
     [("positive_local", 1292, None, "2022-09-10"), ("confirmed_local", 259, None, "2022-09-10"),
      ("asymptomatic_local", 1033, None, "2022-09-10")]),
    # negative: parts that do not add up to the figure leave it a count of confirmed cases, as before
    ("9月10日，内地新增1,292宗本土病例，包括259宗确诊及1,034宗无症状感染。",
     [("confirmed_local", 1292, None, "2022-09-10"), ("confirmed_local", 259, None, "2022-09-10"),
      ("asymptomatic_local", 1034, None, "2022-09-10")]),
])
def test_a_positive_total_with_thousands_separators(text, expected):
    assert _counts(text, date(2022, 9, 11)) == expected

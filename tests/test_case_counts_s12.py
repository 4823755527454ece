"""CASE_COUNT rules of session 12: a date in parentheses glossing 今天/今日 governs the figures after it (rule
``as_of.day_gloss``), a count of days (已连续5日, 近7日) is no day-only date (rule ``as_of.day_count``), 治愈病例 counts
recovered people, 日增病例 a day's new cases, 阳性患者 people testing positive, a case's anonymised name (刘某) may follow
the counted noun, 阳性检测人员 are people who tested positive (not testing staff), samples (样本) are not counted, 分别
assigns places to figures of any classifier, doses with 疫苗接种 written after them are doses given (rule
``case_count.vaccinated_after``), and a large count with no classifier after 逼近/突破/超过/接近 is a figure
(rule ``value.no_classifier``). The texts are invented in the layouts of real news (other numbers and places):
regression tests of the rules, not evidence of quality. Each positive case fails on release 16.0.0; the negative cases
(marked) pass on both and guard the rules' limits."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_counts
from imcovid.annotate.case_counts import ANNOTATOR

PUBLISHED = date(2022, 4, 12)


def _counts(text):
    return case_counts(text, PUBLISHED)


def _version(annotator: str) -> tuple[int, ...]:
    """(1, 10) from "imcovid-rules/1.10:case_count": compared as numbers, not text ("1.10" < "1.3" as strings)."""
    name, rest = annotator.split("/", 1)
    number, kind = rest.split(":", 1)
    assert (name, kind) == ("imcovid-rules", "case_count")
    return tuple(int(part) for part in number.split("."))


def test_annotator_version():
    assert _version(ANNOTATOR) >= (1, 3)  # (session 13 moved it on to 1.4)


@pytest.mark.parametrize("annotator, expected", [
    ("imcovid-rules/1.3:case_count", (1, 3)),
    ("imcovid-rules/1.10:case_count", (1, 10)),  # (as text, "1.10" sorts before "1.3")
    ("imcovid-rules/2.0:case_count", (2, 0)),
])
def test_version_parsed_as_numbers(annotator, expected):
    assert _version(annotator) == expected and _version(annotator) >= (1, 3)


# A press conference dated by 今天（4月11日）: its 截至目前 totals are as of that day (the parenthesis is the day's date,
# not an aside); and a count of days between the date and the figure dates nothing.
@pytest.mark.parametrize("text, expected", [
    ("今天（4月11日）上午10时，成都市召开疫情防控新闻发布会。截至目前，全市累计报告本土确诊病例86例。",
     [("confirmed_cumulative", 86, "510100", "2022-04-11")]),
    ("今日（4月11日）下午，郑州市举行新闻发布会。\n通报称，截至目前，郑州市累计报告本土确诊病例45例，出院12例。",
     [("confirmed_cumulative", 45, "410100", "2022-04-11"), ("recovered", 12, "410100", "2022-04-11")]),
    ("4月11日下午，西安市召开新闻发布会。西安已连续5日社会面零新增。截至目前，西安市累计报告本土确诊病例120例。",
     [("confirmed_cumulative", 120, "610100", "2022-04-11")]),
    ("4月11日，长沙市召开新闻发布会。近7日长沙共开展核酸检测3轮。截至目前，长沙市累计报告本土确诊病例33例。",
     [("confirmed_cumulative", 33, "430100", "2022-04-11")]),
    # negative: a day written without its month dates nothing, not even with its window (measures.md as_of; release
    # 28.0.0 dropped the reading of the day before publication), and the earlier full date does not govern past it
    ("4月10日，南昌市召开新闻发布会。11日0—24时，南昌市新增本土确诊病例6例。",
     [("confirmed_local", 6, "360100", None)]),
])
def test_day_gloss_and_day_counts(text, expected):
    assert _counts(text) == expected


# Counted nouns and markers.
@pytest.mark.parametrize("text, expected", [
    ("当地时间4月10日，意大利卫生部数据显示，该国新增治愈病例52310例，累计治愈13862153例。",
     [("recovered", 52310, None, "2022-04-10"), ("recovered", 13862153, None, "2022-04-10")]),
    ("近期德国疫情形势严峻，日增病例曾一度攀升至30万多例。", [("confirmed_local", 300000, None, None)]),
    # negative: 较昨日增加 is a change, not a day's new cases
    ("4月11日，韩国新增确诊病例90928例，较昨日增加2000例。", [("confirmed_local", 90928, None, "2022-04-11")]),
    ("4月11日，苏州市召开新闻发布会：本轮疫情共发现23例阳性患者，均已转运至定点医院。",
     [("positive_cumulative", 23, "320500", "2022-04-11")]),
    ("4月9日，合肥市瑶海区在例行检测中发现1例无症状感染者刘某；之后两天，合肥又新增3例与之相关的无症状感染者。",
     [("asymptomatic_local", 1, "340102", "2022-04-09"), ("asymptomatic_local", 3, "340100", "2022-04-09")]),
    ("4月9日，厦门市思明区新增1例确诊病例陈某某，系外省返厦人员。", [("confirmed_local", 1, "350203", "2022-04-09")]),
    ("截至4月11日8时，已排查出阳性检测人员的密切接触者245人，密接的密接87人。",
     [("close_contacts", 245, None, "2022-04-11")]),
    # negatives: testing staff, and samples, are not counted
    ("4月11日，全市实验室核酸检测人员320人全部到岗。", []),
    ("4月10日，在机场工作人员定期核酸检测样品中，检测到阳性样本4例。", []),
])
def test_nouns_and_markers(text, expected):
    assert _counts(text) == expected


# 分别 with doses (and an approximation word before each figure): each figure takes its own place.
def test_respective_places_of_doses():
    text = ("截至4月10日，江苏省累计接种新冠病毒疫苗2.1亿剂次，南京和苏州两个城市最新公布的接种量分别超过2200万剂和"
            "2500万剂。")
    assert _counts(text) == [("vaccinated_doses", 210000000, "320000", "2022-04-10"),
                             ("vaccinated_doses", 22000000, "320100", "2022-04-10"),
                             ("vaccinated_doses", 25000000, "320500", "2022-04-10")]


# Large counts with no classifier.
@pytest.mark.parametrize("text, expected", [
    ("据世卫组织统计，全球累计确诊病例已经逼近5亿。", [("confirmed_cumulative", 500000000, None, None)]),
    ("截至4月10日，美国累计确诊病例突破8000万，累计死亡病例接近98.5万。",
     [("confirmed_cumulative", 80000000, None, "2022-04-10"), ("deaths", 985000, None, "2022-04-10")]),
    # negatives: no counted noun in the clause, another unit, a small count, a share
    ("今年一季度，全市游客接待量突破1200万。", []),
    ("新增确诊病例5例，全市常住人口突破1400万。", [("confirmed_local", 5, None, None)]),
    ("本轮疫情已波及十余个省区市，本土确诊病例已经突破两百。", []),
    ("新增确诊病例中，无症状感染者超过8成。", []),
    # (review) the case noun is not what is counted: money, residents
    ("全国新冠确诊患者的救治费用已超过5亿。", []),
    ("确诊病例所在的小区共有居民超过2万，已全部纳入封控范围。", []),
    ("目前该市确诊病例的医疗费用累计突破1亿。", []),
])
def test_no_classifier(text, expected):
    assert _counts(text) == expected


# Doses with the vaccination written after them are doses given; doses supplied or shipped are not.
@pytest.mark.parametrize("text, expected", [
    ("4月10日，英国卫生部宣布，英国已完成1.1亿剂新冠疫苗接种。", [("vaccinated_doses", 110000000, None, "2022-04-10")]),
    # negatives
    ("中方已经向国际社会提供了超过20亿剂疫苗。", []),
    ("上周，200万剂新冠疫苗运抵老挝首都万象。", []),
    ("每人需完成2剂疫苗接种。", []),
])
def test_vaccinated_after(text, expected):
    assert _counts(text) == expected

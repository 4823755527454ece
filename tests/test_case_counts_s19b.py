"""CASE_COUNT rules of session 19, second round, found on unseen posts of 2021–2022 (每经网 digests and press-conference
reports, 观察者网 and 新浪财经 reposts of national and provincial bulletins, 趣头条 outbreak news): a headline line whose
verb reports its figure (南京通报1例境外输入关联核酸阳性人员, in a news digest) counts new cases though it writes no day
(rule ``case_count.headline_report``); a figure counted by 各地 (places in general: 各地累计报告关联病例262例) has no
place (rule ``place.various_places``), not the division an earlier clause named nor the article's; a sentence opening on
the present (目前排查出…密切接触者10人) after an event day is as of the latest day its paragraph told of (the report's day:
7月13日晚上10时…了解到), never a day after publication (rule ``as_of.present_latest``).
The texts are invented in the layouts of real posts (other numbers and places): regression tests of the rules, not
evidence of quality. Each positive case fails on the first round's last commit (e43a973); the negative cases (marked)
pass on both and guard the rules' limits."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_count_rules, case_counts

PUBLISHED = date(2021, 7, 14)


def _counts(text):
    return case_counts(text, PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    # a digest's headline, numbered, before its item's body
    ("1丨扬州通报2例境外输入关联核酸阳性人员\n据新华社，记者从扬州市了解到相关情况。",
     [("positive_local", 2, "321000", None)]),
    ("包头发现3例无症状感染者\n来源：包头市卫健委",
     [("asymptomatic_local", 3, "150200", None)]),
    ("呼和浩特报告了1例确诊病例\n详情如下。",
     [("confirmed_local", 1, "150100", None)]),
    # negative: a sentence with no day is no headline (an unmarked count with no day of its own stays unread)
    ("扬州报告1例确诊病例，患者正在定点医院治疗。目前情况稳定。", []),
    # negative: a running total's verb (已报告, 共报告, 累计报告, 此前报告) is no report of new cases
    ("此前报告1例确诊病例\n详情如下。", []),
    # negative: a negated verb reports nothing
    ("扬州未发现1例外溢病例\n详情如下。", []),
    ("扬州没有发现1例阳性人员\n详情如下。", []),
    ("扬州本轮疫情已报告11例阳性病例\n详情如下。", [("positive_cumulative", 11, "321000", None)]),
    # negative: a long line is no headline
    ("扬州市新冠肺炎疫情防控指挥部办公室负责同志在新闻发布会上向媒体通报2例核酸阳性人员的流调情况并回答提问\n正文。", []),
])
def test_headline_report(text, expected):
    assert _counts(text) == expected


def test_headline_report_rule_name():
    assert case_count_rules("1丨扬州通报2例境外输入关联核酸阳性人员\n据新华社。", PUBLISHED) \
        == ["case_count.headline_report"]
    # negative: a dated sentence keeps its own rule
    assert case_count_rules("7月13日，扬州报告2例阳性人员。", PUBLISHED) == ["case_count.noun_after"]


@pytest.mark.parametrize("text, expected", [
    ("自7月20日扬州报告发生本土病例以来，截至7月29日24时，各地累计报告关联病例262例。",
     [("confirmed_cumulative", 262, None, "2021-07-29")]),
    # the total is no division's; its parts by place keep theirs
    ("截至7月29日24时，各地累计报告关联病例262例，其中扬州市200例。",
     [("confirmed_cumulative", 262, None, "2021-07-29"), ("confirmed_cumulative", 200, "321000", "2021-07-29")]),
    # negative: a division's own places (江苏省各地, 全市各地, 省内各地) are that division
    ("截至7月29日24时，江苏省各地累计报告本土确诊病例262例。",
     [("confirmed_cumulative", 262, "320000", "2021-07-29")]),
    ("截至7月29日24时，扬州市全市各地累计报告本土确诊病例62例。",
     [("confirmed_cumulative", 62, "321000", "2021-07-29")]),
    ("江苏：截至7月29日24时，各地市累计报告本土确诊病例262例。",
     [("confirmed_cumulative", 262, "320000", "2021-07-29")]),
    # negative: 各地 in an earlier clause does not take a later figure's place away
    ("7月13日，各地要落实防控措施，扬州新增本土确诊病例3例。",
     [("confirmed_local", 3, "321000", "2021-07-13")]),
])
def test_various_places(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 目前 after an event day: the report's day told earlier in the paragraph
    ("据新华社，7月13日晚上10时，记者从扬州市指挥部了解到最新情况。2021年7月12日，扬州市报告1例确诊病例，目前病情较轻。"
     "目前排查出其密切接触者10人。",
     [("confirmed_local", 1, "321000", "2021-07-12"), ("close_contacts", 10, "321000", "2021-07-13")]),
    # negative: no later day in the paragraph (the event day governs, as before)
    ("7月12日，扬州市报告1例确诊病例。目前排查出其密切接触者10人。",
     [("confirmed_local", 1, "321000", "2021-07-12"), ("close_contacts", 10, "321000", "2021-07-12")]),
    # negative: a day still to come (after publication) is no present
    ("扬州市将于7月20日开学。7月12日，扬州市报告1例确诊病例。目前排查出其密切接触者10人。",
     [("confirmed_local", 1, "321000", "2021-07-12"), ("close_contacts", 10, "321000", "2021-07-12")]),
    # negative: a sentence that does not open on the present keeps its governing day
    ("7月13日，记者了解到最新情况。7月12日，扬州市报告1例确诊病例，排查出其密切接触者10人。",
     [("confirmed_local", 1, "321000", "2021-07-12"), ("close_contacts", 10, "321000", "2021-07-12")]),
])
def test_present_latest(text, expected):
    assert _counts(text) == expected

"""CASE_COUNT conformance to the guideline (measures.md), session 21, helper ccm (notes/s21-ccm.md): problems a new
user reported on the release (notes/s21-newuser.md items 1 and 2, notes/s20-newuser.md item 2), each checked against
the guideline first. The texts are invented: regression tests of the rules, not evidence of quality. Negative cases
are marked; each positive case failed before the change."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate

PUBLISHED = date(2021, 11, 18)


def _tuples(text: str) -> list[tuple]:
    return sorted((m["metric"], int(m["value"]), m["place_code"] or "", m["as_of"] or "")
                  for m in annotate(text, PUBLISHED) if m["type"] == "CASE_COUNT")


def _rules(text: str) -> list[str]:
    return [m.get("rule") for m in annotate(text, PUBLISHED) if m["type"] == "CASE_COUNT"]


# place.origin_part: a part of a total whose place follows its figure after 来自 (or 其中有…在), inside the total's
# place, is a part by place with its own place_code (guideline: a total and its parts by place are all annotated).
@pytest.mark.parametrize("text, expected", [
    ("截至11月16日24时，内蒙古共有169例本土确诊病例，其中有164例来自额济纳旗。",
     [("confirmed_cumulative", 164, "152923", "2021-11-16"), ("confirmed_cumulative", 169, "150000", "2021-11-16")]),
    ("截至11月16日24时，内蒙古累计报告本土确诊病例169例，其中有164例在额济纳旗。",
     [("confirmed_cumulative", 164, "152923", "2021-11-16"), ("confirmed_cumulative", 169, "150000", "2021-11-16")]),
    ("截至11月16日24时，北京累计报告本土确诊病例9例，其中2例来自昌平区。",
     [("confirmed_cumulative", 2, "110114", "2021-11-16"), ("confirmed_cumulative", 9, "110000", "2021-11-16")]),
    # negatives: a place outside the total's is where the cases came from (an attribute); a foreign origin has no
    # code; a part by another attribute after 其中有 stays unannotated; 均在 names no figure of its own
    ("截至11月16日24时，北京累计报告本土确诊病例9例，其中有2例来自河北。",
     [("confirmed_cumulative", 9, "110000", "2021-11-16")]),
    ("11月16日，佛山新增境外输入确诊病例5例，其中3例来自孟加拉国。",
     [("confirmed_imported", 5, "440600", "2021-11-16")]),
    ("截至11月16日24时，北京累计报告本土确诊病例9例，其中有2例为学生。",
     [("confirmed_cumulative", 9, "110000", "2021-11-16")]),
    ("11月2日0—24时，31个省（自治区、直辖市）新增本土确诊病例93例（内蒙古6例，均在阿拉善盟）。",
     [("confirmed_local", 6, "150000", "2021-11-02"), ("confirmed_local", 93, "", "2021-11-02")]),
])
def test_part_by_place_after_its_figure(text, expected):
    assert _tuples(text) == expected


def test_origin_part_is_a_list_item():
    assert _rules("截至11月16日24时，内蒙古共有169例本土确诊病例，其中有164例来自额济纳旗。")[1] == "case_count.list_item"


# as_of.present_after_event: a sentence opening on the present (目前) in a later paragraph than the last date, when that
# date is an event's day and not a report's, has no governing explicit date: as_of null.
@pytest.mark.parametrize("text, expected", [
    ("10月17日，一上海旅行团中两名游客在西安核酸阳性。\n目前，内蒙古共有169例本土确诊病例。",
     [("confirmed_cumulative", 169, "150000", "")]),
    ("10月27日，黑河市发现1例阳性病例。\n目前，黑龙江共有277例本土确诊病例。",
     [("confirmed_cumulative", 277, "230000", ""), ("positive_local", 1, "231100", "2021-10-27")]),
    # negatives: a report's date (截至…24时, 通报) still governs the present after it; within the date's own paragraph
    # the present is the latest day told of (as_of.present_latest), unchanged
    ("截至11月16日24时，内蒙古共报告确诊病例169例。\n目前，内蒙古共有169例本土确诊病例。",
     [("confirmed_cumulative", 169, "150000", "2021-11-16"), ("confirmed_cumulative", 169, "150000", "2021-11-16")]),
    ("10月26日，额济纳旗新增本土确诊病例6例。\n目前，额济纳旗共有确诊病例84例。",
     [("confirmed_cumulative", 84, "152923", "2021-10-26"), ("confirmed_local", 6, "152923", "2021-10-26")]),
    ("11月16日，内蒙古卫健委通报了最新情况。\n目前，内蒙古共有169例本土确诊病例。",
     [("confirmed_cumulative", 169, "150000", "2021-11-16")]),
    ("10月17日，一上海旅行团中两名游客在西安核酸阳性。目前，内蒙古共有169例本土确诊病例。",
     [("confirmed_cumulative", 169, "150000", "2021-10-17")]),
])
def test_present_after_an_event_day(text, expected):
    assert _tuples(text) == expected


# case_count.numbered_case: a figure whose counted noun is one numbered case (确诊病例3) counts people linked to that
# case (a chain: an attribute), not cases of the noun.
@pytest.mark.parametrize("text, expected", [
    ("截至11月16日24时，大连累计确诊病例275例。与确诊病例3在同一传播链上的，已达到28人。",
     [("confirmed_cumulative", 275, "210200", "2021-11-16")]),
    ("截至11月16日24时，大连累计确诊病例275例。其中与病例12在同一传播链上的就达到27人。",
     [("confirmed_cumulative", 275, "210200", "2021-11-16")]),
    # negatives: a count with its classifier after the noun's number is a count
    ("截至11月16日24时，大连累计确诊病例3例，无症状感染者41例。",
     [("asymptomatic_cumulative", 41, "210200", "2021-11-16"), ("confirmed_cumulative", 3, "210200", "2021-11-16")]),
    ("11月16日，大连新增本土确诊病例3例。",
     [("confirmed_local", 3, "210200", "2021-11-16")]),
])
def test_numbered_case_is_no_counted_noun(text, expected):
    assert _tuples(text) == expected


# Review (helper revccm, notes/s21-revccm.md). as_of.present_after_event: a bulletin whose report's date opens it
# (1月17日0时至1月18日15时，本市新增2例…) and whose cases' stories follow, each told by its days, dates its present
# running total (截至目前，本市累计报告…) by the report's date, not null (guideline: a bulletin date governs 截至目前).
# A date that only says when something was said (…新闻发布会上表示) or a case's story date is no report's date.
@pytest.mark.parametrize("text, expected", [
    ("11月16日0时至11月17日15时，北京新增2例本土确诊病例。\n病例1为11月15日通报确诊病例的母亲，11月15日作为密切接触者"
     "转至集中隔离点，11月16日出现发热症状。\n截至目前，北京累计报告本土确诊病例3例。",
     ("confirmed_cumulative", 3, "110000", "2021-11-17")),
    ("截至11月16日24时，31省份累计报告本土确诊病例1327例。\n10月17日，一上海旅行团中两名游客在西安核酸阳性。\n"
     "目前，内蒙古共有169例本土确诊病例。", ("confirmed_cumulative", 169, "150000", "2021-11-16")),
    # negative: a date of a press conference's words, no count, past the text's first lines: no report's date, null
    ("本轮疫情全景梳理\n一个月波及21个省份\n11月6日，国家卫生健康委疾控局副局长在新闻发布会上表示，本轮疫情由境外输入源头引起。\n10月17日，一上海旅行团中"
     "两名游客在西安核酸阳性。\n目前，内蒙古共有169例本土确诊病例。", ("confirmed_cumulative", 169, "150000", "")),
])
def test_present_after_event_takes_the_bulletins_date(text, expected):
    assert expected in _tuples(text)


# place.origin_part, review: the second part of a list is read against the total's place, not the part before's
# (额济纳旗 does not contain 阿拉善左旗); a place that qualifies a noun (来自额济纳旗的旅行团) is whose group, not a part.
@pytest.mark.parametrize("text, expected", [
    ("截至11月16日24时，内蒙古共有169例本土确诊病例，其中有164例来自额济纳旗、5例来自阿拉善左旗。",
     [("confirmed_cumulative", 5, "152921", "2021-11-16"), ("confirmed_cumulative", 164, "152923", "2021-11-16"),
      ("confirmed_cumulative", 169, "150000", "2021-11-16")]),
    # negative
    ("截至11月16日24时，内蒙古共有169例本土确诊病例，其中有164例来自额济纳旗的旅行团。",
     [("confirmed_cumulative", 169, "150000", "2021-11-16")]),
])
def test_origin_parts_review(text, expected):
    assert _tuples(text) == expected


# case_count.numbered_case, review: digits after the case noun that begin a date or a span (确诊病例10月17日以来,
# 24小时内) are no case's number: the count after them stays (negative cases of the rule).
@pytest.mark.parametrize("text, expected", [
    ("内蒙古本土确诊病例10月17日以来累计报告169例。", ("confirmed_cumulative", 169, "150000", "")),
    ("额济纳旗无症状感染者10月以来共有21人。", ("asymptomatic_cumulative", 21, "152923", "")),
    ("本轮疫情中，本土确诊病例11月以来累计报告45例。", ("confirmed_cumulative", 45, "", "")),
])
def test_numbered_case_not_a_date(text, expected):
    assert expected in _tuples(text)


# A dateline with report words but no figure, the text's first date in its first lines, governs too (review).
def test_present_after_event_takes_the_dateline():
    text = ("北京疫情通报\n11月17日，北京市召开第262场新闻发布会。\n病例1为11月15日通报确诊病例的母亲，11月16日出现发热症状。\n"
            "截至目前，北京累计报告本土确诊病例3例。")
    assert ("confirmed_cumulative", 3, "110000", "2021-11-17") in _tuples(text)

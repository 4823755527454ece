"""The year a date written without one is told in (annotation.md, conventions: "the year is the one the story is told
in"): counted from the publication (去年), named before it (同年, 1998年的), or the year of a full date told just before
it in the same paragraph. Invented sentences in the style of the real posts (regression tests, not evidence)."""

from datetime import date

import pytest

from imcovid.annotate.dates import find_dates, named_year, relative_year

PUBLISHED = date(2022, 1, 22)


@pytest.mark.parametrize("text, values, rules", [
    # 去年 / 前年 / 今年 before the date count from the publication's year.
    ("她一路逃亡，直到去年4月14日自首。", ["2021-04-14"], ["date.year_named"]),
    ("前年3月2日，他离开家乡。", ["2020-03-02"], ["date.year_named"]),
    ("今年1月5日起实施。", ["2022-01-05"], ["date.year_named"]),
    # 同年: the last year the text named.
    ("2020年8月4日，警方通报案情。\n同年9月11日，检察院批准逮捕。", ["2020-08-04", "2020-09-11"],
     ["date.arabic", "date.year_named"]),
    # YYYY年的M月D日: the year joined by 的.
    ("那天是1998年的7月28日。", ["1998-07-28"], ["date.year_named"]),
    # After a full date of another year in the same paragraph, the nearer year.
    ("公安局2020年8月4日通报，嫌疑人于7月9日晚作案。", ["2020-08-04", "2020-07-09"],
     ["date.arabic", "date.story_year"]),
    # ... but not where the default year is nearer (a December full date, then January of the publication's year),
    ("2021年12月20日发布通知，1月5日起执行。", ["2021-12-20", "2022-01-05"], ["date.arabic", "date.arabic"]),
    # nor where the date opens a sentence of its own after the full date's, or is of the month before publication,
    ("该县于2021年1月12日被列为中风险地区。1月20日，该县新增病例。", ["2021-01-12", "2022-01-20"],
     ["date.arabic", "date.arabic"]),
    ("2020年1月23日，武汉封城。本市1月21日新增病例。", ["2020-01-23", "2022-01-21"], ["date.arabic", "date.arabic"]),
    # nor across paragraphs.
    ("2020年8月4日，警方通报案情。\n7月9日，法院开庭。", ["2020-08-04", "2021-07-09"], ["date.arabic", "date.arabic"]),
])
def test_the_year_a_story_is_told_in(text, values, rules):
    found = find_dates(text, PUBLISHED)
    assert [m["value"] for m in found] == values
    assert [m["rule"] for m in found] == rules


def test_without_a_publication_date_a_relative_year_is_not_guessed():
    assert relative_year("去年4月14日", 2, None) is None
    assert find_dates("去年4月14日", None)[0]["value"] is None


@pytest.mark.parametrize("text, start, year", [
    ("同年9月11日", 2, None),  # 同年 with no year named before it
    ("2020年起，同年9月11日", 9, 2020),
    ("1998年的7月28日", 6, 1998),
    ("他的7月28日", 2, None),
])
def test_named_year(text, start, year):
    assert named_year(text, start) == year

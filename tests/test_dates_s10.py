"""A yearless date repeating the month and day of a full date told earlier in the text is that date again, in
whatever paragraph (annotation.md: "the year is the one the story is told in"). Invented sentences in the style of
the real posts (regression tests, not evidence)."""

from datetime import date

import pytest

from imcovid.annotate.dates import find_dates

PUBLISHED = date(2022, 8, 11)


@pytest.mark.parametrize("text, values, rules", [
    # A story retold: the same day, paragraphs later, without its year.
    ("2007年10月9日，孩子在深圳走失。\n此后十五年，他走遍全国。\n他记得10月9日那一天，生意特别好。",
     ["2007-10-09", "2007-10-09"], ["date.arabic", "date.story_year"]),
    # Another day in a later paragraph keeps the publication's year (or the year before, by the window ahead).
    ("2007年10月9日，孩子在深圳走失。\n10月12日，他报了警。", ["2007-10-09", "2021-10-12"],
     ["date.arabic", "date.arabic"]),
    # The same month and day as last year's full date, when it is of the month before publication, is this year's
    # news (an anniversary or a new event), not the old date.
    ("2021年7月20日，郑州遭遇暴雨。\n7月20日，市民自发悼念。", ["2021-07-20", "2022-07-20"],
     ["date.arabic", "date.arabic"]),
    # A full date after the yearless one is not an anchor.
    ("10月9日那一天，生意特别好。\n那是2007年10月9日。", ["2022-10-09", "2007-10-09"], ["date.arabic", "date.arabic"]),
])
def test_a_repeated_day_is_the_day_told_before(text, values, rules):
    found = find_dates(text, PUBLISHED)
    assert [m["value"] for m in found] == values
    assert [m["rule"] for m in found] == rules


@pytest.mark.parametrize("text, value", [
    # Opening a sentence, the same month and day is news of the publication's year (a law's anniversary, a new wave).
    ("2021年5月1日起施行的《条例》明确了责任。\n据悉，5月1日，该市新增本土确诊病例3例。", "2022-05-01"),
    ("2021年3月15日，该市报告首例。\n3月15日，该市再次出现本土疫情。", "2022-03-15"),
])
def test_a_repeated_day_opening_a_sentence_keeps_the_default_year(text, value):
    assert find_dates(text, PUBLISHED)[-1]["value"] == value

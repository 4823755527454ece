"""明年 before a date counts the year from the publication's, as 去年/前年/今年 do (a date announced for the next year
in a list of the day's news: 明年3月4日); words that only end in 明 are not read as 明年."""
from datetime import date

import pytest

from imcovid.annotate.dates import find_dates, relative_year

PUBLISHED = date(2021, 12, 8)


@pytest.mark.parametrize("text, values", [
    ("十四届全国人大一次会议明年3月4日在北京召开。", ["2022-03-04"]),
    ("去年4月14日自首。", ["2020-04-14"]),
    ("今年3月4日开幕。", ["2021-03-04"]),
    ("会议于3月4日召开。", ["2021-03-04"]),          # no word before it: the publication's year
    ("他说明3月4日开会。", ["2021-03-04"]),          # 说明 + a date: no 明年
])
def test_a_year_word_before_the_date_counts_from_the_publication(text, values):
    assert [d["value"] for d in find_dates(text, PUBLISHED)] == values


def test_without_a_publication_date_next_year_is_not_guessed():
    assert relative_year("明年3月4日", 2, None) is None
    assert find_dates("明年3月4日", None)[0]["value"] is None


"""DATE: explicit calendar dates (``10月26日``, ``2022年1月1日``, ``二〇二二年四月十四日``) normalized to ISO 8601.

A date without a year takes the year of the article's publication date (Asia/Shanghai). News tells of the recent
past and announces the near future: a month-day up to two months after publication is of that year (a January
article's 2月25日, the announced end of the travel season), one further ahead belongs to the year before (a January
article's 12月30日). A date is never moved into the year after publication. Without a publication date the value is null: a year is never guessed. Day-only
(``17日``) and relative (``昨日``) expressions are out of scope.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from imcovid.annotate.wordlists import threshold

ANNOTATOR = "imcovid-rules/1.5:date"
_DATE = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>1[0-2]|0?[1-9])月(?P<day>3[01]|[12]\d|0?[1-9])日")
# The same in Chinese numerals, as notices are signed (二〇二二年四月十四日, 十月二十六日).
_DIGIT = "〇零一二三四五六七八九"
# (The month comes first in the pattern and the year is checked before it: a pattern that may begin with the year
# would be tried at every character of the text.)
_CHINESE_DATE = re.compile(r"(?P<month>十[一二]?|[一二三四五六七八九])月"
                           r"(?P<day>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日")
# (Years of this century and the last, as the Arabic pattern: 一九/二〇 …)
# How far ahead of publication a month-day without a year may lie and still be of the publication's year.
_AHEAD_DAYS = threshold("dates", "ahead_days")
_CHINESE_YEAR = re.compile(rf"(?:一九|二[〇零])[{_DIGIT}]{{2}}年")


def _chinese_number(s: str) -> int:
    """一 … 三十一 (with 十 as tens), or a year written digit by digit (二〇二二)."""
    if len(s) == 4 and "十" not in s:
        return int("".join(str(_DIGIT.index(c) - (c != "〇" and c != "零")) for c in s))
    tens, _, units = s.rpartition("十")
    if "十" not in s:
        return _DIGIT.index(s) - 1
    return (_DIGIT.index(tens) - 1 if tens else 1) * 10 + (_DIGIT.index(units) - 1 if units else 0)


# A month and a day without 日 (not a date in general: 3月10 could be a count) where a range or a time of day follows:
# 1月23、24日 and 3月16-17日 (the first date of a range is a mention, the guidelines say), 3月10晚上.
_OPEN_DATE = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>1[0-2]|0?[1-9])月(?P<day>3[01]|[12]\d|0?[1-9])"
                        r"(?=(?:[、\-—–~～至到](?:3[01]|[12]\d|0?[1-9])日)|号|凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里|晚|时|点)")


def _matches(text: str):
    """(start, end, year, month, day, rule) of every date, in Arabic or Chinese numerals, in order of position."""
    found = []
    for m in _DATE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue  # "110月" is not a month
        found.append((m.start(), m.end(), int(m.group("year")) if m.group("year") else None, int(m.group("month")),
                      int(m.group("day")), "date.arabic"))
    for m in _OPEN_DATE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        found.append((m.start(), m.end(), int(m.group("year")) if m.group("year") else None, int(m.group("month")),
                      int(m.group("day")), "date.open_range_or_time"))
    for m in _CHINESE_DATE.finditer(text):
        start = m.start()
        year_match = _CHINESE_YEAR.fullmatch(text, start - 5, start) if start >= 5 else None
        if year_match:
            start = year_match.start()
        elif start > 0 and (text[start - 1] in _DIGIT or text[start - 1] == "十"):
            continue  # 二十一月: not a month
        year = _chinese_number(year_match.group()[:4]) if year_match else None
        found.append((start, m.end(), year, _chinese_number(m.group("month")), _chinese_number(m.group("day")),
                      "date.chinese"))
    return sorted(found)


# The year of a date written without one is the year the story is told in (the guidelines' conventions). Three
# ways a text names that year other than by publication, each a small rule below:
# 去年4月14日 / 前年 / 今年 / 明年: a year counted from the publication's (明年 came in a 财联社 list of the day's news:
# 明年3月4日, a date announced for the next year, read in the publication's year before);
_RELATIVE_YEAR = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
# 同年9月11日 / 1998年的7月28日: "the same year" as the last year the text named, or a year joined by 的;
_LAST_YEAR = re.compile(r"((?:19|20)\d{2})年")
# and a date told after a full date of another year in the same paragraph (勐海县公安局2020年8月4日通报，…于7月9日晚…):
# the year that puts it nearer to that date.


def relative_year(text: str, start: int, published: date | None) -> int | None:
    """``去年4月14日``: the year a word just before the date counts from the publication's, else None."""
    if published is None:
        return None
    shift = _RELATIVE_YEAR.get(text[max(0, start - 2):start])
    return None if shift is None else published.year + shift


def named_year(text: str, start: int) -> int | None:
    """``同年9月11日``: the last year the text named before it; ``1998年的7月28日``: the year joined by 的; else None."""
    if text[max(0, start - 2):start] == "同年":
        years = _LAST_YEAR.findall(text, 0, start - 2)
        return int(years[-1]) if years else None
    if start >= 6 and text[start - 1] == "的" and (m := _LAST_YEAR.fullmatch(text, start - 6, start - 1)):
        return int(m.group(1))
    return None


# A yearless date within this many days before publication is the news of the day, whatever was told before it.
_RECENT_DAYS = threshold("dates", "recent_days")


def story_year(text: str, start: int, anchors: list[tuple[int, date]], default: str | None, month: int,
               day: int, published: date) -> str | None:
    """The value of a yearless date that follows a full date of another year in the same paragraph: the same month
    and day in that year when it lies nearer to that full date than the default value does, else None. Only in the
    full date's own sentence, or told further on in the paragraph (not opening a sentence of its own, and not a date
    of the last month before publication: 2021年1月12日被列为中风险地区。1月20日，该县新增… is news of 2022), or anywhere
    further on, inside a clause, when it repeats that full date's month and day."""
    paragraph = text.rfind("\n", 0, start) + 1
    sentence = max(paragraph, max(text.rfind(mark, paragraph, start) for mark in "。！？!?") + 1)
    if default is None:
        return None
    opens = not text[sentence:start].strip()
    recent = 0 <= (published - date.fromisoformat(default)).days <= _RECENT_DAYS
    before = [when for at, when in anchors
              if (sentence if opens or recent else paragraph) <= at < start]
    if not before and not recent and not opens and text[start - 1] not in "，,：:":
        # The same month and day as a full date told earlier anywhere in the text is that day again (2007年10月9日，
        # 深圳… then, paragraphs later, 孙海洋记得10月9日那一天): a story retold, not a new date — unless it opens a
        # sentence or clause, as news of its own does (2021年5月1日起施行的条例… 据悉，5月1日，该市新增…).
        before = [when for at, when in anchors if at < start and (when.month, when.day) == (month, day)]
    if not before:
        return None
    anchor = before[-1]
    candidate = _iso(anchor.year, month, day)
    if candidate is None or candidate == default:
        return None
    near = abs((date.fromisoformat(candidate) - anchor).days)
    return candidate if near < abs((date.fromisoformat(default) - anchor).days) else None


def find_dates(text: str, published: date | None) -> list[dict]:
    mentions = []
    anchors: list[tuple[int, date]] = []  # (start, value) of every date written with its year, in order
    for start, end, year, month, day, rule in _matches(text):
        value, note = None, None
        if year is not None:
            value = _iso(year, month, day)
            if value:
                anchors.append((start, date.fromisoformat(value)))
        elif (told := relative_year(text, start, published) or named_year(text, start)) is not None:
            value, rule = _iso(told, month, day), "date.year_named"
        elif published is not None:
            value = _year_of(published, month, day)
            if (nearer := story_year(text, start, anchors, value, month, day, published)) is not None:
                value, rule = nearer, "date.story_year"
        else:
            note = "no year in the text and no publication date to take it from"
        if value is None and note is None:
            continue  # not a calendar date (2月30日)
        mentions.append({"type": "DATE", "start": start, "end": end, "surface": text[start:end], "title": None,
                         "code": None, "level": None, "name": None, "province_code": None, "prefecture_code": None,
                         "value": value, "note": note, "annotator": ANNOTATOR,
                         "rule": rule})
    return mentions


def _year_of(published: date, month: int, day: int) -> str | None:
    """The month and day in the publication's year, or in the year before where that would be more than
    ``_AHEAD_DAYS`` after publication."""
    value = _iso(published.year, month, day)
    if value and date.fromisoformat(value) > published + timedelta(days=_AHEAD_DAYS):
        value = _iso(published.year - 1, month, day)
    return value


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None

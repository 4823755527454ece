"""DATE: explicit calendar dates (``10月26日``, ``2022年1月1日``) normalized to ISO 8601.

A date without a year takes the year of the article's publication date (Asia/Shanghai); news reports the recent
past, so a month-day that would fall more than a month after publication belongs to the year before (a January
article mentioning 12月30日). Without a publication date the value is null: a year is never guessed. Day-only
(``17日``) and relative (``昨日``) expressions are out of scope.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

ANNOTATOR = "imcovid-rules/1.0:date"
_DATE = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>1[0-2]|0?[1-9])月(?P<day>3[01]|[12]\d|0?[1-9])日")


def find_dates(text: str, published: date | None) -> list[dict]:
    mentions = []
    for m in _DATE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue  # "110月" is not a month
        month, day = int(m.group("month")), int(m.group("day"))
        value, note = None, None
        if m.group("year"):
            value = _iso(int(m.group("year")), month, day)
        elif published is not None:
            value = _iso(published.year, month, day)
            if value and date.fromisoformat(value) > published + timedelta(days=31):
                value = _iso(published.year - 1, month, day)
        else:
            note = "no year in the text and no publication date to take it from"
        if value is None and note is None:
            continue  # not a calendar date (2月30日)
        mentions.append({"type": "DATE", "start": m.start(), "end": m.end(), "surface": m.group(), "title": None,
                         "code": None, "level": None, "name": None, "province_code": None, "prefecture_code": None,
                         "value": value, "note": note, "annotator": ANNOTATOR})
    return mentions


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None

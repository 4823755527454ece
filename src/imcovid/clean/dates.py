"""Publication dates of the front matter: RFC 2822 in GMT is UTC, a naive value is Beijing time, ISO 8601 keeps its
offset. Every outcome that leaves the date null says why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from imcovid.config import LOCAL_TZ, BuildConfig
from imcovid.clean.lazy import lazy

_LOCAL = ZoneInfo(LOCAL_TZ)
_NAIVE = lazy(r"^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


@dataclass(frozen=True)
class PublicationDate:
    published_at: datetime | None
    local_date: date | None
    note: str | None = None
    flag: str | None = None


def parse_published(raw: str | None, config: BuildConfig) -> PublicationDate:
    if raw is None or not raw.strip():
        return PublicationDate(None, None, NO_DATE, "date_missing")
    value = raw.strip()
    moment = _parse(value)
    if moment is None:
        return PublicationDate(None, None, f"date {value!r} does not parse as RFC 2822, ISO 8601 or 'YYYY-MM-DD HH:MM:SS'", "date_unparseable")
    moment = moment.astimezone(timezone.utc)
    local = moment.astimezone(_LOCAL).date()
    if not config.window_start <= local <= config.window_end:
        return PublicationDate(
            None, None,
            f"date {value!r} (local {local}) is outside the collection window {config.window_start}..{config.window_end}",
            "date_out_of_window",
        )
    return PublicationDate(moment, local)


NO_DATE = "no date in the source"
# 8月5日, 十月二十六日 at the very start of the text: a day without its year (the cleaning contract: never invent one).
_OPENING_MONTH_DAY = lazy(r"^(?P<day>(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)")


def note_year_missing(date: PublicationDate, text: str) -> PublicationDate:
    """A source with no date whose text opens with a month and day (``8月5日,…``) has a date but not its year: the
    note says so, instead of "no date in the source" (which the review of 25.0.0 found untrue). The date stays null:
    ``8月5日`` alone gives no date."""
    found = _OPENING_MONTH_DAY.match(text)
    if date.note != NO_DATE or found is None:
        return date
    return PublicationDate(None, None, f"no year in the source: the text opens with the month and day "
                                       f"{found['day']} only, and nothing pins the year", date.flag)


def _parse(value: str) -> datetime | None:
    if _NAIVE.match(value):
        try:
            return datetime.fromisoformat(value.replace(" ", "T")).replace(tzinfo=_LOCAL)
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if moment.tzinfo is None:
        # RFC 2822 "-0000" means "zone unknown"; the archive writes GMT, so read it as UTC.
        moment = moment.replace(tzinfo=timezone.utc) if "GMT" in value or "-0000" in value else moment.replace(tzinfo=_LOCAL)
    return moment


def from_page_header(front_matter: PublicationDate, time_line: str | None, config: BuildConfig) -> PublicationDate:
    """The outlet's own time line in its page header (每日经济新闻's ``2021-04-27 07:55:53``, Beijing time) where the
    front matter gives no date (``Invalid Date``): the post itself pins the moment, to the second and with its year,
    so nothing is invented. Only a complete ``YYYY-MM-DD HH:MM[:SS]`` line is read; a front-matter date that parsed
    (or fell outside the window) is never replaced, and a time line that does not parse leaves the front matter's
    outcome as it was."""
    if front_matter.flag not in ("date_missing", "date_unparseable") or not time_line:
        return front_matter
    value = time_line.strip()
    if not _HEADER_TIME.match(value):
        return front_matter
    found = parse_published(value, config)
    if found.published_at is None:
        return front_matter
    return PublicationDate(
        found.published_at, found.local_date,
        f"{front_matter.note}; published_at is the time line of the outlet's page header ({value!r}, Beijing time)",
        "date_from_page_header",
    )


_HEADER_TIME = lazy(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?$")

"""Dates people type: Jalali (1403/05/21) or Gregorian (2024-08-11), in any digits."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.calendar import jalali_to_gregorian
from loyaltydesk.i18n.digits import fold_digits

# A year below this is Jalali: Jalali years are ~621 behind, so the ranges never meet.
_JALALI_YEAR_LIMIT = 1700
# A day typed into a form: year/month/day with any of / - . (or the Persian decimal sign a
# Persian keyboard gives) between the parts, spaces allowed, or eight digits in a row.
_TYPED_DAY = re.compile(r"(\d{4})\s*[-/.\u066b]\s*(\d{1,2})\s*[-/.\u066b]\s*(\d{1,2})")
_COMPACT_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def parse_date(text: str) -> dt.date:
    """A date given on the command line or by a POS: written as a form takes it (see
    :func:`parse_day`), so ۱۳۷۰۰۵۲۱ means the same wherever it is typed."""
    folded = fold_digits(text.strip())
    match = _TYPED_DAY.fullmatch(folded) or _COMPACT_DAY.fullmatch(folded)
    if not match:
        raise InvalidInput("date.malformed", value=text)
    year, month, day = (int(g) for g in match.groups())
    return _day(year, month, day, text=text)


def parse_day(text: str) -> dt.date | None:
    """A day a person typed into a form, year first: 1370/05/21, ۱۳۷۰۰۵۲۱, 1991-08-12.

    Empty is None (no date). The calendar follows the year, as in :func:`parse_date`, so what
    is saved is always the day that was typed; a day that does not exist is refused, never
    moved to a neighbouring one.
    """
    folded = fold_digits(text).strip()
    if not folded:
        return None
    match = _TYPED_DAY.fullmatch(folded) or _COMPACT_DAY.fullmatch(folded)
    if not match:
        raise InvalidInput("date.not_a_day", value=text.strip())
    return _day(*(int(g) for g in match.groups()), text=text.strip())


def _day(year: int, month: int, day: int, *, text: str) -> dt.date:
    try:
        if year < _JALALI_YEAR_LIMIT:
            return jalali_to_gregorian(year, month, day)
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidInput("date.no_such_day", value=text) from None


def shop_midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """Where the shop's ``day`` begins, in UTC (what the records keep)."""
    return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)


def parse_local_datetime(text: str, zone: ZoneInfo) -> dt.datetime:
    """``DATE`` or ``DATE HH:MM[:SS]`` (or ISO ``DATE'T'HH:MM``) in the shop's zone, as UTC."""
    folded = fold_digits(text.strip()).replace("T", " ")
    date_part, _, time_part = folded.partition(" ")
    day = parse_date(date_part)
    hour = minute = second = 0
    if time_part.strip():
        match = _TIME.fullmatch(time_part.strip())
        if not match:
            raise InvalidInput("date.malformed", value=text)
        hour, minute = int(match.group(1)), int(match.group(2))
        second = int(match.group(3) or 0)
        if hour > 23 or minute > 59 or second > 59:
            raise InvalidInput("date.no_such_time", value=text)
    local = dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
    return local.astimezone(dt.UTC)


def check_birthday(value: dt.date, today: dt.date) -> dt.date:
    if value > today:
        raise InvalidInput("birthday.in_future")
    if value.year < today.year - 120:
        raise InvalidInput("birthday.too_old")
    return value

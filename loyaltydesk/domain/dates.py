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
_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def parse_date(text: str) -> dt.date:
    folded = fold_digits(text.strip())
    match = _DATE.fullmatch(folded)
    if not match:
        raise InvalidInput("date.malformed", value=text)
    year, month, day = (int(g) for g in match.groups())
    try:
        if year < _JALALI_YEAR_LIMIT:
            return jalali_to_gregorian(year, month, day)
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidInput("date.no_such_day", value=text) from None


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

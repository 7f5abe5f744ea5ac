"""Jalali and Gregorian dates for display and input."""

from __future__ import annotations

import datetime as dt

import jdatetime

from loyaltydesk.i18n.digits import localize_digits

JALALI_MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Raise ValueError when the Jalali date does not exist (1402-12-30, say)."""
    return jdatetime.date(year, month, day).togregorian()  # type: ignore[no-any-return]


def gregorian_to_jalali(value: dt.date) -> tuple[int, int, int]:
    j = jdatetime.date.fromgregorian(date=value)
    return j.year, j.month, j.day


def format_date(value: dt.date, language: str) -> str:
    """Numeric date in the language's calendar: 1405/09/05 (Persian digits) or 2026-11-26."""
    if language == "fa":
        y, m, d = gregorian_to_jalali(value)
        return localize_digits(f"{y:04d}/{m:02d}/{d:02d}", language)
    return value.isoformat()


def format_date_long(value: dt.date, language: str) -> str:
    if language == "fa":
        y, m, d = gregorian_to_jalali(value)
        return localize_digits(f"{d} {JALALI_MONTHS[m - 1]} {y}", language)
    return value.strftime("%-d %B %Y")


def format_datetime(value: dt.datetime, language: str) -> str:
    """A local datetime as date and HH:MM in the language's calendar and digits."""
    return f"{format_date(value.date(), language)} " + localize_digits(
        value.strftime("%H:%M"), language
    )

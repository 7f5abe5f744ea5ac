"""Jalali and Gregorian dates for display and input."""

from __future__ import annotations

import datetime as dt

import jdatetime

from loyaltydesk.i18n.digits import localize_digits

JALALI = "jalali"
GREGORIAN = "gregorian"
CALENDARS = (JALALI, GREGORIAN)

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
# For an English shop that counts in the Jalali calendar.
JALALI_MONTHS_LATIN = (
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
)
# For a Persian shop that counts in the Gregorian calendar, as Iranian calendars print them.
GREGORIAN_MONTHS_PERSIAN = (
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
)


def calendar_for(language: str, chosen: str | None = None) -> str:
    """The calendar in force: the shop's choice, else the language's own (Jalali in
    Persian, Gregorian otherwise)."""
    if chosen is not None and chosen in CALENDARS:
        return chosen
    return JALALI if language == "fa" else GREGORIAN


def month_name(month: int, calendar: str, language: str) -> str:
    """The name of month ``month`` (1..12) of ``calendar``, written in ``language``."""
    if calendar == JALALI:
        return (JALALI_MONTHS if language == "fa" else JALALI_MONTHS_LATIN)[month - 1]
    if language == "fa":
        return GREGORIAN_MONTHS_PERSIAN[month - 1]
    return dt.date(2000, month, 1).strftime("%B")


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Raise ValueError when the Jalali date does not exist (1402-12-30, say)."""
    return jdatetime.date(year, month, day).togregorian()  # type: ignore[no-any-return]


def gregorian_to_jalali(value: dt.date) -> tuple[int, int, int]:
    j = jdatetime.date.fromgregorian(date=value)
    return j.year, j.month, j.day


def format_date(value: dt.date, language: str, calendar: str | None = None) -> str:
    """Numeric date in the shop's calendar (the language's by default), year first:
    ۱۴۰۵/۰۹/۰۵ or 2026-11-26; Gregorian in Persian ۲۰۲۶/۱۱/۲۶, Jalali in English 1405/09/05
    (slashes, so it never passes for an ISO date)."""
    chosen = calendar_for(language, calendar)
    if chosen == JALALI:
        y, m, d = gregorian_to_jalali(value)
        return localize_digits(f"{y:04d}/{m:02d}/{d:02d}", language)
    if language == "fa":
        return localize_digits(value.strftime("%Y/%m/%d"), language)
    return value.isoformat()


def format_date_long(value: dt.date, language: str, calendar: str | None = None) -> str:
    chosen = calendar_for(language, calendar)
    if chosen == JALALI:
        y, m, d = gregorian_to_jalali(value)
    else:
        y, m, d = value.year, value.month, value.day
    return localize_digits(f"{d} {month_name(m, chosen, language)} {y}", language)


def format_datetime(value: dt.datetime, language: str, calendar: str | None = None) -> str:
    """A local datetime as date and HH:MM in the shop's calendar and the language's digits."""
    return f"{format_date(value.date(), language, calendar)} " + localize_digits(
        value.strftime("%H:%M"), language
    )

"""What the owner's reports mean: periods in the shop's calendar, shop days as numbers, and
the arithmetic of each figure (retention, churn, lifetime value, RFM segments).

No storage here: the services count in SQL and hand the counts to these functions, so the
definitions live in one place and are tested without a database.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.calendar import gregorian_to_jalali, jalali_to_gregorian

EPOCH = dt.date(1970, 1, 1)
DEFAULT_ACTIVE_DAYS = 90
DEFAULT_RISK_FACTOR = Decimal(2)
MAX_ACTIVE_DAYS = 3650
MAX_RISK_FACTOR = Decimal(20)
# A club that lost nobody would otherwise promise members for ever.
MAX_EXPECTED_YEARS = Decimal(10)
# Reports start here: the shop's clock offsets are worked out from this day on, and an
# earlier date is a typo ("0100-01-01"), not a period anyone sold in.
EARLIEST_DAY = dt.date(2000, 1, 1)
TOP_SHARE = Fraction(1, 5)  # the "20" of 80/20
COHORT_MONTHS = 12
TREND_MONTHS = 12


def day_number(day: dt.date) -> int:
    """A shop day as an integer, the way the report SQL counts days."""
    return (day - EPOCH).days


def day_of(number: int) -> dt.date:
    return EPOCH + dt.timedelta(days=number)


class Calendar(enum.StrEnum):
    GREGORIAN = "gregorian"
    JALALI = "jalali"

    @classmethod
    def for_language(cls, language: str) -> Calendar:
        return cls.JALALI if language == "fa" else cls.GREGORIAN

    def month_of(self, day: dt.date) -> tuple[int, int]:
        """(year, month) of ``day`` in this calendar."""
        if self is Calendar.JALALI:
            y, m, _ = gregorian_to_jalali(day)
            return y, m
        return day.year, day.month

    def first_day(self, year: int, month: int) -> dt.date:
        """The Gregorian date of the first day of (year, month) in this calendar."""
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        if self is Calendar.JALALI:
            return jalali_to_gregorian(year, month, 1)
        return dt.date(year, month, 1)

    def year_before(self, day: dt.date) -> dt.date:
        """The same date a year earlier in this calendar (the month's last day when that
        date did not exist then: 30 Esfand, 29 February)."""
        if self is Calendar.JALALI:
            y, m, d = gregorian_to_jalali(day)
            try:
                return jalali_to_gregorian(y - 1, m, d)
            except ValueError:
                return jalali_to_gregorian(y - 1, m, d - 1)
        try:
            return day.replace(year=day.year - 1)
        except ValueError:
            return day.replace(year=day.year - 1, day=28)

    def month_start(self, day: dt.date, months_later: int = 0) -> dt.date:
        y, m = self.month_of(day)
        return self.first_day(y, m + months_later)


class Preset(enum.StrEnum):
    THIS_MONTH = "this-month"
    LAST_MONTH = "last-month"
    THIS_SEASON = "this-season"  # a quarter of the year; in the Jalali year, a season
    THIS_YEAR = "this-year"
    LAST_12_MONTHS = "last-12-months"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    """Shop days from ``first`` to ``last``, both included."""

    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def first_number(self) -> int:
        return day_number(self.first)

    @property
    def last_number(self) -> int:
        return day_number(self.last)


@dataclass(frozen=True, slots=True)
class Periods:
    """The period asked for and the one it is compared with."""

    current: Period
    previous: Period
    preset: Preset


def custom_periods(first: dt.date, last: dt.date, today: dt.date) -> Periods:
    """A period the owner typed; the previous one is as many days just before it. A period
    that runs past today is cut at today (it has no purchases yet)."""
    if first > today:  # said first: "--from next year" alone ends today, before it starts
        raise InvalidInput("report.period_future")
    if first < EARLIEST_DAY:  # "0100-01-01": a typo, not a period anyone sold in
        raise InvalidInput("report.period_too_early")
    if last < first:
        raise InvalidInput("report.period_reversed")
    current = Period(first, min(last, today))
    before = first - dt.timedelta(days=1)
    return Periods(
        current, Period(before - dt.timedelta(days=current.days - 1), before), Preset.CUSTOM
    )


def preset_periods(preset: Preset, today: dt.date, calendar: Calendar) -> Periods:
    """A named period in the shop's calendar. A period still running (this month, this
    season, this year) is compared with as many days from the start of the one before, so
    half a month is not set against a whole one."""
    if preset is Preset.CUSTOM:
        raise ValueError("a custom period needs its dates")
    if preset is Preset.LAST_12_MONTHS:
        # The year to today: from the day after the same date a year ago, against the year
        # before it — two whole years of equal length, not "this year" in December.
        first = calendar.year_before(today) + dt.timedelta(days=1)
        current = Period(first, today)
        before = first - dt.timedelta(days=1)
        previous = Period(calendar.year_before(before) + dt.timedelta(days=1), before)
        return Periods(current, previous, preset)
    if preset is Preset.LAST_MONTH:
        first = calendar.month_start(today, -1)
        last = calendar.month_start(today) - dt.timedelta(days=1)
        prev_first = calendar.month_start(today, -2)
        return Periods(
            Period(first, last), Period(prev_first, first - dt.timedelta(days=1)), preset
        )
    months = {Preset.THIS_MONTH: 1, Preset.THIS_SEASON: 3, Preset.THIS_YEAR: 12}[preset]
    year, month = calendar.month_of(today)
    start_month = month - (month - 1) % months
    first = calendar.first_day(year, start_month)
    prev_first = calendar.first_day(year, start_month - months)
    elapsed = (today - first).days
    prev_last = min(prev_first + dt.timedelta(days=elapsed), first - dt.timedelta(days=1))
    return Periods(Period(first, today), Period(prev_first, prev_last), preset)


def months_back(last: dt.date, count: int, calendar: Calendar) -> list[Period]:
    """The ``count`` calendar months ending with the one holding ``last``, oldest first; the
    last month is cut at ``last``."""
    months = []
    for back in range(count - 1, -1, -1):
        first = calendar.month_start(last, -back)
        end = calendar.month_start(last, -back + 1) - dt.timedelta(days=1)
        months.append(Period(first, min(end, last)))
    return months


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the owner sets: how long a member stays a customer after a purchase, and how
    many times their usual gap between visits makes them "drifting away"."""

    active_days: int = DEFAULT_ACTIVE_DAYS
    risk_factor: Decimal = DEFAULT_RISK_FACTOR

    def checked(self) -> ReportOptions:
        if not 1 <= self.active_days <= MAX_ACTIVE_DAYS:
            raise InvalidInput("report.bad_active_days", limit=MAX_ACTIVE_DAYS)
        if not Decimal(1) <= self.risk_factor <= MAX_RISK_FACTOR:
            raise InvalidInput("report.bad_risk_factor", limit=int(MAX_RISK_FACTOR))
        return self

    @property
    def risk_factor_percent(self) -> int:
        """The factor as a whole percent, so the SQL compares integers on every database."""
        return int((self.risk_factor * 100).to_integral_value(ROUND_HALF_UP))


# -- the arithmetic of the figures ---------------------------------------------------------


def ratio(part: int | Fraction, whole: int | Fraction) -> Fraction | None:
    """part ÷ whole; None where the whole is nothing (there is no rate to speak of)."""
    return None if not whole else Fraction(part) / Fraction(whole)


def percent(value: Fraction | None) -> Decimal | None:
    """A share as a percent with two decimals, rounded half up the same on every machine."""
    if value is None:
        return None
    return to_decimal(value * 100, "0.01")


def to_decimal(value: Fraction, places: str = "0.01") -> Decimal:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(places), ROUND_HALF_UP)


def rials(value: Fraction | None) -> int | None:
    """Money is whole Rials; half a Rial rounds up."""
    if value is None:
        return None
    return math.floor(value + Fraction(1, 2))


def retention_rate(at_start: int, at_end: int, new: int) -> Fraction | None:
    """((customers at the end − new customers) ÷ customers at the start), where the new
    customers are those counted at the end (a new one who lapsed again is in neither)."""
    return ratio(at_end - new, at_start)


def churn_rate(at_start: int, retained: int) -> Fraction | None:
    """Customers at the start who were no longer customers at the end, as a share."""
    return ratio(at_start - retained, at_start)


def expected_years(year_at_start: int, year_retained: int) -> Fraction | None:
    """How long a customer stays, from a year's churn: of the customers a year before the
    period's end, a share c were customers no longer at its end, so one stays 1 / c years on
    average — at most MAX_EXPECTED_YEARS (and that when nobody left). Measured over a
    whole year whatever period is shown, so lifetime value does not swing with the period
    picked (a single day loses nobody). None: there were no customers a year before."""
    churn = churn_rate(year_at_start, year_retained)
    if churn is None:
        return None
    cap = Fraction(MAX_EXPECTED_YEARS)
    return cap if not churn else min(1 / churn, cap)


def expected_years_in_period(at_start: int, retained: int, period_days: int) -> Fraction | None:
    """The same from a shorter stretch, for a club younger than a year: a period of d days
    that loses a share c of its customers keeps one for (d / 365) / c years."""
    churn = churn_rate(at_start, retained)
    if churn is None:
        return None
    cap = Fraction(MAX_EXPECTED_YEARS)
    return cap if not churn else min(Fraction(period_days, 365) / churn, cap)


class Segment(enum.StrEnum):
    CHAMPIONS = "champions"
    LOYAL = "loyal"
    PROMISING = "promising"
    NEW = "new"
    NEED_ATTENTION = "need-attention"
    AT_RISK = "at-risk"
    CANT_LOSE = "cant-lose"
    HIBERNATING = "hibernating"
    LOST = "lost"


def segment(recency: int, frequency: int, money: int) -> Segment:
    """The plain-language RFM segment of scores 1–5 (5: most recent, most often, most spent).
    Frequency and money are read together as their rounded-up average."""
    for score in (recency, frequency, money):
        if not 1 <= score <= 5:
            raise ValueError(f"RFM score out of range: {score}")
    value = math.ceil((frequency + money) / 2)
    if recency >= 4:
        if value >= 4:
            return Segment.CHAMPIONS
        if value == 3:
            return Segment.LOYAL
        if frequency == 1:
            return Segment.NEW
        return Segment.PROMISING
    if recency == 3:
        return Segment.LOYAL if value >= 4 else Segment.NEED_ATTENTION
    if value >= 4:
        return Segment.CANT_LOSE if recency == 1 else Segment.AT_RISK
    if recency == 2:
        return Segment.AT_RISK if value == 3 else Segment.HIBERNATING
    return Segment.HIBERNATING if value == 3 else Segment.LOST


def median_gap(visit_days: list[int]) -> Fraction | None:
    """The median number of days between consecutive visits (None with fewer than two)."""
    days = sorted(set(visit_days))
    gaps = sorted(b - a for a, b in itertools.pairwise(days))
    if not gaps:
        return None
    middle = len(gaps) // 2
    if len(gaps) % 2:
        return Fraction(gaps[middle])
    return Fraction(gaps[middle - 1] + gaps[middle], 2)


def is_drifting(absent_days: int, usual_gap: Fraction | None, options: ReportOptions) -> bool:
    """Away longer than their own usual gap × the factor (one visit: longer than N days)."""
    if usual_gap is None:
        return absent_days > options.active_days
    return absent_days * 100 > usual_gap * options.risk_factor_percent

"""Retention campaigns: what each one rewards, whom, and once per which period.

Pure rules, no storage: the settings of a campaign and their checks, the days a birthday or
an anniversary falls on in the calendar it was given in, and the operation id that makes a
member's reward once per period however often a campaign runs.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from loyaltydesk.domain.coupons import MAX_VALID_DAYS, CouponKind, CouponTerms, check_terms
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.ledger import MAX_ADJUSTMENT_POINTS
from loyaltydesk.domain.messages import Channel, check_template, placeholders_in
from loyaltydesk.domain.reports import DEFAULT_ACTIVE_DAYS
from loyaltydesk.i18n.calendar import gregorian_to_jalali, jalali_to_gregorian

MAX_DAYS = 365
# Birthdays are looked for among people born in the last 120 years.
OLDEST_AGE = 120


class CampaignKind(enum.StrEnum):
    BIRTHDAY = "birthday"
    WIN_BACK = "win_back"
    ANNIVERSARY = "anniversary"  # a year (two, three…) after the first purchase
    SECOND_VISIT = "second_visit"  # a new member who has not come back within N days
    REFERRAL = "referral"  # the referrer, once the referred member's first purchase held
    THANK_YOU = "thank_you"  # a message after the first purchase


class RewardKind(enum.StrEnum):
    NONE = "none"  # a message only
    POINTS = "points"  # bonus points on the ledger
    COUPON = "coupon"  # a personal coupon


class BirthdayCalendar(enum.StrEnum):
    JALALI = "jalali"
    GREGORIAN = "gregorian"

    @classmethod
    def for_language(cls, language: str) -> BirthdayCalendar:
        return cls.JALALI if language == "fa" else cls.GREGORIAN


# What N days means for each kind (the help texts and the CLI say the same).
DAYS_MEANING = {
    CampaignKind.BIRTHDAY: "birthday within the next N days, today included",
    CampaignKind.WIN_BACK: "one-visit members: absent longer than N days",
    CampaignKind.ANNIVERSARY: "anniversary within the next N days, today included",
    CampaignKind.SECOND_VISIT: "no second visit N days after the first",
    CampaignKind.REFERRAL: "the return window: the first purchase held N days",
    CampaignKind.THANK_YOU: "first purchase within the last N days",
}
# Kinds whose reward cannot be a coupon (the referrer's reward is points by the issue).
_POINTS_ONLY = {CampaignKind.REFERRAL}


@dataclass(frozen=True, slots=True)
class CampaignSettings:
    """One campaign as the owner set it. The reward is ``points`` > 0 (bonus points), or a
    ``coupon`` valid ``valid_days`` days, or neither (a message only)."""

    kind: CampaignKind
    enabled: bool = False
    automatic: bool = False
    days: int = 7
    points: int = 0
    coupon: CouponTerms | None = None
    valid_days: int = 14
    text_fa: str = ""
    text_en: str = ""
    channel: Channel = Channel.SMS
    calendar: BirthdayCalendar | None = None  # birthdays: None = the shop's calendar

    @property
    def reward(self) -> RewardKind:
        if self.coupon is not None:
            return RewardKind.COUPON
        if self.points:
            return RewardKind.POINTS
        return RewardKind.NONE

    def text(self, language: str) -> str:
        return self.text_fa if language == "fa" else self.text_en

    def checked(self) -> CampaignSettings:
        if not 1 <= self.days <= MAX_DAYS:
            raise InvalidInput("campaign.bad_days", limit=MAX_DAYS)
        if self.coupon is not None and self.points:
            raise InvalidInput("campaign.two_rewards")
        if self.points and not 1 <= self.points <= MAX_ADJUSTMENT_POINTS:
            raise InvalidInput("campaign.bad_points", limit=MAX_ADJUSTMENT_POINTS)
        if self.points < 0:
            raise InvalidInput("campaign.bad_points", limit=MAX_ADJUSTMENT_POINTS)
        if self.coupon is not None:
            if self.kind in _POINTS_ONLY:
                raise InvalidInput("campaign.points_only")
            check_terms(self.coupon)
        if not 1 <= self.valid_days <= MAX_VALID_DAYS:
            raise InvalidInput("campaign.bad_valid_days", limit=MAX_VALID_DAYS)
        if self.kind in _POINTS_ONLY and not self.points:
            raise InvalidInput("campaign.points_only")
        check_template(self.text_fa)
        check_template(self.text_en)
        return self

    def check_texts(self) -> CampaignSettings:
        """The messages use only placeholders this reward fills: {code} and {valid_until}
        need a coupon, {reward} a reward; else the SMS would read "with code  until .".
        Kept apart from ``checked`` so settings stored before this rule still load (and
        say what is wrong in the preview) rather than fall back to the defaults."""
        for text in (self.text_fa, self.text_en):
            used = placeholders_in(text)
            for name in ("code", "valid_until"):
                if name in used and self.coupon is None:
                    raise InvalidInput(
                        "campaign.placeholder_needs_coupon", placeholder=f"{{{name}}}"
                    )
            if "reward" in used and self.reward is RewardKind.NONE:
                raise InvalidInput("campaign.placeholder_needs_reward", placeholder="{reward}")
        return self

    def to_json(self) -> dict[str, Any]:
        coupon = self.coupon
        return {
            "enabled": self.enabled,
            "automatic": self.automatic,
            "days": self.days,
            "points": self.points,
            "coupon": None
            if coupon is None
            else {
                "kind": coupon.kind.value,
                "reward_id": coupon.reward_id,
                "percent": coupon.percent,
                "max_rials": coupon.max_rials,
                "amount_rials": coupon.amount_rials,
                "min_purchase_rials": coupon.min_purchase_rials,
            },
            "valid_days": self.valid_days,
            "text_fa": self.text_fa,
            "text_en": self.text_en,
            "channel": self.channel.value,
            "calendar": self.calendar.value if self.calendar else None,
        }

    @classmethod
    def from_json(cls, kind: CampaignKind, data: Mapping[str, Any]) -> CampaignSettings:
        """Settings as stored; anything unreadable falls back to the default of that field."""
        base = default_settings(kind)
        try:
            raw = data.get("coupon", "missing")
            coupon = base.coupon
            if raw is None:
                coupon = None
            elif isinstance(raw, Mapping):
                coupon = CouponTerms(
                    CouponKind(raw["kind"]),
                    reward_id=raw.get("reward_id"),
                    percent=raw.get("percent"),
                    max_rials=raw.get("max_rials"),
                    amount_rials=raw.get("amount_rials"),
                    min_purchase_rials=int(raw.get("min_purchase_rials") or 0),
                )
            calendar = data.get("calendar")
            loaded = replace(
                base,
                enabled=bool(data.get("enabled", base.enabled)),
                automatic=bool(data.get("automatic", base.automatic)),
                days=int(data.get("days", base.days)),
                points=int(data.get("points", base.points)),
                coupon=coupon,
                valid_days=int(data.get("valid_days", base.valid_days)),
                text_fa=str(data.get("text_fa", base.text_fa)),
                text_en=str(data.get("text_en", base.text_en)),
                channel=Channel(data.get("channel", base.channel.value)),
                calendar=BirthdayCalendar(calendar) if calendar else None,
            )
            return loaded.checked()
        except (KeyError, ValueError, TypeError, InvalidInput):
            return base


_DEFAULT_TEXTS: dict[CampaignKind, tuple[str, str]] = {
    CampaignKind.BIRTHDAY: (
        "{name} عزیز، تولدت مبارک! هدیه‌ی ما: {reward} با کد {code} تا {valid_until}. {shop}",
        "Happy birthday, {name}! Our gift: {reward} with code {code} until {valid_until}. {shop}",
    ),
    CampaignKind.WIN_BACK: (
        "{name} عزیز، دلمان برایت تنگ شده! {reward} با کد {code} تا {valid_until}."
        " اگر چیزی دلخورت کرده، با پاسخ به همین پیام بگو. {shop}",
        "We miss you, {name}! {reward} with code {code} until {valid_until}."
        " If something put you off, reply and tell us why. {shop}",
    ),
    CampaignKind.ANNIVERSARY: (
        "{name} عزیز، یک سال است که مهمان ما هستی. هدیه‌ی ما: {reward}. {shop}",
        "{name}, it's a year since your first visit. A gift: {reward}. {shop}",
    ),
    CampaignKind.SECOND_VISIT: (
        "{name} عزیز، منتظر دیدار دوباره‌ات هستیم! {reward} با کد {code} تا {valid_until}. {shop}",
        "{name}, come back soon! {reward} with code {code} until {valid_until}. {shop}",
    ),
    CampaignKind.REFERRAL: (
        "{name} عزیز، ممنون که دوستت را به ما معرفی کردی. {reward} هدیه‌ی تو. {shop}",
        "Thank you for bringing a friend, {name}! {reward} are yours. {shop}",
    ),
    CampaignKind.THANK_YOU: (
        "{name} عزیز، از اولین خریدت ممنونیم. به باشگاه مشتریان خوش آمدی! {shop}",
        "Thank you for your first visit, {name}. Welcome to the club! {shop}",
    ),
}


def bonus_points(points: int) -> int:
    """Bonus points the owner chose as a campaign's reward: 0 is no bonus at all (a message
    only is its own choice), so it is refused like a negative number."""
    if not 1 <= points <= MAX_ADJUSTMENT_POINTS:
        raise InvalidInput("campaign.bad_points", limit=MAX_ADJUSTMENT_POINTS)
    return points


def default_settings(kind: CampaignKind) -> CampaignSettings:
    """What suits an Iranian café out of the box (amounts in Rials): off until the owner
    switches a campaign on, so nobody is messaged before the owner has looked."""
    fa, en = _DEFAULT_TEXTS[kind]
    base = CampaignSettings(kind, text_fa=fa, text_en=en)
    if kind is CampaignKind.BIRTHDAY:
        # 20% off, at most 100,000 Toman: a birthday cake for a table, not the whole party.
        terms = CouponTerms(CouponKind.PERCENT, percent=20, max_rials=1_000_000)
        return replace(base, days=3, coupon=terms, valid_days=14)
    if kind is CampaignKind.WIN_BACK:
        terms = CouponTerms(CouponKind.PERCENT, percent=15, max_rials=500_000)
        # One-visit members: away longer than the reports' "customer for" days.
        return replace(base, days=DEFAULT_ACTIVE_DAYS, coupon=terms, valid_days=14)
    if kind is CampaignKind.ANNIVERSARY:
        return replace(base, days=1, points=50)
    if kind is CampaignKind.SECOND_VISIT:
        terms = CouponTerms(CouponKind.AMOUNT, amount_rials=300_000)
        return replace(base, days=14, coupon=terms, valid_days=10)
    if kind is CampaignKind.REFERRAL:
        return replace(base, days=7, points=30)
    return replace(base, days=2)


# -- periods and operation ids --------------------------------------------------------------


def operation_id(kind: CampaignKind, period: str, member_id: int) -> str:
    """The reward of one member for one period: a second run finds it and rewards nobody
    twice. Coupons, ledger lines and messages all key on it (fits the 64-character ids)."""
    return f"campaign:{kind.value}:{period}:{member_id}"


def once_period() -> str:
    """Second visit, thank-you: once per member, ever."""
    return "once"


def winback_period(last_visit: dt.date) -> str:
    """One absence episode: the day of the last visit before it. A member who comes back
    and drifts away again has a new last visit, so a new episode."""
    return last_visit.isoformat()


def referral_period(referred_id: int) -> str:
    return f"r{referred_id}"


# -- birthdays and anniversaries in a calendar ----------------------------------------------


def _last_day_gregorian(year: int, month: int) -> int:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _last_day_jalali(year: int, month: int) -> int:
    for day in (31, 30, 29):
        try:
            jalali_to_gregorian(year, month, day)
        except ValueError:
            continue
        return day
    raise AssertionError("every Jalali month has 29 days")  # pragma: no cover


def year_of(day: dt.date, calendar: BirthdayCalendar) -> int:
    return gregorian_to_jalali(day)[0] if calendar is BirthdayCalendar.JALALI else day.year


def occurrence(born: dt.date, year: int, calendar: BirthdayCalendar) -> dt.date:
    """The day ``born`` comes round in ``year`` of ``calendar``. A day the year lacks (30
    Esfand outside a Jalali leap year, 29 February outside a Gregorian one) falls on the
    last day of that month: the member is never skipped, and is celebrated in their month."""
    if calendar is BirthdayCalendar.JALALI:
        _, month, day = gregorian_to_jalali(born)
        return jalali_to_gregorian(year, month, min(day, _last_day_jalali(year, month)))
    return dt.date(year, born.month, min(born.day, _last_day_gregorian(year, born.month)))


@dataclass(frozen=True, slots=True)
class Occasion:
    """A birthday or anniversary found in the window: on which day, in which year."""

    day: dt.date
    year: int


def next_occasion(
    born: dt.date, today: dt.date, days: int, calendar: BirthdayCalendar
) -> Occasion | None:
    """The occasion of ``born`` on one of the ``days`` days from today (today included), if
    any. Its year (in ``calendar``) is the period: once a year."""
    last = today + dt.timedelta(days=days - 1)
    first_year = year_of(today, calendar)
    for year in (first_year, first_year + 1):
        if year <= year_of(born, calendar):
            continue
        day = occurrence(born, year, calendar)
        if today <= day <= last:
            return Occasion(day, year)
    return None


def born_on_days(
    today: dt.date, days: int, calendar: BirthdayCalendar, *, oldest: int = OLDEST_AGE
) -> list[dt.date]:
    """Every birth date (of the last ``oldest`` years) whose occasion falls in the window:
    the database looks them up by equality, so no calendar arithmetic runs in SQL."""
    found: set[dt.date] = set()
    last = today + dt.timedelta(days=days - 1)
    start, end = year_of(today, calendar), year_of(last, calendar)
    for day in _days(today, last):
        if calendar is BirthdayCalendar.JALALI:
            _, month, mday = gregorian_to_jalali(day)
            here_year = gregorian_to_jalali(day)[0]
            month_end = _last_day_jalali(here_year, month)
            wanted = range(mday, 32) if mday == month_end else range(mday, mday + 1)
            for birth_year in range(start - oldest, end):
                for d in wanted:
                    try:
                        born = jalali_to_gregorian(birth_year, month, d)
                    except ValueError:
                        continue
                    found.add(born)
        else:
            month_end = _last_day_gregorian(day.year, day.month)
            wanted = range(day.day, 32) if day.day == month_end else range(day.day, day.day + 1)
            for birth_year in range(start - oldest, end):
                for d in wanted:
                    if d <= _last_day_gregorian(birth_year, day.month):
                        found.add(dt.date(birth_year, day.month, d))
    # A date found for a day whose year it was born in (or later) is no occasion yet.
    return sorted(b for b in found if next_occasion(b, today, days, calendar) is not None)


def _days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def anniversary_days(
    today: dt.date, days: int, calendar: BirthdayCalendar, *, years: int = 30
) -> list[tuple[dt.date, int]]:
    """The first-purchase days whose anniversary falls in the window, with the year of it."""
    return [
        (b, occ.year)
        for b in born_on_days(today, days, calendar, oldest=years)
        if (occ := next_occasion(b, today, days, calendar)) is not None
    ]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A member a campaign reaches today, and why (shown in the preview)."""

    member_id: int
    period: str
    reason_day: dt.date | None = None  # birthday, anniversary, last or first visit
    absent_days: int | None = None  # win-back: days since the last visit
    usual_gap: float | None = None  # win-back: their median gap between visits
    related_member_id: int | None = None  # referral: the member who was brought


class RunStatus(enum.StrEnum):
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class CampaignRun:
    """One run of a campaign and what it did so far."""

    id: int
    campaign: CampaignKind
    started_at: dt.datetime
    finished_at: dt.datetime | None
    automatic: bool
    staff: str
    counter: str
    status: RunStatus
    qualified: int = 0
    rewarded: int = 0
    coupons: int = 0
    points: int = 0
    messages: int = 0
    error: str | None = None
    # Its coupons used with a purchase so far (read, not stored): for a win-back run, the
    # members it won back.
    coupons_used: int = 0

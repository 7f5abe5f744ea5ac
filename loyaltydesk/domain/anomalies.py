"""Anomalies for the owner (issue 14): what on the ledger is worth a second look, and the
rules that say so. The rules are plain enough for the page to state them in one sentence
each; the SQL (persistence/report_queries) applies them, the report page lists what they found.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import re
from dataclasses import dataclass

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.digits import fold_digits

# The club setting (club_settings) that keeps the opening hours.
OPENING_HOURS_KEY = "opening_hours"

# The defaults, each a number a shop owner can check by hand.
REFUNDS_AT_LEAST = 5  # refunds and voids by one cashier in the period…
REFUNDS_SHARE_PERCENT = 10  # …and more than this share of the credits they gave
NEAR_LIMIT_PERCENT = 90  # a credit from 90% of the approval limit up to (not) the limit
NEAR_LIMIT_AT_LEAST = 3  # such credits by one cashier in the period
REDEEM_WITHIN_MINUTES = 30  # a redemption this soon after a large credit, same member
LARGE_CREDIT_PERCENTILE = 95  # "large" when no approval limit is set
TWO_COUNTERS_WITHIN_SECONDS = 60
LINES_PER_FINDING = 50  # ledger lines listed under one finding (all are counted)

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.٫]\s*(\d{2})\s*$")


class AnomalyKind(enum.StrEnum):
    """One check; the value is the JSON name."""

    REFUNDS_VOIDS = "refunds-voids"  # many refunds or voids by one cashier
    NEAR_LIMIT = "near-limit"  # credits just under the approval limit
    REDEEM_AFTER_CREDIT = "redeem-after-credit"  # a redemption right after a large credit
    ADJUST_NO_PURCHASE = "adjust-no-purchase"  # points added with no purchase that day
    TWO_COUNTERS = "two-counters"  # credited at two counters within a minute
    OUTSIDE_HOURS = "outside-hours"  # ledger activity while the shop is closed


def parse_time_of_day(text: str) -> dt.time:
    """ "10:00", "9:30", "۲۳:۰۰" → a time of day; InvalidInput otherwise."""
    match = _TIME.match(fold_digits(text))
    if match is None:
        raise InvalidInput("report.bad_opening_time", value=text.strip())
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise InvalidInput("report.bad_opening_time", value=text.strip())
    return dt.time(hour, minute)


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """One from–to for every day, in shop time. ``closes`` before ``opens`` means the shop
    closes after midnight (10:00–01:00): open from 10:00 to 01:00 the next morning."""

    opens: dt.time
    closes: dt.time

    def checked(self) -> OpeningHours:
        if self.opens.second or self.closes.second or self.opens.microsecond:
            raise InvalidInput("report.bad_opening_time", value=str(self.opens))
        if self.opens == self.closes:
            # Open round the clock is "no opening hours", not a window of no length.
            raise InvalidInput("report.opening_hours_same")
        return self

    @property
    def opens_second(self) -> int:
        return self.opens.hour * 3600 + self.opens.minute * 60

    @property
    def closes_second(self) -> int:
        return self.closes.hour * 3600 + self.closes.minute * 60

    @property
    def overnight(self) -> bool:
        return self.closes < self.opens

    def is_open(self, at: dt.time) -> bool:
        if self.overnight:
            return at >= self.opens or at < self.closes
        return self.opens <= at < self.closes

    def to_json(self) -> str:
        return json.dumps(
            {"opens": self.opens.strftime("%H:%M"), "closes": self.closes.strftime("%H:%M")}
        )

    @classmethod
    def from_json(cls, text: str | None) -> OpeningHours | None:
        """The stored setting; None when unset or unreadable (the check is then skipped)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                return None
            return cls(
                parse_time_of_day(str(data["opens"])), parse_time_of_day(str(data["closes"]))
            ).checked()
        except (ValueError, KeyError, InvalidInput):
            return None


@dataclass(frozen=True, slots=True)
class AnomalyRules:
    """What the checks look for. ``credit_limit_rials`` is the owner's "a credit above this
    needs a manager" amount; without it the near-limit check is skipped and a "large" credit
    is one of the period's top 5% of purchases. Without ``opening_hours`` the outside-hours
    check is skipped."""

    credit_limit_rials: int | None = None
    opening_hours: OpeningHours | None = None
    refunds_at_least: int = REFUNDS_AT_LEAST
    refunds_share_percent: int = REFUNDS_SHARE_PERCENT
    near_limit_percent: int = NEAR_LIMIT_PERCENT
    near_limit_at_least: int = NEAR_LIMIT_AT_LEAST
    redeem_within_minutes: int = REDEEM_WITHIN_MINUTES
    large_credit_percentile: int = LARGE_CREDIT_PERCENTILE
    two_counters_within_seconds: int = TWO_COUNTERS_WITHIN_SECONDS

    def checked(self) -> AnomalyRules:
        if self.credit_limit_rials is not None and self.credit_limit_rials <= 0:
            raise InvalidInput("report.bad_credit_limit")
        if self.opening_hours is not None:
            self.opening_hours.checked()
        counts = (
            self.refunds_at_least,
            self.near_limit_at_least,
            self.redeem_within_minutes,
            self.two_counters_within_seconds,
        )
        percents = (
            self.refunds_share_percent,
            self.near_limit_percent,
            self.large_credit_percentile,
        )
        if any(c < 1 for c in counts) or any(not 1 <= p <= 100 for p in percents):
            raise InvalidInput("report.bad_anomaly_rule")
        return self

    @property
    def near_limit_from(self) -> int | None:
        """The smallest credit counted as "just under" the limit (None: no limit set)."""
        if self.credit_limit_rials is None:
            return None
        return math.ceil(self.credit_limit_rials * self.near_limit_percent / 100)


def percentile_rank(count: int, percentile: int) -> int:
    """The nearest-rank position (1 = smallest) of ``percentile`` among ``count`` values."""
    return max(1, math.ceil(count * percentile / 100))

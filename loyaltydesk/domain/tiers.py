"""Tiers: Silver, Gold, Platinum — names and number are the owner's. A member is in the
highest tier whose threshold their points earned (or money spent) over the last months
reaches. They move up as soon as they qualify and down only at their review date, so a
tier never changes in the middle of a visit and a quiet month does not demote anyone."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import MAX_AMOUNT_RIALS
from loyaltydesk.i18n.text import fold_name

PERCENT = 100
MAX_TIERS = 10
MAX_TIER_MULTIPLIER_PERCENT = 500
MAX_TIER_NAME = 40
MAX_WINDOW_MONTHS = 36
MAX_REVIEW_MONTHS = 24


class TierBasis(enum.StrEnum):
    POINTS = "points"  # points earned by purchases in the window
    SPEND = "spend"  # Rials spent (less refunds) in the window


@dataclass(frozen=True, slots=True)
class Tier:
    code: str  # stable key: members keep it across rule versions
    name: str
    name_fa: str | None
    threshold: int  # points or Rials, by the policy's basis
    multiplier_percent: int = PERCENT

    def display_name(self, language: str) -> str:
        return self.name_fa if language == "fa" and self.name_fa else self.name


@dataclass(frozen=True, slots=True)
class TierPolicy:
    tiers: tuple[Tier, ...] = ()
    basis: TierBasis = TierBasis.SPEND
    window_months: int = 12
    review_months: int = 3

    def by_code(self, code: str | None) -> Tier | None:
        return next((t for t in self.tiers if t.code == code), None)

    def rank(self, code: str | None) -> int:
        """0 for no tier, 1 for the lowest, …"""
        for index, tier in enumerate(self.tiers, start=1):
            if tier.code == code:
                return index
        return 0

    def qualifies_for(self, amount: int) -> Tier | None:
        """The highest tier ``amount`` (points or Rials in the window) reaches."""
        reached = [t for t in self.tiers if amount >= t.threshold]
        return reached[-1] if reached else None

    def next_above(self, code: str | None) -> Tier | None:
        rank = self.rank(code)
        return self.tiers[rank] if rank < len(self.tiers) else None


def tier_code(name: str) -> str:
    """A stable key from a tier's name ("Gold" → "gold"); Persian names keep their letters."""
    folded = fold_name(name).strip().lower()
    return re.sub(r"\s+", "-", folded)[:MAX_TIER_NAME]


def months_back(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def months_ahead(day: dt.date, months: int) -> dt.date:
    return months_back(day, -months)


def check_policy(policy: TierPolicy) -> None:
    if len(policy.tiers) > MAX_TIERS:
        raise InvalidInput("tier.too_many", limit=MAX_TIERS)
    if not 1 <= policy.window_months <= MAX_WINDOW_MONTHS:
        raise InvalidInput("tier.bad_window", limit=MAX_WINDOW_MONTHS)
    if not 1 <= policy.review_months <= MAX_REVIEW_MONTHS:
        raise InvalidInput("tier.bad_review", limit=MAX_REVIEW_MONTHS)
    seen: set[str] = set()
    previous: Tier | None = None
    for tier in policy.tiers:
        name = tier.name.strip()
        if not name or len(name) > MAX_TIER_NAME:
            raise InvalidInput("tier.bad_name", limit=MAX_TIER_NAME)
        if tier.code in seen:
            raise InvalidInput("tier.duplicate_name", tier=name)
        seen.add(tier.code)
        limit = MAX_AMOUNT_RIALS if policy.basis is TierBasis.SPEND else 10_000_000
        if not 0 < tier.threshold <= limit:
            raise InvalidInput("tier.bad_threshold", tier=name)
        if not PERCENT <= tier.multiplier_percent <= MAX_TIER_MULTIPLIER_PERCENT:
            raise InvalidInput("tier.bad_multiplier", tier=name)
        if previous is not None:
            if tier.threshold <= previous.threshold:
                raise InvalidInput("tier.thresholds_not_rising", tier=name, below=previous.name)
            if tier.multiplier_percent < previous.multiplier_percent:
                raise InvalidInput("tier.multiplier_falls", tier=name, below=previous.name)
        previous = tier

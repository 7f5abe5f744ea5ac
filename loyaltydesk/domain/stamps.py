"""Stamp cards: "the 10th coffee is free". A visit (a purchase of at least the minimum)
earns one stamp, at most ``per_day`` a member per shop day; stamps are a balance of their
own, spent on rewards that cost stamps.

Refunds: a visit is a visit. A partial refund keeps the stamp unless what is left of the
purchase falls below the minimum for a stamp (a full refund always takes it back).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import MAX_AMOUNT_RIALS

DEFAULT_STAMPS_PER_DAY = 1
MAX_STAMPS_PER_DAY = 20
STAMPS_PER_VISIT = 1


@dataclass(frozen=True, slots=True)
class StampRule:
    """The stamp part of a rule version; a rule without one gives no stamps."""

    min_purchase_rials: int = 0
    per_day: int = DEFAULT_STAMPS_PER_DAY


class StampReason(enum.StrEnum):
    VISIT = "visit"  # one stamp for this visit
    DAY_LIMIT = "day_limit"  # the member had their stamps for today already
    BELOW_MINIMUM = "below_minimum"


@dataclass(frozen=True, slots=True)
class StampOutcome:
    stamps: int
    reason: StampReason


def stamp_for(rule: StampRule, amount_rials: int, stamped_today: int) -> StampOutcome:
    """Whether a purchase of ``amount_rials`` earns a stamp, given the stamps the member
    already kept from today's visits."""
    if amount_rials < rule.min_purchase_rials:
        return StampOutcome(0, StampReason.BELOW_MINIMUM)
    if stamped_today >= rule.per_day:
        return StampOutcome(0, StampReason.DAY_LIMIT)
    return StampOutcome(STAMPS_PER_VISIT, StampReason.VISIT)


def stamp_clawback(
    earned: int, min_purchase_rials: int, amount: int, refunded_total: int, taken_before: int
) -> int:
    """Stamps to take back once ``refunded_total`` of a purchase of ``amount`` is refunded:
    all of them when nothing, or less than the minimum for a stamp, is left of it."""
    left = amount - refunded_total
    owed = earned if left <= 0 or left < min_purchase_rials else 0
    return max(0, owed - taken_before)


def check_stamp_rule(rule: StampRule) -> None:
    if not 0 <= rule.min_purchase_rials <= MAX_AMOUNT_RIALS:
        raise InvalidInput("stamps.bad_minimum")
    if not 1 <= rule.per_day <= MAX_STAMPS_PER_DAY:
        raise InvalidInput("stamps.bad_per_day", limit=MAX_STAMPS_PER_DAY)

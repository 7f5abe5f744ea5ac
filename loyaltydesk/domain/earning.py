"""Earning rules: how many points a purchase earns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import MAX_AMOUNT_RIALS


@dataclass(frozen=True, slots=True)
class EarnRule:
    """``points_per_step`` points for every full ``step_rials`` spent, rounded down.

    The default, 1 point per 10,000 Toman, is step_rials=100_000, points_per_step=1.
    """

    id: int
    step_rials: int
    points_per_step: int
    min_purchase_rials: int
    valid_from: dt.datetime

    def points_for(self, amount_rials: int) -> int:
        if amount_rials < self.min_purchase_rials:
            return 0
        return (amount_rials // self.step_rials) * self.points_per_step


DEFAULT_STEP_RIALS = 100_000
DEFAULT_POINTS_PER_STEP = 1


def check_rule(step_rials: int, points_per_step: int, min_purchase_rials: int) -> None:
    if step_rials <= 0 or step_rials > MAX_AMOUNT_RIALS:
        raise InvalidInput("rule.bad_step")
    if points_per_step <= 0 or points_per_step > 1_000_000:
        raise InvalidInput("rule.bad_points")
    if min_purchase_rials < 0 or min_purchase_rials > MAX_AMOUNT_RIALS:
        raise InvalidInput("rule.bad_minimum")

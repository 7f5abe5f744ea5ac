"""The stamp card's rules with exact numbers: a stamp a visit, the day limit, refunds,
stamps with or instead of points, and what a stamp card can buy."""

from __future__ import annotations

import datetime as dt

import pytest

from loyaltydesk.domain.earning import EarnRule, Occasion, calculate, check_full_rule
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.rewards import Reward, RewardUnit, affordable, next_reward, stamp_goal
from loyaltydesk.domain.stamps import StampReason, StampRule, stamp_clawback, stamp_for

TOMAN = 10
CARD = StampRule(min_purchase_rials=50_000 * TOMAN, per_day=1)
RULE = EarnRule(3, 100_000, 1, 0, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), stamps=CARD)
NOON = Occasion(local_time=dt.datetime(2026, 11, 28, 12, 0))
COFFEE = Reward(9, "Free coffee", None, 10, True, 1, unit=RewardUnit.STAMPS)
MEAL = Reward(8, "Free meal", None, 100, True, 2)


def test_a_visit_from_the_minimum_earns_one_stamp_once_a_day() -> None:
    assert stamp_for(CARD, 50_000 * TOMAN, 0).stamps == 1
    assert stamp_for(CARD, 50_000 * TOMAN - 1, 0).reason is StampReason.BELOW_MINIMUM
    assert stamp_for(CARD, 10_000_000 * TOMAN, 1).reason is StampReason.DAY_LIMIT
    two = StampRule(0, per_day=2)
    assert [stamp_for(two, 1, n).stamps for n in range(3)] == [1, 1, 0]


def test_points_and_stamps_together_or_stamps_alone() -> None:
    both = calculate(RULE, 120_000 * TOMAN, NOON)
    assert (both.points, both.stamps, both.stamp_reason) == (12, 1, StampReason.VISIT)
    assert both.visit_rials == 120_000 * TOMAN
    limited = calculate(RULE, 120_000 * TOMAN, Occasion(NOON.local_time, stamped_today=1))
    assert (limited.points, limited.stamps, limited.stamp_reason) == (
        12,
        0,
        StampReason.DAY_LIMIT,
    )
    alone = EarnRule(
        3, 100_000, 1, 0, RULE.valid_from, stamps=CARD, points_enabled=False, birthday_bonus=5
    )
    only = calculate(alone, 120_000 * TOMAN, Occasion(NOON.local_time, birthday_week=True))
    assert (only.points, only.stamps, only.points_off, only.parts) == (0, 1, True, ())
    assert alone.points_for(120_000 * TOMAN) == 0
    plain = calculate(EarnRule(3, 100_000, 1, 0, RULE.valid_from), 120_000 * TOMAN, NOON)
    assert (plain.stamps, plain.stamp_reason) == (0, None)


def test_a_refund_takes_the_stamp_back_only_when_the_visit_is_gone() -> None:
    minimum, amount = 50_000 * TOMAN, 120_000 * TOMAN
    assert stamp_clawback(1, minimum, amount, amount, 0) == 1  # refunded in full
    assert stamp_clawback(1, minimum, amount, amount - minimum, 0) == 0  # the minimum is left
    assert stamp_clawback(1, minimum, amount, amount - minimum + 1, 0) == 1  # below it
    assert stamp_clawback(1, minimum, amount, amount, 1) == 0  # already taken back
    assert stamp_clawback(0, minimum, amount, amount, 0) == 0  # the visit earned none
    assert stamp_clawback(1, 0, amount, amount - 1, 0) == 0  # no minimum: anything left counts


def test_a_rule_must_earn_something_and_stamp_settings_are_checked() -> None:
    with pytest.raises(InvalidInput) as nothing:
        check_full_rule(EarnRule(3, 100_000, 1, 0, RULE.valid_from, points_enabled=False))
    assert nothing.value.code == "stamps.nothing_earned"
    with pytest.raises(InvalidInput) as negative:
        check_full_rule(EarnRule(3, 100_000, 1, 0, RULE.valid_from, stamps=StampRule(-1)))
    assert negative.value.code == "stamps.bad_minimum"
    with pytest.raises(InvalidInput) as many:
        check_full_rule(EarnRule(3, 100_000, 1, 0, RULE.valid_from, stamps=StampRule(0, 21)))
    assert many.value.code == "stamps.bad_per_day"


def test_stamp_rewards_are_reached_by_stamps_and_points_rewards_by_points() -> None:
    rewards = [COFFEE, MEAL]
    assert affordable(100, rewards, stamps=9) == [MEAL]
    assert affordable(0, rewards, stamps=10) == [COFFEE]
    ahead = next_reward(50, rewards)
    assert ahead is not None and ahead.reward is MEAL and ahead.missing == 50
    goal = stamp_goal(3, rewards)
    assert goal is not None and goal.reward is COFFEE and goal.missing == 7
    full = stamp_goal(12, rewards)
    assert full is not None and full.missing == 0
    assert stamp_goal(3, [MEAL]) is None

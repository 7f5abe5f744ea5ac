from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.ledger import refund_clawback
from loyaltydesk.domain.rewards import Reward, affordable, next_reward

RULE = EarnRule(1, 100_000, 1, 0, dt.datetime(2000, 1, 1, tzinfo=dt.UTC))


def test_default_rule_is_one_point_per_10000_toman_rounded_down() -> None:
    assert RULE.points_for(12_500_000) == 125
    assert RULE.points_for(99_999) == 0
    assert RULE.points_for(199_999) == 1


def test_minimum_purchase() -> None:
    rule = EarnRule(2, 100_000, 2, 500_000, RULE.valid_from)
    assert rule.points_for(499_999) == 0
    assert rule.points_for(500_000) == 10


def test_half_refund_takes_half_the_points_rounded_against_the_member() -> None:
    assert (
        refund_clawback(
            earned=7, amount=700_000, refunded_before=0, refund_now=350_000, clawed_before=0
        )
        == 4
    )
    assert (
        refund_clawback(
            earned=10, amount=1_000_000, refunded_before=0, refund_now=1_000_000, clawed_before=0
        )
        == 10
    )


@given(
    earned=st.integers(0, 10_000),
    amount=st.integers(1, 10**12),
    cuts=st.lists(st.floats(0.01, 1.0), min_size=1, max_size=6),
)
def test_partial_refunds_add_up_to_one_refund_of_the_total(
    earned: int, amount: int, cuts: list[float]
) -> None:
    refunded = clawed = 0
    for cut in cuts:
        part = min(amount - refunded, max(1, int((amount - refunded) * cut)))
        if part <= 0:
            break
        clawed += refund_clawback(earned, amount, refunded, part, clawed)
        refunded += part
    single = refund_clawback(earned, amount, 0, refunded, 0)
    assert clawed == single
    assert clawed <= earned
    # The member never keeps a point they did not pay for.
    assert (earned - clawed) * amount <= earned * (amount - refunded)


def test_next_reward_and_affordable() -> None:
    drink = Reward(1, "Free drink", None, 40, True, 1)
    meal = Reward(2, "Free meal", None, 100, True, 2)
    hidden = Reward(3, "Old prize", None, 10, False, 3)
    assert next_reward(88, [meal, drink, hidden]) is not None
    upcoming = next_reward(88, [meal, drink, hidden])
    assert upcoming is not None and upcoming.reward is meal and upcoming.missing == 12
    assert affordable(88, [meal, drink, hidden]) == [drink]
    assert next_reward(150, [meal, drink]) is None

"""The earning rule with exact numbers: steps, rounding, promotions, bonuses and the cap."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.domain.earning import (
    EarnRule,
    Occasion,
    PartKind,
    Promotion,
    Rounding,
    calculate,
    check_full_rule,
)
from loyaltydesk.domain.errors import InvalidInput

TEHRAN = ZoneInfo("Asia/Tehran")
SATURDAY, SUNDAY, WEDNESDAY, THURSDAY = 5, 6, 2, 3
HAPPY_HOUR = Promotion(
    "Happy hour",
    multiplier_percent=200,
    weekdays=frozenset({SATURDAY, SUNDAY, 0, 1, WEDNESDAY}),  # Saturday to Wednesday
    from_time=dt.time(15, 0),
    until_time=dt.time(18, 0),
)
# 1 point per 10,000 Toman = per 100,000 Rials.
RULE = EarnRule(7, 100_000, 1, 0, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), promotions=(HAPPY_HOUR,))
SAT_1600 = dt.datetime(2026, 11, 28, 16, 0, tzinfo=TEHRAN)  # a Saturday
TOMAN = 10  # Rials


def at(local: dt.datetime, **extra: object) -> Occasion:
    return Occasion(local_time=local, **extra)  # type: ignore[arg-type]


def test_happy_hour_doubles_points() -> None:
    calc = calculate(RULE, 1_250_000 * TOMAN, at(SAT_1600))
    assert calc.points == 250
    assert [(p.kind, p.points) for p in calc.parts] == [
        (PartKind.BASE, 125),
        (PartKind.MULTIPLIER, 125),
    ]
    assert calc.parts[1].percent == 200 and calc.parts[1].name == "Happy hour"


def test_a_purchase_one_minute_after_the_promotion_earns_single_points() -> None:
    after = SAT_1600.replace(hour=18, minute=1)
    assert calculate(RULE, 1_250_000 * TOMAN, at(after)).points == 125
    assert calculate(RULE, 1_250_000 * TOMAN, at(after.replace(minute=0))).points == 125
    assert calculate(RULE, 1_250_000 * TOMAN, at(after.replace(hour=17, minute=59))).points == 250


def test_happy_hour_is_not_on_thursday() -> None:
    thursday = SAT_1600 + dt.timedelta(days=5)
    assert thursday.weekday() == THURSDAY
    assert calculate(RULE, 1_250_000 * TOMAN, at(thursday)).points == 125


@pytest.mark.parametrize(
    ("rounding", "toman", "points"),
    [
        (Rounding.DOWN, 19_999, 1),
        (Rounding.NEAREST, 14_999, 1),
        (Rounding.NEAREST, 15_000, 2),
        (Rounding.UP, 10_001, 2),
        (Rounding.UP, 10_000, 1),
    ],
)
def test_rounding(rounding: Rounding, toman: int, points: int) -> None:
    rule = EarnRule(1, 100_000, 1, 0, RULE.valid_from, rounding=rounding)
    assert calculate(rule, toman * TOMAN, at(SAT_1600)).points == points


def test_one_rounding_of_the_whole_so_double_points_are_really_double() -> None:
    # 15,000 Toman is 1.5 points; doubled it is 3, not 2 × 1.
    assert calculate(RULE, 15_000 * TOMAN, at(SAT_1600)).points == 3


def test_minimum_purchase() -> None:
    rule = EarnRule(1, 100_000, 1, 500_000, RULE.valid_from)
    assert calculate(rule, 499_999, at(SAT_1600)).points == 0
    assert calculate(rule, 500_000, at(SAT_1600)).points == 5


def test_fixed_bonus_first_purchase_and_birthday() -> None:
    rule = EarnRule(
        1,
        100_000,
        1,
        0,
        RULE.valid_from,
        first_purchase_bonus=20,
        birthday_bonus=50,
        promotions=(
            Promotion(
                "Yalda",
                bonus_points=10,
                starts_on=dt.date(2026, 12, 21),
                ends_on=dt.date(2026, 12, 21),
            ),
        ),
    )
    yalda = dt.datetime(2026, 12, 21, 20, 0, tzinfo=TEHRAN)
    calc = calculate(rule, 300_000 * TOMAN, at(yalda, first_purchase=True, birthday_week=True))
    assert calc.points == 30 + 10 + 20 + 50
    assert [p.kind for p in calc.parts] == [
        PartKind.BASE,
        PartKind.PROMOTION_BONUS,
        PartKind.FIRST_PURCHASE,
        PartKind.BIRTHDAY,
    ]
    assert calculate(rule, 300_000 * TOMAN, at(yalda + dt.timedelta(days=1))).points == 30


def test_daily_cap_counts_what_was_earned_earlier_that_day() -> None:
    rule = EarnRule(1, 100_000, 1, 0, RULE.valid_from, daily_cap=100)
    calc = calculate(rule, 1_250_000 * TOMAN, at(SAT_1600, earned_today=40))
    assert calc.points == 60
    assert calc.parts[-1].kind is PartKind.DAILY_CAP and calc.parts[-1].points == -65
    assert calculate(rule, 1_000 * TOMAN * 10, at(SAT_1600, earned_today=100)).points == 0


def test_stacked_multipliers_never_pass_the_owners_limit() -> None:
    triple = Promotion("Opening week", multiplier_percent=300)
    rule = EarnRule(1, 100_000, 1, 0, RULE.valid_from, max_multiplier_percent=400,
                    promotions=(HAPPY_HOUR, triple))  # fmt: skip
    with pytest.raises(InvalidInput) as refused:
        check_full_rule(rule)
    assert refused.value.code == "promotion.stacks_too_high"
    # Were such a rule in force (an older version), it would still pay at most ×4.
    assert calculate(rule, 100_000 * TOMAN, at(SAT_1600)).points == 40


def test_promotions_that_cannot_meet_may_each_go_to_the_limit() -> None:
    weekend = Promotion("Weekend", multiplier_percent=300, weekdays=frozenset({THURSDAY, 4}))
    rule = EarnRule(1, 100_000, 1, 0, RULE.valid_from, max_multiplier_percent=300,
                    promotions=(HAPPY_HOUR, weekend))  # fmt: skip
    check_full_rule(rule)


@pytest.mark.parametrize(
    ("promotion", "code"),
    [
        (Promotion("Nothing"), "promotion.gives_nothing"),
        (Promotion("", multiplier_percent=200), "promotion.bad_name"),
        (
            Promotion(
                "Backwards",
                bonus_points=5,
                starts_on=dt.date(2026, 12, 2),
                ends_on=dt.date(2026, 12, 1),
            ),
            "promotion.ends_before_start",
        ),
        (
            Promotion("Night", bonus_points=5, from_time=dt.time(18), until_time=dt.time(15)),
            "promotion.hours_reversed",
        ),
        (Promotion("Half", bonus_points=5, from_time=dt.time(18)), "promotion.half_hours"),
        (Promotion("Less", multiplier_percent=50), "promotion.bad_multiplier"),
        (Promotion("Huge", bonus_points=10**7), "promotion.bad_bonus"),
    ],
)
def test_absurd_promotions_are_refused(promotion: Promotion, code: str) -> None:
    rule = EarnRule(1, 100_000, 1, 0, RULE.valid_from, promotions=(promotion,))
    with pytest.raises(InvalidInput) as refused:
        check_full_rule(rule)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"step_rials": 0}, "rule.bad_step"),
        ({"points_per_step": -1}, "rule.bad_points"),
        ({"min_purchase_rials": -5}, "rule.bad_minimum"),
        ({"daily_cap": 0}, "rule.bad_daily_cap"),
        ({"birthday_bonus": -1}, "rule.bad_bonus"),
        ({"max_multiplier_percent": 50}, "rule.bad_max_multiplier"),
    ],
)
def test_absurd_rules_are_refused(changes: dict[str, int], code: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_full_rule(replace(RULE, **changes))  # type: ignore[arg-type]
    assert refused.value.code == code

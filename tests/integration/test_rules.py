"""The owner's rules applied at the counter, on both databases: versions, promotions,
tiers, the reward catalogue, the simulator, the liability and points expiry."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.earning import PartKind, Promotion, rule_at
from loyaltydesk.domain.errors import InvalidInput, Refused
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.tiers import Tier, TierBasis, TierPolicy
from tests.conftest import FakeClock
from tests.integration.helpers import op, register

SATURDAY_1600_TEHRAN = dt.datetime(2026, 11, 28, 12, 30, tzinfo=dt.UTC)
HAPPY_HOUR = Promotion(
    "Happy hour",
    multiplier_percent=200,
    weekdays=frozenset({5, 6, 0, 1, 2}),
    from_time=dt.time(15),
    until_time=dt.time(18),
)
TOMAN = 10


def test_a_new_version_applies_at_once_and_old_lines_keep_theirs(
    services: Services, clock: FakeClock
) -> None:
    sara = register(services)
    first = services.counter.credit_purchase(op(), sara.id, 1_250_000 * TOMAN, services.actor)
    old = services.rules.earn_rule()

    clock.now = SATURDAY_1600_TEHRAN
    new = services.rules.save(replace(old, promotions=(HAPPY_HOUR,)), actor=services.actor)
    second = services.counter.credit_purchase(op(), sara.id, 1_250_000 * TOMAN, services.actor)
    clock.now += dt.timedelta(hours=2, minutes=1)  # 18:01: the happy hour is over
    third = services.counter.credit_purchase(op(), sara.id, 1_250_000 * TOMAN, services.actor)

    assert (first.points_earned, second.points_earned, third.points_earned) == (125, 250, 125)
    lines = services.membership.statement(sara.id).lines
    assert [line.rule_version_id for line in lines] == [old.id, new.id, new.id]
    calc = lines[1].calculation
    assert calc is not None and calc.points == 250
    assert [(p.kind, p.points, p.name) for p in calc.parts] == [
        (PartKind.BASE, 125, ""),
        (PartKind.MULTIPLIER, 125, "Happy hour"),
    ]
    assert [v.id for v in services.rules.versions()] == [old.id, new.id]


def test_saving_the_same_rule_or_a_contradictory_one_changes_nothing(services: Services) -> None:
    current = services.rules.earn_rule()
    with pytest.raises(Refused):
        services.rules.save(current, actor=services.actor)
    backwards = Promotion(
        "Yalda", bonus_points=5, starts_on=dt.date(2026, 12, 22), ends_on=dt.date(2026, 12, 21)
    )
    with pytest.raises(InvalidInput):
        services.rules.save(replace(current, promotions=(backwards,)), actor=services.actor)
    assert [v.id for v in services.rules.versions()] == [current.id]


GOLD_POLICY = TierPolicy(
    tiers=(
        Tier("silver", "Silver", "نقره‌ای", 2_000_000 * TOMAN, 100),
        Tier("gold", "Gold", "طلایی", 5_000_000 * TOMAN, 150),
    ),
    basis=TierBasis.SPEND,
    window_months=12,
    review_months=3,
)


def test_members_move_up_at_once_and_earn_the_tier_multiplier_from_the_next_purchase(
    services: Services, clock: FakeClock
) -> None:
    services.rules.save(
        replace(services.rules.earn_rule(), tier_policy=GOLD_POLICY), actor=services.actor
    )
    sara = register(services)
    services.counter.credit_purchase(op(), sara.id, 4_000_000 * TOMAN, services.actor)
    assert services.membership.panel(sara.id).tier.tier.code == "silver"  # type: ignore[union-attr]

    crossing = services.counter.credit_purchase(op(), sara.id, 1_000_000 * TOMAN, services.actor)
    after = services.counter.credit_purchase(op(), sara.id, 1_000_000 * TOMAN, services.actor)

    assert crossing.points_earned == 100  # the purchase that qualified: still Silver
    assert after.points_earned == 150  # Gold: ×1.5
    standing = services.membership.panel(sara.id).tier
    assert standing is not None and standing.tier is not None
    assert standing.tier.code == "gold" and standing.next_tier is None
    assert standing.in_window == 6_000_000 * TOMAN
    assert standing.review_on == dt.date(2027, 2, 26)


def test_members_move_down_only_at_their_review(services: Services, clock: FakeClock) -> None:
    policy = replace(GOLD_POLICY, window_months=1, review_months=1)
    services.rules.save(
        replace(services.rules.earn_rule(), tier_policy=policy), actor=services.actor
    )
    sara = register(services)
    services.counter.credit_purchase(op(), sara.id, 5_000_000 * TOMAN, services.actor)
    assert services.membership.panel(sara.id).tier.tier.code == "gold"  # type: ignore[union-attr]

    clock.advance(days=20)  # the window still holds the purchase; no review yet
    assert services.tiers.review_due() == 0
    clock.advance(days=15)  # past the review date, the purchase out of the 1-month window
    assert services.tiers.review_due() == 1
    standing = services.membership.panel(sara.id).tier
    assert standing is not None and standing.tier is None
    assert standing.next_tier is not None and standing.missing == 2_000_000 * TOMAN


def test_a_tier_only_reward_and_a_reward_out_of_stock_are_refused(services: Services) -> None:
    services.rules.save(
        replace(services.rules.earn_rule(), tier_policy=GOLD_POLICY), actor=services.actor
    )
    meal = next(r for r in services.rules.rewards() if r.name == "Free meal")
    services.rules.update_reward(
        replace(meal, tier_code="gold", value_rials=1_500_000), actor=services.actor
    )
    drink = next(r for r in services.rules.rewards() if r.name == "Free drink")
    services.rules.update_reward(replace(drink, stock=1), actor=services.actor)
    sara = register(services)
    services.counter.credit_purchase(op(), sara.id, 1_990_000 * TOMAN, services.actor)

    with pytest.raises(Refused) as tier_only:
        services.counter.redeem(op(), sara.id, "Free meal", services.actor)
    assert tier_only.value.code == "redeem.tier_only"
    given = services.counter.redeem(op(), sara.id, "Free drink", services.actor)
    with pytest.raises(Refused) as out:
        services.counter.redeem(op(), sara.id, "Free drink", services.actor)
    assert out.value.code == "redeem.out_of_stock"
    assert [r.name for r in services.membership.panel(sara.id).rewards] == []

    services.counter.void_redemption(op(), given.entry_id, services.actor)
    assert next(r for r in services.rules.rewards() if r.name == "Free drink").stock == 1


def test_editing_a_reward_does_not_change_past_redemptions(services: Services) -> None:
    sara = register(services)
    services.counter.credit_purchase(op(), sara.id, 500_000 * TOMAN, services.actor)
    given = services.counter.redeem(op(), sara.id, "Free drink", services.actor)
    drink = next(r for r in services.rules.rewards() if r.name == "Free drink")
    services.rules.update_reward(
        replace(drink, name="Free tea", name_fa="چای رایگان", cost=30), actor=services.actor
    )

    line = services.membership.statement(sara.id).lines[-1]
    note = services.printouts.note_for_entry(given.entry_id)
    assert (line.reward_name, line.points) == ("Free drink", -40)
    assert note.reward_label("fa") == "نوشیدنی رایگان"


def test_the_simulator_replays_the_last_90_days_under_a_draft(
    services: Services, clock: FakeClock
) -> None:
    sara = register(services)
    meal = next(r for r in services.rules.rewards() if r.name == "Free meal")
    services.rules.update_reward(replace(meal, value_rials=2_000_000), actor=services.actor)
    clock.now = SATURDAY_1600_TEHRAN - dt.timedelta(days=100)
    services.counter.credit_purchase(op(), sara.id, 9_000_000 * TOMAN, services.actor)  # too old
    clock.now = SATURDAY_1600_TEHRAN
    services.counter.credit_purchase(op(), sara.id, 1_250_000 * TOMAN, services.actor)
    clock.now += dt.timedelta(hours=3)
    services.counter.credit_purchase(op(), sara.id, 1_250_000 * TOMAN, services.actor)
    clock.advance(minutes=5)

    draft = replace(services.rules.earn_rule(), promotions=(HAPPY_HOUR,))
    simulation = services.rules.simulate(draft)

    assert (simulation.purchases, simulation.members) == (2, 1)
    assert (simulation.points_now, simulation.points_new) == (250, 375)
    assert (simulation.rewards_now, simulation.rewards_new) == (6, 9)  # Free drink at 40
    # Drink has no value; a meal is worth 2,000,000 Rials for 100 points: 20,000 a point.
    assert simulation.liability_change_rials == 125 * 20_000
    assert services.rules.liability().points == 900 + 250


def test_expiry_writes_off_old_unspent_points_once(services: Services, clock: FakeClock) -> None:
    services.rules.save(replace(services.rules.earn_rule(), expiry_months=6), actor=services.actor)
    sara = register(services)
    services.counter.credit_purchase(op(), sara.id, 500_000 * TOMAN, services.actor)  # 50
    clock.advance(days=60)
    services.counter.credit_purchase(op(), sara.id, 350_000 * TOMAN, services.actor)  # 35
    services.counter.redeem(op(), sara.id, "Free drink", services.actor)  # 40 of the first 50
    upcoming = services.membership.panel(sara.id).expiring
    assert upcoming is not None and upcoming[1] == 10

    clock.advance(days=130)  # the first lot (10 left) is past 6 months
    report = services.expiry.run()
    again = services.expiry.run()
    clock.advance(days=1)
    next_day = services.expiry.run()

    assert (report.members_expired, report.points_expired) == (1, 10)
    assert again.points_expired == 0 and next_day.points_expired == 0
    lines = services.membership.statement(sara.id).lines
    assert [(ln.kind, ln.points) for ln in lines][-1] == (EntryKind.EXPIRE, -10)
    assert services.membership.get(sara.id).balance == 35
    assert services.audit.verify(actor=services.actor).ok
    upcoming = services.membership.panel(sara.id).expiring
    assert upcoming is not None and upcoming[1] == 35


def test_the_first_purchase_bonus_is_given_once(services: Services) -> None:
    services.rules.save(
        replace(services.rules.earn_rule(), first_purchase_bonus=20), actor=services.actor
    )
    sara = register(services)
    first = services.counter.credit_purchase(op(), sara.id, 100_000 * TOMAN, services.actor)
    second = services.counter.credit_purchase(op(), sara.id, 100_000 * TOMAN, services.actor)
    assert (first.points_earned, second.points_earned) == (10 + 20, 10)


def test_the_version_in_force_read_from_the_list_is_the_one_the_database_names(
    services: Services, clock: FakeClock
) -> None:
    """A batch of queued purchases picks each one's rule from the versions read once
    (domain.earning.rule_at); it must be the version the repository's query gives."""
    first = clock()
    for step in (200_000, 300_000, 400_000):
        clock.advance(days=3)
        rule = services.rules.earn_rule()
        services.rules.save(replace(rule, step_rials=step), services.actor)
    clock.advance(days=1)
    # The repository's own answer, which the list must match: the test reads it directly.
    with services.rules._uow(write=False) as uow:
        versions = uow.rules.versions()
        assert len(versions) == 4
        times = [first - dt.timedelta(days=400), first, clock()]
        times += [v.valid_from for v in versions]
        times += [v.valid_from - dt.timedelta(seconds=1) for v in versions]
        times += [v.valid_from + dt.timedelta(days=1) for v in versions]
        for at in times:
            expected = uow.rules.in_force(at)
            assert expected is not None
            assert rule_at(versions, at) == expected, at

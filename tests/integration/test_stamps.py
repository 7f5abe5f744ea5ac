"""Stamp cards at the counter, on both databases: one stamp a visit and a shop day,
refunds taking the stamp back, stamps with or instead of points, stamp rewards."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.errors import InvalidInput, Refused
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.rewards import RewardUnit
from loyaltydesk.domain.stamps import StampReason, StampRule
from loyaltydesk.persistence.database import alembic_config, normalise_url, open_database
from loyaltydesk.services.views import CreditResult
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock
from tests.integration.helpers import op, register

TOMAN = 10
COFFEE = 120_000 * TOMAN
MINIMUM = 50_000 * TOMAN
# The shop is in Tehran (+03:30): its day starts at 20:30 UTC the evening before.
TEHRAN_2330 = dt.datetime(2026, 11, 26, 20, 0, tzinfo=dt.UTC)


def stamps_on(services: Services, *, per_day: int = 1, points: bool = True) -> None:
    current = services.rules.earn_rule()
    services.rules.save(
        replace(current, stamps=StampRule(MINIMUM, per_day), points_enabled=points),
        actor=services.actor,
    )


def credit(
    services: Services, member_id: int, rials: int = COFFEE, op_id: str | None = None
) -> CreditResult:
    return services.counter.credit_purchase(op_id or op(), member_id, rials, services.actor)


def test_an_existing_club_keeps_stamps_off(services: Services) -> None:
    sara = register(services)
    result = credit(services, sara.id)
    assert services.rules.earn_rule().stamps is None
    assert (result.stamps_earned, result.stamps, result.stamp_reason) == (0, 0, None)
    assert services.membership.statement(sara.id).lines[0].stamps_after is None


def test_one_stamp_a_visit_and_one_a_day_by_the_shops_day(
    services: Services, clock: FakeClock
) -> None:
    stamps_on(services)
    sara = register(services)

    first = credit(services, sara.id)  # 13:30 in Tehran
    clock.now = TEHRAN_2330  # the same day in Tehran
    second = credit(services, sara.id)
    clock.now = TEHRAN_2330 + dt.timedelta(minutes=45)  # 00:15: a new day in Tehran, not in UTC
    third = credit(services, sara.id)

    assert (first.stamps_earned, first.stamps, first.stamp_reason) == (1, 1, StampReason.VISIT)
    assert (second.stamps_earned, second.stamps) == (0, 1)
    assert second.stamp_reason is StampReason.DAY_LIMIT
    assert (third.stamps_earned, third.stamps) == (1, 2)
    # Points still come with every purchase: stamps are alongside.
    assert (first.points_earned, second.points_earned, third.points_earned) == (12, 12, 12)
    assert services.membership.get(sara.id).stamps == 2
    lines = services.membership.statement(sara.id).lines
    assert [(line.stamps, line.stamps_after) for line in lines] == [(1, 1), (0, 1), (1, 2)]
    assert lines[1].calculation is not None
    assert lines[1].calculation.stamp_reason is StampReason.DAY_LIMIT
    assert services.audit.verify(actor=services.actor).ok


def test_a_small_purchase_earns_no_stamp_and_the_owner_may_allow_more_a_day(
    services: Services,
) -> None:
    stamps_on(services, per_day=2)
    sara = register(services)
    small = credit(services, sara.id, MINIMUM - TOMAN)
    visits = [credit(services, sara.id) for _ in range(3)]
    assert (small.stamps_earned, small.stamp_reason) == (0, StampReason.BELOW_MINIMUM)
    assert [v.stamps_earned for v in visits] == [1, 1, 0]
    assert visits[-1].stamp_reason is StampReason.DAY_LIMIT


def test_a_refund_takes_the_visits_stamp_back(services: Services) -> None:
    stamps_on(services)
    sara = register(services)
    visit = credit(services, sara.id)
    assert visit.stamps == 1

    # A partial refund that leaves more than the minimum keeps the stamp: a visit is a visit.
    kept = services.counter.refund(
        op(), services.actor, purchase_id=visit.purchase_id, amount_rials=COFFEE - MINIMUM
    )
    assert (kept.preview.stamps_reversed, kept.preview.stamps_after) == (0, 1)
    assert kept.preview.points_reversed == 7
    # What is left falls below the minimum: the stamp goes.
    gone = services.counter.refund(
        op(), services.actor, purchase_id=visit.purchase_id, amount_rials=TOMAN
    )
    assert (gone.preview.stamps_reversed, gone.preview.stamps_after) == (1, 0)
    assert services.membership.get(sara.id).stamps == 0
    line = services.membership.statement(sara.id).lines[-1]
    assert (line.kind, line.stamps, line.stamps_after) == (EntryKind.REVERSE_EARN, -1, 0)

    # The refunded visit gave today's stamp back: another visit today earns one again.
    again = credit(services, sara.id)
    assert (again.stamps_earned, again.stamps) == (1, 1)
    # A full refund takes it back in one go, and the preview says so before.
    preview = services.counter.preview_refund(purchase_id=again.purchase_id)
    assert (preview.stamps_reversed, preview.stamps_after) == (1, 0)
    full_op = op()
    full = services.counter.refund(full_op, services.actor, purchase_id=again.purchase_id)
    replay = services.counter.refund(full_op, services.actor, purchase_id=again.purchase_id)
    assert full.preview.stamps_reversed == replay.preview.stamps_reversed == 1
    assert replay.replayed and replay.preview.stamps_after == 0
    assert services.membership.get(sara.id).stamps == 0
    assert services.audit.verify(actor=services.actor).ok


def test_stamps_instead_of_points(services: Services, clock: FakeClock) -> None:
    stamps_on(services, points=False)
    sara = register(services)
    first = credit(services, sara.id)
    second = credit(services, sara.id)
    assert (first.points_earned, first.balance, first.stamps_earned) == (0, 0, 1)
    assert (second.points_earned, second.stamps_earned) == (0, 0)
    lines = services.membership.statement(sara.id).lines
    assert [(line.points, line.stamps) for line in lines] == [(0, 1), (0, 0)]
    calc = lines[0].calculation
    assert calc is not None and calc.points_off and calc.visit_rials == COFFEE
    # Turning points back on: both together from then on.
    clock.advance(days=1)
    services.rules.save(
        replace(services.rules.earn_rule(), points_enabled=True), actor=services.actor
    )
    both = credit(services, sara.id)
    assert (both.points_earned, both.stamps_earned, both.stamps) == (12, 1, 2)


def test_points_off_needs_stamps_on(services: Services) -> None:
    with pytest.raises(InvalidInput) as caught:
        services.rules.save(
            replace(services.rules.earn_rule(), points_enabled=False), actor=services.actor
        )
    assert caught.value.code == "stamps.nothing_earned"
    with pytest.raises(InvalidInput) as caught:
        services.rules.save(
            replace(services.rules.earn_rule(), stamps=StampRule(0, 0)), actor=services.actor
        )
    assert caught.value.code == "stamps.bad_per_day"


def test_a_stamp_reward_is_redeemed_from_stamps_and_voided_back(
    services: Services, clock: FakeClock
) -> None:
    stamps_on(services)
    coffee = services.rules.add_reward(
        "Free coffee", 3, "قهوهٔ رایگان", RewardUnit.STAMPS, actor=services.actor
    )
    assert coffee.unit is RewardUnit.STAMPS
    sara = register(services)
    for _ in range(2):
        credit(services, sara.id)
        clock.advance(days=1)
    with pytest.raises(Refused) as short:
        services.counter.redeem(op(), sara.id, "Free coffee", services.actor)
    assert short.value.code == "redeem.short_stamps"
    assert short.value.params["missing"] == 1
    third = credit(services, sara.id)
    assert third.stamp_goal is not None and third.stamp_goal.missing == 0

    panel = services.membership.panel(sara.id)
    assert panel.stamps_on and coffee.id in {r.id for r in panel.affordable}
    assert panel.stamp_goal is not None and panel.stamp_goal.reward.id == coffee.id

    redeem_op = op()
    given = services.counter.redeem(redeem_op, sara.id, "Free coffee", services.actor)
    again = services.counter.redeem(redeem_op, sara.id, "Free coffee", services.actor)
    assert (given.stamps_spent, given.stamps, given.points_spent) == (3, 0, 0)
    assert given.balance == third.balance  # the points are untouched
    assert again.replayed and (again.stamps_spent, again.stamps) == (3, 0)
    assert services.membership.get(sara.id).stamps == 0

    preview = services.counter.preview_void(given.entry_id)
    assert (preview.stamps_restored, preview.stamps_after, preview.points_restored) == (3, 3, 0)
    services.counter.void_redemption(op(), given.entry_id, services.actor)
    assert services.membership.get(sara.id).stamps == 3
    assert services.membership.get(sara.id).balance == third.balance
    assert services.audit.verify(actor=services.actor).ok


def test_a_retried_credit_stamps_once(services: Services) -> None:
    stamps_on(services)
    sara = register(services)
    first = credit(services, sara.id, op_id="till-7-sale-1")
    retry = credit(services, sara.id, op_id="till-7-sale-1")
    assert retry.replayed
    assert (retry.stamps_earned, retry.stamps, retry.stamp_reason) == (1, 1, StampReason.VISIT)
    assert retry.entry_id == first.entry_id
    assert services.membership.get(sara.id).stamps == 1
    assert len(services.membership.statement(sara.id).lines) == 1


def test_verify_finds_a_tampered_stamp_card(services: Services, db_url: str) -> None:
    stamps_on(services)
    sara = register(services)
    credit(services, sara.id)
    assert services.audit.verify(actor=services.actor).ok
    engine = create_engine(normalise_url(db_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE members SET stamps = 9 WHERE id = :id"), {"id": sara.id})
    engine.dispose()
    report = services.audit.verify(actor=services.actor)
    assert not report.ok and not report.differences
    [difference] = report.stamp_differences
    assert (difference.member_id, difference.cached, difference.ledger) == (sara.id, 9, 1)


def test_a_club_upgraded_from_before_stamp_cards_keeps_its_ledger_and_has_stamps_off(
    db_url: str, settings: Settings, clock: FakeClock
) -> None:
    first = build_services(settings, db_url, clock=clock)
    sara = register(first)
    credit(first, sara.id)
    first.close()
    database = open_database(db_url)
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
    database.dispose()

    upgraded = build_services(settings, db_url, clock=clock)  # upgrades to the head again
    try:
        rule = upgraded.rules.earn_rule()
        assert rule.stamps is None and rule.points_enabled
        member = upgraded.membership.get(sara.id)
        assert (member.balance, member.stamps) == (12, 0)
        assert upgraded.audit.verify(actor=upgraded.actor).ok
        assert all(r.unit is RewardUnit.POINTS for r in upgraded.rules.rewards())
    finally:
        upgraded.close()

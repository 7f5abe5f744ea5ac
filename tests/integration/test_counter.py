"""Credit, redeem, refund, void, adjust and statements, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, text

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.persistence.database import normalise_url
from tests.conftest import FakeClock
from tests.integration.helpers import credit, op, register


def test_credit_earns_one_point_per_10000_toman(services: Services) -> None:
    member = register(services)
    result = services.counter.credit_purchase(
        "c-1", member.id, 725_000, services.actor, receipt_no="R-17"
    )
    assert (result.points_earned, result.balance) == (7, 7)
    assert result.next_reward is not None
    assert result.next_reward.reward.name == "Free drink" and result.next_reward.missing == 33
    assert services.membership.get(member.id).balance == 7
    assert services.membership.get(member.id).last_visit_at == result.member.last_visit_at


def test_same_operation_id_credits_once(services: Services) -> None:
    member = register(services)
    first = services.counter.credit_purchase("dup", member.id, 1_000_000, services.actor)
    second = services.counter.credit_purchase("dup", member.id, 1_000_000, services.actor)
    assert second.replayed and not first.replayed
    assert (second.points_earned, second.balance, second.purchase_id) == (
        first.points_earned,
        first.balance,
        first.purchase_id,
    )
    assert services.membership.get(member.id).balance == 10
    assert len(services.membership.statement(member.id).lines) == 1


def test_an_operation_id_reused_for_something_else_is_refused(services: Services) -> None:
    member = register(services)
    services.counter.credit_purchase("same", member.id, 1_000_000, services.actor)
    with pytest.raises(Refused) as caught:
        services.counter.credit_purchase("same", member.id, 2_000_000, services.actor)
    assert caught.value.code == "operation.reused"
    assert services.membership.get(member.id).balance == 10


def test_a_receipt_is_credited_once(services: Services) -> None:
    sara = register(services)
    ali = register(services, name="Ali", phone="09350000000")
    credit(services, sara, 1_000_000, receipt="123")
    with pytest.raises(Refused) as caught:
        credit(services, ali, 1_000_000, receipt="۱۲۳")
    assert caught.value.code == "receipt.already_credited"
    assert caught.value.params == {"receipt": "123", "member": "سارا محمدی"}
    assert services.membership.get(ali.id).balance == 0


@pytest.mark.parametrize("amount", [0, -1, 1_000_000_000_001])
def test_absurd_amounts_change_nothing(services: Services, amount: int) -> None:
    member = register(services)
    with pytest.raises(InvalidInput):
        services.counter.credit_purchase(op(), member.id, amount, services.actor)
    assert services.membership.statement(member.id).lines == ()


def test_unknown_member_and_small_purchase(services: Services) -> None:
    with pytest.raises(NotFound):
        services.counter.credit_purchase(op(), 999, 1_000_000, services.actor)
    member = register(services)
    small = services.counter.credit_purchase(op(), member.id, 50_000, services.actor)
    assert small.points_earned == 0 and small.entry_id is None
    assert services.membership.get(member.id).last_visit_at is not None


def test_redeem_a_free_meal_at_100_points(services: Services) -> None:
    member = register(services)
    credit(services, member, 10_000_000)
    result = services.counter.redeem("r-1", member.id, "free meal", services.actor)
    assert (result.points_spent, result.balance) == (100, 0)
    assert services.counter.redeem("r-1", member.id, "Free meal", services.actor).replayed
    assert services.membership.get(member.id).balance == 0


def test_redeem_in_persian_and_short_balance_says_how_many_are_missing(services: Services) -> None:
    member = register(services)
    credit(services, member, 8_800_000)
    with pytest.raises(Refused) as caught:
        services.counter.redeem(op(), member.id, "غذاي رايگان", services.actor)
    assert caught.value.code == "redeem.short" and caught.value.params["missing"] == 12
    with pytest.raises(NotFound):
        services.counter.redeem(op(), member.id, "Free car", services.actor)
    assert services.membership.get(member.id).balance == 88


def test_half_refund_takes_back_half_the_points(services: Services) -> None:
    member = register(services)
    credit(services, member, 700_000, receipt="R1")
    preview = services.counter.preview_refund(receipt_no="R1", amount_rials=350_000)
    assert (preview.points_reversed, preview.balance_after) == (4, 3)
    assert services.membership.get(member.id).balance == 7  # a preview saves nothing
    done = services.counter.refund("f-1", services.actor, receipt_no="R1", amount_rials=350_000)
    assert done.preview == preview
    rest = services.counter.refund("f-2", services.actor, receipt_no="R1")
    assert rest.preview.points_reversed == 3 and rest.preview.balance_after == 0
    with pytest.raises(Refused) as caught:
        services.counter.refund(op(), services.actor, receipt_no="R1")
    assert caught.value.code == "refund.already_refunded"
    assert services.counter.refund(
        "f-1", services.actor, receipt_no="R1", amount_rials=350_000
    ).replayed


def test_refund_after_spending_leaves_a_debt_and_blocks_rewards(services: Services) -> None:
    member = register(services)
    first = services.counter.credit_purchase(op(), member.id, 10_000_000, services.actor)
    services.counter.redeem(op(), member.id, "Free meal", services.actor)
    refund = services.counter.refund(op(), services.actor, entry_id=first.entry_id)
    assert refund.preview.leaves_debt and refund.preview.balance_after == -100
    assert services.membership.get(member.id).in_debt
    with pytest.raises(Refused) as in_debt:
        services.counter.redeem(op(), member.id, "Free drink", services.actor)
    assert in_debt.value.code == "redeem.in_debt"
    credit(services, member, 13_000_000)
    with pytest.raises(Refused) as caught:
        services.counter.redeem(op(), member.id, "Free drink", services.actor)
    assert caught.value.code == "redeem.short" and caught.value.params["missing"] == 10
    credit(services, member, 1_000_000)
    assert services.counter.redeem(op(), member.id, "Free drink", services.actor).balance == 0


def test_refund_more_than_was_paid_is_refused(services: Services) -> None:
    member = register(services)
    credit(services, member, 700_000, receipt="R2")
    with pytest.raises(InvalidInput) as caught:
        services.counter.preview_refund(receipt_no="R2", amount_rials=800_000)
    assert caught.value.code == "refund.exceeds"
    with pytest.raises(NotFound):
        services.counter.preview_refund(receipt_no="nope")
    with pytest.raises(InvalidInput):
        services.counter.preview_refund()


def test_void_a_redemption_gives_the_points_back_once(services: Services) -> None:
    member = register(services)
    credit(services, member, 5_000_000)
    redeemed = services.counter.redeem(op(), member.id, "Free drink", services.actor)
    preview = services.counter.preview_void(redeemed.entry_id)
    assert (preview.points_restored, preview.balance_after) == (40, 50)
    voided = services.counter.void_redemption("v-1", redeemed.entry_id, services.actor)
    assert voided.preview.balance_after == 50
    assert services.counter.void_redemption("v-1", redeemed.entry_id, services.actor).replayed
    with pytest.raises(Refused) as caught:
        services.counter.void_redemption(op(), redeemed.entry_id, services.actor)
    assert caught.value.code == "void.already_voided"
    with pytest.raises(InvalidInput):
        services.counter.void_redemption(op(), voided.entry_id, services.actor)
    assert services.membership.get(member.id).balance == 50


def test_owner_adjustment_needs_a_reason_and_opening_is_once(services: Services) -> None:
    member = register(services)
    with pytest.raises(InvalidInput) as caught:
        services.counter.adjust(op(), member.id, 10, "   ", services.actor)
    assert caught.value.code == "adjust.reason_required"
    opening = services.counter.adjust(
        op(), member.id, 35, "paper card #88", services.actor, opening=True
    )
    assert opening.kind is EntryKind.OPENING and opening.balance == 35
    with pytest.raises(Refused):
        services.counter.adjust(op(), member.id, 5, "again", services.actor, opening=True)
    with pytest.raises(Refused) as below:
        services.counter.adjust(op(), member.id, -36, "typo", services.actor)
    assert below.value.code == "adjust.below_zero"
    fixed = services.counter.adjust(op(), member.id, -5, "typo on Monday", services.actor)
    assert fixed.balance == 30


def test_statement_explains_every_line(services: Services, clock: FakeClock) -> None:
    member = register(services)
    credit(services, member, 5_000_000, receipt="R9")
    clock.advance(hours=1)
    services.counter.redeem(op(), member.id, "Free drink", services.actor)
    lines = services.membership.statement(member.id).lines
    assert [(ln.kind, ln.points, ln.balance_after) for ln in lines] == [
        (EntryKind.EARN, 50, 50),
        (EntryKind.REDEEM, -40, 10),
    ]
    assert lines[0].receipt_no == "R9" and lines[0].rule_version_id == 1
    assert lines[0].purchase_rials == 5_000_000
    assert (lines[1].staff, lines[1].counter, lines[1].reward_name) == (
        "Sara",
        "counter-1",
        "Free drink",
    )
    assert lines[1].effective_at == clock.now


def test_a_purchase_from_a_paper_log_is_recorded_as_such(
    services: Services, clock: FakeClock
) -> None:
    member = services.membership.register(
        op(),
        name="Ali",
        phone="09120000005",
        actor=services.actor,
        joined_at=clock.now - dt.timedelta(days=30),
    ).member
    at = clock.now - dt.timedelta(days=2)
    result = services.counter.credit_purchase(op(), member.id, 2_000_000, services.actor, at=at)
    assert result.backdated
    line = services.membership.statement(member.id).lines[0]
    assert line.effective_at == at and line.recorded_at == clock.now and line.backdated
    with pytest.raises(InvalidInput) as future:
        services.counter.credit_purchase(
            op(), member.id, 1_000_000, services.actor, at=clock.now + dt.timedelta(days=1)
        )
    assert future.value.code == "date.in_future"
    with pytest.raises(InvalidInput) as early:
        services.counter.credit_purchase(
            op(), member.id, 1_000_000, services.actor, at=clock.now - dt.timedelta(days=60)
        )
    assert early.value.code == "credit.before_joining"


def test_verify_finds_a_tampered_balance(services: Services, db_url: str) -> None:
    member = register(services)
    credit(services, member, 3_000_000)
    assert services.audit.verify(actor=services.actor).ok
    engine = create_engine(normalise_url(db_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE members SET balance = 999 WHERE id = :id"), {"id": member.id})
    engine.dispose()
    report = services.audit.verify(actor=services.actor)
    assert not report.ok
    [difference] = report.differences
    assert (difference.member_id, difference.cached, difference.ledger) == (member.id, 999, 30)

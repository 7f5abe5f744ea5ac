"""Issue 13's coupon defects a newcomer found: each refused or said plainly — both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.coupons import CouponKind, CouponState, CouponTerms
from loyaltydesk.domain.errors import InvalidInput, Refused
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.coupons import RETURN_ALWAYS
from tests.conftest import FakeClock
from tests.integration.helpers import op, register

TEN_PERCENT = CouponTerms(CouponKind.PERCENT, percent=10)
FIFTY_TOMAN = CouponTerms(CouponKind.AMOUNT, amount_rials=500_000)


def test_a_used_up_coupon_cannot_be_voided_and_says_where_it_went(
    services: Services, clock: FakeClock
) -> None:
    sara = register(services)
    coupon = services.coupons.issue(TEN_PERCENT, services.actor, member_id=sara.id, valid_days=9)
    services.counter.credit_purchase(op(), sara.id, 2_000_000, services.actor, coupon=coupon.code)
    clock.advance(hours=1)
    with pytest.raises(Refused) as refused:
        services.coupons.void(coupon.code, Actor("Owner", "office"))
    assert refused.value.code == "coupon.void_used"
    assert refused.value.params["counter"] == "counter-1"
    assert refused.value.params["when"] == clock.now - dt.timedelta(hours=1)
    assert services.coupons.find(coupon.code).state is CouponState.USED
    assert [v.code for v in services.coupons.listing(state=CouponState.USED)] == [coupon.code]


def test_an_open_coupon_partly_used_is_voided_and_keeps_its_past_uses(
    services: Services,
) -> None:
    sara = register(services)
    coupon = services.coupons.issue(TEN_PERCENT, services.actor, uses=3, valid_days=9)
    services.counter.credit_purchase(op(), sara.id, 1_000_000, services.actor, coupon=coupon.code)
    voided = services.coupons.void(coupon.code, services.actor)
    assert voided.state is CouponState.VOIDED and len(voided.uses) == 1
    with pytest.raises(Refused, match=r"coupon\.voided"):
        services.coupons.check(coupon.code, member_id=sara.id, gross_rials=1_000_000)


def test_an_issue_op_id_reused_for_a_different_issue_or_action_is_refused(
    services: Services,
) -> None:
    sara = register(services)
    first = services.coupons.issue_batch(
        FIFTY_TOMAN, services.actor, count=3, valid_days=7, op_id="sheet-1"
    )
    again = services.coupons.issue_batch(
        FIFTY_TOMAN, services.actor, count=3, valid_days=7, op_id="sheet-1"
    )
    assert (first.replayed, again.replayed) == (False, True)
    assert [c.code for c in again.coupons] == [c.code for c in first.coupons]
    different = [
        {"terms": FIFTY_TOMAN, "count": 4, "valid_days": 7},
        {"terms": TEN_PERCENT, "count": 3, "valid_days": 7},
        {"terms": FIFTY_TOMAN, "count": 3, "valid_days": 8},
        {"terms": FIFTY_TOMAN, "member_ids": [sara.id], "valid_days": 7},
    ]
    for kwargs in different:
        with pytest.raises(Refused, match=r"operation\.reused"):
            services.coupons.issue_batch(actor=services.actor, op_id="sheet-1", **kwargs)  # type: ignore[arg-type]
    # The issue's id is not free for a credit, nor a credit's for an issue.
    with pytest.raises(Refused, match=r"operation\.reused"):
        services.counter.credit_purchase("sheet-1", sara.id, 500_000, services.actor)
    services.counter.credit_purchase("credit-1", sara.id, 500_000, services.actor)
    with pytest.raises(Refused, match=r"operation\.reused"):
        services.coupons.issue_batch(FIFTY_TOMAN, services.actor, valid_days=7, op_id="credit-1")
    assert len(services.coupons.listing()) == 3
    assert services.membership.get(sara.id).balance == 5


def test_a_coupon_worth_more_than_the_purchase_says_so(services: Services) -> None:
    sara = register(services)
    coupon = services.coupons.issue(FIFTY_TOMAN, services.actor, member_id=sara.id, valid_days=9)
    with pytest.raises(Refused) as refused:
        services.counter.credit_purchase(op(), sara.id, 100_000, services.actor, coupon=coupon.code)
    assert refused.value.code == "coupon.covers_all"
    assert (refused.value.params["worth"], refused.value.params["amount"]) == (500_000, 100_000)
    assert services.coupons.find(coupon.code).coupon.uses == 0


def test_a_backdated_purchase_cannot_use_a_coupon(services: Services, clock: FakeClock) -> None:
    sara = register(services)
    clock.advance(days=10)
    coupon = services.coupons.issue(TEN_PERCENT, services.actor, member_id=sara.id, valid_days=9)
    with pytest.raises(Refused) as refused:
        services.counter.credit_purchase(
            op(),
            sara.id,
            1_000_000,
            services.actor,
            at=clock.now - dt.timedelta(days=3),
            coupon=coupon.code,
        )
    assert refused.value.code == "coupon.backdated"
    assert services.coupons.find(coupon.code).coupon.uses == 0
    assert services.membership.get(sara.id).balance == 0


def test_no_coupons_at_all_is_not_too_many(services: Services) -> None:
    for count in (0, -2):
        with pytest.raises(InvalidInput) as refused:
            services.coupons.issue_many(TEN_PERCENT, services.actor, count=count, valid_days=3)
        assert refused.value.code == "coupon.count_range"


def test_a_refund_preview_says_whether_the_coupon_comes_back(services: Services) -> None:
    sara = register(services)
    personal = services.coupons.issue(TEN_PERCENT, services.actor, member_id=sara.id, valid_days=9)
    done = services.counter.credit_purchase(
        op(), sara.id, 1_000_000, services.actor, coupon=personal.code
    )
    partial = services.counter.preview_refund(purchase_id=done.purchase_id, amount_rials=100_000)
    assert (partial.coupon_code, partial.coupon_returned) == (personal.code, False)
    whole = services.counter.preview_refund(purchase_id=done.purchase_id)
    assert (whole.coupon_code, whole.coupon_returned) == (personal.code, True)
    refunded = services.counter.refund(op(), services.actor, purchase_id=done.purchase_id)
    assert refunded.preview.coupon_returned
    assert services.coupons.find(personal.code).coupon.uses == 0

    flyer = services.coupons.issue(TEN_PERCENT, services.actor, uses=5, valid_days=9)
    other = services.counter.credit_purchase(
        op(), sara.id, 1_000_000, services.actor, coupon=flyer.code
    )
    kept = services.counter.preview_refund(purchase_id=other.purchase_id)
    assert (kept.coupon_code, kept.coupon_returned) == (flyer.code, False)
    services.coupons.set_return_policy(RETURN_ALWAYS, actor=services.actor)
    back = services.counter.preview_refund(purchase_id=other.purchase_id)
    assert back.coupon_returned
    plain = services.counter.credit_purchase(op(), sara.id, 1_000_000, services.actor)
    assert services.counter.preview_refund(purchase_id=plain.purchase_id).coupon_code is None


def test_a_reward_coupon_puts_the_reward_on_the_statement(services: Services) -> None:
    sara = register(services)
    meal = next(r for r in services.rules.rewards() if r.name == "Free meal")
    coupon = services.coupons.issue(
        CouponTerms(CouponKind.REWARD, reward_id=meal.id),
        services.actor,
        member_id=sara.id,
        valid_days=7,
    )
    done = services.counter.credit_purchase(
        op(), sara.id, 300_000, services.actor, coupon=coupon.code
    )
    lines = services.membership.statement(sara.id).lines
    given = [line for line in lines if line.kind is EntryKind.REDEEM]
    assert len(given) == 1
    assert (given[0].points, given[0].reward_name, given[0].reason) == (0, "Free meal", coupon.code)
    assert given[0].balance_after == done.balance
    assert services.audit.verify(actor=services.actor).ok
    # The reward goes back with its purchase, not by voiding the line on its own.
    with pytest.raises(Refused, match=r"void\.coupon_reward"):
        services.counter.preview_void(given[0].entry_id)
    services.counter.refund(op(), services.actor, purchase_id=done.purchase_id)
    lines = services.membership.statement(sara.id).lines
    back = [line for line in lines if line.kind is EntryKind.RESTORE_REDEEM]
    assert len(back) == 1 and back[0].reverses_entry_id == given[0].entry_id
    assert services.audit.verify(actor=services.actor).ok

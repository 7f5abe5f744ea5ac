"""A small day at two counters, built with the real services: the shift report's tests and
its printed samples count it."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.coupons import CouponKind, CouponTerms
from loyaltydesk.domain.staff import Actor
from tests.conftest import FakeClock

SARA = Actor("Sara", "counter-1")
REZA = Actor("Reza", "counter-2")
_ops = itertools.count(1)


def op() -> str:
    return f"shift-op-{next(_ops)}"


@dataclass(frozen=True)
class Day:
    """What the day's actions gave, to compare the report with."""

    yesterday: dt.datetime  # Sara's credit the day before (outside today's shift)
    first: dt.datetime  # Sara's first action today
    last: dt.datetime  # Sara's last action today
    earned: int  # points Sara's two credits today earned
    paid_rials: int  # what was paid for them
    discount_rials: int
    redeemed_points: int
    taken_back: int
    refund_rials: int
    given_back: int


def build_day(services: Services, clock: FakeClock) -> Day:
    """Yesterday one credit by Sara; today (Tehran) Sara registers a member, credits two
    purchases (one with a coupon), adjusts, redeems twice, refunds part of a purchase and
    voids a redemption at counter-1; Reza credits one purchase at counter-2."""
    counter, members = services.counter, services.membership
    ali = members.register(op(), name="Ali Rezaei", phone="09120000001", actor=SARA).member
    yesterday = clock.now
    counter.credit_purchase(op(), ali.id, 300_000, SARA, receipt_no="Y-1")
    clock.advance(days=1)
    first = clock.now
    maryam = members.register(op(), name="مریم احمدی", phone="09120000002", actor=SARA).member
    one = counter.credit_purchase(op(), ali.id, 2_000_000, SARA, receipt_no="R-1")
    coupon = services.coupons.issue(
        CouponTerms(CouponKind.PERCENT, percent=20), SARA, member_id=maryam.id, valid_days=30
    )
    clock.advance(minutes=5)
    two = counter.credit_purchase(
        op(), maryam.id, 1_000_000, SARA, receipt_no="R-2", coupon=coupon.coupon.code
    )
    clock.advance(minutes=5)
    counter.adjust(op(), ali.id, 150, "paper card", SARA)
    clock.advance(minutes=5)
    drink = counter.redeem(op(), ali.id, "Free drink", SARA)
    meal = counter.redeem(op(), ali.id, "Free meal", SARA)
    clock.advance(minutes=5)
    refund = counter.refund(op(), SARA, receipt_no="R-1", amount_rials=1_000_000)
    clock.advance(minutes=5)
    void = counter.void_redemption(op(), drink.entry_id, SARA)
    last = clock.now
    clock.advance(minutes=5)
    counter.credit_purchase(op(), maryam.id, 700_000, REZA, receipt_no="R-3")
    clock.advance(minutes=5)
    return Day(
        yesterday=yesterday,
        first=first,
        last=last,
        earned=one.points_earned + two.points_earned,
        paid_rials=one.amount_rials + two.amount_rials,
        discount_rials=two.discount_rials,
        redeemed_points=drink.points_spent + meal.points_spent,
        taken_back=refund.preview.points_reversed,
        refund_rials=refund.preview.refund_rials,
        given_back=void.preview.points_restored,
    )

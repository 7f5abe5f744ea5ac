"""What the counter shows before a purchase with a coupon is confirmed: the same discount,
amount paid and points the credit then records — and nothing saved by asking."""

from __future__ import annotations

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.coupons import CouponKind, CouponState, CouponTerms
from loyaltydesk.domain.errors import Refused
from tests.integration.helpers import op, register


def test_a_quote_is_what_the_credit_then_records(services: Services) -> None:
    sara = register(services)
    coupon = services.coupons.issue(
        CouponTerms(CouponKind.PERCENT, percent=20, max_rials=300_000),
        services.actor,
        member_id=sara.id,
        valid_days=7,
    )

    quote = services.counter.quote_credit(sara.id, 2_000_000, coupon=coupon.code)
    plain = services.counter.quote_credit(sara.id, 2_000_000)

    assert (quote.gross_rials, quote.discount_rials, quote.paid_rials) == (
        2_000_000,
        300_000,
        1_700_000,
    )
    assert (plain.discount_rials, plain.points) == (0, 20)
    assert services.coupons.find(coupon.code).state is CouponState.ACTIVE  # nothing used
    assert services.membership.get(sara.id).balance == 0
    credit = services.counter.credit_purchase(
        op(), sara.id, 2_000_000, services.actor, coupon=coupon.code
    )
    assert (credit.discount_rials, credit.amount_rials, credit.points_earned) == (
        quote.discount_rials,
        quote.paid_rials,
        quote.points,
    )
    # Asked again, the used coupon meets the refusal a second credit would.
    with pytest.raises(Refused, match=r"coupon\.used"):
        services.counter.quote_credit(sara.id, 2_000_000, coupon=coupon.code)

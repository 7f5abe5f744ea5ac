"""Stored coupons: issued, scanned back with a purchase, used once — on both databases."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.coupons import CouponKind, CouponState, CouponTerms, check_coupon_code
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.coupons import RETURN_ALWAYS, RETURN_NEVER
from tests.conftest import FakeClock
from tests.integration import workers
from tests.integration.helpers import op, register

TWENTY_PERCENT = CouponTerms(CouponKind.PERCENT, percent=20)


def test_a_personal_coupon_discounts_one_purchase_and_then_says_where_it_went(
    services: Services, clock: FakeClock
) -> None:
    sara = register(services)
    coupon = services.coupons.issue(
        CouponTerms(CouponKind.PERCENT, percent=20, max_rials=300_000),
        services.actor,
        member_id=sara.id,
        valid_days=30,
    )
    assert coupon.state is CouponState.ACTIVE and coupon.member_name == sara.name
    check = services.coupons.check(coupon.code, member_id=sara.id, gross_rials=1_000_000)
    # 20% of 100,000 Toman is 20,000 Toman, under the 30,000 Toman ceiling.
    assert (check.discount_rials, check.paid_rials) == (200_000, 800_000)

    result = services.counter.credit_purchase(
        "with-coupon", sara.id, 2_000_000, services.actor, coupon=coupon.code
    )
    # 20% of 200,000 Toman would be 40,000: the ceiling keeps it at 30,000 Toman.
    assert result.discount_rials == 300_000
    assert result.amount_rials == 1_700_000 and result.gross_rials == 2_000_000
    assert result.points_earned == 17  # earned on what was paid: 1 point a 10,000 Toman
    assert result.coupon is not None and result.coupon.state is CouponState.USED

    clock.advance(hours=2)
    other = Actor("Reza", "counter-2")
    with pytest.raises(Refused) as refused:
        services.counter.credit_purchase("again", sara.id, 900_000, other, coupon=coupon.code)
    assert refused.value.code == "coupon.used"
    assert refused.value.params["counter"] == "counter-1"
    assert refused.value.params["staff"] == "Sara"
    assert refused.value.params["when"] == clock.now - dt.timedelta(hours=2)
    # Nothing of the refused credit was saved.
    assert services.membership.get(sara.id).balance == 17


def test_a_retried_credit_uses_the_coupon_once_and_reports_it_again(services: Services) -> None:
    sara = register(services)
    coupon = services.coupons.issue(TWENTY_PERCENT, services.actor, member_id=sara.id, valid_days=7)
    first = services.counter.credit_purchase(
        "same-op", sara.id, 1_000_000, services.actor, coupon=coupon.code
    )
    second = services.counter.credit_purchase(
        "same-op", sara.id, 1_000_000, services.actor, coupon=coupon.code
    )
    assert second.replayed and second.discount_rials == first.discount_rials == 200_000
    assert second.coupon is not None and second.coupon.code == coupon.code
    assert services.coupons.find(coupon.code).coupon.uses == 1
    assert services.audit.verify(actor=services.actor).ok


def test_a_refused_credit_leaves_the_coupon_unused(services: Services) -> None:
    sara = register(services)
    services.counter.credit_purchase(op(), sara.id, 500_000, services.actor, receipt_no="R-1")
    coupon = services.coupons.issue(TWENTY_PERCENT, services.actor, member_id=sara.id, valid_days=7)
    with pytest.raises(Refused, match=r"receipt\.already_credited"):
        services.counter.credit_purchase(
            op(), sara.id, 800_000, services.actor, receipt_no="R-1", coupon=coupon.code
        )
    assert services.coupons.find(coupon.code).state is CouponState.ACTIVE


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        ("voided", "coupon.voided"),
        ("expired", "coupon.expired_on"),
        ("not_yet", "coupon.not_yet"),
        ("someone_else", "coupon.someone_else"),
        ("below_minimum", "coupon.below_minimum"),
        ("covers_all", "coupon.covers_all"),
    ],
)
def test_each_unusable_coupon_says_why(
    services: Services, clock: FakeClock, setup: str, code: str
) -> None:
    sara = register(services)
    reza = register(services, "Reza Karimi", "09351112233")
    today = clock.now.date()
    terms = TWENTY_PERCENT
    kwargs: dict[str, object] = {"member_id": sara.id, "valid_days": 10}
    if setup == "not_yet":
        kwargs = {"member_id": sara.id, "valid_from": today + dt.timedelta(days=3), "valid_days": 5}
    elif setup == "below_minimum":
        terms = CouponTerms(CouponKind.PERCENT, percent=20, min_purchase_rials=5_000_000)
    elif setup == "covers_all":
        terms = CouponTerms(CouponKind.AMOUNT, amount_rials=1_000_000)
    coupon = services.coupons.issue(terms, services.actor, **kwargs)  # type: ignore[arg-type]
    if setup == "voided":
        services.coupons.void(coupon.code, services.actor)
    if setup == "expired":
        clock.advance(days=10)
    buyer = reza if setup == "someone_else" else sara
    with pytest.raises(Refused) as refused:
        services.counter.credit_purchase(
            op(), buyer.id, 900_000, services.actor, coupon=coupon.code
        )
    assert refused.value.code == code
    assert services.coupons.find(coupon.code).coupon.uses == 0
    assert services.membership.get(buyer.id).balance == 0


def test_mistyped_and_unknown_codes_are_told_apart(services: Services) -> None:
    sara = register(services)
    coupon = services.coupons.issue(TWENTY_PERCENT, services.actor, member_id=sara.id, valid_days=7)
    slip = coupon.code[:-1] + str((int(coupon.code[-1]) + 1) % 10)
    with pytest.raises(InvalidInput, match=r"coupon\.bad_check_digit"):
        services.coupons.check(slip)
    with pytest.raises(InvalidInput, match=r"coupon\.bad_code"):
        services.coupons.check("12345")
    persian = coupon.code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert services.coupons.check(persian).view.code == coupon.code


def test_a_full_refund_gives_a_personal_coupon_back_and_a_partial_one_does_not(
    services: Services,
) -> None:
    sara = register(services)
    coupon = services.coupons.issue(TWENTY_PERCENT, services.actor, member_id=sara.id, valid_days=7)
    credited = services.counter.credit_purchase(
        op(), sara.id, 1_000_000, services.actor, coupon=coupon.code
    )
    services.counter.refund(
        op(), services.actor, purchase_id=credited.purchase_id, amount_rials=100
    )
    assert services.coupons.find(coupon.code).state is CouponState.USED
    services.counter.refund(op(), services.actor, purchase_id=credited.purchase_id)
    back = services.coupons.find(coupon.code)
    assert back.state is CouponState.ACTIVE and back.uses[0].returned_at is not None
    services.counter.credit_purchase(op(), sara.id, 1_000_000, services.actor, coupon=coupon.code)
    assert services.audit.verify(actor=services.actor).ok


def test_the_owner_decides_whether_a_refund_gives_a_coupon_back(services: Services) -> None:
    sara = register(services)
    flyer = services.coupons.issue(TWENTY_PERCENT, services.actor, uses=1, valid_days=7)
    credited = services.counter.credit_purchase(
        op(), sara.id, 1_000_000, services.actor, coupon=flyer.code
    )
    services.counter.refund(op(), services.actor, purchase_id=credited.purchase_id)
    # The default gives back personal single-use coupons only: an open flyer stays used.
    assert services.coupons.find(flyer.code).state is CouponState.USED

    services.coupons.set_return_policy(RETURN_ALWAYS, actor=services.actor)
    assert services.coupons.return_policy() == RETURN_ALWAYS
    flyer2 = services.coupons.issue(TWENTY_PERCENT, services.actor, uses=1, valid_days=7)
    credited = services.counter.credit_purchase(
        op(), sara.id, 1_000_000, services.actor, coupon=flyer2.code
    )
    services.counter.refund(op(), services.actor, purchase_id=credited.purchase_id)
    assert services.coupons.find(flyer2.code).state is CouponState.ACTIVE

    services.coupons.set_return_policy(RETURN_NEVER, actor=services.actor)
    mine = services.coupons.issue(TWENTY_PERCENT, services.actor, member_id=sara.id, valid_days=7)
    credited = services.counter.credit_purchase(
        op(), sara.id, 1_000_000, services.actor, coupon=mine.code
    )
    services.counter.refund(op(), services.actor, purchase_id=credited.purchase_id)
    assert services.coupons.find(mine.code).state is CouponState.USED
    with pytest.raises(InvalidInput, match=r"coupon\.bad_policy"):
        services.coupons.set_return_policy("sometimes", actor=services.actor)


def test_an_open_coupon_serves_anyone_its_number_of_times(services: Services) -> None:
    members = [register(services, f"Member {n}", f"0912000000{n}") for n in range(4)]
    flyer = services.coupons.issue(
        CouponTerms(CouponKind.AMOUNT, amount_rials=50_000), services.actor, uses=3, valid_days=7
    )
    for member in members[:3]:
        done = services.counter.credit_purchase(
            op(), member.id, 400_000, services.actor, coupon=flyer.code
        )
        assert done.amount_rials == 350_000
    with pytest.raises(Refused, match=r"coupon\.used"):
        services.counter.credit_purchase(
            op(), members[3].id, 400_000, services.actor, coupon=flyer.code
        )
    listed = services.coupons.listing(state=CouponState.USED)
    assert [v.code for v in listed] == [flyer.code] and len(listed[0].uses) == 3


def test_a_reward_coupon_gives_its_reward_with_the_purchase(services: Services) -> None:
    sara = register(services)
    meal = next(r for r in services.rules.rewards() if r.name == "Free meal")
    coupon = services.coupons.issue(
        CouponTerms(CouponKind.REWARD, reward_id=meal.id),
        services.actor,
        member_id=sara.id,
        valid_days=7,
    )
    assert coupon.reward is not None and coupon.reward.name == "Free meal"
    done = services.counter.credit_purchase(
        op(), sara.id, 300_000, services.actor, coupon=coupon.code
    )
    assert done.discount_rials == 0 and done.amount_rials == 300_000
    assert services.coupons.find(coupon.code).state is CouponState.USED


def test_bad_terms_are_refused_before_anything_is_saved(services: Services) -> None:
    sara = register(services)
    cases = [
        (CouponTerms(CouponKind.PERCENT, percent=0), {"valid_days": 3}, "coupon.bad_percent"),
        (CouponTerms(CouponKind.PERCENT, percent=101), {"valid_days": 3}, "coupon.bad_percent"),
        (CouponTerms(CouponKind.AMOUNT, amount_rials=-5), {"valid_days": 3}, "amount.not_positive"),
        (
            CouponTerms(CouponKind.AMOUNT, amount_rials=5000, max_rials=10),
            {"valid_days": 3},
            "coupon.max_only_for_percent",
        ),
        (TWENTY_PERCENT, {}, "coupon.no_end"),
        (TWENTY_PERCENT, {"valid_days": 0}, "coupon.too_long"),
        (TWENTY_PERCENT, {"valid_until": dt.date(2020, 1, 1)}, "coupon.expired"),
        (TWENTY_PERCENT, {"valid_days": 3, "uses": 0}, "coupon.bad_uses"),
    ]
    for terms, kwargs, code in cases:
        with pytest.raises(InvalidInput) as refused:
            services.coupons.issue(terms, services.actor, **kwargs)  # type: ignore[arg-type]
        assert refused.value.code == code
    with pytest.raises(InvalidInput, match=r"coupon\.personal_once"):
        services.coupons.issue(
            TWENTY_PERCENT, services.actor, member_id=sara.id, uses=2, valid_days=3
        )
    with pytest.raises(NotFound, match=r"member\.no_such_id"):
        services.coupons.issue(TWENTY_PERCENT, services.actor, member_id=999, valid_days=3)
    assert services.coupons.listing() == []


def test_a_retried_issue_returns_the_same_coupons(services: Services) -> None:
    first = services.coupons.issue_many(
        TWENTY_PERCENT, services.actor, count=5, valid_days=7, op_id="sheet-1"
    )
    again = services.coupons.issue_many(
        TWENTY_PERCENT, services.actor, count=5, valid_days=7, op_id="sheet-1"
    )
    assert [c.code for c in again] == [c.code for c in first]
    assert len({c.code for c in first}) == 5
    assert len(services.coupons.listing()) == 5


def test_a_hundred_thousand_random_codes_find_no_coupon(services: Services) -> None:
    issued = services.coupons.issue_many(TWENTY_PERCENT, services.actor, count=1000, valid_days=7)
    assert all(services.coupons.find(c.code).state is CouponState.ACTIVE for c in issued[:3])
    rng = random.Random(13)
    well_formed = 0
    found = 0
    for _ in range(100_000):
        guess = "".join(rng.choice("0123456789") for _ in range(14))
        try:
            check_coupon_code(guess)
        except InvalidInput:
            continue  # a guess is mostly caught by its shape or check digit alone
        well_formed += 1
        try:
            services.coupons.find(guess)
        except NotFound:
            continue
        found += 1
    # About 1 in 100 guesses has the shape of a code; none of them is one of ours.
    assert 500 < well_formed < 1500
    assert found == 0


def test_two_counters_using_one_coupon_at_the_same_instant_one_wins(
    services: Services, db_url: str, tmp_path: Path
) -> None:
    ctx = multiprocessing.get_context("spawn")
    buyers = [register(services, f"Buyer {n}", f"0912111111{n}") for n in range(2)]
    for round_no in range(3):
        flyer = services.coupons.issue(TWENTY_PERCENT, services.actor, uses=1, valid_days=3650)
        barrier = ctx.Barrier(2)
        results = ctx.Queue()
        procs = [
            ctx.Process(
                target=workers.credit_with_coupon_at_once,
                args=(
                    db_url,
                    str(tmp_path),
                    buyers[n].id,
                    flyer.code,
                    f"race-{round_no}-{n}",
                    barrier,
                    results,
                ),
            )
            for n in range(2)
        ]
        for p in procs:
            p.start()
        outcomes = sorted(str(results.get(timeout=60)[0]) for _ in procs)
        for p in procs:
            p.join(timeout=60)
            assert p.exitcode == 0
        assert outcomes == ["coupon.used", "ok"], outcomes
        assert len(services.coupons.find(flyer.code).uses) == 1
    assert services.audit.verify(actor=services.actor).ok


def test_verify_finds_a_coupon_whose_uses_differ_from_its_recorded_uses(
    services: Services, db_url: str
) -> None:
    from sqlalchemy import create_engine, text

    from loyaltydesk.persistence.database import normalise_url

    sara = register(services)
    coupon = services.coupons.issue(TWENTY_PERCENT, services.actor, member_id=sara.id, valid_days=7)
    services.counter.credit_purchase(op(), sara.id, 1_000_000, services.actor, coupon=coupon.code)
    assert services.audit.verify(actor=services.actor).ok
    engine = create_engine(normalise_url(db_url))
    with engine.begin() as conn:  # a hand edit behind the program's back
        conn.execute(text("UPDATE coupons SET uses = 0 WHERE code = :c"), {"c": coupon.code})
    engine.dispose()
    report = services.audit.verify(actor=services.actor)
    assert not report.ok
    assert report.coupon_differences == ((coupon.code, 0, 1),)

"""The shift report: what one cashier did, counted in SQL, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.errors import InvalidInput
from tests.conftest import FakeClock
from tests.integration.shift_ledger import REZA, build_day, op


def test_the_days_figures_are_the_cashiers_own_from_the_start_of_the_shop_day(
    services: Services, clock: FakeClock
) -> None:
    day = build_day(services, clock)
    report = services.shift.shift_report("Sara", actor=services.actor)

    assert report.staff == "Sara"
    assert report.counters == ("counter-1",)
    # Tehran's day began at 20:30 UTC the evening before.
    assert report.start == dt.datetime(2026, 11, 26, 20, 30, tzinfo=dt.UTC)
    assert report.end == clock.now
    assert (report.credits, report.credit_rials, report.points_earned) == (
        2,
        day.paid_rials,
        day.earned,
    )
    assert (report.coupons_used, report.coupon_discount_rials) == (1, day.discount_rials)
    assert day.discount_rials == 200_000
    assert (report.redemptions, report.redeemed_points) == (2, day.redeemed_points)
    assert [(r.name, r.name_fa, r.count, r.points) for r in report.rewards] == [
        ("Free drink", "نوشیدنی رایگان", 1, 40),
        ("Free meal", "غذای رایگان", 1, 100),
    ]
    assert (report.refunds, report.refund_rials, report.points_taken_back) == (
        1,
        1_000_000,
        day.taken_back,
    )
    assert day.taken_back > 0
    assert (report.voids, report.points_given_back) == (1, 40)
    assert (report.adjustments, report.adjusted_points) == (1, 150)
    assert (report.bonuses, report.registrations) == (0, 1)
    assert report.net_points == day.earned + 150 + 40 - day.taken_back
    assert (report.first_action, report.last_action) == (day.first, day.last)


def test_another_cashier_and_another_counter_are_kept_apart(
    services: Services, clock: FakeClock
) -> None:
    build_day(services, clock)
    reza = services.shift.shift_report("Reza", actor=services.actor)
    assert (reza.credits, reza.credit_rials, reza.redemptions) == (1, 700_000, 0)
    assert reza.counters == ("counter-2",)
    assert (
        services.shift.shift_report("Sara", counter="counter-2", actor=services.actor).credits == 0
    )
    assert (
        services.shift.shift_report("Sara", counter="counter-1", actor=services.actor).credits == 2
    )
    # A name nobody worked under: an empty shift, not an error.
    empty = services.shift.shift_report("Nobody", actor=services.actor)
    assert (empty.actions, empty.net_points, empty.first_action) == (0, 0, None)
    assert empty.counters == ()


def test_the_period_includes_its_start_and_excludes_its_end(
    services: Services, clock: FakeClock
) -> None:
    day = build_day(services, clock)
    shift = services.shift
    exactly = shift.shift_report(
        "Sara", day.first, day.first + dt.timedelta(microseconds=1), actor=services.actor
    )
    assert exactly.credits == 1  # the credit at the very start
    before = shift.shift_report(
        "Sara", day.first - dt.timedelta(hours=1), day.first, actor=services.actor
    )
    assert before.credits == 0 and before.actions == 0  # the credit at the end is the next's
    whole = shift.shift_report("Sara", day.yesterday, clock.now, actor=services.actor)
    assert whole.credits == 3 and whole.registrations == 2  # yesterday's work too
    assert whole.first_action == day.yesterday


def test_a_refund_later_keeps_the_coupon_in_the_shift_that_used_it(
    services: Services, clock: FakeClock
) -> None:
    build_day(services, clock)
    start = services.shift.day_start()
    refunded_at = clock.now
    services.counter.refund(op(), REZA, receipt_no="R-2")  # the coupon comes back
    clock.advance(minutes=1)
    assert (
        services.shift.shift_report("Sara", start, clock.now, actor=services.actor).coupons_used
        == 0
    )
    # A shift that ended before the refund still shows the use.
    assert (
        services.shift.shift_report("Sara", start, refunded_at, actor=services.actor).coupons_used
        == 1
    )


@pytest.mark.parametrize(
    ("staff", "start", "end", "code"),
    [
        ("  ", None, None, "shift.no_staff"),
        ("Sara", dt.datetime(2026, 11, 26, 10, 0), None, "shift.naive_time"),
        (
            "Sara",
            dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC),
            "shift.period_reversed",
        ),
    ],
)
def test_a_shift_without_a_name_or_with_a_reversed_period_is_refused(
    services: Services, staff: str, start: dt.datetime | None, end: dt.datetime | None, code: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        services.shift.shift_report(staff, start, end, actor=services.actor)
    assert caught.value.code == code

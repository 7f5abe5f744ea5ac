"""The owner's report on real clubs built purchase by purchase, on SQLite and PostgreSQL:
each figure against the number worked out by hand here."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.reports import Calendar, Periods, Preset, Segment
from loyaltydesk.services.report_ports import MemberFilter, MemberSet
from loyaltydesk.services.report_views import Figure, Page, Report
from loyaltydesk.services.views import MemberView
from tests.conftest import FakeClock
from tests.integration.helpers import op

pytestmark = pytest.mark.usefixtures("db_url")
TEHRAN = ZoneInfo("Asia/Tehran")
_phones = itertools.count(1)


def noon(day: dt.date) -> dt.datetime:
    """Midday in Tehran on ``day``, in UTC, as a purchase time."""
    return dt.datetime.combine(day, dt.time(12), TEHRAN).astimezone(dt.UTC)


def join(services: Services, clock: FakeClock, day: dt.date, name: str = "Member") -> MemberView:
    """A member who joined on ``day`` (the clock is put back where it was)."""
    was = clock.now
    clock.now = noon(day) - dt.timedelta(hours=2)
    try:
        return services.membership.register(
            op(), name=name, phone=f"0912{next(_phones):07d}", actor=services.actor
        ).member
    finally:
        clock.now = was


def buy(services: Services, member: MemberView, day: dt.date, rials: int = 100_000) -> None:
    services.counter.credit_purchase(op(), member.id, rials, services.actor, at=noon(day))


def period(services: Services, first: dt.date, last: dt.date) -> Periods:
    return services.reports.custom_periods(first, last)


def figures(report: Report) -> dict[str, Figure]:
    every = (
        *report.headline,
        *(report.retention or ()),
        *(report.repeat or ()),
        *(report.top or ()),
        *(report.clv or ()),
        *(report.economics or ()),
    )
    return {f.key: f for f in every}


D = dt.date


def test_retention_worked_example_100_at_the_start_10_new_90_at_the_end_is_80_percent(
    services: Services, clock: FakeClock
) -> None:
    # October 2026; a customer is one who bought in the 90 days up to the day. At the start
    # (30 Sep) that is 2 Jul – 30 Sep; at the end (31 Oct) 2 Aug – 31 Oct.
    for _ in range(75):  # customers at the start who stay
        m = join(services, clock, D(2026, 1, 5))
        buy(services, m, D(2026, 9, 15))
    for _ in range(25):  # customers at the start who drift off: last bought 15 Jul
        m = join(services, clock, D(2026, 1, 5))
        buy(services, m, D(2026, 7, 15))
    for _ in range(10):  # new customers: first purchase ever in October
        m = join(services, clock, D(2026, 9, 20))
        buy(services, m, D(2026, 10, 10))
    for _ in range(5):  # back after a long break: a customer at the end, not a new one
        m = join(services, clock, D(2026, 1, 5))
        buy(services, m, D(2026, 3, 1))
        buy(services, m, D(2026, 10, 12))
    report = services.reports.report(
        period(services, D(2026, 10, 1), D(2026, 10, 31)), actor=services.actor
    )
    f = figures(report)
    assert f["customers_at_start"].current == 100
    assert f["new_customers"].current == 10
    assert f["customers_at_end"].current == 90
    assert f["retention_rate"].current == Decimal("80.00")
    assert f["churn_rate"].current == Decimal("25.00")
    assert f["lost_customers"].current == 25
    lost = services.reports.members(
        report.periods, MemberFilter(MemberSet.CHURNED), actor=services.actor
    )
    assert lost.total == 25 and all(r.last_visit == D(2026, 7, 15) for r in lost.rows)


def test_a_new_customer_who_lapsed_within_a_long_period_is_not_subtracted(
    services: Services, clock: FakeClock
) -> None:
    """Over a year with N = 90, someone who came once in January is new but not a customer
    in December: subtracting them would push retention below what was kept."""
    for _ in range(4):  # customers at the start (bought in Dec 2025) who stay
        m = join(services, clock, D(2025, 6, 1))
        buy(services, m, D(2025, 12, 10))
        buy(services, m, D(2026, 10, 10))
    for _ in range(6):  # new in January, gone by the end
        m = join(services, clock, D(2026, 1, 2))
        buy(services, m, D(2026, 1, 5))
    newcomer = join(services, clock, D(2026, 9, 1))
    buy(services, newcomer, D(2026, 10, 20))  # new and still a customer at the end
    report = services.reports.report(
        period(services, D(2026, 1, 1), D(2026, 10, 31)), actor=services.actor
    )
    f = figures(report)
    assert f["customers_at_start"].current == 4
    assert f["customers_at_end"].current == 5
    assert f["new_customers"].current == 7
    assert f["retention_rate"].current == Decimal("100.00")  # (5 − 1) ÷ 4


def test_the_top_fifth_brings_eighty_percent(services: Services, clock: FakeClock) -> None:
    big = [join(services, clock, D(2026, 1, 5), f"Big {i}") for i in range(2)]
    small = [join(services, clock, D(2026, 1, 5), f"Small {i}") for i in range(8)]
    for m in big:
        buy(services, m, D(2026, 10, 3), 400_000)
    for m in small:
        buy(services, m, D(2026, 10, 4), 25_000)
    report = services.reports.report(
        period(services, D(2026, 10, 1), D(2026, 10, 31)), actor=services.actor
    )
    f = figures(report)
    assert f["top_customers"].current == 2
    assert f["top_share"].current == Decimal("80.00")
    assert f["member_sales"].current == 1_000_000
    assert report.top_members is not None
    assert [r.name for r in report.top_members.rows] == ["Big 0", "Big 1"]
    assert report.deciles is not None and report.deciles[0] == Decimal("40.00")


@pytest.mark.parametrize(("absent", "at_risk"), [(20, True), (10, False)])
def test_gaps_of_7_7_8_days_absent_20_is_drifting_absent_10_is_not(
    services: Services, clock: FakeClock, absent: int, at_risk: bool
) -> None:
    member = join(services, clock, D(2026, 1, 5), "Regular")
    first = D(2026, 9, 1)
    for offset in (0, 7, 14, 22):
        buy(services, member, first + dt.timedelta(days=offset))
    last = first + dt.timedelta(days=22 + absent)
    report = services.reports.report(
        period(services, D(2026, 9, 1), last), pages=[Page.AT_RISK], actor=services.actor
    )
    assert report.at_risk is not None
    names = [r.name for r in report.at_risk.rows]
    assert names == (["Regular"] if at_risk else [])
    if at_risk:
        row = report.at_risk.rows[0]
        assert row.usual_gap_days == 7 and row.days_absent == 20
        assert row.last_visit == D(2026, 9, 23)


def test_cohorts_by_month_of_joining(services: Services, clock: FakeClock) -> None:
    september = [join(services, clock, D(2026, 9, 2)) for _ in range(3)]
    october = [join(services, clock, D(2026, 10, 2)) for _ in range(2)]
    for m in september:
        buy(services, m, D(2026, 9, 10))
    buy(services, september[0], D(2026, 10, 10))
    buy(services, september[0], D(2026, 11, 10))
    buy(services, september[1], D(2026, 11, 11))
    for m in october:
        buy(services, m, D(2026, 10, 5))
    buy(services, october[1], D(2026, 11, 5))
    report = services.reports.report(
        period(services, D(2026, 11, 1), D(2026, 11, 20)),
        pages=[Page.COHORTS],
        actor=services.actor,
    )
    assert report.cohorts is not None
    rows = {line.month.first: line for line in report.cohorts}
    assert rows[D(2026, 9, 1)].size == 3
    assert rows[D(2026, 9, 1)].shares == (Decimal("100.00"), Decimal("33.33"), Decimal("66.67"))
    assert rows[D(2026, 10, 1)].size == 2
    assert rows[D(2026, 10, 1)].shares == (Decimal("100.00"), Decimal("50.00"))
    assert rows[D(2026, 11, 1)].size == 0 and rows[D(2026, 11, 1)].shares == (None,)


def test_rfm_on_ten_members_with_known_quintiles(services: Services, clock: FakeClock) -> None:
    end = D(2026, 11, 20)
    for i in range(1, 11):  # member i: last visit i days before the end, i purchases
        m = join(services, clock, D(2026, 1, 5), f"M{i}")
        for k in range(i):
            buy(services, m, end - dt.timedelta(days=i + 10 * k), 10_000)
    report = services.reports.report(
        period(services, D(2026, 1, 1), end), pages=[Page.RFM], actor=services.actor
    )
    assert report.rfm is not None
    by_segment = {line.segment: line.members for line in report.rfm}
    # R: members 1–2 score 5 … 9–10 score 1; F and M: 9–10 score 5 … 1–2 score 1.
    assert by_segment == {
        Segment.CHAMPIONS: 0,
        Segment.LOYAL: 0,
        Segment.PROMISING: 2,  # 3, 4: R4, F2, M2
        Segment.NEW: 2,  # 1, 2: R5, one purchase
        Segment.NEED_ATTENTION: 2,  # 5, 6: R3, F3, M3
        Segment.AT_RISK: 2,  # 7, 8: R2, F4, M4
        Segment.CANT_LOSE: 2,  # 9, 10: R1, F5, M5
        Segment.HIBERNATING: 0,
        Segment.LOST: 0,
    }
    cant_lose = next(s for s in report.rfm if s.segment is Segment.CANT_LOSE)
    members = services.reports.members(
        report.periods, cant_lose.members_filter, actor=services.actor
    )
    assert sorted(r.name for r in members.rows) == ["M10", "M9"]


def test_an_empty_club_and_a_quiet_period_give_an_honest_empty_report(
    services: Services, clock: FakeClock
) -> None:
    periods = services.reports.periods(Preset.THIS_MONTH, Calendar.JALALI)
    report = services.reports.report(periods, actor=services.actor)
    assert not report.has_purchases
    f = figures(report)
    assert f["retention_rate"].current is None and f["average_purchase"].current is None
    member = join(services, clock, D(2026, 1, 5))
    buy(services, member, D(2026, 3, 1))
    quiet = services.reports.report(
        period(services, D(2026, 10, 1), D(2026, 10, 31)), actor=services.actor
    )
    assert not quiet.has_purchases
    assert figures(quiet)["members_total"].current == 1

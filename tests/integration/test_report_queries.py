"""The report SQL (persistence/report_queries.py) against small clubs worked out by hand, on
SQLite and PostgreSQL; and a random club that must give the same report on both."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.reports import (
    Calendar,
    Period,
    Periods,
    Preset,
    ReportOptions,
    day_number,
    is_drifting,
    median_gap,
)
from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.tiers import Tier, TierBasis, TierPolicy
from loyaltydesk.persistence.database import alembic_config, open_database
from loyaltydesk.persistence.report_queries import day_start
from loyaltydesk.persistence.unit_of_work import SqlUnitOfWorkFactory
from loyaltydesk.services.report_ports import (
    MemberFilter,
    MemberPage,
    MemberSet,
    Scope,
    ShopClock,
    ZoneShift,
)
from loyaltydesk.services.report_views import Report
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock, new_pg_database
from tests.integration.helpers import op
from tests.pgserver import PostgresCluster

TEHRAN = ZoneInfo("Asia/Tehran")
UTC = dt.UTC
# Tehran's offsets as the service spells them: summer time until 2022, +03:30 since.
SHOP_CLOCK = ShopClock(
    (
        ZoneShift(dt.datetime(2000, 1, 1, tzinfo=UTC), 12600),
        ZoneShift(dt.datetime(2021, 3, 21, 20, 30, tzinfo=UTC), 16200),
        ZoneShift(dt.datetime(2021, 9, 21, 19, 30, tzinfo=UTC), 12600),
    )
)
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def at(day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
    """A moment of a shop day, in Tehran."""
    return dt.datetime.combine(day, dt.time(hour, minute), TEHRAN)


def d(month: int, day: int, year: int = 2026) -> dt.date:
    return dt.date(year, month, day)


def scope(first: dt.date, last: dt.date, active_days: int = 10, factor: int = 200) -> Scope:
    return Scope(day_number(first), day_number(last), active_days, factor, SHOP_CLOCK)


@pytest.fixture
def queries(services: Services, db_url: str) -> Iterator[SqlUnitOfWorkFactory]:
    database = open_database(db_url)
    yield SqlUnitOfWorkFactory(database)
    database.dispose()


def join(services: Services, name: str, phone: str, day: dt.date) -> int:
    return services.membership.register(
        op(), name=name, phone=phone, actor=services.actor, joined_at=at(day, 9)
    ).member.id


def buy(services: Services, member: int, rials: int, when: dt.datetime) -> int:
    return services.counter.credit_purchase(
        op(), member, rials, services.actor, at=when
    ).purchase_id


def ids(page: MemberPage) -> list[int]:
    return [m.id for m in page.rows]


# -- customers, members behind them, best customers ----------------------------------------


@pytest.fixture
def october_club(services: Services) -> dict[str, int]:
    """Seven members by the end of October (H joins in November); active_days 10, so the
    customers at the start bought on Sep 20–30 and those at the end on Oct 21–31."""
    m = {
        name: join(services, name, f"0912000000{i}", day)
        for i, (name, day) in enumerate(
            [
                ("A", d(7, 1)),
                ("B", d(7, 1)),
                ("C", d(10, 14)),
                ("D", d(7, 1)),
                ("E", d(7, 1)),
                ("F", d(10, 5)),
                ("G", d(7, 1)),
                ("H", d(11, 10)),
            ]
        )
    }
    buy(services, m["A"], 100_000, at(d(9, 25)))
    buy(services, m["A"], 200_000, at(d(10, 25)))
    buy(services, m["B"], 50_000, at(d(9, 28)))
    buy(services, m["B"], 60_000, at(d(10, 3), 10))
    buy(services, m["B"], 70_000, at(d(10, 3), 18))
    buy(services, m["B"], 80_000, at(d(10, 10)))
    buy(services, m["C"], 300_000, at(d(10, 15)))
    buy(services, m["C"], 150_000, at(d(10, 29)))
    refunded = buy(services, m["D"], 1_000_000, at(d(10, 20)))
    services.counter.refund(op(), services.actor, purchase_id=refunded)  # in full
    buy(services, m["E"], 40_000, at(d(8, 1)))
    partly = buy(services, m["G"], 500_000, at(d(10, 7)))
    services.counter.refund(op(), services.actor, purchase_id=partly, amount_rials=100_000)
    buy(services, m["G"], 900_000, at(d(11, 5)))  # after the period
    return m


def test_customer_counts_of_a_period(
    october_club: dict[str, int], queries: SqlUnitOfWorkFactory
) -> None:
    with queries(write=False) as uow:
        c = uow.reports.customers(scope(*OCTOBER))
    assert (c.at_start, c.at_end, c.new, c.retained) == (2, 2, 2, 1)  # A B | A C | C G | A
    # D's only purchase was refunded in full: no visit, no purchase, no customer.
    assert (c.purchasers, c.repeaters, c.purchases) == (4, 2, 7)  # A B C G | B C
    assert c.spend_rials == 200_000 + 210_000 + 450_000 + 400_000
    assert (c.gap_days, c.gap_count) == (7 + 14, 2 + 1)  # B: Oct 3 → 10; C: Oct 15 → 29
    assert (c.members_total, c.new_members) == (7, 2)  # H joined later; C and F in October
    # The trailing year: A 300k, B 260k, C 450k, E 40k, G 400k.
    assert (c.year_customers, c.year_spend_rials) == (5, 1_450_000)


def test_members_behind_each_count_most_valuable_first(
    october_club: dict[str, int], queries: SqlUnitOfWorkFactory
) -> None:
    m = october_club
    s = scope(*OCTOBER)
    expected = {
        MemberSet.AT_START: [m["A"], m["B"]],
        MemberSet.AT_END: [m["C"], m["A"]],
        MemberSet.NEW: [m["C"], m["G"]],
        MemberSet.RETAINED: [m["A"]],
        MemberSet.CHURNED: [m["B"]],
        MemberSet.PURCHASERS: [m["C"], m["G"], m["A"], m["B"]],
        MemberSet.REPEATERS: [m["C"], m["B"]],
        MemberSet.HIGHEST_CLV: [m["C"], m["G"], m["A"], m["B"], m["E"]],
        MemberSet.NEW_MEMBERS: [m["C"], m["F"]],
    }
    with queries(write=False) as uow:
        for which, members in expected.items():
            page = uow.reports.members(s, MemberFilter(which), 100)
            assert (page.total, ids(page)) == (len(members), members), which
        top = uow.reports.members(s, MemberFilter(MemberSet.TOP, count=2), 100)
        first = uow.reports.members(s, MemberFilter(MemberSet.PURCHASERS), 2)
        b = uow.reports.members(s, MemberFilter(MemberSet.CHURNED), 10).rows[0]
        assert uow.reports.top_spend(s, 2) == 450_000 + 400_000
        assert uow.reports.top_spend(s, 1) == 450_000
        # Four purchasers: a group each, biggest first.
        assert uow.reports.spend_deciles(s) == [450_000, 400_000, 210_000, 200_000]
    assert (top.total, ids(top)) == (2, [m["C"], m["G"]])  # by period spend
    assert (first.total, ids(first)) == (4, [m["C"], m["G"]])
    assert (b.name, b.tier_code, b.joined_day) == ("B", None, day_number(d(7, 1)))
    assert (b.first_visit_day, b.last_visit_day) == (day_number(d(9, 28)), day_number(d(10, 10)))
    assert (b.visits, b.purchases, b.spend_rials, b.year_spend_rials) == (3, 3, 210_000, 260_000)


# -- drifting away -------------------------------------------------------------------------


def test_at_risk_is_absence_beyond_the_own_usual_gap_times_the_factor(
    services: Services, queries: SqlUnitOfWorkFactory
) -> None:
    last = d(11, 20)
    start = last - dt.timedelta(days=42)  # gaps 7, 7, 8: visits on days 0, 7, 14, 22

    def visits(name: str, phone: str, offsets: list[int], rials: int) -> int:
        member = join(services, name, phone, d(6, 1))
        for offset in offsets:
            buy(services, member, rials, at(start + dt.timedelta(days=offset)))
        return member

    away_20 = visits("P", "09120000001", [0, 7, 14, 22], 100_000)  # median 7: 20 > 14
    away_10 = visits("Q", "09120000002", [10, 17, 24, 32], 500_000)  # 10 ≤ 14
    once_31 = visits("R", "09120000003", [11], 200_000)  # one visit, 31 > 30
    once_30 = visits("S", "09120000004", [12], 300_000)  # one visit, 30 is not more than N
    # Gaps 2 and 30 (median 16): 30 is not more than 32; gap 5 and away 80 days: gone.
    even = visits("T", "09120000005", [-20, -18, 12], 400_000)
    gone = visits("U", "09120000006", [-43, -38], 50_000)
    # Gaps 2 and 30 again, away 33: more than 32, the mean of the two middle gaps decides.
    just = visits("V", "09120000007", [-23, -21, 9], 30_000)
    s = scope(last - dt.timedelta(days=29), last, active_days=30, factor=200)
    with queries(write=False) as uow:
        page = uow.reports.at_risk(s, 100)
        days = uow.reports.visit_days(s, [away_20, once_31])
        none = uow.reports.at_risk(s, 0)
        listed = uow.reports.members(s, MemberFilter(MemberSet.AT_RISK), 100)
        stricter = uow.reports.at_risk(replace(s, risk_factor_percent=300), 100)
    assert (page.total, ids(page)) == (4, [away_20, once_31, gone, just])  # by year spend
    assert ids(listed) == ids(page)
    assert (none.total, none.rows) == (4, [])
    assert away_10 not in ids(page) and once_30 not in ids(page) and even not in ids(page)
    first = day_number(start)
    assert days == {away_20: [first, first + 7, first + 14, first + 22], once_31: [first + 11]}
    row = page.rows[0]
    assert (row.last_visit_day, row.visits) == (first + 22, 4)
    # × 3: 20 is not more than 21, 33 not more than 48; one visit: the factor does not count.
    assert ids(stricter) == [once_31, gone]


# -- segments, cohorts, hours, months ------------------------------------------------------


def test_rfm_quintiles_of_ten_members(services: Services, queries: SqlUnitOfWorkFactory) -> None:
    base = d(11, 20)
    # Member i buys i times (frequency), the last time i days before base (recency), for a
    # total that ranks them 1 2 8 7 6 5 4 3 10 9 (money).
    totals = [1_000_000, 900_000, 300_000, 400_000, 500_000, 600_000, 700_000, 800_000]
    totals += [180_000, 200_000]
    members = []
    for i in range(1, 11):
        member = join(services, f"M{i}", f"091200000{i:02d}", d(6, 1))
        for k in range(i):
            buy(services, member, totals[i - 1] // i, at(base - dt.timedelta(days=i + k)))
        members.append(member)
    s = scope(base - dt.timedelta(days=40), base)
    with queries(write=False) as uow:
        cells = uow.reports.rfm(s)
        champions = uow.reports.members(s, MemberFilter(MemberSet.SEGMENT, scores=((5, 1, 5),)), 9)
        two = uow.reports.members(
            s, MemberFilter(MemberSet.SEGMENT, scores=((1, 5, 1), (3, 3, 3))), 9
        )
    assert [(c.recency, c.frequency, c.money, c.members, c.spend_rials) for c in cells] == [
        (1, 5, 1, 2, 380_000),  # M9 M10
        (2, 4, 4, 2, 1_500_000),  # M7 M8
        (3, 3, 3, 2, 1_100_000),  # M5 M6
        (4, 2, 2, 2, 700_000),  # M3 M4
        (5, 1, 5, 2, 1_900_000),  # M1 M2
    ]
    assert ids(champions) == [members[0], members[1]]
    assert ids(two) == [members[5], members[4], members[9], members[8]]


def test_cohorts_and_months(services: Services, queries: SqlUnitOfWorkFactory) -> None:
    x1 = join(services, "X1", "09120000001", d(9, 5))
    x2 = join(services, "X2", "09120000002", d(9, 20))
    x3 = join(services, "X3", "09120000003", d(10, 10))
    x4 = join(services, "X4", "09120000004", d(8, 10))  # before the months asked for
    buy(services, x1, 100_000, at(d(9, 10)))
    buy(services, x1, 200_000, at(d(10, 15)))
    buy(services, x2, 300_000, at(d(10, 2)))
    buy(services, x3, 400_000, at(d(10, 12)))
    buy(services, x3, 500_000, at(d(11, 3)))
    buy(services, x3, 600_000, at(d(11, 3), 20))
    buy(services, x4, 700_000, at(d(10, 20)))
    buy(services, x4, 800_000, at(d(11, 21)))  # after last_day
    # A purchase at 23:50 on Aug 31 in Tehran is 20:20 UTC: still August.
    buy(services, x4, 900_000, at(d(8, 31), 23, 50))
    months = [
        (day_number(d(9, 1)), day_number(d(9, 30))),
        (day_number(d(10, 1)), day_number(d(10, 31))),
        (day_number(d(11, 1)), day_number(d(11, 20))),
    ]
    s = scope(d(9, 1), d(11, 20))
    with queries(write=False) as uow:
        cohorts = uow.reports.cohorts(s, months)
        trend = uow.reports.months(s, months)
        september = uow.reports.members(s, MemberFilter(MemberSet.COHORT, month=months[0]), 9)
        back = uow.reports.members(
            s,
            MemberFilter(MemberSet.COHORT_ACTIVE, month=months[0], active_month=months[0]),
            9,
        )
    assert cohorts.sizes == {0: 2, 1: 1}
    assert cohorts.active == {(0, 0): 1, (0, 1): 2, (1, 1): 1, (1, 2): 1}
    assert [(t.index, t.purchasers, t.purchases, t.spend_rials, t.new_members) for t in trend] == [
        (0, 1, 1, 100_000, 2),
        (1, 4, 4, 200_000 + 300_000 + 400_000 + 700_000, 1),
        (2, 1, 2, 1_100_000, 0),
    ]
    assert ids(september) == [x1, x2]  # 300k each in the trailing year: by id
    assert ids(back) == [x1]


def test_busy_hours_are_in_shop_time(services: Services, queries: SqlUnitOfWorkFactory) -> None:
    member = join(services, "Hours", "09120000001", d(6, 1))
    friday = d(10, 9)
    assert friday.isoweekday() == 5
    buy(services, member, 100_000, at(friday, 23, 30))  # 20:00 UTC
    buy(services, member, 200_000, at(friday, 23, 59))
    buy(services, member, 300_000, at(friday + dt.timedelta(days=1), 0, 10))  # 20:40 UTC Fri
    buy(services, member, 400_000, at(d(10, 4), 9, 5))  # a Sunday morning
    with queries(write=False) as uow:
        cells = uow.reports.hours(scope(*OCTOBER))
    assert [(c.weekday, c.hour, c.purchases, c.spend_rials) for c in cells] == [
        (0, 9, 1, 400_000),
        (5, 23, 2, 300_000),
        (6, 0, 1, 300_000),
    ]


def test_day_start_follows_the_shop_clock() -> None:
    assert day_start(SHOP_CLOCK, day_number(d(10, 1))) == dt.datetime(
        2026, 9, 30, 20, 30, tzinfo=UTC
    )
    # In the summer time of 2021 the day began at 19:30 UTC.
    assert day_start(SHOP_CLOCK, day_number(d(7, 1, 2021))) == dt.datetime(
        2021, 6, 30, 19, 30, tzinfo=UTC
    )


# -- the ledger: points, rewards, staff ----------------------------------------------------


def test_ledger_totals_outstanding_rewards_and_staff(
    services: Services, clock: FakeClock, queries: SqlUnitOfWorkFactory
) -> None:
    reza = Actor("Reza", "counter-2")
    was = clock.now
    clock.now = at(d(10, 5)).astimezone(UTC)
    k = services.membership.register(
        op(), name="K", phone="09120000001", actor=services.actor
    ).member.id
    services.counter.credit_purchase(op(), k, 5_000_000, services.actor)  # 50 points
    clock.now = at(d(10, 10)).astimezone(UTC)
    services.counter.redeem(op(), k, "Free drink", reza)  # −40
    clock.now = at(d(10, 12)).astimezone(UTC)
    services.counter.credit_purchase(op(), k, 4_000_000, services.actor)  # 40 points
    voided = services.counter.redeem(op(), k, "Free drink", services.actor)
    services.counter.void_redemption(op(), voided.entry_id, reza)  # nets out
    clock.now = at(d(11, 3)).astimezone(UTC)
    services.counter.redeem(op(), k, "Free drink", services.actor)  # after October
    clock.now = was
    october = scope(*OCTOBER)
    with queries(write=False) as uow:
        totals = uow.reports.ledger_totals(october)
        held = [
            uow.reports.outstanding(s)
            for s in (scope(d(9, 1), d(9, 30)), october, scope(d(11, 1), d(11, 26)))
        ]
        rewards = uow.reports.rewards_redeemed(october)
        staff = uow.reports.staff(october)
        marker = uow.reports.marker()
    assert [(t.kind, t.entries, t.points) for t in totals] == [
        ("earn", 2, 90),
        ("redeem", 2, -80),
        ("restore_redeem", 1, 40),
    ]
    assert held == [0, 50, 10]
    assert [(r.name, r.name_fa, r.redeemed, r.points) for r in rewards] == [
        ("Free drink", "نوشیدنی رایگان", 1, 40)
    ]
    assert [
        (s.staff, s.counter, s.kind, s.entries, s.points_given - s.points_taken) for s in staff
    ] == [
        ("Reza", "counter-2", "redeem", 1, -40),
        ("Reza", "counter-2", "restore_redeem", 1, 40),
        ("Sara", "counter-1", "earn", 2, 90),
        ("Sara", "counter-1", "redeem", 1, -40),
    ]
    # A refund too small to take a point back writes no ledger line: the marker moves anyway.
    services.counter.refund(op(), services.actor, purchase_id=1, amount_rials=10_000)
    with queries(write=False) as uow:
        assert uow.reports.marker() != marker


# -- tiers ---------------------------------------------------------------------------------


def test_tier_totals_and_moves_from_the_tier_history(
    services: Services, queries: SqlUnitOfWorkFactory
) -> None:
    m = [join(services, f"T{i}", f"0912000000{i}", d(7, 1)) for i in range(1, 6)]
    buy(services, m[0], 100_000, at(d(10, 3)))
    buy(services, m[3], 200_000, at(d(10, 4)))
    changes = [
        (m[0], "silver", at(d(9, 10))),
        (m[0], "gold", at(d(10, 15))),
        (m[1], "silver", at(d(10, 20))),
        (m[1], None, at(d(11, 5))),  # after the period
        (m[2], "gold", at(d(10, 1), 0, 5)),
        (m[2], "gold", at(d(10, 20))),  # no change, no move
    ]
    with queries(write=True) as uow:
        for member, code, when in changes:
            uow.members.set_tier(member, code, when, None, at=when)
        uow.commit()
    s = scope(*OCTOBER)
    with queries(write=False) as uow:
        totals = uow.reports.tier_totals(s)
        moves = uow.reports.tier_moves(s)
        september = uow.reports.tier_moves(scope(d(9, 1), d(9, 30)))
        gold = uow.reports.members(s, MemberFilter(MemberSet.TIER, tier="gold"), 9)
        untiered = uow.reports.members(s, MemberFilter(MemberSet.TIER, tier=""), 9)
    assert [(t.code, t.members, t.spend_rials, t.year_customers, t.year_spend_rials)
            for t in totals] == [
        ("gold", 2, 100_000, 1, 100_000),
        ("silver", 1, 0, 0, 0),
        (None, 2, 200_000, 1, 200_000),
    ]  # fmt: skip
    assert [(v.from_code, v.to_code, v.members) for v in moves] == [
        (None, "gold", 1),
        (None, "silver", 1),
        ("silver", "gold", 1),
    ]
    assert [(v.from_code, v.to_code, v.members) for v in september] == [(None, "silver", 1)]
    assert ids(gold) == [m[0], m[2]] and gold.rows[0].tier_code == "gold"
    assert ids(untiered) == [m[3], m[4]]


def test_a_member_moving_up_writes_the_tier_history(
    services: Services, clock: FakeClock, queries: SqlUnitOfWorkFactory
) -> None:
    policy = TierPolicy(
        tiers=(Tier("silver", "Silver", "نقره‌ای", 2_000_000, 100),),
        basis=TierBasis.SPEND,
        window_months=12,
        review_months=3,
    )
    services.rules.save(
        replace(services.rules.earn_rule(), tier_policy=policy), actor=services.actor
    )
    member = join(services, "Up", "09120000001", d(6, 1))
    services.counter.credit_purchase(op(), member, 3_000_000, services.actor)
    today = clock.now.astimezone(TEHRAN).date()
    with queries(write=False) as uow:
        moves = uow.reports.tier_moves(scope(today, today))
    assert [(v.from_code, v.to_code, v.members) for v in moves] == [(None, "silver", 1)]


# -- the same report on both databases -----------------------------------------------------

START = dt.datetime(2026, 5, 1, 6, 0, tzinfo=UTC)
purchase_plan = st.lists(
    st.tuples(
        st.integers(0, 3),  # member
        st.integers(0, 200 * 24 * 60 - 1),  # minutes after START
        st.integers(2, 40),  # amount in 50,000 Rials: a point at least
        st.sampled_from(["keep", "keep", "full", "part", "redeem", "void"]),
    ),
    min_size=1,
    max_size=25,
)


def _play(url: str, plan: list[tuple[int, int, int, str]], data: str) -> tuple[Report, Report]:
    clock = FakeClock(START)
    built = build_services(
        Settings(data_dir=Path(data), language="en", staff="Sara", counter="c1"), url, clock=clock
    )
    try:
        built.rules.add_reward("Free drink", 1, "نوشیدنی رایگان", actor=built.actor)
        members = [
            built.membership.register(
                op(), name=f"R{i}", phone=f"0912000010{i}", actor=built.actor
            ).member.id
            for i in range(4)
        ]
        for member, minutes, amount, action in sorted(plan, key=lambda p: p[1]):
            clock.now = START + dt.timedelta(minutes=minutes + 1)
            bought = built.counter.credit_purchase(
                op(), members[member], amount * 50_000, built.actor
            )
            if action == "full":
                built.counter.refund(op(), built.actor, purchase_id=bought.purchase_id)
            elif action == "part":
                built.counter.refund(
                    op(), built.actor, purchase_id=bought.purchase_id, amount_rials=50_000
                )
            elif action in ("redeem", "void"):
                redeemed = built.counter.redeem(op(), members[member], "Free drink", built.actor)
                if action == "void":
                    built.counter.void_redemption(op(), redeemed.entry_id, built.actor)
        clock.now = START + dt.timedelta(days=201)
        periods = built.reports.periods(Preset.LAST_12_MONTHS, Calendar.GREGORIAN)
        short = Periods(Period(d(8, 1), d(10, 31)), Period(d(5, 1), d(7, 31)), Preset.CUSTOM)
        options = ReportOptions(active_days=20)
        return (
            built.reports.report(periods, actor=built.actor),
            built.reports.report(short, options, actor=built.actor),
        )
    finally:
        built.close()


@pytest.mark.postgres
@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=purchase_plan)
def test_a_random_club_gives_the_same_report_on_sqlite_and_postgresql(
    postgres: PostgresCluster | str,
    tmp_path_factory: pytest.TempPathFactory,
    plan: list[tuple[int, int, int, str]],
) -> None:
    folder = tmp_path_factory.mktemp("same")
    on_sqlite = _play(str(folder / "club.sqlite3"), plan, str(folder / "a"))
    on_postgres = _play(new_pg_database(postgres), plan, str(folder / "b"))
    assert [_without_cards(r) for r in on_sqlite] == [_without_cards(r) for r in on_postgres]
    # And right, for the short period, counted here the long way from the plan.
    short = on_sqlite[1]
    assert short.retention is not None and short.repeat is not None and short.at_risk
    got = {f.key: f.current for f in (*short.retention, *short.repeat)}
    want = _by_hand(plan)
    assert {k: int(got[k] or 0) for k in want if k != "at_risk"} == {
        k: v for k, v in want.items() if k != "at_risk"
    }
    assert sorted(m.id for m in short.at_risk.rows) == want["at_risk"]


def _without_cards(report: Report) -> Report:
    """Card numbers are drawn at random on each database; everything else must agree."""
    if report.anomalies is None:
        return report
    findings = tuple(replace(f, card=None) for f in report.anomalies.findings)
    return replace(report, anomalies=replace(report.anomalies, findings=findings))


def _by_hand(plan: list[tuple[int, int, int, str]]) -> dict[str, Any]:
    """The short period's customers (Aug–Oct 2026, N = 20) from the plan itself."""
    first, last, n = d(8, 1), d(10, 31), 20
    days: dict[int, set[dt.date]] = {}
    spend: dict[int, list[int]] = {}
    for member, minutes, amount, action in plan:
        if action == "full":
            continue
        day = (START + dt.timedelta(minutes=minutes + 1)).astimezone(TEHRAN).date()
        if day > last:
            continue
        days.setdefault(member + 1, set()).add(day)
        if day >= first:
            spend.setdefault(member + 1, []).append(
                amount * 50_000 - (50_000 if action == "part" else 0)
            )

    def customer(member: int, on: dt.date) -> bool:
        return any(on - dt.timedelta(days=n) <= v <= on for v in days[member])

    start = {m for m in days if customer(m, first - dt.timedelta(days=1))}
    end = {m for m in days if customer(m, last)}
    new = {m for m in days if min(days[m]) >= first}
    options = ReportOptions(active_days=n)
    drifting = sorted(
        m
        for m, visits in days.items()
        if is_drifting(
            (last - max(visits)).days,
            median_gap([day_number(v) for v in visits]),
            options,
        )
    )
    return {
        "customers_at_start": len(start),
        "customers_at_end": len(end),
        "new_customers": len(new),
        "retained_customers": len(start & end),
        "purchasers": len(spend),
        "repeat_customers": sum(1 for v in spend.values() if len(v) > 1),
        "purchases": sum(len(v) for v in spend.values()),
        "member_sales": sum(sum(v) for v in spend.values()),
        "at_risk": drifting,
    }


def test_the_upgrade_gives_every_tiered_member_a_tier_history(
    services: Services, db_url: str, tmp_path: Path
) -> None:
    gold = join(services, "Gold", "09120000001", d(7, 1))
    plain = join(services, "Plain", "09120000002", d(7, 1))
    services.close()
    database = open_database(db_url)
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
        conn.execute(
            text("UPDATE members SET tier_code = 'gold', tier_since = :since WHERE id = :id"),
            {"since": dt.datetime(2026, 9, 15, 8, 0), "id": gold},
        )
    database.dispose()

    upgraded = open_database(db_url, backup_dir=tmp_path)  # to the head again
    try:
        queries = SqlUnitOfWorkFactory(upgraded)
        with queries(write=False) as uow:
            totals = uow.reports.tier_totals(scope(*OCTOBER))
            moves = uow.reports.tier_moves(scope(d(9, 1), d(9, 30)))
            untiered = uow.reports.members(
                scope(*OCTOBER), MemberFilter(MemberSet.TIER, tier=""), 9
            )
    finally:
        upgraded.dispose()
    assert [(t.code, t.members) for t in totals] == [("gold", 1), (None, 1)]
    assert [(v.from_code, v.to_code, v.members) for v in moves] == [(None, "gold", 1)]
    assert ids(untiered) == [plain]

"""Branches (issue 16): the counter's branch on every operation, purchase and ledger line it
writes, on the statement beside the counter, and the per-branch report counted in SQL — on
SQLite and PostgreSQL, with lines from before branches existed (NULL) as "no branch"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from sqlalchemy import text

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.reports import Calendar, Preset
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.persistence.database import open_database
from loyaltydesk.services.report_views import BranchLine, Page
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER, FakeClock
from tests.integration.helpers import op, register

Read = Callable[[str], dict[str, str | None]]
VANAK = Actor("Sara", "till-1", branch="Vanak")
TAJRISH = Actor("Reza", "till-2", branch="تجریش")


@pytest.fixture
def rows(db_url: str, services: Services) -> Iterator[Read]:
    """The three tables' branch columns as stored, by operation id."""
    database = open_database(db_url)

    def read(table: str) -> dict[str, str | None]:
        column = "op_id" if table == "operations" else "operation_id"
        with database.engine.connect() as connection:
            found = connection.execute(text(f"SELECT {column}, branch FROM {table}"))
            return {r[0]: r[1] for r in found}

    yield read
    database.dispose()


def test_every_write_carries_the_counters_branch(services: Services, rows: Read) -> None:
    member = register(services, actor=VANAK)
    credited = services.counter.credit_purchase(op(), member.id, 5_000_000, VANAK)
    redeemed = services.counter.redeem(op(), member.id, "Free drink", TAJRISH)
    legacy = services.counter.credit_purchase(op(), member.id, 1_000_000, services.actor)
    operations = rows("operations")
    assert operations[credited.operation_id] == "Vanak"
    assert operations[redeemed.operation_id] == "تجریش"
    assert operations[legacy.operation_id] is None  # a counter with no branch: NULL
    purchases = rows("purchases")
    assert (purchases[credited.operation_id], purchases[legacy.operation_id]) == ("Vanak", None)
    lines = rows("ledger_entries")
    assert lines[credited.operation_id] == "Vanak"
    assert lines[redeemed.operation_id] == "تجریش"
    assert lines[legacy.operation_id] is None


def test_the_statement_says_branch_and_counter(services: Services) -> None:
    member = register(services)
    services.counter.credit_purchase(op(), member.id, 5_000_000, VANAK)
    services.counter.credit_purchase(op(), member.id, 1_000_000, services.actor)

    lines = services.membership.statement(member.id).lines
    assert [(line.branch, line.counter) for line in lines] == [
        ("Vanak", "till-1"),
        (None, "counter-1"),
    ]
    assert [line.place for line in lines] == ["Vanak · till-1", "counter-1"]


def test_a_signed_in_cashier_and_their_approver_keep_the_branch(services: Services) -> None:
    services.staff.add("Owner", Role.OWNER, "1111", services.actor)
    owner = services.staff.sign_in("Owner", "1111", "till-1", branch="Vanak")
    services.staff.add("Kian", Role.CASHIER, "2222", owner)
    services.staff.add("Mina", Role.MANAGER, "3333", owner)

    cashier = services.staff.sign_in("Kian", "2222", "till-1", branch="Vanak")
    approved = services.staff.approve(cashier, None, "Mina", "3333")
    assert (owner.branch, cashier.branch, approved.branch) == ("Vanak", "Vanak", "Vanak")
    assert services.staff.sign_in("Kian", "2222", "till-9").branch is None


def test_an_actor_never_carries_directional_controls_or_an_empty_branch() -> None:
    assert Actor("a", "b", branch="\u202bVanak\u202c ").branch == "Vanak"
    assert Actor("a", "b", branch="  ").branch is None


# -- the per-branch report -----------------------------------------------------------------


def _branches(services: Services) -> tuple[BranchLine, ...]:
    periods = services.reports.periods(Preset.THIS_MONTH, Calendar.GREGORIAN)
    report = services.reports.report(
        periods, calendar=Calendar.GREGORIAN, pages={Page.BRANCHES}, actor=services.actor
    )
    assert report.branches is not None
    return report.branches


def test_per_branch_figures_of_a_known_month(services: Services) -> None:
    """November 2026 (the clock is on the 26th). 1 point per 100,000 Rials."""
    joined = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)
    a = register(services, "A", "09120000001", joined_at=joined).id
    b = register(services, "B", "09120000002", joined_at=joined).id
    c = register(services, "C", "09120000003", joined_at=joined).id
    counter = services.counter
    # October, at Vanak: another month, not counted.
    counter.credit_purchase(op(), a, 9_000_000, VANAK, at=dt.datetime(2026, 10, 15, tzinfo=dt.UTC))
    # Before branches: a line of the legacy counter (NULL).
    counter.credit_purchase(op(), a, 500_000, services.actor)  # +5
    # Vanak: two purchases, a redemption.
    counter.credit_purchase(op(), a, 4_000_000, VANAK)  # +40
    bought = counter.credit_purchase(op(), b, 6_000_000, VANAK)  # +60
    counter.redeem(op(), b, "Free drink", VANAK)  # −40
    # Tajrish: A redeems what A earned elsewhere; C buys and redeems, the redemption voided;
    # B's Vanak purchase partly refunded here (its claw-back is Tajrish's line, the money
    # stays Vanak's purchase, net of the refund).
    counter.redeem(op(), a, "Free drink", TAJRISH)  # −40
    counter.credit_purchase(op(), c, 10_000_000, TAJRISH)  # +100
    meal = counter.redeem(op(), c, "Free meal", TAJRISH)  # −100
    counter.void_redemption(op(), meal.entry_id, TAJRISH)  # +100
    counter.refund(op(), TAJRISH, purchase_id=bought.purchase_id, amount_rials=1_000_000)  # −10
    # A purchase refunded in full counts nowhere (as in every report).
    gone = counter.credit_purchase(op(), c, 2_000_000, TAJRISH)
    counter.refund(op(), TAJRISH, purchase_id=gone.purchase_id)

    assert _branches(services) == (
        BranchLine("Vanak", 2, 9_000_000, 100, 40, 2),
        BranchLine("تجریش", 1, 10_000_000, 90, 40, 2),  # A (redeemed) and C
        BranchLine(None, 1, 500_000, 5, 0, 1),
    )


def test_a_month_without_branches_is_all_no_branch_and_an_empty_one_is_empty(
    services: Services,
) -> None:
    assert _branches(services) == ()
    member = register(services).id
    services.counter.credit_purchase(op(), member, 3_000_000, services.actor)
    assert _branches(services) == (BranchLine(None, 1, 3_000_000, 30, 0, 1),)


def test_a_member_who_buys_and_redeems_at_one_branch_counts_once(services: Services) -> None:
    member = register(services).id
    services.counter.credit_purchase(op(), member, 5_000_000, VANAK)
    services.counter.credit_purchase(op(), member, 5_000_000, VANAK)
    services.counter.redeem(op(), member, "Free meal", VANAK)
    assert _branches(services) == (BranchLine("Vanak", 2, 10_000_000, 100, 100, 1),)


def test_the_counters_services_act_in_its_branch(
    db_url: str, settings: Settings, clock: FakeClock, services: Services
) -> None:
    assert services.actor.branch is None  # the settings name none
    branched = build_services(
        replace(settings, branch="Vanak"), db_url, clock=clock, hasher=LIGHT_HASHER
    )
    try:
        assert branched.actor == replace(services.actor, branch="Vanak")
        member = register(branched)
        services_line = branched.counter.credit_purchase(op(), member.id, 1_000_000, branched.actor)
        line = branched.membership.statement(member.id).lines[-1]
        assert (services_line.points_earned, line.place) == (10, "Vanak · counter-1")
    finally:
        branched.close()

"""A counter of a shared club whose server goes away: it finds the members it has seen,
keeps credits and (within the owner's limit) rewards in its own queue, and sends them when
the server answers again — each once, whatever happens on the way."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.errors import DomainError, NotPermitted
from loyaltydesk.domain.offline import QueuedKind, QueuedOperation, QueuedState, Settlement
from loyaltydesk.domain.staff import CounterPolicy, Role
from loyaltydesk.services.views import CreditResult, RedeemResult
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock
from tests.integration.helpers import credit, op, register
from tests.pgserver import PostgresCluster

pytestmark = pytest.mark.postgres

MEAL = "Free meal"


@pytest.fixture
def club(own_cluster: PostgresCluster, settings: Settings, clock: FakeClock) -> Iterator[Services]:
    services = build_services(settings, own_cluster.url(), clock=clock)
    services.rules.add_reward(MEAL, 100, "غذای رایگان", actor=services.actor)
    try:
        yield services
    finally:
        services.close()


def _meal(services: Services) -> int:
    return next(r.id for r in services.rules.rewards() if r.name == MEAL)


def _allow_offline(services: Services, points: int) -> None:
    policy = dataclasses.replace(CounterPolicy(), offline_points=points)
    services.staff.set_policy(policy, services.actor)


def test_a_credit_while_the_server_is_down_is_kept_and_sent_once(
    club: Services, own_cluster: PostgresCluster, clock: FakeClock
) -> None:
    club = dataclasses.replace(club, actor=dataclasses.replace(club.actor, branch="ونک"))
    member = register(club)
    credit(club, member, 5_000_000)
    seen = club.link.panel(member.id)  # the counter has seen them: it remembers
    assert not seen.offline and seen.balance == 50
    own_cluster.stop_server()

    found = club.link.find("سارا", 10)
    assert found.remembered and [h.member.id for h in found.hits] == [member.id]
    for typed in ("09121234567", "۰۹۱۲۱۲۳۴۵۶۷", "4567"):  # the phone as a cashier types it
        assert [h.member.id for h in club.link.find(typed, 10).hits] == [member.id], typed
    scanned, remembered = club.link.resolve(member.card or "")
    assert (scanned.id, remembered) == (member.id, True)
    with pytest.raises(DomainError) as unknown:
        club.link.resolve("09350000000")
    assert unknown.value.code == "offline.not_seen"

    clock.advance(minutes=5)
    offline_at = clock()
    kept = club.link.credit("till-7", member.id, 3_000_000, club.actor, receipt_no="R-77")
    again = club.link.credit("till-7", member.id, 3_000_000, club.actor, receipt_no="R-77")
    assert isinstance(kept, QueuedOperation) and kept == again
    assert (kept.points, kept.state) == (30, QueuedState.PENDING)
    shown = club.link.panel(member.id)
    assert shown.offline and shown.balance == 80 and [p.op_id for p in shown.pending] == ["till-7"]
    assert club.link.online is False

    clock.advance(minutes=30)
    own_cluster.start_server()
    report = club.link.sync()
    assert report is not None
    assert (report.sent, report.replayed, report.left, report.reached) == (1, 0, 0, True)
    assert report.members == {member.id}
    assert club.link.sync() == type(report)(0, 0, (), 0, 0, True, frozenset())
    statement = club.membership.statement(member.id)
    assert [line.points for line in statement.lines] == [50, 30]
    purchase_time = statement.lines[-1].effective_at
    assert purchase_time == offline_at  # the purchase's time, not the sync's
    assert statement.lines[-1].branch == "ونک"  # and the branch of the counter that took it
    assert club.link.panel(member.id).balance == 80
    assert club.audit.verify(actor=club.actor).ok


def test_an_operation_whose_answer_was_lost_is_applied_once(club: Services) -> None:
    """The server committed the credit, then the line dropped before the answer came: the
    counter kept it in its queue, and sending it applies nothing twice."""
    member = register(club)
    club.link.panel(member.id)
    first = club.link.credit("lost-1", member.id, 2_000_000, club.actor)
    assert isinstance(first, CreditResult)
    store = club.link._store
    assert store is not None
    store.enqueue(
        QueuedOperation(
            "lost-1", QueuedKind.CREDIT, member.id, member.name, first.member.joined_at,
            club.actor, 20, amount_rials=2_000_000,
        )
    )  # fmt: skip
    report = club.link.sync()
    assert report is not None and (report.sent, report.replayed) == (1, 1)
    assert club.membership.get(member.id).balance == 20
    assert len(club.membership.statement(member.id).lines) == 1


def test_rewards_offline_stay_within_the_owners_limit(
    club: Services, own_cluster: PostgresCluster
) -> None:
    member = register(club)
    credit(club, member, 25_000_000)  # 250 points: two meals' worth
    meal = next(r for r in club.rules.rewards() if r.name == MEAL)
    club.link.panel(member.id)
    own_cluster.stop_server()
    with pytest.raises(DomainError) as off:
        club.link.check_redeem(member.id, meal)
    assert off.value.code == "offline.redeem_off"  # none until the owner says so
    own_cluster.start_server()
    _allow_offline(club, 150)
    club.link.probe()
    own_cluster.stop_server()

    given = club.link.redeem("give-1", member.id, meal, club.actor)
    assert isinstance(given, QueuedOperation) and given.kind is QueuedKind.REDEEM
    with pytest.raises(DomainError) as over:
        club.link.redeem("give-2", member.id, meal, club.actor)
    assert over.value.code == "offline.redeem_limit"
    assert over.value.params == {"limit": 150, "spent": 100, "left": 50}
    assert club.link.panel(member.id).balance == 150

    own_cluster.start_server()
    report = club.link.sync()
    assert report is not None and (report.sent, report.conflicts) == (1, 0)
    assert club.membership.get(member.id).balance == 150


def test_a_reward_given_offline_that_the_points_no_longer_cover_is_a_conflict(
    club: Services, own_cluster: PostgresCluster, settings: Settings, clock: FakeClock
) -> None:
    member = register(club)
    credit(club, member, 10_000_000)  # exactly one meal
    _allow_offline(club, 100)
    club.link.panel(member.id)
    club.link.probe()
    meal = next(r for r in club.rules.rewards() if r.name == MEAL)
    own_cluster.stop_server()
    given = club.link.redeem("branch-a", member.id, meal, club.actor)
    assert isinstance(given, QueuedOperation)
    own_cluster.start_server()
    # Meanwhile the member spent the same points at another branch, which was online.
    other = build_services(
        dataclasses.replace(settings, counter="branch-b"), own_cluster.url(), clock=clock
    )
    try:
        spent = other.counter.redeem(op(), member.id, _meal(other), other.actor)
        assert isinstance(spent, RedeemResult) and spent.balance == 0
    finally:
        other.close()

    report = club.link.sync()
    assert report is not None and (report.sent, report.conflicts, report.refused) == (1, 1, ())
    assert club.membership.get(member.id).balance == 0  # never below what the rules allow
    (conflict,) = club.conflicts.listed(club.actor)
    assert (conflict.points_wanted, conflict.points_taken, conflict.shortfall) == (100, 0, 100)
    assert (conflict.counter, conflict.member_id) == ("counter-1", member.id)
    assert club.audit.verify(actor=club.actor).ok

    settled = club.conflicts.settle(
        "settle-1", conflict.id, Settlement.CHARGED, "asked the customer", club.actor
    )
    again = club.conflicts.settle(
        "settle-1", conflict.id, Settlement.CHARGED, "asked the customer", club.actor
    )
    assert settled.settlement is Settlement.CHARGED and again == settled
    assert club.membership.get(member.id).balance == -100  # owed, by an approved adjustment
    assert club.conflicts.listed(club.actor) == []
    assert club.audit.verify(actor=club.actor).ok


def test_what_the_server_refuses_stays_in_the_queue_for_a_manager(
    club: Services, own_cluster: PostgresCluster
) -> None:
    member = register(club)
    credit(club, member, 1_000_000, receipt="R-1")
    club.link.panel(member.id)
    own_cluster.stop_server()
    kept = club.link.credit("dup-receipt", member.id, 1_000_000, club.actor, receipt_no="R-1")
    assert isinstance(kept, QueuedOperation)
    own_cluster.start_server()
    report = club.link.sync()
    assert report is not None and report.sent == 0
    (refused,) = report.refused
    assert refused.problem == "receipt.already_credited"
    assert [(p.op_id, p.state) for p in club.link.pending()] == [
        ("dup-receipt", QueuedState.REFUSED)
    ]
    assert club.membership.get(member.id).balance == 10


def test_a_sync_interrupted_at_closing_leaves_the_rest_waiting(
    club: Services, own_cluster: PostgresCluster
) -> None:
    member = register(club)
    club.link.panel(member.id)
    own_cluster.stop_server()
    for n in range(3):
        club.link.credit(f"closing-{n}", member.id, 1_000_000, club.actor)
    own_cluster.start_server()
    club.link.interrupt_sync()  # the window is closing
    report = club.link.sync()
    assert report is not None and (report.sent, report.left, report.reached) == (0, 3, True)
    assert [op.op_id for op in club.link.pending()] == ["closing-0", "closing-1", "closing-2"]
    assert club.membership.get(member.id).balance == 0


def test_what_was_kept_offline_can_be_taken_back_before_it_is_sent(
    club: Services, own_cluster: PostgresCluster
) -> None:
    member = register(club)
    credit(club, member, 20_000_000)  # 200 points
    meal = next(r for r in club.rules.rewards() if r.name == MEAL)
    _allow_offline(club, 150)
    club.link.panel(member.id)
    club.link.probe()
    club.staff.add("Owner", Role.OWNER, "1111", club.actor)
    owner = club.staff.sign_in("Owner", "1111", "till-2")
    club.staff.add("Ali", Role.CASHIER, "2222", owner)
    club.staff.add("Kian", Role.CASHIER, "3333", owner)
    club.staff.add("Mina", Role.MANAGER, "4444", owner)
    ali = club.staff.sign_in("Ali", "2222", "till-2")
    kian = club.staff.sign_in("Kian", "3333", "till-2")
    manager = club.staff.sign_in("Mina", "4444", "till-2")
    own_cluster.stop_server()

    club.link.credit("typo", member.id, 30_000_000, ali)  # 3,000,000 meant
    given = club.link.redeem("meal-1", member.id, meal, ali)
    assert isinstance(given, QueuedOperation)
    with pytest.raises(NotPermitted):
        club.link.discard("typo", kian)  # only who took it, or a manager
    assert club.link.discard("typo", ali).op_id == "typo"
    with pytest.raises(DomainError) as gone:
        club.link.discard("typo", ali)
    assert gone.value.code == "offline.no_such_operation"
    # A reward taken back no longer counts against the day's offline limit.
    assert club.link.discard("meal-1", manager).kind is QueuedKind.REDEEM
    again = club.link.redeem("meal-2", member.id, meal, ali)
    assert isinstance(again, QueuedOperation)
    club.link.credit("right", member.id, 3_000_000, ali)
    assert [p.op_id for p in club.link.pending()] == ["meal-2", "right"]
    assert club.link.panel(member.id).balance == 200 - 100 + 30

    own_cluster.start_server()
    report = club.link.sync()
    assert report is not None and (report.sent, report.refused) == (2, ())
    assert club.membership.get(member.id).balance == 130
    with pytest.raises(DomainError) as sent:
        club.link.discard("right", manager)  # in the ledger now: undone there, not here
    assert sent.value.code == "offline.no_such_operation"
    with pytest.raises(DomainError) as unknown:
        club.link.retry("no-such", manager)
    assert unknown.value.code == "offline.no_such_refused"


def test_a_long_queue_goes_in_batches_and_one_refusal_stays_its_own(
    club: Services, own_cluster: PostgresCluster
) -> None:
    sara, ali = register(club), register(club, name="علی رضایی", phone="09351112233")
    credit(club, sara, 10_000_000, receipt="R-0")  # 100 points
    credit(club, ali, 1_000_000)
    meal = next(r for r in club.rules.rewards() if r.name == MEAL)
    _allow_offline(club, 100)
    for member in (sara, ali):
        club.link.panel(member.id)
    club.link.probe()
    own_cluster.stop_server()
    kept = [
        club.link.credit("s-1", sara.id, 2_000_000, club.actor),
        club.link.credit("a-1", ali.id, 3_000_000, club.actor),
        club.link.credit("s-2", sara.id, 1_000_000, club.actor, receipt_no="R-0"),  # refused
        club.link.redeem("s-3", sara.id, meal, club.actor),  # after s-1, s-2: in its place
        club.link.credit("s-4", sara.id, 4_000_000, club.actor),
        club.link.credit("a-2", ali.id, 5_000_000, club.actor),
    ]
    assert all(isinstance(k, QueuedOperation) for k in kept)
    own_cluster.start_server()
    # The answer to one of them was lost before: it is in the ledger already.
    lost = kept[1]
    assert isinstance(lost, QueuedOperation)
    club.counter.credit_purchase("a-1", ali.id, 3_000_000, club.actor, offline_at=lost.at)

    report = club.link.sync()
    assert report is not None
    assert (report.sent, report.replayed, report.conflicts) == (5, 1, 0)
    assert [op.op_id for op in report.refused] == ["s-2"]
    sara_lines = club.membership.statement(sara.id).lines
    assert [line.points for line in sara_lines] == [100, 20, -100, 40]
    assert [line.points for line in club.membership.statement(ali.id).lines] == [10, 30, 50]
    assert club.audit.verify(actor=club.actor).ok
    assert club.link.sync() is not None and club.link.counts() == (0, 1)

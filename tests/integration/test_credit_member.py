"""A credit for the member a card or phone number names (the API, the command line and the
receipts folder send one), found inside the credit's own transaction, on both databases:
the same member, the same refusals and the same replay as looking up first and crediting by
id, in one transaction instead of two."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.persistence.database import open_database
from loyaltydesk.persistence.tables import MemberRow
from loyaltydesk.persistence.unit_of_work import SqlUnitOfWorkFactory
from loyaltydesk.services.ports import MemberBalance, UnitOfWork
from tests.integration.helpers import op, register

TOMAN = 10


@contextmanager
def transactions(services: Services) -> Iterator[list[bool]]:
    """Each unit of work the services open meanwhile: True for a write."""
    counter = services.counter
    factory = counter._uow
    opened: list[bool] = []

    def counting(*, write: bool = False) -> UnitOfWork:
        opened.append(write)
        return factory(write=write)

    counter._uow = counting
    try:
        yield opened
    finally:
        counter._uow = factory


def test_a_phone_or_a_card_is_credited_in_one_transaction(services: Services) -> None:
    sara = register(services, phone="09121234567")
    assert sara.card is not None
    with transactions(services) as opened:
        by_phone = services.counter.credit_member(
            "sale-1", "0912 123 4567", 250_000 * TOMAN, services.actor, receipt_no="R-1"
        )
    assert opened == [True]
    assert (by_phone.member.id, by_phone.points_earned, by_phone.balance) == (sara.id, 25, 25)
    assert by_phone.member.card == sara.card and by_phone.receipt_no == "R-1"

    by_card = services.counter.credit_member("sale-2", sara.card, 100_000 * TOMAN, services.actor)
    assert (by_card.member.id, by_card.balance) == (sara.id, 35)

    # The same sale sent again (a POS retrying after a lost answer) is the first one.
    again = services.counter.credit_member(
        "sale-1", "+989121234567", 250_000 * TOMAN, services.actor, receipt_no="R-1"
    )
    assert again.replayed and again.balance == 25 and again.purchase_id == by_phone.purchase_id
    assert services.membership.get(sara.id).balance == 35
    # The same id for another sale, or for another member, is refused.
    reza = register(services, name="Reza Karimi", phone="09127654321")
    for ref, rials in (("09121234567", 90_000 * TOMAN), ("09127654321", 250_000 * TOMAN)):
        with pytest.raises(Refused) as reused:
            services.counter.credit_member("sale-1", ref, rials, services.actor, receipt_no="R-1")
        assert reused.value.code == "operation.reused"
    assert services.membership.get(reza.id).balance == 0
    assert services.audit.verify(services.actor).ok


def test_nobody_and_bad_references_are_refused_with_nothing_written(services: Services) -> None:
    sara = register(services)
    cases = {
        "09350000000": (NotFound, "phone.unknown"),
        "337550466670": (InvalidInput, "card.bad_check_digit"),
        "   ": (InvalidInput, "member_ref.empty"),
        "12345": (InvalidInput, "member_ref.malformed"),
    }
    for ref, (kind, code) in cases.items():
        with pytest.raises(kind) as refused:
            services.counter.credit_member(op(), ref, 100_000 * TOMAN, services.actor)
        assert refused.value.code == code, ref
    # A bad amount is refused before any write; who comes first, as when the member was
    # looked up before the sale (what a POS was told for a sale with two faults).
    with pytest.raises(InvalidInput) as bad:
        services.counter.credit_member(op(), "09121234567", 0, services.actor)
    assert bad.value.code == "amount.not_positive"
    with pytest.raises(NotFound) as nobody:
        services.counter.credit_member(op(), "09350000000", 0, services.actor)
    assert nobody.value.code == "phone.unknown"
    with pytest.raises(InvalidInput) as both:
        services.counter.credit_member("x" * 500, "12345", -5, services.actor)
    assert both.value.code == "member_ref.malformed"
    assert services.membership.statement(sara.id).lines == ()


def test_a_merged_members_phone_credits_the_member_kept(services: Services) -> None:
    kept = register(services, name="سارا محمدی", phone="09121234567")
    other = register(services, name="سارا محمّدي", phone="09351112233")
    services.merges.merge(op(), kept.id, other.id, services.actor)

    done = services.counter.credit_member(op(), "09351112233", 200_000 * TOMAN, services.actor)

    assert (done.member.id, done.balance) == (kept.id, 20)
    assert services.membership.get(other.id).balance == 0
    assert services.audit.verify(services.actor).ok


def test_a_balance_written_by_core_is_read_again_by_the_orm_in_the_same_transaction(
    services: Services, db_url: str
) -> None:
    """The balance update is a Core statement now; a member row the ORM already holds in that
    transaction must not keep showing the balance from before it."""
    sara = register(services)
    database = open_database(db_url)
    try:
        with SqlUnitOfWorkFactory(database)(write=True) as uow:
            # A row the session holds (as a repository's own ORM work in the transaction may).
            held = uow._session.get(MemberRow, sara.id)
            assert held is not None and held.balance == 0
            uow.members.set_balance(sara.id, 70, visit_at=None)
            assert held.balance == 70
            visit = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)
            uow.members.set_balances([MemberBalance(sara.id, 90, 2, visit)])
            [after] = uow.members.get_many([sara.id])
            assert (after.balance, after.stamps, after.last_visit_at) == (90, 2, visit)
    finally:
        database.dispose()

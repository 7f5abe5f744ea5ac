"""Duplicate members merged and unmerged, on both databases: the balance and stamps move by
a pair of `merge` lines, the books stay right, the merged member's card scans to the member
kept, the owner may undo it the same day (and only then, and only while the points are
there)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.audit import AuditFilter
from loyaltydesk.domain.errors import InvalidInput, NotFound, NotPermitted, Refused
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.merges import DuplicateReason
from loyaltydesk.domain.staff import Role
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.persistence.database import open_database
from loyaltydesk.services.accounting import Period
from tests.conftest import FakeClock
from tests.integration.helpers import op, register

TOMAN = 10


def two_members(services: Services) -> tuple[int, int]:
    """Sara twice: 150 points on her first card, 60 on the one she was given again."""
    first = register(services, name="سارا محمدی", phone="09121234567", birthday="1370/05/21")
    second = register(services, name="سارا محمّدي", phone="09351112233", birthday="1991-08-12")
    services.counter.adjust(op(), first.id, 150, "paper card", services.actor, opening=True)
    services.counter.adjust(op(), second.id, 60, "paper card", services.actor, opening=True)
    return first.id, second.id


def assert_books_right(services: Services) -> None:
    report = services.audit.verify(services.actor)
    assert report.ok, report


def test_a_merge_moves_the_balance_by_a_pair_of_merge_lines(services: Services) -> None:
    kept_id, other_id = two_members(services)
    other_card = services.membership.get(other_id).card
    assert other_card is not None

    result = services.merges.merge("merge-1", kept_id, other_id, services.actor)

    assert not result.replayed
    assert result.kept.balance == 210
    assert result.merge.points == 60
    assert result.merge.cards == (other_card,)
    assert result.merge.undoable
    kept_lines = services.membership.statement(kept_id).lines
    assert (kept_lines[-1].kind, kept_lines[-1].points, kept_lines[-1].balance_after) == (
        EntryKind.MERGE,
        60,
        210,
    )
    assert kept_lines[-1].related_name == services.membership.get(other_id).name
    # The merged member's history stays readable, ending at zero.
    other = services.membership.statement(other_id)
    assert [(line.kind, line.points) for line in other.lines] == [
        (EntryKind.OPENING, 60),
        (EntryKind.MERGE, -60),
    ]
    assert other.member.balance == 0
    assert other.member.merged_into == kept_id
    assert_books_right(services)


def test_the_merged_members_card_and_phone_lead_to_the_member_kept(services: Services) -> None:
    kept_id, other_id = two_members(services)
    other_card = services.membership.get(other_id).card
    assert other_card is not None
    services.merges.merge(op(), kept_id, other_id, services.actor)

    assert services.membership.resolve(other_card).id == kept_id
    assert services.membership.resolve("0935 111 2233").id == kept_id
    assert [h.member.id for h in services.membership.find(other_card)] == [kept_id]
    # The kept member's own card is still the one printed for them.
    assert services.membership.get(kept_id).card != other_card
    # The name search finds the member kept only.
    assert [h.member.id for h in services.membership.find("سارا")] == [kept_id]
    assert other_id not in [m.id for m in services.membership.newest(10)]


def test_a_merged_member_cannot_be_credited_or_merged_again(services: Services) -> None:
    kept_id, other_id = two_members(services)
    third = register(services, name="Reza Karimi", phone="09127654321").id
    services.merges.merge(op(), kept_id, other_id, services.actor)

    with pytest.raises(Refused) as refused:
        services.counter.credit_purchase(op(), other_id, 100_000 * TOMAN, services.actor)
    assert refused.value.code == "member.merged"
    assert refused.value.params["kept"] == "سارا محمدی"
    for kept, other in ((kept_id, other_id), (other_id, third), (third, other_id)):
        with pytest.raises(Refused) as again:
            services.merges.merge(op(), kept, other, services.actor)
        assert again.value.code == "merge.already_merged"
    with pytest.raises(InvalidInput) as itself:
        services.merges.merge(op(), third, third, services.actor)
    assert itself.value.code == "merge.same_member"
    assert_books_right(services)


def test_the_same_operation_id_merges_once(services: Services) -> None:
    kept_id, other_id = two_members(services)
    first = services.merges.merge("merge-once", kept_id, other_id, services.actor)
    again = services.merges.merge("merge-once", kept_id, other_id, services.actor)
    assert again.replayed
    assert again.merge.id == first.merge.id
    assert services.membership.get(kept_id).balance == 210
    merge_lines = [
        line
        for line in services.membership.statement(kept_id).lines
        if line.kind is EntryKind.MERGE
    ]
    assert len(merge_lines) == 1
    with pytest.raises(Refused) as reused:
        services.merges.merge("merge-once", other_id, kept_id, services.actor)
    assert reused.value.code == "operation.reused"


def test_the_owner_undoes_a_merge_the_same_day(services: Services, clock: FakeClock) -> None:
    kept_id, other_id = two_members(services)
    other_card = services.membership.get(other_id).card
    done = services.merges.merge(op(), kept_id, other_id, services.actor)
    clock.advance(hours=2)

    undone = services.merges.undo("undo-1", done.merge.id, services.actor)

    assert not undone.replayed
    assert undone.kept.balance == 150
    assert undone.merge.undone_at == clock.now
    assert not undone.merge.undoable
    other = services.membership.get(other_id)
    assert (other.balance, other.merged_into, other.card) == (60, None, other_card)
    assert other_card is not None
    assert services.membership.resolve(other_card).id == other_id
    assert {h.member.id for h in services.membership.find("سارا")} == {kept_id, other_id}
    # Append-only: the merge lines stay, each with its reverse line.
    kept_lines = services.membership.statement(kept_id).lines
    assert [(line.kind, line.points) for line in kept_lines[-2:]] == [
        (EntryKind.MERGE, 60),
        (EntryKind.MERGE, -60),
    ]
    assert kept_lines[-1].reverses_entry_id == kept_lines[-2].entry_id
    assert_books_right(services)
    assert services.merges.undo("undo-1", done.merge.id, services.actor).replayed
    with pytest.raises(Refused) as twice:
        services.merges.undo(op(), done.merge.id, services.actor)
    assert twice.value.code == "merge.already_undone"
    # Both are on the audit trail, with what moved.
    kinds = [line.kind for line in services.audit.trail(AuditFilter(), services.actor)]
    assert "merge" in kinds and "unmerge" in kinds
    # And the two can be merged again.
    services.merges.merge(op(), kept_id, other_id, services.actor)
    assert_books_right(services)


def test_an_undo_is_refused_the_next_day(services: Services, clock: FakeClock) -> None:
    kept_id, other_id = two_members(services)
    done = services.merges.merge(op(), kept_id, other_id, services.actor)
    # 10:00 UTC is 13:30 in Tehran; 21:00 UTC is 00:30 the next day there.
    clock.advance(hours=11)
    with pytest.raises(Refused) as late:
        services.merges.undo(op(), done.merge.id, services.actor)
    assert late.value.code == "merge.undo_too_late"
    assert services.merges.today(services.actor) == []
    assert services.membership.get(kept_id).balance == 210


def test_only_the_owner_undoes_and_managers_merge(services: Services) -> None:
    owner_actor = services.actor
    services.staff.add("Nima", Role.OWNER, "1111", owner_actor)
    owner = services.staff.sign_in("Nima", "1111", "till-1")
    services.staff.add("Maryam", Role.MANAGER, "2222", owner)
    services.staff.add("Ali", Role.CASHIER, "3333", owner)
    manager = services.staff.sign_in("Maryam", "2222", "till-1")
    cashier = services.staff.sign_in("Ali", "3333", "till-1")
    services = replace(services, actor=owner)
    kept_id, other_id = two_members(services)

    with pytest.raises(NotPermitted):
        services.merges.merge(op(), kept_id, other_id, cashier)
    with pytest.raises(NotPermitted):
        services.merges.duplicates(cashier)
    done = services.merges.merge(op(), kept_id, other_id, manager)
    for who in (cashier, manager):
        with pytest.raises(NotPermitted):
            services.merges.undo(op(), done.merge.id, who)
    assert services.merges.undo(op(), done.merge.id, owner).kept.balance == 150


def test_an_undo_is_refused_when_the_points_were_spent(services: Services) -> None:
    kept_id, other_id = two_members(services)
    done = services.merges.merge(op(), kept_id, other_id, services.actor)
    services.counter.redeem(op(), kept_id, "Free meal", services.actor)  # 210 - 100 = 110
    services.counter.redeem(op(), kept_id, "Free meal", services.actor)  # 10 left
    with pytest.raises(Refused) as spent:
        services.merges.undo(op(), done.merge.id, services.actor)
    assert spent.value.code == "merge.points_spent"
    assert (spent.value.params["points"], spent.value.params["balance"]) == (60, 10)
    assert services.membership.get(kept_id).balance == 10
    assert_books_right(services)


def test_stamps_move_with_the_merge_and_back(services: Services, clock: FakeClock) -> None:
    rule = services.rules.earn_rule()
    services.rules.save(replace(rule, stamps=StampRule(0, 1)), actor=services.actor)
    kept_id, other_id = two_members(services)
    for member_id in (kept_id, other_id, other_id):
        services.counter.credit_purchase(op(), member_id, 100_000 * TOMAN, services.actor)
        clock.advance(days=1)
    stamps_before = services.membership.get(kept_id).stamps
    done = services.merges.merge(op(), kept_id, other_id, services.actor)
    assert done.merge.stamps == 2
    assert done.kept.stamps == stamps_before + 2
    assert services.membership.get(other_id).stamps == 0
    assert_books_right(services)
    services.merges.undo(op(), done.merge.id, services.actor)
    assert services.membership.get(kept_id).stamps == stamps_before
    assert services.membership.get(other_id).stamps == 2
    assert_books_right(services)


def test_a_member_in_debt_brings_the_debt_along(services: Services) -> None:
    kept = register(services, name="Reza Karimi", phone="09127654321")
    other = register(services, name="Reza Karimi", phone="09127654322")
    services.counter.adjust(op(), kept.id, 100, "paper card", services.actor, opening=True)
    services.counter.adjust(op(), other.id, 50, "paper card", services.actor, opening=True)
    purchase = services.counter.credit_purchase(op(), other.id, 500_000, services.actor)
    services.counter.redeem(op(), other.id, "Free drink", services.actor)
    services.counter.refund(op(), services.actor, purchase_id=purchase.purchase_id)
    debt = services.membership.get(other.id).balance
    done = services.merges.merge(op(), kept.id, other.id, services.actor)
    assert done.kept.balance == 100 + debt
    assert_books_right(services)


def test_duplicates_are_found_by_name_and_birthday_and_national_code(
    services: Services, db_url: str
) -> None:
    kept_id, other_id = two_members(services)
    reza = register(services, name="Reza Karimi", phone="09127654321", national_code="0012345679")
    reza2 = register(services, name="R. Karimi", phone="09127654322")
    register(services, name="Someone Else", phone="09127654323", birthday="1370/05/21")
    # Another system's import wrote the code without its leading zeros.
    database = open_database(db_url)
    try:
        with database.write_engine.begin() as conn:
            conn.execute(
                text("UPDATE members SET national_code = '12345679' WHERE id = :id"),
                {"id": reza2.id},
            )
    finally:
        database.dispose()

    pairs, total = services.merges.duplicates(services.actor)

    found = {(p.first.id, p.second.id): p.reasons for p in pairs}
    assert total == 2
    assert found == {
        (kept_id, other_id): (DuplicateReason.NAME_AND_BIRTHDAY,),
        (reza.id, reza2.id): (DuplicateReason.NATIONAL_CODE,),
    }
    # Once merged, a pair is no longer proposed.
    services.merges.merge(op(), kept_id, other_id, services.actor)
    pairs, total = services.merges.duplicates(services.actor)
    assert [(p.first.id, p.second.id) for p in pairs] == [(reza.id, reza2.id)]


def test_the_preview_says_what_would_move(services: Services) -> None:
    kept_id, other_id = two_members(services)
    preview = services.merges.preview(kept_id, other_id, services.actor)
    assert (preview.points, preview.kept_balance_after) == (60, 210)
    assert preview.cards == (services.membership.get(other_id).card,)
    assert services.membership.get(kept_id).balance == 150  # nothing moved yet
    with pytest.raises(NotFound):
        services.merges.preview(kept_id, 9999, services.actor)


def test_the_accountants_exports_list_members_and_ledger_lines(
    services: Services, clock: FakeClock
) -> None:
    kept_id, other_id = two_members(services)
    services.merges.merge(op(), kept_id, other_id, services.actor)
    members = services.accounting.members(services.actor)
    assert [(m.id, m.merged_into) for m in members] == [(kept_id, None), (other_id, kept_id)]
    lines = services.accounting.ledger(services.actor)
    assert [line.kind for line in lines] == [
        EntryKind.OPENING,
        EntryKind.OPENING,
        EntryKind.MERGE,
        EntryKind.MERGE,
    ]
    today = clock.now.date()
    assert services.accounting.ledger(services.actor, Period(today + dt.timedelta(days=1))) == []
    assert len(services.accounting.ledger(services.actor, Period(today, today))) == 4
    with pytest.raises(InvalidInput):
        services.accounting.ledger(services.actor, Period(today, today - dt.timedelta(days=1)))

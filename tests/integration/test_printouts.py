"""What printed documents are told: card faces, notes, slips and coupons, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.coupons import new_coupon_code
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.domain.ledger import EntryKind
from tests.conftest import FakeClock
from tests.integration.helpers import op, register

TODAY = dt.date(2026, 11, 26)


def test_a_note_tells_the_purchase_and_how_close_the_next_reward_is(services: Services) -> None:
    sara = register(services, "Sara Ahmadi")
    first = services.counter.credit_purchase(op(), sara.id, 3_100_000, services.actor)
    credit = services.counter.credit_purchase(
        op(), sara.id, 1_250_000, services.actor, receipt_no="R-7"
    )
    assert credit.entry_id is not None

    note = services.printouts.note_for_entry(credit.entry_id)

    assert (note.kind, note.points, note.balance) == (EntryKind.EARN, 12, 43)
    assert (note.purchase_rials, note.receipt_no, note.member.name) == (
        1_250_000,
        "R-7",
        "Sara Ahmadi",
    )
    assert note.next_reward is not None
    assert (note.next_reward.reward.name, note.next_reward.missing) == ("Free meal", 57)
    # The first purchase's note still shows its own balance, not today's.
    assert first.entry_id is not None
    assert services.printouts.note_for_entry(first.entry_id).balance == 31


def test_a_purchase_below_one_point_still_has_a_note(services: Services) -> None:
    sara = register(services)
    services.counter.credit_purchase(op(), sara.id, 4_500_000, services.actor)
    small = services.counter.credit_purchase(op(), sara.id, 50_000, services.actor)
    assert small.entry_id is None

    note = services.printouts.note_for_purchase(small.purchase_id)

    assert (note.points, note.balance, note.purchase_rials) == (0, 45, 50_000)


def test_a_redemption_note_names_the_reward(services: Services) -> None:
    sara = register(services)
    services.counter.credit_purchase(op(), sara.id, 5_000_000, services.actor)
    redeemed = services.counter.redeem(op(), sara.id, "Free drink", services.actor)

    note = services.printouts.note_for_entry(redeemed.entry_id)

    assert (note.kind, note.points, note.balance, note.reward_name) == (
        EntryKind.REDEEM,
        -40,
        10,
        "Free drink",
    )


def test_no_note_for_an_adjustment_or_a_missing_entry(services: Services) -> None:
    sara = register(services)
    adjusted = services.counter.adjust(op(), sara.id, 5, "goodwill", services.actor)
    with pytest.raises(InvalidInput) as wrong:
        services.printouts.note_for_entry(adjusted.entry_id)
    assert wrong.value.code == "print.entry_kind"
    with pytest.raises(NotFound):
        services.printouts.note_for_entry(999_999)


def test_card_sheets_choose_members_by_joining_date_or_by_card(
    services: Services, clock: FakeClock
) -> None:
    old = register(services, "Old Timer", "09120000001")
    clock.advance(days=10)
    new = register(services, "New Comer", "09120000002")
    newest = register(services, "Newest", "09120000003")

    everyone = services.printouts.cards_joined_since(None)
    this_week = services.printouts.cards_joined_since(clock.now - dt.timedelta(days=7))
    chosen = services.printouts.cards_for([newest.card or "", "09120000001", newest.card or ""])

    assert [f.name for f in everyone] == ["Old Timer", "New Comer", "Newest"]
    assert [f.card for f in this_week] == [new.card, newest.card]
    assert [f.member_id for f in chosen] == [newest.id, old.id]  # as given, each once
    assert [f.card for f in services.printouts.cards_of([new.id, old.id])] == [new.card, old.card]
    with pytest.raises(InvalidInput):
        services.printouts.cards_for([])


def test_a_replaced_card_prints_as_the_new_one_and_the_old_number_is_refused(
    services: Services,
) -> None:
    sara = register(services)
    replaced = services.membership.replace_card(op(), sara.id, services.actor)

    assert services.printouts.card("09121234567").card == replaced.new_card
    with pytest.raises(Refused):
        services.printouts.card(replaced.old_card)


def test_a_coupon_is_checked_before_it_is_printed(services: Services) -> None:
    sara = register(services, "Sara Ahmadi")
    code = new_coupon_code()

    coupon = services.printouts.coupon(
        code, title=" 20% off ", valid_until=TODAY, member_ref=sara.card, today=TODAY
    )

    assert (coupon.code, coupon.title, coupon.member_name) == (code, "20% off", "Sara Ahmadi")
    mistyped = code[:-1] + str((int(code[-1]) + 1) % 10)
    for bad, reason in (
        ({"code": mistyped}, "coupon.bad_check_digit"),  # the right shape, one digit off
        ({"code": sara.card or ""}, "coupon.bad_code"),
        ({"title": "  "}, "coupon.empty_title"),
        ({"valid_until": TODAY - dt.timedelta(days=1)}, "coupon.expired"),
    ):
        args = {"code": code, "title": "20% off", "valid_until": TODAY, **bad}
        with pytest.raises(InvalidInput) as refused:
            services.printouts.coupon(
                str(args["code"]),
                title=str(args["title"]),
                valid_until=args["valid_until"],  # type: ignore[arg-type]
                today=TODAY,
            )
        assert refused.value.code == reason

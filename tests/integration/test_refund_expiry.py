"""A refund after the purchase's points expired: the expired points are gone already and
are not taken back a second time; points the member spent still are (even into debt)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.ledger import EntryKind
from tests.conftest import FakeClock
from tests.integration.helpers import op, register

TOMAN = 10


@pytest.fixture
def club(services: Services) -> Services:
    services.rules.save(replace(services.rules.earn_rule(), expiry_months=2), actor=services.actor)
    return services


def test_a_refund_after_all_points_expired_takes_nothing_back(
    club: Services, clock: FakeClock
) -> None:
    sara = register(club)
    club.counter.credit_purchase(op(), sara.id, 500_000 * TOMAN, club.actor, receipt_no="R-1")
    clock.advance(days=70)
    assert club.expiry.run().points_expired == 50

    preview = club.counter.preview_refund(receipt_no="R-1")
    assert (preview.points_expired_before, preview.points_reversed) == (50, 0)
    assert preview.balance_after == 0 and not preview.leaves_debt
    done = club.counter.refund("refund-1", club.actor, receipt_no="R-1")
    assert done.preview.points_reversed == 0 and done.entry_id is None
    again = club.counter.refund("refund-1", club.actor, receipt_no="R-1")  # a retry
    assert again.replayed and again.preview.points_expired_before == 50
    assert again.preview.points_reversed == 0
    assert club.membership.get(sara.id).balance == 0
    assert club.audit.verify(actor=club.actor).ok


def test_spent_points_are_taken_back_and_expired_ones_are_not(
    club: Services, clock: FakeClock
) -> None:
    sara = register(club)
    club.counter.credit_purchase(op(), sara.id, 500_000 * TOMAN, club.actor, receipt_no="R-1")
    club.counter.redeem(op(), sara.id, "Free drink", club.actor)  # 40 of the 50 spent
    clock.advance(days=70)
    assert club.expiry.run().points_expired == 10

    preview = club.counter.preview_refund(receipt_no="R-1")
    assert (preview.points_expired_before, preview.points_reversed) == (10, 40)
    assert preview.balance_after == -40 and preview.leaves_debt
    club.counter.refund(op(), club.actor, receipt_no="R-1")
    assert club.membership.get(sara.id).balance == -40


def test_partial_refunds_around_a_partial_expiry_add_up_to_what_is_outstanding(
    club: Services, clock: FakeClock
) -> None:
    sara = register(club)
    first = club.counter.credit_purchase(op(), sara.id, 500_000 * TOMAN, club.actor)
    clock.advance(days=40)
    club.counter.credit_purchase(op(), sara.id, 300_000 * TOMAN, club.actor)  # 30, newer
    club.counter.redeem(op(), sara.id, "Free drink", club.actor)  # 40: all of the first lot
    clock.advance(days=25)
    # The first purchase's lot still had 10 points: they expire; the second's 30 are kept.
    assert club.expiry.run().points_expired == 10

    taken = []
    for part in (100_000, 150_000, 250_000):
        refund = club.counter.refund(
            op(), club.actor, purchase_id=first.purchase_id, amount_rials=part * TOMAN
        )
        assert refund.preview.points_expired_before == 10
        taken.append(refund.preview.points_reversed)
    assert taken == [8, 12, 20]  # 40 outstanding (spent), in proportion, never the 10 again
    balance = club.membership.get(sara.id).balance
    assert balance == 30 - 40
    lines = club.membership.statement(sara.id).lines
    assert sum(-ln.points for ln in lines if ln.kind is EntryKind.REVERSE_EARN) == 40
    assert club.audit.verify(actor=club.actor).ok


def test_a_refund_before_expiry_is_not_taken_again_when_the_rest_expires(
    club: Services, clock: FakeClock
) -> None:
    sara = register(club)
    first = club.counter.credit_purchase(op(), sara.id, 500_000 * TOMAN, club.actor)
    clock.advance(days=10)
    club.counter.credit_purchase(op(), sara.id, 200_000 * TOMAN, club.actor)  # 20, newer
    half = club.counter.refund(
        op(), club.actor, purchase_id=first.purchase_id, amount_rials=250_000 * TOMAN
    )
    assert half.preview.points_reversed == 25
    clock.advance(days=55)
    # The refund took back the first purchase's own points: its other 25 expire now (the
    # newer purchase's 20 are not due yet).
    assert club.expiry.run().points_expired == 25
    rest = club.counter.refund(op(), club.actor, purchase_id=first.purchase_id)
    assert (rest.preview.points_expired_before, rest.preview.points_reversed) == (25, 0)
    assert club.membership.get(sara.id).balance == 20

"""A refund after expiry, as rules: only what did not expire of a purchase is taken back,
and partial refunds never take back more than that in total."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from loyaltydesk.domain.expiry import expired_of_purchase, open_lots
from loyaltydesk.domain.ledger import EntryKind, LedgerEntry, refund_clawback

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _line(n: int, kind: EntryKind, points: int, purchase_id: int | None = None) -> LedgerEntry:
    at = T0 + dt.timedelta(days=n)
    return LedgerEntry(
        id=n,
        member_id=1,
        kind=kind,
        points=points,
        balance_after=0,
        operation_id=f"op-{n}",
        staff="s",
        counter="c",
        recorded_at=at,
        effective_at=at,
        purchase_id=purchase_id,
        reward_id=None,
        reward_name=None,
        rule_version_id=None,
        reverses_entry_id=None,
        reason=None,
    )


def test_expired_points_are_not_taken_back_spent_ones_are() -> None:
    assert refund_clawback(50, 500_000, 0, 500_000, 0, expired=50) == 0
    assert refund_clawback(50, 500_000, 0, 500_000, 0, expired=10) == 40
    # Half the purchase: half of what did not expire, rounded against the member.
    assert refund_clawback(50, 500_000, 0, 250_000, 0, expired=15) == 18


@given(
    earned=st.integers(0, 10_000),
    expired_share=st.floats(0, 1),
    amount=st.integers(1, 10**12),
    cuts=st.lists(st.floats(0.01, 1.0), min_size=1, max_size=6),
)
def test_partial_refunds_after_expiry_never_exceed_what_is_outstanding(
    earned: int, expired_share: float, amount: int, cuts: list[float]
) -> None:
    expired = int(earned * expired_share)
    refunded = clawed = 0
    for cut in cuts:
        part = min(amount - refunded, max(1, int((amount - refunded) * cut)))
        if part <= 0:
            break
        clawed += refund_clawback(earned, amount, refunded, part, clawed, expired)
        refunded += part
    assert clawed <= earned - expired
    assert clawed == refund_clawback(earned, amount, 0, refunded, 0, expired)
    if refunded == amount:
        assert clawed == earned - expired


def test_expiry_is_counted_against_the_purchase_whose_points_it_took() -> None:
    lines = [
        _line(0, EntryKind.EARN, 30, purchase_id=1),
        _line(10, EntryKind.EARN, 20, purchase_id=2),
        _line(20, EntryKind.REDEEM, -40),  # all of purchase 1, then 10 of purchase 2
        _line(70, EntryKind.EXPIRE, -10),  # purchase 2's last 10
    ]
    assert (expired_of_purchase(lines, 1), expired_of_purchase(lines, 2)) == (0, 10)


def test_a_refund_takes_its_own_purchases_points_first() -> None:
    lines = [
        _line(0, EntryKind.EARN, 30, purchase_id=1),
        _line(10, EntryKind.EARN, 20, purchase_id=2),
        _line(11, EntryKind.REVERSE_EARN, -20, purchase_id=2),
    ]
    # What is left are the older purchase's points: they expire first, not the refunded ones.
    assert [(lot.purchase_id, lot.remaining) for lot in open_lots(lines, 2)] == [(1, 30)]
    lines.append(_line(62, EntryKind.EXPIRE, -30))
    assert (expired_of_purchase(lines, 1), expired_of_purchase(lines, 2)) == (30, 0)

"""Points expiry, first in first out: every addition of points is a lot that expires a set
number of months after it was earned; spending takes from the oldest lot first. What is
still in a lot when it expires is written off by an expire line, dated when it is written
(so a redemption made before the write-off keeps the points it spent)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from loyaltydesk.domain.ledger import EntryKind, LedgerEntry
from loyaltydesk.domain.tiers import months_ahead


@dataclass(slots=True)
class Lot:
    earned_at: dt.datetime
    expires_at: dt.datetime
    remaining: int
    purchase_id: int | None = None  # the purchase whose points these are, if any


def _expiry(at: dt.datetime, months: int) -> dt.datetime:
    day = months_ahead(at.date(), months)
    return dt.datetime.combine(day, at.timetz())


def _replay(entries: Sequence[LedgerEntry], months: int) -> tuple[list[Lot], dict[int, int]]:
    """The open lots after ``entries``, and per purchase how many of its points expired."""
    lots: list[Lot] = []
    expired: dict[int, int] = {}
    debt = 0  # spending beyond every lot (a refund after a redemption): the next lot pays it
    for entry in entries:
        if entry.points > 0 and entry.kind is not EntryKind.EXPIRE:
            amount = entry.points
            paid = min(debt, amount)
            debt -= paid
            amount -= paid
            if amount:
                lots.append(
                    Lot(
                        entry.effective_at,
                        _expiry(entry.effective_at, months),
                        amount,
                        entry.purchase_id,
                    )
                )
                # A backdated purchase is older than lines written before it.
                lots.sort(key=lambda lot: lot.earned_at)
            continue
        take = -entry.points
        # A refund takes back the refunded purchase's own points first: those are the ones
        # returned, and they must not stay behind to expire later in place of older ones.
        order = lots
        if entry.kind is EntryKind.REVERSE_EARN and entry.purchase_id is not None:
            own = [lot for lot in lots if lot.purchase_id == entry.purchase_id]
            order = own + [lot for lot in lots if lot.purchase_id != entry.purchase_id]
        for lot in order:
            if take == 0:
                break
            used = min(lot.remaining, take)
            lot.remaining -= used
            take -= used
            if entry.kind is EntryKind.EXPIRE and lot.purchase_id is not None and used:
                expired[lot.purchase_id] = expired.get(lot.purchase_id, 0) + used
        lots = [lot for lot in lots if lot.remaining > 0]
        debt += take
    return lots, expired


def open_lots(entries: Sequence[LedgerEntry], months: int) -> list[Lot]:
    """The lots with points left, oldest first, after replaying ``entries`` (a member's
    ledger in the order it was written)."""
    return _replay(entries, months)[0]


def expired_of_purchase(entries: Sequence[LedgerEntry], purchase_id: int) -> int:
    """How many of a purchase's points were written off by expiry, replaying the member's
    ``entries`` (first in, first out, as the expiry job took them): a refund must not take
    those back a second time."""
    # The months only date the lots; which lot an expire line emptied does not depend on them.
    return _replay(entries, 0)[1].get(purchase_id, 0)


def due(entries: Sequence[LedgerEntry], months: int, now: dt.datetime) -> int:
    """Points whose time is up at ``now`` and that have not been spent or expired."""
    return sum(lot.remaining for lot in open_lots(entries, months) if lot.expires_at <= now)


def next_expiry(
    entries: Sequence[LedgerEntry], months: int, now: dt.datetime
) -> tuple[dt.datetime, int] | None:
    """When the next points expire and how many (all lots expiring that same day)."""
    ahead = [lot for lot in open_lots(entries, months) if lot.expires_at > now]
    if not ahead:
        return None
    first = ahead[0].expires_at
    return first, sum(lot.remaining for lot in ahead if lot.expires_at.date() == first.date())

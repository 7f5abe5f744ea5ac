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


def _expiry(at: dt.datetime, months: int) -> dt.datetime:
    day = months_ahead(at.date(), months)
    return dt.datetime.combine(day, at.timetz())


def open_lots(entries: Sequence[LedgerEntry], months: int) -> list[Lot]:
    """The lots with points left, oldest first, after replaying ``entries`` (a member's
    ledger in the order it was written)."""
    lots: list[Lot] = []
    debt = 0  # spending beyond every lot (a refund after a redemption): the next lot pays it
    for entry in entries:
        if entry.points > 0 and entry.kind is not EntryKind.EXPIRE:
            amount = entry.points
            paid = min(debt, amount)
            debt -= paid
            amount -= paid
            if amount:
                lots.append(Lot(entry.effective_at, _expiry(entry.effective_at, months), amount))
                # A backdated purchase is older than lines written before it.
                lots.sort(key=lambda lot: lot.earned_at)
            continue
        take = -entry.points
        for lot in lots:
            if take == 0:
                break
            used = min(lot.remaining, take)
            lot.remaining -= used
            take -= used
        lots = [lot for lot in lots if lot.remaining > 0]
        debt += take
    return lots


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

"""Purchases from the till: a sale the POS rang up without knowing the member, waiting at a
counter until the cashier scans the customer's card (issue 17).

The POS is told "accepted" only once the purchase is in the database, so a restart of the
window loses none; it waits for one counter, oldest first, until it is credited to a member
or cancelled (voided at the till, or the customer is not a member).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class TillStatus(enum.StrEnum):
    WAITING = "waiting"
    CREDITED = "credited"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class TillPurchase:
    id: int
    counter: str  # the counter whose window shows it
    amount_rials: int
    receipt_no: str | None
    status: TillStatus
    created_at: dt.datetime
    posted_by: str  # the POS (its token's name)
    # Once credited: to whom, what it earned, and the ledger entry.
    member_id: int | None = None
    card: str | None = None
    points: int | None = None
    entry_id: int | None = None
    settled_at: dt.datetime | None = None
    settled_by: str | None = None  # the cashier who credited or dismissed it, or the POS


@dataclass(frozen=True, slots=True)
class TillQueue:
    """What waits at one counter: the oldest purchase, and how many wait in all."""

    oldest: TillPurchase | None
    count: int


def till_operation_id(purchase_id: int) -> str:
    """The credit's operation id, derived from the purchase: a double scan, a second Enter or
    a second window crediting it is the same operation, which the ledger does once."""
    return f"till-purchase:{purchase_id}"

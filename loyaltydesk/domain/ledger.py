"""The points ledger: append-only entries, from which every balance is derived."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from loyaltydesk.domain.earning import Calculation
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.text import strip_bidi_controls

MAX_ADJUSTMENT_POINTS = 1_000_000


class EntryKind(enum.StrEnum):
    EARN = "earn"
    REDEEM = "redeem"
    REVERSE_EARN = "reverse_earn"  # points taken back when a purchase is refunded
    RESTORE_REDEEM = "restore_redeem"  # points given back when a redemption is voided
    EXPIRE = "expire"
    ADJUST = "adjust"
    BONUS = "bonus"
    OPENING = "opening"
    # Points (and stamps) moved from a merged member to the member kept, or back on undo.
    MERGE = "merge"


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    id: int
    member_id: int
    kind: EntryKind
    points: int
    balance_after: int
    operation_id: str
    staff: str
    counter: str
    recorded_at: dt.datetime
    effective_at: dt.datetime
    purchase_id: int | None
    reward_id: int | None
    reward_name: str | None
    rule_version_id: int | None
    reverses_entry_id: int | None
    reason: str | None
    calculation: Calculation | None = None
    reward_name_fa: str | None = None
    # Stamps moved by this line, and the stamp balance after it (None: a line that has
    # nothing to do with stamps, written when the club had no stamp card or by points-only
    # actions such as an adjustment).
    stamps: int = 0
    stamps_after: int | None = None
    # A campaign's bonus: the campaign, and the other member it is about (a referral's).
    campaign: str | None = None
    related_member_id: int | None = None
    # The signed-in account (None before accounts existed) and the manager who approved it.
    staff_id: int | None = None
    approver: str | None = None
    branch: str | None = None  # the counter's (None: before branches existed)


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry about to be appended; the repository gives it an id."""

    member_id: int
    kind: EntryKind
    points: int
    balance_after: int
    operation_id: str
    actor: Actor
    recorded_at: dt.datetime
    effective_at: dt.datetime
    purchase_id: int | None = None
    reward_id: int | None = None
    reward_name: str | None = None
    rule_version_id: int | None = None
    reverses_entry_id: int | None = None
    reason: str | None = None
    calculation: Calculation | None = None
    reward_name_fa: str | None = None
    stamps: int = 0
    stamps_after: int | None = None
    campaign: str | None = None
    related_member_id: int | None = None


def refund_clawback(
    earned: int,
    amount: int,
    refunded_before: int,
    refund_now: int,
    clawed_before: int,
    expired: int = 0,
) -> int:
    """Points to take back for refunding ``refund_now`` of a purchase of ``amount``.

    Computed on the running total so a series of partial refunds takes back exactly what a
    single refund of the same total would; rounded up, so the member never keeps a point
    they did not pay for. Points of the purchase that ``expired`` are gone already: only
    the rest is taken back (in proportion), so a refund never takes an expired point a
    second time. Points the member spent are still taken back, even into debt.
    """
    outstanding = max(0, earned - expired)
    refunded_total = refunded_before + refund_now
    owed_total = -(-outstanding * refunded_total // amount)  # ceiling division on integers
    return max(0, min(outstanding, owed_total) - clawed_before)


def check_adjustment(points: int, reason: str) -> tuple[int, str]:
    reason = " ".join(strip_bidi_controls(reason).split())
    if points == 0:
        raise InvalidInput("adjust.zero")
    if abs(points) > MAX_ADJUSTMENT_POINTS:
        raise InvalidInput("adjust.too_large", limit=MAX_ADJUSTMENT_POINTS)
    if not reason:
        raise InvalidInput("adjust.reason_required")
    return points, reason

"""Purchases credited to members, and the operations that make every write idempotent."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Purchase:
    id: int
    member_id: int
    receipt_no: str | None
    amount_rials: int
    refunded_rials: int
    occurred_at: dt.datetime
    recorded_at: dt.datetime
    backdated: bool
    operation_id: str
    rule_version_id: int
    points_earned: int
    stamps_earned: int = 0
    branch: str | None = None  # where it was bought (None: before branches existed)


class OperationKind(enum.StrEnum):
    REGISTER = "register"
    CREDIT = "credit"
    REDEEM = "redeem"
    REFUND = "refund"
    VOID_REDEMPTION = "void_redemption"
    ADJUST = "adjust"
    OPENING = "opening"
    REPLACE_CARD = "replace_card"
    EXPIRE = "expire"
    BONUS = "bonus"  # a campaign's bonus points
    # The member asked for no messages (at the counter, or a reply the owner recorded), or
    # for messages again: who recorded it and when stays with the operation.
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    # Two records of one person made one (and that undone the same day).
    MERGE = "merge"
    UNMERGE = "unmerge"


@dataclass(frozen=True, slots=True)
class Operation:
    """One thing a person did. Its id is made when the action starts, so a second submit
    of the same action finds this row and gets the first result back."""

    op_id: str
    kind: OperationKind
    fingerprint: str
    member_id: int
    created_at: dt.datetime
    staff: str
    counter: str
    points: int = 0
    balance_after: int = 0
    amount_rials: int | None = None
    card_id: int | None = None
    staff_id: int | None = None
    approver_id: int | None = None
    approver: str | None = None
    branch: str | None = None  # the counter's branch (None: before branches existed)


MAX_OPERATION_ID_LENGTH = 64

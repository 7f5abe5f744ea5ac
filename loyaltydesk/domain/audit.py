"""The audit trail: who did what, when, on which counter, approved by whom, what changed.

Counter actions (credits, redemptions, refunds...) are already recorded as operations; the
trail adds everything else and the owner's screen reads both as one list.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from loyaltydesk.domain.dates import shop_midnight
from loyaltydesk.domain.errors import InvalidInput

MAX_AUDIT_LINES = 100_000


class AuditKind(enum.StrEnum):
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    LOCKED = "locked"  # the window locked itself after the idle minutes
    WRONG_PIN = "wrong_pin"
    LOCKED_OUT = "locked_out"  # too many wrong PINs: the account waits
    UNLOCKED = "unlocked"
    STAFF_ADDED = "staff_added"
    STAFF_CHANGED = "staff_changed"
    PIN_CHANGED = "pin_changed"
    SETTINGS = "settings"
    RULES = "rules"
    REWARD = "reward"
    COUPON_ISSUED = "coupon_issued"
    COUPON_VOIDED = "coupon_voided"
    CAMPAIGN_RUN = "campaign_run"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    MEMBER_CHANGED = "member_changed"
    IMPORT = "import"  # members imported from a file: the file, the counts, cancelled or not
    MERGE = "merge"
    UNMERGE = "unmerge"
    SYNC_SETTLED = "sync_settled"  # an offline reward the ledger could not cover, settled
    API_TOKEN = "api_token"  # a POS's token made or revoked
    TILL_PURCHASE = "till_purchase"  # a POS's purchase waiting for its member, or cancelled
    # A counter action from the operations (kind: "op:" + the operation's kind).
    OPERATION = "operation"


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """A line of the trail about to be written."""

    kind: AuditKind
    subject: str | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class AuditLine:
    """A line of the trail as the owner reads it."""

    id: str  # "a12" for a trail line, "o:<op id>" for a counter operation
    at: dt.datetime
    kind: str  # an AuditKind value, or "operation:<operation kind>"
    staff: str
    staff_id: int | None
    counter: str
    approver: str | None
    subject: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class AuditFilter:
    start: dt.datetime | None = None  # inclusive, UTC
    end: dt.datetime | None = None  # exclusive, UTC
    staff: str | None = None  # a name as recorded (matched without regard to case)
    kinds: tuple[str, ...] = ()  # AuditKind values, "operation" for every counter action
    limit: int = 1000

    @classmethod
    def of_days(
        cls,
        first: dt.date | None,
        last: dt.date | None,
        zone: dt.tzinfo,
        *,
        staff: str | None = None,
        kinds: tuple[str, ...] = (),
        limit: int = 1000,
    ) -> AuditFilter:
        """The shop's days ``first`` to ``last``, both included (None: open-ended)."""
        return cls(
            start=shop_midnight(first, zone) if first else None,
            end=shop_midnight(last + dt.timedelta(days=1), zone) if last else None,
            staff=staff,
            kinds=kinds,
            limit=limit,
        )

    def checked(self) -> AuditFilter:
        if self.start and self.end and self.start >= self.end:
            raise InvalidInput("audit.bad_period")
        if not 1 <= self.limit <= MAX_AUDIT_LINES:
            raise InvalidInput("audit.bad_limit", limit=MAX_AUDIT_LINES)
        known = {k.value for k in AuditKind}
        for kind in self.kinds:
            if kind not in known and not kind.startswith("operation:"):
                raise InvalidInput("audit.unknown_kind", kind=kind)
        return self

"""Members and the ledger for the accountant: every row as it is stored, for a spreadsheet.

Personal data leaves the program here: the owner's (``AuditService.may_export`` before the
file is written, ``exported`` after); the command line and the window lay the rows out
(column titles in the shop's language, dates in its calendar, money in its unit).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from loyaltydesk.domain.dates import shop_midnight
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.services.common import UTC_ZONE
from loyaltydesk.services.ports import Clock, UnitOfWorkFactory
from loyaltydesk.services.staff import permit


@dataclass(frozen=True, slots=True)
class MemberRecord:
    id: int
    name: str
    phone: str
    card: str | None
    national_code: str | None
    birthday: dt.date | None
    email: str | None
    joined_at: dt.datetime
    last_visit_at: dt.datetime | None
    balance: int
    stamps: int
    tier_code: str | None
    opted_out: bool
    merged_into: int | None


@dataclass(frozen=True, slots=True)
class LedgerRecord:
    id: int
    effective_at: dt.datetime
    recorded_at: dt.datetime
    member_id: int
    member_name: str
    kind: EntryKind
    points: int
    balance_after: int
    stamps: int
    purchase_rials: int | None
    refunded_rials: int | None
    receipt_no: str | None
    reward_name: str | None
    staff: str
    counter: str
    operation_id: str
    reason: str | None
    related_member_id: int | None = None


@dataclass(frozen=True, slots=True)
class Period:
    """The shop's days ``first`` to ``last``, both included (None: open-ended)."""

    first: dt.date | None = None
    last: dt.date | None = None

    def bounds(self, zone: ZoneInfo) -> tuple[dt.datetime | None, dt.datetime | None]:
        if self.first and self.last and self.first > self.last:
            raise InvalidInput("export.bad_period")
        start = shop_midnight(self.first, zone) if self.first else None
        end = shop_midnight(self.last + dt.timedelta(days=1), zone) if self.last else None
        return start, end


class AccountingService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo = UTC_ZONE) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    def members(self, actor: Actor, period: Period = Period()) -> list[MemberRecord]:
        """Every member (merged records too, marked), those who joined in ``period``."""
        start, end = period.bounds(self._zone)
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.EXPORT)
            return uow.accounting.members(start, end)

    def ledger(self, actor: Actor, period: Period = Period()) -> list[LedgerRecord]:
        """Every ledger line effective in ``period``, in the order written."""
        start, end = period.bounds(self._zone)
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.EXPORT)
            return uow.accounting.ledger(start, end)

"""The ledger: append-only entries, and the sums that explain and check a balance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, func, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from loyaltydesk.domain.ledger import EntryKind, LedgerEntry, NewEntry
from loyaltydesk.persistence.codec import (
    calculation_to_json,
)
from loyaltydesk.persistence.repositories.rows import (
    core_table,
    entry_of,
    sums_by,
)
from loyaltydesk.persistence.tables import (
    LedgerRow,
    MemberRow,
    PurchaseRow,
)
from loyaltydesk.services.ports import BalanceMismatch

_LEDGER = core_table(LedgerRow)
_INSERT = insert(_LEDGER)
_INSERT_RETURNING = _INSERT.returning(*_LEDGER.c)


class SqlLedgerRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def append(self, entry: NewEntry) -> LedgerEntry:
        # Core, not the ORM's add and flush: one line per credit at every till, where the
        # unit-of-work flush costs as much as the rest of the insert (bench/api.py); the
        # statement built once (rows.first).
        return entry_of(self._s.connection().execute(_INSERT_RETURNING, _values(entry)).one())

    def append_many(self, entries: Sequence[NewEntry]) -> None:
        if entries:
            self._s.connection().execute(_INSERT, [_values(e) for e in entries])

    def get(self, entry_id: int) -> LedgerEntry | None:
        row = self._s.get(LedgerRow, entry_id)
        return entry_of(row) if row else None

    def for_member(self, member_id: int) -> list[LedgerEntry]:
        rows = self._s.scalars(
            select(LedgerRow).where(LedgerRow.member_id == member_id).order_by(LedgerRow.id)
        )
        return [entry_of(r) for r in rows]

    def for_operation(self, op_id: str) -> list[LedgerEntry]:
        rows = self._s.scalars(
            select(LedgerRow).where(LedgerRow.operation_id == op_id).order_by(LedgerRow.id)
        )
        return [entry_of(r) for r in rows]

    def reversal_of(self, entry_id: int) -> LedgerEntry | None:
        row = self._s.scalars(
            select(LedgerRow).where(
                LedgerRow.reverses_entry_id == entry_id,
                LedgerRow.kind == EntryKind.RESTORE_REDEEM.value,
            )
        ).first()
        return entry_of(row) if row else None

    def purchase_points(self, purchase_id: int, kind: EntryKind) -> int:
        total = self._s.scalar(
            select(func.coalesce(func.sum(LedgerRow.points), 0)).where(
                LedgerRow.purchase_id == purchase_id, LedgerRow.kind == kind.value
            )
        )
        return int(total or 0)

    def purchase_stamps(self, purchase_id: int, kind: EntryKind) -> int:
        total = self._s.scalar(
            select(func.coalesce(func.sum(LedgerRow.stamps), 0)).where(
                LedgerRow.purchase_id == purchase_id, LedgerRow.kind == kind.value
            )
        )
        return int(total or 0)

    def stamped_between_many(
        self, member_ids: Sequence[int], start: dt.datetime, end: dt.datetime
    ) -> dict[int, int]:
        # By when the visit happened (a refund's line is dated later): a refunded visit gives
        # its day's stamp back, so another visit that day may earn one.
        return sums_by(
            self._s,
            LedgerRow.member_id,
            select(LedgerRow.member_id, func.sum(LedgerRow.stamps))
            .join(PurchaseRow, PurchaseRow.id == LedgerRow.purchase_id)
            .where(
                LedgerRow.kind.in_([EntryKind.EARN.value, EntryKind.REVERSE_EARN.value]),
                PurchaseRow.occurred_at >= start.astimezone(dt.UTC),
                PurchaseRow.occurred_at < end.astimezone(dt.UTC),
            ),
            member_ids,
        )

    def earn_entry_of(self, purchase_id: int) -> LedgerEntry | None:
        row = self._s.scalars(
            select(LedgerRow).where(
                LedgerRow.purchase_id == purchase_id, LedgerRow.kind == EntryKind.EARN.value
            )
        ).first()
        return entry_of(row) if row else None

    def earned_between_many(
        self, member_ids: Sequence[int], start: dt.datetime, end: dt.datetime
    ) -> dict[int, int]:
        return sums_by(
            self._s,
            LedgerRow.member_id,
            select(LedgerRow.member_id, func.sum(LedgerRow.points)).where(
                LedgerRow.kind == EntryKind.EARN.value,
                LedgerRow.effective_at >= start.astimezone(dt.UTC),
                LedgerRow.effective_at < end.astimezone(dt.UTC),
            ),
            member_ids,
        )

    def has_kind(self, member_id: int, kind: EntryKind) -> bool:
        query = select(
            exists().where(LedgerRow.member_id == member_id, LedgerRow.kind == kind.value)
        )
        return self._s.scalar(query) or False

    def balance_mismatches(self) -> list[BalanceMismatch]:
        return self._mismatches(LedgerRow.points, MemberRow.balance)

    def stamp_mismatches(self) -> list[BalanceMismatch]:
        return self._mismatches(LedgerRow.stamps, MemberRow.stamps)

    def _mismatches(
        self, moved: InstrumentedAttribute[int], cached: InstrumentedAttribute[int]
    ) -> list[BalanceMismatch]:
        """Members whose cached figure differs from the sum of what their ledger moved."""
        sums = (
            select(LedgerRow.member_id, func.sum(moved).label("total"))
            .group_by(LedgerRow.member_id)
            .subquery()
        )
        ledger_total = func.coalesce(sums.c.total, 0)
        rows = self._s.execute(
            select(MemberRow.id, cached, ledger_total)
            .outerjoin(sums, sums.c.member_id == MemberRow.id)
            .where(cached != ledger_total)
            .order_by(MemberRow.id)
        )
        return [BalanceMismatch(int(i), int(b), int(t)) for i, b, t in rows]

    def count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(LedgerRow)) or 0


def _values(entry: NewEntry) -> dict[str, Any]:
    return {
        "member_id": entry.member_id,
        "kind": entry.kind.value,
        "points": entry.points,
        "balance_after": entry.balance_after,
        "operation_id": entry.operation_id,
        "staff": entry.actor.staff,
        "counter": entry.actor.counter,
        "branch": entry.actor.branch,
        "staff_id": entry.actor.staff_id,
        "approver_id": entry.actor.approver_id,
        "approver": entry.actor.approver,
        "recorded_at": entry.recorded_at,
        "effective_at": entry.effective_at,
        "purchase_id": entry.purchase_id,
        "reward_id": entry.reward_id,
        "reward_name": entry.reward_name,
        "rule_version_id": entry.rule_version_id,
        "reverses_entry_id": entry.reverses_entry_id,
        "reason": entry.reason,
        "calculation": calculation_to_json(entry.calculation) if entry.calculation else None,
        "reward_name_fa": entry.reward_name_fa,
        "stamps": entry.stamps,
        "stamps_after": entry.stamps_after,
        "campaign": entry.campaign,
        "related_member_id": entry.related_member_id,
    }

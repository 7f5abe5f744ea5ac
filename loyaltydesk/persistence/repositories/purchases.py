"""Purchases: what members bought, refunds against them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.purchases import Purchase
from loyaltydesk.persistence.repositories.rows import (
    core_table,
    first,
    in_slices,
    purchase_of,
)
from loyaltydesk.persistence.tables import (
    PurchaseRow,
)
from loyaltydesk.services.ports import NewPurchase

# What every sale writes and asks, built once (rows.first).
_PURCHASES = core_table(PurchaseRow)
_INSERT = insert(_PURCHASES)
_INSERT_RETURNING = _INSERT.returning(*_PURCHASES.c)
_BY_RECEIPT = select(_PURCHASES).where(_PURCHASES.c.receipt_no == bindparam("receipt_no"))
_BY_OPERATION = select(_PURCHASES).where(_PURCHASES.c.operation_id == bindparam("op_id"))


class SqlPurchaseRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, new: NewPurchase) -> Purchase:
        # Core, not the ORM's add and flush: see SqlLedgerRepository.append.
        return purchase_of(self._s.connection().execute(_INSERT_RETURNING, _values(new)).one())

    def add_many(self, new: Sequence[NewPurchase]) -> dict[str, int]:
        """Several purchases in one statement: their ids by operation id (read back by that
        unique column: RETURNING in parameter order makes SQLite insert row by row)."""
        if not new:
            return {}
        self._s.connection().execute(_INSERT, [_values(n) for n in new])
        ids: dict[str, int] = {}
        for wanted in in_slices(n.operation_id for n in new):
            rows = self._s.execute(
                select(PurchaseRow.operation_id, PurchaseRow.id).where(
                    PurchaseRow.operation_id.in_(wanted)
                )
            )
            ids.update((op_id, purchase_id) for op_id, purchase_id in rows)
        return ids

    def get(self, purchase_id: int, *, lock: bool = False) -> Purchase | None:
        query = select(PurchaseRow).where(PurchaseRow.id == purchase_id)
        if lock:
            query = query.with_for_update()
        row = self._s.scalars(query.execution_options(populate_existing=True)).first()
        return purchase_of(row) if row else None

    def by_receipt(self, receipt_no: str) -> Purchase | None:
        row = first(self._s, _BY_RECEIPT, receipt_no=receipt_no)
        return purchase_of(row) if row else None

    def by_operation(self, op_id: str) -> Purchase | None:
        row = first(self._s, _BY_OPERATION, op_id=op_id)
        return purchase_of(row) if row else None

    def get_many(self, purchase_ids: Sequence[int]) -> dict[int, Purchase]:
        if not purchase_ids:
            return {}
        rows = self._s.scalars(select(PurchaseRow).where(PurchaseRow.id.in_(purchase_ids)))
        return {r.id: purchase_of(r) for r in rows}

    def recent_for(self, member_id: int, limit: int, *, kept_only: bool = False) -> list[Purchase]:
        query = select(PurchaseRow).where(PurchaseRow.member_id == member_id)
        if kept_only:
            query = query.where(PurchaseRow.refunded_rials < PurchaseRow.amount_rials)
        rows = self._s.scalars(
            query.order_by(PurchaseRow.occurred_at.desc(), PurchaseRow.id.desc()).limit(limit)
        )
        return [purchase_of(r) for r in rows]

    def between(self, start: dt.datetime, end: dt.datetime) -> list[Purchase]:
        rows = self._s.scalars(
            select(PurchaseRow)
            .where(PurchaseRow.occurred_at >= start, PurchaseRow.occurred_at < end)
            .order_by(PurchaseRow.occurred_at, PurchaseRow.id)
        )
        return [purchase_of(r) for r in rows]

    def buyers(self, member_ids: Sequence[int]) -> set[int]:
        """Which of the members have bought anything (a first purchase's bonus)."""
        found: set[int] = set()
        for wanted in in_slices(member_ids):
            found.update(
                self._s.scalars(
                    select(PurchaseRow.member_id)
                    .where(PurchaseRow.member_id.in_(wanted))
                    .distinct()
                )
            )
        return found

    def first_ids(self, member_ids: Sequence[int]) -> dict[int, int]:
        """Each member's first purchase (by when it happened)."""
        result: dict[int, int] = {}
        for wanted in in_slices(member_ids):
            rows = self._s.execute(
                select(PurchaseRow.member_id, PurchaseRow.id, PurchaseRow.occurred_at)
                .where(PurchaseRow.member_id.in_(wanted))
                .order_by(PurchaseRow.occurred_at, PurchaseRow.id)
            )
            for member_id, purchase_id, _ in rows:
                result.setdefault(member_id, purchase_id)
        return result

    def add_refund(self, purchase_id: int, amount_rials: int) -> None:
        self._s.execute(
            update(PurchaseRow)
            .where(PurchaseRow.id == purchase_id)
            .values(refunded_rials=PurchaseRow.refunded_rials + amount_rials)
        )


def _values(new: NewPurchase) -> dict[str, Any]:
    return {
        "member_id": new.member_id,
        "receipt_no": new.receipt_no,
        "amount_rials": new.amount_rials,
        "refunded_rials": 0,
        "occurred_at": new.occurred_at,
        "recorded_at": new.recorded_at,
        "backdated": new.backdated,
        "operation_id": new.operation_id,
        "rule_version_id": new.rule_version_id,
        "points_earned": new.points_earned,
        "stamps_earned": new.stamps_earned,
        "branch": new.branch,
    }

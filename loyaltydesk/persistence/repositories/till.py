"""Purchases from the till, waiting at a counter for their member."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.till import TillPurchase, TillQueue, TillStatus
from loyaltydesk.persistence.tables import TillPurchaseRow

_TAKEN = (TillStatus.CREDITED.value, TillStatus.WAITING.value)


def _purchase(row: TillPurchaseRow) -> TillPurchase:
    return TillPurchase(
        id=row.id,
        counter=row.counter,
        amount_rials=row.amount_rials,
        receipt_no=row.receipt_no,
        status=TillStatus(row.status),
        created_at=row.created_at,
        posted_by=row.posted_by,
        member_id=row.member_id,
        card=row.card,
        points=row.points,
        entry_id=row.entry_id,
        settled_at=row.settled_at,
        settled_by=row.settled_by,
    )


class SqlTillRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, purchase_id: int) -> TillPurchase | None:
        row = self._s.get(TillPurchaseRow, purchase_id)
        return _purchase(row) if row else None

    def by_key(self, key: str) -> tuple[TillPurchase, str] | None:
        """The purchase posted under this idempotency key, with its request's fingerprint."""
        query = select(TillPurchaseRow).where(TillPurchaseRow.idempotency_key == key)
        row = self._s.scalars(query).first()
        return (_purchase(row), row.fingerprint) if row else None

    def by_cancel_key(self, key: str) -> int | None:
        """The purchase a POS cancelled under this idempotency key."""
        query = select(TillPurchaseRow.id).where(TillPurchaseRow.cancel_key == key)
        return self._s.scalars(query).first()

    def with_receipt(self, receipt: str) -> TillPurchase | None:
        """One waiting or credited with this receipt number (a cancelled one frees it)."""
        query = (
            select(TillPurchaseRow)
            .where(TillPurchaseRow.receipt_no == receipt, TillPurchaseRow.status.in_(_TAKEN))
            .limit(1)
        )
        row = self._s.scalars(query).first()
        return _purchase(row) if row else None

    def add(
        self,
        key: str,
        fingerprint: str,
        counter: str,
        amount_rials: int,
        receipt_no: str | None,
        posted_by: str,
        at: dt.datetime,
    ) -> TillPurchase:
        row = TillPurchaseRow(
            idempotency_key=key,
            fingerprint=fingerprint,
            counter=counter,
            amount_rials=amount_rials,
            receipt_no=receipt_no,
            status=TillStatus.WAITING.value,
            created_at=at,
            posted_by=posted_by,
        )
        self._s.add(row)
        self._s.flush()
        return _purchase(row)

    def queue(self, counter: str) -> TillQueue:
        waiting = (TillPurchaseRow.status == TillStatus.WAITING.value) & (
            TillPurchaseRow.counter == counter
        )
        oldest = self._s.scalars(
            select(TillPurchaseRow).where(waiting).order_by(TillPurchaseRow.id).limit(1)
        ).first()
        if oldest is None:  # the usual answer, every second: one index seek
            return TillQueue(None, 0)
        count = self._s.scalar(select(func.count()).select_from(TillPurchaseRow).where(waiting))
        return TillQueue(_purchase(oldest), int(count or 0))

    def settle(self, purchase_id: int, status: TillStatus, **values: Any) -> bool:
        """Credit or cancel a purchase that still waits: False when it no longer does (another
        counter, or the POS, got there first). The WHERE on the status makes the claim
        conditional; on PostgreSQL the row lock it takes holds a racing settle until this
        transaction ends, which then finds the status changed."""
        result = self._s.execute(
            update(TillPurchaseRow)
            .where(
                TillPurchaseRow.id == purchase_id,
                TillPurchaseRow.status == TillStatus.WAITING.value,
            )
            .values(status=status.value, **values)
        )
        return cast("CursorResult[Any]", result).rowcount == 1

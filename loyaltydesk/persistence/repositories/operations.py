"""Operations: one row per action a person did, so a second submit finds the first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, bindparam, insert, select
from sqlalchemy.orm import Session

from loyaltydesk.domain.purchases import Operation, OperationKind
from loyaltydesk.persistence.repositories.rows import core_table, first, in_slices
from loyaltydesk.persistence.tables import (
    OperationRow,
)

_OPERATIONS = core_table(OperationRow)
_BY_ID = select(_OPERATIONS).where(_OPERATIONS.c.op_id == bindparam("op_id"))
_INSERT = insert(_OPERATIONS)


class SqlOperationRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, op_id: str) -> Operation | None:
        row = first(self._s, _BY_ID, op_id=op_id)
        return _operation(row) if row else None

    def existing(self, op_ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for wanted in in_slices(op_ids):
            found.update(
                self._s.scalars(select(OperationRow.op_id).where(OperationRow.op_id.in_(wanted)))
            )
        return found

    def add(self, operation: Operation) -> None:
        # Core, not the ORM's add and flush: see SqlLedgerRepository.append.
        self._s.connection().execute(_INSERT, _values(operation))

    def add_many(self, operations: Sequence[Operation]) -> None:
        if operations:
            self._s.connection().execute(_INSERT, [_values(o) for o in operations])


def _operation(row: Row[Any]) -> Operation:
    return Operation(
        op_id=row.op_id,
        kind=OperationKind(row.kind),
        fingerprint=row.fingerprint,
        member_id=row.member_id,
        created_at=row.created_at,
        staff=row.staff,
        counter=row.counter,
        points=row.points,
        balance_after=row.balance_after,
        amount_rials=row.amount_rials,
        card_id=row.card_id,
        staff_id=row.staff_id,
        approver_id=row.approver_id,
        approver=row.approver,
        branch=row.branch,
    )


def _values(operation: Operation) -> dict[str, Any]:
    return {
        "op_id": operation.op_id,
        "kind": operation.kind.value,
        "fingerprint": operation.fingerprint,
        "member_id": operation.member_id,
        "created_at": operation.created_at,
        "staff": operation.staff,
        "counter": operation.counter,
        "points": operation.points,
        "balance_after": operation.balance_after,
        "amount_rials": operation.amount_rials,
        "card_id": operation.card_id,
        "staff_id": operation.staff_id,
        "approver_id": operation.approver_id,
        "approver": operation.approver,
        "branch": operation.branch,
    }

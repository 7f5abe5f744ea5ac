"""Offline redemptions the ledger could not fully cover when they reached the server."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.offline import ConflictReason, Settlement, SyncConflict
from loyaltydesk.domain.staff import Actor
from loyaltydesk.persistence.tables import MemberRow, SyncConflictRow


def _conflict_of(row: SyncConflictRow, member_name: str) -> SyncConflict:
    return SyncConflict(
        id=row.id,
        operation_id=row.operation_id,
        member_id=row.member_id,
        member_name=member_name,
        reason=ConflictReason(row.reason),
        reward_name=row.reward_name or "",
        reward_name_fa=row.reward_name_fa or "",
        points_wanted=row.points_wanted,
        points_taken=row.points_taken,
        staff=row.staff,
        counter=row.counter,
        happened_at=row.happened_at,
        synced_at=row.synced_at,
        settled_at=row.settled_at,
        settled_by=row.settled_by,
        settlement=Settlement(row.settlement) if row.settlement else None,
        note=row.note,
    )


class SqlSyncConflictRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(
        self,
        *,
        operation_id: str,
        member_id: int,
        reason: ConflictReason,
        reward_id: int | None,
        reward_name: str,
        reward_name_fa: str,
        points_wanted: int,
        points_taken: int,
        actor: Actor,
        happened_at: dt.datetime,
        synced_at: dt.datetime,
    ) -> None:
        self._s.add(
            SyncConflictRow(
                operation_id=operation_id,
                member_id=member_id,
                reason=reason.value,
                reward_id=reward_id,
                reward_name=reward_name,
                reward_name_fa=reward_name_fa,
                points_wanted=points_wanted,
                points_taken=points_taken,
                staff=actor.staff,
                counter=actor.counter,
                branch=actor.branch,
                happened_at=happened_at,
                synced_at=synced_at,
            )
        )
        self._s.flush()

    def _select(self) -> Select[SyncConflictRow, str]:
        return select(SyncConflictRow, MemberRow.name).join(
            MemberRow, MemberRow.id == SyncConflictRow.member_id
        )

    def get(self, conflict_id: int, *, lock: bool = False) -> SyncConflict | None:
        query = self._select().where(SyncConflictRow.id == conflict_id)
        if lock:
            query = query.with_for_update(of=SyncConflictRow)
        found = self._s.execute(query).first()
        return _conflict_of(found[0], found[1]) if found else None

    def listed(self, *, open_only: bool) -> list[SyncConflict]:
        query = self._select()
        if open_only:
            query = query.where(SyncConflictRow.settled_at.is_(None))
        rows = self._s.execute(query.order_by(SyncConflictRow.id)).all()
        return [_conflict_of(row, name) for row, name in rows]

    def settle(
        self,
        conflict_id: int,
        settlement: Settlement,
        at: dt.datetime,
        by: str,
        note: str | None,
        op_id: str | None,
    ) -> None:
        self._s.execute(
            update(SyncConflictRow)
            .where(SyncConflictRow.id == conflict_id)
            .values(
                settlement=settlement.value,
                settled_at=at,
                settled_by=by,
                note=note,
                settle_operation_id=op_id,
            )
        )

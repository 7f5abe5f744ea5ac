"""Staff accounts and the audit trail (which reads the operations as counter actions)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Row, bindparam, func, literal, null, select, union_all, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.audit import AuditEvent, AuditFilter, AuditKind, AuditLine
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.domain.staff import Actor, Role, StaffMember
from loyaltydesk.persistence.repositories.rows import core_table, first
from loyaltydesk.persistence.tables import AuditRow, OperationRow, StaffRow

# Asked by every sale (services.staff.permit), built once (rows.first).
_STAFF = core_table(StaffRow)
_ANY = select(_STAFF.c.id).limit(1)
_BY_ID = select(_STAFF).where(_STAFF.c.id == bindparam("staff_id"))
_BY_ID_LOCKED = _BY_ID.with_for_update()


def staff_of(row: StaffRow | Row[Any]) -> StaffMember:
    return StaffMember(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        active=row.active,
        created_at=row.created_at,
        failed_attempts=row.failed_attempts,
        locked_until=row.locked_until,
        lockouts=row.lockouts,
        last_sign_in_at=row.last_sign_in_at,
    )


class SqlStaffRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def any(self) -> bool:
        return first(self._s, _ANY) is not None

    def get(self, staff_id: int, *, lock: bool = False) -> StaffMember | None:
        row = first(self._s, _BY_ID_LOCKED if lock else _BY_ID, staff_id=staff_id)
        return staff_of(row) if row else None

    def by_name(self, key: str, *, lock: bool = False) -> tuple[StaffMember, str] | None:
        """The account and its PIN hash, found by its folded name."""
        query = select(StaffRow).where(StaffRow.name_key == key)
        if lock:
            query = query.with_for_update()
        row = self._s.scalars(query).first()
        return (staff_of(row), row.pin_hash) if row else None

    def listing(self, *, include_inactive: bool = True) -> list[StaffMember]:
        query = select(StaffRow).order_by(StaffRow.name_key)
        if not include_inactive:
            query = query.where(StaffRow.active.is_(True))
        return [staff_of(row) for row in self._s.scalars(query)]

    def with_pins(self) -> list[tuple[StaffMember, str]]:
        rows = self._s.scalars(select(StaffRow).order_by(StaffRow.name_key))
        return [(staff_of(row), row.pin_hash) for row in rows]

    def active_owners(self) -> int:
        return int(
            self._s.scalar(
                select(func.count())
                .select_from(StaffRow)
                .where(StaffRow.role == Role.OWNER.value, StaffRow.active.is_(True))
            )
            or 0
        )

    def add(self, name: str, key: str, role: Role, pin_hash: str, at: dt.datetime) -> StaffMember:
        row = StaffRow(
            name=name,
            name_key=key,
            role=role.value,
            pin_hash=pin_hash,
            active=True,
            failed_attempts=0,
            lockouts=0,
            created_at=at,
        )
        self._s.add(row)
        self._s.flush()
        return staff_of(row)

    def update(self, staff_id: int, **values: Any) -> None:
        """Set columns of one account (role, active, pin_hash, failed_attempts, locked_until,
        lockouts, last_sign_in_at)."""
        self._s.execute(update(StaffRow).where(StaffRow.id == staff_id).values(**values))


def _json(value: dict[str, Any] | None) -> str | None:
    return (
        None
        if value is None
        else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    )


def _load(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    loaded = json.loads(text)
    return loaded if isinstance(loaded, dict) else {"value": loaded}


class SqlAuditRepository:
    """Append and read; there is deliberately no update or delete."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, event: AuditEvent, actor: Actor, at: dt.datetime) -> None:
        self._s.add(
            AuditRow(
                at=at,
                kind=event.kind.value,
                staff_id=actor.staff_id,
                staff=actor.staff,
                counter=actor.counter,
                approver_id=actor.approver_id,
                approver=actor.approver,
                subject=event.subject,
                before=_json(event.before),
                after=_json(event.after),
            )
        )
        self._s.flush()

    def lines(self, wanted: AuditFilter) -> list[AuditLine]:
        kinds = set(wanted.kinds)
        trail_kinds = [k for k in kinds if not k.startswith(AuditKind.OPERATION.value)]
        op_kinds = [
            k.split(":", 1)[1] for k in kinds if k.startswith(AuditKind.OPERATION.value + ":")
        ]
        all_ops = AuditKind.OPERATION.value in kinds
        parts = []
        if not kinds or trail_kinds:
            trail = select(
                AuditRow.id.label("id"),
                literal("a").label("source"),
                AuditRow.at.label("at"),
                AuditRow.kind.label("kind"),
                AuditRow.staff.label("staff"),
                AuditRow.staff_id.label("staff_id"),
                AuditRow.counter.label("counter"),
                AuditRow.approver.label("approver"),
                AuditRow.subject.label("subject"),
                AuditRow.before.label("before"),
                AuditRow.after.label("after"),
                null().label("op_id"),
                null().label("member_id"),
                null().label("points"),
                null().label("amount_rials"),
            )
            if trail_kinds:
                trail = trail.where(AuditRow.kind.in_(trail_kinds))
            trail = self._filtered(trail, AuditRow.at, AuditRow.staff, wanted)
            parts.append(trail)
        if not kinds or all_ops or op_kinds:
            ops = select(
                literal(0).label("id"),
                literal("o").label("source"),
                OperationRow.created_at.label("at"),
                OperationRow.kind.label("kind"),
                OperationRow.staff.label("staff"),
                OperationRow.staff_id.label("staff_id"),
                OperationRow.counter.label("counter"),
                OperationRow.approver.label("approver"),
                null().label("subject"),
                null().label("before"),
                null().label("after"),
                OperationRow.op_id.label("op_id"),
                OperationRow.member_id.label("member_id"),
                OperationRow.points.label("points"),
                OperationRow.amount_rials.label("amount_rials"),
            )
            if op_kinds and not all_ops:
                ops = ops.where(OperationRow.kind.in_(op_kinds))
            # A merge and its undo are on the trail itself, with what moved: one line each.
            ops = ops.where(
                OperationRow.kind.not_in([OperationKind.MERGE.value, OperationKind.UNMERGE.value])
            )
            ops = self._filtered(ops, OperationRow.created_at, OperationRow.staff, wanted)
            parts.append(ops)
        if not parts:
            return []
        both = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
        rows = self._s.execute(
            select(both).order_by(both.c.at.desc(), both.c.id.desc()).limit(wanted.limit)
        )
        return [_line_of(row._mapping) for row in rows]

    @staticmethod
    def _filtered(query: Any, at: Any, staff: Any, wanted: AuditFilter) -> Any:
        if wanted.start is not None:
            query = query.where(at >= wanted.start)
        if wanted.end is not None:
            query = query.where(at < wanted.end)
        if wanted.staff:
            query = query.where(func.lower(staff) == wanted.staff.strip().lower())
        return query


def _line_of(row: Any) -> AuditLine:
    if row["source"] == "a":
        return AuditLine(
            id=f"a{row['id']}",
            at=row["at"],
            kind=row["kind"],
            staff=row["staff"],
            staff_id=row["staff_id"],
            counter=row["counter"],
            approver=row["approver"],
            subject=row["subject"],
            before=_load(row["before"]),
            after=_load(row["after"]),
        )
    after: dict[str, Any] = {"points": row["points"]}
    if row["amount_rials"] is not None:
        after["amount_rials"] = row["amount_rials"]
    return AuditLine(
        id=f"o:{row['op_id']}",
        at=row["at"],
        kind=f"{AuditKind.OPERATION.value}:{row['kind']}",
        staff=row["staff"],
        staff_id=row["staff_id"],
        counter=row["counter"],
        approver=row["approver"],
        subject=f"member:{row['member_id']}",
        before=None,
        after=after,
    )

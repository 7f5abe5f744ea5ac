"""Member merges: what each moved, and the members that may be one person."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.cards import CardStatus
from loyaltydesk.domain.merges import Candidate, DuplicateReason, MemberMerge
from loyaltydesk.persistence.tables import MemberMergeRow, MemberRow
from loyaltydesk.services.ports import NewMerge


def _merge_of(row: MemberMergeRow) -> MemberMerge:
    return MemberMerge(
        id=row.id,
        kept_id=row.kept_id,
        merged_id=row.merged_id,
        at=row.at,
        staff=row.staff,
        staff_id=row.staff_id,
        counter=row.counter,
        operation_id=row.operation_id,
        points=row.points,
        stamps=row.stamps,
        cards=tuple((int(i), CardStatus(s)) for i, s in json.loads(row.cards)),
        kept_entry_id=row.kept_entry_id,
        merged_entry_id=row.merged_entry_id,
        undone_at=row.undone_at,
        undone_by=row.undone_by,
        undo_operation_id=row.undo_operation_id,
    )


class SqlMergeRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, new: NewMerge) -> MemberMerge:
        row = MemberMergeRow(
            kept_id=new.kept_id,
            merged_id=new.merged_id,
            at=new.at,
            staff=new.actor.staff,
            staff_id=new.actor.staff_id,
            counter=new.actor.counter,
            operation_id=new.operation_id,
            points=new.points,
            stamps=new.stamps,
            cards=json.dumps([[i, s.value] for i, s in new.cards]),
            kept_entry_id=new.kept_entry_id,
            merged_entry_id=new.merged_entry_id,
        )
        self._s.add(row)
        self._s.flush()
        return _merge_of(row)

    def get(self, merge_id: int, *, lock: bool = False) -> MemberMerge | None:
        query = select(MemberMergeRow).where(MemberMergeRow.id == merge_id)
        if lock:
            query = query.with_for_update()
        row = self._s.scalars(query.execution_options(populate_existing=True)).first()
        return _merge_of(row) if row else None

    def by_operation(self, op_id: str) -> MemberMerge | None:
        row = self._s.scalars(
            select(MemberMergeRow).where(MemberMergeRow.operation_id == op_id)
        ).first()
        return _merge_of(row) if row else None

    def latest_between(self, kept_id: int, merged_id: int) -> MemberMerge | None:
        row = self._s.scalars(
            select(MemberMergeRow)
            .where(MemberMergeRow.kept_id == kept_id, MemberMergeRow.merged_id == merged_id)
            .order_by(MemberMergeRow.id.desc())
        ).first()
        return _merge_of(row) if row else None

    def since(self, start: dt.datetime) -> list[MemberMerge]:
        rows = self._s.scalars(
            select(MemberMergeRow)
            .where(MemberMergeRow.at >= start)
            .order_by(MemberMergeRow.id.desc())
        )
        return [_merge_of(r) for r in rows]

    def of_member(self, member_id: int) -> list[MemberMerge]:
        rows = self._s.scalars(
            select(MemberMergeRow)
            .where(or_(MemberMergeRow.kept_id == member_id, MemberMergeRow.merged_id == member_id))
            .order_by(MemberMergeRow.id)
        )
        return [_merge_of(r) for r in rows]

    def set_undone(self, merge_id: int, at: dt.datetime, by: str, op_id: str) -> None:
        self._s.execute(
            update(MemberMergeRow)
            .where(MemberMergeRow.id == merge_id)
            .values(undone_at=at, undone_by=by, undo_operation_id=op_id)
        )

    def candidates(self) -> dict[DuplicateReason, list[Candidate]]:
        """Members in use that may share a key with another: the phone's national digits,
        the national code without leading zeros (both grouped by the database), and every
        member with a birthday (names need Persian folding: the caller compares them)."""
        live = MemberRow.merged_into.is_(None)
        phone = func.substr(MemberRow.phone, func.length(MemberRow.phone) - 9)
        code = func.ltrim(MemberRow.national_code, "0")
        wanted = {
            DuplicateReason.PHONE: phone.in_(
                select(phone).where(live).group_by(phone).having(func.count() > 1)
            ),
            DuplicateReason.NATIONAL_CODE: code.in_(
                select(code)
                .where(live, MemberRow.national_code.is_not(None))
                .group_by(code)
                .having(func.count() > 1)
            ),
            # Every member with a birthday: most birthdays are shared in a big club, so
            # narrowing by a shared birthday first costs more than it saves.
            DuplicateReason.NAME_AND_BIRTHDAY: MemberRow.birthday.is_not(None),
        }
        found: dict[DuplicateReason, list[Candidate]] = {}
        for reason, condition in wanted.items():
            rows = self._s.execute(
                select(
                    MemberRow.id,
                    MemberRow.name,
                    MemberRow.phone,
                    MemberRow.national_code,
                    MemberRow.birthday,
                )
                .where(live, condition)
                .order_by(MemberRow.id)
            )
            found[reason] = [Candidate(i, n, p, c, b) for i, n, p, c, b in rows]
        return found

    def names(self, member_ids: Sequence[int]) -> dict[int, str]:
        if not member_ids:
            return {}
        rows = self._s.execute(
            select(MemberRow.id, MemberRow.name).where(MemberRow.id.in_(list(member_ids)))
        )
        return {i: n for i, n in rows}

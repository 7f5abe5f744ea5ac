"""The message outbox."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.messages import Channel, Message, MessageStatus, NewMessage, sms_parts
from loyaltydesk.persistence.repositories.rows import in_slices
from loyaltydesk.persistence.tables import MemberRow, MessageRow


def message_of(row: MessageRow) -> Message:
    return Message(
        id=row.id,
        member_id=row.member_id,
        channel=Channel(row.channel),
        recipient=row.recipient,
        language=row.language,
        subject=row.subject,
        body=row.body,
        parts=row.parts,
        status=MessageStatus(row.status),
        attempts=row.attempts,
        last_error=row.last_error,
        created_at=row.created_at,
        updated_at=row.updated_at,
        campaign=row.campaign,
        run_id=row.run_id,
        coupon_id=row.coupon_id,
    )


class SqlMessageRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, new: NewMessage) -> Message:
        row = self._row(new)
        self._s.add(row)
        self._s.flush()
        return message_of(row)

    def add_many(self, new: Sequence[NewMessage]) -> list[Message]:
        """Several messages in one flush (a campaign's batch)."""
        rows = [self._row(n) for n in new]
        self._s.add_all(rows)
        self._s.flush()
        return [message_of(r) for r in rows]

    def by_operations(self, operation_ids: Sequence[str]) -> dict[str, Message]:
        found: dict[str, Message] = {}
        ids = list(operation_ids)
        for chunk in in_slices(ids):
            rows = self._s.scalars(select(MessageRow).where(MessageRow.operation_id.in_(chunk)))
            for row in rows:
                assert row.operation_id is not None
                found[row.operation_id] = message_of(row)
        return found

    @staticmethod
    def _row(new: NewMessage) -> MessageRow:
        return MessageRow(
            member_id=new.member_id,
            campaign=new.campaign,
            run_id=new.run_id,
            coupon_id=new.coupon_id,
            channel=new.channel.value,
            recipient=new.recipient,
            language=new.language,
            subject=new.subject,
            body=new.body,
            parts=sms_parts(new.body) if new.channel is Channel.SMS else 1,
            status=MessageStatus.QUEUED.value,
            attempts=0,
            created_at=new.created_at,
            updated_at=new.created_at,
            operation_id=new.operation_id,
            staff=new.staff,
            staff_id=new.staff_id,
        )

    def by_operation(self, operation_id: str) -> Message | None:
        row = self._s.scalars(
            select(MessageRow).where(MessageRow.operation_id == operation_id)
        ).first()
        return message_of(row) if row else None

    def get(self, message_id: int) -> Message | None:
        row = self._s.get(MessageRow, message_id)
        return message_of(row) if row else None

    def listing(
        self,
        *,
        status: MessageStatus | None = None,
        channel: Channel | None = None,
        run_id: int | None = None,
        limit: int = 200,
    ) -> list[Message]:
        """Messages, oldest first (the order they go out in)."""
        query = select(MessageRow)
        if status is not None:
            query = query.where(MessageRow.status == status.value)
        if channel is not None:
            query = query.where(MessageRow.channel == channel.value)
        if run_id is not None:
            query = query.where(MessageRow.run_id == run_id)
        rows = self._s.scalars(query.order_by(MessageRow.id).limit(limit))
        return [message_of(r) for r in rows]

    def counts(self, channel: Channel | None = None) -> dict[MessageStatus, int]:
        query = select(MessageRow.status, func.count())
        if channel is not None:
            query = query.where(MessageRow.channel == channel.value)
        rows = self._s.execute(query.group_by(MessageRow.status)).all()
        found = dict.fromkeys(MessageStatus, 0)
        for status, count in rows:
            found[MessageStatus(status)] = int(count)
        return found

    def set_status(
        self,
        message_ids: Sequence[int],
        status: MessageStatus,
        at: dt.datetime,
        *,
        error: str | None = None,
        attempted: bool = False,
    ) -> None:
        ids = list(message_ids)
        for chunk in in_slices(ids):
            values: dict[str, object] = {
                "status": status.value,
                "updated_at": at,
                "last_error": error,
            }
            if attempted:
                values["attempts"] = MessageRow.attempts + 1
            self._s.execute(update(MessageRow).where(MessageRow.id.in_(chunk)).values(values))

    def move(
        self,
        message_ids: Sequence[int] | None,
        *,
        from_status: MessageStatus,
        to_status: MessageStatus,
        at: dt.datetime,
        reset_attempts: bool = False,
    ) -> int:
        """Messages still in ``from_status`` (all of them for None) moved on; how many were.
        A message another counter moved meanwhile is left as it is."""
        values: dict[str, object] = {"status": to_status.value, "updated_at": at}
        if reset_attempts:
            values["attempts"] = 0
        query = update(MessageRow).where(MessageRow.status == from_status.value)
        if message_ids is None:
            return int(self._s.execute(query.values(values)).rowcount or 0)  # type: ignore[attr-defined]
        ids = list(message_ids)
        moved = 0
        for chunk in in_slices(ids):
            result = self._s.execute(query.where(MessageRow.id.in_(chunk)).values(values))
            moved += int(result.rowcount or 0)  # type: ignore[attr-defined]
        return moved

    def member_names(self, member_ids: Sequence[int]) -> dict[int, str]:
        wanted = sorted(set(member_ids))
        names: dict[int, str] = {}
        for chunk in in_slices(wanted):
            rows = self._s.execute(
                select(MemberRow.id, MemberRow.name).where(MemberRow.id.in_(chunk))
            )
            names.update({int(i): str(n) for i, n in rows})
        return names

    def withdraw(self, member_id: int | None, at: dt.datetime, reason: str) -> list[int]:
        query = select(MessageRow.id).where(MessageRow.status == MessageStatus.QUEUED.value)
        if member_id is not None:
            query = query.where(MessageRow.member_id == member_id)
        else:
            opted_out = select(MemberRow.id).where(MemberRow.opted_out.is_(True))
            query = query.where(MessageRow.member_id.in_(opted_out))
        ids = [int(i) for i in self._s.scalars(query.order_by(MessageRow.id))]
        for chunk in in_slices(ids):
            # Still queued: one another counter sent or exported meanwhile is left alone.
            self._s.execute(
                update(MessageRow)
                .where(
                    MessageRow.id.in_(chunk),
                    MessageRow.status == MessageStatus.QUEUED.value,
                )
                .values(status=MessageStatus.WITHDRAWN.value, updated_at=at, last_error=reason)
            )
        return ids

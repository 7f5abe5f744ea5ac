"""The message outbox: campaigns queue messages here; senders (a file for a bulk-SMS panel,
e-mail) take them out. A message is queued once per operation id, and an opted-out member is
never queued at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.messages import (
    Channel,
    Message,
    MessageStatus,
    NewMessage,
    language_of_name,
)
from loyaltydesk.domain.phones import local_form
from loyaltydesk.services.common import UTC_ZONE
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory

MAX_LIST = 5000


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message about to be queued."""

    member: Member
    body: str
    channel: Channel = Channel.SMS
    subject: str | None = None
    campaign: str | None = None
    run_id: int | None = None
    coupon_id: int | None = None
    operation_id: str | None = None


class OutboxService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo = UTC_ZONE) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    @staticmethod
    def language_for(member: Member) -> str:
        return language_of_name(member.name)

    def queue_in(
        self,
        uow: UnitOfWork,
        member: Member,
        *,
        body: str,
        channel: Channel = Channel.SMS,
        subject: str | None = None,
        campaign: str | None = None,
        run_id: int | None = None,
        coupon_id: int | None = None,
        operation_id: str | None = None,
    ) -> Message | None:
        """Queue a message to ``member`` in the caller's transaction.

        Returns None (nothing queued) when the member opted out of messages or has no address
        for the channel; the message already queued under ``operation_id`` when there is one.
        """
        if operation_id is not None:
            queued = uow.messages.by_operation(operation_id)
            if queued is not None:
                return queued
        new = self._new_message(
            Outgoing(member, body, channel, subject, campaign, run_id, coupon_id, operation_id)
        )
        return uow.messages.add(new) if new is not None else None

    def queue_many_in(
        self, uow: UnitOfWork, outgoing: Sequence[Outgoing]
    ) -> dict[str, Message | None]:
        """queue_in for a campaign's batch, by operation id (each must have one): the messages
        queued before under those ids are returned as they are, the rest added at once."""
        ids = [o.operation_id for o in outgoing if o.operation_id is not None]
        if len(ids) != len(outgoing):
            raise ValueError("every message of a batch needs its operation id")
        found: dict[str, Message | None] = dict(uow.messages.by_operations(ids))
        fresh: list[tuple[str, NewMessage]] = []
        for item in outgoing:
            assert item.operation_id is not None
            if item.operation_id in found:
                continue
            new = self._new_message(item)
            if new is None:
                found[item.operation_id] = None
            else:
                fresh.append((item.operation_id, new))
        added = uow.messages.add_many([new for _, new in fresh])
        found.update(zip([op for op, _ in fresh], added, strict=True))
        return found

    def _new_message(self, item: Outgoing) -> NewMessage | None:
        member = item.member
        if member.opted_out:
            return None
        if item.channel is Channel.EMAIL:
            if not member.email:
                return None
            recipient = member.email
        else:
            recipient = local_form(member.phone)  # 09..., as bulk-SMS panels take it
        if not item.body.strip():
            raise InvalidInput("message.empty_template")
        return NewMessage(
            member_id=member.id,
            channel=item.channel,
            recipient=recipient,
            language=self.language_for(member),
            subject=item.subject,
            body=item.body,
            created_at=self._clock(),
            campaign=item.campaign,
            run_id=item.run_id,
            coupon_id=item.coupon_id,
            operation_id=item.operation_id,
        )

    def listing(
        self,
        *,
        status: MessageStatus | None = None,
        channel: Channel | None = None,
        run_id: int | None = None,
        limit: int = 200,
    ) -> list[Message]:
        if not 1 <= limit <= MAX_LIST:
            raise InvalidInput("outbox.bad_limit", limit=MAX_LIST)
        with self._uow(write=False) as uow:
            return uow.messages.listing(status=status, channel=channel, run_id=run_id, limit=limit)

    def counts(self) -> dict[MessageStatus, int]:
        with self._uow(write=False) as uow:
            return uow.messages.counts()

    def local_now(self) -> dt.datetime:
        return self._clock().astimezone(self._zone)

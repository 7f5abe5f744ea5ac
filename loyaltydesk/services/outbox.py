"""The message outbox: campaigns queue messages here; senders (a file for a bulk-SMS panel,
e-mail) take them out. A message is queued once per operation id, and an opted-out member is
never queued at all."""

from __future__ import annotations

import datetime as dt
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
        if member.opted_out:
            return None
        if channel is Channel.EMAIL:
            if not member.email:
                return None
            recipient = member.email
        else:
            recipient = local_form(member.phone)  # 09..., as bulk-SMS panels take it
        if not body.strip():
            raise InvalidInput("message.empty_template")
        return uow.messages.add(
            NewMessage(
                member_id=member.id,
                channel=channel,
                recipient=recipient,
                language=self.language_for(member),
                subject=subject,
                body=body,
                created_at=self._clock(),
                campaign=campaign,
                run_id=run_id,
                coupon_id=coupon_id,
                operation_id=operation_id,
            )
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

"""The message outbox: campaigns queue messages here; senders (a file for a bulk-SMS panel,
e-mail) take them out. A message is queued once per operation id, and an opted-out member is
never queued at all.

A sender is a small pluggable piece: a file writer hands queued SMS to the owner's bulk-SMS
panel (they become ``exported``, then ``sent`` when the owner says so); a ``Sender`` (the
mail server, later an SMS gateway's HTTP API) delivers one message at a time. A failed
delivery stays queued with its error and is tried again; after ``MAX_ATTEMPTS`` it is
``failed``: shown, never dropped, and the owner can queue it again. Nothing goes out in the
shop's quiet hours (22:00-08:00).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.errors import DeviceError, DomainError, InvalidInput, NotFound, Refused
from loyaltydesk.domain.mail import MailServer
from loyaltydesk.domain.members import Member, check_email
from loyaltydesk.domain.messages import (
    OPTED_OUT_REASON,
    Channel,
    Message,
    MessageStatus,
    NewMessage,
    email_subject,
    in_quiet_hours,
    language_of_name,
    next_sending_time,
)
from loyaltydesk.domain.phones import local_form
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.services.common import UTC_ZONE, require_member, run_write
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record, require

log = logging.getLogger(__name__)

MAX_LIST = 5000
MAX_ATTEMPTS = 5  # then the message is ``failed``: shown, and queued again only by hand
MAX_SEND = 2000  # e-mail sent in one go; the rest wait for the next
MAIL_SERVER_KEY = "mail.server"
PASSWORD_VARIABLE = "LOYALTYDESK_SMTP_PASSWORD"
MAX_ERROR_LENGTH = 1000
EXPORT_ATTEMPTS = 5  # files written again when messages change while one is written


class Sender(Protocol):
    """One way out of the outbox, open for one batch (a connection to a mail server).

    ``send`` delivers one message or raises DeviceError with the reason in ``detail``;
    entering it (connecting, logging in) may raise DeviceError too: nothing is sent then."""

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
    def send(self, message: Message) -> None: ...


# How a mail server is reached: the server's settings and its password (None: no login).
MailConnector = Callable[[MailServer, str | None], Sender]
# A file of messages for a bulk-SMS panel: writes them at the path, returns its full path.
MessageFileWriter = Callable[[Path, Sequence[Message]], Path]


class PasswordStore(Protocol):
    """Where the mail server's password is kept: the system's keyring, never a file."""

    def usable(self) -> bool:
        """Whether passwords can be kept here at all (a headless computer has no keyring)."""
        ...

    def get(self, account: str) -> str | None: ...
    def put(self, account: str, password: str) -> None: ...


@dataclass(frozen=True, slots=True)
class OutboxLine:
    """A message as the owner's list shows it: with the member's name."""

    message: Message
    member_name: str


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    count: int
    parts: int
    message_ids: tuple[int, ...]
    # Exported in the shop's quiet hours: a panel sending at once would message at night.
    quiet_hours: bool = False
    withdrawn: int = 0  # queued for members who have opted out since: taken back, not written


@dataclass(frozen=True, slots=True)
class SendRun:
    """What one "send now" did. ``quiet_until`` is set when it was the quiet hours and
    nothing was sent: the shop's local time sending is possible again."""

    sent: int = 0
    retrying: int = 0  # failed this time, queued for another try
    failed: int = 0  # failed for the last time: now ``failed``
    waiting: int = 0  # still queued (quiet hours, or beyond this batch)
    quiet_until: dt.datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class PasswordKept:
    """Where a password given with the mail server went."""

    saved: bool  # in the system's keyring
    keyring: bool  # this computer has a usable keyring


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
    actor: Actor | None = None  # who queues it (None: the program itself)


class OutboxService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        zone: ZoneInfo = UTC_ZONE,
        *,
        mail: MailConnector | None = None,
        passwords: PasswordStore | None = None,
        shop_name: str = "",
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone
        self._mail = mail
        self._passwords = passwords
        self._shop = shop_name

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
        actor: Actor | None = None,
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
            Outgoing(
                member, body, channel, subject, campaign, run_id, coupon_id, operation_id, actor
            )
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
        language = self.language_for(member)
        subject = item.subject
        if subject is None and item.channel is Channel.EMAIL:
            subject = email_subject(self._shop, item.campaign, language)
        return NewMessage(
            member_id=member.id,
            channel=item.channel,
            recipient=recipient,
            language=language,
            subject=subject,
            body=item.body,
            created_at=self._clock(),
            campaign=item.campaign,
            run_id=item.run_id,
            coupon_id=item.coupon_id,
            operation_id=item.operation_id,
            staff=item.actor.staff if item.actor else None,
            staff_id=item.actor.staff_id if item.actor else None,
        )

    def queue(
        self,
        member_id: int,
        *,
        body: str,
        channel: Channel = Channel.SMS,
        subject: str | None = None,
        operation_id: str | None = None,
        actor: Actor | None = None,
    ) -> Message | None:
        """One message to one member in its own transaction (``queue_in`` is for a caller's
        transaction, a campaign's run)."""

        def work(uow: UnitOfWork) -> Message | None:
            member = require_member(uow, member_id)
            queued = self.queue_in(
                uow,
                member,
                body=body,
                channel=channel,
                subject=subject,
                operation_id=operation_id,
                actor=actor,
            )
            uow.commit()
            return queued

        return run_write(self._uow, work)

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

    def counts(self, channel: Channel | None = None) -> dict[MessageStatus, int]:
        with self._uow(write=False) as uow:
            return uow.messages.counts(channel)

    def local_now(self) -> dt.datetime:
        return self._clock().astimezone(self._zone)

    def next_sending_time(self) -> dt.datetime:
        """Now (local) outside the quiet hours, else when they end."""
        return next_sending_time(self.local_now())

    # -- the owner's list ---------------------------------------------------------------

    def lines(
        self,
        *,
        status: MessageStatus | None = None,
        channel: Channel | None = None,
        limit: int = 200,
    ) -> list[OutboxLine]:
        if not 1 <= limit <= MAX_LIST:
            raise InvalidInput("outbox.bad_limit", limit=MAX_LIST)
        with self._uow(write=False) as uow:
            messages = uow.messages.listing(status=status, channel=channel, limit=limit)
            names = uow.messages.member_names([m.member_id for m in messages])
        return [OutboxLine(m, names.get(m.member_id, "")) for m in messages]

    # -- SMS: a file for the bulk-SMS panel --------------------------------------------

    def export_sms(
        self, path: Path, write: MessageFileWriter, actor: Actor, limit: int = MAX_LIST
    ) -> Exported:
        """Queued SMS written to a file the owner uploads to their bulk-SMS panel, then
        marked ``exported``. The file is whole before anything is marked: a failed write
        leaves every message queued. Only the messages in the file are marked.

        A message to a member who opted out is never written: those are withdrawn first,
        and if one is withdrawn (or taken by another counter) while the file is written,
        nothing is marked and the file is written again without it."""
        require(self._uow, actor, Permission.OUTBOX)
        withdrawn = len(self.withdraw_opted_out())
        for _ in range(EXPORT_ATTEMPTS):
            with self._uow(write=False) as uow:
                due = uow.messages.listing(
                    status=MessageStatus.QUEUED, channel=Channel.SMS, limit=limit
                )
            if not due:
                raise Refused("outbox.nothing_to_export")
            written = write(path, due)
            ids = [m.id for m in due]
            now = self._clock()

            def work(uow: UnitOfWork, ids: list[int] = ids, now: dt.datetime = now) -> bool:
                # A member who opted out while the file was written: their message is in it.
                if set(uow.messages.withdraw(None, now, OPTED_OUT_REASON)) & set(ids):
                    return False
                moved = uow.messages.move(
                    ids, from_status=MessageStatus.QUEUED, to_status=MessageStatus.EXPORTED, at=now
                )
                if moved != len(ids):
                    # The file holds a message that is no longer queued: nothing is marked
                    # (leaving without commit rolls back) and the file is written again.
                    return False
                # Members' mobiles leave the program in that file: the trail says so.
                record(uow, actor, now, AuditKind.EXPORT, "outbox", after={"messages": len(ids)})
                uow.commit()
                return True

            if run_write(self._uow, work):
                return Exported(
                    written,
                    len(due),
                    sum(m.parts for m in due),
                    tuple(ids),
                    quiet_hours=in_quiet_hours(self.local_now()),
                    withdrawn=withdrawn,
                )
            withdrawn += len(self.withdraw_opted_out())
        raise Refused("outbox.busy")

    def withdraw_opted_out(self) -> list[int]:
        """Queued messages of members who opted out since they were queued, taken back (the
        opt-out itself does it; this catches one recorded by an older version)."""
        now = self._clock()

        def work(uow: UnitOfWork) -> list[int]:
            ids = uow.messages.withdraw(None, now, OPTED_OUT_REASON)
            uow.commit()
            return ids

        ids = run_write(self._uow, work)
        if ids:
            log.info("%d queued messages withdrawn: their members opted out", len(ids))
        return ids

    def withdraw_in(self, uow: UnitOfWork, member_id: int) -> list[int]:
        """The member's queued messages withdrawn in the caller's transaction (their
        opt-out): nothing already queued goes out to them afterwards."""
        return uow.messages.withdraw(member_id, self._clock(), OPTED_OUT_REASON)

    def mark_sent(self, actor: Actor, message_ids: Sequence[int] | None = None) -> int:
        """Exported messages the panel sent: all of them (None) or these. A message that is
        not exported (queued, sent, failed, unknown) is refused and nothing is marked."""
        now = self._clock()

        def work(uow: UnitOfWork) -> int:
            permit(uow, actor, Permission.OUTBOX)
            if message_ids is not None:
                if not message_ids:
                    raise InvalidInput("outbox.no_ids")
                for message_id in message_ids:
                    message = uow.messages.get(message_id)
                    if message is None:
                        raise NotFound("outbox.unknown", id=message_id)
                    if message.status is not MessageStatus.EXPORTED:
                        raise Refused(
                            "outbox.not_exported", id=message_id, status=message.status.value
                        )
            moved = uow.messages.move(
                message_ids,
                from_status=MessageStatus.EXPORTED,
                to_status=MessageStatus.SENT,
                at=now,
            )
            uow.commit()
            return moved

        return run_write(self._uow, work)

    def retry(self, message_ids: Sequence[int], actor: Actor) -> int:
        """Failed messages queued again, with a fresh count of tries."""
        if not message_ids:
            raise InvalidInput("outbox.no_ids")
        now = self._clock()

        def work(uow: UnitOfWork) -> int:
            permit(uow, actor, Permission.OUTBOX)
            for message_id in message_ids:
                message = uow.messages.get(message_id)
                if message is None:
                    raise NotFound("outbox.unknown", id=message_id)
                if message.status is not MessageStatus.FAILED:
                    raise Refused("outbox.not_failed", id=message_id, status=message.status.value)
            moved = uow.messages.move(
                message_ids,
                from_status=MessageStatus.FAILED,
                to_status=MessageStatus.QUEUED,
                at=now,
                reset_attempts=True,
            )
            uow.commit()
            return moved

        return run_write(self._uow, work)

    # -- e-mail -------------------------------------------------------------------------

    def mail_server(self) -> MailServer | None:
        with self._uow(write=False) as uow:
            stored = uow.club_settings.get(MAIL_SERVER_KEY)
        return MailServer.from_json(stored) if stored else None

    def keyring_usable(self) -> bool:
        return self._passwords is not None and self._passwords.usable()

    def set_mail_server(
        self, server: MailServer, actor: Actor, password: str | None = None
    ) -> PasswordKept:
        """The club's mail server (shared by every counter). A password goes to the system's
        keyring under user@host, never to the database or a settings file; where there is no
        keyring it is not kept at all (``PasswordKept.saved`` False) and the sending program
        takes it from LOYALTYDESK_SMTP_PASSWORD."""
        require(self._uow, actor, Permission.SETTINGS)
        keyring = self.keyring_usable()
        saved = False
        if password and self._passwords is not None and keyring:
            self._passwords.put(server.account, password)
            saved = True

        def work(uow: UnitOfWork) -> None:
            permit(uow, actor, Permission.SETTINGS)
            before = uow.club_settings.get(MAIL_SERVER_KEY)
            uow.club_settings.put(MAIL_SERVER_KEY, server.to_json())
            record(
                uow,
                actor,
                self._clock(),
                AuditKind.SETTINGS,
                MAIL_SERVER_KEY,
                before=json.loads(before) if before else None,
                after=json.loads(server.to_json()),  # the password is never in it
            )
            uow.commit()

        run_write(self._uow, work)
        return PasswordKept(saved=saved, keyring=keyring)

    def send_email(self, actor: Actor, limit: int = MAX_SEND) -> SendRun:
        """Queued e-mail sent now through the club's mail server, oldest first. In the
        quiet hours nothing is sent and ``quiet_until`` says when it can be."""
        require(self._uow, actor, Permission.OUTBOX)
        return self._send_email(limit)

    def _send_email(self, limit: int = MAX_SEND) -> SendRun:
        local = self.local_now()
        if in_quiet_hours(local):
            waiting = self.counts_for(Channel.EMAIL)
            return SendRun(waiting=waiting, quiet_until=next_sending_time(local))
        self.withdraw_opted_out()
        with self._uow(write=False) as uow:
            due = uow.messages.listing(
                status=MessageStatus.QUEUED, channel=Channel.EMAIL, limit=limit
            )
        if not due:
            return SendRun()
        # A setting missing (no server, no password) is the owner's to fix, not the
        # messages' failure: raised before anything is tried, no try is counted.
        connect = self._sender_factory()
        done: list[int] = []
        failures: list[tuple[Message, str]] = []
        try:
            with connect() as sender:
                for message in due:
                    if not self._still_due(message.id):
                        continue  # withdrawn (an opt-out) or taken by another counter
                    try:
                        sender.send(message)
                    except DeviceError as error:
                        failures.append((message, _detail(error)))
                        continue
                    done.append(message.id)
                    # Recorded one by one: a message that went out is never sent twice,
                    # whatever happens to the rest.
                    self._record_sent(message.id)
        except DeviceError as error:
            # The server could not be reached or refused the login: every message not
            # sent has been tried once more.
            tried = {m.id for m, _ in failures} | set(done)
            failures += [(m, _detail(error)) for m in due if m.id not in tried]
        retrying, gave_up = self._record_failures(failures)
        return SendRun(
            sent=len(done),
            retrying=retrying,
            failed=gave_up,
            waiting=self.counts_for(Channel.EMAIL),
            last_error=failures[-1][1] if failures else None,
        )

    def send_daily(self) -> int:
        """The daily job: queued e-mail out, when a server is set and it is not the quiet
        hours; how many went. A failure is kept on the messages, never raised."""
        if self.mail_server() is None:
            return 0
        try:
            return self._send_email().sent
        except DeviceError:
            return 0

    def send_test(self, to: str, actor: Actor, *, subject: str, body: str) -> None:
        """A test message to ``to`` through the club's mail server, at once (quiet hours
        are for members, not for the owner testing the server)."""
        require(self._uow, actor, Permission.OUTBOX)
        address = check_email(to)
        if address is None:
            raise InvalidInput("email.malformed", address=to)
        now = self._clock()
        message = Message(
            id=0,
            member_id=0,
            channel=Channel.EMAIL,
            recipient=address,
            language="",
            subject=subject,
            body=body,
            parts=1,
            status=MessageStatus.QUEUED,
            attempts=0,
            last_error=None,
            created_at=now,
            updated_at=now,
        )
        with self._sender_factory()() as sender:
            sender.send(message)

    def counts_for(self, channel: Channel) -> int:
        """Queued messages of one channel."""
        with self._uow(write=False) as uow:
            return uow.messages.counts(channel)[MessageStatus.QUEUED]

    def _sender_factory(self) -> Callable[[], Sender]:
        """How to reach the mail server, once its settings are known to be whole; a
        missing setting is refused here, before any message is tried."""
        server = self.mail_server()
        problem: DomainError | None = None
        if server is None:
            problem = Refused("mail.not_set")
        elif self._mail is None:
            problem = Refused("mail.not_available")
        password = None
        if problem is None and server is not None and server.user is not None:
            password = self._passwords.get(server.account) if self._passwords else None
            if not password:
                # Said before connecting: the server would only answer "authentication failed".
                problem = DeviceError("mail.no_password", account=server.account)
        if problem is not None:
            log.warning("e-mail not sent: %s", _SETTING_PROBLEMS.get(problem.code, problem.code))
            raise problem
        assert server is not None and self._mail is not None
        mail, named = self._mail, replace(server, sender_name=self._shop)
        return lambda: mail(named, password)

    def _still_due(self, message_id: int) -> bool:
        with self._uow(write=False) as uow:
            message = uow.messages.get(message_id)
            if message is None or message.status is not MessageStatus.QUEUED:
                return False
            member = uow.members.get(message.member_id)
        return member is not None and not member.opted_out

    def _record_sent(self, message_id: int) -> None:
        now = self._clock()

        def work(uow: UnitOfWork) -> None:
            uow.messages.set_status([message_id], MessageStatus.SENT, now, attempted=True)
            uow.commit()

        run_write(self._uow, work)

    def _record_failures(self, failures: Sequence[tuple[Message, str]]) -> tuple[int, int]:
        """Each failed message tried once more; the ones out of tries are ``failed``."""
        if not failures:
            return 0, 0
        now = self._clock()
        gave_up = [(m, e) for m, e in failures if m.attempts + 1 >= MAX_ATTEMPTS]
        again = [(m, e) for m, e in failures if m.attempts + 1 < MAX_ATTEMPTS]

        def work(uow: UnitOfWork) -> None:
            for batch, status in ((again, MessageStatus.QUEUED), (gave_up, MessageStatus.FAILED)):
                for message, error in batch:
                    uow.messages.set_status(
                        [message.id], status, now, error=error[:MAX_ERROR_LENGTH], attempted=True
                    )
            uow.commit()

        run_write(self._uow, work)
        for message, error in failures:
            log.warning("message %s not sent: %s", message.id, error)
        return len(again), len(gave_up)


# The log's words for a setting that stops all e-mail (the log is read by whoever looks
# after the computer; the owner sees the translated sentence).
_SETTING_PROBLEMS = {
    "mail.not_set": "no mail server is set (E-mail server… or `mail set`)",
    "mail.not_available": "this program cannot send e-mail here",
    "mail.no_password": "the mail server's password is not known on this computer (save it "
    "in E-mail server…, or set LOYALTYDESK_SMTP_PASSWORD)",
}


def _detail(error: DeviceError) -> str:
    """The server's own words, kept on the message for the owner to read."""
    detail = error.params.get("detail")
    return str(detail) if detail else error.code

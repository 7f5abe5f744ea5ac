"""The message outbox on both databases: SMS exported for a bulk-SMS panel and marked sent,
e-mail delivered to a real SMTP server on loopback, retries, quiet hours, opt-out."""

from __future__ import annotations

import csv
import datetime as dt
from email.header import decode_header, make_header
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from loyaltydesk.bootstrap import Services
from loyaltydesk.devices.outbox_files import writer_for
from loyaltydesk.devices.passwords import KEYRING_SERVICE, KeyringPasswords
from loyaltydesk.domain.errors import DeviceError, InvalidInput, NotFound, Refused
from loyaltydesk.domain.mail import check_mail_server
from loyaltydesk.domain.messages import Channel, MessageStatus
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.services.outbox import MAX_ATTEMPTS, PASSWORD_VARIABLE
from tests.conftest import FakeClock
from tests.integration.helpers import op, register
from tests.smtp import Collector, MemoryKeyring, free_port, memory_keyring, smtp

__all__ = ["memory_keyring", "smtp"]  # fixtures

PERSIAN = "سارا جان، تولدت مبارک! کد هدیه: ۱۲۳۴"


def use_server(services: Services, port: int, **extra: Any) -> None:
    services.outbox.set_mail_server(
        check_mail_server(
            "127.0.0.1", port, starttls=False, user=extra.get("user"), sender="club@example.com"
        ),
        services.actor,
        extra.get("password"),
    )


def at_local(clock: FakeClock, hour: int, minute: int = 0) -> None:
    """The shop's (Tehran's) local time of day, today."""
    local = clock.now.astimezone(dt.timezone(dt.timedelta(hours=3, minutes=30)))
    clock.now = local.replace(hour=hour, minute=minute).astimezone(dt.UTC)


def test_queued_sms_are_exported_for_the_panel_then_marked_sent(
    services: Services, tmp_path: Path
) -> None:
    sara = register(services)
    ali = register(services, name="Ali Rezaei", phone="09351112233")
    first = services.outbox.queue(sara.id, body=PERSIAN, operation_id=op())
    second = services.outbox.queue(ali.id, body="Happy birthday Ali!", operation_id=op())
    assert first is not None and second is not None

    target = tmp_path / "sms.csv"
    exported = services.outbox.export_sms(target, writer_for(target), actor=services.actor)
    assert (exported.count, exported.path) == (2, target.resolve())
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["mobile", "text"], ["09121234567", PERSIAN], ["09351112233", second.body]]
    assert services.outbox.counts()[MessageStatus.EXPORTED] == 2
    # Nothing left to export: a second export says so and writes nothing.
    with pytest.raises(Refused) as nothing:
        services.outbox.export_sms(
            tmp_path / "again.csv", writer_for(tmp_path / "again.csv"), actor=services.actor
        )
    assert nothing.value.code == "outbox.nothing_to_export"
    assert not (tmp_path / "again.csv").exists()

    # A queued message cannot be marked sent: nothing is marked.
    third = services.outbox.queue(sara.id, body="Later", operation_id=op())
    assert third is not None
    with pytest.raises(Refused) as refused:
        services.outbox.mark_sent(services.actor, [first.id, third.id])
    assert refused.value.code == "outbox.not_exported"
    assert services.outbox.counts()[MessageStatus.SENT] == 0

    assert services.outbox.mark_sent(services.actor, [first.id]) == 1
    assert services.outbox.mark_sent(actor=services.actor) == 1  # every exported one: the second
    counts = services.outbox.counts()
    assert (counts[MessageStatus.SENT], counts[MessageStatus.QUEUED]) == (2, 1)


def test_a_failed_export_leaves_every_message_queued(services: Services, tmp_path: Path) -> None:
    sara = register(services)
    services.outbox.queue(sara.id, body=PERSIAN, operation_id=op())
    folder = tmp_path / "a-folder.csv"
    folder.mkdir()
    with pytest.raises(InvalidInput):
        services.outbox.export_sms(folder, writer_for(folder), actor=services.actor)
    assert services.outbox.counts()[MessageStatus.QUEUED] == 1


def test_an_opted_out_member_is_never_queued_and_can_opt_in_again(services: Services) -> None:
    sara = register(services, email="sara@example.com")
    asked = op()
    view = services.membership.set_opted_out(asked, sara.id, True, services.actor)
    assert view.opted_out and services.membership.get(sara.id).opted_out
    # Recorded: who did it and when; the same operation again changes nothing.
    with services.outbox._uow(write=False) as uow:
        recorded = uow.operations.get(asked)
    assert recorded is not None and recorded.kind is OperationKind.OPT_OUT
    assert (recorded.member_id, recorded.staff) == (sara.id, services.actor.staff)
    assert services.membership.set_opted_out(asked, sara.id, True, services.actor).opted_out
    assert services.outbox.queue(sara.id, body="Hello", operation_id=op()) is None
    assert (
        services.outbox.queue(sara.id, body="Hi", channel=Channel.EMAIL, operation_id=op()) is None
    )
    assert sum(services.outbox.counts().values()) == 0
    services.membership.opt_out_by_ref(op(), "09121234567", False, services.actor)
    assert services.outbox.queue(sara.id, body="Hello", operation_id=op()) is not None


def test_member_email_is_checked_kept_and_changed(services: Services) -> None:
    with pytest.raises(InvalidInput) as bad:
        register(services, email="sara at example.com")
    assert bad.value.code == "email.malformed"
    sara = register(services, email=" Sara@Example.COM ", opted_out=True)
    assert (sara.email, sara.opted_out) == ("Sara@example.com", True)
    # Name and phone corrected: the address and the choice stay as they were.
    services.membership.update_details(
        sara.id, name="Sara M", phone="09121234567", birthday=None, actor=services.actor
    )
    kept = services.membership.get(sara.id)
    assert (kept.email, kept.opted_out) == ("Sara@example.com", True)
    services.membership.update_details(
        sara.id,
        name="Sara M",
        phone="09121234567",
        birthday=None,
        email="",
        opted_out=False,
        actor=services.actor,
    )
    cleared = services.membership.get(sara.id)
    assert (cleared.email, cleared.opted_out) == (None, False)
    for wrong in ("a@b", "a@@b.com", "@b.com", "a@.com", "a b@c.com", "x" * 250 + "@b.com"):
        with pytest.raises(InvalidInput):
            services.membership.update_details(
                sara.id,
                name="Sara M",
                phone="09121234567",
                birthday=None,
                email=wrong,
                actor=services.actor,
            )


def test_email_is_received_by_a_real_smtp_server(
    services: Services, smtp: tuple[Collector, int], memory_keyring: MemoryKeyring
) -> None:
    handler, port = smtp
    use_server(services, port)
    sara = register(services, email="sara@example.com")
    services.outbox.queue(
        sara.id, body=PERSIAN, channel=Channel.EMAIL, subject="تولدت مبارک", operation_id=op()
    )
    run = services.outbox.send_email(actor=services.actor)
    assert (run.sent, run.retrying, run.failed, run.waiting) == (1, 0, 0, 0)
    [(recipients, mail)] = handler.received
    assert recipients == ["sara@example.com"]
    assert (
        mail["To"] == "sara@example.com" and str(mail["From"]) == "LoyaltyDesk <club@example.com>"
    )
    assert str(make_header(decode_header(mail["Subject"]))) == "تولدت مبارک"
    body = mail.get_payload(decode=True)
    assert isinstance(body, bytes)
    assert body.decode(mail.get_content_charset() or "utf-8").strip() == PERSIAN
    [sent] = services.outbox.listing(status=MessageStatus.SENT)
    assert sent.attempts == 1
    # Sending again sends nothing twice.
    assert services.outbox.send_email(actor=services.actor).sent == 0
    assert len(handler.received) == 1


def test_a_server_that_refuses_counts_the_tries_and_gives_up_after_five(
    services: Services, smtp: tuple[Collector, int], clock: FakeClock, memory_keyring: MemoryKeyring
) -> None:
    handler, port = smtp
    handler.refuse = True
    use_server(services, port)
    sara = register(services, email="sara@example.com")
    message = services.outbox.queue(sara.id, body="Hello", channel=Channel.EMAIL, operation_id=op())
    assert message is not None
    for attempt in range(1, MAX_ATTEMPTS):
        run = services.outbox.send_email(actor=services.actor)
        assert (run.sent, run.retrying, run.failed) == (0, 1, 0)
        [queued] = services.outbox.listing(status=MessageStatus.QUEUED)
        assert queued.attempts == attempt
        assert queued.last_error is not None and "550" in queued.last_error
        clock.advance(hours=1)
    run = services.outbox.send_email(actor=services.actor)
    assert (run.retrying, run.failed) == (0, 1)
    [failed] = services.outbox.listing(status=MessageStatus.FAILED)
    assert failed.attempts == MAX_ATTEMPTS and "Mailbox unavailable" in (failed.last_error or "")
    # Shown, never dropped; the owner queues it again, and the server takes it now.
    with pytest.raises(NotFound):
        services.outbox.retry([message.id + 1000], actor=services.actor)
    sms = services.outbox.queue(sara.id, body="x")
    assert sms is not None
    with pytest.raises(Refused) as not_failed:
        services.outbox.retry([failed.id, sms.id], actor=services.actor)
    assert not_failed.value.code == "outbox.not_failed"
    assert services.outbox.retry([failed.id], actor=services.actor) == 1
    [again] = services.outbox.listing(status=MessageStatus.QUEUED, channel=Channel.EMAIL)
    assert again.attempts == 0
    handler.refuse = False
    assert services.outbox.send_email(actor=services.actor).sent == 1
    assert len(handler.received) == 1


def test_an_unreachable_server_keeps_the_messages_queued_with_the_reason(
    services: Services, memory_keyring: MemoryKeyring
) -> None:
    use_server(services, free_port())  # nothing listens there
    sara = register(services, email="sara@example.com")
    services.outbox.queue(sara.id, body="Hello", channel=Channel.EMAIL, operation_id=op())
    run = services.outbox.send_email(actor=services.actor)
    assert (run.sent, run.retrying) == (0, 1)
    [queued] = services.outbox.listing(status=MessageStatus.QUEUED)
    assert queued.attempts == 1 and queued.last_error


def test_nothing_is_sent_in_the_quiet_hours(
    services: Services, smtp: tuple[Collector, int], clock: FakeClock, memory_keyring: MemoryKeyring
) -> None:
    handler, port = smtp
    use_server(services, port)
    sara = register(services, email="sara@example.com")
    services.outbox.queue(sara.id, body="Hello", channel=Channel.EMAIL, operation_id=op())
    at_local(clock, 23, 0)
    run = services.outbox.send_email(actor=services.actor)
    assert (run.sent, run.waiting) == (0, 1)
    assert run.quiet_until is not None
    assert (run.quiet_until.hour, run.quiet_until.minute) == (8, 0)
    assert run.quiet_until.date() == (clock.now.astimezone(run.quiet_until.tzinfo)).date() + (
        dt.timedelta(days=1)
    )
    assert services.outbox.send_daily() == 0
    assert handler.received == []
    [queued] = services.outbox.listing(status=MessageStatus.QUEUED)
    assert queued.attempts == 0
    at_local(clock, 8, 5)
    clock.advance(days=1)
    assert services.outbox.send_daily() == 1
    assert len(handler.received) == 1


def test_the_password_goes_to_the_keyring_and_logs_in(
    services: Services, memory_keyring: MemoryKeyring
) -> None:
    seen: list[tuple[str, str]] = []

    def authenticate(
        server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        assert isinstance(data, LoginPassword)
        seen.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=data.password == b"s3cret")

    handler = Collector()
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticate,
        auth_require_tls=False,
    )
    controller.start()
    try:
        kept = services.outbox.set_mail_server(
            check_mail_server(
                "127.0.0.1", port, starttls=False, user="club@example.com", sender=None
            ),
            services.actor,
            "s3cret",
        )
        assert kept.saved and kept.keyring
        assert memory_keyring.saved == {(KEYRING_SERVICE, "club@example.com@127.0.0.1"): "s3cret"}
        server = services.outbox.mail_server()
        assert server is not None and "s3cret" not in server.to_json()
        services.outbox.send_test(
            "owner@example.com", subject="Test", body="It works", actor=services.actor
        )
        assert seen == [("club@example.com", "s3cret")]
        assert handler.received[0][0] == ["owner@example.com"]
    finally:
        controller.stop()


def test_without_a_keyring_the_password_is_not_kept_and_the_environment_gives_it(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    try:
        kept = services.outbox.set_mail_server(
            check_mail_server("127.0.0.1", free_port(), starttls=False, user="u", sender="a@b.cd"),
            services.actor,
            "s3cret",
        )
        assert (kept.saved, kept.keyring) == (False, False)
        sara = register(services, email="sara@example.com")
        services.outbox.queue(sara.id, body="Hello", channel=Channel.EMAIL, operation_id=op())
        # A setting missing is not the message's failure: nothing tried, no try counted,
        # however often the owner presses "send" (issue 13, newcomer item 3).
        for _ in range(MAX_ATTEMPTS + 1):
            with pytest.raises(DeviceError) as missing:
                services.outbox.send_email(actor=services.actor)
            assert missing.value.code == "mail.no_password"
            assert missing.value.params["account"] == "u@127.0.0.1"
        [queued] = services.outbox.listing(status=MessageStatus.QUEUED)
        assert (queued.attempts, queued.last_error) == (0, None)
        with pytest.raises(DeviceError) as no_password:
            services.outbox.send_test("o@example.com", subject="T", body="B", actor=services.actor)
        assert no_password.value.code == "mail.no_password"
        # The sending program's environment gives it instead.
        monkeypatch.setenv(PASSWORD_VARIABLE, "from-env")
        assert KeyringPasswords().get("u@127.0.0.1") == "from-env"
        assert not KeyringPasswords().usable()
    finally:
        keyring.set_keyring(before)

"""Outbox and e-mail fixes from a newcomer's run (issue 13): an opt-out withdraws what was
queued, a missing setting is not a message's failure, real subjects and From names,
addresses a server can deliver to, and exports in the quiet hours said so."""

from __future__ import annotations

from collections.abc import Sequence
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.devices.outbox_files import write_sms_csv
from loyaltydesk.domain.errors import InvalidInput, Refused
from loyaltydesk.domain.members import check_email
from loyaltydesk.domain.messages import OPTED_OUT_REASON, Channel, Message, MessageStatus
from loyaltydesk.domain.purchases import OperationKind
from tests.conftest import FakeClock
from tests.integration.helpers import op, register
from tests.integration.test_outbox import at_local, use_server
from tests.smtp import Collector, MemoryKeyring, memory_keyring, smtp

__all__ = ["memory_keyring", "smtp"]  # fixtures


def _queue_both(services: Services, member_id: int) -> None:
    services.outbox.queue(member_id, body="Thank you!", operation_id=op())
    services.outbox.queue(member_id, body="Come back", channel=Channel.EMAIL, operation_id=op())


def test_an_opt_out_withdraws_what_was_queued_and_nothing_goes_out(
    services: Services, smtp: tuple[Collector, int], tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    handler, port = smtp
    use_server(services, port)
    late = register(services, name="Late", phone="09125550002", email="late@example.com")
    stays = register(services, name="Stays", phone="09125550003", email="stays@example.com")
    _queue_both(services, late.id)
    _queue_both(services, stays.id)
    services.membership.set_opted_out(op(), late.id, True, services.actor)
    withdrawn = services.outbox.listing(status=MessageStatus.WITHDRAWN)
    assert {m.member_id for m in withdrawn} == {late.id} and len(withdrawn) == 2
    assert all(m.last_error == OPTED_OUT_REASON for m in withdrawn)  # the reason, kept
    assert services.outbox.counts()[MessageStatus.WITHDRAWN] == 2
    exported = services.outbox.export_sms(
        tmp_path / "panel.csv", write_sms_csv, actor=services.actor
    )
    assert "09125550002" not in (tmp_path / "panel.csv").read_text(encoding="utf-8-sig")
    assert exported.count == 1
    run = services.outbox.send_email(actor=services.actor)
    assert run.sent == 1
    assert [r for r, _ in handler.received] == [["stays@example.com"]]
    # Messages again does not bring the withdrawn ones back.
    services.membership.set_opted_out(op(), late.id, False, services.actor)
    assert services.outbox.counts()[MessageStatus.WITHDRAWN] == 2


def test_an_opt_out_in_member_details_withdraws_too(services: Services) -> None:
    member = register(services, name="Ali", phone="09125550004")
    _queue_both(services, member.id)
    services.membership.update_details(
        member.id,
        name="Ali",
        phone="09125550004",
        birthday=None,
        opted_out=True,
        actor=services.actor,
    )
    assert {m.status for m in services.outbox.listing()} == {MessageStatus.WITHDRAWN}


def test_export_and_send_check_again_for_an_opt_out_not_yet_applied(
    services: Services, smtp: tuple[Collector, int], tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """An opt-out recorded without withdrawing (an older version, another till): export and
    send look again and withdraw."""
    handler, port = smtp
    use_server(services, port)
    member = register(services, name="Old", phone="09125550005", email="old@example.com")
    _queue_both(services, member.id)
    with services.outbox._uow(write=True) as uow:
        uow.members.set_opted_out(member.id, True)
        uow.commit()
    with pytest.raises(Refused) as nothing:
        services.outbox.export_sms(tmp_path / "p.csv", write_sms_csv, actor=services.actor)
    assert nothing.value.code == "outbox.nothing_to_export"
    assert services.outbox.send_email(actor=services.actor).sent == 0 and handler.received == []
    assert {m.status for m in services.outbox.listing()} == {MessageStatus.WITHDRAWN}


def test_an_opt_out_while_the_file_is_written_keeps_that_member_out_of_it(
    services: Services, tmp_path: Path
) -> None:
    quick = register(services, name="Quick", phone="09125550006")
    other = register(services, name="Other", phone="09125550007")
    services.outbox.queue(quick.id, body="one", operation_id=op())
    services.outbox.queue(other.id, body="two", operation_id=op())
    files: list[list[str]] = []

    def write(path: Path, messages: Sequence[Message]) -> Path:
        files.append([m.recipient for m in messages])
        if len(files) == 1:  # the member says "no messages" at the counter meanwhile
            services.membership.set_opted_out(op(), quick.id, True, services.actor)
        return write_sms_csv(path, messages)

    exported = services.outbox.export_sms(tmp_path / "p.csv", write, actor=services.actor)
    assert files[-1] == ["09125550007"] and len(files) == 2
    assert exported.count == 1
    text = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert "09125550006" not in text
    counts = services.outbox.counts()
    assert (counts[MessageStatus.EXPORTED], counts[MessageStatus.WITHDRAWN]) == (1, 1)


def test_a_mail_server_not_set_is_said_and_no_try_is_counted(services: Services) -> None:
    member = register(services, email="sara@example.com")
    services.outbox.queue(member.id, body="Hi", channel=Channel.EMAIL, operation_id=op())
    for _ in range(6):
        with pytest.raises(Refused) as missing:
            services.outbox.send_email(actor=services.actor)
        assert missing.value.code == "mail.not_set"
    [queued] = services.outbox.listing()
    assert (queued.status, queued.attempts, queued.last_error) == (MessageStatus.QUEUED, 0, None)


def test_email_has_a_real_subject_and_the_shop_in_from(
    services: Services, smtp: tuple[Collector, int], memory_keyring: MemoryKeyring
) -> None:
    handler, port = smtp
    use_server(services, port)
    sara = register(services, email="sara@example.com")
    long_body = "سلام سارا، کد هدیه تولد شما ۱۲۳۴۵۶۷۸۹۰۱۲۳۴ است. " * 3
    with services.outbox._uow(write=True) as uow:
        member = uow.members.get(sara.id)
        assert member is not None
        services.outbox.queue_in(
            uow, member, body=long_body, channel=Channel.EMAIL, campaign="birthday"
        )
        uow.commit()
    [queued] = services.outbox.listing()
    assert queued.subject == "LoyaltyDesk: تولدتان مبارک"  # stored: the list shows it
    assert services.outbox.send_email(actor=services.actor).sent == 1
    [(_, mail)] = handler.received
    assert str(make_header(decode_header(mail["Subject"]))) == "LoyaltyDesk: تولدتان مبارک"
    assert str(mail["From"]) == "LoyaltyDesk <club@example.com>"


def test_an_address_in_persian_letters_is_refused_at_entry(services: Services) -> None:
    with pytest.raises(InvalidInput) as wrong:
        check_email("علی@مثال.ایران")
    assert wrong.value.code == "email.not_ascii"
    with pytest.raises(InvalidInput):
        register(services, email="ali@مثال.ir")
    assert check_email("ali@example.ir") == "ali@example.ir"


def test_an_export_in_the_quiet_hours_says_so(
    services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    member = register(services)
    services.outbox.queue(member.id, body="one", operation_id=op())
    at_local(clock, 23, 30)
    assert services.outbox.export_sms(
        tmp_path / "night.csv", write_sms_csv, actor=services.actor
    ).quiet_hours
    services.outbox.queue(member.id, body="two", operation_id=op())
    at_local(clock, 10, 0)
    assert not services.outbox.export_sms(
        tmp_path / "day.csv", write_sms_csv, actor=services.actor
    ).quiet_hours


def test_the_opt_out_is_still_recorded_as_its_operation(services: Services) -> None:
    member = register(services)
    services.outbox.queue(member.id, body="one", operation_id=op())
    key = op()
    services.membership.set_opted_out(key, member.id, True, services.actor)
    with services.outbox._uow(write=False) as uow:
        recorded = uow.operations.get(key)
    assert recorded is not None and recorded.kind is OperationKind.OPT_OUT

"""`outbox` and `mail` after a newcomer's run (issue 13): opt-outs withdraw, a missing
password is the owner's sentence and costs no try, wording and numbers."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.messages import Channel, MessageStatus
from loyaltydesk.services.outbox import PASSWORD_VARIABLE
from loyaltydesk.settings import Settings
from tests.cli.conftest import Cli
from tests.smtp import Collector, smtp

__all__ = ["smtp"]  # fixtures


@pytest.fixture
def club(cli: Cli, tmp_path: Path) -> Iterator[Services]:
    built = build_services(Settings(data_dir=tmp_path / "side"), cli.database)
    yield built
    built.close()


def test_an_opt_out_after_queueing_keeps_the_member_out_of_the_export(
    cli: Cli, club: Services, tmp_path: Path
) -> None:
    cli.json("member", "add", "--name", "Late", "--phone", "09125550002")
    cli.json("member", "add", "--name", "Stays", "--phone", "09125550003")
    for phone in ("09125550002", "09125550003"):
        club.outbox.queue(club.membership.resolve(phone).id, body="Thank you")
    cli.json("member", "opt-out", "09125550002")
    exported = cli.json("outbox", "export", "--out", str(tmp_path / "late.csv"))
    assert exported["exported"] == 1 and isinstance(exported["quiet_hours"], bool)
    with (tmp_path / "late.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [row[0] for row in csv.reader(handle)][1:] == ["09125550003"]
    listed = cli.json("outbox", "list", "--status", "withdrawn")
    assert listed["counts"]["withdrawn"] == 1
    [row] = listed["messages"]
    assert (row["recipient"], row["last_error"]) == ("09125550002", "message.opted_out")
    code, text, _ = cli.run("outbox", "list")
    assert code == 0 and "Withdrawn: the member asked for no messages" in text


def test_a_missing_password_is_said_and_no_try_is_counted(
    cli: Cli, club: Services, smtp: tuple[Collector, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends import fail

    _handler, port = smtp
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    try:
        cli.json(
            "mail", "set", "--host", "127.0.0.1", "--port", str(port), "--no-starttls",
            "--user", "shop", "--from", "club@example.com",
        )  # fmt: skip
        cli.json("member", "add", "--name", "Sara", "--phone", "09121234567",
                 "--email", "sara@example.com")  # fmt: skip
        sara = club.membership.resolve("09121234567")
        club.outbox.queue(sara.id, body="Hi", channel=Channel.EMAIL)
        for _ in range(6):
            err = cli.fails("outbox", "send", code=6)
            assert "The password for shop@127.0.0.1 is not known" in err
            assert "could not be completed" not in err
        [message] = club.outbox.listing()
        assert (message.status, message.attempts, message.last_error) == (
            MessageStatus.QUEUED,
            0,
            None,
        )
    finally:
        keyring.set_keyring(before)


def test_mail_wording(cli: Cli, club: Services, smtp: tuple[Collector, int]) -> None:
    _handler, port = smtp
    err = cli.fails("mail", "set", "--host", "", "--port", "25", "--from", "a@b.cd")
    assert "loyaltydesk: Write the mail server" in err
    # A plain server asked for STARTTLS: one sentence, one period, no queue for a test.
    cli.json("mail", "set", "--host", "127.0.0.1", "--port", str(port), "--from", "c@ex.com")
    code, _out, err = cli.run("mail", "test", "--to", "o@example.com")
    assert code == 6, err
    assert "STARTTLS" in err and ".." not in err and "queued" not in err


def test_one_message_is_said_in_the_singular_and_ids_are_not_grouped(
    cli: Cli, club: Services
) -> None:
    cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")
    message = club.outbox.queue(club.membership.resolve("09121234567").id, body="Hi")
    assert message is not None
    with club.outbox._uow(write=True) as uow:
        uow.messages.set_status([message.id], MessageStatus.FAILED, message.created_at)
        uow.commit()
    code, text, _ = cli.run("outbox", "retry", "--id", str(message.id))
    assert code == 0 and text.strip() == "1 message queued again."
    err = cli.fails("outbox", "retry", "--id", "99999")
    assert "99999" in err and "99,999" not in err

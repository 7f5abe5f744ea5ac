"""`outbox …`, `mail …` and the member's e-mail and opt-out from the command line."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.messages import Channel, MessageStatus
from loyaltydesk.settings import Settings
from tests.cli.conftest import Cli
from tests.smtp import Collector, MemoryKeyring, free_port, memory_keyring, smtp

__all__ = ["memory_keyring", "smtp"]  # fixtures

PERSIAN = "سارا جان، تولدت مبارک!"


@pytest.fixture
def club(cli: Cli, tmp_path: Path) -> Iterator[Services]:
    """The same club, for queueing messages as a campaign would."""
    built = build_services(Settings(data_dir=tmp_path / "side"), cli.database)
    yield built
    built.close()


def test_statuses_and_channels_are_the_domains() -> None:
    from loyaltydesk.cli.outbox import CHANNELS, STATUSES

    assert list(STATUSES) == [s.value for s in MessageStatus]
    assert list(CHANNELS) == [c.value for c in Channel]


def test_member_email_opt_out_and_opt_in(cli: Cli) -> None:
    added = cli.json(
        "member", "add", "--name", "Sara", "--phone", "09121234567", "--email", "sara@example.com"
    )
    assert (added["member"]["email"], added["member"]["opted_out"]) == ("sara@example.com", False)
    out = cli.json("member", "opt-out", "09121234567")
    assert out["opted_out"] is True
    code, text, _ = cli.run("member", "show", "09121234567")
    assert code == 0 and "sara@example.com" in text and "No messages" in text
    assert cli.json("member", "opt-in", "09121234567")["opted_out"] is False
    assert cli.json("member", "update", "09121234567", "--email", "s@example.org")["email"] == (
        "s@example.org"
    )
    err = cli.fails("member", "update", "09121234567", "--email", "s@example")
    assert "not an e-mail address" in err
    quiet = cli.json("member", "add", "--name", "Ali", "--phone", "09351112233", "--no-messages")
    assert quiet["member"]["opted_out"] is True


def test_list_export_and_mark_sent(cli: Cli, club: Services, tmp_path: Path) -> None:
    cli.json("member", "add", "--name", "سارا", "--phone", "09121234567")
    cli.json("member", "add", "--name", "Ali", "--phone", "09351112233", "--no-messages")
    sara = club.membership.resolve("09121234567")
    ali = club.membership.resolve("09351112233")
    first = club.outbox.queue(sara.id, body=PERSIAN)
    assert club.outbox.queue(ali.id, body="never") is None  # opted out: never queued
    assert first is not None

    listed = cli.json("outbox", "list")
    assert listed["counts"] == {
        "queued": 1,
        "exported": 0,
        "sent": 0,
        "failed": 0,
        "withdrawn": 0,
    }
    [row] = listed["messages"]
    assert (row["id"], row["member"], row["recipient"], row["body"], row["status"]) == (
        first.id,
        "سارا",
        "09121234567",
        PERSIAN,
        "queued",
    )
    assert set(row) >= {"channel", "parts", "attempts", "last_error", "campaign", "created_at"}

    target = tmp_path / "panel.xlsx"
    exported = cli.json("outbox", "export", "--out", str(target))
    assert (exported["exported"], exported["ids"]) == (1, [first.id])
    assert target.exists()
    code, _text, _ = cli.run("outbox", "export", "--out", str(tmp_path / "b.csv"))
    assert code == 2
    cli.fails("outbox", "export", "--out", str(tmp_path / "b.txt"))
    err = cli.fails("outbox", "mark-sent", "--id", "999")
    assert "999" in err
    assert cli.json("outbox", "mark-sent", "--all-exported") == {"marked_sent": 1}
    assert cli.json("outbox", "list", "--status", "sent")["messages"][0]["id"] == first.id
    assert cli.json("outbox", "list", "--channel", "email")["messages"] == []
    cli.fails("outbox", "retry", "--id", str(first.id))  # sent, not failed


def test_csv_export_prints_how_many(cli: Cli, club: Services, tmp_path: Path) -> None:
    cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")
    club.outbox.queue(club.membership.resolve("09121234567").id, body=PERSIAN)
    code, text, _ = cli.run("outbox", "export", "--out", str(tmp_path / "p.csv"))
    assert code == 0 and "1 SMS" in text
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1] == ["09121234567", PERSIAN]


def test_mail_set_test_and_send(
    cli: Cli,
    club: Services,
    smtp: tuple[Collector, int],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handler, port = smtp
    cli.fails("mail", "set", "--host", "bad host", "--port", "25", "--from", "a@b.cd")
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    shown = cli.json(
        "mail", "set", "--host", "127.0.0.1", "--port", str(port), "--no-starttls",
        "--user", "club", "--from", "club@example.com", "--password-stdin",
    )  # fmt: skip
    assert shown["password_saved"] is True and shown["starttls"] is False
    assert memory_keyring.saved  # in the keyring, not in the database
    assert cli.json("mail", "show")["server"]["from"] == "club@example.com"
    # The relay takes no login: set it without a user.
    cli.json(
        "mail", "set", "--host", "127.0.0.1", "--port", str(port), "--no-starttls",
        "--from", "club@example.com",
    )  # fmt: skip
    assert cli.json("mail", "test", "--to", "owner@example.com") == {"sent_to": "owner@example.com"}
    assert handler.received[-1][0] == ["owner@example.com"]

    cli.json("member", "add", "--name", "Sara", "--phone", "09121234567", "--email", "s@e.com")
    sara = club.membership.resolve("09121234567")
    club.outbox.queue(sara.id, body="Hello", channel=Channel.EMAIL)
    sent = cli.json("outbox", "send")
    assert (sent["sent"], sent["waiting"], sent["quiet_until"]) == (1, 0, None)
    assert handler.received[-1][0] == ["s@e.com"]


def test_send_to_a_server_that_is_not_there_exits_6_and_keeps_the_error(
    cli: Cli, club: Services, memory_keyring: MemoryKeyring
) -> None:
    cli.json(
        "mail", "set", "--host", "127.0.0.1", "--port", str(free_port()), "--no-starttls",
        "--from", "club@example.com",
    )  # fmt: skip
    cli.json("member", "add", "--name", "Sara", "--phone", "09121234567", "--email", "s@e.com")
    club.outbox.queue(club.membership.resolve("09121234567").id, body="Hi", channel=Channel.EMAIL)
    code, _out, _err = cli.run("outbox", "send")
    assert code == 6
    [message] = cli.json("outbox", "list")["messages"]
    assert message["attempts"] == 1 and message["last_error"]

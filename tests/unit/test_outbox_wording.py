"""The outbox's and the mail server's sentences (issue 13, a newcomer's run): numbers that
name something are not grouped, ports in Persian digits, one period, singulars."""

from __future__ import annotations

import datetime as dt
import smtplib
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.devices.mail import _words
from loyaltydesk.domain.errors import DeviceError, InvalidInput, NotFound
from loyaltydesk.domain.mail import check_mail_server
from loyaltydesk.domain.messages import OPTED_OUT_REASON, MessageStatus, email_subject
from loyaltydesk.i18n.bidi import FSI
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.services.outbox import Exported, SendRun
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.outbox.labels import (
    export_summary,
    last_error_text,
    marked_sent_text,
    queued_again_text,
    send_summary,
    status_label,
)

TEHRAN = ZoneInfo("Asia/Tehran")
EN = Display("en", MoneyUnit.TOMAN, TEHRAN)
FA = Display("fa", MoneyUnit.TOMAN, TEHRAN)


def test_a_port_is_in_the_languages_digits_and_a_message_id_is_not_grouped() -> None:
    unreachable = DeviceError("mail.unreachable", host="127.0.0.1", port=8025, detail="refused")
    assert "۸۰۲۵" in error_text(unreachable, "fa", screen=False)
    assert "8025" in error_text(unreachable, "en", screen=False)
    unknown = error_text(NotFound("outbox.unknown", id=99999), "en", screen=False)
    assert "99999" in unknown and "99,999" not in unknown


def test_a_failed_connection_reads_as_one_sentence_without_a_queue() -> None:
    detail = _words(smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."))
    text = error_text(
        DeviceError("mail.unreachable", host="h", port=25, detail=detail), "en", screen=False
    )
    assert ".." not in text and "queued" not in text
    assert text.endswith("Nothing was sent.")


def test_an_empty_server_name_asks_for_one() -> None:
    with pytest.raises(InvalidInput) as empty:
        check_mail_server("  ", 25, starttls=False, user=None, sender="a@b.cd")
    assert empty.value.code == "mail.no_host"
    assert error_text(empty.value, "en", screen=False).startswith("Write the mail server")


def test_singulars_and_plurals() -> None:
    assert queued_again_text(1, EN) == "1 message queued again."
    assert queued_again_text(2, EN) == "2 messages queued again."
    assert marked_sent_text(1, EN) == "1 message marked sent."
    quiet = SendRun(waiting=1, quiet_until=dt.datetime(2026, 11, 27, 8, 0, tzinfo=TEHRAN))
    assert "1 e-mail waits;" in send_summary(quiet, EN)
    one = Exported(Path("/tmp/a.csv"), 1, 1, (5,))
    assert export_summary(one, EN, screen=False).startswith("1 SMS (1 part) written to /tmp/a.csv")
    assert "mark it sent" in export_summary(one, EN, screen=False)
    two = Exported(Path("/tmp/a.csv"), 2, 3, (5, 6))
    assert export_summary(two, EN, screen=False).startswith("2 SMS (3 parts)")


def test_the_exported_path_keeps_its_direction_in_a_persian_sentence() -> None:
    done = Exported(Path("/tmp/x/gui-fa.xlsx"), 2, 2, (1, 2))
    assert FSI + "/tmp/x/gui-fa.xlsx" in export_summary(done, FA, screen=True)


def test_an_export_in_the_quiet_hours_warns() -> None:
    night = Exported(Path("/tmp/a.csv"), 2, 2, (1, 2), quiet_hours=True)
    assert "quiet hours" in export_summary(night, EN, screen=False)
    assert "quiet hours" not in export_summary(
        Exported(Path("/tmp/a.csv"), 2, 2, (1, 2)), EN, screen=False
    )


def test_a_withdrawn_message_shows_why() -> None:
    assert status_label(MessageStatus.WITHDRAWN) == "Withdrawn"
    assert "no messages" in last_error_text(OPTED_OUT_REASON, "en")
    # A stored code whose sentence names the address gets the message's address.
    refused = last_error_text("mail.refused", "en", "sara@example.com")
    assert "sara@example.com" in refused and "could not be completed" not in refused


def test_a_subject_names_the_shop_and_the_campaign_in_the_members_language() -> None:
    assert email_subject("Café Roya", "birthday", "en") == "Café Roya: Happy birthday"
    assert email_subject("کافه رویا", "win_back", "fa") == "کافه رویا: دلمان برایتان تنگ شده"
    assert email_subject("", None, "en") == "A message from the club"

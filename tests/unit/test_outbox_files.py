"""The SMS file for a bulk-SMS panel, byte for byte; the checks on e-mail and mail server."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from loyaltydesk.devices.outbox_files import write_sms_csv, write_sms_xlsx, writer_for
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.mail import check_mail_server
from loyaltydesk.domain.members import check_email
from loyaltydesk.domain.messages import Channel, Message, MessageStatus

PERSIAN = "سارا جان، تولدت مبارک! کد هدیه: 12345678901234 «تا ۱۴۰۵/۰۹/۳۰»"
NOW = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)


def sms(message_id: int, recipient: str, body: str, language: str = "fa") -> Message:
    return Message(
        id=message_id,
        member_id=message_id,
        channel=Channel.SMS,
        recipient=recipient,
        language=language,
        subject=None,
        body=body,
        parts=1,
        status=MessageStatus.QUEUED,
        attempts=0,
        last_error=None,
        created_at=NOW,
        updated_at=NOW,
    )


MESSAGES = [
    sms(1, "09121234567", PERSIAN),
    sms(2, "09351112233", 'Hi Ali, "20% off", see you', "en"),
]


def test_csv_is_utf8_with_a_bom_a_header_and_mobiles_as_09(tmp_path: Path) -> None:
    path = write_sms_csv(tmp_path / "sms.csv", MESSAGES)
    data = path.read_bytes()
    expected = (
        "\ufeffmobile,text\r\n"
        f"09121234567,{PERSIAN}\r\n"
        '09351112233,"Hi Ali, ""20% off"", see you"\r\n'
    ).encode()
    assert data == expected
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["mobile", "text"], ["09121234567", PERSIAN], ["09351112233", MESSAGES[1].body]]


def test_xlsx_reads_back_with_mobiles_as_text_and_persian_intact(tmp_path: Path) -> None:
    path = write_sms_xlsx(tmp_path / "sms.xlsx", MESSAGES)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert rows == [
        ("mobile", "text"),
        ("09121234567", PERSIAN),
        ("09351112233", MESSAGES[1].body),
    ]
    assert sheet["A2"].data_type == "s"  # a leading 0 kept: a panel reads 0912…, not 912…
    assert sheet.sheet_view.rightToLeft


def test_the_file_name_chooses_the_writer(tmp_path: Path) -> None:
    assert writer_for(tmp_path / "a.CSV") is write_sms_csv
    assert writer_for(tmp_path / "a.xlsx") is write_sms_xlsx
    with pytest.raises(InvalidInput) as wrong:
        writer_for(tmp_path / "a.txt")
    assert wrong.value.code == "outbox.bad_format"


@pytest.mark.parametrize(
    "text",
    [
        "a@b",
        "ab.com",
        "a@@b.com",
        "@b.com",
        "a@.com",
        "a@b.com.",
        "a@b..com",
        "a b@c.com",
        "a@b .com",
    ],
)
def test_a_mistyped_email_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as wrong:
        check_email(text)
    assert wrong.value.code == "email.malformed"


def test_an_email_is_trimmed_its_domain_lowercased_and_long_ones_refused() -> None:
    assert check_email("  Sara.M@Example.IR ") == "Sara.M@example.ir"
    assert check_email("") is None and check_email(None) is None
    with pytest.raises(InvalidInput) as long:
        check_email("a" * 250 + "@b.com")
    assert long.value.code == "email.too_long"


def test_mail_server_settings_are_checked() -> None:
    server = check_mail_server(
        "SMTP.Example.com", "465", starttls=False, user=" club@example.com ", sender=""
    )
    assert (server.host, server.port, server.ssl, server.sender) == (
        "smtp.example.com",
        465,
        True,
        "club@example.com",
    )
    assert server.account == "club@example.com@smtp.example.com"
    assert not check_mail_server("relay", 25, starttls=False, user=None, sender="a@b.cd").ssl
    for host, port, code in (
        ("bad host", 587, "mail.bad_host"),
        ("h", "x", "mail.bad_port"),
        ("h", 0, "mail.bad_port"),
    ):
        with pytest.raises(InvalidInput) as wrong:
            check_mail_server(host, port, starttls=True, user=None, sender="a@b.cd")
        assert wrong.value.code == code
    with pytest.raises(InvalidInput) as no_sender:
        check_mail_server("h", 587, starttls=True, user="login", sender=None)
    assert no_sender.value.code == "mail.no_sender"

"""Queued SMS as a file an Iranian bulk-SMS panel takes: a mobile column (09…) and a text
column, UTF-8 with a BOM (Excel and the panels read Persian right), or an XLSX workbook.
Written whole or not at all (devices/exports)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from loyaltydesk.devices.exports import write_csv, write_xlsx
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.messages import Message
from loyaltydesk.services.report_tables import Cell, Column, Kind, Table

# The panels' own column names (they map them on upload); not translated: the file is for
# the panel, not for reading.
MOBILE = "mobile"
TEXT = "text"
FORMATS = (".csv", ".xlsx")


def sms_table(messages: Sequence[Message]) -> Table:
    return Table(
        "SMS",
        (Column(MOBILE, Kind.PHONE), Column(TEXT, Kind.TEXT)),
        tuple((Cell(m.recipient, m.recipient), Cell(m.body, m.body)) for m in messages),
    )


def write_sms_csv(path: Path, messages: Sequence[Message]) -> Path:
    return write_csv(path, sms_table(messages))


def write_sms_xlsx(path: Path, messages: Sequence[Message]) -> Path:
    # Right to left when any message is Persian: the sheet reads as the messages do.
    rtl = any(m.language == "fa" for m in messages)
    return write_xlsx(path, [sms_table(messages)], rtl)


def writer_for(path: Path) -> Callable[[Path, Sequence[Message]], Path]:
    """The writer a file name asks for, by its suffix (.csv or .xlsx)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_sms_csv
    if suffix == ".xlsx":
        return write_sms_xlsx
    raise InvalidInput("outbox.bad_format", path=str(path))

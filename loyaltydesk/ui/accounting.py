"""The accountant's tables: members and the ledger, titled in the shop's language, dates in
its calendar and zone, money in its unit. The window's "Export members…"/"Export ledger…"
and the `export` command write the same tables through devices/exports."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.accounting import LedgerRecord, MemberRecord
from loyaltydesk.services.report_tables import Cell, Column, Kind, Table
from loyaltydesk.ui.labels import entry_kind_label, merge_line_text
from loyaltydesk.ui.reports.layout import money_title, money_value


class ExportKind(enum.StrEnum):
    MEMBERS = "members"
    LEDGER = "ledger"


def _text(value: str | None) -> Cell:
    return Cell(value or None, value or "")


def _count(value: int, display: Display) -> Cell:
    return Cell(value, display.n(value))


def _id(value: int | None, display: Display) -> Cell:
    return Cell(value, display.digits(str(value)) if value is not None else "")


def _day(value: dt.date | None, display: Display) -> Cell:
    return Cell(value, display.day(value) if value else "")


def _moment_day(value: dt.datetime | None, display: Display) -> Cell:
    return _day(display.local_date(value) if value else None, display)


def _money(rials: int | None, display: Display) -> Cell:
    if rials is None:
        return Cell(None, "")
    return Cell(money_value(rials, display), display.money(rials))


def members_table(records: list[MemberRecord], display: Display) -> Table:
    yes, no = (
        QCoreApplication.translate("Accounting", "yes"),
        QCoreApplication.translate("Accounting", "no"),
    )
    columns = (
        Column(QCoreApplication.translate("Accounting", "Member no."), Kind.NUMBER),
        Column(QCoreApplication.translate("Accounting", "Name"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Mobile"), Kind.PHONE),
        Column(QCoreApplication.translate("Accounting", "Card"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "National code"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Birthday"), Kind.DATE),
        Column(QCoreApplication.translate("Accounting", "E-mail"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Joined"), Kind.DATE),
        Column(QCoreApplication.translate("Accounting", "Last visit"), Kind.DATE),
        Column(QCoreApplication.translate("Accounting", "Points"), Kind.COUNT),
        Column(QCoreApplication.translate("Accounting", "Stamps"), Kind.COUNT),
        Column(QCoreApplication.translate("Accounting", "Tier"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "No messages"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Merged into member no."), Kind.NUMBER),
    )
    rows = tuple(
        (
            _id(m.id, display),
            _text(m.name),
            Cell(m.phone, display.code(m.phone)),
            _text(m.card),
            _text(m.national_code),
            _day(m.birthday, display),
            _text(m.email),
            _moment_day(m.joined_at, display),
            _moment_day(m.last_visit_at, display),
            _count(m.balance, display),
            _count(m.stamps, display),
            _text(m.tier_code),
            Cell(yes if m.opted_out else no, yes if m.opted_out else no),
            _id(m.merged_into, display),
        )
        for m in records
    )
    return Table(
        QCoreApplication.translate("Accounting", "Members"),
        columns,
        rows,
        tuple(m.id for m in records),
    )


def ledger_table(records: list[LedgerRecord], display: Display) -> Table:
    columns = (
        Column(QCoreApplication.translate("Accounting", "Entry no."), Kind.NUMBER),
        Column(QCoreApplication.translate("Accounting", "Date"), Kind.DATE),
        Column(QCoreApplication.translate("Accounting", "Time"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Member no."), Kind.NUMBER),
        Column(QCoreApplication.translate("Accounting", "Member"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Kind"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Points"), Kind.COUNT),
        Column(QCoreApplication.translate("Accounting", "Balance after"), Kind.COUNT),
        Column(QCoreApplication.translate("Accounting", "Stamps"), Kind.COUNT),
        Column(
            money_title(QCoreApplication.translate("Accounting", "Purchase"), display), Kind.MONEY
        ),
        Column(
            money_title(QCoreApplication.translate("Accounting", "Refunded"), display), Kind.MONEY
        ),
        Column(QCoreApplication.translate("Accounting", "Receipt"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Reward"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Reason"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Staff"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Counter"), Kind.TEXT),
        Column(QCoreApplication.translate("Accounting", "Operation"), Kind.TEXT),
    )
    rows = []
    for e in records:
        local = e.effective_at.astimezone(display.zone)
        clock = local.strftime("%H:%M")
        rows.append(
            (
                _id(e.id, display),
                _day(local.date(), display),
                Cell(clock, display.digits(clock)),
                _id(e.member_id, display),
                _text(e.member_name),
                _text(entry_kind_label(e.kind)),
                _count(e.points, display),
                _count(e.balance_after, display),
                _count(e.stamps, display),
                _money(e.purchase_rials, display),
                _money(e.refunded_rials, display),
                _text(e.receipt_no),
                _text(e.reward_name),
                _text(
                    merge_line_text(e.reason, f"#{e.related_member_id}")
                    if e.kind is EntryKind.MERGE
                    else e.reason
                ),
                _text(e.staff),
                _text(e.counter),
                _text(e.operation_id),
            )
        )
    return Table(
        QCoreApplication.translate("Accounting", "Ledger"),
        columns,
        tuple(rows),
        tuple(e.member_id for e in records),
    )

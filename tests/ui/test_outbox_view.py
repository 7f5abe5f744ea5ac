"""The Outbox part and the member's e-mail and "no messages", in both languages."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.messages import Channel, MessageStatus
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.outbox.labels import status_label
from loyaltydesk.ui.outbox.view import OutboxView
from tests.ui.conftest import answer_next_dialog, type_text

PERSIAN = "سارا جان، تولدت مبارک! کد هدیه: ۱۲۳۴"


def queue_some(s: Services) -> tuple[int, int]:
    sara = s.membership.register(
        "o1", name="سارا محمدی", phone="09121234567", actor=s.actor, email="sara@example.com"
    ).member
    ali = s.membership.register("o2", name="Ali Rezaei", phone="09351112233", actor=s.actor).member
    s.outbox.queue(sara.id, body=PERSIAN, operation_id="m1")
    s.outbox.queue(ali.id, body="Happy birthday Ali!", operation_id="m2")
    s.outbox.queue(sara.id, body="Hello by mail", channel=Channel.EMAIL, operation_id="m3")
    return sara.id, ali.id


def open_outbox(window: MainWindow) -> OutboxView:
    assert window.outbox is not None
    window.tabs.setCurrentWidget(window.outbox)
    window.outbox.refresh()
    return window.outbox


def press(button: QWidget) -> None:
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


def cell(view: OutboxView, row: int, index: int) -> str:
    item = view.table.item(row, index)
    assert item is not None
    return item.text()


def column(view: OutboxView, index: int) -> list[str]:
    return [cell(view, r, index) for r in range(view.table.rowCount())]


def test_queued_sms_export_from_the_outbox_and_are_marked_sent(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    queue_some(gui_services)
    view = open_outbox(window)
    assert view.table.rowCount() == 3
    assert column(view, 4) == [status_label(MessageStatus.QUEUED)] * 3
    assert status_label(MessageStatus.QUEUED) in view.counts.text()

    target = tmp_path / "panel"
    asked: list[str] = []

    def save_as(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[3]))
        return str(target), str(args[3]).split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    press(view.export_button)
    written = tmp_path / "panel.csv"  # the type chosen adds its suffix
    assert written.exists() and ".xlsx" in asked[0]
    with written.open(encoding="utf-8-sig", newline="") as read:
        rows = list(csv.reader(read))
    assert rows == [
        ["mobile", "text"],
        ["09121234567", PERSIAN],
        ["09351112233", "Happy birthday Ali!"],
    ]
    assert column(view, 4).count(status_label(MessageStatus.EXPORTED)) == 2
    assert str(written) in view.message.text() or written.name in view.message.text()

    # Mark sent with nothing selected asks about every exported message.
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    press(view.mark_sent_button)
    counts = gui_services.outbox.counts()
    assert (counts[MessageStatus.SENT], counts[MessageStatus.QUEUED]) == (2, 1)
    assert column(view, 4).count(status_label(MessageStatus.SENT)) == 2

    # The filters: only what is still queued, then only e-mail.
    view.status_filter.setCurrentIndex(view.status_filter.findData(MessageStatus.QUEUED.value))
    assert view.table.rowCount() == 1 and column(view, 2) == ["sara@example.com"]
    # Nothing more to export: said in the window, nothing written.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "again.csv"), "")
    )
    press(view.export_button)
    assert not (tmp_path / "again.csv").exists() and view.message.text()


def test_failed_messages_show_their_error_and_are_retried(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    s = gui_services
    queue_some(s)
    # No mail server set: "send now" says so and sends nothing.
    view = open_outbox(window)
    press(view.send_button)
    qtbot.waitUntil(view.send_button.isEnabled)
    assert view.message.text()
    assert s.outbox.counts()[MessageStatus.QUEUED] == 3
    # A message that ran out of tries, as the sender leaves it.
    [mail] = s.outbox.listing(channel=Channel.EMAIL)
    with s.outbox._uow(write=True) as uow:
        uow.messages.set_status(
            [mail.id], MessageStatus.FAILED, mail.created_at, error="550 Mailbox unavailable"
        )
        uow.commit()
    view.refresh()
    row = column(view, 2).index("sara@example.com")
    assert "550 Mailbox unavailable" in cell(view, row, 6)
    assert cell(view, row, 4) == status_label(MessageStatus.FAILED)
    view.table.setCurrentCell(row, 0)
    assert view.selected(MessageStatus.FAILED) == [mail.id]
    press(view.retry_button)
    assert s.outbox.counts()[MessageStatus.FAILED] == 0
    assert cell(view, row, 4) == status_label(MessageStatus.QUEUED)


def test_registering_with_email_and_no_messages_shows_the_mark_at_the_counter(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    shown: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "registerName")
        phone = dialog.findChild(QLineEdit, "registerPhone")
        email = dialog.findChild(QLineEdit, "registerEmail")
        no_messages = dialog.findChild(QCheckBox, "registerNoMessages")
        assert name and phone and email and no_messages
        type_text(name, "Sara")
        type_text(phone, "09121234567")
        type_text(email, "sara at example.com")
        QTest.keyClick(email, Qt.Key.Key_Return)
        error = dialog.findChild(QLabel, "error_email")
        shown["error"] = error.text() if error is not None and error.isVisible() else ""
        email.clear()
        type_text(email, "sara@example.com")
        no_messages.setFocus()
        QTest.keyClick(no_messages, Qt.Key.Key_Space)
        QTest.keyClick(email, Qt.Key.Key_Return)

    answer_next_dialog(Qt.Key.Key_Escape, then=fill)
    QTest.keyClick(window.counter.search, Qt.Key.Key_F2)
    assert "sara at example.com" in shown["error"]
    member_id = window.counter.member_id
    assert member_id is not None
    member = gui_services.membership.get(member_id)
    assert (member.email, member.opted_out) == ("sara@example.com", True)
    qtbot.waitUntil(lambda: window.counter.panel.identity.text() != "")
    identity = window.counter.panel.identity.text()
    assert window.counter.panel.tr("no messages") in identity

    # In details: messages again, and a new address.
    def edit(dialog: QWidget) -> None:
        email = dialog.findChild(QLineEdit, "detailsEmail")
        no_messages = dialog.findChild(QCheckBox, "detailsNoMessages")
        assert email and no_messages and no_messages.isChecked()
        assert email.text() == "sara@example.com"
        email.clear()
        type_text(email, "sara.m@example.com")
        no_messages.setFocus()
        QTest.keyClick(no_messages, Qt.Key.Key_Space)
        save = dialog.findChild(QPushButton, "detailsSave")
        assert save is not None
        save.click()
        said = dialog.findChild(QLabel, "detailsMessage")
        shown["details"] = said.text() if said is not None else ""

    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # back at the counter
    answer_next_dialog(Qt.Key.Key_Escape, then=edit)
    QTest.keyClick(window.counter.amount, Qt.Key.Key_F4)
    member = gui_services.membership.get(member_id)
    assert (member.email, member.opted_out) == ("sara.m@example.com", False), shown["details"]
    assert window.counter.panel.tr("no messages") not in window.counter.panel.identity.text()


def test_the_daily_mail_job_waits_for_the_quiet_hours_to_end(
    qtbot: QtBot, window: MainWindow
) -> None:
    import datetime as dt

    sent: list[int] = []

    def send() -> int:
        sent.append(1)
        return 0

    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    window.start_mail_job(send, lambda: later)
    assert window._mail_timer.isActive() and not sent
    assert abs(window._mail_timer.remainingTime() - 2 * 3600 * 1000) < 60_000
    window.start_mail_job(send, lambda: dt.datetime.now(dt.UTC))  # not quiet: at once
    qtbot.waitUntil(lambda: len(sent) == 1)
    assert window._mail_timer.remainingTime() > 23 * 3600 * 1000  # then a day later

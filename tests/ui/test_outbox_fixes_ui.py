"""The Outbox window, the mail dialog and the counter's "no messages" after a newcomer's run
(issue 13), in both languages, driven by keys and clicks."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.messages import Channel, MessageStatus
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.i18n.bidi import FSI
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.outbox.mail_dialog import MailServerDialog
from loyaltydesk.ui.outbox.view import OutboxView
from tests.conftest import FakeClock
from tests.integration.test_outbox import at_local
from tests.ui.conftest import member, plain, scan, type_text
from tests.ui.test_outbox_view import column, open_outbox, press, queue_some


def click_row(view: OutboxView, row: int) -> None:
    item = view.table.item(row, 0)
    assert item is not None
    rect = view.table.visualItemRect(item)
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def questions(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def ask(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    return asked


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV (*.csv)")
    )


def test_mark_sent_with_only_queued_rows_selected_marks_nothing_and_asks_nothing(
    qtbot: QtBot, window: MainWindow, gui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = gui_services
    queue_some(s)
    [first, second] = [m.id for m in s.outbox.listing(channel=Channel.SMS)]
    with s.outbox._uow(write=True) as uow:
        uow.messages.set_status([first], MessageStatus.EXPORTED, s.outbox.local_now())
        uow.commit()
    view = open_outbox(window)
    asked = questions(monkeypatch, QMessageBox.StandardButton.Yes)
    queued_row = [line.message.id for line in view._lines].index(second)
    click_row(view, queued_row)
    press(view.mark_sent_button)
    assert asked == []
    assert s.outbox.counts()[MessageStatus.EXPORTED] == 1  # nothing marked
    assert view.message.text()


def test_the_outbox_shows_each_messages_text(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    queue_some(gui_services)
    view = open_outbox(window)
    header = view.table.horizontalHeaderItem(9)
    assert header is not None and header.text() == view.tr("Text")
    texts = column(view, 9)
    assert "Happy birthday Ali!" in texts and "Hello by mail" in texts
    click_row(view, texts.index("Hello by mail"))
    shown = plain(view.detail.text())
    assert "Hello by mail" in shown and "LoyaltyDesk" in shown  # the subject too


def test_an_export_in_the_quiet_hours_asks_first_and_the_path_keeps_its_direction(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    queue_some(gui_services)
    view = open_outbox(window)
    at_local(clock, 23, 30)
    target = tmp_path / "night.csv"
    save_to(monkeypatch, target)
    asked = questions(monkeypatch, QMessageBox.StandardButton.No)
    press(view.export_button)
    assert len(asked) == 1 and not target.exists()  # asked; "no" exports nothing
    asked = questions(monkeypatch, QMessageBox.StandardButton.Yes)
    press(view.export_button)
    assert len(asked) == 1 and target.exists()
    assert FSI + str(target) in view.message.text()
    assert gui_services.outbox.counts()[MessageStatus.EXPORTED] == 2


def test_the_mail_test_never_freezes_the_window(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    """A server that takes the connection and never answers: the click returns at once,
    the test waits in a worker and says what happened when the server goes."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    dialog = MailServerDialog(gui_services.outbox, window.display, window, actor=gui_services.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.host, "127.0.0.1")
    dialog.port.setValue(port)
    dialog.starttls.setChecked(False)
    type_text(dialog.from_address, "club@example.com")
    type_text(dialog.test_to, "owner@example.com")
    started = time.monotonic()
    QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 2.0
    assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: bool(accepted), timeout=5000)
    accepted[0].close()  # the server hangs up without a word
    listener.close()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
    assert "127.0.0.1" in plain(dialog.message.text())
    dialog.reject()


def test_the_counter_switches_no_messages_and_withdraws_what_was_queued(
    qtbot: QtBot, window: MainWindow, gui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = gui_services
    sara = member(s, "Sara Ahmadi", "09121112233")
    s.outbox.queue(sara.id, body="Thank you", operation_id="q1")
    recorded: list[str] = []
    real = s.membership.set_opted_out

    def spy(op_id: str, *args: Any) -> Any:
        recorded.append(op_id)
        return real(op_id, *args)

    monkeypatch.setattr(s.membership, "set_opted_out", spy)
    assert sara.card is not None
    scan(window, sara.card)
    panel = window.counter.panel
    qtbot.waitUntil(lambda: window.counter.member_id == sara.id)
    assert panel.messages_button.isVisible()
    QTest.mouseClick(panel.messages_button, Qt.MouseButton.LeftButton)
    assert s.membership.resolve("09121112233").opted_out
    assert panel.tr("no messages") in panel.identity.text()
    [message] = s.outbox.listing()
    assert message.status is MessageStatus.WITHDRAWN
    [op_id] = recorded
    with s.outbox._uow(write=False) as uow:
        operation = uow.operations.get(op_id)
    assert operation is not None and operation.kind is OperationKind.OPT_OUT
    QTest.mouseClick(panel.messages_button, Qt.MouseButton.LeftButton)
    assert not s.membership.resolve("09121112233").opted_out
    assert panel.tr("no messages") not in panel.identity.text()

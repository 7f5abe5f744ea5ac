"""The members part, member details and the calm error dialog."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services, configure_logging
from loyaltydesk.settings import Settings
from loyaltydesk.ui.errors import install_excepthook
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.conftest import answer_next_dialog, type_text


def test_members_search_and_details_with_statement(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    s = gui_services
    member = s.membership.register(
        "r1", name="نگار کریمی", phone="09121230000", actor=s.actor
    ).member
    s.counter.credit_purchase("c1", member.id, 4_500_000, s.actor, receipt_no="R7")
    window.tabs.setCurrentWidget(window.members)
    type_text(window.members.search, "نگار")
    assert window.members.table.rowCount() == 1
    rows: list[int] = []
    tab_names: list[str] = []

    def look(dialog: QWidget) -> None:
        tabs = dialog.findChild(QTabWidget)
        table = dialog.findChild(QTableWidget, "statementTable")
        assert tabs is not None and table is not None
        tab_names.extend(tabs.tabText(i) for i in range(tabs.count()))
        rows.append(table.rowCount())

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    QTest.keyClick(window.members.table, Qt.Key.Key_Down)
    window.members.details.click()
    # Details, the statement, and what the member told us (the customer's voice).
    assert rows == [1] and len(tab_names) == 3


def test_editing_a_member_in_details_is_saved_and_shown(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    s = gui_services
    member = s.membership.register("r2", name="Ali", phone="09121230001", actor=s.actor).member
    window.counter.select_member(member.id)
    messages: list[str] = []

    def edit(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "detailsName")
        assert name is not None
        name.clear()
        type_text(name, "Ali Rezaei")
        save = dialog.findChild(QPushButton, "detailsSave")
        assert save is not None
        save.click()
        label = dialog.findChild(QLabel, "detailsMessage")
        assert label is not None
        messages.append(label.text())

    answer_next_dialog(Qt.Key.Key_Escape, then=edit)
    QTest.keyClick(window.counter.amount, Qt.Key.Key_F4)
    assert messages and messages[0]
    assert s.membership.get(member.id).name == "Ali Rezaei"
    assert window.counter.panel.name.text() == "Ali Rezaei"  # refreshed from the change bus


def test_an_unexpected_error_is_logged_and_explained_calmly(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    log_path = configure_logging(settings)
    install_excepthook(log_path)
    shown: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())

    answer_next_dialog(then=look)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what Qt does with an exception in a slot
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert shown and str(log_path) in shown[0]
    assert "RuntimeError: a bug in a slot" in log_path.read_text()
    sys.excepthook = sys.__excepthook__


def test_backup_runs_in_a_worker_and_reports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "backup.sqlite3"
    monkeypatch.setattr(
        "loyaltydesk.ui.main_window.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    said: list[str] = []

    def look(dialog: QWidget) -> None:
        if isinstance(dialog, QMessageBox):
            said.append(dialog.text())

    window.backup()
    answer_next_dialog(then=look)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert target.exists() and str(target) in said[0]


def test_the_members_list_catches_up_when_shown_again(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    s = gui_services
    member = s.membership.register("r3", name="Nima", phone="09121230003", actor=s.actor).member
    window.tabs.setCurrentWidget(window.members)
    type_text(window.members.search, "Nima")
    balance_cell = window.members.table.item(0, 3)
    assert balance_cell is not None and balance_cell.text() in {"0", "۰"}
    window.tabs.setCurrentWidget(window.counter)
    window.counter.select_member(member.id)
    type_text(window.counter.amount, "500000")
    QTest.keyClick(window.counter.amount, Qt.Key.Key_Return)
    window.tabs.setCurrentWidget(window.members)
    balance_cell = window.members.table.item(0, 3)
    assert balance_cell is not None and balance_cell.text() in {"50", "۵۰"}

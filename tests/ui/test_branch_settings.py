"""The counter's branch (issue 16) in the Settings dialog, typed and pasted with the keyboard
(garbage and a name too long refused with the reason), and on the statement in the window:
"Branch · Counter" beside the cashier."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.staff import Actor
from loyaltydesk.settings import Settings, load_settings
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.settings.dialog import SettingsDialog
from tests.integration.helpers import op
from tests.ui.conftest import answer_next_dialog, member, plain, type_text


@pytest.fixture
def dialog(qtbot: QtBot, settings: Settings, language: str) -> Iterator[SettingsDialog]:
    shown = SettingsDialog(replace(settings, language=language))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.branch.setFocus()
    yield shown


def _paste(widget: QWidget, text: str) -> None:
    """What Ctrl+V brings in from another program: anything at all, control characters too."""
    QApplication.clipboard().setText(text)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier, "")
        )


def _select_all(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def test_a_typed_branch_is_saved_cleaned(
    dialog: SettingsDialog, settings: Settings, language: str
) -> None:
    assert dialog.branch.text() == "" and dialog.branch_error.text() == ""
    # Arabic-keyboard letters, a ZWNJ, a stray directional control and spaces around.
    type_text(dialog.branch, " شعبه\u200cی  ونك\u202e ")
    QTest.keyClick(dialog.branch, Qt.Key.Key_Return)

    assert dialog.saved is not None and not dialog.isVisible()
    assert dialog.saved.branch == "شعبه\u200cی ونک"
    assert load_settings(settings.data_dir).branch == "شعبه\u200cی ونک"
    assert dialog.saved.branch_name == "شعبه\u200cی ونک"


def test_garbage_and_a_name_too_long_are_refused_with_the_reason(
    dialog: SettingsDialog, settings: Settings, language: str
) -> None:
    _paste(dialog.branch, "Va\x07nak")
    QTest.keyClick(dialog.branch, Qt.Key.Key_Return)
    assert dialog.saved is None and dialog.isVisible()
    refused = plain(dialog.branch_error.text())
    assert refused and dialog.branch_error.isVisible()
    assert dialog.tabs.currentIndex() == 0 and dialog.focusWidget() is dialog.branch
    assert not (settings.data_dir / "settings.json").exists()

    _select_all(dialog.branch)
    type_text(dialog.branch, "x" * 101)
    QTest.keyClick(dialog.branch, Qt.Key.Key_Return)
    assert dialog.saved is None and dialog.isVisible()
    too_long = plain(dialog.branch_error.text())
    assert too_long and too_long != refused
    assert ("100" if language == "en" else "۱۰۰") in too_long
    assert dialog.branch.text() == "x" * 101  # kept to correct, not cut

    QTest.keyClick(dialog.branch, Qt.Key.Key_Backspace)
    QTest.keyClick(dialog.branch, Qt.Key.Key_Return)
    assert dialog.saved is not None and dialog.saved.branch == "x" * 100
    assert dialog.branch_error.text() == ""


def test_emptying_the_branch_means_none(qtbot: QtBot, settings: Settings, language: str) -> None:
    shown = SettingsDialog(replace(settings, language=language, branch="Vanak"))
    qtbot.addWidget(shown)
    shown.show()
    shown.branch.setFocus()
    assert shown.branch.text() == "Vanak"
    _select_all(shown.branch)
    QTest.keyClick(shown.branch, Qt.Key.Key_Delete)
    QTest.keyClick(shown.branch, Qt.Key.Key_Return)
    assert shown.saved is not None and shown.saved.branch == ""
    assert shown.saved.branch_name is None


def _statement_rows(window: MainWindow, member_id: int) -> list[list[str]]:
    rows: list[list[str]] = []

    def look(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget, "statementTable")
        assert table is not None
        for r in range(table.rowCount()):
            cells = [table.item(r, c) for c in range(table.columnCount())]
            rows.append([plain(c.text()) if c is not None else "" for c in cells])

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    window.open_details(member_id)
    return rows


def test_the_statement_shows_branch_and_counter(window: MainWindow, gui_services: Services) -> None:
    sara = member(gui_services, "سارا محمدی", "09121234567")
    vanak = Actor("Reza", "till-1", branch="ونک")
    gui_services.counter.credit_purchase(op(), sara.id, 5_000_000, vanak)
    gui_services.counter.credit_purchase(op(), sara.id, 1_000_000, gui_services.actor)

    rows = _statement_rows(window, sara.id)
    # Newest first; the last column says who and where.
    assert [row[-1] for row in rows] == ["Sara · counter-1", "Reza · ونک · till-1"]


def test_a_branch_saved_in_settings_goes_with_the_very_next_line(
    window: MainWindow, gui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "loyaltydesk.ui.main_window.QMessageBox.information",
        lambda *_args, **_kw: QMessageBox.StandardButton.Ok,
    )

    def type_branch(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.branch.setFocus()
        type_text(dialog.branch, "Vanak")

    answer_next_dialog(Qt.Key.Key_Return, then=type_branch)
    window.open_settings()

    assert window.session.actor.branch == "Vanak"
    sara = member(gui_services, "Sara", "09121234567")
    gui_services.counter.credit_purchase(op(), sara.id, 1_000_000, window.session.actor)
    assert gui_services.membership.statement(sara.id).lines[-1].place == "Vanak · counter-1"

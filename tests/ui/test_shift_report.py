"""The shift report from the window's menu, as a cashier uses it at the end of a shift."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.ui.counter.shift_dialog import ShiftReportDialog
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.conftest import answer_next_dialog, type_text
from tests.ui.test_counter import member_with
from tests.ui.test_printing import CUT, sell, with_receipt_printer


def open_report(window: MainWindow, look: dict[str, object], then: object = None) -> None:
    """Open the shift report from the Club menu; ``then`` works in it before Escape."""
    action = window.findChild(QAction, "shiftReportAction")
    assert action is not None and action.isEnabled()

    def inside(dialog: QWidget) -> None:
        assert isinstance(dialog, ShiftReportDialog)
        look["dialog"] = dialog
        if callable(then):
            then(dialog)

    answer_next_dialog(Qt.Key.Key_Escape, then=inside)
    action.trigger()


def test_the_menu_shows_the_cashiers_sales_of_the_day_and_another_name_on_request(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    member = member_with(gui_services, points=10)
    sell(qtbot, window, language, member.card or "", "70000")
    # The member's first purchase (member_with) and the sale at the counter.
    qtbot.waitUntil(
        lambda: gui_services.shift.shift_report("Sara", actor=gui_services.actor).credits == 2
    )
    d = window.display
    seen: dict[str, object] = {}

    def said(text: str) -> str:
        return QCoreApplication.translate("ShiftPrint", text)

    def look(dialog: ShiftReportDialog) -> None:
        seen["staff"] = dialog.staff.text()
        seen["credits"] = dialog.value_of(said("Purchases credited"))
        seen["paid"] = dialog.value_of(said("Amount paid"))
        seen["rtl"] = dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        dialog.staff.selectAll()
        type_text(dialog.staff, "Reza")
        QTest.keyClick(dialog.staff, Qt.Key.Key_Return)
        seen["reza"] = dialog.value_of(said("Purchases credited"))
        seen["nothing"] = dialog.value_of(said("Nothing was done in this shift."))

    open_report(window, seen, look)

    assert seen["staff"] == "Sara"
    assert seen["credits"] == d.n(2)
    assert seen["paid"] == d.money(
        gui_services.shift.shift_report("Sara", actor=gui_services.actor).credit_rials
    )
    assert seen["rtl"] is (language == "fa")
    assert seen["reza"] == d.n(0)
    assert seen["nothing"] == ""  # the sentence is shown, with no figure beside it


def test_print_goes_to_the_receipt_printer_and_save_writes_the_pdf(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printer = with_receipt_printer(window, gui_services, paper="58mm")
    member = member_with(gui_services, points=10)
    sell(qtbot, window, language, member.card or "", "70000")
    saved = tmp_path / "shift"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    seen: dict[str, object] = {}

    def look(dialog: ShiftReportDialog) -> None:
        dialog.print_button.click()
        qtbot.waitUntil(lambda: CUT in printer.output, timeout=5000)
        qtbot.waitUntil(lambda: dialog.message.text() != "")
        seen["printed"] = dialog.message.text()
        dialog.save_button.click()
        seen["saved"] = dialog.saved_to

    open_report(window, seen, look)

    assert b"\x1dv0\x00\x30\x00" in printer.output  # a 58 mm head's 48 bytes across
    assert "printer.test" not in str(seen["printed"])
    assert seen["saved"] == saved.with_suffix(".pdf").resolve()
    text = subprocess.run(
        ["pdftotext", "-layout", str(saved.with_suffix(".pdf")), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    flat = " ".join(text.split())
    assert flat.count("Sara") == 1  # the cashier's name, whichever the language
    if language == "en":
        assert "Purchases credited 2" in flat

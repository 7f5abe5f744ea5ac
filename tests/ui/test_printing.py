"""Printing from the window, as a cashier and an owner do it: F9 after a sale, a member's
card from the details, a sheet for a selection, the preview, the printing settings."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from escpos.printer import Dummy
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, Services
from loyaltydesk.devices import system
from loyaltydesk.devices.desk import PrintDesk
from loyaltydesk.printing.paper import Paper
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.printing.preview import PrintPreview
from loyaltydesk.ui.settings.dialog import SettingsDialog
from tests.printing.scan import expected, page_codes
from tests.ui.conftest import answer_next_dialog, type_text
from tests.ui.test_counter import digits_for, member_with

RASTER, CUT = b"\x1dv0", b"\x1dV"


@pytest.fixture
def no_system_printers(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a counter PC with no office printer: only PDF (and a receipt printer, if set)."""
    monkeypatch.setattr(system, "printer_names", lambda: [])
    monkeypatch.setattr(system, "default_printer_name", lambda: None)


def with_receipt_printer(window: MainWindow, services: Services, paper: str = "80mm") -> Dummy:
    """The window's print desk with a receipt printer that records what it is sent."""
    assert window.printing is not None
    printer = Dummy()
    settings = replace(
        services.settings, thermal_printer="network:printer.test", thermal_paper=paper
    )
    window.printing.desk = PrintDesk(
        settings, services.printouts, RESOURCES / "fonts", opener=lambda _: printer
    )
    return printer


def sell(qtbot: QtBot, window: MainWindow, language: str, card: str, toman: str) -> None:
    counter = window.counter
    type_text(counter.search, digits_for(language, card))
    QTest.keyClick(counter.search, Qt.Key.Key_Return)
    type_text(counter.amount, digits_for(language, toman))
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)


def test_f9_prints_the_thank_you_note_on_the_receipt_printer(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    language: str,
    no_system_printers: None,
) -> None:
    printer = with_receipt_printer(window, gui_services)
    member = member_with(gui_services, points=81)
    sell(qtbot, window, language, member.card or "", "70000")

    QTest.keyClick(window.counter.amount, Qt.Key.Key_F9)

    qtbot.waitUntil(lambda: CUT in printer.output, timeout=5000)
    assert printer.output.count(RASTER) >= 1 and printer.output.count(CUT) == 1
    qtbot.waitUntil(lambda: window.counter.print_message.text() != "")
    assert "printer.test" not in window.counter.print_message.text()  # says "receipt printer"


def test_a_slip_prints_by_itself_after_a_redemption_when_the_shop_wants_it(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    language: str,
    no_system_printers: None,
) -> None:
    printer = with_receipt_printer(window, gui_services, paper="58mm")
    window.counter.set_auto_print("slip")
    member = member_with(gui_services, points=120)
    counter = window.counter
    type_text(counter.search, digits_for(language, member.card or ""))
    QTest.keyClick(counter.search, Qt.Key.Key_Return)

    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    QTest.keyClick(counter.amount, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: CUT in printer.output, timeout=5000)
    assert b"\x1dv0\x00\x30\x00" in printer.output  # 384 dots = 48 bytes across a 58 mm head


def test_without_any_printer_f9_opens_the_preview_to_save_a_pdf(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    language: str,
    no_system_printers: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    member = member_with(gui_services, points=10)
    sell(qtbot, window, language, member.card or "", "50000")
    saved = tmp_path / "note.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintPreview)
        seen["print_enabled"] = dialog.print_button.isEnabled()
        seen["has_page"] = not dialog.sheet.pixmap().isNull()
        seen["paper"] = dialog.document.paper
        dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.ROLL_58.value))
        seen["narrow"] = dialog.document.paper
        dialog.save_button.click()

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    QTest.keyClick(window.counter.amount, Qt.Key.Key_F9)

    assert seen == {
        "print_enabled": False,
        "has_page": True,
        "paper": Paper.A6,
        "narrow": Paper.ROLL_58,
    }
    assert saved.read_bytes().startswith(b"%PDF")


def test_print_a_members_card_from_the_details(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    no_system_printers: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    member = member_with(gui_services)
    saved = tmp_path / "card.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))

    def in_preview(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintPreview)
        dialog.save_button.click()

    def in_details(dialog: QWidget) -> None:
        answer_next_dialog(Qt.Key.Key_Escape, then=in_preview)
        button = dialog.findChild(QPushButton, "detailsPrintCard")
        assert button is not None and button.isVisible()
        button.click()

    answer_next_dialog(Qt.Key.Key_Escape, then=in_details)
    window.open_details(member.id)

    assert page_codes(saved.read_bytes())[0] == expected(member.card or "")


def test_a_card_sheet_for_the_members_found(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    no_system_printers: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    members = [member_with(gui_services, phone=f"0912555000{i}") for i in range(4)]
    window.tabs.setCurrentWidget(window.members)
    type_text(window.members.search, "0912555")
    assert window.members.table.rowCount() == 4
    window.members.table.setFocus()
    QTest.keyClick(window.members.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    pages: list[int] = []

    def in_preview(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintPreview)
        pages.append(dialog.document.pages)
        dialog.save_button.click()

    answer_next_dialog(Qt.Key.Key_Escape, then=in_preview)
    action = window.members.findChild(QAction, "printCards_selected")
    assert action is not None
    action.trigger()

    assert pages == [1]
    assert page_codes(saved.read_bytes()) == [expected(*(m.card or "" for m in members))]


def test_a_big_sheet_is_laid_out_in_a_worker_with_progress(
    qtbot: QtBot, window: MainWindow, gui_services: Services, no_system_printers: None
) -> None:
    for i in range(45):
        member_with(gui_services, phone=f"09125{i:06d}")
    previews: list[int] = []

    deadline = time.monotonic() + 20

    def close_the_preview() -> None:
        # The progress dialog may come first (on a busy machine it does): wait for the
        # preview itself, whatever else is open meanwhile.
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, PrintPreview):
            if time.monotonic() < deadline:
                QTimer.singleShot(20, close_the_preview)
            return
        previews.append(preview.document.pages)
        preview.reject()

    QTimer.singleShot(0, close_the_preview)
    action = window.members.findChild(QAction, "printCards_everyone")
    assert action is not None
    action.trigger()
    # The window is not blocked while the cards are laid out; the preview comes when done.
    qtbot.waitUntil(lambda: previews == [5], timeout=20_000)


def test_printing_settings_refuse_what_would_not_work_and_save_nothing(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    settings = replace(gui_services.settings, language=language)
    dialog = SettingsDialog(
        settings, window, desk=window.printing.desk if window.printing else None
    )
    qtbot.addWidget(dialog)
    dialog.note_en.setPlainText("Thanks {nme}")
    dialog.thermal.setText("bluetooth:aa")
    dialog.logo.setText(str(Path(__file__)))  # not a picture

    dialog.save()

    assert dialog.saved is None and not (settings.data_dir / "settings.json").exists()
    assert "{nme}" in dialog.note_en_error.text() and dialog.note_en_error.isVisibleTo(dialog)
    assert "bluetooth:aa" in dialog.thermal_error.text()
    assert dialog.logo_error.text() != ""
    assert dialog.note_fa_error.text() == ""


def test_a_test_page_goes_to_the_receipt_printer_as_typed(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    printer = with_receipt_printer(window, gui_services)
    assert window.printing is not None
    dialog = SettingsDialog(gui_services.settings, window, desk=window.printing.desk)
    qtbot.addWidget(dialog)
    dialog.thermal.setText("network:192.168.1.60")
    dialog.thermal_paper.setCurrentIndex(dialog.thermal_paper.findData("58mm"))

    dialog.test_button.click()

    qtbot.waitUntil(lambda: CUT in printer.output, timeout=5000)
    assert b"\x1dv0\x00\x30\x00" in printer.output
    qtbot.waitUntil(dialog.test_button.isEnabled)
    assert QApplication.activeModalWidget() is None

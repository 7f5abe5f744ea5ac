"""The receipts folder in the window, in both languages: chosen and switched on in the
settings, and each credit seen by the cashier in the status bar."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.settings import Settings, load_settings
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.settings.dialog import SettingsDialog
from tests.integration.helpers import register
from tests.ui.conftest import shown_window, type_text

WAIT_MS = 30_000


def test_the_folder_is_chosen_and_switched_on_in_the_settings(
    qtbot: QtBot, settings: Settings, language: str, folder: Path
) -> None:
    dialog = SettingsDialog(replace(settings, language=language))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    section = dialog.receipts_folder
    dialog.tabs.setCurrentWidget(section)
    QTest.mouseClick(section.on, Qt.MouseButton.LeftButton)
    QTest.keyClick(section.folder, Qt.Key.Key_Return)
    # On without a folder: refused with the reason, nothing saved.
    assert dialog.saved is None and section.error.text()
    type_text(section.folder, str(folder))
    QTest.keyClick(section.folder, Qt.Key.Key_Return)
    assert dialog.saved is not None
    saved = load_settings(settings.data_dir)
    assert (saved.receipts_folder, saved.receipts_folder_on) == (str(folder), True)
    assert saved.watched_receipts_folder == folder


def test_a_dropped_receipt_is_credited_and_the_cashier_sees_it(
    qtbot: QtBot, folder_window: MainWindow, gui_services: Services, folder: Path
) -> None:
    member = register(gui_services, name="Sara Ahmadi", phone="09121234567")
    (folder / "8812.json").write_text(
        json.dumps({"phone": "09121234567", "amount_toman": 250_000, "receipt": "8812"})
    )
    bar = folder_window.statusBar()
    qtbot.waitUntil(lambda: "8812" in fold_digits(bar.currentMessage()), timeout=WAIT_MS)
    message = fold_digits(bar.currentMessage())
    assert "Sara Ahmadi" in message and "250,000" in message.replace("٬", ",")
    assert (folder / "done" / "8812.json").exists()
    assert gui_services.membership.get(member.id).balance > 0


def test_a_refused_receipt_is_said_too(
    qtbot: QtBot, folder_window: MainWindow, folder: Path
) -> None:
    (folder / "8813.json").write_text(
        json.dumps({"phone": "09350000000", "amount_rials": 5000, "receipt": "8813"})
    )
    bar = folder_window.statusBar()
    qtbot.waitUntil(lambda: "8813" in fold_digits(bar.currentMessage()), timeout=WAIT_MS)
    assert (folder / "failed" / "8813.json.reason.txt").exists()


def test_a_folder_gone_at_start_stands_until_fixed_beside_the_api_problem(
    qtbot: QtBot, gui_services: Services, settings: Settings, language: str, tmp_path: Path
) -> None:
    """Both problems are said in full, neither hides the other, and a passing folder credit
    does not replace them."""
    import socket

    from loyaltydesk.api.server import serve_beside_window

    gone = tmp_path / "not-there"
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        chosen = replace(
            settings,
            language=language,
            receipts_folder=str(gone),
            receipts_folder_on=True,
            api_serve=True,
            api_port=port,
        )
        with shown_window(qtbot, chosen, gui_services, serve_api=serve_beside_window) as main:
            main.serve_till_api()
            lines = main.till_problems.text().splitlines()
            assert len(lines) == 2 and main.till_problems.isVisibleTo(main)
            assert any(str(gone) in line for line in lines)
            # The owner makes the folder: it is watched, and only the API's problem stays.
            gone.mkdir()
            main._watch_receipts_folder()
            assert len(main.till_problems.text().splitlines()) == 1
            assert str(gone) not in main.till_problems.text()

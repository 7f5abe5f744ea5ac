"""Help -> About LoyaltyDesk, and the program's name in the window title."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk import __version__
from loyaltydesk.bootstrap import RESOURCES, Services, build_window
from loyaltydesk.persistence.database import HEAD_REVISION
from loyaltydesk.settings import Settings
from loyaltydesk.ui.about import product_name
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.conftest import answer_next_dialog, member


def _about_action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "aboutAction")
    assert action is not None
    return action


def test_about_shows_the_version_and_the_database_and_copies_diagnostics(
    window: MainWindow, gui_services: Services
) -> None:
    member(gui_services, "Sara Ahmadi", "09121234567", points=50)
    seen: dict[str, str] = {}

    def look(dialog: QWidget) -> None:
        for name in ("version", "database", "schema", "dataFolder"):
            label = dialog.findChild(QLabel, f"about_{name}")
            assert label is not None
            seen[name] = label.text()
        copy = dialog.findChild(QPushButton, "copyDiagnostics")
        assert copy is not None
        copy.click()
        copied = dialog.findChild(QLabel, "aboutCopied")
        assert copied is not None and copied.text()

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    _about_action(window).trigger()

    assert seen["version"] == __version__
    assert seen["dataFolder"] == str(window._settings.data_dir)
    assert seen["database"].endswith(".sqlite3")
    clipboard = QGuiApplication.clipboard().text()
    assert clipboard.splitlines()[0] == f"LoyaltyDesk {__version__}"
    assert f"this program: {HEAD_REVISION}" in clipboard
    assert "System: " in clipboard and "SQLAlchemy: 2." in clipboard
    # For support, not about customers.
    assert "Sara" not in clipboard and "09121234567" not in clipboard


def test_the_window_title_is_the_product_name_until_the_shop_has_its_own(
    window: MainWindow, qtbot: QtBot, gui_services: Services, settings: Settings, language: str
) -> None:
    assert window.windowTitle() == product_name()
    assert not window.windowIcon().isNull()
    if language == "en":
        assert product_name() == "LoyaltyDesk — customer club"
    app = create_application(language, RESOURCES, [])
    named = build_window(
        app, replace(settings, language=language, shop_name="Café Sara"), gui_services
    )
    qtbot.addWidget(named)
    assert "Café Sara" in named.windowTitle()

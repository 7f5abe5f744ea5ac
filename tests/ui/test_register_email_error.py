"""The register form's e-mail error is read whole (newcomer report 2 item 9): the form
grows to hold the sentence, in both languages, however many lines it takes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.members.register_dialog import RegisterDialog
from tests.ui.conftest import in_language, type_text


def test_a_long_email_error_is_shown_whole(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    dialog = RegisterDialog(gui_services.membership, window.display, gui_services.actor, "", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    type_text(dialog.name, "Mahdi Test")
    dialog.phone.setFocus()
    type_text(dialog.phone, in_language(language, "09124445566"))
    dialog.email.setFocus()
    type_text(dialog.email, "not an email")
    QTest.keyClick(dialog.email, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "error_email")
    assert error is not None
    qtbot.waitUntil(error.isVisible)
    QApplication.processEvents()
    assert error.text() and dialog.isVisible()
    # As tall as its wrapped lines need, and all of it inside the form, above the buttons.
    assert error.height() >= error.heightForWidth(error.width())
    top = error.mapTo(dialog, QPoint(0, 0)).y()
    assert top + error.height() <= dialog.buttons.mapTo(dialog, QPoint(0, 0)).y()
    assert dialog.no_messages.mapTo(dialog, QPoint(0, 0)).y() >= top + error.height()

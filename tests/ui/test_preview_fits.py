"""The print preview on a small screen, in both languages: the dialog fits the screen and the
"no printer" sentence is shown whole, not cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from loyaltydesk.devices import system
from loyaltydesk.printing.paper import Paper
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.printing.preview import PrintPreview


def test_the_no_printer_sentence_is_whole_and_the_dialog_fits_the_screen(
    qtbot: QtBot, window: MainWindow, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(system, "printer_names", lambda: [])
    monkeypatch.setattr(system, "default_printer_name", lambda: None)
    assert window.printing is not None
    desk = window.printing.desk
    preview = PrintPreview(desk, window.display, desk.maker.test_page(Paper.A6), None, window)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)

    screen = preview.screen().availableGeometry()
    assert preview.width() <= screen.width() and preview.height() <= screen.height()
    message = preview.message
    assert message.text() and message.isVisible()
    inside = QRect(message.mapTo(preview, message.rect().topLeft()), message.size())
    assert preview.rect().contains(inside)  # no part of the sentence beyond the dialog
    needed = QFontMetrics(message.font()).boundingRect(
        QRect(0, 0, message.contentsRect().width(), 10_000),
        int(Qt.TextFlag.TextWordWrap),
        message.text(),
    )
    assert needed.height() <= message.contentsRect().height()  # every line shown
    assert needed.width() <= message.contentsRect().width()

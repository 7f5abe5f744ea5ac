"""A member's notes at the counter: written in the details dialog (F4) by keys, in Persian
and English, and seen at once on the member panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.conftest import answer_next_dialog, in_language, member, scan, type_text

FIRST = {"en": "allergic to nuts", "fa": "به بادام زمینی حساسیت دارد"}
SECOND = {"en": "tea without sugar", "fa": "چای بدون قند"}


def test_notes_are_written_in_details_and_shown_on_the_panel(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    sara = member(gui_services, "سارا محمدی", "09121234567", points=10)
    counter = window.counter
    scan(window, in_language(language, sara.card or ""))
    assert counter.member_id == sara.id
    assert not counter.panel.notes.isVisible()  # no notes, no line for them
    shown: dict[str, object] = {}

    def edit(dialog: QWidget) -> None:
        notes = dialog.findChild(QPlainTextEdit, "detailsNotes")
        assert notes is not None and notes.toPlainText() == ""
        email = dialog.findChild(QWidget, "detailsEmail")
        assert email is not None
        email.setFocus()
        # From the e-mail: Tab past "no messages" into the notes.
        trail = []
        for _ in range(2):
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            trail.append(dialog.focusWidget().objectName())
        shown["focus"] = dialog.focusWidget() is notes
        shown["trail"] = trail
        type_text(notes, FIRST[language])
        QTest.keyClick(notes, Qt.Key.Key_Return)  # a second line, not "save"
        type_text(notes, SECOND[language])
        save = dialog.findChild(QPushButton, "detailsSave")
        assert save is not None
        save.setFocus()
        QTest.keyClick(save, Qt.Key.Key_Space)
        said = dialog.findChild(QLabel, "detailsMessage")
        shown["said"] = said.text() if said is not None else ""

    answer_next_dialog(Qt.Key.Key_Escape, then=edit)
    QTest.keyClick(counter.amount, Qt.Key.Key_F4)
    assert shown["focus"] is True, shown
    written = f"{FIRST[language]}\n{SECOND[language]}"
    assert gui_services.membership.get(sara.id).notes == written, shown["said"]
    # The panel refreshed from the change bus: one line, the whole note in its tooltip.
    qtbot.waitUntil(counter.panel.notes.isVisible)
    assert FIRST[language] in counter.panel.notes.text()
    assert "\n" not in counter.panel.notes.text()
    assert written in counter.panel.notes.toolTip()

    # Cleared in details: the panel's line goes.
    def clear(dialog: QWidget) -> None:
        notes = dialog.findChild(QPlainTextEdit, "detailsNotes")
        assert notes is not None and notes.toPlainText() == written
        notes.setFocus()
        QTest.keyClick(notes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(notes, Qt.Key.Key_Delete)
        save = dialog.findChild(QPushButton, "detailsSave")
        assert save is not None
        save.setFocus()
        QTest.keyClick(save, Qt.Key.Key_Space)

    assert QApplication.activeModalWidget() is None  # the first dialog closed
    answer_next_dialog(Qt.Key.Key_Escape, then=clear)
    counter.details_button.click()  # the button beside the panel, as a mouse would
    assert gui_services.membership.get(sara.id).notes is None, shown
    qtbot.waitUntil(lambda: not counter.panel.notes.isVisible())


def test_a_long_note_is_one_elided_line_that_does_not_widen_the_panel(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    long_note = " ".join([FIRST[language]] * 20)
    sara = gui_services.membership.register(
        "reg-notes",
        name="سارا محمدی",
        phone="09121234567",
        actor=gui_services.actor,
        notes=long_note,
    ).member
    window.resize(1024, 600)
    width = window.counter.panel.width()
    scan(window, in_language(language, sara.card or ""))
    panel = window.counter.panel
    qtbot.waitUntil(panel.notes.isVisible)
    assert panel.notes.text().endswith("…")
    assert panel.notes.toolTip() == panel.tr("Note: {notes}").format(notes=long_note)
    assert window.width() <= 1024 and panel.width() <= max(width, 1) + 1

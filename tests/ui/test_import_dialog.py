"""Import members from the window: choose the file, check the columns, look at the first
rows, import with a progress bar, save the refused rows; in Persian and in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.imports import Field
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.members.import_dialog import ImportDialog
from tests.ui.conftest import answer_next_dialog, member

LIST = (
    "نام,تلفن همراه,تاریخ تولد,شماره کارت,مانده امتیاز\n"
    "سارا محمدی,۰۹۱۲۱۲۳۴۵۶۷,1370/05/21,OLD-1,120\n"
    "Ali Karimi,9121234568.0,,,\n"
    "Nobody,12345,,,\n"
    "Reza Old,09350000001,,,\n"
)


def _dialog(window: MainWindow, services: Services) -> ImportDialog:
    dialog = ImportDialog(
        services.imports,
        window.display,
        lambda: window.session.actor,
        window.bus.club_changed.emit,
        window,
    )
    dialog.show()
    return dialog


def test_import_members_walked_by_keys(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    member(gui_services, "Reza Old", "09350000001")
    path = tmp_path / "club.csv"
    path.write_text(LIST, encoding="utf-8")
    refused_file = tmp_path / "refused.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(refused_file), ""))
    dialog = _dialog(window, gui_services)
    qtbot.addWidget(dialog)
    assert dialog.isRightToLeft() == (language == "fa")
    dialog.choose.setFocus()
    QTest.keyClick(dialog.choose, Qt.Key.Key_Space)
    # The columns were guessed from the Persian headers.
    assert dialog.mapping() == {
        Field.NAME: 0,
        Field.PHONE: 1,
        Field.BIRTHDAY: 2,
        Field.CARD: 3,
        Field.OPENING: 4,
    }
    table = dialog.table
    assert table.rowCount() == 4
    note = table.columnCount() - 1

    def text(row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""

    assert text(0, 1) == "سارا محمدی"
    assert text(0, note) == ""
    assert text(2, note) != "" and text(3, note) != ""  # not a mobile; already a member
    # The birthday is not wanted after all: its column is set to "not in the file" by keys.
    birthday = dialog.columns[Field.BIRTHDAY]
    birthday.setFocus()
    QTest.keyClick(birthday, Qt.Key.Key_Home)
    assert Field.BIRTHDAY not in dialog.mapping()
    assert text(0, 3) == ""
    # Enter presses Import (the default button); the work runs in a worker.
    dialog.start.setFocus()
    QTest.keyClick(dialog.start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    result = dialog.result_
    assert result is not None
    assert (result.imported, result.already, len(result.refused)) == (2, 0, 2)
    assert dialog.save_refused.isVisible()
    sara = gui_services.membership.resolve("old-1")
    assert (sara.name, sara.balance, sara.birthday) == ("سارا محمدی", 120, None)
    # The preview now says the rows are in.
    assert text(0, note) not in ("", text(2, note))
    QTest.keyClick(dialog.save_refused, Qt.Key.Key_Space)
    lines = refused_file.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[1].startswith("4,") and lines[2].startswith("5,")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_file_in_an_encoding_that_cannot_be_told_asks_for_it(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    tmp_path: Path,
) -> None:
    path = tmp_path / "club.csv"
    path.write_bytes("name,mobile\nJosé Müller,09121234567\n".encode("latin-1"))
    dialog = _dialog(window, gui_services)
    qtbot.addWidget(dialog)
    dialog.load(path)
    assert dialog.status.text() != "" and not dialog.start.isEnabled()
    assert dialog.focusWidget() is dialog.encoding  # asked: the encoding, next
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1256"))
    assert dialog.start.isEnabled()
    assert dialog.table.rowCount() == 1


def test_the_club_menu_opens_the_import(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    action = window.findChild(QAction, "importAction")
    assert action is not None and action.isVisible() and action.isEnabled()
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        seen.append(dialog.objectName())

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    action.trigger()
    assert seen == ["importDialog"]


def test_cancel_leaves_whole_batches(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from loyaltydesk.services import imports

    monkeypatch.setattr(imports, "DEFAULT_BATCH", 50)
    path = tmp_path / "many.csv"
    path.write_text(
        "name,mobile\n" + "".join(f"M{i},0912{i:07d}\n" for i in range(400)), encoding="utf-8"
    )
    dialog = _dialog(window, gui_services)
    qtbot.addWidget(dialog)
    dialog.load(path)
    real_run = gui_services.imports.run

    def slow_run(*args: object, **kwargs: object) -> object:
        progress = kwargs["progress"]

        def cancel_after_first(done: int, total: int) -> None:
            progress(done, total)  # type: ignore[operator]
            if done >= 50:
                dialog._stop.set()

        kwargs["progress"] = cancel_after_first
        kwargs["batch_size"] = 50
        return real_run(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(gui_services.imports, "run", slow_run)
    QTest.keyClick(dialog.start, Qt.Key.Key_Return)
    assert dialog.cancel.isVisible() or dialog.result_ is not None
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    result = dialog.result_
    assert result is not None and result.cancelled
    assert (result.imported, result.untouched) == (50, 350)
    assert not dialog.cancel.isVisible() and not dialog.progress.isVisible()
    assert gui_services.audit.verify(actor=gui_services.actor).members_checked == 50

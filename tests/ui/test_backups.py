"""Backups in the window: the warning after a failed backup and gone after a good one,
"Back up now" by keys, and a restore of an encrypted copy, in both languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.backups import BackupPlan
from loyaltydesk.services.backups import PASSPHRASE_VARIABLE
from loyaltydesk.ui.backups.dialog import BackupsDialog
from loyaltydesk.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.conftest import answer_next_dialog, member, plain, type_text

FAILED = {"en": "Last backup failed", "fa": "آخرین پشتیبان‌گیری انجام نشد"}
MISSING = {"en": "is not there", "fa": "در دسترس نیست"}


def test_the_warning_stays_until_the_next_good_backup(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    clock: FakeClock,
    tmp_path: Path,
    language: str,
) -> None:
    stick = tmp_path / "stick"
    gui_services.backups.set_plan(BackupPlan(stick))  # not plugged in
    window.start_backups()
    qtbot.waitUntil(window.backup_warning.isVisible, timeout=10_000)
    said = plain(window.backup_warning.text())
    assert FAILED[language] in said and MISSING[language] in said and str(stick) in said
    # The counter goes on meanwhile.
    assert window.tabs.currentWidget() is window.counter
    stick.mkdir()
    window.back_up_if_due()  # tried a moment ago: the next try is in an hour
    assert window.backup_warning.isVisible()
    clock.advance(hours=1, minutes=1)
    window.back_up_if_due()
    qtbot.waitUntil(lambda: not window.backup_warning.isVisible(), timeout=10_000)
    assert len(list(stick.iterdir())) == 1
    # Days without a backup are said too.
    clock.advance(days=3)
    window.show_backup_warning()
    assert window.backup_warning.isVisible()
    assert ("3" if language == "en" else "۳") in window.backup_warning.text()


def _dialog(qtbot: QtBot, window: MainWindow, services: Services) -> BackupsDialog:
    dialog = BackupsDialog(
        services.backups,
        services.settings,
        window.display,
        window.session,
        window,
        finished_run=lambda _r: window.show_backup_warning(),
        restore=window.restore_from,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # as exec() from the Club menu does
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.back_up_now)
    return dialog


def test_back_up_now_by_keys_lists_the_copy(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    dialog = _dialog(qtbot, window, gui_services)
    assert dialog.table.rowCount() == 0
    focused = QApplication.focusWidget()
    assert focused is dialog.back_up_now
    QTest.keyClick(focused, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.last_result is not None and dialog.last_result.ok
    assert dialog.last_result.file is not None
    assert dialog.last_result.file.parent == gui_services.settings.backup_dir
    no = {"en": "no", "fa": "خیر"}[language]
    cell = dialog.table.item(0, 2)
    assert cell is not None and cell.text() == no
    assert str(dialog.last_result.file) in plain(dialog.status.text())


def test_the_plan_is_saved_and_an_encrypted_copy_restores_with_its_passphrase(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    # No keyring on a test machine: the passphrase comes from the environment.
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "a long passphrase")
    sara = member(gui_services, "Sara", "09121234567", points=50)
    dialog = _dialog(qtbot, window, gui_services)
    synced = tmp_path / "synced"
    synced.mkdir()
    dialog.folder.setText(str(synced))
    dialog.keep_daily.setValue(3)
    dialog.encrypt.setChecked(True)
    assert dialog.save(), dialog.form_error.text()
    stored = gui_services.settings.data_dir / "settings.json"
    assert '"backup_encrypt": true' in stored.read_text(encoding="utf-8")
    assert gui_services.backups.plan == BackupPlan(synced, 3, 12, True)
    QTest.keyClick(dialog.back_up_now, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert dialog.last_result is not None and dialog.last_result.encrypted
    yes = {"en": "yes", "fa": "بله"}[language]
    cell = dialog.table.item(0, 2)
    assert cell is not None and cell.text() == yes
    gui_services.counter.credit_purchase("after", sara.id, 5_000_000, gui_services.actor)
    assert gui_services.membership.get(sara.id).balance == 100

    said: list[str] = []

    def passphrase(box: QWidget) -> None:
        field = box.findChild(QLineEdit)
        assert field is not None and field.echoMode() == QLineEdit.EchoMode.Password
        type_text(field, "a long passphrase")

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(plain(box.text()))
        answer_next_dialog(then=passphrase)

    def look(box: QWidget) -> None:
        if isinstance(box, QMessageBox):
            said.append(plain(box.text()))

    first = dialog.table.item(0, 0)
    assert first is not None
    QTest.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualItemRect(first).center(),
    )
    assert dialog.chosen_file() == dialog.last_result.file
    answer_next_dialog(then=confirm, button=QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    answer_next_dialog(then=look)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert dialog.last_result.file is not None
    assert dialog.last_result.file.name in said[0]
    assert gui_services.membership.get(sara.id).balance == 50
    assert "loyaltydesk-before-restore" in said[1]


def test_the_window_backs_up_at_close_when_the_day_was_missed(
    qtbot: QtBot, window: MainWindow, gui_services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    gui_services.backups.set_plan(BackupPlan(stick))
    window.start_backups()
    qtbot.waitUntil(lambda: len(list(stick.iterdir())) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: window._backup_task is None, timeout=10_000)
    clock.advance(days=1)  # the window stayed open overnight; the hourly check did not come
    window.close()
    assert len(list(stick.iterdir())) == 2
    assert gui_services.backups.status().last_good_at == clock.now
    assert dt.timedelta(0) == clock.now - gui_services.backups.status().last_good_at  # type: ignore[operator]

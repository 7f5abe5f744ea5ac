"""The counter locks itself after minutes without a key, a click or a scan; tests make a
minute last a fraction of a second instead of waiting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from loyaltydesk.ui.staff.idle import IdleWatcher
from tests.ui.conftest import in_language, keyboard, scan

MINUTE_MS = 100


@pytest.fixture
def watcher() -> Iterator[IdleWatcher]:
    watching = IdleWatcher(minute_ms=MINUTE_MS)
    yield watching
    app = QCoreApplication.instance()
    assert app is not None
    app.removeEventFilter(watching)
    watching.deleteLater()


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    typed = QLineEdit()
    qtbot.addWidget(typed)
    typed.show()
    qtbot.waitExposed(typed)
    typed.activateWindow()
    typed.setFocus()
    return typed


def _fired(watcher: IdleWatcher) -> list[bool]:
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    return fired


def test_it_fires_once_after_the_minutes_pass_without_input(
    qtbot: QtBot, watcher: IdleWatcher
) -> None:
    fired = _fired(watcher)
    watcher.set_minutes(2)
    assert watcher.waiting
    qtbot.wait(MINUTE_MS)  # one of the two minutes: not yet
    assert fired == []
    with qtbot.waitSignal(watcher.idle, timeout=10 * MINUTE_MS):
        pass
    qtbot.wait(3 * MINUTE_MS)
    assert fired == [True]  # once, until someone is back


def test_keys_in_the_languages_digits_keep_it_awake(
    qtbot: QtBot, watcher: IdleWatcher, field: QLineEdit, language: str
) -> None:
    fired = _fired(watcher)
    watcher.set_minutes(3)
    for _ in range(12):  # 1.2 s of typing, more than the 0.3 s wait, a key every 0.1 s
        keyboard(field, in_language(language, "7"))
        qtbot.wait(MINUTE_MS)
    assert fired == []
    with qtbot.waitSignal(watcher.idle, timeout=20 * MINUTE_MS):
        pass


def test_a_scan_and_a_click_count_as_someone_at_the_counter(
    qtbot: QtBot, watcher: IdleWatcher, field: QLineEdit
) -> None:
    fired = _fired(watcher)
    watcher.set_minutes(3)
    for _ in range(4):
        qtbot.wait(2 * MINUTE_MS)
        scan(field, "123456789012")
        qtbot.wait(2 * MINUTE_MS)
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    assert fired == []
    with qtbot.waitSignal(watcher.idle, timeout=20 * MINUTE_MS):
        pass


def test_paused_it_never_fires_and_resumed_it_waits_in_full_again(
    qtbot: QtBot, watcher: IdleWatcher
) -> None:
    fired = _fired(watcher)
    watcher.set_minutes(1)
    watcher.pause()
    assert not watcher.waiting
    qtbot.wait(5 * MINUTE_MS)
    assert fired == []
    watcher.resume()
    assert watcher.waiting
    with qtbot.waitSignal(watcher.idle, timeout=10 * MINUTE_MS):
        pass


def test_input_while_paused_does_not_start_the_wait(
    qtbot: QtBot, watcher: IdleWatcher, field: QLineEdit
) -> None:
    fired = _fired(watcher)
    watcher.set_minutes(1)
    watcher.pause()
    keyboard(field, "5")
    assert not watcher.waiting
    qtbot.wait(4 * MINUTE_MS)
    assert fired == []


@pytest.mark.parametrize("never", [None, 0])
def test_no_minutes_never_locks(
    qtbot: QtBot, watcher: IdleWatcher, field: QLineEdit, never: int | None
) -> None:
    fired = _fired(watcher)
    watcher.set_minutes(1)
    watcher.set_minutes(never)
    assert watcher.minutes is None
    keyboard(field, "5")
    assert not watcher.waiting
    qtbot.wait(4 * MINUTE_MS)
    assert fired == []

"""The window on a real temporary database, in Persian and in English."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, Services, build_services, build_window
from loyaltydesk.i18n.digits import to_persian_digits
from loyaltydesk.services.views import MemberView
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.main_window import MainWindow
from tests.conftest import LIGHT_HASHER, FakeClock

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import ServeBesideWindow


@pytest.fixture(params=["en", "fa"])
def language(request: pytest.FixtureRequest, persian_qm: Path) -> str:
    return str(request.param)


@pytest.fixture
def gui_services(
    tmp_path: Path, settings: Settings, clock: FakeClock, language: str
) -> Iterator[Services]:
    built = build_services(
        replace(settings, language=language),
        str(tmp_path / "club.sqlite3"),
        clock=clock,
        hasher=LIGHT_HASHER,
    )
    built.rules.add_reward("Free drink", 40, "نوشیدنی رایگان", actor=built.actor)
    built.rules.add_reward("Free meal", 100, "غذای رایگان", actor=built.actor)
    yield built
    built.close()


@pytest.fixture
def window(
    qtbot: QtBot, gui_services: Services, settings: Settings, language: str
) -> Iterator[MainWindow]:
    app = create_application(language, RESOURCES, [])
    main = build_window(app, replace(settings, language=language), gui_services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    create_application("en", RESOURCES, [])


@contextlib.contextmanager
def shown_window(
    qtbot: QtBot,
    settings: Settings,
    services: Services,
    *,
    serve_api: ServeBesideWindow | None = None,
) -> Iterator[MainWindow]:
    """The window on ``services`` in ``settings.language``, shown; closed afterwards (so its
    API and folder watcher stop before the services close), and the language back to
    English."""
    app = create_application(settings.language, RESOURCES, [])
    main = build_window(app, settings, services, serve_api=serve_api)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        yield main
    finally:
        main.close()
        create_application("en", RESOURCES, [])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The folder a POS drops its receipts into."""
    made = tmp_path / "pos-receipts"
    made.mkdir()
    return made


@pytest.fixture
def folder_window(
    qtbot: QtBot, gui_services: Services, settings: Settings, language: str, folder: Path
) -> Iterator[MainWindow]:
    """The window with the receipts folder on: its credits come from elsewhere."""
    chosen = replace(
        settings, language=language, receipts_folder=str(folder), receipts_folder_on=True
    )
    with shown_window(qtbot, chosen, gui_services) as main:
        yield main


def answer_next_dialog(
    key: Qt.Key = Qt.Key.Key_Return,
    then: Callable[[QWidget], None] | None = None,
    button: QMessageBox.StandardButton | None = None,
) -> None:
    """Answer the next modal dialog as the cashier would: look at it (``then``), then press
    ``key`` in it or click ``button``. A dialog still open two seconds later is closed, so
    a test that expected it to go fails instead of hanging."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, press)
            return
        if then is not None:
            then(dialog)
        if button is not None and isinstance(dialog, QMessageBox):
            target_button = dialog.button(button)
            assert target_button is not None
            target_button.click()
        else:
            focused = QApplication.focusWidget()
            target = focused if focused is not None and dialog.isAncestorOf(focused) else dialog
            QTest.keyClick(target, key)
        # With the dialog as context: the timer dies with the dialog.
        QTimer.singleShot(2000, dialog, lambda: dialog.close() if dialog.isVisible() else None)

    QTimer.singleShot(0, press)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, any script: what a keyboard (or a scanner) sends.

    QTest.keyClicks only knows Latin keys; a Persian layout sends Persian letters and digits.
    """
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        if ch == " ":
            key = Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def keyboard(window: QWidget, text: str = "", key: Qt.Key | None = None) -> None:
    """Keys as the keyboard (or a keyboard-wedge scanner) sends them: to the window, which
    hands each press to whatever widget has focus in it, a button or the tab bar included."""
    handle = window.windowHandle()
    assert handle is not None, "the window is not shown"
    presses: list[tuple[Qt.Key, str]] = [
        (Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown, ch)
        for ch in text
    ]
    if key is not None:
        presses.append((key, "\r" if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else ""))
    for code, ch in presses:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                handle, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, ch)
            )


def scan(window: QWidget, card: str) -> None:
    """A keyboard-wedge scanner reading ``card``: a burst of digits, then Enter."""
    keyboard(window, card, Qt.Key.Key_Return)


def plain(text: str) -> str:
    """What a label says, without the invisible marks that keep its directions right."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069\u200e\u200f")


_registered = itertools.count()


def member(services: Services, name: str, phone: str, points: int = 0) -> MemberView:
    """A member registered through the services, with ``points`` earned by one purchase."""
    registered = services.membership.register(
        f"ui-reg-{next(_registered)}", name=name, phone=phone, actor=services.actor
    ).member
    if points:
        services.counter.credit_purchase(
            f"ui-seed-{next(_registered)}", registered.id, points * 100_000, services.actor
        )
    return registered


def in_language(language: str, text: str) -> str:
    """Digits as the language's keyboard types them."""
    return to_persian_digits(text) if language == "fa" else text

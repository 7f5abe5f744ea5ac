"""The till's API beside the open window: the owner turns it on in Settings → Till (at
once, no restart), makes the POS program's token there, and turns it off again; a port
another program holds is said at the counter."""

from __future__ import annotations

import os
import signal
import socket
import urllib.error
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from loyaltydesk.api.server import serve_beside_window
from loyaltydesk.bootstrap import RESOURCES, Services
from loyaltydesk.domain.errors import NotPermitted
from loyaltydesk.i18n.digits import localize_digits
from loyaltydesk.running import read_running
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import close_on_terminate, create_application
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.settings.dialog import SettingsDialog
from loyaltydesk.ui.settings.till import TillWidget, TokenActions, TokenShownOnce
from tests.api.conftest import Client
from tests.ui.conftest import (
    answer_next_dialog,
    in_language,
    member,
    plain,
    scan,
    shown_window,
    type_text,
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def serving_window(
    qtbot: QtBot, gui_services: Services, settings: Settings, language: str
) -> Iterator[MainWindow]:
    shop = replace(settings, language=language)
    with shown_window(qtbot, shop, gui_services, serve_api=serve_beside_window) as main:
        yield main


def _in_settings(main: MainWindow, change: object) -> None:
    """Open Settings, go to Till, do ``change`` to it as the owner would, and Save: in use at
    once, so no "restart" to acknowledge, only a note in the status bar."""

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(10, drive)
            return
        dialog.tabs.setCurrentWidget(dialog.till_page)
        assert callable(change)
        change(dialog.till)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    main.open_settings()


def _type_in(dialog: QWidget, text: str) -> None:
    # The dialog's one field has the focus (offscreen, the window system may not say so).
    field = dialog.findChild(QLineEdit)
    assert field is not None
    type_text(field, text)


def _cell(till: TillWidget, row: int, column: int) -> str:
    item = till.table.item(row, column)
    assert item is not None
    return item.text()


def _retype_port(till: TillWidget, port: int, language: str) -> None:
    till.port.setFocus()
    till.port.lineEdit().selectAll()
    # Persian digits as a Persian keyboard sends them.
    type_text(till.port, localize_digits(str(port), language))


def _serving_at(main: MainWindow) -> str | None:
    assert main.till_api is not None
    return main.till_api.url


def _tick(box: QWidget) -> None:
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)


def _serve_from_settings(main: MainWindow, language: str) -> int:
    """The owner ticks "serve" in Settings and types a free port (in the window's digits),
    then saves; the port."""
    port = _free_port()

    def turn_on(till: TillWidget) -> None:
        _tick(till.serve)
        _retype_port(till, port, language)

    _in_settings(main, turn_on)
    return port


def _pos_of(main: MainWindow, services: Services, language: str) -> Client:
    """A POS with its token, talking to the API the owner turned on in Settings."""
    secret = services.api_tokens.add("till-1", services.actor).secret
    port = _serve_from_settings(main, language)
    return Client(f"http://127.0.0.1:{port}", secret)


def test_the_owner_turns_the_api_on_and_off_and_the_pos_is_answered(
    serving_window: MainWindow, gui_services: Services, language: str
) -> None:
    main = serving_window
    assert main.till_api is not None
    assert _serving_at(main) is None  # off until the owner turns it on
    pos = _pos_of(main, gui_services, language)
    assert main.statusBar().currentMessage() == main.tr("Settings saved.")
    assert _serving_at(main) == pos.url
    answer = pos.get("/v1/rewards")
    assert answer.status == 200
    assert [r["name"] for r in answer.body["rewards"]] == ["Free drink", "Free meal"]
    missing = pos.get("/v1/members/09990000000")
    assert missing.status == 404
    # Unasked, the API answers in the shop's language, and the window keeps its own.
    persian = any("\u0600" <= ch <= "\u06ff" for ch in missing.body["error"]["message"])
    assert persian == (language == "fa")

    _in_settings(main, lambda till: _tick(till.serve))
    assert _serving_at(main) is None
    with pytest.raises(urllib.error.URLError):
        pos.get("/v1/rewards")


def test_requests_refused_for_their_token_are_counted_where_the_owner_sets_the_api_up(
    serving_window: MainWindow, gui_services: Services, language: str, qtbot: QtBot
) -> None:
    main = serving_window
    pos = _pos_of(main, gui_services, language)
    assert pos.get("/v1/rewards").status == 200
    wrong = Client(pos.url, "ld_not-a-token")
    for _ in range(3):
        assert wrong.get("/v1/rewards").status == 401
    assert Client(pos.url, None).get("/v1/rewards").status == 401
    seen: list[str] = []

    def look(till: TillWidget) -> None:
        assert till.refused.isVisibleTo(till)
        seen.append(plain(till.refused.text()))
        # While the page is open, a new refusal shows up by itself.
        assert wrong.get("/v1/rewards").status == 401
        number = localize_digits("5", language)
        qtbot.waitUntil(lambda: number in plain(till.refused.text()), timeout=5000)
        seen.append(plain(till.refused.text()))

    _in_settings(main, look)
    four, five = seen
    assert localize_digits("4", language) in four and "127.0.0.1" in four
    assert localize_digits("5", language) in five
    persian = any("\u0600" <= ch <= "\u06ff" for ch in four)
    assert persian == (language == "fa")


def test_sigterm_closes_the_window_as_its_close_button_does(
    serving_window: MainWindow, gui_services: Services, language: str, qtbot: QtBot
) -> None:
    """A logout or shutdown (SIGTERM) closes the window: the till's API stops and takes its
    file for the command line away, instead of the process dying with both left behind."""
    main = serving_window
    pos = _pos_of(main, gui_services, language)
    data = gui_services.settings.data_dir
    assert read_running(data) is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    undo = close_on_terminate(app)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not main.isVisible(), timeout=5000)
    finally:
        undo()
    assert _serving_at(main) is None and read_running(data) is None
    with pytest.raises(urllib.error.URLError):
        pos.get("/v1/rewards")


def test_a_port_another_program_holds_is_said_at_the_counter(
    qtbot: QtBot, gui_services: Services, settings: Settings, language: str
) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        shop = replace(settings, language=language, api_serve=True, api_port=port)
        with shown_window(qtbot, shop, gui_services, serve_api=serve_beside_window) as main:
            main.serve_till_api()
            assert main.till_api is not None and main.till_api.problem is not None
            assert main.till_api.problem.code == "api.cannot_listen_here"
            said = plain(main.till_problems.text())
            assert main.till_problems.isVisibleTo(main)
            assert said == plain(error_text(main.till_api.problem, main.display))
            assert localize_digits(str(port), language) in said
            # The owner chooses a free port: the API listens and the problem goes.
            free = _free_port()
            _in_settings(main, lambda till: _retype_port(till, free, language))
            assert _serving_at(main) == f"http://127.0.0.1:{free}"
            assert not main.till_problems.isVisibleTo(main)


def test_tokens_are_made_shown_once_and_revoked_in_the_till_page(
    qtbot: QtBot, gui_services: Services, settings: Settings, language: str
) -> None:
    create_application(language, RESOURCES, [])
    actor = gui_services.actor
    tokens = gui_services.api_tokens
    till = TillWidget(
        replace(settings, language=language),
        TokenActions(
            listing=lambda: tokens.listing(actor),
            add=lambda name: tokens.add(name, actor),
            revoke=lambda name: tokens.revoke(name, actor),
        ),
    )
    qtbot.addWidget(till)
    till.show()
    shown: list[str] = []

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        _type_in(dialog, "صندوق ۱")

        def look(secret_dialog: QWidget) -> None:
            assert isinstance(secret_dialog, TokenShownOnce)
            shown.append(secret_dialog.secret.text())
            QTest.mouseClick(secret_dialog.copy_button, Qt.MouseButton.LeftButton)
            # Seen to have worked, and still selected to copy again.
            assert secret_dialog.copy_button.text() == secret_dialog.tr("Copied")
            assert secret_dialog.secret.selectedText() == secret_dialog.secret.text()

        answer_next_dialog(Qt.Key.Key_Escape, then=look)

    try:
        answer_next_dialog(then=name_it)
        QTest.mouseClick(till.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown))
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        (secret,) = shown
        assert QGuiApplication.clipboard().text() == secret
        assert tokens.check(secret).name == "صندوق ۱"
        assert till.table.rowCount() == 1
        assert _cell(till, 0, 0) == "صندوق ۱"
        assert not till.revoke_button.isEnabled()  # nothing chosen yet

        # The same name again is refused with the reason; nothing new is made.
        answer_next_dialog(then=lambda dialog: _type_in(dialog, "صندوق ۱"))
        QTest.mouseClick(till.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(till.tokens_result.text()))
        assert "صندوق ۱" in plain(till.tokens_result.text())
        assert till.table.rowCount() == 1

        first = till.table.item(0, 0)
        assert first is not None
        QTest.mouseClick(
            till.table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=till.table.visualItemRect(first).center(),
        )
        assert till.revoke_button.isEnabled()
        answer_next_dialog(button=QMessageBox.StandardButton.Yes)
        QTest.mouseClick(till.revoke_button, Qt.MouseButton.LeftButton)
        with pytest.raises(NotPermitted):
            tokens.check(secret)
        assert _cell(till, 0, 3) == till.tr("revoked")
        assert not till.revoke_button.isEnabled()
    finally:
        create_application("en", RESOURCES, [])


def test_listening_on_the_network_shows_addresses_a_pos_can_type() -> None:
    """0.0.0.0 is where the API listens, not an address another computer can use."""
    from loyaltydesk.ui.till.host import network_addresses, reachable_urls

    assert reachable_urls("127.0.0.1", 8765) == ["http://127.0.0.1:8765/v1"]
    everywhere = reachable_urls("0.0.0.0", 8765)
    assert everywhere[0] == "http://127.0.0.1:8765/v1"
    assert not any("0.0.0.0" in url for url in everywhere)
    for address in network_addresses():
        assert not address.startswith(("127.", "169.254."))
        assert f"http://{address}:8765/v1" in everywhere


def test_a_credit_the_pos_makes_shows_at_once_on_the_member_on_screen(
    qtbot: QtBot, serving_window: MainWindow, gui_services: Services, language: str
) -> None:
    main = serving_window
    pos = _pos_of(main, gui_services, language)
    sara = member(gui_services, "Sara", "09121110009")
    scan(main, in_language(language, sara.card or ""))
    counter = main.counter
    assert counter.member_id == sara.id
    assert counter.panel.balance.text() == in_language(language, "0")
    credited = pos.post(
        "/v1/credit", {"card": sara.card, "amount_rials": 2_500_000, "receipt": "9"}, key="s9"
    )
    assert credited.status == 200
    qtbot.waitUntil(lambda: counter.panel.balance.text() == in_language(language, "25"))

"""Settings → Shared club, driven with keys and clicks against a real server on 127.0.0.1:
a wrong password said as such, a port typed in Persian digits, the password kept in the
keyring (never in settings.json), and this counter's club moved onto the server."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, Services, build_services, check_server
from loyaltydesk.domain.servers import Finding, ServerAddress
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.settings import Settings, load_settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.settings.dialog import SettingsDialog
from loyaltydesk.ui.settings.shared_club import SharedClubActions, SharedClubWidget
from tests.conftest import SERVER_PASSWORD
from tests.pgserver import TcpCluster
from tests.ui.conftest import answer_next_dialog, in_language, member, plain, type_text

pytestmark = pytest.mark.postgres

BAD_LOGIN = {"en": "refused the user name or password", "fa": "نام کاربری یا گذرواژه را نپذیرفت"}
READY = {"en": "ready to move a club in", "fa": "آمادهٔ انتقال یک باشگاه به آن"}
HOLDS_A_CLUB = {"en": "already holds a club", "fa": "از پیش یک باشگاه دارد"}


@pytest.fixture
def owner(gui_services: Services) -> Actor:
    gui_services.staff.add("Owner", Role.OWNER, "140514", gui_services.actor)
    return gui_services.staff.sign_in("Owner", "140514", "counter-1")


@pytest.fixture
def dialog(
    qtbot: QtBot,
    gui_services: Services,
    owner: Actor,
    language: str,
    memory_keyring: dict[tuple[str, str], str],
) -> Iterator[SettingsDialog]:
    create_application(language, RESOURCES, [])
    service = gui_services.shared_club
    actions = SharedClubActions(
        check=service.check,
        move=lambda address, password, progress: service.move_to_server(
            address, password, owner, progress
        ),
    )
    shown = SettingsDialog(gui_services.settings, shared_club=actions)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    create_application("en", RESOURCES, [])


def _open_tab(dialog: SettingsDialog) -> SharedClubWidget:
    bar = dialog.tabs.tabBar()
    index = dialog.tabs.indexOf(dialog.shared_club_page)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentWidget() is dialog.shared_club_page
    return dialog.shared_club


def _fill(
    tab: SharedClubWidget, cluster: TcpCluster, database: str, password: str, language: str
) -> None:
    QTest.mouseClick(tab.enabled, Qt.MouseButton.LeftButton, pos=_left_middle(tab.enabled))
    assert tab.enabled.isChecked() and tab.host.isEnabled()
    type_text(tab.host, "127.0.0.1")
    tab.port.selectAll()
    type_text(tab.port, in_language(language, str(cluster.port)))
    tab.database.selectAll()
    type_text(tab.database, database)
    type_text(tab.user, cluster.user)
    type_text(tab.password, password)
    tab.tls.setFocus()
    QTest.keyClick(tab.tls, Qt.Key.Key_Home)  # "Off": the test server has no TLS
    assert tab.tls.currentData() == "disable"


def _left_middle(widget: QWidget) -> QPoint:
    rect = widget.rect()
    # The box itself: the left end in English, the right end in Persian.
    x = 8 if widget.layoutDirection() == Qt.LayoutDirection.LeftToRight else rect.width() - 8
    return QPoint(x, rect.height() // 2)


def _test(qtbot: QtBot, tab: SharedClubWidget) -> str:
    QTest.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab._task is None, timeout=20_000)
    return plain(tab.result.text())


def test_a_wrong_password_then_the_right_one_and_save(
    qtbot: QtBot,
    dialog: SettingsDialog,
    gui_services: Services,
    password_cluster: TcpCluster,
    language: str,
    memory_keyring: dict[tuple[str, str], str],
) -> None:
    database = f"ui_save_{language}"
    password_cluster.create_database(database)
    tab = _open_tab(dialog)
    _fill(tab, password_cluster, database, "not-the-password", language)
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Save, never tested: refused
    assert dialog.saved is None and dialog.isVisible() and not memory_keyring
    assert plain(tab.result.text())
    said = _test(qtbot, tab)
    assert BAD_LOGIN[language] in said, said
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # the server refused the login: not saved
    assert dialog.saved is None and not memory_keyring
    tab.password.selectAll()
    type_text(tab.password, SERVER_PASSWORD)
    assert not tab.result.text()  # what was found is about the fields as they were
    said = _test(qtbot, tab)
    assert READY[language] in said, said
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # an empty database: a club is moved there
    assert dialog.saved is None and plain(tab.result.text()) != said
    # The first counter moved its club there meanwhile: now it is joined.
    where = ServerAddress("127.0.0.1", password_cluster.port, database, password_cluster.user,
                          "disable")  # fmt: skip
    first = build_services(gui_services.settings, where.url(SERVER_PASSWORD))
    member(first, "Sara", "09121234567")
    first.close()
    said = _test(qtbot, tab)
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Save
    assert dialog.saved is not None and dialog.database_changed(), said
    settings = load_settings(gui_services.settings.data_dir)
    assert settings.shared_club and settings.server_port == password_cluster.port
    assert settings.server_database == database and settings.server_tls == "disable"
    stored = (gui_services.settings.data_dir / "settings.json").read_text()
    assert SERVER_PASSWORD not in stored and json.loads(stored)["server_host"] == "127.0.0.1"
    account = ("LoyaltyDesk database", str(gui_services.settings.data_dir))
    assert memory_keyring == {account: SERVER_PASSWORD}


def test_a_wrong_field_keeps_the_dialog_open_and_says_why(
    qtbot: QtBot, dialog: SettingsDialog, gui_services: Services, language: str
) -> None:
    tab = _open_tab(dialog)
    tall = dialog.height()
    QTest.mouseClick(tab.enabled, Qt.MouseButton.LeftButton, pos=_left_middle(tab.enabled))
    tab.port.selectAll()
    type_text(tab.port, in_language(language, "99999"))
    type_text(tab.user, "a b")
    tab.database.selectAll()
    QTest.keyClick(tab.database, Qt.Key.Key_Delete)
    tab.tls.setCurrentIndex(tab.tls.count() - 1)  # verify-full, and no CA file given
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    shown = [name for name, label in tab.errors.items() if label.isVisible()]
    assert shown == ["host", "port", "database", "user", "ca_file"], shown
    assert tab.host.hasFocus()
    qtbot.wait(50)  # the layout settles
    # The errors scroll inside the tab: Save and Cancel stay on a 600-pixel screen.
    assert dialog.height() == tall and dialog.minimumSizeHint().height() < 600
    assert (
        not (gui_services.settings.data_dir / "settings.json").exists()
        or not load_settings(gui_services.settings.data_dir).shared_club
    )


def test_move_my_club_to_the_server(
    qtbot: QtBot,
    dialog: SettingsDialog,
    gui_services: Services,
    password_cluster: TcpCluster,
    language: str,
    tmp_path: Path,
) -> None:
    signed_in = replace(gui_services, actor=_owner(gui_services))
    for n in range(3):
        member(signed_in, f"Member {n}", f"0912000000{n}", points=50 + n)
    database = f"ui_move_{language}"
    password_cluster.create_database(database)
    path = tmp_path / "club.sqlite3"
    before = [_sha(p) for p in (path, path.with_name(path.name + "-wal"))]
    tab = _open_tab(dialog)
    _fill(tab, password_cluster, database, SERVER_PASSWORD, language)
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    QTest.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    assert tab.busy  # Esc while it moves: the move decides, the dialog stays; fields wait
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not tab.host.isEnabled()
    qtbot.waitUntil(lambda: dialog.moved, timeout=30_000)
    assert not dialog.isVisible()
    assert dialog.saved is not None and dialog.saved.uses_server
    # On the server, a counter has no club of its own to move: the button is not offered.
    on_server = SettingsDialog(dialog.saved, shared_club=dialog.shared_club._actions)
    qtbot.addWidget(on_server)
    assert on_server.shared_club.move_button.isHidden()
    where = ServerAddress(
        "127.0.0.1", password_cluster.port, database, password_cluster.user, "disable"
    )
    check = check_server(where, SERVER_PASSWORD)
    assert (check.finding, check.members) == (Finding.CLUB, 3)
    assert load_settings(gui_services.settings.data_dir).server == where
    # The counter's own file is left as it was, a whole club of its own.
    assert [_sha(p) for p in (path, path.with_name(path.name + "-wal"))] == before
    assert gui_services.audit.verify(signed_in.actor).ok
    # Moving into it again is refused with the reason, and the tab says it.
    again = SettingsDialog(
        replace(gui_services.settings, language=language),
        shared_club=dialog.shared_club._actions,
    )
    qtbot.addWidget(again)
    again.show()
    tab = _open_tab(again)
    _fill(tab, password_cluster, database, SERVER_PASSWORD, language)
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    QTest.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab._task is None and bool(tab.result.text()), timeout=30_000)
    qtbot.waitUntil(lambda: HOLDS_A_CLUB[language] in plain(tab.result.text()), timeout=30_000)
    assert not again.moved


def _message(box: QWidget) -> str:
    label = box.findChild(QLabel, "qt_msgbox_label")
    return plain(label.text()) if label is not None else ""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _owner(services: Services) -> Actor:
    return services.staff.sign_in("Owner", "140514", "counter-1")


def test_settings_default_to_no_shared_club(settings: Settings) -> None:
    assert not settings.shared_club and settings.database() == str(settings.default_database_path)


def test_after_a_move_the_window_closes_so_nothing_more_goes_into_the_old_file(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    owner: Actor,
    password_cluster: TcpCluster,
    language: str,
    memory_keyring: dict[tuple[str, str], str],
) -> None:
    window.session.set_actor(owner)
    database = f"ui_window_{language}"
    password_cluster.create_database(database)
    told: list[str] = []

    def in_settings() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(10, in_settings)
            return
        tab = _open_tab(dialog)
        _fill(tab, password_cluster, database, SERVER_PASSWORD, language)
        answer_next_dialog(button=QMessageBox.StandardButton.Yes)  # "Copy this club…?"
        # Once moved, the window's "the club is on the server now", read and answered.
        tab.moved.connect(
            lambda _switched: answer_next_dialog(then=lambda box: told.append(_message(box)))
        )
        QTest.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_settings)
    window.open_settings()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert told and ("on the server now" in told[0] or "روی سرور" in told[0]), told
    assert load_settings(gui_services.settings.data_dir).uses_server

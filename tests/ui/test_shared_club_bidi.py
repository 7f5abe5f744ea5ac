"""Settings → Shared club in Persian with fields typed wrong: each field's sentence keeps the
server names, ports and paths in it whole and left to right (no server needed)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES
from loyaltydesk.domain.servers import Finding, ServerAddress, ServerCheck
from loyaltydesk.services.shared_club import MoveResult, Progress
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.settings.dialog import SettingsDialog
from loyaltydesk.ui.settings.shared_club import SharedClubActions
from tests.ui.conftest import answer_next_dialog, type_text

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"
SHOTS = os.environ.get("LOYALTYDESK_SHOTS", "")


class _Server:
    """A check that waits until the test lets it answer, so what the tab says meanwhile can
    be read; a move that is never reached (the question is answered No)."""

    def __init__(self) -> None:
        self.answer = threading.Event()
        self.checked: list[ServerAddress] = []

    def check(self, address: ServerAddress, password: str) -> ServerCheck:
        self.checked.append(address)
        self.answer.wait(10)
        return ServerCheck(Finding.SYSTEM, f"{address.host}:{address.port}", address.database,
                           user=address.user)  # fmt: skip

    def move(self, address: ServerAddress, password: str, progress: Progress) -> MoveResult:
        raise AssertionError("the move was not asked for")


@pytest.fixture
def server() -> _Server:
    return _Server()


@pytest.fixture
def persian_dialog(
    qtbot: QtBot, settings: Settings, persian_qm: Path, memory_keyring: object, server: _Server
) -> Iterator[SettingsDialog]:
    create_application("fa", RESOURCES, [])
    shown = SettingsDialog(
        replace(settings, language="fa"),
        shared_club=SharedClubActions(check=server.check, move=server.move),
    )
    qtbot.addWidget(shown)
    shown.resize(560, 640)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    create_application("en", RESOURCES, [])


def _isolated(text: str, value: str) -> bool:
    """``value`` stands in ``text`` inside an isolate of its own."""
    for opener in (FSI, LRI):
        start = text.find(opener + value)
        if start >= 0 and text.find(PDI, start) >= start + len(value):
            return True
    return False


def test_persian_field_errors_keep_latin_values_whole(
    qtbot: QtBot, persian_dialog: SettingsDialog, tmp_path: Path
) -> None:
    dialog = persian_dialog
    dialog.tabs.setCurrentWidget(dialog.shared_club_page)
    tab = dialog.shared_club
    box = tab.enabled.rect()  # right to left: the box is at the right end
    QTest.mouseClick(
        tab.enabled, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 8, box.height() // 2)
    )
    assert tab.enabled.isChecked()
    type_text(tab.host, "db-server.local:5432")
    tab.port.selectAll()
    type_text(tab.port, "65536x")
    type_text(tab.user, "till")
    tab.tls.setCurrentIndex(tab.tls.count() - 1)  # verify-full
    missing = str(tmp_path / "certs" / "shop-ca.pem")
    type_text(tab.ca_file, missing)
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.saved is None
    said = {name: label.text() for name, label in tab.errors.items() if label.isVisible()}
    assert said.keys() == {"host", "port", "ca_file"}, said
    assert _isolated(said["host"], "db-server.local") and _isolated(said["host"], "۵۴۳۲")
    assert _isolated(said["port"], "۶۵۵۳۶x")
    assert _isolated(said["ca_file"], missing)
    if SHOTS:
        qtbot.wait(50)
        dialog.grab().save(str(Path(SHOTS) / "shared_club_fa_errors.png"))


def test_persian_sentences_of_the_tab_keep_the_server_whole(
    qtbot: QtBot, persian_dialog: SettingsDialog, server: _Server, tmp_path: Path
) -> None:
    dialog = persian_dialog
    dialog.tabs.setCurrentWidget(dialog.shared_club_page)
    tab = dialog.shared_club
    box = tab.enabled.rect()
    QTest.mouseClick(
        tab.enabled, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 8, box.height() // 2)
    )
    type_text(tab.host, "fe80::1")  # an IPv6 address: colons turn it around unisolated
    type_text(tab.user, "till")
    tab.database.selectAll()
    type_text(tab.database, "postgres")
    tab.tls.setFocus()
    QTest.keyClick(tab.tls, Qt.Key.Key_Home)
    QTest.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(server.checked))
    assert _isolated(tab.result.text(), "fe80::1"), tab.result.text()  # "Connecting to …"
    server.answer.set()
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    found = tab.result.text()
    # The server's own database: what to run to make one for the club, whole.
    assert _isolated(found, "CREATE DATABASE loyaltydesk OWNER till;"), found
    if SHOTS:
        qtbot.wait(50)
        dialog.grab().save(str(Path(SHOTS) / "shared_club_fa_own_database.png"))
    asked: list[str] = []

    def read(box: QWidget) -> None:
        label = box.findChild(QLabel, "qt_msgbox_label")
        asked.append(label.text() if label is not None else "")

    answer_next_dialog(then=read, button=QMessageBox.StandardButton.No)
    QTest.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))
    assert _isolated(asked[0], "fe80::1") and _isolated(asked[0], "postgres"), asked

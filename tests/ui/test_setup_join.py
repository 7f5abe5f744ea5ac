"""The first-run wizard's "this counter joins a shared club", by keys and clicks, against a
real server on 127.0.0.1: an empty database is not joined (the club is moved there from its
first counter), a club is."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, build_services, check_server
from loyaltydesk.domain.servers import TLS_DISABLE, ServerAddress
from loyaltydesk.settings import Settings, load_settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.setup.join import JoinDialog
from loyaltydesk.ui.setup.wizard import JOIN, SetupWizard
from tests.conftest import SERVER_PASSWORD, FakeClock
from tests.pgserver import TcpCluster
from tests.ui.conftest import in_language, keyboard, plain, type_text

pytestmark = pytest.mark.postgres


@pytest.fixture
def wizard(
    qtbot: QtBot,
    settings: Settings,
    language: str,
    memory_keyring: dict[tuple[str, str], str],
) -> Iterator[SetupWizard]:
    create_application(language, RESOURCES, [])
    shown = SetupWizard(
        replace(settings, language=language),
        RESOURCES,
        lambda _s: None,
        server_check=check_server,
    )
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    create_application("en", RESOURCES, [])


def _join_with(
    qtbot: QtBot, cluster: TcpCluster, database: str, language: str, then: list[str]
) -> None:
    """Fill the join dialog once it opens, press Enter (Join), and note what it said."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, JoinDialog):
            QTimer.singleShot(10, fill)
            return
        form = dialog.form
        type_text(form.host, "127.0.0.1")
        form.port.selectAll()
        type_text(form.port, in_language(language, str(cluster.port)))
        form.database.selectAll()
        type_text(form.database, database)
        type_text(form.user, cluster.user)
        type_text(form.password, SERVER_PASSWORD)
        form.tls.setFocus()
        QTest.keyClick(form.tls, Qt.Key.Key_Home)
        form.password.setFocus()
        keyboard(dialog, key=Qt.Key.Key_Return)
        errors = {k: e.text() for k, e in form.errors.items() if e.text()}
        assert not errors, errors

        def said() -> None:
            if form._task is not None or not form.result.text():
                QTimer.singleShot(20, said)
                return
            then.append(plain(form.result.text()))
            if dialog.isVisible():
                dialog.reject()

        QTimer.singleShot(20, said)

    QTimer.singleShot(0, fill)


def test_joining_an_empty_database_is_refused_and_a_club_is_joined(
    qtbot: QtBot,
    wizard: SetupWizard,
    password_cluster: TcpCluster,
    language: str,
    settings: Settings,
    clock: FakeClock,
    memory_keyring: dict[tuple[str, str], str],
) -> None:
    database = f"join_{language}"
    password_cluster.create_database(database)
    welcome = wizard.pages[0]
    said: list[str] = []
    _join_with(qtbot, password_cluster, database, language, said)
    QTest.mouseClick(welcome.join, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    empty = {"en": "That database is empty", "fa": "این پایگاه داده خالی است"}[language]
    assert empty in said[0] and wizard.choice is None and wizard.isVisible()

    where = ServerAddress(
        "127.0.0.1", password_cluster.port, database, password_cluster.user, TLS_DISABLE
    )
    club = build_services(settings, where.url(SERVER_PASSWORD), clock=clock)
    club.membership.register("j1", name="Sara", phone="09121234567", actor=club.actor)
    club.close()
    said.clear()
    _join_with(qtbot, password_cluster, database, language, said)
    QTest.mouseClick(welcome.join, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wizard.choice == JOIN, timeout=20_000)
    assert not wizard.isVisible()
    joined = load_settings(Path(settings.data_dir))
    assert joined.uses_server and joined.server == where
    assert wizard.settings.server == where
    assert memory_keyring == {("LoyaltyDesk database", str(settings.data_dir)): SERVER_PASSWORD}


def test_the_servers_own_database_is_not_joined_and_says_how_to_make_one(
    qtbot: QtBot, wizard: SetupWizard, password_cluster: TcpCluster, language: str
) -> None:
    said: list[str] = []
    _join_with(qtbot, password_cluster, "postgres", language, said)
    QTest.mouseClick(wizard.pages[0].join, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert f"CREATE DATABASE loyaltydesk OWNER {password_cluster.user};" in said[0], said
    own = {"en": "the server’s own database", "fa": "مال خود سرور است"}[language]
    assert own in said[0] and wizard.choice is None and wizard.isVisible()

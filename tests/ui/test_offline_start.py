"""A shared club's counter switched on while its server does not answer (the till lost power
while the shop's router was down): it opens on what it remembers, the cashier signs in with
their PIN, serves a remembered member, and the parts that need the server say so calmly
until it answers — then everything catches up by itself."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, build_services, build_window
from loyaltydesk.domain.errors import StorageError
from loyaltydesk.domain.staff import CounterPolicy, Role
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.errors import said_elsewhere
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.staff.pin_dialog import PinDialog
from tests.conftest import LIGHT_HASHER, FakeClock
from tests.pgserver import PostgresCluster
from tests.ui.conftest import answer_next_dialog, in_language, member, plain, scan, type_text

pytestmark = pytest.mark.postgres

RED = "#b3261e"
# Set to a folder to keep the window's pictures (the brief's screenshots at 1024×600).
SHOTS = os.environ.get("LOYALTYDESK_SHOTS")


def _been_online(url: str, settings: Settings, clock: FakeClock) -> int:
    """A day online at this counter: the owner signed in, a member served. Returns the
    member's id (120 points)."""
    s = build_services(settings, url, clock=clock, hasher=LIGHT_HASHER)
    try:
        s.staff.set_policy(replace(CounterPolicy(), offline_points=100), s.actor)
        sara = member(s, "سارا محمدی", "09121234567", points=120)
        s.staff.add("Nima", Role.OWNER, "1111", s.actor)
        s.staff.sign_in("Nima", "1111", "counter-1")
        s.link.panel(sara.id)
        s.link.probe()
        return sara.id
    finally:
        s.close()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """Every exception that would reach the application's error dialog (a server that does
    not answer is said by the window itself: loyaltydesk.ui.errors.said_elsewhere)."""
    seen: list[BaseException] = []

    def hook(_kind: type[BaseException], error: BaseException, _tb: TracebackType | None) -> None:
        if not said_elsewhere(error):
            seen.append(error)

    monkeypatch.setattr(sys, "excepthook", hook)
    yield seen


def test_a_counter_starts_signs_in_and_serves_while_its_server_is_down(
    qtbot: QtBot,
    own_cluster: PostgresCluster,
    settings: Settings,
    clock: FakeClock,
    language: str,
    errors: list[BaseException],
) -> None:
    url = own_cluster.url()
    sara_id = _been_online(url, settings, clock)
    own_cluster.stop_server()

    shown_settings = replace(settings, language=language)
    services = build_services(
        shown_settings, url, clock=clock, hasher=LIGHT_HASHER, offline_start=True
    )
    window: MainWindow | None = None
    try:
        assert services.started_offline
        app = create_application(language, RESOURCES, [])
        window = build_window(app, shown_settings, services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert RED in window.club_light.dot.styleSheet()  # offline from the first second
        ran: list[str] = []

        def daily() -> int:
            ran.append("daily")
            return 0

        window.start_daily_jobs([daily])
        window.start_backups()
        assert ran == [] and window._backup_timer is None  # wait for the server

        def typed(dialog: QWidget) -> None:
            assert isinstance(dialog, PinDialog)
            dialog.select_name("Nima")
            type_text(dialog.pin, in_language(language, "1111"))

        answer_next_dialog(Qt.Key.Key_Return, then=typed)
        assert window.sign_in()
        assert window.session.actor.staff == "Nima" and window.session.actor.offline
        QApplication.processEvents()
        assert QApplication.activeWindow() is window

        counter = window.counter
        card = services.link.panel(sara_id).panel.member.card or ""
        scan(window, in_language(language, card))
        assert counter.member_id == sara_id
        type_text(counter.amount, in_language(language, "300000"))
        QTest.keyClick(counter.amount, Qt.Key.Key_Return)
        said = plain(counter.action_message.text())
        assert ("Kept on this counter" in said) if language == "en" else ("این صندوق" in said)

        reports = window.reports
        assert reports is not None
        window.tabs.setCurrentWidget(reports)
        qtbot.waitUntil(lambda: reports._run is None, timeout=10_000)
        assert window.tabs_hint.isVisible()
        hint = plain(window.tabs_hint.text())
        assert hint and (language != "en" or "does not answer" in hint)
        assert reports.shown is None
        assert QApplication.activeModalWidget() is None  # said in place: no box to close
        # Nothing to edit or add in a part that cannot be read or saved: greyed, the counter not.
        assert not reports.isEnabled() and counter.isEnabled()
        importing = window.findChild(QAction, "importAction")
        assert importing is not None and not importing.isEnabled()  # it would fail after a file
        for index in range(window.tabs.count()):  # every part the owner may open
            if window.tabs.isTabVisible(index):
                window.tabs.setCurrentIndex(index)
                qtbot.wait(100)
                assert QApplication.activeModalWidget() is None, window.tabs.tabText(index)
        window.tabs.setCurrentWidget(reports)
        window.resize(1024, 600)
        qtbot.wait(100)
        if SHOTS:
            window.grab().save(str(Path(SHOTS) / f"offline-start-{language}.png"))
            window.tabs.setCurrentWidget(counter)
            qtbot.wait(100)
            window.grab().save(str(Path(SHOTS) / f"offline-start-counter-{language}.png"))
            window.tabs.setCurrentWidget(reports)
        assert not errors, errors

        own_cluster.start_server()
        with qtbot.waitSignal(window.club_light.reached, timeout=30_000):
            window.club_light.check()
        assert "#2e7d32" in window.club_light.dot.styleSheet()
        assert services.membership.get(sara_id).balance == 150  # sent, once
        assert services.link.counts() == (0, 0)
        qtbot.waitUntil(lambda: reports.shown is not None, timeout=15_000)
        assert not window.tabs_hint.isVisible()
        assert reports.isEnabled() and importing.isEnabled()
        qtbot.waitUntil(lambda: ran == ["daily"], timeout=10_000)
        assert window._backup_timer is not None
        assert not errors, errors
    finally:
        if window is not None:
            window.club_light.stop()
            if hasattr(window, "_daily"):
                window._daily.stop()
        # The report, the daily job and the backup started when the server answered run in
        # the pool: the database is closed under none of them.
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()
        services.close()
        create_application("en", RESOURCES, [])


def test_a_counter_never_online_here_gets_the_start_up_message(
    own_cluster: PostgresCluster, settings: Settings, clock: FakeClock
) -> None:
    url = own_cluster.url()
    s = build_services(settings, url, clock=clock, hasher=LIGHT_HASHER)
    s.close()  # the club exists, but nobody ever signed in or served here
    own_cluster.stop_server()
    with pytest.raises(StorageError) as failed:
        build_services(settings, url, clock=clock, hasher=LIGHT_HASHER, offline_start=True)
    assert failed.value.code == "database.unreachable"
    # And a command (no offline start) on a counter that was online: the same refusal.
    own_cluster.start_server()
    _been_online(url, settings, clock)
    own_cluster.stop_server()
    with pytest.raises(StorageError) as command:
        build_services(settings, url, clock=clock, hasher=LIGHT_HASHER)
    assert command.value.code == "database.unreachable"


def test_an_action_the_server_did_not_answer_is_said_in_the_status_bar_not_a_box(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMainWindow

    from loyaltydesk.ui.errors import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(tmp_path / "log")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    error = StorageError("database.unreachable", server="db", database="club")
    sys.excepthook(type(error), error, None)
    assert QApplication.activeModalWidget() is None
    assert "does not answer" in window.statusBar().currentMessage()

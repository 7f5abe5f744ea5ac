"""The counter of a shared club when its server goes away, as the cashier meets it: the
light turns red, the member scanned is the one this counter remembers, a purchase is kept
"on this counter" with its expected points, and when the server is back the light sends the
queue by itself — once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, Services, build_services, build_window
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.offline import Settlement
from loyaltydesk.domain.staff import CounterPolicy
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.offline.queue_dialog import OfflineQueueDialog
from tests.conftest import LIGHT_HASHER, FakeClock
from tests.integration.helpers import op
from tests.pgserver import PostgresCluster
from tests.ui.conftest import answer_next_dialog, in_language, member, plain, scan, type_text

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared_services(
    own_cluster: PostgresCluster,
    settings: Settings,
    clock: FakeClock,
    language: str,
) -> Iterator[Services]:
    built = build_services(
        replace(settings, language=language), own_cluster.url(), clock=clock, hasher=LIGHT_HASHER
    )
    built.rules.add_reward("Free meal", 100, "غذای رایگان", actor=built.actor)
    built.staff.set_policy(replace(CounterPolicy(), offline_points=100), built.actor)
    yield built
    built.close()


@pytest.fixture
def shared_window(
    qtbot: QtBot,
    shared_services: Services,
    settings: Settings,
    language: str,
) -> Iterator[MainWindow]:
    app = create_application(language, RESOURCES, [])
    main = build_window(app, replace(settings, language=language), shared_services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.club_light.stop()
    create_application("en", RESOURCES, [])


def test_a_counter_goes_on_when_the_server_goes_and_catches_up_when_it_is_back(
    qtbot: QtBot,
    shared_window: MainWindow,
    shared_services: Services,
    own_cluster: PostgresCluster,
    language: str,
) -> None:
    window = shared_window
    counter = window.counter
    sara = member(shared_services, "سارا محمدی", "09121234567", points=120)
    scan(window, in_language(language, sara.card or ""))
    assert counter.member_id == sara.id
    window.club_light.show_state()
    # Which club in a cashier's words; the database's technical address in the tooltip.
    shown = plain(window.club_light.text.text())
    assert "@" not in shown and "postgres" not in shown, shown
    assert ("Shared club" in shown) if language == "en" else ("باشگاه مشترک" in shown), shown
    assert "postgres@" in window.club_light.toolTip()
    assert "#2e7d32" in window.club_light.dot.styleSheet()  # green: connected

    ali = member(shared_services, "علی رضایی", "09351112233")  # never seen at this counter
    own_cluster.stop_server()
    counter.clear()
    type_text(counter.search, in_language(language, ali.phone))
    unseen = plain(counter.search_message.text())
    # Not "no member": the club knows them, and the cashier must not register them again.
    assert unseen and unseen != plain(counter.tr("No member matches.")), unseen
    assert counter.member_id is None
    counter.clear()
    scan(window, in_language(language, sara.card or ""))  # the same card, server gone
    assert counter.member_id == sara.id
    assert counter.offline_note.isVisible()
    type_text(counter.amount, in_language(language, "300000"))
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)  # a second Enter: nothing more
    said = plain(counter.action_message.text())
    assert ("Kept on this counter" in said) if language == "en" else ("این صندوق" in said)
    assert in_language(language, "+30") in said or in_language(language, "30+") in said
    assert counter.panel.balance.text() == in_language(language, "150")
    window.club_light.show_state()
    assert "#b3261e" in window.club_light.dot.styleSheet()  # red: the server does not answer
    assert in_language(language, "1") in window.club_light.text.text()
    # On a 1024-pixel counter screen the light is whole and every part's tab in sight.
    window.resize(1024, 600)
    qtbot.wait(50)
    light = window.club_light
    assert light.width() >= light.sizeHint().width()
    assert light.mapTo(window, light.rect().topLeft()).x() >= 0
    assert light.mapTo(window, light.rect().topRight()).x() <= window.width()
    bar = window.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()

    own_cluster.start_server()
    with qtbot.waitSignal(window.club_light.synced, timeout=30_000) as sent:
        window.club_light.check()
    assert sent.args[0].sent == 1 and sent.args[0].members == {sara.id}
    assert shared_services.membership.get(sara.id).balance == 150
    lines = shared_services.membership.statement(sara.id).lines
    assert [line.points for line in lines] == [120, 30]
    qtbot.waitUntil(lambda: not counter.offline_note.isVisible(), timeout=10_000)
    assert "#2e7d32" in window.club_light.dot.styleSheet()


def test_a_manager_settles_an_offline_reward_the_points_no_longer_covered(
    qtbot: QtBot,
    shared_window: MainWindow,
    shared_services: Services,
    own_cluster: PostgresCluster,
    language: str,
) -> None:
    s = shared_services
    sara = member(s, "سارا محمدی", "09121234567", points=100)
    s.link.panel(sara.id)
    s.link.probe()
    meal = next(r for r in s.rules.rewards() if r.name == "Free meal")
    own_cluster.stop_server()
    s.link.redeem("offline-meal", sara.id, meal, s.actor)
    own_cluster.start_server()
    s.counter.redeem(op(), sara.id, meal.id, s.actor)  # the same points, at another counter
    report = s.link.sync()
    assert report is not None and report.conflicts == 1

    w = shared_window
    dialog = OfflineQueueDialog(s.link, s.conflicts, w.session, w.display, w.bus, w)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.conflicts.rowCount() == 1
    short, name = dialog.conflicts.item(0, 4), dialog.conflicts.item(0, 1)
    assert short is not None and name is not None
    assert short.text() == in_language(language, "100")
    assert not dialog.charge_button.isEnabled()  # nothing chosen yet
    first = dialog.conflicts.visualItemRect(name).center()
    QTest.mouseClick(dialog.conflicts.viewport(), Qt.MouseButton.LeftButton, pos=first)
    type_text(dialog.note, "مشتری همیشگی")
    assert dialog.forgive_button.isEnabled()
    asked: list[str] = []
    answer_next_dialog(  # asked first; "No" settles nothing
        then=lambda box: asked.append(
            plain(label.text()) if (label := box.findChild(QLabel, "qt_msgbox_label")) else ""
        ),
        button=QMessageBox.StandardButton.No,
    )
    QTest.mouseClick(dialog.forgive_button, Qt.MouseButton.LeftButton)
    assert asked and in_language(language, "100") in asked[0] and "سارا محمدی" in asked[0]
    assert dialog.conflicts.rowCount() == 1 and s.conflicts.count_open() == 1
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    QTest.mouseClick(dialog.forgive_button, Qt.MouseButton.LeftButton)
    assert dialog.conflicts.rowCount() == 0, plain(dialog.message.text())
    (settled,) = s.conflicts.listed(s.actor, open_only=False)
    assert (settled.settlement, settled.note) == (Settlement.FORGIVEN, "مشتری همیشگی")
    assert s.membership.get(sara.id).balance == 0


def test_a_cashier_takes_back_a_purchase_kept_offline_with_f8(
    qtbot: QtBot,
    shared_window: MainWindow,
    shared_services: Services,
    own_cluster: PostgresCluster,
    language: str,
) -> None:
    window = shared_window
    counter = window.counter
    s = shared_services
    sara = member(s, "سارا محمدی", "09121234567", points=120)
    scan(window, in_language(language, sara.card or ""))
    own_cluster.stop_server()
    counter.clear()
    scan(window, in_language(language, sara.card or ""))
    type_text(counter.amount, in_language(language, "3000000"))  # 300,000 meant
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    assert counter.panel.balance.text() == in_language(language, "420")
    assert counter.undo_button.isEnabled()
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    QTest.keyClick(counter.search, Qt.Key.Key_F8)
    assert s.link.pending() == [], plain(counter.action_message.text())
    assert counter.panel.balance.text() == in_language(language, "120")
    assert not counter.undo_button.isEnabled()

    type_text(counter.amount, in_language(language, "300000"))
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    kept_said = plain(counter.action_message.text())
    assert kept_said
    own_cluster.start_server()
    with qtbot.waitSignal(window.club_light.synced, timeout=30_000):
        window.club_light.check()
    # "Kept on this counter" is no longer true, and F8 no longer takes back a sent purchase.
    assert plain(counter.action_message.text()) != kept_said
    assert not counter.undo_button.isEnabled()
    assert [line.points for line in s.membership.statement(sara.id).lines] == [120, 30]


def test_the_offline_limit_saved_is_the_one_this_counter_keeps_at_once(
    qtbot: QtBot,
    shared_window: MainWindow,
    shared_services: Services,
    own_cluster: PostgresCluster,
) -> None:
    s = shared_services
    sara = member(s, "سارا محمدی", "09121234567", points=120)
    meal = next(r for r in s.rules.rewards() if r.name == "Free meal")
    s.link.panel(sara.id)
    s.link.probe()  # remembers the fixture's 100 points a day
    staff = shared_window.staff
    assert staff is not None
    staff.offline_limit.setFocus()
    staff.offline_limit.selectAll()
    QTest.keyClick(staff.offline_limit, Qt.Key.Key_Delete)
    QTest.keyClick(staff.offline_limit, Qt.Key.Key_Return)  # none offline, from now on
    own_cluster.stop_server()  # at once: no idle probe in between
    with pytest.raises(DomainError) as refused:
        s.link.check_redeem(sara.id, meal)
    assert refused.value.code == "offline.redeem_off"


def test_the_way_to_the_next_reward_counts_what_waits(
    qtbot: QtBot,
    shared_window: MainWindow,
    shared_services: Services,
    own_cluster: PostgresCluster,
    language: str,
) -> None:
    window, counter = shared_window, shared_window.counter
    ali = member(shared_services, "علی رضایی", "09351112233", points=40)
    scan(window, in_language(language, ali.card or ""))
    own_cluster.stop_server()
    type_text(counter.amount, in_language(language, "300000"))
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    assert counter.panel.balance.text() == in_language(language, "70")
    shown = plain(counter.panel.progress_text.text())
    assert in_language(language, "30") in shown and in_language(language, "60") not in shown

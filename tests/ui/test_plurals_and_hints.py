"""Smaller things a new cashier saw: "1 points" in English, an empty Members tab with no
hint, and a phone typed in Persian digits shown back in Latin ones at F2."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.earning import Calculation
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit, is_one
from loyaltydesk.ui.labels import describe_calculation
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.conftest import answer_next_dialog, plain, type_text
from tests.ui.test_counter import digits_for, member_with

EN = Display("en", MoneyUnit.TOMAN, ZoneInfo("Asia/Tehran"))


def test_is_one_is_english_singular() -> None:
    assert [is_one(n) for n in (-2, -1, 0, 1, 2)] == [False, True, False, True, False]


def test_english_says_one_point_and_two_points_in_the_member_panel(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    if language != "en":
        pytest.skip("Persian has one form after a number")
    one = member_with(gui_services, points=1, phone="09120000001")
    window.counter.select_member(one.id)
    panel = window.counter.panel
    assert panel.visits.text().endswith("+1 point")
    assert plain(panel.progress_text.text()) == "39 more points to Free drink"
    almost = member_with(gui_services, points=39, phone="09120000002")
    window.counter.select_member(almost.id)
    assert plain(panel.progress_text.text()) == "1 more point to Free drink"
    assert panel.visits.text().endswith("+39 points")


def test_a_calculation_of_one_point_reads_one_point() -> None:
    assert describe_calculation(Calculation(1, 100_000, 1, 1), EN).startswith("1 point: ")
    assert describe_calculation(Calculation(1, 100_000, 1, 2), EN).startswith("2 points: ")


def test_the_members_tab_opens_with_a_hint_and_the_newest_members(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    for i in range(3):
        member_with(gui_services, phone=f"0912000001{i}")
    members = window.members
    window.tabs.setCurrentWidget(members)
    assert members.message.text()  # what to type, not an empty page
    assert members.table.rowCount() == 3
    newest = gui_services.membership.newest(1)[0]
    first = members.table.item(0, 0)
    assert first is not None and int(first.data(Qt.ItemDataRole.UserRole)) == newest.id
    type_text(members.search, "zzzz")
    assert members.table.rowCount() == 0
    members.search.clear()
    members.run_search("")
    assert members.table.rowCount() == 3 and members.message.text()


def test_an_empty_club_says_how_to_begin(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    window.tabs.setCurrentWidget(window.members)
    assert window.members.table.rowCount() == 0
    assert "F2" in window.members.message.text()


def test_f2_shows_a_phone_typed_in_persian_digits_as_typed(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    typed = digits_for(language, "0935 123 4567")
    type_text(window.counter.search, typed)
    seen: dict[str, str] = {}

    def look(dialog: QWidget) -> None:
        phone = dialog.findChild(QLineEdit, "registerPhone")
        seen["phone"] = phone.text() if phone is not None else ""

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    QTest.keyClick(window.counter.search, Qt.Key.Key_F2)
    assert seen["phone"] == typed

"""The customer's voice in the window, in Persian and English, driven by keys: F3 after a
purchase, a digit, Enter; why a member stopped coming in their details; the reports page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, Services, build_window
from loyaltydesk.domain.errors import Refused
from loyaltydesk.domain.feedback import FeedbackKind, Reason
from loyaltydesk.services.report_tables import Kind
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.counter.feedback_dialog import FeedbackDialog, score_of_key
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.main_window import REPORTS_KEY, MainWindow
from loyaltydesk.ui.members.details_dialog import MemberDetailsDialog
from tests.conftest import FakeClock
from tests.ui.conftest import (
    answer_next_dialog,
    in_language,
    keyboard,
    member,
    plain,
    type_text,
)


@pytest.fixture
def active_window(
    qtbot: QtBot, gui_services: Services, settings: Settings, language: str
) -> Iterator[MainWindow]:
    app = create_application(language, RESOURCES, [])
    main = build_window(app, replace(settings, language=language), gui_services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main
    create_application("en", RESOURCES, [])


def _credit(window: MainWindow, language: str, toman: str) -> None:
    counter = window.counter
    type_text(counter.amount, in_language(language, toman))
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)


def _press_score(digit: str) -> list[QWidget]:
    """On the dialog: the digit as the keyboard sends it (to the button that has the focus
    when it opens), then (answer_next_dialog) Enter. No assert in here: a failure inside
    the timer would leave the dialog open; the dialogs seen are returned instead."""
    seen: list[QWidget] = []

    def then(dialog: QWidget) -> None:
        seen.append(dialog)
        if isinstance(dialog, FeedbackDialog):
            type_text(dialog.save_button, digit)

    answer_next_dialog(Qt.Key.Key_Return, then=then)
    return seen


def test_f3_after_a_credit_then_4_and_enter_records_the_visit(
    qtbot: QtBot, active_window: MainWindow, gui_services: Services, language: str
) -> None:
    sara = member(gui_services, "سارا محمدی", "09121234567")
    counter = active_window.counter
    counter.select_member(sara.id)
    _credit(active_window, language, "250000")
    last = counter._last[sara.id].credit
    assert last is not None
    # The keypad sends Latin digits, a Persian layout ۴: each is the score 4.
    seen = _press_score(in_language(language, "4"))
    QTest.keyClick(QApplication.focusWidget() or counter, Qt.Key.Key_F3)
    assert [type(d) for d in seen] == [FeedbackDialog]
    history = gui_services.feedback.history(sara.id)
    assert [(h.kind, h.score, h.purchase_id) for h in history] == [
        (FeedbackKind.VISIT, 4, last.purchase_id)
    ]
    assert in_language(language, "4") in counter.action_message.text()


def test_a_persian_digit_scores_in_the_english_window_too(
    qtbot: QtBot, active_window: MainWindow, gui_services: Services
) -> None:
    sara = member(gui_services, "Sara", "09121234567", points=5)
    counter = active_window.counter
    counter.select_member(sara.id)
    _press_score("۲")
    QTest.keyClick(counter.amount, Qt.Key.Key_F3)
    assert [h.score for h in gui_services.feedback.history(sara.id)] == [2]
    assert [score_of_key(k) for k in ("1", "۵", "٣", "6", "0", "a", "")] == [
        1, 5, 3, None, None, None, None,
    ]  # fmt: skip


def test_enter_without_a_score_or_esc_records_nothing(
    qtbot: QtBot, active_window: MainWindow, gui_services: Services, language: str
) -> None:
    sara = member(gui_services, "Sara", "09121234567", points=5)
    counter = active_window.counter
    counter.select_member(sara.id)
    said: list[str] = []

    def enter_then_esc(dialog: QWidget) -> None:
        if isinstance(dialog, FeedbackDialog):
            QTest.keyClick(dialog.save_button, Qt.Key.Key_Return)  # no score yet: refused
            said.append(dialog.error.text())
            type_text(dialog.save_button, in_language(language, "3"))

    answer_next_dialog(Qt.Key.Key_Escape, then=enter_then_esc)
    QTest.keyClick(counter.amount, Qt.Key.Key_F3)
    assert said and said[0]
    assert gui_services.feedback.history(sara.id) == []


def test_without_a_member_f3_opens_nothing(
    qtbot: QtBot, active_window: MainWindow, gui_services: Services
) -> None:
    counter = active_window.counter
    counter.clear()
    opened: list[QWidget] = []

    def close_any() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            opened.append(modal)
            modal.close()

    QTimer.singleShot(200, close_any)
    QTest.keyClick(counter.search, Qt.Key.Key_F3)
    qtbot.wait(300)
    assert opened == []
    assert not counter.feedback_button.isEnabled()


def test_why_they_stopped_coming_is_recorded_in_member_details(
    qtbot: QtBot, active_window: MainWindow, gui_services: Services, language: str
) -> None:
    sara = member(gui_services, "Sara", "09121234567", points=5)
    gui_services.feedback.record_visit("v-1", sara.id, 2, "price", actor=gui_services.actor)
    dialog = MemberDetailsDialog(
        gui_services.membership,
        active_window.display,
        active_window.bus,
        gui_services.actor,
        sara.id,
        active_window,
        feedback=gui_services.feedback,
    )
    qtbot.addWidget(dialog)
    tab = dialog.feedback
    assert tab is not None
    assert tab.history.rowCount() == 1
    score, reason = tab.history.item(0, 1), tab.history.item(0, 2)
    assert score is not None and reason is not None
    assert score.text() == in_language(language, "2")
    assert plain(reason.text()) == ("قیمت" if language == "fa" else "price")
    tab.record_button.click()  # nothing chosen or written: refused, nothing stored
    assert tab.message.text()
    tab.reason.setFocus()
    QTest.keyClick(tab.reason, Qt.Key.Key_Down)  # the first reason: slow service
    tab.note.setFocus()
    type_text(tab.note, "moved to another district")
    tab.record_button.click()
    kinds = [(h.kind, h.reason, h.note) for h in gui_services.feedback.history(sara.id)]
    assert kinds[0] == (FeedbackKind.WHY_LEFT, "slow service", "moved to another district")
    assert tab.history.rowCount() == 2
    assert tab.note.toPlainText() == ""


def test_the_reports_voice_page_lists_the_unhappy_who_did_not_return(
    qtbot: QtBot,
    active_window: MainWindow,
    gui_services: Services,
    language: str,
    clock: FakeClock,
) -> None:
    sara = member(gui_services, "Sara", "09121234567", points=5)
    member(gui_services, "Ali", "09351234567", points=5)
    gui_services.feedback.record_visit("v-1", sara.id, 1, "taste", actor=gui_services.actor)
    opened: list[int] = []
    view = active_window.reports
    assert view is not None
    view._open_details = opened.append
    keyboard(active_window, key=Qt.Key(Qt.Key.Key_F1 + int(REPORTS_KEY[1:]) - 1))
    qtbot.waitUntil(lambda: not view.running and view.shown is not None)
    row = view.page_named("voice")
    assert row is not None
    assert view.pages.item(row).text() in ("Customer voice", "صدای مشتری")
    view.pages.setCurrentRow(row)
    section = next(s for s in view.shown.laid_out.sections if s.key == "voice")  # type: ignore[union-attr]
    calls = section.tables[1]
    assert [c.kind for c in calls.columns][:3] == [Kind.TEXT, Kind.PHONE, Kind.COUNT]
    assert [r[0].shown for r in calls.rows] == ["Sara"]
    assert calls.rows[0][2].shown == in_language(language, "1")
    assert calls.row_keys == (sara.id,)
    figures = {r[0].value: r[2].shown for r in section.tables[0].rows}
    assert in_language(language, "1") in figures.values()
    assert len(section.charts) == 4  # average and count by month, scores, reasons
    view._open_row(calls.row_keys[0], calls)  # a row opens the member, as on other pages
    assert opened == [sara.id]


# -- F3 scores a real visit, once, and says which (issue 13, newcomer report 2 item 4) ------


def test_f3_without_a_purchase_opens_nothing_and_says_there_is_no_visit(
    qtbot: QtBot, active_window: MainWindow, gui_services: Services, language: str
) -> None:
    reza = member(gui_services, "Reza", "09121110001")  # registered, never bought
    counter = active_window.counter
    counter.select_member(reza.id)
    opened: list[QWidget] = []

    def close_any() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            opened.append(modal)
            modal.close()

    QTimer.singleShot(200, close_any)
    QTest.keyClick(counter.amount, Qt.Key.Key_F3)
    qtbot.wait(300)
    assert opened == []
    assert gui_services.feedback.history(reza.id) == []
    said = plain(counter.action_message.text())
    assert said == plain(error_text(Refused("feedback.no_visit"), language))
    if language == "en":
        assert "no visit to score" in said


def test_f3_names_the_visit_it_scores_and_scores_it_once(
    qtbot: QtBot,
    active_window: MainWindow,
    gui_services: Services,
    language: str,
    clock: FakeClock,
) -> None:
    sara = member(gui_services, "Sara", "09121234567")
    today = clock.now
    clock.now = today - dt.timedelta(days=20)  # she last bought 20 days ago
    old = gui_services.counter.credit_purchase("old-visit", sara.id, 3_500_000, gui_services.actor)
    bought_at = clock.now
    clock.now = today
    counter = active_window.counter
    counter.select_member(sara.id)
    shown: list[str] = []

    def look_then_score(dialog: QWidget) -> None:
        # No assert or exception in here: the dialog would stay open and the test hang.
        if isinstance(dialog, FeedbackDialog):
            visit = getattr(dialog, "visit", None)
            shown.append(plain(visit.text()) if visit is not None else "")
            type_text(dialog.save_button, in_language(language, "5"))

    answer_next_dialog(Qt.Key.Key_Return, then=look_then_score)
    QTest.keyClick(counter.amount, Qt.Key.Key_F3)
    display = active_window.display
    # The day, time and amount of that old visit, in the display's calendar and digits.
    assert shown and plain(display.when(bought_at)) in shown[0]
    assert plain(display.money(3_500_000)) in shown[0]
    history = gui_services.feedback.history(sara.id)
    assert [(h.score, h.purchase_id) for h in history] == [(5, old.purchase_id)]

    # F3 again: the visit is already scored; the counter says when and what, nothing opens.
    opened: list[QWidget] = []

    def close_any() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            opened.append(modal)
            modal.close()

    active_window.activateWindow()  # offscreen, nothing gives the window back its focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is active_window)
    QTimer.singleShot(200, close_any)
    QTest.keyClick(counter.amount, Qt.Key.Key_F3)
    qtbot.wait(300)
    assert opened == []
    assert len(gui_services.feedback.history(sara.id)) == 1
    said = plain(counter.action_message.text())
    assert in_language(language, "5") in said
    assert plain(display.when(today)) in said  # when it was scored
    if language == "en":
        assert "already scored 5" in said


def test_the_feedback_tab_fills_its_width_after_record_and_keeps_retired_names(
    qtbot: QtBot, active_window: MainWindow, gui_services: Services, language: str
) -> None:
    sara = member(gui_services, "Sara", "09121234567", points=5)
    gui_services.feedback.record_visit("v-1", sara.id, 2, "taste", actor=gui_services.actor)
    # The owner changes the list: taste is no longer offered, its answer keeps its names.
    gui_services.feedback.set_reasons(
        [Reason("slow", "کند"), Reason("price", "قیمت")], actor=gui_services.actor
    )
    dialog = MemberDetailsDialog(
        gui_services.membership,
        active_window.display,
        active_window.bus,
        gui_services.actor,
        sara.id,
        active_window,
        feedback=gui_services.feedback,
    )
    qtbot.addWidget(dialog)
    dialog.resize(820, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    tab = dialog.feedback
    assert tab is not None
    dialog.tabs.setFocus()
    while dialog.tabs.currentWidget() is not tab:
        QTest.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    reason = tab.history.item(0, 2)
    assert reason is not None and plain(reason.text()) == ("طعم" if language == "fa" else "taste")
    assert [tab.reason.itemData(i) for i in range(tab.reason.count())] == [None, "slow", "price"]

    def filled() -> int:
        header = tab.history.horizontalHeader()
        used = sum(header.sectionSize(c) for c in range(tab.history.columnCount()))
        return tab.history.viewport().width() - used

    qtbot.waitUntil(lambda: abs(filled()) <= 2)
    tab.reason.setFocus()
    QTest.keyClick(tab.reason, Qt.Key.Key_Down)  # slow
    tab.record_button.setFocus()
    QTest.keyClick(tab.record_button, Qt.Key.Key_Space)
    assert tab.history.rowCount() == 2
    qtbot.wait(50)
    assert abs(filled()) <= 2  # the columns still reach across: the note takes the rest

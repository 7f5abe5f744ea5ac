"""A cashier at the counter: keys, scans and Enter, in English and in Persian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.errors import StorageError
from loyaltydesk.i18n.digits import to_persian_digits
from loyaltydesk.services.views import MemberView
from loyaltydesk.ui.main_window import MainWindow
from tests.ui.conftest import answer_next_dialog, member, type_text


def member_with(services: Services, points: int = 0, phone: str = "09121234567") -> MemberView:
    return member(services, "سارا محمدی", phone, points)


def digits_for(language: str, text: str) -> str:
    return to_persian_digits(text) if language == "fa" else text


def ledger(services: Services, member: MemberView) -> list[tuple[str, int]]:
    return [(ln.kind.value, ln.points) for ln in services.membership.statement(member.id).lines]


def type_amount(qtbot: QtBot, window: MainWindow, language: str, toman: str) -> None:
    type_text(window.counter.amount, digits_for(language, toman))


def test_scan_from_anywhere_shows_the_member(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    member = member_with(gui_services, points=88)
    counter = window.counter
    counter.search.setFocus()
    type_text(counter.search, "ab")
    # The scanner types the card (in Persian digits on a Persian keyboard layout) and Enter.
    type_text(counter.search, digits_for(language, member.card or ""))
    QTest.keyClick(counter.search, Qt.Key.Key_Return)
    assert counter.member_id == member.id
    assert counter.panel.name.text() == "سارا محمدی"
    assert counter.panel.balance.text() == digits_for(language, "88")
    assert "12" in counter.panel.progress_text.text() or "۱۲" in counter.panel.progress_text.text()
    assert counter.search.text() == ""  # the burst did not stay in the field


def test_typing_a_name_or_last_digits_then_arrows_and_enter(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    member_with(gui_services, phone="09121110001")
    ali = gui_services.membership.register(
        "reg-ali", name="سارا کریمی", phone="09351110002", actor=gui_services.actor
    ).member
    counter = window.counter
    type_text(counter.search, "سار")
    assert counter.results.count() == 2
    QTest.keyClick(counter.search, Qt.Key.Key_Down)
    QTest.keyClick(counter.search, Qt.Key.Key_Return)
    assert counter.member_id == ali.id
    type_text(counter.search, "0002")
    assert counter.results.count() == 1


def test_amount_and_enter_credits_and_updates_panel_and_ledger(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    member = member_with(gui_services)
    counter = window.counter
    counter.select_member(member.id)
    type_amount(qtbot, window, language, "250000")  # Toman
    assert counter.amount.text() == digits_for(language, "250,000").replace(
        ",", "٬" if language == "fa" else ","
    )
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    assert ledger(gui_services, member) == [("earn", 25)]
    assert counter.panel.balance.text() == digits_for(language, "25")
    assert digits_for(language, "+25") in counter.action_message.text()


def test_double_enter_credits_once(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    member = member_with(gui_services)
    counter = window.counter
    counter.select_member(member.id)
    type_amount(qtbot, window, language, "100000")
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    QTest.keyClick(QWidget.focusWidget(counter) or counter, Qt.Key.Key_Return)
    assert ledger(gui_services, member) == [("earn", 10)]


def test_a_retry_after_an_error_does_not_credit_twice(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    member = member_with(gui_services)
    counter = window.counter
    real = gui_services.counter.credit_purchase
    calls: list[str] = []

    def committed_but_answer_lost(op_id: str, *args: object, **kwargs: object) -> object:
        calls.append(op_id)
        result = real(op_id, *args, **kwargs)  # type: ignore[arg-type]
        if len(calls) == 1:
            raise StorageError("storage.busy")  # as if the answer never reached the counter
        return result

    monkeypatch.setattr(gui_services.counter, "credit_purchase", committed_but_answer_lost)
    counter.select_member(member.id)
    type_amount(qtbot, window, language, "300000")
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    assert counter.action_message.text()  # the error is shown where the cashier looks
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)  # the cashier simply tries again
    assert calls[0] == calls[1]
    assert ledger(gui_services, member) == [("earn", 30)]


def test_redeem_a_free_meal_at_100_points(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    member = member_with(gui_services, points=100)
    counter = window.counter
    counter.select_member(member.id)
    meal = counter.findChild(QWidget, "reward2")
    assert meal is not None and meal.isEnabled()
    answer_next_dialog(Qt.Key.Key_Return)  # "Give Free meal for 100 points?" -> Yes
    QTest.keyClick(counter.amount, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert ledger(gui_services, member) == [("earn", 100), ("redeem", -100)]
    assert counter.panel.balance.text() == digits_for(language, "0")
    qtbot.waitUntil(lambda: not _button(counter, "reward2").isEnabled(), timeout=2000)


def test_undo_the_last_redemption_with_a_preview(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    member = member_with(gui_services, points=100)
    counter = window.counter
    counter.select_member(member.id)
    answer_next_dialog(Qt.Key.Key_Return)
    QTest.keyClick(counter.amount, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # back at the counter after the question
    seen: list[str] = []
    answer_next_dialog(
        then=lambda d: seen.append(_label_text(d)), button=QMessageBox.StandardButton.Yes
    )
    QTest.keyClick(counter.amount, Qt.Key.Key_F8)
    assert digits_for(language, "60") in seen[0] and digits_for(language, "100") in seen[0]
    assert ledger(gui_services, member) == [("earn", 100), ("redeem", -40), ("restore_redeem", 40)]


@pytest.mark.parametrize("typed", ["abc", "0", "99999999999999"])
def test_a_bad_amount_shows_a_message_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, gui_services: Services, typed: str
) -> None:
    member = member_with(gui_services)
    counter = window.counter
    counter.select_member(member.id)
    type_text(counter.amount, typed)
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    assert counter.action_message.text()
    assert ledger(gui_services, member) == []


def test_f2_with_a_typed_phone_prefills_registration(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    counter = window.counter
    type_text(counter.search, digits_for(language, "09351234567"))
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        phone = dialog.findChild(QLineEdit, "registerPhone")
        name = dialog.findChild(QLineEdit, "registerName")
        assert phone is not None and name is not None
        seen["phone"] = phone.text()
        type_text(name, "Ali Karimi")

    answer_next_dialog(Qt.Key.Key_Return, then=fill)
    QTest.keyClick(counter.search, Qt.Key.Key_F2)
    assert seen["phone"] == digits_for(language, "09351234567")  # as typed
    assert counter.member_id is not None
    registered = gui_services.membership.get(counter.member_id)
    assert (registered.name, registered.phone) == ("Ali Karimi", "+989351234567")
    qtbot.waitUntil(counter.amount.hasFocus, timeout=2000)  # ready for the first purchase


def test_registration_errors_appear_next_to_the_field(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    member_with(gui_services, phone="09121234567")
    shown: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "registerName")
        phone = dialog.findChild(QLineEdit, "registerPhone")
        assert name is not None and phone is not None
        type_text(name, "Sara")
        type_text(phone, "09121234567")
        QTest.keyClick(phone, Qt.Key.Key_Return)
        error = dialog.findChild(QLabel, "error_phone")
        shown["phone"] = error.text() if error is not None and error.isVisible() else ""

    answer_next_dialog(Qt.Key.Key_Escape, then=fill)
    QTest.keyClick(window.counter.search, Qt.Key.Key_F2)
    assert "سارا محمدی" in shown["phone"]
    assert gui_services.audit.verify(actor=gui_services.actor).members_checked == 1


def test_persian_is_right_to_left(window: MainWindow, language: str) -> None:
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight
    )
    assert window.layoutDirection() == expected
    assert window.counter.search.layoutDirection() == expected


def _button(parent: QWidget, name: str) -> QWidget:
    found = parent.findChild(QWidget, name)
    assert found is not None
    return found


def _label_text(dialog: QWidget) -> str:
    label = dialog.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    return label.text()


def test_a_card_scanned_into_the_registration_form_stays_there(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    friend = member_with(gui_services, phone="09120000077")
    seen: dict[str, str] = {}

    def scan_referrer(dialog: QWidget) -> None:
        referrer = dialog.findChild(QLineEdit, "registerReferrer")
        assert referrer is not None
        referrer.setFocus()
        type_text(referrer, digits_for(language, friend.card or ""))
        QTest.keyClick(referrer, Qt.Key.Key_Return)  # the scanner's Enter: the form's Save
        seen["referrer"] = referrer.text()

    answer_next_dialog(Qt.Key.Key_Escape, then=scan_referrer)
    QTest.keyClick(window.counter.search, Qt.Key.Key_F2)
    assert seen["referrer"] == digits_for(language, friend.card or "")
    assert window.counter.member_id is None  # the counter did not take the scan

"""The birthday at registration (F2) and in member details, typed year first by keys, in the
language's calendar, Persian or Latin digits, with or without separators: what is saved is
exactly the day the cashier sees, and a date that is no day is refused with nothing saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.members.register_dialog import RegisterDialog
from tests.ui.conftest import answer_next_dialog, type_text
from tests.ui.test_counter import digits_for

AUGUST_12_1991 = dt.date(1991, 8, 12)  # 1370/05/21 in the Jalali calendar


def _key(key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    if focused is not None:
        QTest.keyClick(focused, key)


def _register_by_keys(window: MainWindow, birthday: str, seen: dict[str, str]) -> None:
    """F2 with a typed mobile; name, Tab, Tab to the birthday box, Space, Tab, the
    birthday, Enter: a new cashier's keys."""

    def fill(dialog: QWidget) -> None:
        # No assert in here: a failure inside the dialog's event loop would leave it open.
        if not isinstance(dialog, RegisterDialog):
            return
        try:
            _fill(dialog)
        except Exception as error:  # noted, and the form closed, so the test fails, not hangs
            seen["crash"] = repr(error)
            dialog.reject()

    def _fill(dialog: RegisterDialog) -> None:
        dialog.activateWindow()
        for _ in range(100):  # the window system makes the dialog active a moment later
            if QApplication.activeWindow() is dialog:
                break
            QTest.qWait(10)
        dialog.name.setFocus()
        type_text(dialog.name, "Ali Karimi")
        _key(Qt.Key.Key_Tab)  # the mobile, typed in the search box already
        _key(Qt.Key.Key_Tab)  # the birthday's "Known" box
        seen["box"] = str(QApplication.focusWidget() is dialog.birthday.known)
        _key(Qt.Key.Key_Space)
        _key(Qt.Key.Key_Tab)
        field = QApplication.focusWidget()
        seen["edit"] = str(field is not None and dialog.birthday.isAncestorOf(field))
        if field is not None:
            type_text(field, birthday)  # where the keys go, as on the old date picker
        date_edit = dialog.birthday.findChild(QLineEdit)
        seen["typed"] = date_edit.text() if date_edit is not None else ""
        _key(Qt.Key.Key_Return)
        error = dialog.findChild(QLabel, "error_birthday")
        seen["error"] = error.text() if error is not None and error.isVisible() else ""
        seen["open"] = str(dialog.isVisible())

    answer_next_dialog(Qt.Key.Key_Escape, then=fill)
    type_text(window.counter.search, "09351234567")
    QTest.keyClick(window.counter.search, Qt.Key.Key_F2)
    assert "crash" not in seen, seen["crash"]
    assert seen["box"] == seen["edit"] == "True"  # Tab, Space, Tab reach the date


@pytest.mark.parametrize(
    "typed",
    [
        "۱۳۷۰۰۵۲۱",  # Persian digits, no separators
        "۱۳۷۰/۰۵/۲۱",
        "1370/05/21",  # Latin digits from a Latin keyboard layout
        "1370-5-21",
        "13700521",
    ],
)
def test_a_persian_birthday_typed_year_first_is_saved_as_typed(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str, typed: str
) -> None:
    if language != "fa":
        pytest.skip("the Jalali calendar is the Persian window's")
    seen: dict[str, str] = {}
    _register_by_keys(window, typed, seen)
    assert seen["error"] == "" and seen["open"] == "False"
    assert seen["typed"] == digits_for("fa", typed)  # shown in Persian digits as typed
    assert window.counter.member_id is not None
    assert gui_services.membership.get(window.counter.member_id).birthday == AUGUST_12_1991


@pytest.mark.parametrize("typed", ["1991/08/12", "1991-08-12", "19910812", "1991.8.12"])
def test_an_english_birthday_typed_year_first_is_saved_as_typed(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str, typed: str
) -> None:
    if language != "en":
        pytest.skip("the Gregorian calendar is the English window's")
    seen: dict[str, str] = {}
    _register_by_keys(window, typed, seen)
    assert seen["error"] == "" and seen["open"] == "False"
    assert window.counter.member_id is not None
    assert gui_services.membership.get(window.counter.member_id).birthday == AUGUST_12_1991


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ({"fa": "1370/13/40", "en": "1991/13/40"}, {"fa": "۱۳۷۰/۱۳/۴۰", "en": "1991/13/40"}),
        ({"fa": "۱۴۰۲/۱۲/۳۰", "en": "2023-02-29"}, {"fa": "۱۴۰۲/۱۲/۳۰", "en": "2023-02-29"}),
        ({"fa": "banana", "en": "banana"}, {"fa": "banana", "en": "banana"}),
        ({"fa": "۱۳۷۰۵۲۱", "en": "1991812"}, {"fa": "۱۳۷۰۵۲۱", "en": "1991812"}),
        ({"fa": "۱۴۰۶/۰۱/۰۱", "en": "2027-01-01"}, {"fa": "", "en": ""}),  # in the future
    ],
)
def test_a_date_that_is_no_birthday_is_refused_next_to_the_field_and_nothing_saved(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    language: str,
    typed: dict[str, str],
    says: dict[str, str],
) -> None:
    seen: dict[str, str] = {}
    _register_by_keys(window, typed[language], seen)
    assert seen["open"] == "True"  # the form stays, with the reason beside the birthday
    assert seen["error"]
    assert says[language] in seen["error"]
    assert window.counter.member_id is None
    assert gui_services.membership.find("Ali") == []


def test_a_ticked_but_empty_birthday_is_refused(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    seen: dict[str, str] = {}
    _register_by_keys(window, "", seen)
    assert seen["open"] == "True" and seen["error"]
    assert gui_services.membership.find("Ali") == []


def test_details_show_the_birthday_year_first_and_save_a_corrected_one(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    s = gui_services
    member = s.membership.register(
        "r-bd", name="Ali", phone="09121230001", actor=s.actor, birthday=AUGUST_12_1991
    ).member
    window.counter.select_member(member.id)
    seen: dict[str, str] = {}

    def edit(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "detailsBirthday")
        if field is None:  # no assert in the dialog's loop: it would stay open
            return
        seen["shown"] = field.text()
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(field, "13700522" if language == "fa" else "1991/08/13")
        save = dialog.findChild(QPushButton, "detailsSave")
        if save is not None:
            save.click()

    answer_next_dialog(Qt.Key.Key_Escape, then=edit)
    QTest.keyClick(window.counter.amount, Qt.Key.Key_F4)
    assert seen.get("shown") == ("۱۳۷۰/۰۵/۲۱" if language == "fa" else "1991-08-12")
    assert s.membership.get(member.id).birthday == dt.date(1991, 8, 13)

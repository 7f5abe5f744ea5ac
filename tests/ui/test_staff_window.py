"""The window with staff accounts, as the people at the counter use it: a PIN to start, the
lock, F12 for the next cashier, a manager's PIN on the spot, and only the parts each may use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.audit import AuditFilter, AuditKind
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.views import MemberView
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.staff.pin_dialog import PinDialog
from tests.ui.conftest import answer_next_dialog, in_language, keyboard, type_text


@pytest.fixture
def team(gui_services: Services) -> dict[str, Actor]:
    staff = gui_services.staff
    staff.add("Nima", Role.OWNER, "1111", gui_services.actor)
    owner = staff.sign_in("Nima", "1111", "counter-1")
    staff.add("Maryam", Role.MANAGER, "2222", owner)
    staff.add("Ali", Role.CASHIER, "3333", owner)
    return {"owner": owner}


@pytest.fixture
def staffed(window: MainWindow, team: dict[str, Actor]) -> MainWindow:
    """The window on a club with accounts; each test signs someone in first."""
    return window


def _pin(name: str, pin: str, language: str) -> object:
    """Answer the PIN keypad: pick the name, type the PIN on the keyboard, Enter."""

    def typed(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.select_name(name)
        type_text(dialog.pin, in_language(language, pin))

    answer_next_dialog(Qt.Key.Key_Return, then=typed)
    return typed


def _sign_in(window: MainWindow, name: str, pin: str, language: str) -> None:
    _pin(name, pin, language)
    assert window.sign_in()
    assert window.session.actor.staff == name
    # The keypad gone, the window has the keyboard again (what the next keys reach).
    QApplication.processEvents()
    assert QApplication.activeWindow() is window


def _visible_tabs(window: MainWindow) -> set[str]:
    return {
        window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)
    }


def test_a_cashier_sees_the_counter_parts_and_the_owner_everything(
    staffed: MainWindow, language: str
) -> None:
    _sign_in(staffed, "Ali", "3333", language)
    cashier_tabs = _visible_tabs(staffed)
    assert staffed.reports is not None and staffed.staff is not None
    hidden = {
        staffed.tabs.tabText(staffed.tabs.indexOf(w)) for w in (staffed.reports, staffed.staff)
    }
    assert not hidden & cashier_tabs
    assert "Ali" in staffed.windowTitle()
    _sign_in(staffed, "Nima", "1111", language)
    assert hidden <= _visible_tabs(staffed)


def test_a_wrong_pin_keeps_the_keypad_open_and_says_why(
    staffed: MainWindow, language: str, qtbot: QtBot
) -> None:
    seen: dict[str, str] = {}

    def wrong_then_right(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.select_name("Ali")
        type_text(dialog.pin, "9999")
        dialog.submit()
        seen["error"] = dialog.error.text()
        seen["pin"] = dialog.pin.text()
        type_text(dialog.pin, in_language(language, "3333"))

    answer_next_dialog(Qt.Key.Key_Return, then=wrong_then_right)
    assert staffed.sign_in()
    assert seen["pin"] == ""  # cleared for the next try
    assert seen["error"]  # said in the window's language
    if language == "en":
        assert "do not match" in seen["error"]
    assert staffed.session.actor.staff == "Ali"


def test_the_lock_clears_the_member_and_takes_a_pin(
    staffed: MainWindow, gui_services: Services, language: str, team: dict[str, Actor]
) -> None:
    _sign_in(staffed, "Ali", "3333", language)
    sara = gui_services.membership.register(
        "sara", name="Sara", phone="09121234567", actor=team["owner"]
    ).member
    staffed.counter.select_member(sara.id)
    assert staffed.counter.member_id == sara.id
    checked: dict[str, object] = {}

    def at_lock(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        checked["member"] = staffed.counter.member_id
        checked["preselected"] = dialog.selected_name()
        checked["cancel"] = getattr(dialog, "cancel_button", None)
        type_text(dialog.pin, in_language(language, "3333"))

    answer_next_dialog(Qt.Key.Key_Return, then=at_lock)
    staffed.lock()
    assert checked == {"member": None, "preselected": "Ali", "cancel": None}
    kinds = [
        line.kind
        for line in gui_services.audit.trail(AuditFilter(staff="Ali"), team["owner"])
        if line.kind in (AuditKind.LOCKED.value, AuditKind.SIGN_IN.value)
    ]
    assert kinds[:2] == ["sign_in", "locked"]


def test_f12_hands_the_counter_to_the_next_cashier(
    staffed: MainWindow, gui_services: Services, language: str, qtbot: QtBot
) -> None:
    _sign_in(staffed, "Ali", "3333", language)
    _pin("Maryam", "2222", language)
    keyboard(staffed, key=Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: staffed.session.actor.staff == "Maryam")
    assert staffed.session.actor.role is Role.MANAGER


def _ali_sells_to_sara(
    window: MainWindow, services: Services, language: str, qtbot: QtBot, team: dict[str, Actor]
) -> MemberView:
    """Ali, a cashier, signs in and credits a purchase to Sara at the counter."""
    _sign_in(window, "Ali", "3333", language)
    sara = services.membership.register(
        "sara", name="Sara", phone="09121234567", actor=team["owner"]
    ).member
    window.counter.select_member(sara.id)
    type_text(window.counter.amount, in_language(language, "500000"))
    keyboard(window, key=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.membership.get(sara.id).balance > 0)
    return sara


def test_a_cashiers_undo_asks_a_managers_pin_on_the_spot(
    staffed: MainWindow, gui_services: Services, language: str, qtbot: QtBot, team: dict[str, Actor]
) -> None:
    sara = _ali_sells_to_sara(staffed, gui_services, language, qtbot, team)
    prompts: list[str] = []

    def manager(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        prompts.append(dialog.prompt.text())
        dialog.select_name("Maryam")
        type_text(dialog.pin, in_language(language, "2222"))

    # F8: the question first (Yes), then the manager's keypad.
    answer_next_dialog(
        button=QMessageBox.StandardButton.Yes,
        then=lambda _d: answer_next_dialog(Qt.Key.Key_Return, then=manager),
    )
    keyboard(staffed, key=Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: gui_services.membership.get(sara.id).balance == 0)
    assert prompts and "Ali" in prompts[0]
    lines = gui_services.membership.statement(sara.id).lines
    refund = next(line for line in lines if line.kind.value == "reverse_earn")
    assert (refund.staff, refund.approver) == ("Ali", "Maryam")


def test_a_refused_approval_leaves_the_purchase_as_it_was(
    staffed: MainWindow, gui_services: Services, language: str, qtbot: QtBot, team: dict[str, Actor]
) -> None:
    sara = _ali_sells_to_sara(staffed, gui_services, language, qtbot, team)
    balance = gui_services.membership.get(sara.id).balance
    answer_next_dialog(
        button=QMessageBox.StandardButton.Yes,
        then=lambda _d: answer_next_dialog(Qt.Key.Key_Escape),
    )
    keyboard(staffed, key=Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.wait(50)
    assert gui_services.membership.get(sara.id).balance == balance
    assert staffed.counter.action_message.text()

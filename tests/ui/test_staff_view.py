"""The owner's Staff part, in Persian and in English, driven with keys and clicks: adding a
cashier, a refused repeat of the PINs, disabling and enabling with a question that names
the person, unlocking after five wrong PINs, a new PIN and role, the last owner kept, the
counter policy, and a cashier at the owner's screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES
from loyaltydesk.domain.errors import DomainError, InvalidInput, NotPermitted, Refused
from loyaltydesk.domain.staff import ApprovalLimits, CounterPolicy, Role
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import role_label
from loyaltydesk.ui.staff.view import NAME, ROLE, STATE, AccountDialog, StaffView
from tests.conftest import FakeClock
from tests.ui.conftest import answer_next_dialog, in_language, plain, type_text
from tests.ui.staff_support import CASHIER_PIN, OWNER_PIN, Club, open_club


@pytest.fixture
def club(tmp_path: Path, settings: Settings, clock: FakeClock, language: str) -> Iterator[Club]:
    create_application(language, RESOURCES, [])
    built = open_club(tmp_path, settings, clock, language)
    yield built
    built.services.close()
    create_application("en", RESOURCES, [])


@pytest.fixture
def view(qtbot: QtBot, club: Club, clock: FakeClock) -> StaffView:
    shown = StaffView(club.staff, club.display, club.session, now=clock)
    qtbot.addWidget(shown)
    shown.resize(1024, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def sentence(club: Club, error: DomainError) -> str:
    return plain(error_text(error, club.display.language, club.display.unit))


def tr(text: str) -> str:
    return QCoreApplication.translate("StaffView", text)


def press(button: QWidget) -> None:
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


def cell(view: StaffView, row: int, column: int) -> str:
    item = view.table.item(row, column)
    assert item is not None
    return plain(item.text())


def row_of(view: StaffView, name: str) -> int:
    names = [cell(view, r, NAME) for r in range(view.table.rowCount())]
    return names.index(name)


def click_row(view: StaffView, name: str) -> None:
    row = row_of(view, name)
    item = view.table.item(row, NAME)
    assert item is not None
    viewport = view.table.viewport()
    assert viewport is not None
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, pos=view.table.visualItemRect(item).center()
    )
    assert view.selected() is not None and view.selected().name == name  # type: ignore[union-attr]


def account_dialog() -> AccountDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AccountDialog)
    return dialog


def add_cashier(view: StaffView, language: str, name: str = "Reza") -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        type_text(dialog.name, name)
        dialog.role.setCurrentIndex(dialog.role.findData(Role.CASHIER.value))
        type_text(dialog.pin, in_language(language, CASHIER_PIN))
        type_text(dialog.pin_again, in_language(language, CASHIER_PIN))
        dialog.pin_again.setFocus()

    answer_next_dialog(then=fill)
    press(view.add_button)


def test_the_owner_adds_a_cashier_after_a_pin_typed_differently(
    view: StaffView, club: Club, language: str
) -> None:
    assert view.table.rowCount() == 1
    assert cell(view, 0, NAME) == "Owner" and cell(view, 0, ROLE) == role_label(Role.OWNER)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        type_text(dialog.name, "Reza")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.CASHIER.value))
        type_text(dialog.pin, in_language(language, "5678"))
        type_text(dialog.pin_again, in_language(language, "5679"))
        dialog.pin_again.setFocus()
        QTest.keyClick(dialog.pin_again, Qt.Key.Key_Return)
        # Still open, saying why, with nothing saved and both PINs to type again.
        seen["error"] = plain(dialog.error.text())
        seen["open"] = str(dialog.isVisible())
        seen["accounts"] = str(len(club.staff.listing(club.owner)))
        seen["pins"] = dialog.pin.text() + dialog.pin_again.text()
        type_text(dialog.pin, in_language(language, CASHIER_PIN))
        type_text(dialog.pin_again, in_language(language, CASHIER_PIN))
        dialog.pin_again.setFocus()

    answer_next_dialog(then=fill)
    press(view.add_button)
    assert seen == {
        "error": sentence(club, InvalidInput("staff.pins_differ")),
        "open": "True",
        "accounts": "1",
        "pins": "",
    }
    assert view.table.rowCount() == 2
    row = row_of(view, "Reza")
    assert cell(view, row, ROLE) == role_label(Role.CASHIER)
    assert cell(view, row, STATE) == tr("active")
    assert "Reza" in plain(view.message.text())
    # The PIN typed (in Persian digits too) is the one that signs in.
    assert club.staff.sign_in("Reza", CASHIER_PIN, "counter-2").role is Role.CASHIER


def test_a_name_taken_is_refused_in_the_dialog(view: StaffView, club: Club, language: str) -> None:
    add_cashier(view, language)
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        type_text(dialog.name, "reza")
        type_text(dialog.pin, "1111")
        type_text(dialog.pin_again, "1111")
        QTest.keyClick(dialog.pin_again, Qt.Key.Key_Return)
        seen.append(plain(dialog.error.text()))

    answer_next_dialog(Qt.Key.Key_Escape, then=fill)
    press(view.add_button)
    assert seen == [sentence(club, Refused("staff.name_taken", name="reza"))]
    assert sorted(a.name for a in club.staff.listing(club.owner)) == ["Owner", "Reza"]


def test_disable_and_enable_ask_first_naming_the_person(
    view: StaffView, club: Club, language: str
) -> None:
    add_cashier(view, language)
    click_row(view, "Reza")
    assert plain(view.active_button.text()) == tr("Disable")
    questions: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        questions.append(plain(dialog.text()))

    # "No" changes nothing.
    answer_next_dialog(then=read, button=QMessageBox.StandardButton.No)
    press(view.active_button)
    assert "Reza" in questions[-1]
    assert next(a for a in club.staff.listing(club.owner) if a.name == "Reza").active

    answer_next_dialog(then=read, button=QMessageBox.StandardButton.Yes)
    press(view.active_button)
    assert not next(a for a in club.staff.listing(club.owner) if a.name == "Reza").active
    assert cell(view, row_of(view, "Reza"), STATE) == tr("disabled")
    assert plain(view.active_button.text()) == tr("Enable")
    with pytest.raises(NotPermitted):
        club.staff.sign_in("Reza", CASHIER_PIN, "counter-2")

    answer_next_dialog(then=read, button=QMessageBox.StandardButton.Yes)
    press(view.active_button)
    assert "Reza" in questions[-1]
    assert cell(view, row_of(view, "Reza"), STATE) == tr("active")
    assert club.staff.sign_in("Reza", CASHIER_PIN, "counter-2").staff == "Reza"


def test_unlock_after_five_wrong_pins(
    view: StaffView, club: Club, clock: FakeClock, language: str
) -> None:
    add_cashier(view, language)
    for _ in range(5):
        with pytest.raises(NotPermitted):
            club.staff.sign_in("Reza", "0000", "counter-2")
    with pytest.raises(NotPermitted) as locked:
        club.staff.sign_in("Reza", CASHIER_PIN, "counter-2")
    assert locked.value.code == "staff.locked"
    press(view.refresh_button)
    click_row(view, "Reza")
    assert view.unlock_button.isEnabled()
    assert cell(view, row_of(view, "Reza"), 3)  # locked until …
    press(view.unlock_button)
    assert not view.unlock_button.isEnabled()
    assert cell(view, row_of(view, "Reza"), 3) == ""
    assert club.staff.sign_in("Reza", CASHIER_PIN, "counter-2").staff == "Reza"
    # The owner's own row was never locked: nothing to unlock.
    click_row(view, "Owner")
    assert not view.unlock_button.isEnabled()


def test_a_new_pin_and_a_new_role(view: StaffView, club: Club, language: str) -> None:
    add_cashier(view, language)
    click_row(view, "Reza")

    def new_pin(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        assert not dialog.name.isVisible() and not dialog.role.isVisible()
        type_text(dialog.pin, in_language(language, "86420"))
        type_text(dialog.pin_again, in_language(language, "86420"))
        dialog.pin_again.setFocus()

    answer_next_dialog(then=new_pin)
    press(view.pin_button)
    assert club.staff.sign_in("Reza", "86420", "counter-2").staff == "Reza"
    with pytest.raises(NotPermitted):
        club.staff.sign_in("Reza", CASHIER_PIN, "counter-2")

    def manager(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        assert not dialog.pin.isVisible()
        dialog.role.setFocus()
        dialog.role.setCurrentIndex(dialog.role.findData(Role.MANAGER.value))

    answer_next_dialog(then=manager)
    press(view.role_button)
    assert cell(view, row_of(view, "Reza"), ROLE) == role_label(Role.MANAGER)
    assert club.staff.sign_in("Reza", "86420", "counter-2").role is Role.MANAGER


def test_the_last_owner_is_neither_disabled_nor_demoted(
    view: StaffView, club: Club, language: str
) -> None:
    click_row(view, "Owner")
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    press(view.active_button)
    refusal = sentence(club, Refused("staff.last_owner", name="Owner"))
    assert plain(view.message.text()) == refusal
    assert cell(view, 0, STATE) == tr("active")

    seen: list[str] = []

    def demote(dialog: QWidget) -> None:
        assert isinstance(dialog, AccountDialog)
        dialog.role.setCurrentIndex(dialog.role.findData(Role.CASHIER.value))
        QTest.keyClick(dialog.role, Qt.Key.Key_Return)
        seen.append(plain(dialog.error.text()))

    answer_next_dialog(Qt.Key.Key_Escape, then=demote)
    press(view.role_button)
    assert seen == [refusal]
    assert club.staff.listing(club.owner)[0].role is Role.OWNER


def test_the_counter_policy_is_typed_and_saved(view: StaffView, club: Club, language: str) -> None:
    assert club.staff.policy() == CounterPolicy()
    view.credit_limit.setFocus()
    type_text(view.credit_limit, in_language(language, "500000"))
    type_text(view.redeem_limit, in_language(language, "300"))
    view.idle_minutes.lineEdit().selectAll()
    type_text(view.idle_minutes, in_language(language, "12"))
    press(view.save_policy_button)
    assert club.staff.policy() == CounterPolicy(
        limits=ApprovalLimits(credit_rials=5_000_000, redeem_points=300), idle_minutes=12
    )
    assert plain(view.message.text()) == tr("The counter policy is saved.")
    # Shown back in the language's digits, grouped.
    assert view.credit_limit.text() == club.display.n(500_000)

    # Empty fields and "never": no approval ever, no idle lock.
    view.credit_limit.selectAll()
    QTest.keyClick(view.credit_limit, Qt.Key.Key_Delete)
    view.redeem_limit.selectAll()
    QTest.keyClick(view.redeem_limit, Qt.Key.Key_Delete)
    view.idle_minutes.lineEdit().selectAll()
    type_text(view.idle_minutes, in_language(language, "0"))
    press(view.save_policy_button)
    assert club.staff.policy() == CounterPolicy(limits=ApprovalLimits(), idle_minutes=None)
    assert view.idle_minutes.text() == tr("never")

    # A redemption limit that is not a number: said, nothing saved.
    type_text(view.redeem_limit, "lots")
    press(view.save_policy_button)
    said = plain(view.message.text())
    assert said.endswith(
        sentence(club, InvalidInput("number.not_a_number", field="points", value="lots"))
    )
    # Two fields take points: the message names the one that is wrong, and the cursor is in it.
    assert said.startswith(plain(view.tr("A redemption above this needs a manager")))
    assert view.redeem_limit.hasFocus()
    assert club.staff.policy().limits.redeem_points is None


def test_the_offline_reward_limit_is_typed_and_saved(
    view: StaffView, club: Club, language: str
) -> None:
    assert club.staff.policy().offline_points == 0
    assert view.offline_limit.text() == ""  # none, until the owner says so
    view.offline_limit.setFocus()
    type_text(view.offline_limit, in_language(language, "150"))
    QTest.keyClick(view.offline_limit, Qt.Key.Key_Return)
    assert club.staff.policy().offline_points == 150
    assert view.offline_limit.text() == club.display.n(150)
    # Garbage is said, and the saved limit stays.
    view.offline_limit.selectAll()
    type_text(view.offline_limit, "بسیار")
    press(view.save_policy_button)
    said = plain(view.message.text())
    assert said.endswith(
        sentence(club, InvalidInput("number.not_a_number", field="points", value="بسیار"))
    )
    assert said.startswith(plain(view.tr("Rewards while the server does not answer")))
    assert view.offline_limit.hasFocus()
    assert club.staff.policy().offline_points == 150
    # Emptied: no rewards while the server does not answer.
    view.offline_limit.selectAll()
    QTest.keyClick(view.offline_limit, Qt.Key.Key_Delete)
    press(view.save_policy_button)
    assert club.staff.policy().offline_points == 0


def test_a_cashier_at_the_owners_screen_is_refused(
    qtbot: QtBot, club: Club, clock: FakeClock, language: str
) -> None:
    club.staff.add("Reza", Role.CASHIER, CASHIER_PIN, club.owner)
    session = club.session_of("Reza", CASHIER_PIN)
    view = StaffView(club.staff, club.display, session, now=clock)
    qtbot.addWidget(view)
    view.show()
    refusal = sentence(club, NotPermitted("staff.not_allowed", action="staff", role="cashier"))
    assert plain(view.message.text()) == refusal
    assert view.table.rowCount() == 0
    press(view.save_policy_button)
    assert plain(view.message.text()) == sentence(
        club, NotPermitted("staff.not_allowed", action="settings", role="cashier")
    )
    assert club.staff.policy() == CounterPolicy()


def test_the_dialogs_fit_a_small_screen(view: StaffView, language: str) -> None:
    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        assert dialog.width() <= 1024 and dialog.height() <= 600

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    press(view.add_button)
    assert OWNER_PIN  # the owner's PIN is never typed in these dialogs


def test_a_cashier_taking_over_the_counter_sees_no_accounts(
    view: StaffView, club: Club, language: str
) -> None:
    add_cashier(view, language)
    assert view.table.rowCount() == 2
    club.session.set_actor(club.staff.sign_in("Reza", CASHIER_PIN, "counter-1"))
    assert view.table.rowCount() == 0
    assert plain(view.message.text()) == sentence(
        club, NotPermitted("staff.not_allowed", action="staff", role="cashier")
    )

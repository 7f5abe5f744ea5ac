"""The PIN keypad, in Persian and in English, driven as staff would: a touch on a name, the
PIN on the keypad or the keyboard (Latin, Persian or Arabic digits), Enter. A wrong PIN
keeps the dialog open with the reason and an empty field; a right one closes it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES
from loyaltydesk.domain.errors import DomainError, NotPermitted
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.staff.pin_dialog import (
    KEY_SIZE_PX,
    MAX_NAME_BUTTONS,
    MAX_PIN_DIGITS,
    PinDialog,
)
from tests.ui.conftest import in_language, keyboard

STAFF = ("Sara Mohammadi", "علی رضایی", "Maryam")
RIGHT_PIN = "2468"
REFUSAL = "That PIN is not right."


@dataclass
class Checker:
    """A stand-in for StaffService.sign_in: the PINs it was asked about, in order."""

    calls: list[tuple[str, str]] = field(default_factory=list)
    during: Callable[[], None] | None = None

    def __call__(self, name: str, pin: str) -> str:
        self.calls.append((name, pin))
        if self.during is not None:
            self.during()
        if pin != RIGHT_PIN:
            raise NotPermitted("staff.wrong_pin")
        return f"signed in: {name}"


def describe(error: DomainError) -> str:
    return REFUSAL if error.code == "staff.wrong_pin" else error.code


@pytest.fixture
def app_in(language: str) -> Iterator[str]:
    create_application(language, RESOURCES, [])
    yield language
    create_application("en", RESOURCES, [])


@pytest.fixture
def checker() -> Checker:
    return Checker()


class Opener(Protocol):
    def __call__(
        self,
        *,
        names: Sequence[str] = STAFF,
        prompt: str = "Who is at the counter?",
        preselected: str | None = None,
        cancellable: bool = True,
        digits: Callable[[str], str] | None = None,
    ) -> PinDialog[str]: ...


@pytest.fixture
def open_dialog(qtbot: QtBot, app_in: str, checker: Checker) -> Opener:
    """The dialog as a window opens it, active, its focus where the dialog put it."""

    def opened(
        *,
        names: Sequence[str] = STAFF,
        prompt: str = "Who is at the counter?",
        preselected: str | None = None,
        cancellable: bool = True,
        digits: Callable[[str], str] | None = None,
    ) -> PinDialog[str]:
        dialog = PinDialog(
            None,
            title="Sign in",
            prompt=prompt,
            names=names,
            check=checker,
            describe_error=describe,
            preselected=preselected,
            cancellable=cancellable,
            digits=digits,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    return opened


def control(dialog: QWidget, key: Qt.Key, text: str) -> None:
    """Ctrl and ``key``, with the control character a keyboard sends along."""
    handle = dialog.windowHandle()
    assert handle is not None
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            handle, QKeyEvent(kind, key, Qt.KeyboardModifier.ControlModifier, text)
        )


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_name_and_the_pin_typed_in_the_languages_digits_sign_in(
    open_dialog: Opener, checker: Checker, language: str
) -> None:
    dialog = open_dialog()
    click(dialog.name_buttons.buttons()[1])
    assert dialog.selected_name() == "علی رضایی"
    assert QApplication.focusWidget() is dialog.pin
    keyboard(dialog, in_language(language, RIGHT_PIN), Qt.Key.Key_Return)
    # Persian digits reach the service as ASCII: the PIN was stored from whichever keyboard.
    assert checker.calls == [("علی رضایی", RIGHT_PIN)]
    assert dialog.result() == PinDialog.DialogCode.Accepted
    assert dialog.result_value == "signed in: علی رضایی"
    assert not dialog.isVisible()
    assert dialog.pin.text() == ""


def test_arabic_indic_digits_are_folded_too(open_dialog: Opener, checker: Checker) -> None:
    dialog = open_dialog(preselected="Maryam")
    keyboard(dialog, "٢٤٦٨", Qt.Key.Key_Enter)
    assert checker.calls == [("Maryam", RIGHT_PIN)]
    assert dialog.result_value == "signed in: Maryam"


def test_the_keypad_alone_signs_in(open_dialog: Opener, checker: Checker) -> None:
    dialog = open_dialog()
    click(dialog.name_buttons.buttons()[0])
    for digit in RIGHT_PIN:
        click(dialog.keys[digit])
    # The keys never take the focus: the keyboard can carry on where a finger stopped.
    assert QApplication.focusWidget() is dialog.pin
    click(dialog.ok_key)
    assert checker.calls == [("Sara Mohammadi", RIGHT_PIN)]
    assert dialog.result_value == "signed in: Sara Mohammadi"


def test_the_pin_is_masked_and_takes_at_most_eight_digits(
    open_dialog: Opener, language: str
) -> None:
    dialog = open_dialog(preselected="Maryam")
    keyboard(dialog, in_language(language, "1234567890"))
    assert dialog.pin.text() == "12345678"
    assert len(dialog.pin.text()) == MAX_PIN_DIGITS
    assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password
    shown = dialog.pin.displayText()
    assert len(shown) == MAX_PIN_DIGITS
    assert not any(ch.isdigit() for ch in shown)


def test_letters_and_other_keys_are_not_typed(open_dialog: Opener, language: str) -> None:
    dialog = open_dialog(preselected="Maryam")
    keyboard(dialog, in_language(language, "12") + "ab شس" + in_language(language, "34"))
    assert dialog.pin.text() == "1234"
    # No paste, and no undo that could bring a cleared PIN back.
    QApplication.clipboard().setText("9999")
    control(dialog, Qt.Key.Key_V, "\x16")
    assert dialog.pin.text() == "1234"
    click(dialog.clear_button)
    control(dialog, Qt.Key.Key_Z, "\x1a")
    assert dialog.pin.text() == ""


def test_backspace_on_the_keyboard_and_on_the_keypad_and_clear(
    open_dialog: Opener, language: str
) -> None:
    dialog = open_dialog(preselected="Maryam")
    keyboard(dialog, in_language(language, "12345"))
    keyboard(dialog, key=Qt.Key.Key_Backspace)
    assert dialog.pin.text() == "1234"
    click(dialog.backspace_key)
    assert dialog.pin.text() == "123"
    click(dialog.clear_button)
    assert dialog.pin.text() == ""
    assert QApplication.focusWidget() is dialog.pin
    assert dialog.isVisible()


def test_a_wrong_pin_is_refused_the_field_emptied_and_the_dialog_stays(
    open_dialog: Opener, checker: Checker, language: str
) -> None:
    dialog = open_dialog(preselected="Maryam")
    keyboard(dialog, in_language(language, "1357"), Qt.Key.Key_Return)
    assert checker.calls == [("Maryam", "1357")]
    assert dialog.isVisible()
    assert dialog.result_value is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == REFUSAL
    assert dialog.pin.text() == ""
    assert QApplication.focusWidget() is dialog.pin
    # Typing again puts the refusal away; the right PIN then signs in.
    keyboard(dialog, in_language(language, RIGHT_PIN))
    assert not dialog.error.isVisible()
    keyboard(dialog, key=Qt.Key.Key_Return)
    assert checker.calls[-1] == ("Maryam", RIGHT_PIN)
    assert dialog.result_value == "signed in: Maryam"


def test_enter_twice_checks_the_pin_once(
    open_dialog: Opener, checker: Checker, language: str
) -> None:
    dialog = open_dialog(preselected="Maryam")
    keyboard(dialog, in_language(language, "1357"))
    keyboard(dialog, key=Qt.Key.Key_Return)
    keyboard(dialog, key=Qt.Key.Key_Return)
    assert checker.calls == [("Maryam", "1357")]
    # The second Enter found the field empty, and left the refusal on screen to be read.
    assert dialog.error.text() == REFUSAL


def test_a_double_click_on_ok_checks_the_pin_once(open_dialog: Opener, checker: Checker) -> None:
    dialog = open_dialog(preselected="Maryam")
    keyboard(dialog, "1357")
    QTest.mouseDClick(dialog.ok_key, Qt.MouseButton.LeftButton)
    click(dialog.ok_key)
    assert checker.calls == [("Maryam", "1357")]
    assert dialog.error.text() == REFUSAL


def test_an_enter_that_arrives_while_the_pin_is_being_checked_does_nothing(
    open_dialog: Opener, checker: Checker
) -> None:
    dialog = open_dialog(preselected="Maryam")
    checker.during = lambda: keyboard(dialog, key=Qt.Key.Key_Return)
    keyboard(dialog, RIGHT_PIN, Qt.Key.Key_Return)
    assert checker.calls == [("Maryam", RIGHT_PIN)]
    assert dialog.result_value == "signed in: Maryam"


def test_no_name_or_no_pin_asks_for_it_and_checks_nothing(
    open_dialog: Opener, checker: Checker
) -> None:
    dialog = open_dialog()
    assert dialog.selected_name() is None
    keyboard(dialog, RIGHT_PIN, Qt.Key.Key_Return)
    assert checker.calls == []
    assert dialog.error.isVisible()
    asked_for_name = dialog.error.text()
    assert RIGHT_PIN not in asked_for_name
    assert dialog.pin.text() == RIGHT_PIN  # kept: the name is all that is missing
    click(dialog.name_buttons.buttons()[2])
    assert not dialog.error.isVisible()
    click(dialog.clear_button)
    click(dialog.ok_key)
    assert checker.calls == []
    assert dialog.error.isVisible()
    assert dialog.error.text() not in ("", asked_for_name)
    assert dialog.isVisible()


def test_escape_cancels_and_the_pin_is_wiped(open_dialog: Opener, checker: Checker) -> None:
    dialog = open_dialog(preselected="Maryam")
    keyboard(dialog, "1234")
    keyboard(dialog, key=Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == PinDialog.DialogCode.Rejected
    assert dialog.pin.text() == ""
    assert checker.calls == []
    assert dialog.cancel_button is not None


def test_a_dialog_that_cannot_be_cancelled_ignores_escape_and_close(
    open_dialog: Opener, checker: Checker
) -> None:
    dialog = open_dialog(cancellable=False)
    assert dialog.cancel_button is None
    assert not dialog.findChildren(QPushButton, "pinCancel")
    keyboard(dialog, key=Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.reject()
    assert dialog.isVisible()
    event = QCloseEvent()
    QApplication.sendEvent(dialog, event)
    assert not event.isAccepted()
    assert dialog.isVisible()
    click(dialog.name_buttons.buttons()[0])
    keyboard(dialog, RIGHT_PIN, Qt.Key.Key_Return)
    assert dialog.result_value == "signed in: Sara Mohammadi"
    assert not dialog.isVisible()


def test_one_name_is_chosen_already(open_dialog: Opener) -> None:
    dialog = open_dialog(names=["Owner"])
    assert dialog.selected_name() == "Owner"
    button = dialog.name_buttons.buttons()[0]
    assert button.isChecked()
    assert QApplication.focusWidget() is dialog.pin


def test_a_preselected_name_is_chosen_and_one_touch_changes_it(
    open_dialog: Opener,
) -> None:
    dialog = open_dialog(preselected="علی رضایی")
    buttons = dialog.name_buttons.buttons()
    assert [b.isChecked() for b in buttons] == [False, True, False]
    assert QApplication.focusWidget() is dialog.pin
    click(buttons[0])
    assert [b.isChecked() for b in buttons] == [True, False, False]
    assert dialog.selected_name() == "Sara Mohammadi"


def test_many_names_come_in_a_list(open_dialog: Opener, checker: Checker, language: str) -> None:
    names = [f"Staff {n}" for n in range(MAX_NAME_BUTTONS + 4)]
    dialog = open_dialog(names=names)
    assert dialog.name_list is not None
    assert dialog.name_buttons.buttons() == []
    assert dialog.selected_name() is None
    dialog.name_list.setCurrentIndex(5)
    dialog.name_list.activated.emit(5)
    assert QApplication.focusWidget() is dialog.pin
    keyboard(dialog, in_language(language, RIGHT_PIN), Qt.Key.Key_Return)
    assert checker.calls == [("Staff 5", RIGHT_PIN)]


def test_the_keypad_speaks_the_language_and_is_never_mirrored(
    open_dialog: Opener, language: str
) -> None:
    dialog = open_dialog()
    rtl = language == "fa"
    assert dialog.isRightToLeft() == rtl
    for digit, key in dialog.keys.items():
        assert key.text() == in_language(language, digit)
        assert key.width() >= KEY_SIZE_PX and key.height() >= 64

    def x(button: QWidget) -> int:
        return button.mapTo(dialog, QPoint(0, 0)).x()

    assert x(dialog.keys["1"]) < x(dialog.keys["2"]) < x(dialog.keys["3"])
    assert x(dialog.backspace_key) < x(dialog.keys["0"]) < x(dialog.ok_key)
    # The rest follows the language: the names on the side a reader starts from.
    names_x = x(dialog.name_buttons.buttons()[0])
    assert (names_x > x(dialog.keys["3"])) == rtl


def test_the_keypad_digits_can_be_given(open_dialog: Opener) -> None:
    dialog = open_dialog(digits=lambda text: f"<{text}>")
    assert dialog.keys["7"].text() == "<7>"


def test_it_fits_a_small_counter_screen(open_dialog: Opener, language: str) -> None:
    names = [f"A rather long staff name {n}" for n in range(MAX_NAME_BUTTONS)]
    dialog = open_dialog(
        names=names, prompt="Who is at the counter? Choose your name, then type your PIN."
    )
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 560
    assert dialog.width() <= 1024 and dialog.height() <= 560

"""The first start's question, in Persian and in English: the owner's name and PIN typed
twice (Persian digits too), checked by the domain's rules; only Quit gets out of it."""

from __future__ import annotations

from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.staff import MAX_STAFF_NAME, PIN_MAX_DIGITS, PIN_MIN_DIGITS
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.staff.owner_dialog import OwnerSetupDialog
from tests.ui.conftest import in_language, plain, type_text


@pytest.fixture
def display(language: str) -> Iterator[Display]:
    create_application(language, RESOURCES, [])
    yield Display(language, MoneyUnit.TOMAN, ZoneInfo("Asia/Tehran"))
    create_application("en", RESOURCES, [])


@pytest.fixture
def dialog(qtbot: QtBot, display: Display) -> OwnerSetupDialog:
    shown = OwnerSetupDialog(display)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def said(display: Display, error: DomainError) -> str:
    return plain(error_text(error, display.language, display.unit))


def fill(dialog: OwnerSetupDialog, name: str, pin: str, again: str) -> None:
    dialog.name.setFocus()
    dialog.name.selectAll()
    QTest.keyClick(dialog.name, Qt.Key.Key_Backspace)
    for field in (dialog.pin, dialog.pin_again):
        for _ in range(PIN_MAX_DIGITS):
            QTest.keyClick(field, Qt.Key.Key_Backspace)
    type_text(dialog.name, name)
    type_text(dialog.pin, pin)
    type_text(dialog.pin_again, again)
    dialog.pin_again.setFocus()
    QTest.keyClick(dialog.pin_again, Qt.Key.Key_Return)


def test_the_owner_is_named_with_a_pin_typed_twice(
    dialog: OwnerSetupDialog, display: Display, language: str
) -> None:
    assert dialog.name.hasFocus()
    fill(dialog, "  سارا   محمدی ", in_language(language, "2468"), in_language(language, "2468"))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.owner == ("سارا محمدی", "2468")
    # The PINs leave the fields once handed over.
    assert dialog.pin.text() == "" and dialog.pin_again.text() == ""


def test_what_is_wrong_is_said_and_nothing_is_handed_over(
    dialog: OwnerSetupDialog, display: Display, language: str
) -> None:
    fill(dialog, "", "1234", "1234")
    assert plain(dialog.error.text()) == said(display, InvalidInput("staff.name_empty"))
    assert dialog.name.hasFocus()

    fill(dialog, "Sara", "123", "123")
    assert plain(dialog.error.text()) == said(
        display, InvalidInput("staff.pin_length", low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS)
    )
    assert dialog.pin.text() == "" and dialog.pin.hasFocus()

    fill(dialog, "Sara", in_language(language, "1234"), "1235")
    assert plain(dialog.error.text()) == said(display, InvalidInput("staff.pins_differ"))
    assert dialog.isVisible() and dialog.owner is None

    fill(dialog, "x" * (MAX_STAFF_NAME + 1), "1234", "1234")
    assert len(dialog.name.text()) == MAX_STAFF_NAME  # no longer name can be typed
    assert dialog.owner == ("x" * MAX_STAFF_NAME, "1234")


def test_only_quit_gets_out(dialog: OwnerSetupDialog) -> None:
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.owner is None


def test_it_fits_a_small_screen(dialog: OwnerSetupDialog) -> None:
    hint = dialog.sizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600
    assert dialog.width() <= 1024 and dialog.height() <= 600

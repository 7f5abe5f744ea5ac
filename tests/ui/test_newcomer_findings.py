"""What a newcomer ran into in the window, driven the way they did it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTimeEdit
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.i18n.bidi import FSI, PDI
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.services.views import MemberView
from loyaltydesk.settings import Settings
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.rules.dialogs import PromotionDialog
from loyaltydesk.ui.settings.dialog import SettingsDialog
from tests.ui.conftest import in_language, keyboard, member


def anna(services: Services, points: int = 0) -> MemberView:
    return member(services, "Anna", "09121110001", points)


def test_a_typed_decimal_comma_stays_and_is_refused(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    member = anna(gui_services)
    counter = window.counter
    counter.select_member(member.id)
    keyboard(window, in_language(language, "12,5"))
    assert fold_digits(counter.amount.text()) == "12,5"  # not "125"
    keyboard(window, key=Qt.Key.Key_Return)
    assert counter.action_message.text()
    assert gui_services.membership.statement(member.id).lines == ()
    # Thousands the cashier groups by hand are still an amount.
    counter.amount.clear_amount()
    keyboard(window, in_language(language, "85,000"), Qt.Key.Key_Return)
    assert [ln.points for ln in gui_services.membership.statement(member.id).lines] == [8]


def test_the_field_groups_digits_as_they_are_typed(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    counter = window.counter
    counter.select_member(anna(gui_services).id)
    keyboard(window, in_language(language, "8500001"))
    assert fold_digits(counter.amount.text()).replace("٬", ",") == "8,500,001"


def test_a_latin_reward_name_on_a_persian_button_is_kept_whole(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    gui_services.rules.add_reward("Gift card", 50, actor=gui_services.actor)
    counter = window.counter
    counter.select_member(anna(gui_services, points=60).id)
    button = counter.findChild(QPushButton, "reward3")
    assert button is not None
    assert f"{FSI}Gift card{PDI}" in button.text()


def test_ctrl_with_a_number_beyond_the_rewards_says_so(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    counter = window.counter
    counter.select_member(anna(gui_services, points=60).id)
    QTest.keyClick(counter.amount, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert counter.action_message.text()


def test_promotion_hours_read_left_to_right_in_persian(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    dialog = PromotionDialog(window.display, None, window)
    for edit in dialog.findChildren(QTimeEdit):
        assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog.close()


def test_the_settings_dialog_fits_a_small_screen(
    qtbot: QtBot, window: MainWindow, settings: Settings, language: str
) -> None:
    dialog = SettingsDialog(settings, window)
    assert dialog.minimumSizeHint().height() <= 560  # a 600-pixel screen, less its panel
    dialog.close()

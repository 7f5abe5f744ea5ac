"""The owner at the rules part, in English and Persian: change the earning rule, add a
promotion, a tier, a reward, turn expiry on; simulate; save; and be told what is wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.rules.dialogs import PromotionDialog, RewardDialog, TierDialog
from loyaltydesk.ui.rules.view import RulesView
from tests.conftest import FakeClock
from tests.ui.conftest import answer_next_dialog, type_text
from tests.ui.test_counter import digits_for, member_with

SATURDAY_1600_TEHRAN = dt.datetime(2026, 11, 28, 12, 30, tzinfo=dt.UTC)


def open_rules(qtbot: QtBot, window: MainWindow) -> RulesView:
    assert window.rules is not None
    QTest.keyClick(window, Qt.Key.Key_F7)
    assert window.tabs.currentWidget() is window.rules
    return window.rules


def retype(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def test_add_a_happy_hour_simulate_and_save_and_the_counter_uses_it(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str, clock: FakeClock
) -> None:
    clock.now = SATURDAY_1600_TEHRAN
    rules = open_rules(qtbot, window)
    before = gui_services.rules.earn_rule()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PromotionDialog)
        type_text(dialog.name, "Happy hour" if language == "en" else "ساعت شاد")
        dialog.multiplier.setValue(2.0)
        for day in (5, 6, 0, 1, 2):  # Saturday to Wednesday
            dialog.days[day].click()
        dialog.hours.click()

    answer_next_dialog(then=fill)
    rules.findChild(QWidget, "addPromotion").click()  # type: ignore[union-attr]
    assert rules.promotion_table.rowCount() == 1

    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    rules.save_button.click()
    qtbot.waitUntil(lambda: gui_services.rules.earn_rule().id != before.id)

    after = gui_services.rules.earn_rule()
    assert after.id != before.id and len(after.promotions) == 1
    assert after.promotions[0].weekdays == frozenset({5, 6, 0, 1, 2})
    member = member_with(gui_services)
    credit = gui_services.counter.credit_purchase("sale", member.id, 12_500_000, gui_services.actor)
    assert credit.points_earned == 250
    header = rules.header.text()
    assert digits_for(language, str(after.id)) in header


def test_the_simulator_shows_what_a_change_would_have_done(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str, clock: FakeClock
) -> None:
    member = member_with(gui_services)
    for i in range(3):
        gui_services.counter.credit_purchase(f"s{i}", member.id, 1_000_000, gui_services.actor)
    clock.advance(minutes=1)
    rules = open_rules(qtbot, window)
    retype(rules.points_per_step, "2")

    rules.simulate_button.click()
    qtbot.waitUntil(lambda: rules.last_simulation is not None)

    text = rules.simulation.text()
    assert digits_for(language, "30") in text and digits_for(language, "60") in text
    assert gui_services.rules.earn_rule().points_per_step == 1  # nothing saved


def test_bad_values_are_refused_next_to_their_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    rules = open_rules(qtbot, window)
    versions = len(gui_services.rules.versions())
    retype(rules.points_per_step, "0")

    rules.save_button.click()

    assert rules.tabs.currentIndex() == 0
    assert rules.points_error.isVisible() and rules.points_error.text()
    assert len(gui_services.rules.versions()) == versions


def test_a_promotion_that_ends_before_it_starts_is_refused_in_its_form(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    rules = open_rules(qtbot, window)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PromotionDialog)
        type_text(dialog.name, "Yalda")
        dialog.bonus.click()
        dialog.starts.known.click()
        dialog.ends.known.click()
        retype(dialog.starts.edit, "1405/10/01" if language == "fa" else "2026-12-22")
        retype(dialog.ends.edit, "۱۴۰۵۰۹۳۰" if language == "fa" else "20261221")
        dialog._accept()  # OK, as the owner presses it
        seen["message"] = dialog.message.text()
        seen["open"] = str(dialog.isVisible())

    answer_next_dialog(Qt.Key.Key_Escape, then=fill)
    rules.findChild(QWidget, "addPromotion").click()  # type: ignore[union-attr]

    assert "Yalda" in seen["message"] and seen["open"] == "True"
    assert rules.promotion_table.rowCount() == 0


def test_stacking_beyond_the_owners_limit_is_refused(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    rules = open_rules(qtbot, window)
    for name in ("Double", "Triple"):

        def fill(dialog: QWidget, name: str = name) -> None:
            assert isinstance(dialog, PromotionDialog)
            type_text(dialog.name, name)
            dialog.multiplier.setValue(2.0 if name == "Double" else 3.0)

        answer_next_dialog(then=fill)
        rules.findChild(QWidget, "addPromotion").click()  # type: ignore[union-attr]

    rules.save_button.click()

    assert rules.tabs.currentIndex() == 1
    assert "Double" in rules.promotion_error.text() and "Triple" in rules.promotion_error.text()
    assert not gui_services.rules.earn_rule().promotions


def test_tiers_rewards_and_expiry(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    rules = open_rules(qtbot, window)

    def tier(dialog: QWidget) -> None:
        assert isinstance(dialog, TierDialog)
        type_text(dialog.name, "Gold")
        type_text(dialog.name_fa, "طلایی")
        type_text(dialog.threshold_money, digits_for(language, "500000"))
        dialog.multiplier.setValue(1.5)

    answer_next_dialog(then=tier)
    rules.findChild(QWidget, "addTier").click()  # type: ignore[union-attr]
    rules.expires.click()
    rules.expiry_months.setValue(6)
    before = gui_services.rules.earn_rule().id
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    rules.save_button.click()
    qtbot.waitUntil(lambda: gui_services.rules.earn_rule().id != before)
    saved = gui_services.rules.earn_rule()
    assert [t.code for t in saved.tier_policy.tiers] == ["gold"]
    assert saved.tier_policy.tiers[0].threshold == 5_000_000
    assert saved.expiry_months == 6

    def reward(dialog: QWidget) -> None:
        assert isinstance(dialog, RewardDialog)
        type_text(dialog.name, "Gold brunch")
        retype(dialog.cost, "150")
        type_text(dialog.value, digits_for(language, "300000"))
        dialog.limited.click()
        dialog.stock.setValue(5)
        dialog.tier.setCurrentIndex(dialog.tier.findData("gold"))

    answer_next_dialog(then=reward)
    rules.findChild(QWidget, "addReward").click()  # type: ignore[union-attr]
    brunch = next(r for r in gui_services.rules.rewards() if r.name == "Gold brunch")
    assert (brunch.cost, brunch.value_rials, brunch.stock, brunch.tier_code) == (
        150,
        3_000_000,
        5,
        "gold",
    )
    assert rules.reward_table.rowCount() == 3

    # The member who spends 500,000 Toman is Gold, and the counter says so.
    member = member_with(gui_services, points=50)
    window.tabs.setCurrentWidget(window.counter)
    window.counter.select_member(member.id)
    assert window.counter.panel.tier.isVisible()
    gold = "طلایی" if language == "fa" else "Gold"
    assert gold in window.counter.panel.tier.text()
    assert window.counter.panel.expiring.isVisible()


def test_editing_a_reward_keeps_the_unsaved_rule_changes(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    rules = open_rules(qtbot, window)
    retype(rules.points_per_step, "3")

    def reward(dialog: QWidget) -> None:
        assert isinstance(dialog, RewardDialog)
        type_text(dialog.name, "Cake")
        retype(dialog.cost, "60")

    answer_next_dialog(then=reward)
    rules.findChild(QWidget, "addReward").click()  # type: ignore[union-attr]

    assert rules.reward_table.rowCount() == 3
    assert rules.points_per_step.value() == 3  # the draft is still there
    assert gui_services.rules.earn_rule().points_per_step == 1  # and still not saved

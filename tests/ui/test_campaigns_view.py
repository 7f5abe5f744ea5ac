"""The Campaigns part, driven by keys in both languages: settings saved, a preview, a run
in a worker with its history."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.campaigns import CampaignKind
from loyaltydesk.domain.coupons import CouponKind, CouponTerms
from loyaltydesk.ui.campaigns.view import REWARDS, CampaignsView
from loyaltydesk.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.conftest import answer_next_dialog


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _first_visit(services: Services, name: str, phone: str, clock: FakeClock) -> None:
    member = services.membership.register(
        f"reg-{phone}", name=name, phone=phone, actor=services.actor
    ).member
    services.counter.credit_purchase(f"buy-{phone}", member.id, 500_000, services.actor)


def test_a_thank_you_campaign_is_switched_on_previewed_and_run_by_keys(
    window: MainWindow, gui_services: Services, qtbot: QtBot, clock: FakeClock, language: str
) -> None:
    _first_visit(gui_services, "سارا محمدی", "09121234567", clock)
    view = window.campaigns
    assert view is not None
    window.tabs.setCurrentWidget(view)
    view.kinds.setFocus()
    QTest.keyClick(view.kinds, Qt.Key.Key_End)
    assert view.kind is CampaignKind.THANK_YOU
    QTest.keyClick(view.enabled, Qt.Key.Key_Space)
    assert view.enabled.isChecked()

    view.pages.setCurrentIndex(1)
    QTest.keyClick(view.preview_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.running)
    assert gui_services.campaigns.settings(CampaignKind.THANK_YOU).enabled  # saved first
    assert view.members.rowCount() == 1
    assert _cell(view.members, 0, 0) == "سارا محمدی"
    one = window.display.n(1)
    assert one in view.summary.text()
    assert "سارا محمدی" in view.samples.toPlainText()

    answer_next_dialog(button=QMessageBox.StandardButton.Yes)  # "Reward 1 member now?"
    QTest.keyClick(view.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.history.rowCount() == 1 and not view.running)
    assert view.history.rowCount() == 1
    assert _cell(view.history, 0, 6) == one  # one message queued
    assert [m.campaign for m in gui_services.outbox.listing()] == ["thank_you"]
    # Run again: nobody twice.
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    QTest.keyClick(view.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.history.rowCount() == 2 and not view.running)
    assert view.history.rowCount() == 2
    assert _cell(view.history, 0, 6) == window.display.n(0)
    assert len(gui_services.outbox.listing()) == 1


def test_a_bad_reward_is_refused_with_a_sentence_and_nothing_saved(
    window: MainWindow, gui_services: Services, qtbot: QtBot, language: str
) -> None:
    view = window.campaigns
    assert view is not None
    window.tabs.setCurrentWidget(view)
    view.kinds.setCurrentRow(0)  # birthday: its calendar can be chosen, and only its
    assert not view.calendar.isHidden()
    view.kinds.setCurrentRow(1)
    assert view.calendar.isHidden()
    view.kinds.setCurrentRow(0)
    view.reward_kind.setFocus()
    QTest.keyClick(view.reward_kind, Qt.Key.Key_Home)
    QTest.keyClick(view.reward_kind, Qt.Key.Key_Down)  # bonus points
    view.reward_value.setFocus()
    view.reward_value.selectAll()
    QTest.keyClicks(view.reward_value, "many")
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())

    answer_next_dialog(then=read)
    QTest.keyClick(view.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] and "{" not in seen[0]
    assert gui_services.campaigns.settings(CampaignKind.BIRTHDAY).points == 0


# -- issue 13: what a newcomer found -------------------------------------------------------


def _open(window: MainWindow, kind: CampaignKind) -> CampaignsView:
    view = window.campaigns
    assert view is not None
    window.tabs.setCurrentWidget(view)
    view.kinds.setFocus()
    QTest.keyClick(view.kinds, Qt.Key.Key_Home)
    for _ in range(list(CampaignKind).index(kind)):
        QTest.keyClick(view.kinds, Qt.Key.Key_Down)
    assert view.kind is kind
    return view


def test_a_catalogue_reward_loads_as_itself_and_survives_preview(
    window: MainWindow, gui_services: Services, qtbot: QtBot, language: str
) -> None:
    drink = next(r for r in gui_services.rules.rewards() if r.name == "Free drink")
    current = gui_services.campaigns.settings(CampaignKind.SECOND_VISIT)
    terms = CouponTerms(CouponKind.REWARD, reward_id=drink.id, min_purchase_rials=1_000_000)
    stored = gui_services.campaigns.set_settings(
        dataclasses.replace(current, coupon=terms), actor=gui_services.actor
    )
    view = _open(window, CampaignKind.SECOND_VISIT)
    assert view.reward_kind.currentIndex() == REWARDS.index("reward")
    assert view.catalogue.isVisibleTo(view) and not view.reward_value.isVisibleTo(view)
    assert view.catalogue.currentText() == drink.display_name(language)
    assert view.edited() == stored  # the form shows all it saves

    view.pages.setCurrentIndex(1)
    QTest.keyClick(view.preview_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.running and bool(view.summary.text()))
    assert gui_services.campaigns.settings(CampaignKind.SECOND_VISIT) == stored

    # Chosen by keys: win-back gives a free meal.
    view = _open(window, CampaignKind.WIN_BACK)
    view.pages.setCurrentIndex(0)
    view.reward_kind.setFocus()
    QTest.keyClick(view.reward_kind, Qt.Key.Key_End)
    view.catalogue.setFocus()
    QTest.keyClick(view.catalogue, Qt.Key.Key_End)
    QTest.keyClick(view.save_button, Qt.Key.Key_Space)
    coupon = gui_services.campaigns.settings(CampaignKind.WIN_BACK).coupon
    assert coupon is not None and coupon.kind is CouponKind.REWARD
    assert coupon.reward_id == next(
        r.id for r in gui_services.rules.rewards() if r.name == "Free meal"
    )


def test_loading_and_saving_any_campaign_changes_nothing(
    window: MainWindow, gui_services: Services, language: str
) -> None:
    for kind in CampaignKind:
        view = _open(window, kind)
        assert view.edited() == gui_services.campaigns.settings(kind), kind


def test_zero_bonus_points_and_a_text_the_reward_cannot_fill_are_refused(
    window: MainWindow, gui_services: Services, qtbot: QtBot, language: str
) -> None:
    before = gui_services.campaigns.settings(CampaignKind.WIN_BACK)
    view = _open(window, CampaignKind.WIN_BACK)
    for choice, value in (("points", "0"), ("none", "")):
        view.reward_kind.setFocus()
        QTest.keyClick(view.reward_kind, Qt.Key.Key_Home)
        for _ in range(REWARDS.index(choice)):
            QTest.keyClick(view.reward_kind, Qt.Key.Key_Down)
        view.reward_value.setFocus()
        view.reward_value.selectAll()
        QTest.keyClicks(view.reward_value, value)
        seen: list[str] = []

        def read(dialog: QWidget, seen: list[str] = seen) -> None:
            assert isinstance(dialog, QMessageBox)
            seen.append(dialog.text())

        answer_next_dialog(then=read)
        QTest.keyClick(view.save_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda seen=seen: bool(seen))  # type: ignore[misc]
        assert seen[0] and "{name}" not in seen[0]
        if choice == "none":
            assert "{code}" in seen[0]  # the message must change along with the reward
        assert gui_services.campaigns.settings(CampaignKind.WIN_BACK) == before


def test_each_message_runs_in_its_own_languages_direction(
    window: MainWindow, gui_services: Services, qtbot: QtBot, clock: FakeClock, language: str
) -> None:
    _first_visit(gui_services, "سارا محمدی", "09121234567", clock)
    _first_visit(gui_services, "Sara Smith", "09121234568", clock)
    view = _open(window, CampaignKind.THANK_YOU)
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    # Both open with {name}: laid out by their first letter they were both left to right.
    assert view.text_fa.toPlainText().startswith("{name}")
    assert view.text_fa.document().firstBlock().textDirection() == rtl
    assert view.text_en.document().firstBlock().textDirection() == ltr

    view.pages.setCurrentIndex(1)
    QTest.keyClick(view.preview_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.running and view.members.rowCount() == 2)
    block = view.samples.document().firstBlock()
    directions = {}
    while block.isValid():
        directions["سارا" in block.text()] = block.textDirection()
        block = block.next()
    assert directions == {True: rtl, False: ltr}


def test_run_now_asks_first_and_says_a_campaign_is_switched_off(
    window: MainWindow, gui_services: Services, qtbot: QtBot, clock: FakeClock, language: str
) -> None:
    _first_visit(gui_services, "سارا محمدی", "09121234567", clock)
    view = _open(window, CampaignKind.THANK_YOU)
    assert not view.enabled.isChecked()
    view.pages.setCurrentIndex(1)
    asked: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())

    answer_next_dialog(then=read, button=QMessageBox.StandardButton.No)
    QTest.keyClick(view.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(asked) and not view.running)
    assert window.display.n(1) in asked[0]
    if language == "en":
        assert "Thank-you is switched off." in asked[0]
        assert "Reward 1 member now?" in asked[0]
        assert view.summary.text().startswith("1 member qualifies today.")
    assert gui_services.campaigns.history(CampaignKind.THANK_YOU) == []
    assert gui_services.outbox.listing() == []

    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    QTest.keyClick(view.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.history.rowCount() == 1 and not view.running)
    assert len(gui_services.outbox.listing()) == 1
    if language == "en":
        assert view.summary.text().endswith("1 rewarded, 0 coupons, 1 message.")

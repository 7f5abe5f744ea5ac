"""The Campaigns part, driven by keys in both languages: settings saved, a preview, a run
in a worker with its history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.campaigns import CampaignKind
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

    QTest.keyClick(view.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.running)
    assert view.history.rowCount() == 1
    assert _cell(view.history, 0, 6) == one  # one message queued
    assert [m.campaign for m in gui_services.outbox.listing()] == ["thank_you"]
    # Run again: nobody twice.
    QTest.keyClick(view.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.running)
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

"""The rules part and numbers beyond any sense: a huge amount is told its real limit, the
field never shows a number cut mid-group, and Save with nothing changed says so at once."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.money import MAX_AMOUNT_RIALS
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.numbers import format_money
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.widgets.amount_edit import AmountEdit
from tests.ui.test_counter import digits_for
from tests.ui.test_rules import open_rules, retype

THIRTY_NINES = "9" * 30


@pytest.fixture
def questions() -> Iterator[list[str]]:
    """Every modal dialog that opens while the test runs, closed and noted (a question that
    should not have been asked must fail the test, not hang it)."""
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(20)

    def close_any() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(dialog.windowTitle())
            dialog.close()

    timer.timeout.connect(close_any)
    timer.start()
    yield seen
    timer.stop()


def _whole_groups(text: str) -> bool:
    """1,234,567 or ۱٬۲۳۴٬۵۶۷: every group after the first has three digits."""
    return re.fullmatch(r"\d{1,3}(?:[,\u066c]\d{3})*", fold_digits(text)) is not None


@pytest.mark.parametrize(("field", "error"), [("step", "step_error"), ("minimum", "minimum_error")])
def test_thirty_nines_are_told_the_real_limit_and_nothing_is_saved(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    language: str,
    questions: list[str],
    field: str,
    error: str,
) -> None:
    rules = open_rules(qtbot, window)
    versions = len(gui_services.rules.versions())
    edit = getattr(rules, field)
    assert isinstance(edit, AmountEdit)
    retype(edit, digits_for(language, THIRTY_NINES))

    shown = edit.text()
    assert _whole_groups(shown), shown  # never "9,999,999,999,999,999,99"
    assert set(fold_digits(shown).replace(",", "").replace("\u066c", "")) == {"9"}

    rules.save_button.click()
    qtbot.wait(100)

    message = getattr(rules, error)
    assert message.isVisible()
    limit = format_money(MAX_AMOUNT_RIALS, gui_services.settings.money_unit, language)
    assert limit in message.text()  # "… at most 100,000,000,000 Toman"
    assert questions == []
    assert len(gui_services.rules.versions()) == versions


def test_save_with_nothing_changed_says_so_at_once_without_asking(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str, questions: list[str]
) -> None:
    rules = open_rules(qtbot, window)
    versions = len(gui_services.rules.versions())

    rules.save_button.click()

    assert rules.message.isVisible() and rules.message.text()  # at once, no replay first
    qtbot.wait(300)  # a question asked after a replay would show up by now
    assert questions == []
    assert len(gui_services.rules.versions()) == versions
    assert rules.save_button.isEnabled()


def test_a_change_is_still_asked_about_and_saved(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str, questions: list[str]
) -> None:
    rules = open_rules(qtbot, window)
    before = gui_services.rules.earn_rule()
    retype(rules.points_per_step, digits_for(language, "2"))

    rules.save_button.click()

    qtbot.waitUntil(lambda: bool(questions), timeout=3000)
    assert not rules.message.text()
    # The guard closed the question (a "No"): nothing saved, and the draft still there.
    assert gui_services.rules.earn_rule().id == before.id
    assert isinstance(window.rules, QWidget)

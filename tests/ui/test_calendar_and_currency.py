"""The owner chooses the calendar and the money in Settings, by keys; after the restart the
counter and the member's statement show them: a Persian shop in Gregorian days counting in
Euro cents, an English one in Jalali days."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, Services, build_window
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.numbers import Currency, MoneyUnit
from loyaltydesk.settings import Settings, load_settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.settings.dialog import SettingsDialog
from tests.ui.conftest import answer_next_dialog, member, plain, type_text


@pytest.fixture
def app(language: str) -> Iterator[QApplication]:
    yield create_application(language, RESOURCES, [])
    create_application("en", RESOURCES, [])


def choose_by_keys(qtbot: QtBot, dialog: SettingsDialog, calendar_downs: int) -> None:
    """What the owner does: the calendar box and the money box with the arrow keys, the
    currency's name typed, its decimals stepped up, Enter."""
    dialog.calendar.setFocus()
    for _ in range(calendar_downs):
        QTest.keyClick(dialog.calendar, Qt.Key.Key_Down)
    dialog.unit.setFocus()
    assert not dialog.currency_name.isVisible()  # asked only for another currency
    QTest.keyClick(dialog.unit, Qt.Key.Key_Down)
    QTest.keyClick(dialog.unit, Qt.Key.Key_Down)
    assert dialog.currency_name.isVisible() and dialog.currency_decimals.isVisible()
    dialog.currency_name.setFocus()
    type_text(dialog.currency_name, "EUR")
    dialog.currency_decimals.setFocus()
    QTest.keyClick(dialog.currency_decimals, Qt.Key.Key_Up)
    QTest.keyClick(dialog.currency_decimals, Qt.Key.Key_Up)
    QTest.keyClick(dialog.currency_decimals, Qt.Key.Key_Return)


def restarted(qtbot: QtBot, app: QApplication, settings: Settings, s: Services) -> MainWindow:
    window = build_window(app, settings, s)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def statement_rows(window: MainWindow, member_id: int) -> list[list[str]]:
    rows: list[list[str]] = []

    def look(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget, "statementTable")
        assert table is not None
        for r in range(table.rowCount()):
            cells = [table.item(r, c) for c in range(table.columnCount())]
            rows.append([plain(c.text()) if c is not None else "" for c in cells])

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    window.open_details(member_id)
    return rows


@pytest.mark.parametrize(
    ("language", "calendar", "downs", "typed", "money", "day"),
    [
        ("fa", "gregorian", 2, "۱۲۵۰٫۵۰", "۱٬۲۵۰٫۵۰ EUR", "۲۰۲۶/۱۱/۲۶"),
        ("en", "jalali", 1, "1250.50", "1,250.50 EUR", "1405/09/05"),
    ],
    indirect=["language"],
)
def test_the_shops_calendar_and_currency_are_chosen_in_settings_and_shown_after_restart(
    qtbot: QtBot,
    app: QApplication,
    gui_services: Services,
    settings: Settings,
    language: str,
    calendar: str,
    downs: int,
    typed: str,
    money: str,
    day: str,
) -> None:
    dialog = SettingsDialog(replace(settings, language=language))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    choose_by_keys(qtbot, dialog, downs)

    assert dialog.saved is not None and not dialog.isVisible()
    loaded = load_settings(settings.data_dir)
    assert loaded.calendar == calendar
    assert loaded.currency == Currency(MoneyUnit.OTHER, "EUR", 2)

    window = restarted(qtbot, app, loaded, gui_services)
    sara = member(gui_services, "سارا محمدی", "09121234567")
    counter = window.counter
    counter.select_member(sara.id)
    assert plain(counter.amount_unit.text()) == "EUR"
    counter.amount.setFocus()
    type_text(counter.amount, typed)
    assert counter.amount.text() == money.removesuffix(" EUR")  # grouped as it is typed
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)

    # Kept in cents: 1,250.50 EUR is 125,050, one point at the default 1 per 100,000.
    lines = gui_services.membership.statement(sara.id).lines
    assert [(ln.points, ln.purchase_rials) for ln in lines] == [(1, 125_050)]
    visits = plain(counter.panel.visits.text())
    assert money in visits and day in visits

    rows = statement_rows(window, sara.id)
    assert len(rows) == 1
    when, _kind, _points, _balance, detail, _by = rows[0]
    assert when.startswith(day)
    assert detail.startswith(money)
    # The rule that earned it reads in the same money: 1 per 1,000.00 EUR.
    assert ("۱٬۰۰۰٫۰۰ EUR" if language == "fa" else "1,000.00 EUR") in detail


@pytest.mark.parametrize("language", ["fa", "en"], indirect=True)
def test_another_currency_without_a_name_is_refused_with_the_reason(
    qtbot: QtBot, app: QApplication, settings: Settings, language: str
) -> None:
    dialog = SettingsDialog(replace(settings, language=language))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit.setFocus()
    QTest.keyClick(dialog.unit, Qt.Key.Key_End)
    dialog.currency_name.setFocus()
    type_text(dialog.currency_name, "Euro of the Union")
    QTest.keyClick(dialog.currency_name, Qt.Key.Key_Return)
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.currency_name_error.text() != ""
    assert not (settings.data_dir / "settings.json").exists()

    dialog.currency_name.clear()
    QTest.keyClick(dialog.currency_name, Qt.Key.Key_Return)
    assert dialog.saved is None and dialog.currency_name_error.text() != ""

    type_text(dialog.currency_name, "AED")
    QTest.keyClick(dialog.currency_name, Qt.Key.Key_Return)
    assert dialog.saved is not None
    assert dialog.saved.currency == Currency(MoneyUnit.OTHER, "AED", 0)
    assert dialog.currency_name_error.text() == ""


@pytest.mark.parametrize("language", ["fa", "en"], indirect=True)
def test_an_amount_with_more_decimals_than_the_currency_has_is_refused_at_the_counter(
    qtbot: QtBot, app: QApplication, gui_services: Services, settings: Settings, language: str
) -> None:
    euro = replace(
        settings,
        language=language,
        money_unit=MoneyUnit.OTHER,
        currency_name="EUR",
        currency_decimals=2,
    )
    window = restarted(qtbot, app, euro, gui_services)
    sara = member(gui_services, "Sara", "09121234568")
    counter = window.counter
    counter.select_member(sara.id)
    counter.amount.setFocus()
    type_text(counter.amount, "12.505")
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    assert gui_services.membership.statement(sara.id).lines == ()
    assert "12.505" in fold_digits(plain(counter.action_message.text())).replace("٫", ".")
    # Every digit left as typed, never rounded; in the language's digits and point.
    assert counter.amount.text() == ("۱۲٫۵۰۵" if language == "fa" else "12.505")


@pytest.mark.parametrize("language", ["fa", "en"], indirect=True)
def test_the_earning_rule_reads_and_is_typed_in_the_shops_currency(
    qtbot: QtBot, app: QApplication, gui_services: Services, settings: Settings, language: str
) -> None:
    euro = replace(
        settings,
        language=language,
        money_unit=MoneyUnit.OTHER,
        currency_name="EUR",
        currency_decimals=2,
    )
    window = restarted(qtbot, app, euro, gui_services)
    rules = window.rules
    assert rules is not None
    window.tabs.setCurrentWidget(rules)
    # The default 1 point per 100,000 smallest units: per 1,000.00 EUR.
    assert rules.step.text() == ("۱٬۰۰۰٫۰۰" if language == "fa" else "1,000.00")
    rules.step.clear_amount()
    rules.step.setFocus()
    type_text(rules.step, "۲٫۵" if language == "fa" else "2.5")
    assert rules.draft().step_rials == 250
    rules.step.clear_amount()
    type_text(rules.step, "2.555")
    with pytest.raises(InvalidInput) as caught:
        rules.draft()
    assert caught.value.code == "amount.too_many_decimals"

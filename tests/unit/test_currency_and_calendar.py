"""The shop's calendar and money: Jalali or Gregorian whatever the language, and another
currency with its own name and decimals, shown, typed and kept as settings."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.devices.exports import write_csv
from loyaltydesk.domain.dates import parse_date, parse_day
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import check_currency, parse_amount_in, parse_units
from loyaltydesk.i18n.calendar import (
    calendar_for,
    format_date,
    format_date_long,
    format_datetime,
)
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import Currency, MoneyUnit, format_money
from loyaltydesk.services.report_tables import Cell, Column, Kind, Table
from loyaltydesk.settings import Settings, load_settings, money_settings_errors

EUR = Currency(MoneyUnit.OTHER, "EUR", 2)
DINAR = Currency(MoneyUnit.OTHER, "KWD", 3)
YEN = Currency(MoneyUnit.OTHER, "¥", 0)
TEHRAN = ZoneInfo("Asia/Tehran")
DAY = dt.date(2026, 11, 26)  # 1405/09/05


# -- money ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "language", "shown"),
    [
        (1250, EUR, "en", "12.50 EUR"),
        (1250, EUR, "fa", "۱۲٫۵۰ \u2068EUR\u2069"),
        (123_456_789, EUR, "en", "1,234,567.89 EUR"),
        (123_456_789, EUR, "fa", "۱٬۲۳۴٬۵۶۷٫۸۹ \u2068EUR\u2069"),
        (5, EUR, "en", "0.05 EUR"),
        (-1250, EUR, "en", "-12.50 EUR"),
        (-1250, EUR, "fa", "−۱۲٫۵۰ \u2068EUR\u2069"),
        (0, EUR, "en", "0.00 EUR"),
        (12_345, DINAR, "en", "12.345 KWD"),
        (-7, DINAR, "fa", "−۰٫۰۰۷ \u2068KWD\u2069"),
        (12_345, YEN, "en", "12,345 ¥"),
        (-12_345, YEN, "fa", "−۱۲٬۳۴۵ \u2068¥\u2069"),
    ],
)
def test_another_currency_is_shown_with_its_name_and_decimals(
    amount: int, currency: Currency, language: str, shown: str
) -> None:
    assert format_money(amount, currency, language) == shown


def test_toman_and_rial_read_as_before() -> None:
    assert format_money(12_345, MoneyUnit.TOMAN, "en") == "1,234.5 Toman"
    assert format_money(120, MoneyUnit.TOMAN, "fa") == "۱۲ تومان"
    assert format_money(-12_345, MoneyUnit.RIAL, "fa") == "−۱۲٬۳۴۵ ریال"
    assert format_money(12_345, Currency(MoneyUnit.RIAL), "en") == "12,345 Rial"


def test_a_currency_says_how_many_stored_units_make_one_shown() -> None:
    assert (Currency(MoneyUnit.TOMAN).per_unit, Currency(MoneyUnit.TOMAN).places) == (10, 0)
    assert (Currency(MoneyUnit.RIAL).per_unit, Currency(MoneyUnit.RIAL).places) == (1, 0)
    assert (EUR.per_unit, EUR.places) == (100, 2)
    assert (DINAR.per_unit, YEN.per_unit) == (1000, 1)


@pytest.mark.parametrize(
    ("typed", "currency", "stored"),
    [
        ("12.50", EUR, 1250),
        ("12.5", EUR, 1250),
        ("12", EUR, 1200),
        ("1,234.05", EUR, 123_405),
        ("۱٬۲۳۴٫۰۵", EUR, 123_405),
        ("۱۲/۵", EUR, 1250),  # the slash a Persian keyboard gives for a decimal point
        ("0.01", EUR, 1),
        ("1.005", DINAR, 1005),
        ("3", YEN, 3),
        ("5000", Currency(MoneyUnit.TOMAN), 50_000),
    ],
)
def test_an_amount_is_typed_with_up_to_the_currencys_decimals(
    typed: str, currency: Currency, stored: int
) -> None:
    assert parse_amount_in(typed, currency.per_unit, currency.places) == stored


@pytest.mark.parametrize(
    ("typed", "currency", "code"),
    [
        ("12.505", EUR, "amount.too_many_decimals"),
        ("۱۲٫۵۰۵", EUR, "amount.too_many_decimals"),
        ("1.0001", DINAR, "amount.too_many_decimals"),
        ("12.5", YEN, "amount.not_whole"),
        ("12.5", Currency(MoneyUnit.TOMAN), "amount.not_whole"),
        ("-1.50", EUR, "amount.not_positive"),
        ("0.00", EUR, "amount.not_positive"),
        ("1.2.3", EUR, "number.not_a_number"),
        ("", EUR, "amount.empty"),
    ],
)
def test_more_decimals_than_the_money_has_are_refused_never_rounded(
    typed: str, currency: Currency, code: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_amount_in(typed, currency.per_unit, currency.places)
    assert caught.value.code == code
    if code == "amount.too_many_decimals":
        assert caught.value.params["places"] == currency.places


def test_a_negative_amount_in_a_currency_keeps_its_sign_where_one_is_allowed() -> None:
    assert parse_units("-1.50", 100, 2) == -150
    assert parse_units("−0.05", 100, 2) == -5


@pytest.mark.parametrize(
    ("name", "decimals", "code"),
    [
        ("", 2, "currency.name_empty"),
        ("   ", 2, "currency.name_empty"),
        ("A" * 13, 2, "currency.name_too_long"),
        ("EUR", -1, "currency.decimals_out_of_range"),
        ("EUR", 4, "currency.decimals_out_of_range"),
    ],
)
def test_a_currency_needs_a_short_name_and_0_to_3_decimals(
    name: str, decimals: int, code: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_currency(name, decimals)
    assert caught.value.code == code


def test_a_currency_name_is_trimmed_and_may_be_twelve_characters() -> None:
    assert check_currency("  €  ", 2) == ("€", 2)
    assert check_currency("درهم امارات", 0) == ("درهم امارات", 0)
    assert check_currency("A" * 12, 3) == ("A" * 12, 3)


# -- the calendar --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "calendar", "short", "long"),
    [
        ("fa", None, "۱۴۰۵/۰۹/۰۵", "۵ آذر ۱۴۰۵"),
        ("en", None, "2026-11-26", "26 November 2026"),
        ("fa", "gregorian", "۲۰۲۶/۱۱/۲۶", "۲۶ نوامبر ۲۰۲۶"),
        ("en", "jalali", "1405/09/05", "5 Azar 1405"),
        ("fa", "jalali", "۱۴۰۵/۰۹/۰۵", "۵ آذر ۱۴۰۵"),
        ("en", "gregorian", "2026-11-26", "26 November 2026"),
    ],
)
def test_dates_follow_the_shops_calendar_whatever_the_language(
    language: str, calendar: str | None, short: str, long: str
) -> None:
    assert format_date(DAY, language, calendar) == short
    assert format_date_long(DAY, language, calendar) == long
    display = Display(language, MoneyUnit.TOMAN, TEHRAN, calendar)
    assert display.day(DAY) == short
    assert display.day_long(DAY) == long
    moment = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)  # 13:30 in Tehran
    assert display.when(moment) == format_datetime(
        dt.datetime(2026, 11, 26, 13, 30), language, calendar
    )
    assert display.when(moment).endswith("۱۳:۳۰" if language == "fa" else "13:30")
    assert display.when(moment).startswith(short)


@pytest.mark.parametrize("calendar", ["jalali", "gregorian"])
@pytest.mark.parametrize("language", ["fa", "en"])
def test_a_date_shown_in_any_calendar_reads_back_as_the_same_day(
    language: str, calendar: str
) -> None:
    shown = Display(language, MoneyUnit.TOMAN, TEHRAN, calendar).day(DAY)
    assert parse_date(shown) == DAY
    assert parse_day(shown) == DAY


def test_the_calendar_follows_the_language_unless_the_shop_chose() -> None:
    assert calendar_for("fa") == calendar_for("fa", "") == "jalali"
    assert calendar_for("en", None) == "gregorian"
    assert calendar_for("fa", "gregorian") == "gregorian"
    assert calendar_for("en", "jalali") == "jalali"
    assert calendar_for("en", "lunar") == "gregorian"


def test_a_csv_writes_dates_in_the_shops_calendar(tmp_path: Path) -> None:
    table = Table("days", (Column("Day", Kind.DATE),), ((Cell(DAY, str(DAY)),),))
    default = write_csv(tmp_path / "fa.csv", table, language="fa")
    gregorian = write_csv(tmp_path / "g.csv", table, language="fa", calendar="gregorian")
    jalali = write_csv(tmp_path / "j.csv", table, language="en", calendar="jalali")
    assert default.read_text(encoding="utf-8-sig").splitlines()[1] == "1405/09/05"
    assert gregorian.read_text(encoding="utf-8-sig").splitlines()[1] == "2026-11-26"
    assert jalali.read_text(encoding="utf-8-sig").splitlines()[1] == "1405/09/05"


# -- settings ------------------------------------------------------------------------------


def test_calendar_and_currency_survive_a_restart(tmp_path: Path) -> None:
    chosen = replace(
        Settings(data_dir=tmp_path, language="fa"),
        calendar="gregorian",
        money_unit=MoneyUnit.OTHER,
        currency_name="EUR",
        currency_decimals=2,
    )
    chosen.save()
    stored = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert stored["money_unit"] == "other" and stored["currency_decimals"] == 2
    loaded = load_settings(tmp_path)
    assert loaded.calendar == "gregorian"
    assert loaded.currency == EUR
    display = loaded.display()
    assert display.money(1250) == "۱۲٫۵۰ \u2068EUR\u2069"
    assert display.day(DAY) == "۲۰۲۶/۱۱/۲۶"
    assert display.calendar == "gregorian" and display.unit is MoneyUnit.OTHER


def test_an_older_settings_file_keeps_its_meaning(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"language": "fa", "money_unit": "rial"}), encoding="utf-8"
    )
    loaded = load_settings(tmp_path)
    assert loaded.calendar == "" and loaded.display().calendar == "jalali"
    assert loaded.currency == Currency(MoneyUnit.RIAL)
    assert loaded.display().money(12_345) == "۱۲٬۳۴۵ ریال"


def test_broken_calendar_and_currency_values_fall_back(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps(
            {
                "language": "en",
                "calendar": "lunar",
                "money_unit": "other",
                "currency_name": "   ",
                "currency_decimals": 7,
            }
        ),
        encoding="utf-8",
    )
    loaded = load_settings(tmp_path)
    assert loaded.calendar == "" and loaded.display().calendar == "gregorian"
    # Still another currency: its amounts must not be read as Toman, ten times off.
    assert loaded.money_unit is MoneyUnit.OTHER
    assert loaded.currency_decimals == 0
    assert loaded.currency_name == "¤"
    assert money_settings_errors(loaded) == {}


def test_settings_say_what_is_wrong_with_another_currency(tmp_path: Path) -> None:
    base = Settings(data_dir=tmp_path, money_unit=MoneyUnit.OTHER)
    errors = money_settings_errors(replace(base, currency_name="", currency_decimals=5))
    assert errors["currency_name"].code == "currency.name_empty"
    assert errors["currency_decimals"].code == "currency.decimals_out_of_range"
    too_long = money_settings_errors(replace(base, currency_name="Euro of Europe"))
    assert too_long["currency_name"].code == "currency.name_too_long"
    assert money_settings_errors(replace(base, currency_name="€", currency_decimals=2)) == {}
    # Toman and Rial need neither.
    assert money_settings_errors(Settings(data_dir=tmp_path, currency_name="")) == {}


def test_a_refusal_names_money_and_days_as_the_shop_shows_them() -> None:
    from loyaltydesk.ui.error_text import error_text

    display = Display("en", EUR, TEHRAN, "jalali")
    too_large = InvalidInput("amount.too_large", amount=123_456, limit=1_000_000_000_000)
    text = error_text(too_large, display, screen=False)
    assert "1,234.56 EUR" in text and "10,000,000,000.00 EUR" in text
    not_a_day = error_text(InvalidInput("date.not_a_day", value="x"), display, screen=False)
    assert "1370/05/21" in not_a_day  # the example in the shop's calendar
    decimals = InvalidInput("amount.too_many_decimals", value="12.505", places=2)
    assert "12.505" in error_text(decimals, display, screen=False)
    # The older call, language and unit, still works.
    assert "Toman" in error_text(too_large, "en", MoneyUnit.TOMAN, screen=False)

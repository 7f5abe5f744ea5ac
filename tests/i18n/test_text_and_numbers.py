from __future__ import annotations

import datetime as dt

from loyaltydesk.i18n.calendar import format_date, format_date_long
from loyaltydesk.i18n.digits import fold_digits, to_persian_digits
from loyaltydesk.i18n.numbers import MoneyUnit, format_int, format_money
from loyaltydesk.i18n.text import fold_name, name_tokens


def test_digits_fold_both_ways() -> None:
    assert fold_digits("۰۹۱۲-٣٤٥") == "0912-345"
    assert to_persian_digits("2026") == "۲۰۲۶"


def test_arabic_keyboard_letters_fold_to_persian() -> None:
    assert fold_name("علي كريمي") == fold_name("علی کریمی")
    assert fold_name("فاطمة") == fold_name("فاطمه")


def test_diacritics_tatweel_and_case_are_ignored() -> None:
    assert fold_name("مُحَمَّد") == fold_name("محمد")
    assert fold_name("محـــمد") == fold_name("محمد")
    assert fold_name("  ANNA   Müller ") == "anna muller"


def test_zwnj_word_is_found_joined_or_in_parts() -> None:
    tokens = name_tokens("علی\u200cرضا نیک\u200cنام")
    assert {"علیرضا", "علی", "رضا", "نیکنام", "نیک", "نام"} <= set(tokens)


def test_persian_numbers_and_money() -> None:
    assert format_int(1234567, "fa") == "۱٬۲۳۴٬۵۶۷"
    assert format_int(1234567, "en") == "1,234,567"
    assert format_money(1_250_000, MoneyUnit.TOMAN, "fa") == "۱۲۵٬۰۰۰ تومان"
    assert format_money(1_250_005, MoneyUnit.TOMAN, "en") == "125,000.5 Toman"
    assert format_money(1_250_000, MoneyUnit.RIAL, "en") == "1,250,000 Rial"


def test_jalali_display() -> None:
    day = dt.date(2026, 11, 26)
    assert format_date(day, "fa") == "۱۴۰۵/۰۹/۰۵"
    assert format_date_long(day, "fa") == "۵ آذر ۱۴۰۵"
    assert format_date(day, "en") == "2026-11-26"

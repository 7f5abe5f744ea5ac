"""One thousands separator in Persian: the momayyez (٬), wherever a number is written, and
parsing takes either it or a comma."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import parse_amount
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit

FA = Display("fa", MoneyUnit.TOMAN, ZoneInfo("Asia/Tehran"))
EN = Display("en", MoneyUnit.TOMAN, ZoneInfo("Asia/Tehran"))


def test_persian_numbers_use_the_momayyez_everywhere() -> None:
    assert FA.n(185_000) == "۱۸۵٬۰۰۰"
    assert FA.money(1_850_000) == "۱۸۵٬۰۰۰ تومان"
    # Text formatted by Python before it is shown in Persian: no Latin comma or point left.
    assert FA.digits("185,000") == "۱۸۵٬۰۰۰"
    assert FA.digits("×1.5") == "×۱٫۵"
    assert FA.code("1,234") == "\u2066۱٬۲۳۴\u2069"
    # A date, a time, a list and words keep their signs.
    assert FA.digits("1403/05/21 12:30") == "۱۴۰۳/۰۵/۲۱ ۱۲:۳۰"
    assert FA.digits("a, b. c") == "a, b. c"


def test_english_keeps_the_comma_and_point() -> None:
    assert EN.n(185_000) == "185,000"
    assert EN.digits("185,000 ×1.5") == "185,000 ×1.5"


def test_either_separator_is_read_back() -> None:
    for text in ("۱۸۵٬۰۰۰", "۱۸۵,۰۰۰", "185,000", "185٬000"):
        assert parse_amount(text) == 185_000


def test_persian_error_values_use_the_momayyez() -> None:
    from loyaltydesk.ui.error_text import error_text

    text = error_text(InvalidInput("date.no_such_day", value="185,000"), "fa")
    assert "۱۸۵٬۰۰۰" in text and "۱۸۵,۰۰۰" not in text


def test_a_persian_date_is_unchanged() -> None:
    assert FA.day(dt.date(2024, 8, 11)) == "۱۴۰۳/۰۵/۲۱"

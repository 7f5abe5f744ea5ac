from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.domain.dates import check_birthday, parse_date, parse_local_datetime
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import MAX_AMOUNT_RIALS, parse_amount


@pytest.mark.parametrize(
    ("typed", "rials"),
    [
        ("2500000", 2_500_000),
        ("2,500,000", 2_500_000),
        ("۲٬۵۰۰٬۰۰۰", 2_500_000),
        ("٢٥٠٠٠٠٠", 2_500_000),
        (" 1 000 ", 1000),
        (str(MAX_AMOUNT_RIALS), MAX_AMOUNT_RIALS),
    ],
)
def test_amounts_in_any_digits(typed: str, rials: int) -> None:
    assert parse_amount(typed) == rials


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "number.empty"),
        ("0", "amount.not_positive"),
        ("-5000", "amount.not_positive"),
        ("12.5", "number.not_a_number"),
        ("abc", "number.not_a_number"),
        (str(MAX_AMOUNT_RIALS + 1), "amount.too_large"),
    ],
)
def test_absurd_amounts_are_refused(typed: str, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_amount(typed)
    assert caught.value.code == code


def test_jalali_and_gregorian_dates() -> None:
    assert parse_date("1405/09/05") == dt.date(2026, 11, 26)
    assert parse_date("۱۴۰۵/۰۹/۰۵") == dt.date(2026, 11, 26)
    assert parse_date("2026-11-26") == dt.date(2026, 11, 26)
    assert parse_date("1403/12/30") == dt.date(2025, 3, 20)  # 1403 is a leap year


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("1402/12/30", "date.no_such_day"),
        ("2026-02-30", "date.no_such_day"),
        ("26/11/2026", "date.malformed"),
        ("yesterday", "date.malformed"),
    ],
)
def test_bad_dates(typed: str, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(typed)
    assert caught.value.code == code


def test_local_datetime_is_stored_as_utc() -> None:
    tehran = ZoneInfo("Asia/Tehran")
    assert parse_local_datetime("1405/09/05 13:30", tehran) == dt.datetime(
        2026, 11, 26, 10, 0, tzinfo=dt.UTC
    )
    with pytest.raises(InvalidInput):
        parse_local_datetime("2026-11-26 25:00", tehran)


def test_birthday_limits() -> None:
    today = dt.date(2026, 11, 26)
    with pytest.raises(InvalidInput):
        check_birthday(dt.date(2027, 1, 1), today)
    with pytest.raises(InvalidInput):
        check_birthday(dt.date(1890, 1, 1), today)

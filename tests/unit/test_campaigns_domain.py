"""Campaign rules without storage: occasions in a calendar, settings checked, op ids."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from loyaltydesk.domain.campaigns import (
    BirthdayCalendar,
    CampaignKind,
    CampaignSettings,
    born_on_days,
    default_settings,
    next_occasion,
    occurrence,
    operation_id,
)
from loyaltydesk.domain.coupons import CouponKind, CouponTerms
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.calendar import jalali_to_gregorian

J = BirthdayCalendar.JALALI
G = BirthdayCalendar.GREGORIAN


def test_30_esfand_and_29_february_fall_on_the_last_day_of_the_month() -> None:
    born = jalali_to_gregorian(1399, 12, 30)
    assert occurrence(born, 1404, J) == jalali_to_gregorian(1404, 12, 29)
    assert occurrence(born, 1403, J) == jalali_to_gregorian(1403, 12, 30)  # a leap year
    assert occurrence(dt.date(2000, 2, 29), 2026, G) == dt.date(2026, 2, 28)
    assert occurrence(dt.date(2000, 2, 29), 2028, G) == dt.date(2028, 2, 29)


def test_the_window_counts_today_and_finds_the_birth_dates_to_look_up() -> None:
    today = jalali_to_gregorian(1404, 12, 27)
    born = jalali_to_gregorian(1399, 12, 30)
    assert next_occasion(born, today, 3, J) is not None
    assert next_occasion(born, today, 2, J) is None
    dates = born_on_days(today, 3, J)
    assert born in dates and jalali_to_gregorian(1400, 12, 29) in dates
    assert jalali_to_gregorian(1400, 12, 26) not in dates
    # Someone born in the window this very year has no birthday yet.
    assert today not in dates


def test_a_gregorian_birthday_is_not_the_jalali_one() -> None:
    today = dt.date(2026, 11, 26)
    assert next_occasion(dt.date(1990, 11, 26), today, 1, G) is not None
    assert dt.date(1990, 11, 26) in born_on_days(today, 1, G)


def test_settings_are_checked_with_clear_errors() -> None:
    base = default_settings(CampaignKind.BIRTHDAY).checked()
    for change, code in (
        ({"days": 0}, "campaign.bad_days"),
        ({"points": 10}, "campaign.two_rewards"),
        ({"valid_days": 0}, "campaign.bad_valid_days"),
        ({"text_fa": "سلام {نام}"}, "message.unknown_placeholder"),
        ({"coupon": CouponTerms(CouponKind.PERCENT, percent=300)}, "coupon.bad_percent"),
    ):
        with pytest.raises(InvalidInput) as refused:
            dataclasses.replace(base, **change).checked()
        assert refused.value.code == code
    referral = default_settings(CampaignKind.REFERRAL)
    with pytest.raises(InvalidInput, match="points_only"):
        dataclasses.replace(referral, points=0).checked()
    loaded = CampaignSettings.from_json(CampaignKind.BIRTHDAY, base.to_json())
    assert loaded == base


def test_every_default_is_valid_and_op_ids_fit_the_operations_table() -> None:
    for kind in CampaignKind:
        default_settings(kind).checked()
        assert len(operation_id(kind, "2026-11-26", 10**15)) <= 64

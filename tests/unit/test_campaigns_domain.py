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


# -- issue 13: rewards of 0 points and messages their reward cannot fill ---------------------


def test_zero_bonus_points_are_refused_like_negative_ones() -> None:
    from loyaltydesk.domain.campaigns import bonus_points

    for wrong in (0, -10):
        with pytest.raises(InvalidInput) as caught:
            bonus_points(wrong)
        assert caught.value.code == "campaign.bad_points"
    assert bonus_points(1) == 1


def test_default_texts_only_use_placeholders_their_reward_fills() -> None:
    for kind in CampaignKind:
        default_settings(kind).check_texts()  # the anniversary gives points: no {code}


@pytest.mark.parametrize(
    ("points", "coupon", "text", "code"),
    [
        (0, None, "Hi {name}, code {code}", "campaign.placeholder_needs_coupon"),
        (5, None, "{reward} until {valid_until}", "campaign.placeholder_needs_coupon"),
        (0, None, "Our gift: {reward}", "campaign.placeholder_needs_reward"),
    ],
)
def test_a_text_with_a_placeholder_the_reward_cannot_fill_is_refused(
    points: int, coupon: CouponTerms | None, text: str, code: str
) -> None:
    settings = dataclasses.replace(
        default_settings(CampaignKind.BIRTHDAY),
        points=points,
        coupon=coupon,
        text_fa="{name} عزیز، تولدت مبارک!",
        text_en=text,
    ).checked()  # loads as stored (the preview says what is wrong) ...
    with pytest.raises(InvalidInput) as caught:
        settings.check_texts()  # ... but is not saved or run
    assert caught.value.code == code
    assert caught.value.params["placeholder"].startswith("{")

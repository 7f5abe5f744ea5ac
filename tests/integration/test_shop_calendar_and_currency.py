"""Campaigns in the shop's calendar and money: a Persian shop that counts in Gregorian days
and Euro cents finds birthdays in Gregorian and writes its messages so, on both databases."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.campaigns import CampaignKind
from loyaltydesk.domain.coupons import CouponKind, CouponTerms
from loyaltydesk.i18n.bidi import FSI, PDI
from loyaltydesk.i18n.calendar import format_date
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER, FakeClock
from tests.integration.helpers import register


@pytest.fixture
def euro_shop(db_url: str, settings: Settings, clock: FakeClock) -> Iterator[Services]:
    chosen = dataclasses.replace(
        settings,
        language="fa",
        calendar="gregorian",
        money_unit=MoneyUnit.OTHER,
        currency_name="EUR",
        currency_decimals=2,
    )
    built = build_services(chosen, db_url, clock=clock, hasher=LIGHT_HASHER)
    yield built
    built.close()


def test_a_birthday_message_names_the_gift_in_euro_and_the_day_in_gregorian(
    euro_shop: Services, clock: FakeClock
) -> None:
    s = euro_shop
    current = s.campaigns.settings(CampaignKind.BIRTHDAY)
    s.campaigns.set_settings(
        dataclasses.replace(
            current,
            enabled=True,
            days=7,
            calendar=None,  # the shop's: Gregorian here, though the shop speaks Persian
            coupon=CouponTerms(CouponKind.AMOUNT, amount_rials=1500),
        ),
        actor=s.actor,
    )
    sara = register(s, birthday=dt.date(1990, 11, 29))  # today is 26 November 2026

    preview = s.campaigns.preview(CampaignKind.BIRTHDAY)
    assert [line.member_id for line in preview.lines] == [sara.id]
    assert preview.lines[0].day == dt.date(2026, 11, 29)
    text = preview.samples[0].text
    assert f"۱۵٫۰۰ {FSI}EUR{PDI} تخفیف" in text
    until = clock.now.date() + dt.timedelta(days=current.valid_days - 1)
    assert format_date(until, "fa", "gregorian") in text
    assert format_date(until, "fa", "gregorian").startswith("۲۰۲")

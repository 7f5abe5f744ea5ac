from __future__ import annotations

import pytest

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.phones import mask_phone, parse_mobile


@pytest.mark.parametrize(
    "typed",
    [
        "09121234567",
        "9121234567",
        "+989121234567",
        "00989121234567",
        "0912 123 4567",
        "0912-123-4567",
        "۰۹۱۲۱۲۳۴۵۶۷",
        "٠٩١٢١٢٣٤٥٦٧",
        "+98 912 123 45 67",
        " (0912) 123-4567 ",
    ],
)
def test_every_way_of_writing_a_mobile_gives_one_canonical_form(typed: str) -> None:
    assert parse_mobile(typed) == "+989121234567"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "phone.empty"),
        ("0912abc4567", "phone.not_digits"),
        ("02188776655", "phone.not_mobile"),
        ("0912123456", "phone.wrong_length"),
        ("091212345678", "phone.wrong_length"),
        ("0044791234567", "phone.not_iranian"),
    ],
)
def test_a_number_that_is_not_a_mobile_says_why(typed: str, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_mobile(typed)
    assert caught.value.code == code


def test_mask_keeps_the_start_and_the_last_four() -> None:
    assert mask_phone("+989121234567") == "0912***4567"

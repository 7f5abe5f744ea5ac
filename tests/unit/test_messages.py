"""Message templates, SMS parts as Iranian panels count them, and the shop's quiet hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.messages import (
    check_template,
    in_quiet_hours,
    language_of_name,
    next_sending_time,
    render,
    sms_parts,
)

TEHRAN = ZoneInfo("Asia/Tehran")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("", 0),
        ("a" * 160, 1),
        ("a" * 161, 2),  # split: 153 a part
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("[" * 80, 1),  # extension characters take two septets each
        ("[" * 81, 2),
        ("س" * 70, 1),  # Persian: UCS-2, 70 alone
        ("س" * 71, 2),  # and 67 a part
        ("س" * 134, 2),
        ("س" * 135, 3),
        ("a" * 69 + "س", 1),  # one Persian letter makes the whole text UCS-2
        ("a" * 70 + "س", 2),
    ],
)
def test_sms_parts_are_counted_as_panels_count_them(text: str, parts: int) -> None:
    assert sms_parts(text) == parts


def test_a_template_is_filled_and_an_unknown_placeholder_refused() -> None:
    text = render(
        "{name} جان، کد {code} تا {valid_until} — {shop}", {"name": "سارا", "code": "9123"}
    )
    # A placeholder without a value reads as nothing; the text's end is trimmed.
    assert text == "سارا جان، کد 9123 تا  —"
    with pytest.raises(InvalidInput) as refused:
        check_template("Hello {nmae}")
    assert refused.value.code == "message.unknown_placeholder"
    assert refused.value.params["placeholder"] == "{nmae}"
    with pytest.raises(InvalidInput, match=r"message\.bad_braces"):
        check_template("Hello {name")
    with pytest.raises(InvalidInput, match=r"message\.empty_template"):
        check_template("   ")


@pytest.mark.parametrize(
    ("hour", "minute", "quiet", "sends_at"),
    [
        (21, 59, False, (2, 21, 59)),
        (22, 0, True, (3, 8, 0)),
        (23, 30, True, (3, 8, 0)),
        (0, 10, True, (2, 8, 0)),
        (7, 59, True, (2, 8, 0)),
        (8, 0, False, (2, 8, 0)),
    ],
)
def test_nothing_is_sent_between_ten_at_night_and_eight_in_the_morning(
    hour: int, minute: int, quiet: bool, sends_at: tuple[int, int, int]
) -> None:
    local = dt.datetime(2026, 12, 2, hour, minute, tzinfo=TEHRAN)
    assert in_quiet_hours(local) is quiet
    day, h, m = sends_at
    assert next_sending_time(local) == dt.datetime(2026, 12, day, h, m, tzinfo=TEHRAN)


def test_members_are_written_to_in_the_script_of_their_name() -> None:
    assert language_of_name("سارا محمدی") == "fa"
    assert language_of_name("Sara Mohammadi") == "en"

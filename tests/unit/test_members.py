from __future__ import annotations

import pytest

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.members import (
    MAX_NOTES_LENGTH,
    check_name,
    check_national_code,
    check_notes,
)


@pytest.mark.parametrize("code", ["0499370899", "0790419904", "0084575948", "۰۴۹۹۳۷۰۸۹۹"])
def test_valid_national_codes(code: str) -> None:
    assert len(check_national_code(code)) == 10


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("0499370898", "national_code.bad_checksum"),
        ("1111111111", "national_code.bad_checksum"),
        ("12345", "national_code.malformed"),
        ("04993708a9", "national_code.malformed"),
    ],
)
def test_invalid_national_codes(code: str, error: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_national_code(code)
    assert caught.value.code == error


def test_names_are_tidied_and_arabic_letters_made_persian() -> None:
    assert check_name("  علي   كريمي ") == "علی کریمی"
    assert check_name("Anna  Müller") == "Anna Müller"


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("", "name.empty"),
        ("   ", "name.empty"),
        ("1234", "name.no_letters"),
        ("x" * 200, "name.too_long"),
    ],
)
def test_bad_names(name: str, error: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_name(name)
    assert caught.value.code == error


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, None),
        ("", None),
        ("  \n\t ", None),
        ("  allergic to nuts ", "allergic to nuts"),
        ("به بادام زمینی حساسیت دارد", "به بادام زمینی حساسیت دارد"),
        ("no sugar\r\n\tdecaf only", "no sugar\n\tdecaf only"),
        ("x" * MAX_NOTES_LENGTH, "x" * MAX_NOTES_LENGTH),
    ],
)
def test_notes_are_trimmed_and_empty_notes_are_none(text: str | None, expected: str | None) -> None:
    assert check_notes(text) == expected


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("x" * (MAX_NOTES_LENGTH + 1), "notes.too_long"),
        ("nuts\x00", "notes.control_characters"),
        ("bell\x07", "notes.control_characters"),
        ("escape\x1b[0m", "notes.control_characters"),
    ],
)
def test_bad_notes(text: str, error: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_notes(text)
    assert caught.value.code == error


def test_too_long_notes_say_how_long_they_are() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_notes("y" * 1200)
    assert caught.value.params == {"limit": MAX_NOTES_LENGTH, "length": 1200}

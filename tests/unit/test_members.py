from __future__ import annotations

import pytest

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.members import check_name, check_national_code


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

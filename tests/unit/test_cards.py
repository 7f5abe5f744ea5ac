from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from loyaltydesk.domain.cards import damm_digit, is_card_number, new_card_number


def test_damm_reference_vector() -> None:
    # The published example of the Damm algorithm: 572 has check digit 4.
    assert damm_digit("572") == 4
    assert damm_digit("5724") == 0


def test_new_numbers_are_valid_digits_only_and_never_look_like_a_phone() -> None:
    rng = random.Random(7)
    for _ in range(500):
        number = new_card_number(rng.randrange)
        assert is_card_number(number)
        assert number.isdigit() and len(number) == 12
        assert number[0] not in "09"


@given(st.randoms(use_true_random=False), st.integers(0, 11), st.integers(1, 9))
def test_any_single_digit_error_is_caught(rng: random.Random, position: int, shift: int) -> None:
    number = new_card_number(rng.randrange)
    wrong_digit = str((int(number[position]) + shift) % 10)
    typo = number[:position] + wrong_digit + number[position + 1 :]
    assert not is_card_number(typo)


@given(st.randoms(use_true_random=False), st.integers(0, 10))
def test_any_adjacent_swap_is_caught(rng: random.Random, position: int) -> None:
    number = new_card_number(rng.randrange)
    if number[position] == number[position + 1]:
        return
    swapped = number[:position] + number[position + 1] + number[position] + number[position + 2 :]
    assert not is_card_number(swapped)


def test_rejects_wrong_shapes() -> None:
    assert not is_card_number("")
    assert not is_card_number("۱۲۳۴۵۶۷۸۹۰۱۲")  # must be folded to ASCII first
    assert not is_card_number("12345678901")

"""Card numbers: digits only, so a scanner on a Persian keyboard layout types them right,
with a Damm check digit, which catches every single-digit error and every swap of two
adjacent digits (the usual mistakes of a cashier typing a number by hand).
"""

from __future__ import annotations

import datetime as dt
import enum
import secrets
from collections.abc import Callable
from dataclasses import dataclass

CARD_NUMBER_LENGTH = 12
# Card numbers start with 1-8: never 0 or 9, so no card number can be read as an
# Iranian mobile number (09..., 9..., 98..., 0098...).
_FIRST_DIGITS = "12345678"

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


class CardStatus(enum.StrEnum):
    ACTIVE = "active"
    REPLACED = "replaced"
    # A code the member already carried (another system's card, an imported club's number,
    # a merged member's card): it scans to the member but is never printed as ours.
    ALTERNATE = "alternate"


def damm_digit(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def is_card_number(text: str) -> bool:
    """True when ``text`` (ASCII digits) has the shape and check digit of a card number."""
    return (
        len(text) == CARD_NUMBER_LENGTH
        and text.isascii()
        and text.isdigit()
        and text[0] in _FIRST_DIGITS
        and damm_digit(text) == 0
    )


def new_card_number(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A random card number: unguessable, so a typed number cannot be stepped through."""
    body = _FIRST_DIGITS[randbelow(len(_FIRST_DIGITS))] + "".join(
        str(randbelow(10)) for _ in range(CARD_NUMBER_LENGTH - 2)
    )
    return body + str(damm_digit(body))


@dataclass(frozen=True, slots=True)
class Card:
    id: int
    number: str
    member_id: int
    status: CardStatus
    issued_at: dt.datetime
    replaced_by_id: int | None


def card_groups(number: str) -> str:
    """1234 5678 9012: easier to read back to a customer, on screen and on paper."""
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))

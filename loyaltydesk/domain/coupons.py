"""Coupon codes: digits only with a Damm check digit, like card numbers, so a scanner on any
keyboard layout types them right and a mistyped code is caught before it is looked up.

14 digits starting with 9 can never be read as a card number (12 digits, 1-8 first) nor as an
Iranian mobile in any written form (09..., 9... of 10 digits, 98... of 12, 0098... of 14).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from loyaltydesk.domain.cards import damm_digit
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.phones import digits_only

COUPON_CODE_LENGTH = 14
_PREFIX = "9"
MAX_TITLE_LENGTH = 80


def is_coupon_code(text: str) -> bool:
    return (
        len(text) == COUPON_CODE_LENGTH
        and text.isascii()
        and text.isdigit()
        and text.startswith(_PREFIX)
        and damm_digit(text) == 0
    )


def check_coupon_code(text: str) -> str:
    """The code as a scanner types it (Persian digits and spaces folded), or a refusal."""
    code = digits_only(text)
    if not code:
        raise InvalidInput("coupon.empty_code")
    if not is_coupon_code(code):
        if len(code) == COUPON_CODE_LENGTH and code.startswith(_PREFIX):
            # The right shape, a wrong digit: a misread or a typing slip, not another kind.
            raise InvalidInput("coupon.bad_check_digit", coupon=code)
        raise InvalidInput("coupon.bad_code", coupon=code, length=COUPON_CODE_LENGTH)
    return code


def new_coupon_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    body = _PREFIX + "".join(str(randbelow(10)) for _ in range(COUPON_CODE_LENGTH - 2))
    return body + str(damm_digit(body))


@dataclass(frozen=True, slots=True)
class Coupon:
    """A coupon as printed: what it gives, to whom, until when."""

    code: str
    title: str
    valid_until: dt.date
    member_name: str | None = None

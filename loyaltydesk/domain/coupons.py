"""Coupon codes: digits only with a Damm check digit, like card numbers, so a scanner on any
keyboard layout types them right and a mistyped code is caught before it is looked up.

14 digits starting with 9 can never be read as a card number (12 digits, 1-8 first) nor as an
Iranian mobile in any written form (09..., 9... of 10 digits, 98... of 12, 0098... of 14).
"""

from __future__ import annotations

import datetime as dt
import enum
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from loyaltydesk.domain.cards import damm_digit
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import check_amount
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
    # A stored coupon's conditions ("at most 30,000 Toman, on a purchase of at least …"),
    # printed under the title; empty for a coupon made elsewhere.
    details: str = ""
    uses_allowed: int = 1  # an open coupon (a flyer) may be used more than once
    valid_from: dt.date | None = None  # given (and printed) only when it starts later


# -- stored coupons (issue 13) --------------------------------------------------------------

MAX_PERCENT = 100
MAX_OPEN_USES = 100_000
MAX_VALID_DAYS = 3660
# How long a coupon made by hand lasts when nobody says: the window and the command line.
DEFAULT_VALID_DAYS = 30


class CouponKind(enum.StrEnum):
    REWARD = "reward"  # a reward from the catalogue, free
    PERCENT = "percent"  # a share off the purchase, with an optional ceiling in money
    AMOUNT = "amount"  # a fixed sum off the purchase


class CouponState(enum.StrEnum):
    """How a coupon stands on a day, as the owner's list shows it."""

    ACTIVE = "active"
    NOT_YET = "not_yet"
    USED = "used"
    EXPIRED = "expired"
    VOIDED = "voided"


@dataclass(frozen=True, slots=True)
class CouponTerms:
    """What a coupon gives. Exactly one of reward, percent or amount, by ``kind``."""

    kind: CouponKind
    reward_id: int | None = None
    percent: int | None = None
    max_rials: int | None = None
    amount_rials: int | None = None
    min_purchase_rials: int = 0

    def discount(self, gross_rials: int) -> int:
        """Rials off a purchase of ``gross_rials``: never more than the purchase itself.

        A percentage is rounded down to the Rial, so the shop never gives more than it said.
        """
        if self.kind is CouponKind.PERCENT:
            assert self.percent is not None
            off = gross_rials * self.percent // 100
            if self.max_rials is not None:
                off = min(off, self.max_rials)
        elif self.kind is CouponKind.AMOUNT:
            assert self.amount_rials is not None
            off = self.amount_rials
        else:
            off = 0
        return max(0, min(off, gross_rials))


def check_terms(terms: CouponTerms) -> CouponTerms:
    """Terms a person typed, or the refusal that says which part is wrong."""
    kind = terms.kind
    given = [terms.reward_id is not None, terms.percent is not None, terms.amount_rials is not None]
    if sum(given) != 1:
        raise InvalidInput("coupon.one_kind")
    if kind is CouponKind.PERCENT:
        if terms.percent is None or not 1 <= terms.percent <= MAX_PERCENT:
            raise InvalidInput("coupon.bad_percent", limit=MAX_PERCENT)
        if terms.max_rials is not None:
            check_amount(terms.max_rials)
    elif kind is CouponKind.AMOUNT:
        if terms.amount_rials is None:
            raise InvalidInput("coupon.one_kind")
        check_amount(terms.amount_rials)
        if terms.max_rials is not None:
            raise InvalidInput("coupon.max_only_for_percent")
    else:
        if terms.reward_id is None:
            raise InvalidInput("coupon.one_kind")
        if terms.max_rials is not None:
            raise InvalidInput("coupon.max_only_for_percent")
    if terms.min_purchase_rials < 0:
        raise InvalidInput("coupon.bad_min_purchase")
    if terms.min_purchase_rials:
        check_amount(terms.min_purchase_rials)
    return terms


def check_validity(valid_from: dt.date, valid_until: dt.date, today: dt.date) -> None:
    if valid_until < today:
        raise InvalidInput("coupon.expired", valid_until=valid_until.isoformat())
    if valid_until < valid_from:
        raise InvalidInput("coupon.ends_before_start")
    if (valid_until - today).days > MAX_VALID_DAYS:
        raise InvalidInput("coupon.too_long", limit=MAX_VALID_DAYS)


def check_uses(uses: int) -> int:
    if not 1 <= uses <= MAX_OPEN_USES:
        raise InvalidInput("coupon.bad_uses", limit=MAX_OPEN_USES)
    return uses


@dataclass(frozen=True, slots=True)
class StoredCoupon:
    id: int
    code: str
    terms: CouponTerms
    member_id: int | None  # None: an open coupon, anyone may use it
    uses_allowed: int
    uses: int
    valid_from: dt.date
    valid_until: dt.date
    created_at: dt.datetime
    staff: str
    counter: str
    voided_at: dt.datetime | None = None
    voided_by: str | None = None
    campaign: str | None = None
    run_id: int | None = None

    def state(self, today: dt.date) -> CouponState:
        if self.voided_at is not None:
            return CouponState.VOIDED
        if self.uses >= self.uses_allowed:
            return CouponState.USED
        if today > self.valid_until:
            return CouponState.EXPIRED
        if today < self.valid_from:
            return CouponState.NOT_YET
        return CouponState.ACTIVE


@dataclass(frozen=True, slots=True)
class CouponUse:
    id: int
    coupon_id: int
    member_id: int
    purchase_id: int | None
    operation_id: str
    used_at: dt.datetime
    staff: str
    counter: str
    gross_rials: int | None
    discount_rials: int
    returned_at: dt.datetime | None = None
    staff_id: int | None = None

"""Money is an integer number of Rials, the smallest unit; no float ever holds it."""

from __future__ import annotations

import re

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.digits import fold_digits

MAX_AMOUNT_RIALS = 1_000_000_000_000
RIALS_PER_TOMAN = 10

# Thousands separators a person or a POS may send: comma, Persian/Arabic separators,
# apostrophe, underscore, spaces.
_SEPARATOR = r"[,\u066c\u060c'_\s\u00a0\u202f]"
THOUSANDS = re.compile(_SEPARATOR)
# Separators, where there are any, stand between groups of three: "12,5" is a decimal comma
# (12.5), not 125, and "1,0000" a slip of the finger.
_GROUPED = re.compile(rf"[+\-\u2212]?\d{{1,3}}(?:{_SEPARATOR}+\d{{3}})*")


def parse_whole_number(text: str, *, field: str) -> int:
    """An integer typed by a person, in any digits, with optional thousands separators."""
    folded = fold_digits(str(text)).strip()
    cleaned = THOUSANDS.sub("", folded)
    if not cleaned:
        raise InvalidInput("number.empty", field=field)
    if not re.fullmatch(r"[+\-\u2212]?\d+", cleaned):
        raise InvalidInput("number.not_a_number", field=field, value=str(text))
    if THOUSANDS.search(folded) and not _GROUPED.fullmatch(folded):
        raise InvalidInput("number.bad_grouping", field=field, value=str(text))
    return int(cleaned.replace("\u2212", "-"))


def check_amount(rials: int) -> int:
    if rials <= 0:
        raise InvalidInput("amount.not_positive", amount=rials)
    if rials > MAX_AMOUNT_RIALS:
        raise InvalidInput("amount.too_large", amount=rials, limit=MAX_AMOUNT_RIALS)
    return rials


def parse_amount(text: str) -> int:
    """An amount in Rials from user text; InvalidInput if empty, not a number or absurd."""
    return check_amount(parse_whole_number(text, field="amount"))


# A decimal point as a person may type it: full stop, Persian decimal separator, slash.
_DECIMAL = re.compile(r"\d[.\u066b/]\d*$|^[.\u066b/]\d")


def parse_amount_in(text: str, rials_per_unit: int) -> int:
    """An amount typed in the shop's unit (Toman or Rial) as Rials: whole, positive and
    possible, or InvalidInput saying which of these it is not. Nothing is silently dropped:
    "-5000" is not 5,000 and "12.5" is not 125."""
    cleaned = THOUSANDS.sub("", fold_digits(str(text)).strip())
    if not cleaned:
        raise InvalidInput("amount.empty")
    if _DECIMAL.search(cleaned):
        raise InvalidInput("amount.not_whole", value=str(text).strip())
    return check_amount(parse_whole_number(text, field="amount") * rials_per_unit)

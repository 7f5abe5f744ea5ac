"""Money is an integer number of Rials, the smallest unit; no float ever holds it.

A shop that counts in another currency keeps that currency's smallest unit in the same
integers (cents for a Euro with two decimals); the names stay "rials" throughout."""

from __future__ import annotations

import re

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.digits import fold_digits

MAX_AMOUNT_RIALS = 1_000_000_000_000
CURRENCY_NAME_MAX = 12
CURRENCY_DECIMALS_MAX = 3
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


def parse_amount_in(text: str, rials_per_unit: int, places: int = 0) -> int:
    """An amount typed in the shop's unit (Toman, Rial, or a currency with ``places``
    decimals) in the smallest unit: positive, possible and with no more decimals than the
    money has, or InvalidInput saying which of these it is not. Nothing is silently
    dropped or rounded: "-5000" is not 5,000, "12.5" Toman is not 125, "12.505" Euro is
    not 12.50 nor 12.51."""
    cleaned = THOUSANDS.sub("", fold_digits(str(text)).strip())
    if not cleaned:
        raise InvalidInput("amount.empty")
    return check_amount(parse_units(text, rials_per_unit, places))


_POINT = re.compile(r"[.\u066b/]")


def parse_units(text: str, rials_per_unit: int, places: int = 0, *, field: str = "amount") -> int:
    """A number typed in the shown unit, in the smallest unit, unchecked (it may be zero or
    negative); up to ``places`` decimals after a point (. or ٫ or the / a Persian keyboard
    gives), more refused, never rounded."""
    folded = fold_digits(str(text)).strip()
    cleaned = THOUSANDS.sub("", folded)
    if not _DECIMAL.search(cleaned):
        return parse_whole_number(text, field=field) * rials_per_unit
    if places <= 0:
        raise InvalidInput("amount.not_whole", value=str(text).strip())
    # _DECIMAL found a point, so there are two parts.
    whole_text, fraction = _POINT.split(folded, maxsplit=1)
    if not re.fullmatch(r"\d*", fraction):
        raise InvalidInput("number.not_a_number", field=field, value=str(text).strip())
    if len(fraction) > places:
        raise InvalidInput("amount.too_many_decimals", value=str(text).strip(), places=places)
    stripped = whole_text.strip()
    negative = stripped.startswith(("-", "\u2212"))
    digits = stripped.lstrip("+-\u2212")
    whole = parse_whole_number(digits, field=field) if digits else 0
    fraction_units = int(fraction.ljust(places, "0") or 0) * (rials_per_unit // int(10**places))
    amount = whole * rials_per_unit + fraction_units
    return -amount if negative else amount


def check_currency(name: str, decimals: int) -> tuple[str, int]:
    """Another currency as the owner names it: "€", "AED", "USD" — not empty, at most
    12 characters — with 0 to 3 decimals. Returns the name trimmed."""
    return check_currency_name(name), check_currency_decimals(decimals)


def check_currency_name(name: str) -> str:
    trimmed = name.strip()
    if not trimmed:
        raise InvalidInput("currency.name_empty")
    if len(trimmed) > CURRENCY_NAME_MAX:
        raise InvalidInput("currency.name_too_long", limit=CURRENCY_NAME_MAX)
    return trimmed


def check_currency_decimals(decimals: int) -> int:
    if not 0 <= decimals <= CURRENCY_DECIMALS_MAX:
        raise InvalidInput(
            "currency.decimals_out_of_range", value=decimals, limit=CURRENCY_DECIMALS_MAX
        )
    return decimals

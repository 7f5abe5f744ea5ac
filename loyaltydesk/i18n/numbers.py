"""Numbers and money as people read them, in either language."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from loyaltydesk.i18n.digits import localize_digits

PERSIAN_THOUSANDS = "٬"  # U+066C ARABIC THOUSANDS SEPARATOR
PERSIAN_DECIMAL = "٫"  # U+066B ARABIC DECIMAL SEPARATOR


class MoneyUnit(StrEnum):
    RIAL = "rial"
    TOMAN = "toman"


def format_int(value: int, language: str) -> str:
    text = f"{value:,}"
    if language == "fa":
        text = text.replace(",", PERSIAN_THOUSANDS).replace("-", "\u2212")
    return localize_digits(text, language)


def format_decimal(value: Decimal, language: str) -> str:
    """1234.5 as "1,234.5" (Persian digits and separators in Persian); no trailing ".0"."""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    fraction = fraction.rstrip("0")
    text = format_int(int(whole), language)
    if fraction:
        sep = PERSIAN_DECIMAL if language == "fa" else "."
        text += sep + localize_digits(fraction, language)
    if value < 0:
        text = ("\u2212" if language == "fa" else "-") + text
    return text


def is_one(value: int) -> bool:
    """Whether English writes the singular: "1 point", "−1 point", but "0 points" and "2 points".

    Callers choose between two whole sentences ("{points} point" / "{points} points"), each
    translated: Persian puts a noun after a number in the singular, so both read the same
    there. Sentences, not Qt's %n plurals, because every text here fills {placeholders}.
    """
    return abs(value) == 1


def format_points(value: int, language: str, *, signed: bool = False) -> str:
    text = format_int(value, language)
    if signed and value > 0:
        text = "+" + text
    return text


def format_money(rials: int, unit: MoneyUnit, language: str) -> str:
    """Amount in the shop's unit; 1 Toman = 10 Rials, shown with a decimal only if needed."""
    if unit is MoneyUnit.TOMAN:
        whole, tenth = divmod(abs(rials), 10)
        text = format_int(whole, language)
        if tenth:
            sep = PERSIAN_DECIMAL if language == "fa" else "."
            text += sep + localize_digits(str(tenth), language)
        if rials < 0:
            text = ("\u2212" if language == "fa" else "-") + text
        suffix = " تومان" if language == "fa" else " Toman"
    else:
        text = format_int(rials, language)
        suffix = " ریال" if language == "fa" else " Rial"
    return text + suffix

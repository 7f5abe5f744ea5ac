"""Numbers and money as people read them, in either language."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from loyaltydesk.i18n.bidi import isolate
from loyaltydesk.i18n.digits import localize_digits

PERSIAN_THOUSANDS = "٬"  # U+066C ARABIC THOUSANDS SEPARATOR
PERSIAN_DECIMAL = "٫"  # U+066B ARABIC DECIMAL SEPARATOR


class MoneyUnit(StrEnum):
    RIAL = "rial"
    TOMAN = "toman"
    OTHER = "other"  # the shop's own currency: a name and a number of decimals


@dataclass(frozen=True)
class Currency:
    """The money the shop counts in. The stored integer (``amount_rials``) is always the
    smallest unit: a Rial for Toman and Rial, a cent of a Euro with two decimals."""

    unit: MoneyUnit = MoneyUnit.TOMAN
    name: str = ""  # another currency only ("€", "AED")
    decimals: int = 0  # another currency only, 0..3

    @classmethod
    def of(cls, unit: MoneyUnit | Currency) -> Currency:
        return unit if isinstance(unit, Currency) else cls(unit)

    @property
    def per_unit(self) -> int:
        """Stored units in one shown unit: 10 Rials a Toman, 100 cents a Euro."""
        if self.unit is MoneyUnit.TOMAN:
            return 10
        if self.unit is MoneyUnit.OTHER:
            return int(10**self.decimals)
        return 1

    @property
    def places(self) -> int:
        """Decimals a person may type: whole Toman and Rial (as before), the currency's own."""
        return self.decimals if self.unit is MoneyUnit.OTHER else 0

    def label(self, language: str) -> str:
        """The unit's name in ``language`` (the shop's own name for another currency)."""
        if self.unit is MoneyUnit.OTHER:
            return self.name
        if self.unit is MoneyUnit.TOMAN:
            return "تومان" if language == "fa" else "Toman"
        return "ریال" if language == "fa" else "Rial"

    def number(self, amount: int, language: str) -> str:
        """``amount`` (smallest units) as a number in the shown unit, without its name:
        Toman with a tenth only when there is one, another currency with all its decimals."""
        if self.unit is MoneyUnit.RIAL or self.per_unit == 1:
            return format_int(amount, language)
        whole, part = divmod(abs(amount), self.per_unit)
        text = format_int(whole, language)
        if self.unit is MoneyUnit.OTHER or part:
            width = len(str(self.per_unit)) - 1
            sep = PERSIAN_DECIMAL if language == "fa" else "."
            text += sep + localize_digits(f"{part:0{width}d}", language)
        if amount < 0:
            text = ("\u2212" if language == "fa" else "-") + text
        return text

    def format(self, amount: int, language: str) -> str:
        label = self.label(language)
        if language == "fa" and self.unit is MoneyUnit.OTHER:
            # A Latin name ("EUR") must not turn a Persian line left to right: a line takes
            # its direction from its first strong letter, and an isolate is skipped.
            label = isolate(label)
        return f"{self.number(amount, language)} {label}"


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


def format_money(rials: int, unit: MoneyUnit | Currency, language: str) -> str:
    """Amount in the shop's unit; 1 Toman = 10 Rials, shown with a decimal only if needed;
    another currency with its decimals and name ("12.50 EUR")."""
    return Currency.of(unit).format(rials, language)

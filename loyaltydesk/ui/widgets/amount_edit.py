"""An amount field: Persian or Latin digits, live thousands separators, in the shop's unit."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from loyaltydesk.domain.money import (
    THOUSANDS,
    parse_amount_in,
    parse_units,
    parse_whole_number,
)
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.display import Display

# A number with a decimal point (., ٫ or the / of a Persian keyboard), thousands removed.
_WITH_POINT = re.compile(r"([0-9]*)[.\u066b/]([0-9]*)")


class AmountEdit(QLineEdit):
    started = Signal()  # the first keystroke of a new amount: the action begins here

    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._display = display
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._shown = ""  # the text as the field last showed it
        self._as_typed = False  # the cashier typed a separator: left exactly as typed
        self.textEdited.connect(self._reformat)

    def _reformat(self, text: str) -> None:
        if text.strip() and not self.property("had_text"):
            self.started.emit()
        self.setProperty("had_text", bool(text.strip()))
        inserted, self._shown = _inserted(self._shown, text), text
        if THOUSANDS.search(inserted):
            # "12,5": a separator the cashier typed is theirs, maybe a decimal comma; the
            # field must not swallow it and show 125 (the amount is checked on Enter).
            self._as_typed = True
        elif not THOUSANDS.search(text):
            self._as_typed = False
        if self._as_typed:
            return
        bare = THOUSANDS.sub("", fold_digits(text))
        with_point = _WITH_POINT.fullmatch(bare) if self._display.currency.places else None
        if with_point is not None:
            # 1250.5 in a currency with decimals: grouped like any amount, every digit kept
            # (too many decimals are refused on Enter, never cut here).
            whole, fraction = with_point.groups()
            point = "\u066b" if self._display.rtl else "."
            grouped = self._display.n(int(whole)) if whole else ""
            formatted = grouped + point + self._display.digits(fraction)
        elif not re.fullmatch(r"[0-9]*", bare):
            # "-5000" or "12.5" stay as typed: the cashier sees what will be refused and why,
            # instead of a different amount than the one typed.
            return
        else:
            digits = bare.lstrip("0")
            formatted = self._display.n(int(digits)) if digits else ""
        if formatted != text:
            self.setText(formatted)
            self.setCursorPosition(len(formatted))
            self._shown = formatted

    def rials(self) -> int:
        """The amount in Rials (another currency's smallest unit), typed in the shop's unit;
        InvalidInput saying what is wrong with it (empty, negative, not whole or more
        decimals than the money has, too large)."""
        currency = self._display.currency
        return parse_amount_in(self.text(), currency.per_unit, currency.places)

    def rials_text(self) -> str:
        """The amount in Rials as text (empty when nothing is typed); typed in Toman when the
        shop counts in Toman. InvalidInput when it is not a number as typed ("12,5"), or
        has more decimals than the money has."""
        if not self.text().strip():
            return ""
        currency = self._display.currency
        if currency.places:
            return str(parse_units(self.text(), currency.per_unit, currency.places))
        number = parse_whole_number(self.text(), field="amount")
        return str(number * currency.per_unit)

    def set_rials(self, rials: int | None) -> None:
        """Show an amount kept in Rials in the shop's unit (empty for None)."""
        if rials is None:
            self.clear_amount()
            return
        currency = self._display.currency
        if currency.places:
            shown = self._display.amount(rials)
        else:
            shown = self._display.n(rials // currency.per_unit)
        self.setText(shown)
        self._shown, self._as_typed = self.text(), False
        self.setProperty("had_text", True)

    def clear_amount(self) -> None:
        self.clear()
        self._shown, self._as_typed = "", False
        self.setProperty("had_text", False)


def _inserted(before: str, after: str) -> str:
    """What an edit put into the text: the part of ``after`` between what it shares with
    ``before`` at the start and at the end."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while (
        end < min(len(before), len(after)) - start
        and before[len(before) - 1 - end] == after[len(after) - 1 - end]
    ):
        end += 1
    return after[start : len(after) - end]

"""An amount field: Persian or Latin digits, live thousands separators, in the shop's unit."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from loyaltydesk.domain.money import RIALS_PER_TOMAN, parse_amount_in
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit

# What the field itself puts between groups of digits, in either language.
_SEPARATORS = re.compile(r"[,\u066c\u060c\s]")


class AmountEdit(QLineEdit):
    started = Signal()  # the first keystroke of a new amount: the action begins here

    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._display = display
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textEdited.connect(self._reformat)

    def _reformat(self, text: str) -> None:
        if text.strip() and not self.property("had_text"):
            self.started.emit()
        self.setProperty("had_text", bool(text.strip()))
        bare = _SEPARATORS.sub("", fold_digits(text))
        if not re.fullmatch(r"[0-9]*", bare):
            # "-5000" or "12.5" stay as typed: the cashier sees what will be refused and why,
            # instead of a different amount than the one typed.
            return
        digits = bare.lstrip("0")
        formatted = self._display.n(int(digits)) if digits else ""
        if formatted != text:
            self.setText(formatted)
            self.setCursorPosition(len(formatted))

    def rials(self) -> int:
        """The amount in Rials, typed in the shop's unit; InvalidInput saying what is wrong
        with it (empty, negative, not whole, too large)."""
        per_unit = RIALS_PER_TOMAN if self._display.unit is MoneyUnit.TOMAN else 1
        return parse_amount_in(self.text(), per_unit)

    def raw_text(self) -> str:
        """What was typed, digits folded, separators dropped (the service validates it)."""
        return "".join(ch for ch in fold_digits(self.text()) if ch.isdigit())

    def rials_text(self) -> str:
        """The amount in Rials as text; typed in Toman when the shop counts in Toman."""
        raw = self.raw_text()
        if raw and self._display.unit is MoneyUnit.TOMAN:
            return str(int(raw) * RIALS_PER_TOMAN)
        return raw

    def set_rials(self, rials: int | None) -> None:
        """Show an amount kept in Rials in the shop's unit (empty for None)."""
        if rials is None:
            self.clear_amount()
            return
        shown = rials // RIALS_PER_TOMAN if self._display.unit is MoneyUnit.TOMAN else rials
        self.setText(self._display.n(shown))
        self.setProperty("had_text", True)

    def clear_amount(self) -> None:
        self.clear()
        self.setProperty("had_text", False)

"""An amount field: Persian or Latin digits, live thousands separators, in the shop's unit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from loyaltydesk.domain.money import RIALS_PER_TOMAN
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit


class AmountEdit(QLineEdit):
    started = Signal()  # the first keystroke of a new amount: the action begins here

    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._display = display
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(24)
        self.textEdited.connect(self._reformat)

    def _reformat(self, text: str) -> None:
        digits = "".join(ch for ch in fold_digits(text) if ch.isdigit()).lstrip("0")
        if digits and not self.property("had_text"):
            self.started.emit()
        self.setProperty("had_text", bool(digits))
        formatted = self._display.n(int(digits)) if digits else ""
        if formatted != text:
            self.setText(formatted)
            self.setCursorPosition(len(formatted))

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

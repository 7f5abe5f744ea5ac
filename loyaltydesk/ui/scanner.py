"""Keyboard-wedge scanners: a card scanned anywhere in the window selects the member.

A scanner types the card number as a fast burst of keystrokes ending with Enter. With the
Persian layout active the digits arrive as Persian digits; they are folded. The burst still
reaches whichever field had focus, so when it turns out to be a scan, that field gets back
the text it had before the burst.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from loyaltydesk.domain.cards import CARD_NUMBER_LENGTH, is_card_number
from loyaltydesk.i18n.digits import fold_digits

# Scanners type a key every 2-20 ms; people rarely faster than every 60 ms.
MAX_GAP_SECONDS = 0.05


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Whether a scan should be taken now. The counter says no while a dialog is open: a
        # card scanned into the registration form's "introduced by" field belongs there.
        self.wanted: Callable[[], bool] = lambda: True
        self._buffer = ""
        self._last = 0.0
        self._field: QLineEdit | None = None
        self._field_text = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.isAutoRepeat():
            return False
        now = time.monotonic()
        text = fold_digits(event.text())
        key = event.key()
        if now - self._last > MAX_GAP_SECONDS:
            self._start_burst()
        self._last = now
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = self._buffer
            self._buffer = ""
            if len(code) == CARD_NUMBER_LENGTH and is_card_number(code) and self.wanted():
                self._restore_field(code)
                self.scanned.emit(code)
                return True  # the Enter belongs to the scan, not to the focused button
            return False
        if len(text) == 1 and text.isdigit():
            self._buffer += text
        else:
            self._buffer = ""
        return False

    def _start_burst(self) -> None:
        self._buffer = ""
        focused = QApplication.focusWidget()
        self._field = focused if isinstance(focused, QLineEdit) else None
        self._field_text = self._field.text() if self._field else ""

    def _restore_field(self, code: str) -> None:
        field = self._field
        if field is None:
            return
        if field.text() != self._field_text:
            field.setText(self._field_text)

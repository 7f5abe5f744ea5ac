"""Keyboard-wedge scanners: a card (or a coupon) scanned anywhere in the window is
recognised once.

A scanner types the card number as a fast burst of keystrokes ending with Enter. With the
Persian layout active the digits arrive as Persian digits; they are folded. The burst still
reaches whichever widget had focus, so when it turns out to be a scan, that widget gets back
what it held before the burst (a text, a number, a date): a scan never lands in a form.

Only fields marked with :data:`TAKES_SCANS` keep a scan typed into them (the counter's search,
the "introduced by" field of a registration), Enter included.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from loyaltydesk.domain.cards import CARD_NUMBER_LENGTH
from loyaltydesk.domain.coupons import is_coupon_code
from loyaltydesk.i18n.digits import fold_digits

# Scanners type a key every 2-20 ms; people rarely faster than every 60 ms.
MAX_GAP_SECONDS = 0.05
# A widget property: True on a field where a scanned card is an answer, not a lookup.
TAKES_SCANS = "takesScans"
T = TypeVar("T")


def looks_like_card(code: str) -> bool:
    """A burst shaped like a card: the counter takes it, and says so when its check digit
    is wrong, instead of letting twelve digits and an Enter land in the amount field."""
    return len(code) == CARD_NUMBER_LENGTH and code.isdigit() and code[0] not in "09"


def looks_like_coupon(code: str) -> bool:
    """A burst that is a coupon code, check digit included. Unlike a card, a wrong check
    digit is not taken: a scanner does not misread a printed coupon (its QR and Code128
    carry their own checks), while other 14-digit bursts starting with 9 exist (a GTIN-14
    label, a huge amount pasted); a code typed by hand with a slip is caught in the
    counter's search field instead, with the reason."""
    return is_coupon_code(code)


def mark_takes_scans(field: QWidget) -> None:
    field.setProperty(TAKES_SCANS, True)


def _snapshot(widget: QWidget | None) -> Callable[[], None] | None:
    """What the widget holds now, as a way to put it back; None for a widget that holds
    nothing a burst of digits could change."""
    if widget is None:
        return None
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox):
        widget = widget.parentWidget()  # a spin box's own editor: the spin box holds the value
    if isinstance(widget, QLineEdit):
        return _restorer(widget.text, widget.setText)
    if isinstance(widget, QDateTimeEdit):
        return _restorer(widget.dateTime, widget.setDateTime)
    if isinstance(widget, QSpinBox):
        return _restorer(widget.value, widget.setValue)
    if isinstance(widget, QDoubleSpinBox):
        return _restorer(widget.value, widget.setValue)
    if isinstance(widget, QPlainTextEdit):
        return _restorer(widget.toPlainText, widget.setPlainText)
    if isinstance(widget, QTextEdit):
        return _restorer(widget.toHtml, widget.setHtml)
    if isinstance(widget, QComboBox) and widget.isEditable():
        return _restorer(widget.currentText, widget.setEditText)
    return None


def _restorer(read: Callable[[], T], write: Callable[[T], object]) -> Callable[[], None]:
    """Put back what ``read`` returns now, if it has changed by then."""
    before = read()

    def restore() -> None:
        if read() != before:
            write(before)

    return restore


class ScannerFilter(QObject):
    """Installed on the application: sees every key press once, wherever focus is.

    Qt hands one key press to the window, then to the focused widget, then to each parent
    that does not accept it, and an application-wide filter sees every one of those
    deliveries. Only the first delivery of a press counts, or a digit typed while a button
    had focus would be counted five times.
    """

    scanned = Signal(str)
    # A scan arrived while a question was open: its Enter was kept from answering it.
    ignored = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buffer = ""
        self._last = 0.0
        self._restore: Callable[[], None] | None = None
        self._takes_scans = False
        self._event_pointer = 0
        self._receiver: QObject | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self._first_delivery(watched, event) or event.isAutoRepeat():
            return False
        now = time.monotonic()
        if now - self._last > MAX_GAP_SECONDS:
            # Where the keys go: the widget itself, or the focused one when the press came
            # to the window (as a real keyboard's does).
            self._start_burst(
                watched if isinstance(watched, QWidget) else QApplication.focusWidget()
            )
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code, self._buffer = self._buffer, ""
            if not (looks_like_card(code) or looks_like_coupon(code)):
                return False
            return self._recognised(code)
        text = fold_digits(event.text())
        if len(text) == 1 and text.isdigit():
            self._buffer += text
        else:
            self._buffer = ""
        return False

    def _recognised(self, code: str) -> bool:
        """A card was scanned: True when its Enter is used up here."""
        if self._takes_scans:
            return False  # the field asked for a card: the scan and its Enter are its own
        if self._restore is not None:
            self._restore()
        if isinstance(QApplication.activeModalWidget(), QMessageBox):
            # The Enter would answer the question on screen ("Give a free meal?") for the
            # customer before; the next customer's card waits until it is answered.
            self.ignored.emit(code)
            return True
        self.scanned.emit(code)
        return True  # the Enter belongs to the scan, not to the focused button

    def _start_burst(self, target: QWidget | None) -> None:
        self._buffer = ""
        self._takes_scans = bool(target is not None and target.property(TAKES_SCANS))
        self._restore = _snapshot(target)

    def _first_delivery(self, watched: QObject, event: QKeyEvent) -> bool:
        """False when this is the same key press handed on to a parent (or from the window
        to its focused widget); True for a new key press."""
        pointer = int(shiboken6.getCppPointer(event)[0])
        previous, self._receiver = self._receiver, watched
        if pointer != self._event_pointer or previous is None:
            self._event_pointer = pointer
            return True
        try:
            if isinstance(previous, QWindow):
                handed_on = (
                    isinstance(watched, QWidget) and watched.window().windowHandle() is previous
                )
            elif isinstance(previous, QWidget) and isinstance(watched, QWidget):
                handed_on = watched is not previous and watched.isAncestorOf(previous)
            else:
                handed_on = False
        except RuntimeError:  # the previous receiver is gone: this cannot be its press
            handed_on = False
        return not handed_on

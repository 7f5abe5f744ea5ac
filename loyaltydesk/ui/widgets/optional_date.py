"""An optional date: a box that says whether there is one, and the date typed year first in
the shop's calendar (Jalali in Persian), as every other date in the program reads.

A line edit, not a QDateEdit: a date edit's sections swallowed typed digits (only the year
changed) and read day/month/year. Here the cashier types 1370/05/21, ۱۳۷۰۰۵۲۱ or 1991-08-12,
sees it in the language's digits, and what is saved is exactly that day, or the form says
why it is not a date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from loyaltydesk.domain.dates import parse_day
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.i18n.display import Display

# Enough for 1370 / 05 / 21 with spaces around the separators; a longer text is no date.
_MAX_LENGTH = 16


class OptionalDateField(QWidget):
    def __init__(
        self,
        display: Display,
        label: str,
        default: dt.date | None = None,
        *,
        example: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._display = display
        self._default = default
        self.known = QCheckBox(label)
        self.edit = QLineEdit()
        self.edit.setMaxLength(_MAX_LENGTH)
        sample = example or default or dt.date(1991, 8, 12)
        # An explicit context: self.tr in a subclass (BirthdayField) would look these up
        # under the subclass's name.
        self.edit.setPlaceholderText(
            QCoreApplication.translate("OptionalDateField", "e.g. {date}").format(
                date=display.day(sample)
            )
        )
        self.edit.setToolTip(
            QCoreApplication.translate(
                "OptionalDateField", "Year, month and day, as {date}; separators may be left out."
            ).format(date=display.day(sample))
        )
        self.edit.setEnabled(False)
        self.known.toggled.connect(self._known_toggled)
        self.edit.textEdited.connect(self._localise_digits)
        self.edit.editingFinished.connect(self._tidy)
        self.setFocusProxy(self.edit)  # a form that points at a wrong date puts the cursor in it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def _known_toggled(self, known: bool) -> None:
        self.edit.setEnabled(known)
        if known and not self.edit.text() and self._default is not None:
            self.edit.setText(self._display.day(self._default))

    def _localise_digits(self, text: str) -> None:
        """Persian digits as they are typed (a Latin-layout keyboard gives Latin ones)."""
        shown = self._display.digits(text)
        if shown != text:
            cursor = self.edit.cursorPosition()
            self.edit.setText(shown)  # the same length: the cursor stays where it was
            self.edit.setCursorPosition(cursor)

    def _tidy(self) -> None:
        """A date that reads right is shown the way every date is (۱۳۷۰/۰۵/۲۱, 1991-08-12),
        so the cashier sees the day that will be saved; anything else is left as typed for
        the form to refuse with the reason."""
        try:
            day = parse_day(self.edit.text())
        except DomainError:
            return
        if day is not None:
            self.edit.setText(self._display.day(day))

    def value(self) -> dt.date | None:
        """The date, None when there is none; InvalidInput when the text is not a real day."""
        if not self.known.isChecked():
            return None
        text = self.edit.text()
        if not text.strip():
            raise InvalidInput("date.missing")
        return parse_day(text)

    def set_value(self, day: dt.date | None) -> None:
        self.edit.setText(self._display.day(day) if day is not None else "")
        self.known.setChecked(day is not None)

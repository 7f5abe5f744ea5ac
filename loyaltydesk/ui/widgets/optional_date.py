"""An optional date: a box that says whether there is one, and a date in the shop's calendar
(Jalali in Persian)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCalendar, QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from loyaltydesk.i18n.display import Display


class OptionalDateField(QWidget):
    def __init__(
        self,
        display: Display,
        label: str,
        default: dt.date,
        *,
        not_after_today: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.picker = QDateEdit()
        self.picker.setCalendarPopup(True)
        if display.language == "fa":
            self.picker.setCalendar(QCalendar(QCalendar.System.Jalali))
            self.picker.setLocale(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
        self.picker.setDisplayFormat("yyyy/MM/dd")
        self.picker.setDate(QDate(default.year, default.month, default.day))
        if not_after_today:
            self.picker.setMaximumDate(QDate.currentDate())
        self.picker.setEnabled(False)
        self.known.toggled.connect(self.picker.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.picker, 1)

    def value(self) -> dt.date | None:
        if not self.known.isChecked():
            return None
        chosen = self.picker.date().toPython()
        assert isinstance(chosen, dt.date)
        return chosen

    def set_value(self, day: dt.date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.picker.setDate(QDate(day.year, day.month, day.day))

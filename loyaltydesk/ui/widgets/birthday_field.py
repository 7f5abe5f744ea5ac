"""An optional birthday: a "known" box and a date in the shop's calendar (Jalali in Persian)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from loyaltydesk.i18n.display import Display
from loyaltydesk.ui.widgets.optional_date import OptionalDateField


class BirthdayField(OptionalDateField):
    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(
            display, self.tr("Known"), dt.date(1990, 1, 1), not_after_today=True, parent=parent
        )

"""An optional birthday: a "known" box and the day typed year first in the shop's calendar
(Jalali in Persian)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from loyaltydesk.i18n.display import Display
from loyaltydesk.ui.widgets.optional_date import OptionalDateField


class BirthdayField(OptionalDateField):
    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        # No default day: a made-up birthday would be saved if the cashier only ticked the
        # box. A birthday in the future or too long ago is refused by the membership service.
        super().__init__(
            display, self.tr("Known"), None, example=dt.date(1991, 8, 12), parent=parent
        )

"""How numbers, money, digits and times are shown in the shop's language and time zone.

One place for both the command line and the window, so they never disagree.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from loyaltydesk.i18n.bidi import LRI, PDI, isolate, paragraph
from loyaltydesk.i18n.calendar import (
    calendar_for,
    format_date,
    format_date_long,
    format_datetime,
)
from loyaltydesk.i18n.digits import localize_digits
from loyaltydesk.i18n.numbers import (
    Currency,
    MoneyUnit,
    format_decimal,
    format_int,
    format_money,
    format_points,
)


class Display:
    def __init__(
        self,
        language: str,
        unit: MoneyUnit | Currency,
        zone: ZoneInfo,
        calendar: str | None = None,
    ) -> None:
        self.language = language
        self.currency = Currency.of(unit)
        self.zone = zone
        # "jalali" or "gregorian": the shop's choice, else the language's own.
        self.calendar = calendar_for(language, calendar)

    @property
    def unit(self) -> MoneyUnit:
        return self.currency.unit

    @property
    def money_name(self) -> str:
        """The unit money is shown in: تومان, Rial, or the shop's own currency name."""
        return self.currency.label(self.language)

    @property
    def rtl(self) -> bool:
        return self.language == "fa"

    def n(self, value: int) -> str:
        return format_int(value, self.language)

    def decimal(self, value: Decimal) -> str:
        return format_decimal(value, self.language)

    def points(self, value: int, *, signed: bool = False) -> str:
        return format_points(value, self.language, signed=signed)

    def money(self, rials: int) -> str:
        return format_money(rials, self.currency, self.language)

    def amount(self, rials: int) -> str:
        """An amount as a number in the shown unit, without the unit's name (for a field)."""
        return self.currency.number(rials, self.language)

    def digits(self, text: str) -> str:
        return localize_digits(text, self.language)

    def code(self, text: str) -> str:
        """A card number, phone or receipt: its digits in the language, and kept left to right
        as one unit inside right-to-left text (else "0912 345" would show as "345 0912")."""
        shown = localize_digits(text, self.language)
        return f"{LRI}{shown}{PDI}" if self.rtl else shown

    def text(self, value: str) -> str:
        """Something a person wrote (a name, a reward), kept whole inside a sentence."""
        return isolate(value)

    def sentence(self, text: str) -> str:
        """A sentence laid out in the language's direction, whatever it starts with."""
        return paragraph(text, self.language)

    def when(self, value: dt.datetime | None) -> str:
        if value is None:
            return "-"
        return format_datetime(value.astimezone(self.zone), self.language, self.calendar)

    def day(self, value: dt.date | None) -> str:
        return format_date(value, self.language, self.calendar) if value else "-"

    def day_long(self, value: dt.date | None) -> str:
        return format_date_long(value, self.language, self.calendar) if value else "-"

    def local_date(self, value: dt.datetime) -> dt.date:
        return value.astimezone(self.zone).date()

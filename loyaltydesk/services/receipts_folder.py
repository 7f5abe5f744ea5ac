"""The watched receipts folder: a POS that can only export drops one file per sale into a
folder the owner chose, and each file is credited as the API's `POST /v1/credit` would be.

This module reads a file's bytes into a sale and credits it; watching the folder, waiting
for a file to be complete and moving it to done/ or failed/ is the adapter's
(devices/receipts_folder.py). The file formats and the amount rule are in the README
("Receipts from a folder").

The operation id comes from the sale itself (who, amount, receipt, time), so a file dropped
twice, or one the program credited just before it crashed and never moved, is credited once.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from loyaltydesk.domain.dates import parse_local_datetime
from loyaltydesk.domain.errors import DomainError, InvalidInput, StorageError
from loyaltydesk.domain.money import check_amount, parse_amount_in
from loyaltydesk.domain.phones import digits_only
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.numbers import Currency, MoneyUnit
from loyaltydesk.services.counter import CounterService, clean_receipt
from loyaltydesk.services.ports import Clock
from loyaltydesk.services.views import CreditResult

# The POS the audit trail names for every folder credit (the API names its token).
FOLDER_COUNTER = "receipts folder"
DONE = "done"
FAILED = "failed"
SUFFIXES = (".json", ".csv")
# The names a sale's fields have, in JSON keys and CSV column headers alike: the API's.
FIELDS = ("card", "phone", "amount_rials", "amount_toman", "receipt", "at")
_AMOUNTS = {"amount_rials": 1, "amount_toman": 10}
# A receipt dated further ahead than this is a wrong date (day and month swapped, a year
# mistyped), not a POS clock a little fast or a zone written wrong: it is not credited.
AHEAD_LIMIT = dt.timedelta(days=1)
# Said about a file that may still be being written: the adapter reads it again a while
# before it gives up on it. A complete file with one of these is malformed all the same.
INCOMPLETE = frozenset(
    {"receipts.bad_json", "receipts.not_utf8", "receipts.csv_no_sale", "receipts.csv_columns"}
)


def is_receipt_name(name: str) -> bool:
    """A file the POS dropped as a sale: .json or .csv, not hidden, not an editor's or a
    writer's temporary file (~$sale.csv, sale.json~; sale.json.tmp ends otherwise)."""
    lower = name.lower()
    return not name.startswith((".", "~")) and lower.endswith(SUFFIXES)


@dataclass(frozen=True, slots=True)
class Sale:
    """One sale as the file gives it, checked; ``at`` is UTC (None: not given)."""

    ref: str  # the card or phone, as written
    amount_rials: int
    receipt: str
    at: dt.datetime | None

    @property
    def op_id(self) -> str:
        # The member's digits, not the text: "0912 123 4567" and "09121234567" are one sale.
        parts = (
            digits_only(self.ref),
            str(self.amount_rials),
            self.receipt,
            self.at.isoformat() if self.at else "",
        )
        return "folder:" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:40]


class Outcome(StrEnum):
    CREDITED = "credited"
    ALREADY_CREDITED = "already_credited"  # this very sale was credited before: done/
    FAILED = "failed"  # the file's fault (or refused): failed/, with the reason
    RETRY = "retry"  # the database's fault: the file stays and is tried again


@dataclass(frozen=True, slots=True)
class Handled:
    outcome: Outcome
    sale: Sale | None
    result: CreditResult | None = None
    error: DomainError | None = None


def read_sale(name: str, data: bytes, currency: Currency, zone: ZoneInfo) -> Sale:
    """The sale in a file's bytes (``name`` says the format), or InvalidInput saying what is
    wrong; a code in INCOMPLETE may mean the file is not fully written yet."""
    try:
        # utf-8-sig: Windows programs begin UTF-8 with a byte-order mark, others do not.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("receipts.not_utf8") from None
    fields = _json_fields(text) if name.lower().endswith(".json") else _csv_fields(text)
    return _sale(fields, currency, zone)


def _json_fields(text: str) -> dict[str, Any]:
    try:
        body = json.loads(text)
    except json.JSONDecodeError:
        raise InvalidInput("receipts.bad_json") from None
    if not isinstance(body, dict):
        raise InvalidInput("receipts.bad_json")
    fields: dict[str, Any] = {}
    for key, value in body.items():
        if value is None:
            continue
        # bool is an int in Python; JSON's true is not an amount.
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise InvalidInput("receipts.not_text_or_number", key=key)
        fields[key] = value
    return fields


def _csv_fields(text: str) -> dict[str, Any]:
    lines = text.splitlines()
    header = lines[0] if lines else ""
    # The header's names are ours and ASCII: whichever of ; , or tab it holds is the
    # separator (Excel writes ; where the system lists with ;, and , is the thousands sign).
    delimiter = max(";,\t", key=header.count)
    rows = [
        r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip() for c in r)
    ]
    if len(rows) < 2:
        raise InvalidInput("receipts.csv_no_sale")
    if len(rows) > 2:
        raise InvalidInput("receipts.csv_many_sales", count=len(rows) - 1)
    names = [n.strip().lower() for n in rows[0]]
    for name in names:
        if names.count(name) > 1:
            raise InvalidInput("receipts.csv_duplicate_column", key=name)
    if len(rows[1]) != len(names):
        raise InvalidInput("receipts.csv_columns", found=len(rows[1]), expected=len(names))
    return {n: v.strip() for n, v in zip(names, rows[1], strict=True) if v.strip()}


def _sale(fields: dict[str, Any], currency: Currency, zone: ZoneInfo) -> Sale:
    for key in fields:
        if key not in FIELDS:
            # A bare "amount" says neither Rials nor Toman: a guess would be off by ten.
            code = "receipts.amount_unit" if key == "amount" else "receipts.unknown_field"
            raise InvalidInput(code, key=key)
    given = [k for k in ("card", "phone") if k in fields]
    if len(given) != 1:
        raise InvalidInput("receipts.card_or_phone")
    amounts = [k for k in _AMOUNTS if k in fields]
    if len(amounts) != 1:
        raise InvalidInput("receipts.one_amount")
    if "receipt" not in fields:
        # Without its number two equal sales (two coffees, same card) would be one.
        raise InvalidInput("receipts.receipt_missing")
    receipt = clean_receipt(str(fields["receipt"]))
    if receipt is None:
        raise InvalidInput("receipts.receipt_missing")
    at = _time(str(fields["at"]), zone) if "at" in fields else None
    return Sale(
        str(fields[given[0]]), _amount(amounts[0], fields[amounts[0]], currency), receipt, at
    )


def _amount(key: str, value: str | int, currency: Currency) -> int:
    per = _AMOUNTS[key]
    if per != 1 and currency.unit is MoneyUnit.OTHER:
        raise InvalidInput("receipts.toman_not_shop_money", key=key)
    if isinstance(value, int):
        return check_amount(value * per)
    # Persian digits and thousands separators as a person writes them; no decimals: a Rial
    # or Toman amount is whole, and "12.5" is refused rather than read as 125 or 12.
    return parse_amount_in(value, per, 0)


def _time(text: str, zone: ZoneInfo) -> dt.datetime:
    """ISO with an offset (2026-12-03T14:05:00+03:30) as written; without one, the shop's
    local time, Jalali or Gregorian, as the command line and the API take it."""
    folded = fold_digits(text.strip())
    try:
        parsed = dt.datetime.fromisoformat(folded.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
    if parsed is not None and parsed.tzinfo is not None:
        return parsed.astimezone(dt.UTC)
    return parse_local_datetime(folded, zone)


class ReceiptsFolderService:
    """Reads and credits the folder's sales; one call per file."""

    def __init__(
        self, counter: CounterService, clock: Clock, currency: Currency, zone: ZoneInfo
    ) -> None:
        self._counter = counter
        self._clock = clock
        self._currency = currency
        self._zone = zone

    def read(self, name: str, data: bytes) -> Sale:
        return read_sale(name, data, self._currency, self._zone)

    def credit(self, sale: Sale, actor: Actor) -> Handled:
        """Credit ``sale`` as ``actor`` (their account, at the counter FOLDER_COUNTER).

        The sale's time is when the purchase happened, not a paper log's past purchase: a
        receipt that waited through an outage counts on its own day and is not shown as
        entered later; a POS clock ahead of this one gives the time of crediting, and a date
        more than AHEAD_LIMIT ahead is refused as a wrong date."""
        if sale.at is not None and sale.at > self._clock() + AHEAD_LIMIT:
            refused = InvalidInput("receipts.dated_ahead", at=sale.at.astimezone(self._zone))
            return Handled(Outcome.FAILED, sale, error=refused)
        try:
            result = self._counter.credit_member(
                sale.op_id,
                sale.ref,
                sale.amount_rials,
                actor,
                receipt_no=sale.receipt,
                offline_at=sale.at,
            )
        except StorageError as error:
            # The database does not answer (a shared club's line dropped) or cannot write:
            # not the receipt's fault. It stays in the folder, as the counter's queue keeps
            # a sale, and is tried again.
            return Handled(Outcome.RETRY, sale, error=error)
        except DomainError as error:
            return Handled(Outcome.FAILED, sale, error=error)
        outcome = Outcome.ALREADY_CREDITED if result.replayed else Outcome.CREDITED
        return Handled(outcome, sale, result)


def folder_actor(actor: Actor) -> Actor:
    """Who a folder credit is recorded as: the account in charge, at the folder."""
    return replace(actor, counter=FOLDER_COUNTER)


def check_receipts_folder(text: str, *, on: bool) -> str:
    """The folder the owner chose, trimmed: a folder that is there, when it is to be
    watched (one switched off may be chosen ahead, or be on a drive not plugged in)."""
    folder = text.strip()
    if not on:
        return folder
    if not folder:
        raise InvalidInput("receipts.folder_empty")
    if not Path(folder).expanduser().is_dir():
        raise InvalidInput("receipts.no_folder", path=folder)
    return folder

"""Members brought in from another system's list (CSV or XLSX): which column holds what, and
each row normalised as registration would take it, or refused with a message key.

Pure: the file reader (devices/) hands rows of cells over, the import service writes them.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from loyaltydesk.domain.dates import parse_date
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.ledger import MAX_ADJUSTMENT_POINTS
from loyaltydesk.domain.members import (
    check_email,
    check_name,
    check_national_code,
    check_notes,
)
from loyaltydesk.domain.money import parse_whole_number
from loyaltydesk.domain.phones import national_mobile_digits, parse_mobile
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.text import fold_name

# A file with more data rows than this is refused before anything is written: a club's
# member list is thousands or tens of thousands; beyond this it is a wrong file (a sales
# log, an export of something else) more often than a club.
MAX_IMPORT_ROWS = 200_000
# What the cards table holds (cards.number is String(20)).
MAX_CODE_LENGTH = 20
PREVIEW_ROWS = 20

# What a reader hands over for one cell: text from a CSV, a typed value from a spreadsheet.
Cell = str | int | float | dt.datetime | dt.date | None


class Field(enum.StrEnum):
    NAME = "name"
    PHONE = "phone"
    BIRTHDAY = "birthday"
    NATIONAL_CODE = "national_code"
    EMAIL = "email"
    CARD = "card"
    OPENING = "opening"
    JOINED = "joined"
    NOTES = "notes"


REQUIRED_FIELDS = (Field.NAME, Field.PHONE)

# Header words that name each field, folded (see _fold_header), in English and Persian.
_HEADER_WORDS: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        "name",
        "fullname",
        "customer",
        "customername",
        "member",
        "membername",
        "نام",
        "نامونامخانوادگی",
        "نامکامل",
        "نامخانوادگی",
        "مشتری",
        "ناممشتری",
        "عضو",
    ),
    Field.PHONE: (
        "phone",
        "mobile",
        "mobilenumber",
        "cell",
        "cellphone",
        "tel",
        "telephone",
        "phonenumber",
        "موبایل",
        "موبایل",
        "تلفن",
        "تلفنهمراه",
        "شمارهموبایل",
        "شمارهتلفن",
        "همراه",
        "شمارههمراه",
    ),
    Field.BIRTHDAY: (
        "birthday",
        "birthdate",
        "dateofbirth",
        "dob",
        "born",
        "تاریختولد",
        "تولد",
    ),
    Field.NATIONAL_CODE: (
        "nationalcode",
        "nationalid",
        "nationalnumber",
        "melli",
        "codemelli",
        "کدملی",
        "شمارهملی",
        "کدملي",
    ),
    Field.EMAIL: ("email", "mail", "emailaddress", "ایمیل", "پستالکترونیک", "رایانامه"),
    Field.CARD: (
        "card",
        "cardnumber",
        "cardno",
        "membercard",
        "code",
        "barcode",
        "شمارهکارت",
        "کارت",
        "کدکارت",
        "بارکد",
        "کداشتراک",
        "شمارهعضویت",
    ),
    Field.OPENING: (
        "balance",
        "points",
        "openingbalance",
        "pointsbalance",
        "credit",
        "مانده",
        "امتیاز",
        "ماندهامتیاز",
        "امتیازات",
        "اعتبار",
        "موجودی",
    ),
    Field.JOINED: (
        "joined",
        "joinedat",
        "joindate",
        "joinedon",
        "membersince",
        "registered",
        "registrationdate",
        "signup",
        "تاریخعضویت",
        "عضویت",
        "تاریخثبتنام",
        "تاریخثبت",
    ),
    Field.NOTES: (
        "notes",
        "note",
        "remarks",
        "remark",
        "comment",
        "comments",
        "توضیحات",
        "توضیح",
        "یادداشت",
        "یادداشتها",
        "ملاحظات",
    ),
}

_HEADER_NOISE = re.compile(r"[\s_\-./:()\[\]#*\u200c]+")


def _fold_header(text: str) -> str:
    return _HEADER_NOISE.sub("", fold_name(text))


def guess_mapping(headers: Sequence[str]) -> dict[Field, int]:
    """The column of each field, judged from the header row; a field no header names is
    left out (the person maps it by hand). Exact names win over a header that only
    begins with one ("Mobile 1")."""
    folded = [_fold_header(h) for h in headers]
    words = {f: {_fold_header(w) for w in ws} for f, ws in _HEADER_WORDS.items()}
    mapping: dict[Field, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for fld in Field:
            if fld in mapping:
                continue
            for index, header in enumerate(folded):
                if index in used or not header:
                    continue
                hit = header in words[fld] or (
                    not exact and any(header.startswith(w) for w in words[fld] if len(w) > 2)
                )
                if hit:
                    mapping[fld] = index
                    used.add(index)
                    break
    return mapping


def check_mapping(mapping: Mapping[Field, int], columns: int) -> None:
    """Refuse a mapping that lacks a name or a mobile, or names a column twice or one the
    file does not have."""
    for fld in REQUIRED_FIELDS:
        if fld not in mapping:
            raise InvalidInput("import.field_unmapped", field=fld.value)
    seen: dict[int, Field] = {}
    for fld, index in mapping.items():
        if not 0 <= index < columns:
            raise InvalidInput("import.no_such_column", field=fld.value, column=index + 1)
        if index in seen:
            raise InvalidInput(
                "import.column_twice", column=index + 1, field=fld.value, other=seen[index].value
            )
        seen[index] = fld


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One row as it will be registered."""

    line: int  # the row's number in the file (a spreadsheet's row; the header is row 1)
    name: str
    phone: str  # canonical +989XXXXXXXXX
    birthday: dt.date | None = None
    national_code: str | None = None
    email: str | None = None
    card: str | None = None  # another system's code, kept as an alternate code
    opening: int = 0
    joined: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Refusal:
    """A row that is not imported, and why (a message key of ui/error_text with params)."""

    line: int
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    cells: tuple[str, ...] = ()


FORMULA_STARTS = ("=", "+", "-", "@")


def cell_text(value: Cell) -> str:
    """A cell as the person sees it: an Excel whole number without its ".0", a date as
    ISO, text as it is."""
    if type(value) is str:  # what a CSV gives, every cell: first
        text = value.strip()
        # The quote a spreadsheet (and our own refused-rows file) puts before a cell that
        # would read as a formula: '+98 912…, '-50. A fixed row comes back with it.
        return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_STARTS else text
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def is_blank(cells: Sequence[Cell]) -> bool:
    return all(cell_text(c) == "" for c in cells)


# "9121234567.0": a phone column that Excel held as numbers, saved to CSV.
_EXCEL_WHOLE = re.compile(r"(\d+)\.0+")
# Another system's code: digits and Latin letters, perhaps with dashes or spaces between
# groups (dropped, as a scanner never types them).
_CODE = re.compile(r"[0-9A-Za-z]+")
_CODE_SEPARATORS = re.compile(r"[\s\-]")


def _excel_whole(text: str) -> str:
    folded = fold_digits(text).strip()
    match = _EXCEL_WHOLE.fullmatch(folded)
    return match.group(1) if match else folded


def _phone(value: Cell) -> str:
    if type(value) is str and len(value) == 11 and value.startswith("09") and value.isdigit():
        # As most lists have it (ASCII 09XXXXXXXXX): the rest only for what is not.
        return "+98" + value[1:]
    text = _excel_whole(cell_text(value))
    digits = re.sub(r"[\s\-()]", "", text)
    # A number column loses the leading 0: 9121234567 is still 09121234567.
    if digits.isdigit() and len(digits) == 10 and digits.startswith("9"):
        text = "0" + digits
    return parse_mobile(text)


def _day(value: Cell, key: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    if not text:
        return None
    # A spreadsheet's date and time as text: the day is what counts.
    day_text = fold_digits(text).replace("T", " ").split(" ")[0]
    day = _parse_day(day_text)
    if day is None:
        raise InvalidInput(key, value=text)
    return day


@functools.lru_cache(maxsize=8192)
def _parse_day(text: str) -> dt.date | None:
    # A member list repeats its days (birthdays, joining days): each is parsed once.
    try:
        return parse_date(text)
    except InvalidInput:
        return None


def _code(value: Cell) -> str | None:
    text = _CODE_SEPARATORS.sub("", _excel_whole(cell_text(value)))
    if not text:
        return None
    if not _CODE.fullmatch(text):
        raise InvalidInput("import.card_malformed", card=cell_text(value))
    if len(text) > MAX_CODE_LENGTH:
        raise InvalidInput("import.card_too_long", card=text, limit=MAX_CODE_LENGTH)
    if national_mobile_digits(text) is not None:
        # Typed at the counter it would find the member whose mobile it is.
        raise InvalidInput("import.card_is_phone", card=text)
    return text.upper()


def _opening(value: Cell) -> int:
    if isinstance(value, bool):
        raise InvalidInput("import.bad_opening", value=str(value))
    if isinstance(value, int):
        points = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise InvalidInput("import.bad_opening", value=cell_text(value))
        points = int(value)
    else:
        text = _excel_whole(cell_text(value))
        if not text:
            return 0
        try:
            points = parse_whole_number(text, field="opening")
        except InvalidInput:
            raise InvalidInput("import.bad_opening", value=cell_text(value)) from None
    if points < 0:
        raise InvalidInput("import.negative_opening", value=points)
    if points > MAX_ADJUSTMENT_POINTS:
        raise InvalidInput("import.opening_too_large", value=points, limit=MAX_ADJUSTMENT_POINTS)
    return points


def normalise(
    line: int,
    cells: Sequence[Cell],
    mapping: Mapping[Field, int],
    today: dt.date,
    shown: tuple[str, ...] | None = None,
) -> ImportRow | Refusal:
    """The row as registration takes it, or a refusal with the first thing wrong.
    ``shown`` is the cells as text (cell_text), when the caller has them already."""

    def cell(fld: Field) -> Cell:
        index = mapping.get(fld)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    if shown is None:
        shown = tuple(cell_text(c) for c in cells)
    try:
        name = check_name(cell_text(cell(Field.NAME)))
        phone = _phone(cell(Field.PHONE))
        birthday = _day(cell(Field.BIRTHDAY), "import.bad_birthday")
        if birthday is not None and not dt.date(1900, 1, 1) <= birthday <= today:
            raise InvalidInput("import.birthday_out_of_range", value=birthday.isoformat())
        code_text = cell_text(cell(Field.NATIONAL_CODE))
        national = check_national_code(_excel_whole(code_text)) if code_text else None
        email = check_email(cell_text(cell(Field.EMAIL)))
        card = _code(cell(Field.CARD))
        opening = _opening(cell(Field.OPENING))
        joined = _day(cell(Field.JOINED), "import.bad_joined")
        if joined is not None and joined > today:
            raise InvalidInput("import.joined_in_future", value=joined.isoformat())
        notes = check_notes(cell_text(cell(Field.NOTES)))
    except DomainError as exc:
        return Refusal(line, exc.code, dict(exc.params), shown)
    return ImportRow(
        line=line,
        name=name,
        phone=phone,
        birthday=birthday,
        national_code=national,
        email=email,
        card=card,
        opening=opening,
        joined=joined,
        notes=notes,
    )


def alternate_code(text: str) -> str | None:
    """``text`` (digits folded, separators dropped) as an alternate code is stored, or None
    when it cannot be one; what a cashier types or a scanner sends finds it either way."""
    code = _CODE_SEPARATORS.sub("", text).upper()
    if not code or len(code) > MAX_CODE_LENGTH or not code.isascii() or not code.isalnum():
        return None
    return code


class Duplicates:
    """Rows of one file that name a member an earlier row already names."""

    def __init__(self) -> None:
        self._phones: dict[str, int] = {}
        self._codes: dict[str, int] = {}
        self._cards: dict[str, int] = {}

    def check(self, row: ImportRow, cells: tuple[str, ...] = ()) -> Refusal | None:
        first = self._phones.get(row.phone)
        if first is not None:
            return Refusal(row.line, "import.same_member_as_row", {"row": first}, cells)
        if row.national_code is not None:
            first = self._codes.get(row.national_code)
            if first is not None:
                return Refusal(row.line, "import.national_code_as_row", {"row": first}, cells)
        if row.card is not None:
            first = self._cards.get(row.card)
            if first is not None:
                return Refusal(row.line, "import.card_as_row", {"row": first}, cells)
        self._phones[row.phone] = row.line
        if row.national_code is not None:
            self._codes[row.national_code] = row.line
        if row.card is not None:
            self._cards[row.card] = row.line
        return None

"""Report tables leave the program as files a spreadsheet opens: CSV and XLSX.

Values go out as values, not as the text on screen: a number is plain ASCII digits (a
spreadsheet adds it up), money stays in the unit its column says (Kind.RIALS in Rials,
Kind.MONEY in the shop's unit), a date is a date. Every file is written to a temporary file
beside the target and renamed over it, so an export that fails (no room, no permission, a
name that is a folder) leaves nothing half-written behind. A symbolic link is written
through; a name that is a device, a pipe or a socket is refused (renaming over it would
replace it). A new file gets the mode any new file gets (0666 less the umask), a replaced
one keeps its own.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import io
import json
import os
import re
import secrets
import stat
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from loyaltydesk.domain.audit import AuditLine
from loyaltydesk.domain.errors import DeviceError, DomainError, InvalidInput
from loyaltydesk.i18n.calendar import JALALI, calendar_for, gregorian_to_jalali
from loyaltydesk.services.report_tables import Cell, Kind, Table

# Excel's limit on a sheet name, and what it refuses in one.
SHEET_NAME_LIMIT = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
# A text cell starting with these is read as a formula by Excel and LibreOffice: a member
# named "=HYPERLINK(…)" must stay a name (OWASP's advice on CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"\+?[0-9]+")
_NUMBERS = (Kind.COUNT, Kind.RIALS, Kind.MONEY, Kind.PERCENT, Kind.NUMBER)
MAX_COLUMN_WIDTH = 60
# A folder that takes no new file: bad input (exit 2), not a failing device.
_REFUSED = (errno.EROFS, errno.EACCES, errno.EPERM)
DATE_FORMAT = "yyyy-mm-dd"


def write_csv(
    path: Path, table: Table, *, language: str = "en", calendar: str | None = None
) -> Path:
    """One table as CSV: UTF-8 with a BOM (so Excel shows Persian), a header row of column
    titles, then one row per table row. Dates are ISO in English and Jalali yyyy/mm/dd in
    Persian (or in the ``calendar`` the shop chose: ISO Gregorian, yyyy/mm/dd Jalali),
    always in ASCII digits. Returns the file's full path."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_safe_text(c.title) for c in table.columns])
    for row in table.rows:
        cells = zip(row, table.columns, strict=True)
        writer.writerow(
            [_csv_value(cell, column.kind, language, calendar) for cell, column in cells]
        )
    data = buffer.getvalue().encode("utf-8-sig")
    return write_atomically(path, lambda out: out.write(data))


AUDIT_CSV_COLUMNS = (
    "id",
    "at",
    "kind",
    "staff",
    "counter",
    "approver",
    "subject",
    "before",
    "after",
)


def write_audit_csv(path: Path, lines: Sequence[AuditLine]) -> Path:
    """The audit trail as CSV, for the owner's window and the command line alike: the stored
    values (kind keys, UTC times, the changed fields as JSON), not the screen's wording, so
    a file from either is read the same way. Returns the file's full path."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(AUDIT_CSV_COLUMNS)
    for line in lines:
        writer.writerow(
            [
                line.id,
                _utc_text(line.at),
                line.kind,
                _safe_text(line.staff),
                _safe_text(line.counter),
                _safe_text(line.approver or ""),
                _safe_text(line.subject or ""),
                json.dumps(line.before, ensure_ascii=False) if line.before else "",
                json.dumps(line.after, ensure_ascii=False) if line.after else "",
            ]
        )
    # utf-8-sig: a spreadsheet opened by a double click reads the Persian names right.
    data = buffer.getvalue().encode("utf-8-sig")
    return write_atomically(path, lambda out: out.write(data))


def _utc_text(value: dt.datetime | None) -> str | None:
    """A moment as ISO 8601 in UTC with a Z, as every export and JSON answer writes it."""
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else None


def write_xlsx(
    path: Path, tables: Sequence[Table], rtl: bool, *, calendar: str | None = None
) -> Path:
    """Each table on its own sheet (named after its title, unique, at most 31 characters):
    numbers as numbers, dates as dates, the header bold and frozen, columns wide enough to
    read, the sheet right to left when ``rtl``. Returns the file's full path.

    A shop keeping Jalali books (``calendar``, else the language's own: Persian's is Jalali)
    gets its dates as yyyy/mm/dd Jalali text, as in its CSV: a spreadsheet's date cell is
    Gregorian by nature, and an accountant there reads 1405/09/11, not 2026-12-02."""
    from openpyxl import Workbook  # only an export needs it
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)
    used: set[str] = set()
    bold = Font(bold=True)
    jalali = calendar_for("fa" if rtl else "en", calendar) == JALALI
    for table in tables or (Table("", (), ()),):
        sheet = book.create_sheet(sheet_name(table.title, used))
        sheet.sheet_view.rightToLeft = rtl
        widths = [len(c.title) for c in table.columns]
        for col, column in enumerate(table.columns, start=1):
            cell = sheet.cell(row=1, column=col)
            _set_text(cell, column.title)
            cell.font = bold
        for r, row in enumerate(table.rows, start=2):
            for col, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
                cell = sheet.cell(row=r, column=col)
                _set_xlsx_value(cell, value, column.kind, jalali)
                widths[col - 1] = max(widths[col - 1], len(value.shown))
        sheet.freeze_panes = "A2"
        for col, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(col)].width = min(
                max(width + 2, 8), MAX_COLUMN_WIDTH
            )
    data = io.BytesIO()
    book.save(data)
    return write_atomically(path, lambda out: out.write(data.getvalue()))


def write_bytes(path: Path, data: bytes) -> Path:
    """Any finished file (a PDF) written whole or not at all."""
    return write_atomically(path, lambda out: out.write(data))


def check_target(path: Path) -> Path:
    """The full path of a file that can be written at ``path``, or the reason it cannot:
    asked before a long report is computed, so a typo costs nothing. A trial file is made
    and removed in the folder: only that answers for root, a read-only disk or /proc."""
    target, real, _ = _resolve(path)
    try:
        handle, partial = _create_partial(real, None)
    except OSError as error:
        raise _not_created(target, real, error) from error
    os.close(handle)
    with contextlib.suppress(OSError):
        partial.unlink()
    return target


def write_atomically(path: Path, write: Callable[[IO[bytes]], Any]) -> Path:
    """Write through ``write`` into a temporary file in the target's folder, then rename it
    over the target: a reader sees the old file or the new one, never half of one. A
    symbolic link is written through (the file it names is replaced, the link stays)."""
    target, real, mode = _resolve(path)
    try:
        handle, partial = _create_partial(real, mode)
    except OSError as error:
        raise _not_created(target, real, error) from error
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, real)
    except BaseException as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(error, PermissionError):
            raise InvalidInput("export.not_writable", path=str(real.parent)) from None
        if isinstance(error, IsADirectoryError):
            raise InvalidInput("export.is_folder", path=str(target)) from None
        if isinstance(error, OSError):
            raise _write_failed(target, error, real.parent) from error
        raise
    return target


def _resolve(path: Path) -> tuple[Path, Path, int | None]:
    """(the full path asked for, the file really written after following symbolic links,
    the mode to keep: the existing file's, or None for a new one). Only a regular file is
    ever replaced: renaming over /dev/full, a pipe or a socket would replace the device
    itself, not write to it."""
    target = path.expanduser().absolute()
    real = Path(os.path.realpath(target))
    try:
        found = os.stat(real)
    except FileNotFoundError:
        found = None
    except NotADirectoryError:
        raise InvalidInput("export.folder_missing", path=str(real.parent)) from None
    except OSError as error:
        if error.errno == errno.ELOOP:  # a link that names itself in the end
            raise InvalidInput("export.not_a_file", path=str(target)) from None
        raise _write_failed(target, error, real.parent) from error
    if found is not None:
        if stat.S_ISDIR(found.st_mode):
            raise InvalidInput("export.is_folder", path=str(target))
        if not stat.S_ISREG(found.st_mode):
            raise InvalidInput("export.not_a_file", path=str(target))
    if not real.parent.is_dir():
        raise InvalidInput("export.folder_missing", path=str(real.parent))
    if not os.access(real.parent, os.W_OK | os.X_OK):
        raise InvalidInput("export.not_writable", path=str(real.parent))
    # The permission bits only: a report is never a program to run set-user-id.
    return target, real, found.st_mode & 0o777 if found is not None else None


def _create_partial(real: Path, mode: int | None) -> tuple[int, Path]:
    """A new empty file beside ``real`` (hidden, named after it), open for writing. Created
    with mode 0666 so the kernel applies the umask as for any new file (mkstemp's 0600 made
    every PDF private); ``mode`` is the replaced file's, kept."""
    for _ in range(100):
        partial = real.with_name(f".{real.name}.{secrets.token_hex(4)}.partial")
        try:
            handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        except FileExistsError:
            continue
        if mode is not None:
            try:
                os.fchmod(handle, mode)
            except OSError:
                os.close(handle)
                with contextlib.suppress(OSError):
                    partial.unlink()
                raise
        return handle, partial
    raise FileExistsError(errno.EEXIST, "No free name for a temporary file", str(real.parent))


def _not_created(target: Path, real: Path, error: OSError) -> DomainError:
    """Why no file could be made in the folder: the folder went away, or it takes no files
    (no permission, a read-only disk, /proc answers ENOENT) — bad input, exit 2; a full or
    failing disk is the device's fault (exit 6)."""
    folder = real.parent
    if error.errno == errno.ENOENT and not folder.is_dir():
        return InvalidInput("export.folder_missing", path=str(folder))
    if error.errno in (errno.ENOENT, errno.ENOTDIR, *_REFUSED):
        return InvalidInput("export.not_writable", path=str(folder))
    return DeviceError("export.cannot_write", path=str(target), detail=error.strerror or error)


def _write_failed(target: Path, error: OSError, folder: Path) -> DomainError:
    if error.errno in _REFUSED:
        return InvalidInput("export.not_writable", path=str(folder))
    return DeviceError("export.cannot_write", path=str(target), detail=error.strerror or error)


def sheet_name(title: str, used: set[str]) -> str:
    """A sheet name Excel accepts, not yet in ``used`` (compared without case, as Excel
    does); the name is added to ``used``."""
    base = _SHEET_FORBIDDEN.sub(" ", title).strip().strip("'").strip() or "Sheet"
    if base.casefold() == "history":  # Excel keeps this name for itself
        base = "History 1"
    base = base[:SHEET_NAME_LIMIT].rstrip().rstrip("'")
    name, number = base, 1
    while name.casefold() in used:
        number += 1
        suffix = f" ({number})"
        name = base[: SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
    used.add(name.casefold())
    return name


# -- values ----------------------------------------------------------------------------------


def _number_text(value: int | Decimal) -> str:
    if isinstance(value, Decimal):
        # Plain notation (never 1E+3) with ASCII digits and a dot.
        return format(value, "f")
    return str(value)


def _date_text(value: dt.date, language: str, calendar: str | None = None) -> str:
    if calendar_for(language, calendar) == JALALI:
        y, m, d = gregorian_to_jalali(value)
        return f"{y:04d}/{m:02d}/{d:02d}"
    return value.isoformat()


def _safe_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_value(cell: Cell, kind: Kind, language: str, calendar: str | None = None) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return _date_text(value, language, calendar)
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | Decimal):
        return _number_text(value)
    text = str(value)
    if kind is Kind.PHONE and _PHONE.fullmatch(text):
        return text  # +98912…: digits only, nothing a spreadsheet could run
    return _safe_text(text)


def _set_text(cell: Any, text: str) -> None:
    cell.value = text
    # openpyxl takes a string starting with "=" for a formula; a name is never one.
    cell.data_type = "s"


def _set_xlsx_value(cell: Any, value: Cell, kind: Kind, jalali: bool = False) -> None:
    v = value.value
    if v is None:
        return
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date) and jalali:
        _set_text(cell, _date_text(v, "fa", JALALI))
    elif isinstance(v, dt.date):
        cell.value = v
        cell.number_format = DATE_FORMAT
    elif isinstance(v, bool):
        cell.value = int(v)
    elif isinstance(v, int):
        cell.value = v
        if kind in _NUMBERS:
            cell.number_format = "#,##0"
    elif isinstance(v, Decimal):
        exponent = v.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        cell.value = int(v) if places == 0 else float(v)
        cell.number_format = "#,##0" + ("." + "0" * places if places else "")
    else:
        _set_text(cell, str(v))

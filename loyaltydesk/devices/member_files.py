"""Member lists from another system, read row by row: CSV (UTF-8 with or without a BOM,
UTF-16, or the Windows-1256 that older Persian software writes) and XLSX (openpyxl,
read-only). Rows stream: a file of a million rows never sits in memory at once.

Also where the refused rows of an import leave as a CSV file.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from loyaltydesk.devices.exports import write_atomically
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.imports import Cell, Refusal, is_blank

SAMPLE_BYTES = 256 * 1024
_CHUNK = 1024 * 1024
_DELIMITERS = ",;\t"
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# Letters of Windows-1256 that are not Arabic script: text decoded from Windows-1256 that
# is really something else is full of these.
_LATIN1_NOISE = re.compile(r"[\u00c0-\u00ff\u0152\u0153\u0192\u02c6\u2020\u2021\u2030]")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1256")


@dataclass(frozen=True, slots=True)
class FileInfo:
    """What the person sees about the file before choosing the columns."""

    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheets: tuple[str, ...]


class MemberFile:
    """A file of members opened for import: its header row, its rows and its content hash
    (which makes the import's operation ids, so a second import of the same file is
    recognised)."""

    def __init__(self, path: Path, info: FileInfo, headers: tuple[str, ...], digest: str) -> None:
        self.path = path
        self.info = info
        self.headers = headers
        self.digest = digest

    @property
    def name(self) -> str:
        return self.path.name

    def rows(self) -> Iterator[tuple[int, Sequence[Cell]]]:
        """(row number, cells) of every data row that is not empty; the header is row 1."""
        if self.info.kind == "xlsx":
            yield from _xlsx_rows(self.path, self.info.sheet)
        else:
            yield from _csv_rows(self.path, self.info.encoding or "utf-8", self.info.delimiter)


def open_member_file(
    path: Path, *, encoding: str | None = None, sheet: str | None = None
) -> MemberFile:
    """The file at ``path``, recognised by its content (not its name), with its header row.

    InvalidInput when it is no CSV or XLSX, when its text encoding cannot be told (the
    caller may then name one: see ENCODINGS), or when it has no header row.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(SAMPLE_BYTES)
    except IsADirectoryError:
        raise InvalidInput("import.not_a_file", path=str(path)) from None
    except FileNotFoundError:
        raise InvalidInput("import.no_file", path=str(path)) from None
    except OSError as error:
        raise InvalidInput("import.unreadable", path=str(path), reason=str(error)) from None
    if not head.strip():
        raise InvalidInput("import.empty_file", path=str(path))
    digest = _digest(path)
    if head.startswith(b"PK\x03\x04"):
        return _open_xlsx(path, sheet, digest)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InvalidInput("import.old_excel", path=str(path))
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and _binary_bytes(head):
        raise InvalidInput("import.not_a_table", path=str(path))
    chosen = _check_encoding(encoding) if encoding is not None else _detect_encoding(head, path)
    text = _decode_sample(head, chosen, path)
    if "\x00" in text or _binary(text):
        raise InvalidInput("import.not_a_table", path=str(path))
    delimiter = _sniff_delimiter(text)
    info = FileInfo("csv", chosen, delimiter, None, ())
    headers = _first_row(_csv_rows(path, chosen, delimiter, header=True))
    if len(headers) < 2:
        # A letter, a list of names, a .txt of notes: never a member list, which needs a
        # name and a mobile in columns of their own. Said as such, not "map the name".
        raise InvalidInput("import.one_column", path=str(path))
    return MemberFile(path, info, headers, digest)


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _check_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise InvalidInput("import.unknown_encoding", encoding=name) from None


def _detect_encoding(head: bytes, path: Path) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # Incremental: the sample may end in the middle of a character.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    sample = head.decode("cp1256", errors="replace")
    letters = len(_ARABIC_LETTER.findall(sample))
    noise = len(_LATIN1_NOISE.findall(sample))
    if letters >= 2 and noise * 10 <= letters:
        return "cp1256"
    raise InvalidInput("import.encoding_unknown", path=str(path))


def _decode_sample(head: bytes, encoding: str, path: Path) -> str:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        raise InvalidInput("import.wrong_encoding", path=str(path), encoding=encoding) from None


def _binary_bytes(head: bytes) -> bool:
    """Control bytes that no text file has: a picture, a program, a database."""
    sample = head[:4096]
    return b"\x00" in sample or sum(1 for b in sample if b < 32 and b not in b"\r\n\t") > 8


def _binary(text: str) -> bool:
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t")
    return controls > 8


def _sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        # One column, or a sniffer in doubt: the separator the header uses most.
        header = lines[0]
        counts = {d: header.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _csv_rows(
    path: Path, encoding: str, delimiter: str | None, *, header: bool = False
) -> Iterator[tuple[int, Sequence[Cell]]]:
    """Every row that is not empty, header included when ``header``; row numbers count the
    file's records, as a spreadsheet numbers its rows."""
    with path.open("rb") as handle:
        reader = csv.reader(_lines(handle, encoding, path), delimiter=delimiter or ",")
        number = 0
        seen_header = False
        try:
            for cells in reader:
                number += 1
                if is_blank(cells):
                    continue
                if not seen_header:
                    seen_header = True
                    if header:
                        yield number, cells
                        return
                    continue
                yield number, cells
        except csv.Error as error:
            raise InvalidInput("import.bad_csv", row=number + 1, reason=str(error)) from None


def _lines(handle: IO[bytes], encoding: str, path: Path) -> Iterator[str]:
    """The file's lines as text, each decoded on its own, so a byte the encoding does not
    have is reported on its own line (a text stream decodes ahead, thousands of rows)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    if codecs.lookup(encoding).name.startswith("utf-16"):
        # A newline byte falls inside a character here: read as one text stream instead.
        text = io.TextIOWrapper(handle, encoding=encoding, newline="")
        number = 0
        try:
            for number, line in enumerate(text, start=1):  # noqa: B007 - read after the loop
                yield line
        except UnicodeDecodeError:
            raise InvalidInput(
                "import.wrong_encoding_at", path=str(path), encoding=encoding, row=number + 1
            ) from None
        return
    for number, raw in enumerate(handle, start=1):
        try:
            line = decoder.decode(raw)
        except UnicodeDecodeError:
            raise InvalidInput(
                "import.wrong_encoding_at", path=str(path), encoding=encoding, row=number
            ) from None
        yield line


def _first_row(rows: Iterator[tuple[int, Sequence[Cell]]]) -> tuple[str, ...]:
    for _, cells in rows:
        return tuple(_header_text(c) for c in cells)
    raise InvalidInput("import.no_header")


def _header_text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip().lstrip("\ufeff")


def _open_xlsx(path: Path, sheet: str | None, digest: str) -> MemberFile:
    import openpyxl  # only an XLSX import needs it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise InvalidInput("import.not_a_table", path=str(path)) from None
    try:
        names = tuple(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise InvalidInput("import.no_such_sheet", sheet=sheet, sheets=", ".join(names))
        chosen = sheet if sheet is not None else book.active.title
    finally:
        book.close()
    info = FileInfo("xlsx", None, None, chosen, names)
    headers = _first_row(_xlsx_rows(path, chosen, header=True))
    return MemberFile(path, info, headers, digest)


def _xlsx_rows(
    path: Path, sheet: str | None, *, header: bool = False
) -> Iterator[tuple[int, Sequence[Cell]]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        worksheet = book[sheet] if sheet is not None else book.active
        seen_header = False
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            cells = [_xlsx_cell(v) for v in values]
            if is_blank(cells):
                continue
            if not seen_header:
                seen_header = True
                if header:
                    yield number, cells
                    return
                continue
            yield number, cells
    finally:
        book.close()


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | dt.date):
        return value
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return str(value)


def write_refusals(
    path: Path,
    refusals: Sequence[Refusal],
    headers: Sequence[str],
    titles: tuple[str, str],
    reason: Callable[[Refusal], str],
) -> Path:
    """The refused rows as CSV (UTF-8 with a BOM, so Excel shows Persian): the row number,
    the reason in the shop's language, then the row's cells as the file had them.
    ``titles`` are the first two column titles (row, reason), translated by the caller."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*titles, *(_safe(h) for h in headers)])
    for refusal in refusals:
        writer.writerow([refusal.line, _safe(reason(refusal)), *(_safe(c) for c in refusal.cells)])
    data = buffer.getvalue().encode("utf-8-sig")

    def write(out: IO[bytes]) -> None:
        out.write(data)

    return write_atomically(path, write)


def _safe(text: str) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet (CSV injection).
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text

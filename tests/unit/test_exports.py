"""Report tables as CSV and XLSX files: read back as a spreadsheet would read them, and never
left half-written."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import os
import stat
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO

import openpyxl
import pytest

from loyaltydesk.devices.exports import (
    check_target,
    sheet_name,
    write_atomically,
    write_bytes,
    write_csv,
    write_xlsx,
)
from loyaltydesk.domain.errors import DeviceError, InvalidInput
from loyaltydesk.services.report_tables import Cell, Column, Kind, Table

COLUMNS = (
    Column("نام", Kind.TEXT),
    Column("Phone", Kind.PHONE),
    Column("Last visit", Kind.DATE),
    Column("Visits", Kind.COUNT),
    Column("Spent", Kind.MONEY),
    Column("Share", Kind.PERCENT),
    Column("Gap", Kind.NUMBER),
)
SARA = (
    Cell("سارا", "سارا"),
    Cell("+989121234567", "۰۹۱۲۱۲۳۴۵۶۷"),
    Cell(dt.date(2026, 11, 26), "۱۴۰۵/۰۹/۰۵"),
    Cell(12, "۱۲"),
    Cell(Decimal("1250000.5"), "۱٬۲۵۰٬۰۰۰٫۵ تومان"),
    Cell(Decimal("80.00"), "۸۰٪"),
    Cell(Decimal("7.5"), "۷٫۵"),
)
# A name typed at the counter that a spreadsheet would otherwise run as a formula.
MALLORY = (
    Cell('=HYPERLINK("http://x")', "=HYPERLINK"),
    Cell("+989120000000", ""),
    Cell(None, "—"),
    Cell(1_234_567, ""),
    Cell(Decimal(3000), ""),
    Cell(None, "—"),
    Cell(None, "—"),
)
TABLE = Table("Members to call, most valuable first", COLUMNS, (SARA, MALLORY))
# Each kind of file the report writes, by its extension.
WRITERS: dict[str, Callable[[Path], Path]] = {
    "csv": lambda path: write_csv(path, TABLE),
    "xlsx": lambda path: write_xlsx(path, [TABLE], rtl=False),
    "pdf": lambda path: write_bytes(path, b"%PDF-1.4"),
}


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_is_utf8_with_a_bom_and_holds_values_not_display_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", TABLE)

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel then reads it as UTF-8
    header, sara, mallory = read_csv(path)
    assert header == ["نام", "Phone", "Last visit", "Visits", "Spent", "Share", "Gap"]
    assert sara == ["سارا", "+989121234567", "2026-11-26", "12", "1250000.5", "80.00", "7.5"]
    assert mallory == ['\'=HYPERLINK("http://x")', "+989120000000", "", "1234567", "3000", "", ""]


def test_csv_dates_are_jalali_in_persian_with_ascii_digits(tmp_path: Path) -> None:
    _, sara, _ = read_csv(write_csv(tmp_path / "list.csv", TABLE, language="fa"))
    assert sara[2] == "1405/09/05"
    assert sara[3:5] == ["12", "1250000.5"]  # numbers stay ASCII so a spreadsheet sums them


def test_xlsx_has_a_sheet_per_table_with_numbers_dates_and_a_frozen_bold_header(
    tmp_path: Path,
) -> None:
    other = Table("Members to call, most valuable first", COLUMNS[:1], ((Cell("x", "x"),),))
    path = write_xlsx(tmp_path / "report.xlsx", [TABLE, other], rtl=False)

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Members to call, most valuable", "Members to call, most valua (2)"]
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == [c.title for c in COLUMNS]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.sheet_view.rightToLeft in (None, False)
    name, phone, visit, visits, spent, share, gap = (c.value for c in sheet[2])
    assert (name, phone) == ("سارا", "+989121234567")
    assert visit == dt.datetime(2026, 11, 26) and sheet["C2"].number_format == "yyyy-mm-dd"
    assert visits == 12 and isinstance(visits, int)
    assert spent == 1250000.5 and share == 80 and gap == 7.5
    assert sheet["A3"].data_type == "s" and sheet["A3"].value == '=HYPERLINK("http://x")'
    assert sheet["D3"].value == 1234567 and sheet["C3"].value is None
    assert sheet.column_dimensions["A"].width >= len("=HYPERLINK")


def test_xlsx_in_persian_is_a_right_to_left_sheet(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_xlsx(tmp_path / "r.xlsx", [TABLE], rtl=True))
    assert book.worksheets[0].sheet_view.rightToLeft is True
    assert book.worksheets[0]["A1"].value == "نام"


def test_an_empty_table_is_a_header_and_no_tables_is_one_empty_sheet(tmp_path: Path) -> None:
    empty = Table("Nothing", COLUMNS, ())
    assert read_csv(write_csv(tmp_path / "e.csv", empty)) == [[c.title for c in COLUMNS]]
    book = openpyxl.load_workbook(write_xlsx(tmp_path / "e.xlsx", [], rtl=False))
    assert len(book.worksheets) == 1


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("", "Sheet"),
        ("a/b\\c?d*e[f]g:h", "a b c d e f g h"),
        ("'quoted'", "quoted"),
        ("History", "History 1"),
        ("x" * 40, "x" * 31),
    ],
)
def test_sheet_names_excel_accepts(title: str, expected: str) -> None:
    assert sheet_name(title, set()) == expected


def test_sheet_names_are_unique_without_regard_to_case() -> None:
    used: set[str] = set()
    assert [sheet_name(t, used) for t in ("Tiers", "tiers", "TIERS")] == [
        "Tiers",
        "tiers (2)",
        "TIERS (3)",
    ]


def _left_behind(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_missing_folder_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as raised:
        write_csv(tmp_path / "nowhere" / "list.csv", TABLE)
    assert raised.value.code == "export.folder_missing"
    assert raised.value.params["path"] == str(tmp_path / "nowhere")
    assert _left_behind(tmp_path) == []


def test_a_folder_given_as_the_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as raised:
        write_xlsx(tmp_path, [TABLE], rtl=False)
    assert raised.value.code == "export.is_folder"


def _refuse_files_in(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    """The kernel's answer to a new file in ``folder`` is ``code`` (as root, chmod cannot
    make a folder refuse: this is how a read-only disk or /proc answers)."""
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, *args: int, **kw: int) -> int:
        if flags & os.O_CREAT and Path(path).parent == folder:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "open", refusing_open)


@pytest.mark.parametrize(
    "code",
    # EACCES: no permission; EROFS: a read-only disk; EPERM; ENOENT: /proc and /sys.
    [errno.EACCES, errno.EROFS, errno.EPERM, errno.ENOENT],
    ids=errno.errorcode.get,
)
def test_a_folder_that_cannot_be_written_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    _refuse_files_in(monkeypatch, tmp_path, code)
    for write in (*WRITERS.values(), check_target):
        with pytest.raises(InvalidInput) as raised:
            write(tmp_path / "list")
        assert raised.value.code == "export.not_writable"
        assert raised.value.params["path"] == str(tmp_path)
    assert _left_behind(tmp_path) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO], ids=errno.errorcode.get)
def test_a_full_or_failing_disk_is_the_devices_fault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    _refuse_files_in(monkeypatch, tmp_path, code)
    with pytest.raises(DeviceError) as raised:
        write_bytes(tmp_path / "report.pdf", b"%PDF-1.4")
    assert raised.value.code == "export.cannot_write"
    assert _left_behind(tmp_path) == []


def test_a_pipe_is_refused_and_stays_a_pipe(tmp_path: Path) -> None:
    # Stands for /dev/full, a socket, any name that is not a regular file: renaming over it
    # would replace it (the old code did, and said "written").
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    for write in (*WRITERS.values(), check_target):
        with pytest.raises(InvalidInput) as raised:
            write(pipe)
        assert raised.value.code == "export.not_a_file"
        assert raised.value.params["path"] == str(pipe)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert _left_behind(tmp_path) == ["pipe.csv"]


def test_a_link_to_a_pipe_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link.pdf").symlink_to("pipe")
    with pytest.raises(InvalidInput) as raised:
        write_bytes(tmp_path / "link.pdf", b"%PDF-1.4")
    assert raised.value.code == "export.not_a_file"
    assert (tmp_path / "link.pdf").is_symlink()


def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    mine = tmp_path / "mine"
    shared.mkdir()
    mine.mkdir()
    (shared / "list.csv").write_text("last week")
    (shared / "list.csv").chmod(0o640)
    link = mine / "list.csv"
    link.symlink_to(shared / "list.csv")

    assert write_csv(link, TABLE) == link
    assert link.is_symlink()
    assert read_csv(shared / "list.csv")[1][0] == "سارا"
    assert stat.S_IMODE((shared / "list.csv").stat().st_mode) == 0o640
    # The temporary file went beside the real file (the same disk, so the rename is whole).
    assert _left_behind(shared) == ["list.csv"] and _left_behind(mine) == ["list.csv"]


def test_a_link_to_a_file_not_yet_there_makes_it(tmp_path: Path) -> None:
    link = tmp_path / "latest.pdf"
    link.symlink_to("2026-11.pdf")
    write_bytes(link, b"%PDF-1.4")
    assert link.is_symlink() and (tmp_path / "2026-11.pdf").read_bytes() == b"%PDF-1.4"


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("umask_027")
def test_a_new_file_gets_the_mode_of_any_new_file(tmp_path: Path) -> None:
    written = [write(tmp_path / f"a.{kind}") for kind, write in WRITERS.items()]
    assert [stat.S_IMODE(p.stat().st_mode) for p in written] == [0o640] * 3  # 0666 & ~027


@pytest.mark.usefixtures("umask_027")
@pytest.mark.parametrize("mode", [0o600, 0o664, 0o444], ids=oct)
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    written = []
    for kind, write in WRITERS.items():
        path = tmp_path / f"a.{kind}"
        path.write_text("old")
        path.chmod(mode)
        written.append(write(path))
    assert [stat.S_IMODE(p.stat().st_mode) for p in written] == [mode] * 3
    assert tmp_path.joinpath("a.pdf").read_bytes() == b"%PDF-1.4"


def test_every_sheet_ends_at_its_last_row(tmp_path: Path) -> None:
    # Issue 12, item 21: a one-row "By tier" sheet seemed to have an empty row after it.
    tiers = Table("By tier", COLUMNS[:2], ((Cell("No tier", "No tier"), Cell("", "")),))
    book = openpyxl.load_workbook(write_xlsx(tmp_path / "r.xlsx", [TABLE, tiers], rtl=True))
    for sheet, table in zip(book.worksheets, (TABLE, tiers), strict=True):
        assert sheet.max_row == len(table.rows) + 1, sheet.title
        assert all(any(v is not None for v in row) for row in sheet.iter_rows(values_only=True))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(InvalidInput) as raised:
            write_xlsx(folder / "r.xlsx", [TABLE], rtl=False)
        assert raised.value.code == "export.not_writable"
        assert _left_behind(folder) == []
    finally:
        folder.chmod(0o700)


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_text("the export of last week")

    def disk_full(out: IO[bytes]) -> None:
        out.write(b"half a ")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DeviceError) as raised:
        write_atomically(target, disk_full)
    assert raised.value.code == "export.cannot_write"
    assert raised.value.params["detail"] == "No space left on device"
    assert target.read_text() == "the export of last week"
    assert _left_behind(tmp_path) == ["list.csv"]


def test_an_existing_file_is_replaced_whole_and_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_text("old")
    write_csv(target, TABLE)
    assert read_csv(target)[1][0] == "سارا"
    assert target.stat().st_mode & 0o044  # not the temporary file's private mode
    assert _left_behind(tmp_path) == ["list.csv"]


def test_a_jalali_shops_spreadsheet_has_its_dates_in_its_calendar(tmp_path: Path) -> None:
    # A newcomer's Persian ledger export read 2026-11-26 in Excel while the CSV said
    # 1405/09/05: a spreadsheet date cell is Gregorian, so a Jalali shop gets the text.
    def last_visit(rtl: bool, calendar: str | None) -> object:
        path = write_xlsx(tmp_path / f"{rtl}-{calendar}.xlsx", [TABLE], rtl, calendar=calendar)
        return openpyxl.load_workbook(path).active.cell(row=2, column=3).value

    assert last_visit(True, None) == "1405/09/05"  # Persian: Jalali unless told otherwise
    assert last_visit(False, "jalali") == "1405/09/05"  # an English shop keeping Jalali books
    assert last_visit(True, "gregorian") == dt.datetime(2026, 11, 26)  # a real date cell
    assert last_visit(False, None) == dt.datetime(2026, 11, 26)

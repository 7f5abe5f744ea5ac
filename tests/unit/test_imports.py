"""The import's pure parts: which column holds what, rows as registration takes them, and
files read whatever wrote them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from loyaltydesk.devices.member_files import open_member_file, write_refusals
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.imports import (
    Cell,
    Duplicates,
    Field,
    ImportRow,
    Refusal,
    alternate_code,
    cell_text,
    check_mapping,
    guess_mapping,
    normalise,
)

TODAY = dt.date(2026, 12, 2)
ALL = {f: i for i, f in enumerate(Field)}


def row(**cells: Cell) -> list[Cell]:
    out: list[Cell] = [None] * len(Field)
    for name, value in cells.items():
        out[ALL[Field(name)]] = value
    return out


def test_the_mapping_is_guessed_from_persian_and_english_headers() -> None:
    persian = [
        "ردیف",
        "نام و نام خانوادگی",
        "تلفن همراه",
        "تاریخ تولد",
        "کد ملی",
        "ایمیل",
        "شماره کارت",
        "مانده/امتیاز",
        "تاریخ عضویت",
        "توضیحات",
    ]
    assert guess_mapping(persian) == {
        Field.NAME: 1,
        Field.PHONE: 2,
        Field.BIRTHDAY: 3,
        Field.NATIONAL_CODE: 4,
        Field.EMAIL: 5,
        Field.CARD: 6,
        Field.OPENING: 7,
        Field.JOINED: 8,
        Field.NOTES: 9,
    }
    english = ["Full Name", "Mobile 1", "Mobile 2", "E-mail", "Card No.", "Points", "DOB"]
    assert guess_mapping(english) == {
        Field.NAME: 0,
        Field.PHONE: 1,
        Field.EMAIL: 3,
        Field.CARD: 4,
        Field.OPENING: 5,
        Field.BIRTHDAY: 6,
    }
    assert guess_mapping(["Name", "Mobile", "Remarks"])[Field.NOTES] == 2
    assert guess_mapping(["Name", "Mobile", "Comments"])[Field.NOTES] == 2
    assert guess_mapping(["نام", "موبایل", "یادداشت"])[Field.NOTES] == 2
    assert guess_mapping(["نام", "موبایل", "ملاحظات"])[Field.NOTES] == 2
    # Arabic-keyboard letters in a header are the same words.
    assert guess_mapping(["نام", "موبايل"]) == {Field.NAME: 0, Field.PHONE: 1}


def test_a_mapping_needs_a_name_and_a_mobile_each_in_a_column_of_its_own() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_mapping({Field.NAME: 0}, 2)
    assert caught.value.code == "import.field_unmapped"
    assert caught.value.params == {"field": "phone"}
    with pytest.raises(InvalidInput) as caught:
        check_mapping({Field.NAME: 0, Field.PHONE: 0}, 2)
    assert caught.value.code == "import.column_twice"
    with pytest.raises(InvalidInput) as caught:
        check_mapping({Field.NAME: 0, Field.PHONE: 5}, 2)
    assert caught.value.code == "import.no_such_column"


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("09121234567", "+989121234567"),
        ("۰۹۱۲ ۱۲۳ ۴۵۶۷", "+989121234567"),
        ("٠٩١٢١٢٣٤٥٦٧", "+989121234567"),
        (9121234567, "+989121234567"),
        (9121234567.0, "+989121234567"),
        ("9121234567.0", "+989121234567"),
        ("+98 912 123 4567", "+989121234567"),
    ],
)
def test_phones_as_excel_and_people_write_them(phone: Cell, expected: str) -> None:
    result = normalise(2, row(name="Sara", phone=phone), ALL, TODAY)
    assert isinstance(result, ImportRow) and result.phone == expected


def test_a_row_is_normalised_as_registration_would() -> None:
    result = normalise(
        7,
        row(
            name="  علي   كريمي ",
            phone="09121234567",
            birthday="۱۳۷۰/۰۵/۲۱",
            national_code=84575948.0,
            email="Ali@Example.COM",
            card="ab-12 34",
            opening="1,200",
            joined=dt.datetime(2020, 3, 1, 9, 30),
            notes="  allergic to nuts\r\nprefers the window table  ",
        ),
        ALL,
        TODAY,
    )
    assert result == ImportRow(
        line=7,
        name="علی کریمی",
        phone="+989121234567",
        birthday=dt.date(1991, 8, 12),
        national_code="0084575948",
        email="Ali@example.com",
        card="AB1234",
        opening=1200,
        joined=dt.date(2020, 3, 1),
        notes="allergic to nuts\nprefers the window table",
    )
    # An empty notes cell is no notes.
    blank = normalise(8, row(name="Sara", phone="09121234567", notes="   "), ALL, TODAY)
    assert isinstance(blank, ImportRow) and blank.notes is None


@pytest.mark.parametrize(
    ("cells", "key"),
    [
        ({"phone": "09121234567"}, "name.empty"),
        ({"name": "Sara"}, "phone.empty"),
        ({"name": "Sara", "phone": "02112345678"}, "phone.not_mobile"),
        ({"name": "Sara", "phone": "0912", "birthday": "x"}, "phone.wrong_length"),
        ({"name": "Sara", "phone": "09121234567", "birthday": "1403/13/01"}, "import.bad_birthday"),
        (
            {"name": "Sara", "phone": "09121234567", "birthday": "2030-01-01"},
            "import.birthday_out_of_range",
        ),
        (
            {"name": "Sara", "phone": "09121234567", "national_code": "1234567890"},
            "national_code.bad_checksum",
        ),
        ({"name": "Sara", "phone": "09121234567", "email": "sara@"}, "email.malformed"),
        ({"name": "Sara", "phone": "09121234567", "card": "x" * 21}, "import.card_too_long"),
        ({"name": "Sara", "phone": "09121234567", "card": "کارت۱"}, "import.card_malformed"),
        ({"name": "Sara", "phone": "09121234567", "card": "09351234567"}, "import.card_is_phone"),
        ({"name": "Sara", "phone": "09121234567", "opening": "-5"}, "import.negative_opening"),
        ({"name": "Sara", "phone": "09121234567", "opening": 2.5}, "import.bad_opening"),
        ({"name": "Sara", "phone": "09121234567", "opening": "lots"}, "import.bad_opening"),
        ({"name": "Sara", "phone": "09121234567", "opening": 10**7}, "import.opening_too_large"),
        (
            {"name": "Sara", "phone": "09121234567", "joined": "2027-01-01"},
            "import.joined_in_future",
        ),
        ({"name": "Sara", "phone": "09121234567", "joined": "soon"}, "import.bad_joined"),
        ({"name": "Sara", "phone": "09121234567", "notes": "x" * 1001}, "notes.too_long"),
        ({"name": "Sara", "phone": "09121234567", "notes": "a\x00b"}, "notes.control_characters"),
    ],
)
def test_a_row_that_registration_would_refuse_is_refused_with_the_reason(
    cells: dict[str, Cell], key: str
) -> None:
    result = normalise(3, row(**cells), ALL, TODAY)
    assert isinstance(result, Refusal)
    assert (result.line, result.key) == (3, key)
    assert len(result.cells) == len(Field)


def test_the_second_row_of_a_member_is_refused_naming_the_first() -> None:
    seen = Duplicates()
    first = ImportRow(2, "Sara", "+989121234567", national_code="0084575948", card="A1")
    assert seen.check(first) is None
    again = seen.check(ImportRow(9, "Sara M", "+989121234567"))
    assert again is not None and (again.key, again.params) == (
        "import.same_member_as_row",
        {"row": 2},
    )
    code = seen.check(ImportRow(10, "X", "+989121234500", national_code="0084575948"))
    assert code is not None and code.key == "import.national_code_as_row"
    card = seen.check(ImportRow(11, "Y", "+989121234501", card="A1"))
    assert card is not None and card.key == "import.card_as_row"


def test_alternate_codes_are_read_as_they_were_stored() -> None:
    assert alternate_code("ab-12 34") == "AB1234"
    assert alternate_code("x" * 21) is None
    assert alternate_code("کارت") is None


# -- files ------------------------------------------------------------------------------

# Arabic yeh (ي): Windows-1256 has no Persian one.
TEXT = "نام,موبايل\r\nسارا,09121234567\r\n\r\n,\r\nعلي,09121234568\r\n"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1256", "cp1256")],
)
def test_csv_encodings_are_told_apart(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(TEXT.encode(encoding))
    source = open_member_file(path)
    assert source.info.encoding is not None
    assert source.info.encoding.replace("_", "-") == expected
    assert source.headers == ("نام", "موبايل")
    # Empty lines and rows of empty cells are left out; row numbers are the file's.
    assert [(n, list(c)) for n, c in source.rows()] == [
        (2, ["سارا", "09121234567"]),
        (5, ["علي", "09121234568"]),
    ]


def test_the_separator_is_sniffed(tmp_path: Path) -> None:
    for separator in (",", ";", "\t"):
        path = tmp_path / "members.csv"
        path.write_text(f"name{separator}mobile\nSara{separator}09121234567\n", encoding="utf-8")
        source = open_member_file(path)
        assert source.info.delimiter == separator
        assert [list(c) for _, c in source.rows()] == [["Sara", "09121234567"]]


def test_an_encoding_that_cannot_be_told_is_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes("name,mobile\nJosé Müller,09121234567\n".encode("latin-1"))
    with pytest.raises(InvalidInput) as caught:
        open_member_file(path)
    assert caught.value.code == "import.encoding_unknown"
    source = open_member_file(path, encoding="latin-1")
    assert next(iter(source.rows()))[1][0] == "José Müller"
    with pytest.raises(InvalidInput) as caught:
        open_member_file(path, encoding="klingon")
    assert caught.value.code == "import.unknown_encoding"


def test_a_file_that_breaks_its_encoding_late_is_refused_when_read(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    good = "name,mobile\n" + "Sara,09121234567\n" * 20_000
    path.write_bytes(good.encode("utf-8") + "علي,09121234568\n".encode("cp1256"))
    source = open_member_file(path)
    with pytest.raises(InvalidInput) as caught:
        for _ in source.rows():
            pass
    assert caught.value.code == "import.wrong_encoding_at"


def test_files_that_are_not_member_lists(tmp_path: Path) -> None:
    cases = {
        "empty.csv": b"  \n",
        "photo.csv": bytes(range(256)) * 4,
        "old.xls": b"\xd0\xcf\x11\xe0" + b"\x00" * 100,
        "broken.xlsx": b"PK\x03\x04 not really a zip",
        "notes.txt": b"Buy milk.\nCall Sara about her birthday party.\n",
    }
    codes = {}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InvalidInput) as caught:
            open_member_file(tmp_path / name)
        codes[name] = caught.value.code
    assert codes == {
        "empty.csv": "import.empty_file",
        "photo.csv": "import.not_a_table",
        "old.xls": "import.old_excel",
        "broken.xlsx": "import.not_a_table",
        "notes.txt": "import.one_column",
    }
    with pytest.raises(InvalidInput) as caught:
        open_member_file(tmp_path / "missing.csv")
    assert caught.value.code == "import.no_file"


def test_refused_rows_are_written_for_a_spreadsheet(tmp_path: Path) -> None:
    refusals = [
        Refusal(3, "phone.empty", {}, ("=cmd()", "")),
        Refusal(9, "name.empty", {}, ("", "0912")),
    ]
    path = write_refusals(
        tmp_path / "refused.csv",
        refusals,
        ("Name", "Mobile"),
        ("Row", "Reason"),
        lambda r: r.key,
    )
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == [
        "Row,Reason,Name,Mobile",
        "3,phone.empty,'=cmd(),",
        "9,name.empty,,0912",
    ]


def test_a_refused_row_fixed_in_its_file_imports_again(tmp_path: Path) -> None:
    # The refused-rows file quotes a cell that reads as a formula ('+98…, '-50); a newcomer
    # fixed the name and imported the row again, and its mobile was refused for the quote.
    refused = [Refusal(4, "name.empty", {}, ("", "+98 912 555 4445", "-50", "'quoted"))]
    path = write_refusals(
        tmp_path / "refused.csv",
        refused,
        ("Name", "Mobile", "Balance", "Notes"),
        ("Row", "Reason"),
        lambda r: r.key,
    )
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "4,name.empty,,'+98 912 555 4445,'-50,'quoted"
    fixed = tmp_path / "fixed.csv"
    fixed.write_text("Name,Mobile\nSara,'+98 912 555 4445\n", encoding="utf-8")
    ((line, cells),) = open_member_file(fixed).rows()
    result = normalise(line, cells, {Field.NAME: 0, Field.PHONE: 1}, TODAY)
    assert isinstance(result, ImportRow) and result.phone == "+989125554445"
    # A quote that was the person's own stays: only the formula marker goes.
    assert cell_text("'quoted") == "'quoted" and cell_text("'-50") == "-50"

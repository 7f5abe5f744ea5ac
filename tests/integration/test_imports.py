"""Importing members from a CSV or XLSX file, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.devices.member_files import open_member_file
from loyaltydesk.domain.dates import shop_midnight
from loyaltydesk.domain.errors import InvalidInput, NotFound
from loyaltydesk.domain.imports import Field, guess_mapping
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.services.views import MatchKind
from tests.integration.helpers import register

HEADER = "نام,موبایل,تاریخ تولد,کد ملی,ایمیل,شماره کارت,مانده امتیاز,تاریخ عضویت,توضیحات\n"
ROWS = [
    "سارا محمدی,09121234567,1370/05/21,0084575948,sara@example.com,A-1001,120,1402/01/15,بدون قند",
    "Ali Karimi,9121234568.0,1991-08-12,,,77001234,0,2020-03-01",
    "رضا كريمي,۰۹۱۲۱۲۳۴۵۶۹,,,,,35,",
    "Bad Phone,021234567,,,,,,",
    "Sara Again,+989121234567,,,,,,",
]


def write_csv(path: Path, rows: list[str], header: str = HEADER, encoding: str = "utf-8") -> Path:
    path.write_text(header + "\n".join(rows) + "\n", encoding=encoding)
    return path


def test_a_csv_imports_members_cards_and_opening_balances(
    services: Services, tmp_path: Path
) -> None:
    source = open_member_file(write_csv(tmp_path / "club.csv", ROWS))
    mapping = guess_mapping(source.headers)
    assert set(mapping) == set(Field)
    result = services.imports.run(source, mapping, services.actor)
    assert (result.rows, result.imported, result.already) == (5, 3, 0)
    assert [(r.line, r.key) for r in result.refused] == [
        (5, "phone.not_mobile"),
        (6, "import.same_member_as_row"),
    ]
    assert result.refused[1].params == {"row": 2}
    sara = services.membership.resolve("09121234567")
    assert sara.name == "سارا محمدی"
    assert sara.balance == 120
    assert sara.birthday == dt.date(1991, 8, 12)
    assert sara.notes == "بدون قند"
    assert sara.card is not None and sara.card != "A1001"
    # The old card scans to her, found by show (resolve) and by search, never shown as hers.
    assert services.membership.resolve("a-1001").id == sara.id
    hits = services.membership.find("A1001")
    assert [(h.member.id, h.match) for h in hits] == [(sara.id, MatchKind.ALTERNATE_CARD)]
    assert hits[0].member.card == sara.card
    ali = services.membership.resolve("77001234")
    assert ali.phone == "+989121234568" and ali.balance == 0
    assert services.membership.resolve("09121234569").name == "رضا کریمی"
    statement = services.membership.statement(sara.id)
    assert [(line.kind, line.points) for line in statement.lines] == [(EntryKind.OPENING, 120)]
    report = services.audit.verify(actor=services.actor)
    assert report.members_checked == 3 and report.ok


def test_importing_the_same_file_twice_changes_nothing(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "club.csv", ROWS)
    mapping = guess_mapping(open_member_file(path).headers)
    first = services.imports.run(open_member_file(path), mapping, services.actor)
    again = services.imports.run(open_member_file(path), mapping, services.actor)
    assert (first.imported, first.already) == (3, 0)
    assert (again.imported, again.already) == (0, 3)
    assert [r.key for r in again.refused] == [r.key for r in first.refused]
    sara = services.membership.resolve("09121234567")
    assert sara.balance == 120
    assert services.audit.verify(actor=services.actor).members_checked == 3
    preview = services.imports.preview(open_member_file(path), mapping, services.actor)
    assert [line.already for line in preview.lines] == [True, True, True, False, False]


def _many(count: int, start: int = 0) -> list[str]:
    return [f"Member {i},0912{start + i:07d},,,,,{i % 7}," for i in range(count)]


def test_a_cancelled_import_leaves_whole_batches_and_the_rest_untouched(
    services: Services, tmp_path: Path
) -> None:
    source = open_member_file(write_csv(tmp_path / "many.csv", _many(250)))
    asked: list[int] = []
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # two batches go in, the third is never written

    result = services.imports.run(
        source,
        guess_mapping(source.headers),
        services.actor,
        progress=lambda done, total: seen.append((done, total)),
        cancelled=cancelled,
        batch_size=100,
    )
    assert result.cancelled
    assert (result.imported, result.untouched) == (200, 50)
    assert seen == [(0, 250), (100, 250), (200, 250)]
    assert services.membership.resolve("09120000199").name == "Member 199"
    with pytest.raises(NotFound) as caught:
        services.membership.resolve("09120000200")
    assert caught.value.code == "phone.unknown"
    assert services.audit.verify(actor=services.actor).ok
    # Run again to the end: the done rows are recognised, the rest goes in.
    rest = services.imports.run(source, guess_mapping(source.headers), services.actor)
    assert (rest.imported, rest.already, rest.cancelled) == (50, 200, False)
    assert services.audit.verify(actor=services.actor).members_checked == 250


def test_a_phone_already_in_the_club_is_refused_naming_the_member(
    services: Services, tmp_path: Path
) -> None:
    register(services, name="Sara Old", phone="09121234567")
    source = open_member_file(write_csv(tmp_path / "club.csv", ROWS[:1]))
    result = services.imports.run(source, guess_mapping(source.headers), services.actor)
    assert result.imported == 0
    [refusal] = result.refused
    assert refusal.key == "import.phone_in_club"
    assert refusal.params["member"] == "Sara Old"
    assert refusal.cells[0] == "سارا محمدی"


def test_a_file_over_the_limit_is_refused_before_anything_is_written(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from loyaltydesk.services import imports

    monkeypatch.setattr(imports, "MAX_IMPORT_ROWS", 100)
    source = open_member_file(write_csv(tmp_path / "big.csv", _many(101)))
    with pytest.raises(InvalidInput) as caught:
        services.imports.run(source, guess_mapping(source.headers), services.actor)
    assert caught.value.code == "import.too_many_rows"
    assert caught.value.params == {"limit": 100}
    assert services.audit.verify(actor=services.actor).members_checked == 0


def test_an_xlsx_with_number_phones_and_date_cells(services: Services, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Members"
    sheet.append(["Name", "Mobile", "Birthday", "Card number", "Points", "Member since"])
    sheet.append(["Sara", 9121234567, dt.datetime(1991, 8, 12), 123456789012, 40.0, None])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Ali", 9121234568.0, "1370/05/21", None, None, dt.date(2021, 1, 2)])
    path = tmp_path / "club.xlsx"
    book.save(path)
    source = open_member_file(path)
    assert source.info.kind == "xlsx" and source.info.sheets == ("Members",)
    result = services.imports.run(source, guess_mapping(source.headers), services.actor)
    assert (result.rows, result.imported, result.refused) == (2, 2, ())
    sara = services.membership.resolve("123456789012")
    assert (sara.name, sara.balance, sara.birthday) == ("Sara", 40, dt.date(1991, 8, 12))
    ali = services.membership.resolve("09121234568")
    assert ali.birthday == dt.date(1991, 8, 12)
    assert ali.joined_at == shop_midnight(dt.date(2021, 1, 2), services.settings.zone)


def test_a_million_row_file_is_refused_up_front_naming_the_limit(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("name,mobile\n")
        out.writelines(f"M{i},0912{i % 10_000_000:07d}\n" for i in range(1_000_000))
    source = open_member_file(path)
    with pytest.raises(InvalidInput) as caught:
        services.imports.run(source, guess_mapping(source.headers), services.actor)
    assert caught.value.code == "import.too_many_rows"
    assert caught.value.params == {"limit": 200_000}
    assert services.audit.verify(actor=services.actor).members_checked == 0


def test_a_file_broken_near_its_end_is_refused_before_anything_is_written(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "club.csv"
    good = "name,mobile\n" + "".join(f"M{i},0912{i:07d}\n" for i in range(20_000))
    path.write_bytes(good.encode("utf-8") + "علي,09350000000\n".encode("cp1256"))
    source = open_member_file(path)
    with pytest.raises(InvalidInput) as caught:
        services.imports.run(source, guess_mapping(source.headers), services.actor)
    assert caught.value.code == "import.wrong_encoding_at"
    assert caught.value.params["row"] == 20_002
    assert services.audit.verify(actor=services.actor).members_checked == 0


def test_the_import_is_on_the_audit_trail(services: Services, tmp_path: Path) -> None:
    from loyaltydesk.domain.audit import AuditFilter, AuditKind

    source = open_member_file(write_csv(tmp_path / "club.csv", ROWS))
    services.imports.run(source, guess_mapping(source.headers), services.actor)
    lines = services.audit.trail(AuditFilter(kinds=(AuditKind.IMPORT.value,)), services.actor)
    [line] = lines
    assert line.subject == "club.csv"
    assert line.after is not None
    assert (line.after["imported"], line.after["refused"], line.after["cancelled"]) == (3, 2, False)

"""`member duplicates|merge|unmerge` and `export members|ledger` as a script runs them."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from openpyxl import load_workbook

from loyaltydesk.i18n.calendar import gregorian_to_jalali
from tests.cli.conftest import Cli


def two_saras(cli: Cli) -> tuple[dict[str, object], dict[str, object]]:
    first = cli.json(
        "member", "add", "--name", "Sara Mohammadi", "--phone", "09121234567",
        "--birthday", "1991-08-12",
    )  # fmt: skip
    second = cli.json(
        "member", "add", "--name", "sara  MOHAMMADI", "--phone", "09351112233",
        "--birthday", "1370/05/21",
    )  # fmt: skip
    cli.json("adjust", "09121234567", "--points", "150", "--reason", "paper", "--opening")
    cli.json("adjust", "09351112233", "--points", "60", "--reason", "paper", "--opening")
    return first["member"], second["member"]


def test_duplicates_merge_and_unmerge(cli: Cli) -> None:
    first, second = two_saras(cli)

    found = cli.json("member", "duplicates")
    assert found["total"] == 1
    assert found["pairs"][0]["reasons"] == ["same_name_and_birthday"]
    assert {found["pairs"][0]["first"]["id"], found["pairs"][0]["second"]["id"]} == {
        first["id"],
        second["id"],
    }
    code, out, _ = cli.run("member", "duplicates")
    assert code == 0 and "same name and birthday" in out

    merged = cli.json("member", "merge", str(first["card"]), "09351112233", "--op-id", "m-1")
    assert not merged["replayed"]
    assert merged["member"]["balance"] == 210
    assert merged["merge"]["points"] == 60
    assert merged["merge"]["cards"] == [second["card"]]
    again = cli.json("member", "merge", str(first["card"]), "09351112233", "--op-id", "m-1")
    assert again["replayed"] and again["merge"]["id"] == merged["merge"]["id"]

    # The merged member's card scans to the member kept; their statement is still there.
    shown = cli.json("member", "show", str(second["card"]))
    assert shown["id"] == first["id"]
    statement = cli.json("statement", str(first["card"]))
    assert statement["entries"][-1]["kind"] == "merge"
    code, out, _ = cli.run("statement", str(first["card"]))
    assert "merged from sara MOHAMMADI" in out
    assert cli.json("verify")["ok"]
    assert cli.json("member", "duplicates")["total"] == 0

    # A merged member cannot be merged again; its card leads to the member kept.
    err = cli.fails("member", "merge", str(first["card"]), str(second["card"]))
    assert "themselves" in err

    undone = cli.json("member", "unmerge", str(first["card"]), str(second["card"]))
    assert undone["merge"]["undone_at"] is not None
    assert undone["member"]["balance"] == 150
    assert cli.json("member", "show", str(second["card"]))["id"] == second["id"]
    assert cli.json("verify")["ok"]
    err = cli.fails("member", "unmerge", "--merge", str(merged["merge"]["id"]))
    assert "already undone" in err
    cli.fails("member", "unmerge", str(first["card"]))  # KEEP without OTHER


def test_a_cashier_may_not_merge_nor_a_manager_unmerge(cli: Cli) -> None:
    first, second = two_saras(cli)
    cli.json("staff", "add", "--name", "Nazanin", "--role", "owner", "--pin", "1111")
    owner = ("--pin", "1111")
    cli.json(*owner, "staff", "add", "--name", "Ali", "--role", "cashier", "--pin", "3333")
    cli.json(*owner, "staff", "add", "--name", "Maryam", "--role", "manager", "--pin", "2222")
    code, _out, err = cli.run(
        "--staff", "Ali", "--pin", "3333", "member", "merge", str(first["card"]),
        str(second["card"]),
    )  # fmt: skip
    assert code == 3, err
    done = cli.json(
        "--staff", "Maryam", "--pin", "2222", "member", "merge", str(first["card"]),
        str(second["card"]),
    )  # fmt: skip
    code, _out, err = cli.run(
        "--staff", "Maryam", "--pin", "2222", "member", "unmerge", "--merge",
        str(done["merge"]["id"]),
    )  # fmt: skip
    assert code == 3, err
    assert cli.json(*owner, "member", "unmerge", "--merge", str(done["merge"]["id"]))


def test_export_members_and_ledger_as_csv_and_xlsx(cli: Cli, tmp_path: Path) -> None:
    first, second = two_saras(cli)
    cli.json("credit", "09121234567", "--amount", "1250000", "--receipt", "R-1")
    cli.json("member", "merge", str(first["card"]), str(second["card"]))

    members_csv = tmp_path / "members.csv"
    done = cli.json("export", "members", "--out", str(members_csv))
    assert done == {"what": "members", "format": "csv", "out": str(members_csv), "rows": 2}
    raw = members_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Member no.", "Name", "Mobile"]
    assert rows[1][1] == "Sara Mohammadi" and rows[1][2] == "+989121234567"
    assert rows[1][rows[0].index("Birthday")] == "1991-08-12"
    assert rows[2][rows[0].index("Merged into member no.")] == str(first["id"])

    ledger_xlsx = tmp_path / "ledger.xlsx"
    done = cli.json("export", "ledger", "--out", str(ledger_xlsx))
    assert done["format"] == "xlsx" and done["rows"] == 5
    sheet = load_workbook(ledger_xlsx).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Entry no.", "Date", "Time"]
    kinds = [row[header.index("Kind")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert kinds == ["opening balance", "opening balance", "earned", "merge", "merge"]
    purchase = [
        row[header.index("Purchase (Toman)")]
        for row in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert purchase[2] == 125000  # Rials in the shop's money (Toman)
    assert isinstance(sheet.cell(row=2, column=2).value, dt.datetime)

    # A period in the future has no lines; a reversed period is refused.
    future = tmp_path / "none.csv"
    assert cli.json("export", "ledger", "--out", str(future), "--from", "2099-01-01")["rows"] == 0
    cli.fails(
        "export", "ledger", "--out", str(future), "--from", "2026-02-02", "--to", "2026-01-01"
    )
    # Both exports are on the audit trail.
    trail = cli.json("audit", "--kind", "export")
    assert {line["subject"] for line in trail} == {"export:members", "export:ledger"}


def test_a_persian_shop_exports_in_persian_with_jalali_dates(cli: Cli, tmp_path: Path) -> None:
    two_saras(cli)
    out = tmp_path / "members.csv"
    cli.json("--lang", "fa", "export", "members", "--out", str(out))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    y, m, d = gregorian_to_jalali(dt.date(1991, 8, 12))
    assert rows[1][5] == f"{y:04d}/{m:02d}/{d:02d}"  # the birthday, in ASCII digits
    book = tmp_path / "members.xlsx"
    cli.json("--lang", "fa", "export", "members", "--out", str(book))
    sheet = load_workbook(book).active
    assert sheet is not None and sheet.sheet_view.rightToLeft

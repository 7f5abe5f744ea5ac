"""`member import FILE`: counts, refusals, re-runs, files that are not member lists."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli

# Windows-1256 has no Persian yeh (ی) nor Persian digits: older software writes the Arabic
# yeh (ي), which registration folds.
PERSIAN = (
    "نام;تلفن همراه;مانده امتياز;شماره کارت\n"
    "سارا محمدي;09121234567;120;OLD-77\n"
    "\n"
    "علي كريمي;9121234568.0;0;\n"
    "بدون موبايل;;5;\n"
)


def test_import_a_windows_1256_persian_csv_then_again(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "club.csv"
    path.write_bytes(PERSIAN.encode("cp1256"))
    code, out, err = cli.run("member", "import", str(path), "--json")
    assert code == 2, err  # a row was refused: said by the exit code, the rest imported
    data = json.loads(out)
    assert (data["rows"], data["imported"], data["already_imported"], data["refused"]) == (
        3,
        2,
        0,
        1,
    )
    [refused] = data["refused_rows"]
    assert refused["row"] == 5 and refused["reason_key"] == "phone.empty"
    assert data["mapping"] == {"name": 1, "phone": 2, "opening": 3, "card": 4}
    shown = cli.json("member", "show", "old-77")
    assert shown["name"] == "سارا محمدی" and shown["balance"] == 120
    assert shown["card"] != "OLD77"
    code, out, _ = cli.run("member", "import", str(path))
    assert code == 2
    assert out.splitlines()[0] == "Imported 0 of 3 rows; 2 already imported, 1 refused."
    assert out.splitlines()[1].startswith("Row 5: ")


def test_dry_run_writes_nothing_and_refused_rows_go_to_a_file(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "club.csv"
    path.write_text("Name,Mobile\nSara,09121234567\nSara 2,09121234567\n", encoding="utf-8-sig")
    out_file = tmp_path / "refused.csv"
    code, out, _ = cli.run(
        "member", "import", str(path), "--dry-run", "--refused-out", str(out_file)
    )
    assert code == 2
    assert "nothing written: 1 would be imported" in out
    assert cli.json("member", "find", "Sara") == []
    rows = out_file.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "Row,Reason,Name,Mobile"
    assert rows[1].startswith("3,Same member as row 2")


def test_a_mapping_by_hand(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "club.csv"
    path.write_text("a\tb\tc\nSara\tx\t09121234567\n", encoding="utf-16")
    code, out, err = cli.run("member", "import", str(path), "--map", "name=1", "--map", "phone=c")
    assert code == 0, err
    assert out.strip() == "Imported 1 of 1 rows; 0 already imported, 0 refused."


def test_files_that_are_no_member_list_are_refused_whole(cli: Cli, tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 10)
    assert "neither a CSV nor an XLSX" in cli.fails("member", "import", str(binary))
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    assert "old Excel file" in cli.fails("member", "import", str(xls))
    no_phone = tmp_path / "names.csv"
    no_phone.write_text("Name,Colour\nSara,red\n", encoding="utf-8")
    assert "column that holds the mobile number" in cli.fails("member", "import", str(no_phone))
    assert cli.json("member", "find", "Sara") == []

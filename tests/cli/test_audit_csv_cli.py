"""`audit --csv` writes through the same writer as the owner's window: one file format."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loyaltydesk.devices.exports import AUDIT_CSV_COLUMNS
from tests.cli.conftest import Cli


def test_audit_csv_from_the_command_line(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.json("staff", "add", "--name", "Nazanin", "--role", "owner", "--pin", "1234")
    monkeypatch.setenv("LOYALTYDESK_PIN", "1234")
    cli.json("staff", "add", "--name", "=HYPERLINK(1)", "--role", "cashier", "--pin", "5678")
    target = tmp_path / "trail.csv"
    code, _out, err = cli.run("audit", "--csv", str(target))
    assert code == 0, err
    with target.open(encoding="utf-8-sig", newline="") as read:
        rows = list(csv.reader(read))
    assert tuple(rows[0]) == AUDIT_CSV_COLUMNS
    added = [row for row in rows[1:] if row[2] == "staff_added"]
    assert [row[6] for row in added] == ["'=HYPERLINK(1)", "Nazanin"]
    # A name a spreadsheet would run as a formula stays text; the JSON keeps it as stored.
    assert '"=HYPERLINK(1)"' in added[0][8]
    exported = cli.json("audit", "--kind", "export")
    assert exported[0]["after"] == {"rows": len(rows) - 1, "file": str(target)}

"""`loyaltydesk --version` and `loyaltydesk --self-check`, run from the source tree."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from loyaltydesk import __version__
from loyaltydesk.cli.main import main
from loyaltydesk.persistence.database import HEAD_REVISION, open_database

REPO = Path(__file__).resolve().parents[2]
CHECKS = [
    "resources",
    "qt",
    "database",
    "migrations",
    "credit-redeem",
    "card-pdf",
    "persian",
    "api",
]


def _version(*args: str) -> str:
    out = io.StringIO()
    assert main([*args, "--version"], out) == 0
    return out.getvalue()


def test_version_names_the_program_first_then_the_database_and_libraries(
    tmp_path: Path,
) -> None:
    db = tmp_path / "club.sqlite3"
    open_database(str(db)).dispose()
    lines = _version("--database", str(db)).splitlines()
    assert lines[0] == f"LoyaltyDesk {__version__}"  # as before: scripts read this line
    assert f"Database: {db}" in lines
    assert f"Schema revision: {HEAD_REVISION}; this program: {HEAD_REVISION}" in lines
    assert any(line.startswith("SQLAlchemy: 2.") for line in lines)
    assert any(line.startswith("Qt: 6.") for line in lines)


def test_version_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    text = _version("--database", str(db))
    assert "Schema revision: not created yet" in text
    assert not db.exists()


def test_version_of_an_older_database_says_it_is_upgraded_on_the_next_start(
    tmp_path: Path,
) -> None:
    import sqlite3

    db = tmp_path / "old.sqlite3"
    open_database(str(db)).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    text = _version("--database", str(db))
    assert "Schema revision: 0001 (upgraded on next start)" in text
    with sqlite3.connect(db) as conn:  # looked at, not upgraded
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_version_of_a_file_that_is_not_a_club_says_so_and_still_answers(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    db.write_text("not a database")
    text = _version("--database", str(db))
    assert "Schema revision: unknown (database.not_loyaltydesk)" in text
    assert db.read_text() == "not a database"


def test_version_as_json(tmp_path: Path) -> None:
    data = json.loads(_version("--json", "--database", str(tmp_path / "x.sqlite3")))
    assert data["version"] == __version__
    assert data["schema_revision"] is None
    assert data["schema_head"] == HEAD_REVISION
    assert data["libraries"]["reportlab"]
    assert data["built"] is False


def test_a_password_in_the_database_url_is_never_shown() -> None:
    text = _version("--database", "postgresql://till:s3cret@127.0.0.1:1/club")
    assert "s3cret" not in text
    assert "Schema revision: unknown" in text


def _self_check(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    data = tmp_path / "shop-data"
    env = {
        "LOYALTYDESK_DATA_DIR": str(data),
        # a shop's database that the check must leave alone
        "LOYALTYDESK_DATABASE_URL": str(tmp_path / "shop.sqlite3"),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "--self-check", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=300,
    )


def test_the_self_check_passes_from_source_and_touches_no_shop_data(tmp_path: Path) -> None:
    done = _self_check(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[1] for line in lines] == CHECKS
    assert all(line.startswith("PASS ") for line in lines)
    assert not (tmp_path / "shop-data").exists()
    assert not (tmp_path / "shop.sqlite3").exists()


def test_the_self_check_as_json(tmp_path: Path) -> None:
    done = _self_check(tmp_path, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["passed"] is True
    assert [c["name"] for c in result["checks"]] == CHECKS
    card = next(c for c in result["checks"] if c["name"] == "card-pdf")
    assert "QRCode, Code128 read back" in card["detail"]
    # A POS's credit through the API on a loopback port, and what serves it.
    api = next(c for c in result["checks"] if c["name"] == "api")
    assert api["detail"].startswith("http://127.0.0.1:") and "a credit of 10" in api["detail"]


def test_a_failed_check_is_a_fail_line_and_exit_code_1(monkeypatch: pytest.MonkeyPatch) -> None:
    from loyaltydesk import selfcheck

    monkeypatch.setattr(
        selfcheck,
        "run_self_check",
        lambda _serve_api: [
            selfcheck.CheckResult("database", True, "here"),
            selfcheck.CheckResult("card-pdf", False, "could not read QRCode"),
        ],
    )
    out = io.StringIO()
    assert main(["--self-check"], out) == 1
    assert out.getvalue().splitlines() == [
        "PASS database (here)",
        "FAIL card-pdf: could not read QRCode",
    ]

"""`backup --auto`, `backup --list`, `backup PATH --encrypt` and `restore` of a sealed file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loyaltydesk.settings import load_settings
from tests.cli.conftest import Cli


def _member(cli: Cli) -> str:
    card = cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")["member"]["card"]
    cli.json("credit", card, "--amount", "5000000")
    return str(card)


def _use_folder(tmp_path: Path, folder: Path, **extra: object) -> None:
    settings_file = tmp_path / "data" / "settings.json"
    data = json.loads(settings_file.read_text()) if settings_file.exists() else {}
    data.update({"backup_folder": str(folder), **extra})
    settings_file.write_text(json.dumps(data))


def test_auto_writes_checks_and_lists(cli: Cli, tmp_path: Path) -> None:
    _member(cli)
    assert cli.json("backup", "--list") == {
        "folder": str(tmp_path / "data" / "backups"),
        "backups": [],
    }
    made = cli.json("backup", "--auto")
    assert made["verified"] is True and made["encrypted"] is False and made["pruned"] == []
    assert Path(made["backup"]).parent == tmp_path / "data" / "backups"
    assert Path(made["backup"]).stat().st_size == made["size"]
    listed = cli.json("backup", "--list")["backups"]
    assert [b["file"] for b in listed] == [made["backup"]]
    code, out, _ = cli.run("backup", "--list")
    assert code == 0 and Path(made["backup"]).name in out
    # A second one the same shop day takes the day's place: the newest of a day is kept.
    again = cli.json("backup", "--auto")
    assert again["backup"] != made["backup"]
    assert again["pruned"] == [Path(made["backup"]).name]
    listed = cli.json("backup", "--list")["backups"]
    assert [b["file"] for b in listed] == [again["backup"]]


def test_auto_into_a_folder_that_is_gone_is_exit_4(cli: Cli, tmp_path: Path) -> None:
    _member(cli)
    _use_folder(tmp_path, tmp_path / "usb")
    err = cli.fails("backup", "--auto", code=4)
    assert "is not there" in err and str(tmp_path / "usb") in err
    assert not (tmp_path / "usb").exists()
    assert load_settings(tmp_path / "data").backup_folder == str(tmp_path / "usb")


def test_usage_mistakes_are_exit_2(cli: Cli, tmp_path: Path) -> None:
    cli.fails("backup", code=2)
    cli.fails("backup", "--auto", str(tmp_path / "x.sqlite3"), code=2)
    cli.fails("backup", "--auto", "--list", code=2)


def test_an_encrypted_backup_restores_only_with_its_passphrase(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = _member(cli)
    target = tmp_path / "club.sqlite3.enc"
    monkeypatch.delenv("LOYALTYDESK_BACKUP_PASSPHRASE", raising=False)
    # No variable and no terminal to ask on: said, nothing written.
    assert "SHOP_KEY" in cli.fails(
        "backup", str(target), "--encrypt", "--passphrase-env", "SHOP_KEY", code=2
    )
    assert not target.exists()
    monkeypatch.setenv("SHOP_KEY", "a long passphrase")
    made = cli.json("backup", str(target), "--encrypt", "--passphrase-env", "SHOP_KEY")
    assert made == {
        "backup": str(target),
        "size": target.stat().st_size,
        "verified": True,
        "encrypted": True,
    }
    assert b"SQLite format 3" not in target.read_bytes()
    cli.json("credit", card, "--amount", "5000000")
    monkeypatch.setenv("LOYALTYDESK_BACKUP_PASSPHRASE", "not the one")
    assert "not the passphrase" in cli.fails("restore", str(target), code=2)
    assert cli.json("member", "show", card)["balance"] == 100
    restored = cli.json("restore", str(target), "--passphrase-env", "SHOP_KEY")
    assert Path(restored["safety_copy"]).exists()
    assert cli.json("member", "show", card)["balance"] == 50
    assert cli.json("verify")["ok"] is True


def test_auto_with_encryption_uses_the_passphrase_variable(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _member(cli)
    folder = tmp_path / "synced"
    folder.mkdir()
    _use_folder(tmp_path, folder, backup_encrypt=True)
    monkeypatch.delenv("LOYALTYDESK_BACKUP_PASSPHRASE", raising=False)
    assert "passphrase" in cli.fails("backup", "--auto", code=2)
    monkeypatch.setenv("LOYALTYDESK_BACKUP_PASSPHRASE", "a long passphrase")
    made = cli.json("backup", "--auto")
    assert made["encrypted"] is True and made["backup"].endswith(".sqlite3.enc")
    assert cli.json("backup", "--list")["backups"][0]["encrypted"] is True

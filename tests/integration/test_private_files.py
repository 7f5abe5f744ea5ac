"""Personal data stays the owner's account's (issue 14): the data folder and every folder in
it are 0700; the database and its -wal/-shm, the settings, the logs and the backups are 0600
from their first moment, whatever the umask; what an older version left readable by others
is narrowed when the program opens it, and that is logged once."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import Services, build_services, configure_logging
from loyaltydesk.cli.main import main
from loyaltydesk.persistence import database as database_module
from loyaltydesk.persistence.database import open_database
from loyaltydesk.private_files import private_dir, private_file
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock
from tests.integration.helpers import credit, register

pytestmark = pytest.mark.skipif(
    os.name == "nt", reason="Windows: the data folder is in the user's own profile"
)


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    """The usual umask, under which a new file is readable by everyone."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def logs() -> Iterator[None]:
    """The log handlers a test adds are taken away again (the root logger outlives it)."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def modes(folder: Path) -> dict[str, int]:
    """Every folder and file under ``folder`` (itself as "."), with its mode."""
    found = {".": mode(folder)}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = mode(path)
    return found


def assert_private(folder: Path) -> dict[str, int]:
    found = modes(folder)
    wider = {
        name: f"{m:04o}"
        for name, m in found.items()
        if m != (0o700 if (folder / name).is_dir() else 0o600)
    }
    assert not wider, wider
    return found


def open_club(settings: Settings, clock: FakeClock) -> Services:
    """As the window and every command start: the log first, then the database."""
    configure_logging(settings)
    return build_services(settings, str(settings.default_database_path), clock=clock)


def flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def end_process(settings: Settings) -> None:
    """What the end of the program does to its log: the next start sets it up anew."""
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if getattr(handler, "baseFilename", "").startswith(str(settings.log_dir)):
            root.removeHandler(handler)
            handler.close()


@pytest.mark.usefixtures("logs")
def test_a_new_club_is_the_owners_alone(
    tmp_path: Path, settings: Settings, clock: FakeClock
) -> None:
    services = open_club(settings, clock)
    try:
        member = register(services, phone="09121234567", national_code="0012345679")
        credit(services, member, 2_500_000)
        settings.save()
        elsewhere = tmp_path / "usb"
        elsewhere.mkdir()
        backup = services.admin.backup(elsewhere / "club.sqlite3")
        safety = services.admin.restore(backup)  # its safety copy goes to the backups folder
        logging.getLogger("loyaltydesk.test").info("member %s credited", member.id)
        flush_logs()
        found = assert_private(settings.data_dir)  # while the club is open: -wal and -shm too
    finally:
        services.close()
    assert {"loyaltydesk.sqlite3", "loyaltydesk.sqlite3-wal", "loyaltydesk.sqlite3-shm"} <= set(
        found
    )
    assert {"settings.json", "logs/loyaltydesk.log", "backups"} <= set(found)
    assert safety.parent == settings.backup_dir and mode(safety) == 0o600
    # A backup is the whole club wherever the owner puts it: private there too. The folder
    # it went to is the owner's, and is left as it was.
    assert mode(backup) == 0o600 and mode(elsewhere) == 0o755
    assert f"member {member.id} credited" in (settings.log_dir / "loyaltydesk.log").read_text()


@pytest.mark.usefixtures("logs")
def test_rotated_logs_and_the_new_one_stay_private(settings: Settings) -> None:
    log_path = configure_logging(settings)
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.FileHandler) and h.baseFilename == str(log_path)
    )
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    logging.getLogger("loyaltydesk.test").info("before the turn")
    handler.doRollover()
    logging.getLogger("loyaltydesk.test").info("after the turn")
    flush_logs()
    assert set(assert_private(settings.data_dir)) >= {
        "logs/loyaltydesk.log",
        "logs/loyaltydesk.log.1",
    }
    assert "before the turn" in (settings.log_dir / "loyaltydesk.log.1").read_text()
    assert "after the turn" in log_path.read_text()


@pytest.mark.usefixtures("logs")
def test_an_older_versions_club_is_narrowed_on_open_and_that_is_logged_once(
    tmp_path: Path, settings: Settings, clock: FakeClock
) -> None:
    services = open_club(settings, clock)
    register(services)
    services.admin.restore(services.admin.backup(tmp_path / "backup.sqlite3"))
    services.close()
    settings.save()
    end_process(settings)
    # As an older version left it: everything readable by everyone.
    for path in [settings.data_dir, *settings.data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    (settings.data_dir / "copied-in.sqlite3").write_bytes(b"")  # a file put there by hand

    services = open_club(settings, clock)
    services.close()
    end_process(settings)
    assert_private(settings.data_dir)
    log_text = (settings.log_dir / "loyaltydesk.log").read_text()
    said = [line for line in log_text.splitlines() if "private" in line]
    assert any(f"made {settings.data_dir} private: its mode was 0755, now 0700" in s for s in said)
    assert any("loyaltydesk.sqlite3 private: its mode was 0644, now 0600" in s for s in said)
    assert any("copied-in.sqlite3 private" in line for line in said)
    assert any("backups/loyaltydesk-before-restore-" in line for line in said)

    services = open_club(settings, clock)
    services.close()
    end_process(settings)
    again = (settings.log_dir / "loyaltydesk.log").read_text()
    assert [line for line in again.splitlines() if "private" in line] == said  # once


def test_a_folder_made_by_an_older_version_becomes_0700(tmp_path: Path) -> None:
    folder = tmp_path / "LoyaltyDesk"
    folder.mkdir()
    folder.chmod(0o755)
    assert private_dir(folder) == folder
    assert mode(folder) == 0o700


def test_folders_above_the_private_ones_are_made_as_any_folder(tmp_path: Path) -> None:
    """~/.local/share may not exist yet: it is the user's, not the program's."""
    share = tmp_path / "share"
    assert private_dir(share / "LoyaltyDesk", share / "LoyaltyDesk" / "logs").name == "logs"
    assert mode(share) == 0o755
    assert mode(share / "LoyaltyDesk") == mode(share / "LoyaltyDesk" / "logs") == 0o700


def test_a_new_database_anywhere_is_private_with_its_wal(
    tmp_path: Path, settings: Settings, clock: FakeClock
) -> None:
    """A database the owner keeps outside the data folder (the settings or
    LOYALTYDESK_DATABASE_URL): made private by the program that makes it."""
    path = tmp_path / "shop" / "club.sqlite3"
    path.parent.mkdir()
    services = build_services(settings, str(path), clock=clock)
    try:
        credit(services, register(services), 1_000_000)
        assert {p.name: mode(p) for p in path.parent.iterdir()} == {
            "club.sqlite3": 0o600,
            "club.sqlite3-wal": 0o600,
            "club.sqlite3-shm": 0o600,
            "club.sqlite3.writelock": 0o600,
        }
    finally:
        services.close()
    assert mode(path.parent) == 0o755  # the owner's folder is the owner's business


def test_an_existing_database_outside_the_data_folder_keeps_the_mode_its_owner_gave(
    tmp_path: Path, settings: Settings, clock: FakeClock
) -> None:
    """Two accounts of one PC may share a club file by its group: narrowing it would lock
    the other one out. The program narrows what is in its own data folder only."""
    path = tmp_path / "club.sqlite3"
    build_services(settings, str(path), clock=clock).close()
    path.chmod(0o660)
    services = build_services(settings, str(path), clock=clock)
    try:
        register(services)
    finally:
        services.close()
    assert mode(path) == 0o660


def test_links_in_an_open_data_folder_are_not_followed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    outside = tmp_path / "shared"
    outside.mkdir()
    (outside / "menu.pdf").write_bytes(b"%PDF")
    data.mkdir()
    (data / "menu.pdf").symlink_to(outside / "menu.pdf")
    (data / "shared").symlink_to(outside)
    (data / "notes.txt").write_text("x")
    private_dir(data)
    assert mode(data) == 0o700 and mode(data / "notes.txt") == 0o600
    assert mode(outside) == 0o755 and mode(outside / "menu.pdf") == 0o644


def test_only_others_lose_their_rights_and_other_folders_are_not_entered(
    tmp_path: Path,
) -> None:
    """A data folder set (LOYALTYDESK_DATA_DIR) to one that holds other things: the owner
    keeps every right of their own, and folders that are not the program's are left to them
    (nobody else can reach them through the closed folder anyway)."""
    data = tmp_path / "shop"
    (data / "photos").mkdir(parents=True)
    (data / "photos" / "front.jpg").write_bytes(b"")
    (data / "open.sh").write_text("#!/bin/sh\n")
    (data / "open.sh").chmod(0o755)
    (data / "notes.txt").write_text("")
    (data / "notes.txt").chmod(0o444)
    private_dir(data)
    assert modes(data) == {
        ".": 0o700,
        "notes.txt": 0o400,
        "open.sh": 0o700,
        "photos": 0o755,
        "photos/front.jpg": 0o644,
    }


def test_a_private_folder_is_not_looked_into(tmp_path: Path) -> None:
    """Nobody else can reach what is in it; a command run at every sale does not walk the
    backups each time."""
    data = private_dir(tmp_path / "data")
    (data / "copied.sqlite3").write_bytes(b"")
    assert mode(data / "copied.sqlite3") == 0o644
    private_dir(data)
    assert mode(data / "copied.sqlite3") == 0o644


def test_a_file_is_private_from_its_first_moment(tmp_path: Path) -> None:
    target = tmp_path / "settings.json.partial"
    private_file(target)
    assert mode(target) == 0o600 and target.read_bytes() == b""
    target.chmod(0o644)
    target.write_text("kept")
    private_file(target)  # an existing one is narrowed, not emptied
    assert mode(target) == 0o600 and target.read_text() == "kept"


def test_the_settings_file_is_private_when_replaced(settings: Settings) -> None:
    settings.save()
    (settings.data_dir / "settings.json").chmod(0o644)
    replace(settings, shop_name="Café Sara").save()
    assert mode(settings.data_dir / "settings.json") == 0o600
    assert mode(settings.data_dir) == 0o700


@pytest.mark.usefixtures("logs")
def test_the_command_line_keeps_the_club_private_and_exports_where_the_owner_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A till's script: the default club in the data folder, then a backup and an SMS list
    out of it. The list goes where the owner chose, with the mode any new file gets there
    (devices/exports); the data folder holds only private files."""
    data = tmp_path / "data"
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(data))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    monkeypatch.delenv("LOYALTYDESK_DATABASE_URL", raising=False)

    def run(*args: str) -> None:
        code = main([*args, "--json"], out=io.StringIO())
        assert code == 0, capsys.readouterr().err

    run("member", "add", "--name", "Sara Karimi", "--phone", "09121234567")
    run("credit", "09121234567", "--amount", "2500000")
    run("backup", str(tmp_path / "club-backup.sqlite3"))
    run("report", "top", "--period", "last-month", "--csv", str(tmp_path / "top.csv"))
    flush_logs()
    assert {"loyaltydesk.sqlite3", "logs/loyaltydesk.log"} <= set(assert_private(data))
    assert mode(tmp_path / "club-backup.sqlite3") == 0o600
    assert mode(tmp_path / "top.csv") == 0o644


def test_a_backup_is_private_from_either_database(services: Services, tmp_path: Path) -> None:
    """From PostgreSQL too: the copy is a new SQLite file, private from its first byte."""
    credit(services, register(services), 1_000_000)
    backup = services.admin.backup(tmp_path / "backup.sqlite3")
    assert mode(backup) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("backup")] == [backup.name]


def test_the_copy_before_an_upgrade_is_private(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Next to a SQLite file (in the owner's folder, left as it is), or for a server in the
    data folder's backups, made private."""
    open_database(db_url).dispose()
    monkeypatch.setattr(database_module, "head_revision", lambda: "0002_next")
    monkeypatch.setattr(database_module, "upgrade", lambda _db: None)
    backups = tmp_path / "data" / "backups"
    open_database(db_url, backup_dir=backups).dispose()
    [copy] = list(tmp_path.rglob("loyaltydesk-before-upgrade-*"))
    assert mode(copy) == 0o600
    if "://" in db_url:
        assert copy.parent == backups and mode(backups) == 0o700
    else:
        assert copy.parent == tmp_path and not backups.exists()

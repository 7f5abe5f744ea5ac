"""Opening, upgrading, backing up and restoring databases; faults that must save nothing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.errors import InvalidInput, StorageError
from loyaltydesk.persistence import database as database_module
from loyaltydesk.persistence.database import open_database
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock
from tests.integration.helpers import credit, register


def test_a_new_database_is_created_at_the_latest_schema(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "new.sqlite3"))
    with sqlite3.connect(tmp_path / "new.sqlite3") as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert revision == database_module.head_revision()
    db.dispose()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list")
    with pytest.raises(StorageError) as caught:
        open_database(str(path))
    assert caught.value.code == "database.not_loyaltydesk"
    assert path.read_text() == "shopping list"


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        open_database(str(path))
    assert caught.value.code == "database.not_loyaltydesk"
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(StorageError) as caught:
        open_database(str(path))
    assert caught.value.code == "database.too_new"


def test_an_older_database_is_copied_before_it_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "club.sqlite3"
    open_database(str(path)).dispose()
    real_head = database_module.head_revision()
    # Pretend this program knows a newer schema than the file has.
    monkeypatch.setattr(database_module, "head_revision", lambda: "0002_next")
    upgraded: list[str] = []
    monkeypatch.setattr(database_module, "upgrade", lambda db: upgraded.append(db.describe()))
    open_database(str(path), backup_dir=tmp_path / "elsewhere").dispose()
    [copy] = list(tmp_path.glob("loyaltydesk-before-upgrade-*"))  # next to the database
    assert copy.name.startswith(f"loyaltydesk-before-upgrade-{real_head}-")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (real_head,)
    assert upgraded


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only files")
def test_a_read_only_database_saves_nothing_and_says_so(
    tmp_path: Path, settings: Settings, clock: FakeClock
) -> None:
    path = tmp_path / "club.sqlite3"
    services = build_services(settings, str(path), clock=clock)
    member = register(services)
    services.close()
    for name in os.listdir(tmp_path):
        if name.startswith("club"):
            os.chmod(tmp_path / name, 0o444)
    os.chmod(tmp_path, 0o555)
    try:
        services = build_services(settings, str(path), clock=clock)
        with pytest.raises(StorageError) as caught:
            credit(services, member, 1_000_000)
        assert caught.value.code in {"storage.read_only", "database.cannot_open"}
        services.close()
    finally:
        os.chmod(tmp_path, 0o755)


def test_a_full_disk_saves_nothing_and_says_so(
    tmp_path: Path, settings: Settings, clock: FakeClock
) -> None:
    path = tmp_path / "club.sqlite3"
    services = build_services(settings, str(path), clock=clock)
    member = register(services)
    services.close()
    # SQLite's own cap on the file size behaves as a full disk does: SQLITE_FULL.
    with sqlite3.connect(path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    services = build_services(settings, str(path), clock=clock)
    on_every_connection(services, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as caught:
        for _ in range(2000):
            credit(services, member, 1_000_000, receipt="x" * 60 + str(_))
    assert caught.value.code == "storage.full"
    services.close()
    after = build_services(settings, str(path), clock=clock)
    report = after.audit.verify(actor=after.actor)
    assert report.ok
    after.close()


def on_every_connection(services: Services, pragma: str) -> None:
    """Simulate a fault: every new connection of the services' engine runs ``pragma``.

    The test reaches through the services to their engine only for this.
    """
    engine = services.close.__self__.engine  # type: ignore[attr-defined]
    assert isinstance(engine, Engine)

    def run(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(pragma)

    event.listen(engine, "connect", run)
    engine.dispose()  # pooled connections were made before the fault


def test_backup_and_restore_round_trip(services: Services, tmp_path: Path) -> None:
    member = register(services)
    credit(services, member, 5_000_000, receipt="B1")
    target = services.admin.backup(tmp_path / "backup.sqlite3")
    with pytest.raises(InvalidInput) as exists:  # the user's mistake: exit 2, not 4
        services.admin.backup(target)
    assert exists.value.code == "backup.exists"
    credit(services, member, 5_000_000, receipt="B2")  # made after the backup
    assert services.membership.get(member.id).balance == 100
    safety = services.admin.restore(target)
    assert safety.exists()
    assert services.membership.get(member.id).balance == 50
    assert services.audit.verify(actor=services.actor).ok
    # The club keeps working after a restore: ids and receipts continue.
    assert credit(services, member, 1_000_000, receipt="B2") == 60
    other = register(services, name="Ali", phone="09350000001")
    assert other.id != member.id


def test_restore_refuses_a_file_that_is_not_a_backup(services: Services, tmp_path: Path) -> None:
    member = register(services)
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database at all")
    with pytest.raises(StorageError):
        services.admin.restore(bogus)
    with pytest.raises(InvalidInput) as missing:
        services.admin.restore(tmp_path / "missing.sqlite3")
    assert missing.value.code == "restore.no_file"
    assert services.membership.get(member.id).id == member.id


@pytest.mark.postgres
def test_a_postgresql_backup_restores_into_sqlite(
    pg_url: str, settings: Settings, clock: FakeClock, tmp_path: Path
) -> None:
    server = build_services(settings, pg_url, clock=clock)
    server.rules.add_reward("Free drink", 40, actor=server.actor)
    member = register(server)
    credit(server, member, 5_000_000)
    server.counter.redeem("r", member.id, "Free drink", server.actor)
    server.membership.replace_card("c", member.id, server.actor)
    backup = server.admin.backup(tmp_path / "pg.sqlite3")
    server.close()
    local = build_services(settings, str(tmp_path / "local.sqlite3"), clock=clock)
    local.admin.restore(backup)
    restored = local.membership.get(member.id)
    assert restored.balance == 10 and local.audit.verify(actor=local.actor).ok
    assert len(local.membership.statement(member.id).lines) == 2
    # ...and back into a PostgreSQL server.
    again = build_services(settings, pg_url, clock=clock)
    again.admin.restore(backup)
    assert again.membership.get(member.id).balance == 10
    assert credit(again, restored, 1_000_000) == 20  # sequences continue after the copy
    again.close()
    local.close()


def test_a_database_that_refuses_writes_saves_nothing_and_says_so(
    tmp_path: Path, settings: Settings, clock: FakeClock
) -> None:
    # Root ignores file permissions (and CI runs as root), so make SQLite refuse instead.
    path = tmp_path / "club.sqlite3"
    services = build_services(settings, str(path), clock=clock)
    member = register(services)
    credit(services, member, 1_000_000)
    on_every_connection(services, "PRAGMA query_only = ON")
    with pytest.raises(StorageError) as caught:
        credit(services, member, 1_000_000)
    assert caught.value.code == "storage.read_only"
    assert services.membership.get(member.id).balance == 10
    services.close()

"""Whole-database work for the owner: backup and restore."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from loyaltydesk.domain.errors import InvalidInput, StorageError
from loyaltydesk.persistence import sealed_files
from loyaltydesk.persistence.database import (
    Database,
    backup_to_file,
    backup_write_error,
    make_engine,
    normalise_url,
    restore_from_file,
    schema_revision,
)
from loyaltydesk.persistence.unit_of_work import SqlUnitOfWorkFactory
from loyaltydesk.private_files import private_file
from loyaltydesk.services.ports import CheckedCopy, UnitOfWorkFactory
from loyaltydesk.services.views import VerifyReport


class SqlDatabaseAdmin:
    def __init__(self, database: Database, safety_dir: Path) -> None:
        self._database = database
        self._safety_dir = safety_dir

    def backup(self, target: Path) -> Path:
        return backup_to_file(self._database, target)

    def restore(self, source: Path, passphrase: str | None = None) -> Path:
        source = source.expanduser().resolve()
        if not sealed_files.is_sealed(source):
            return restore_from_file(self._database, source, self._safety_dir)
        if not passphrase:
            raise InvalidInput("backup.no_passphrase")
        with _scratch() as scratch:
            plain = scratch / source.name.removesuffix(".enc")
            # A wrong passphrase or a damaged file stops here, before anything is replaced.
            sealed_files.unseal(source, plain, passphrase)
            return restore_from_file(self._database, plain, self._safety_dir)

    def describe(self) -> str:
        return self._database.describe()

    def is_sealed(self, path: Path) -> bool:
        return sealed_files.is_sealed(path)

    def write_server_dump(self, target: Path, passphrase: str | None) -> Path | None:
        """The server's own archive of a PostgreSQL club (pg_dump, custom format) at
        ``target``, sealed when a passphrase is given; None for a SQLite club.

        It goes beside the checked copy, which stays the copy our own `restore` takes: a
        DBA restores this one with pg_restore, into a server of any version. Written as
        .partial and checked with ``pg_restore --list`` before it takes its name. Raises
        StorageError ``backup.pg_dump_missing`` when pg_dump is not installed."""
        if self._database.is_sqlite:
            return None
        pg_dump = shutil.which("pg_dump")
        pg_restore = shutil.which("pg_restore")
        if pg_dump is None or pg_restore is None:
            raise StorageError("backup.pg_dump_missing")
        url = self._database.url
        env = {**os.environ, "PGPASSWORD": url.password or "", "PGCONNECT_TIMEOUT": "10"}
        # The server as the club's URL names it: host and port, or (for a local socket)
        # ?host=/folder&port=N in its query, as libpq takes them.
        for variable, value in (
            ("PGHOST", url.host or url.query.get("host")),
            ("PGPORT", url.port or url.query.get("port")),
            ("PGUSER", url.username),
            ("PGSSLMODE", url.query.get("sslmode")),
        ):
            if value:
                env[variable] = str(value if isinstance(value, str | int) else value[0])
        target = target.expanduser().absolute()
        partial = target.with_name(target.name + ".partial")
        try:
            with _scratch() as scratch:
                plain = scratch / "club.pgdump" if passphrase else partial
                private_file(partial)  # pg_dump keeps the mode of a file that is there
                _run(
                    [
                        pg_dump,
                        "--format=custom",
                        "--no-owner",
                        f"--file={plain}",
                        "--dbname",
                        url.database or "",
                    ],
                    env,
                    target,
                )
                _run([pg_restore, "--list", str(plain)], env, target)
                if passphrase:
                    sealed_files.seal(plain, partial, passphrase)
            _sync(partial)
            partial.replace(target)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise backup_write_error(error, target) from error
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise
        return target

    def write_checked_copy(
        self,
        target: Path,
        passphrase: str | None,
        check: Callable[[UnitOfWorkFactory], VerifyReport],
    ) -> CheckedCopy:
        target = target.expanduser().absolute()
        if target.exists():
            raise InvalidInput("backup.exists", path=str(target))
        if not target.parent.is_dir():
            raise StorageError("backup.folder_missing", path=str(target.parent))
        partial = target.with_name(target.name + ".partial")
        try:
            partial.unlink(missing_ok=True)  # left by a run that was cut off
            with _scratch() as scratch:
                if passphrase is None:
                    backup_to_file(self._database, partial)
                    report = check_file(partial, check)
                else:
                    # The plain copy stays in the private scratch folder; only the sealed one
                    # goes to the stick, and it is unsealed again to prove it opens.
                    plain = scratch / "copy.sqlite3"
                    backup_to_file(self._database, plain)
                    sealed_files.seal(plain, partial, passphrase)
                    plain.unlink()
                    opened = scratch / "check.sqlite3"
                    sealed_files.unseal(partial, opened, passphrase)
                    report = check_file(opened, check)
            _sync(partial)
            partial.replace(target)
            size = target.stat().st_size
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise backup_write_error(error, target) from error
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise
        return CheckedCopy(target, size, report)


@contextlib.contextmanager
def _scratch() -> Iterator[Path]:
    # mkdtemp makes the folder 0700: a plain copy of the club in it is the owner's alone.
    with tempfile.TemporaryDirectory(prefix="loyaltydesk-backup-") as folder:
        yield Path(folder)


def _run(command: list[str], env: dict[str, str], target: Path) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        raise StorageError("backup.pg_dump_failed", path=str(target), detail=detail[:300])


def _sync(path: Path) -> None:
    """On the stick before it takes its name: a stick pulled out right after a backup must
    not hold a file that looks finished and is not."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_file(path: Path, check: Callable[[UnitOfWorkFactory], VerifyReport]) -> VerifyReport:
    """Open a backup just written as a database of its own and run ``check`` on it.

    Opening it switches it to WAL; it is switched back, so the backup stays one file."""
    url = normalise_url(str(path))
    engine = make_engine(url)
    try:
        revision, tables = schema_revision(engine)
        if revision is None or "members" not in tables:
            raise StorageError("database.not_loyaltydesk", path=str(path))
        return check(SqlUnitOfWorkFactory(Database(url, engine)))
    finally:
        engine.dispose()
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()

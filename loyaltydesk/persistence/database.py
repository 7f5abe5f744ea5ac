"""Opening a database: engine settings, schema upgrades with a backup first, backup/restore."""

from __future__ import annotations

import datetime as dt
import errno
import logging
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Engine,
    MetaData,
    Table,
    create_engine,
    event,
    inspect,
    make_url,
    select,
    text,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from loyaltydesk import paths
from loyaltydesk.domain.errors import InvalidInput, StorageError
from loyaltydesk.persistence.errors import translate
from loyaltydesk.persistence.tables import Base
from loyaltydesk.persistence.write_lock import WriteLock
from loyaltydesk.private_files import private_dir, private_file

if TYPE_CHECKING:  # Alembic is imported only when a schema must be created or changed
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = paths.MIGRATIONS
# The newest revision in migrations/versions, known without importing Alembic: opening an
# up-to-date database (every command-line call, once per sale at a till) then costs one small
# query. tests/integration/test_storage.py checks it against the migrations folder.
HEAD_REVISION = "0011"
_WRITE = "loyaltydesk_write"


def normalise_url(url: str) -> URL:
    """A database URL with our drivers: psycopg 3 for PostgreSQL, a plain path for SQLite."""
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so a write can take the lock up
    # front (BEGIN IMMEDIATE) instead of failing half-way when another counter writes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA foreign_keys = ON")
    mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
    log.debug("sqlite journal mode %s", mode)
    # FULL: a committed credit survives a power cut, not only a crash of the program.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


CONNECT_TIMEOUT_S = 5


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # A server behind a dropped network line would keep a connection attempt waiting for
    # minutes; a counter says "offline" within seconds instead (a URL may say otherwise).
    connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_S}
    return create_engine(
        url, pool_pre_ping=True, pool_size=2, max_overflow=2, connect_args=connect_args
    )


class Database:
    """An open, up-to-date LoyaltyDesk database — or, for a counter started while its
    server did not answer, one whose schema is checked (and upgraded) the first time the
    server answers, before anything else is read or written there (``ensure_schema``)."""

    def __init__(
        self, url: URL, engine: Engine, *, unchecked: bool = False, backup_dir: Path | None = None
    ) -> None:
        self.url = url
        self.engine = engine
        self._unchecked = unchecked
        self._backup_dir = backup_dir
        self._checking = threading.Lock()  # the window's thread and a sync worker
        self.write_engine = engine.execution_options(**{_WRITE: True})
        # Commits started through this object: after a failure, whether something may have
        # been saved (the command line must not then say that nothing was).
        self.commits_started = 0
        # Writers to a SQLite file queue for their turn (see write_lock); a server queues
        # them itself.
        path = self.sqlite_path
        self.write_lock = WriteLock.of(path) if path is not None else None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @property
    def schema_checked(self) -> bool:
        return not self._unchecked

    def ensure_schema(self) -> None:
        """The check open_database would have made, made now: raises ``database.unreachable``
        while the server still does not answer, and a too-new or foreign database's error
        (every time: nothing is read or written there) once it does."""
        if not self._unchecked:
            return
        with self._checking:
            if not self._unchecked:
                return
            _check_schema(self, self._backup_dir)
            self._unchecked = False
            log.info("%s answered: schema checked", self.describe())

    def dispose(self) -> None:
        self.engine.dispose()

    def describe(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @property
    def place(self) -> str:
        """The club's place in a few words for the window's light: the database on its
        server, or the file's name (never a password)."""
        if self.is_sqlite:
            return Path(self.url.database or "").name
        host = self.url.host or self.url.query.get("host") or "localhost"
        if isinstance(host, tuple):
            host = host[0]
        return f"{self.url.database}@{host}"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return HEAD_REVISION


def migrations_head() -> str:
    """The head revision as Alembic reads it from the migrations folder (slow: imports it)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@contextmanager
def translated_errors(url: URL | None = None) -> Iterator[None]:
    try:
        yield
    except sa_exc.SQLAlchemyError as error:
        mapped = translate(error, url)
        if mapped is None:
            raise
        raise mapped from error


def schema_revision(engine: Engine) -> tuple[str | None, set[str]]:
    """The Alembic revision of a database and its table names; refuses foreign files.

    Read with plain SQL, as Alembic itself reads it, so that an up-to-date database is opened
    without importing Alembic."""
    with translated_errors(engine.url), engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revisions: list[str] = []
        if "alembic_version" in tables:
            found = conn.execute(text("SELECT version_num FROM alembic_version"))
            revisions = list(found.scalars())
    if len(revisions) > 1:  # our history is one line; branches come from a newer program
        where = engine.url.render_as_string(hide_password=True)
        raise StorageError("database.too_new", path=where)
    return (revisions[0] if revisions else None), tables


def stored_revision(url: str | URL) -> str | None:
    """The schema revision of a database without creating, changing or upgrading it (None:
    there is no database there yet). For --version and the About window."""
    parsed = normalise_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            return None
        path = Path(parsed.database)
        if not path.exists() or not path.stat().st_size:
            return None
        try:
            # Read-only: opening it through the engine would switch it to WAL.
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            finally:
                conn.close()
        except sqlite3.Error as error:
            raise StorageError("database.not_loyaltydesk", path=str(path)) from error
        return str(rows[0][0]) if rows else None
    engine = make_engine(parsed)
    try:
        return schema_revision(engine)[0]
    finally:
        engine.dispose()


def open_database(
    url: str | URL, *, backup_dir: Path | None = None, defer_if_unreachable: bool = False
) -> Database:
    """Open ``url``, creating the schema in a new database and upgrading an older one after
    copying it to a dated backup. Refuses a file that is not ours or is from a newer version.

    ``defer_if_unreachable``: a server that does not answer (and only that: a wrong password
    or a foreign database still refuses) gives a Database whose check waits for the server
    (``Database.ensure_schema``) — a counter that has been online before starts offline."""
    parsed = normalise_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        if not path.parent.exists():
            raise StorageError("database.cannot_open", path=str(path))
        if path.exists() and path.stat().st_size:
            _refuse_foreign_sqlite_file(path)
        elif not path.exists() and parsed.database != ":memory:":
            # A new club is private from its first byte, and so are the -wal, -shm and
            # -journal files beside it: SQLite gives them the database file's own mode.
            try:
                private_file(path)
            except OSError as error:
                raise StorageError("database.cannot_open", path=str(path)) from error
    engine = make_engine(parsed)
    try:
        database = Database(parsed, engine)
        try:
            _check_schema(database, backup_dir)
        except StorageError as error:
            if not (defer_if_unreachable and error.code == "database.unreachable"):
                raise
            log.warning("%s does not answer: opened offline", database.describe())
            return Database(parsed, engine, unchecked=True, backup_dir=backup_dir)
        return database
    except BaseException:
        engine.dispose()
        raise


def _check_schema(database: Database, backup_dir: Path | None) -> None:
    revision, tables = schema_revision(database.engine)
    head = head_revision()
    if revision is None and tables - {"alembic_version"}:
        raise StorageError("database.not_loyaltydesk", path=database.describe())
    if revision is not None and revision != head:
        if not _known_revision(revision):
            raise StorageError("database.too_new", path=database.describe())
        backup = _backup_before_upgrade(database, revision, backup_dir)
        log.info("upgrading %s from %s; backup at %s", database.describe(), revision, backup)
    if revision != head:
        upgrade(database)


def upgrade(database: Database) -> None:
    from alembic import command

    with translated_errors(database.url), database.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _refuse_foreign_sqlite_file(path: Path) -> None:
    """Look at an existing file read-only first: opening it for real would switch it to WAL,
    which changes the file, and a file that is not ours must be left exactly as it was."""
    if not _looks_like_sqlite(path):
        raise StorageError("database.not_loyaltydesk", path=str(path))
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise StorageError("database.not_loyaltydesk", path=str(path)) from error
    if tables and "alembic_version" not in tables:
        raise StorageError("database.not_loyaltydesk", path=str(path))


def _dated_path(folder: Path, prefix: str) -> Path:
    """A new file name with the UTC date and time in it, never one that exists already."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{prefix}-{stamp}.sqlite3"
    serial = 1
    while candidate.exists():
        serial += 1
        candidate = folder / f"{prefix}-{stamp}-{serial}.sqlite3"
    return candidate


def _backup_before_upgrade(database: Database, revision: str, backup_dir: Path | None) -> Path:
    """A dated copy before the schema changes: next to a SQLite file, where its owner will
    look for it; for a server, in the data folder's backups."""
    sqlite_path = database.sqlite_path
    if sqlite_path is not None:
        folder = sqlite_path.parent  # there already: the database is in it
    elif backup_dir is not None:
        folder = private_dir(backup_dir)
    else:
        folder = Path.cwd()
    return backup_to_file(database, _dated_path(folder, f"loyaltydesk-before-upgrade-{revision}"))


def backup_to_file(database: Database, target: Path) -> Path:
    """A consistent copy of the whole database as a LoyaltyDesk SQLite file.

    From SQLite, the online backup API (safe while counters keep working); from PostgreSQL,
    every table copied row by row into a new SQLite file of the same schema revision, so a
    backup can be restored into either kind of database.
    """
    target = target.expanduser().resolve()
    if target.exists():
        raise InvalidInput("backup.exists", path=str(target))  # bad input: exit 2
    if not target.parent.is_dir():
        raise InvalidInput("backup.no_folder", path=str(target.parent))
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        # A whole club, wherever it is written: readable by the owner's account only from
        # its first byte (SQLite writes into the empty file and gives its journal the same).
        private_file(partial)
        with translated_errors(database.url):
            if database.sqlite_path is not None:
                _sqlite_backup(database.engine, partial)
            else:
                _copy_database(database.engine, partial)
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise backup_write_error(error, target) from error
    except sqlite3.Error as error:  # the backup API reports a full or read-only disk so
        partial.unlink(missing_ok=True)
        raise backup_write_error(error, target) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def backup_write_error(error: OSError | sqlite3.Error, target: Path) -> StorageError:
    """Why a backup could not be written, in words the owner can act on: the folder went
    (a stick pulled out), the disk is full, or it cannot be written to (a locked stick)."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOENT and not target.parent.is_dir():
            return StorageError("backup.folder_missing", path=str(target.parent))
        if error.errno in _FULL:
            return StorageError("backup.disk_full", path=str(target.parent))
        if error.errno in _READ_ONLY:
            return StorageError("backup.read_only", path=str(target.parent))
        return StorageError("backup.failed", path=str(target), detail=error.strerror or "")
    message = str(error).lower()
    if "full" in message:
        return StorageError("backup.disk_full", path=str(target.parent))
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return StorageError("backup.read_only", path=str(target.parent))
    return StorageError("backup.failed", path=str(target), detail=str(error))


def _sqlite_backup(engine: Engine, target: Path) -> None:
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            # A backup is one file: no WAL beside it.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        raw.close()


def _copy_database(source: Engine, target: Path) -> None:
    from alembic import command

    revision, _ = schema_revision(source)
    dest_engine = make_engine(normalise_url(str(target)))
    try:
        with dest_engine.begin() as dest:
            command.upgrade(alembic_config(dest), revision or "head")
        # One snapshot for every table: counters keep crediting during the copy, and a
        # ledger row copied without its member (or a balance without its entry) would make
        # the copy fail its own verify.
        with (
            source.connect().execution_options(isolation_level="REPEATABLE READ") as src,
            dest_engine.begin() as dest,
        ):
            clear_tables(dest)  # the migration seeds rows (the default rule)
            copy_rows(src, dest)
    finally:
        dest_engine.dispose()


def clear_tables(conn: Connection) -> None:
    stored = set(inspect(conn).get_table_names())
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in stored:  # an older revision lacks the newest tables
            conn.execute(table.delete())


def copy_rows(
    source: Connection,
    dest: Connection,
    batch: int = 5000,
    on_table: Callable[[int, int], None] | None = None,
) -> None:
    """Copy every LoyaltyDesk table from ``source`` into the empty tables of ``dest``;
    ``on_table`` hears (tables done, tables in all) after each.

    Columns that point into their own table (a card's successor, a member's referrer) are
    filled in afterwards, since the row they point to may come later.
    """
    stored = set(inspect(source).get_table_names())
    tables = Base.metadata.sorted_tables
    for done, model in enumerate(tables):
        if on_table is not None:
            on_table(done, len(tables))
        if model.name not in stored:
            # Both sides are at the source's revision, which may predate this table.
            continue
        self_refs = [fk.parent.name for fk in model.foreign_keys if fk.column.table is model]
        table = _as_stored(model, source)
        later: list[dict[str, Any]] = []
        result = source.execution_options(yield_per=batch).execute(
            select(table).order_by(*table.primary_key.columns)
        )
        for chunk in result.mappings().partitions(batch):
            rows = [dict(row) for row in chunk]
            for row in rows:
                if any(row[c] is not None for c in self_refs):
                    later.append(
                        {"pk": {c.name: row[c.name] for c in table.primary_key}}
                        | {c: row[c] for c in self_refs}
                    )
                    for c in self_refs:
                        row[c] = None
            dest.execute(table.insert(), rows)
        for fix in later:
            pk = fix.pop("pk")
            clause = [table.c[name] == value for name, value in pk.items()]
            dest.execute(table.update().where(*clause).values(**fix))
    if dest.dialect.name == "postgresql":
        for table in Base.metadata.sorted_tables:
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and pk[0].autoincrement is not False and pk[0].type.python_type is int:
                dest.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'),"
                        f" COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"
                    )
                )


def _as_stored(table: Table, source: Connection) -> Table:
    """``table`` as the source has it: an older schema revision (the copy made before an
    upgrade) lacks the newest columns, and both sides of a copy are at the same revision."""
    stored = {column["name"] for column in inspect(source).get_columns(table.name)}
    if stored == set(table.c.keys()):
        return table
    return Table(table.name, MetaData(), autoload_with=source)


def restore_from_file(database: Database, source: Path, safety_dir: Path) -> Path:
    """Replace all data with the backup ``source``; returns the safety copy made first."""
    source = source.expanduser().resolve()
    if not source.is_file():
        raise InvalidInput("restore.no_file", path=str(source))
    if not _looks_like_sqlite(source):
        raise StorageError("database.not_loyaltydesk", path=str(source))
    backup_engine = make_engine(normalise_url(str(source)))
    try:
        revision, tables = schema_revision(backup_engine)
        if revision is None or "members" not in tables:
            raise StorageError("database.not_loyaltydesk", path=str(source))
        if not _known_revision(revision):
            raise StorageError("database.too_new", path=str(source))
        private_dir(safety_dir)
        safety = backup_to_file(database, _dated_path(safety_dir, "loyaltydesk-before-restore"))
        database.commits_started += 1
        with translated_errors(database.url):
            if database.sqlite_path is not None:
                _restore_sqlite(backup_engine, database)
            else:
                _restore_into_server(source, database, revision)
        upgrade(database)
        return safety
    finally:
        backup_engine.dispose()


def _restore_sqlite(backup_engine: Engine, database: Database) -> None:
    src_raw = backup_engine.raw_connection()
    dst_raw = database.engine.raw_connection()
    try:
        src = src_raw.driver_connection
        dst = dst_raw.driver_connection
        assert isinstance(src, sqlite3.Connection) and isinstance(dst, sqlite3.Connection)
        src.backup(dst)
    finally:
        src_raw.close()
        dst_raw.close()
    database.engine.dispose()


def _restore_into_server(source: Path, database: Database, revision: str) -> None:
    from alembic import command

    current, _ = schema_revision(database.engine)
    with tempfile.TemporaryDirectory() as scratch:
        if current != revision:
            # Bring a copy of the backup up to this server's revision, then copy like for
            # like; the shop's backup file itself is never changed.
            upgraded = Path(scratch) / "restore.sqlite3"
            shutil.copy2(source, upgraded)
            source = upgraded
        engine = make_engine(normalise_url(str(source)))
        try:
            if current != revision:
                with engine.begin() as conn:
                    command.upgrade(alembic_config(conn), current or "head")
            with engine.connect() as src, database.engine.begin() as dest:
                clear_tables(dest)
                copy_rows(src, dest)
        finally:
            engine.dispose()

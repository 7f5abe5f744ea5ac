"""A PostgreSQL server as the shop typed it: the URL it makes, a connection check that says
exactly what is wrong, and the copy of this counter's club into an empty database there.

Network problems are told apart before the database driver is asked, from the operating
system's own answers (the name does not resolve, nothing listens, no route, no answer);
the server's refusals from the SQLSTATE where the driver has one, else from libpq's
message (libpq keeps no SQLSTATE for a refused start-up; its own messages are English)."""

from __future__ import annotations

import errno
import logging
import socket
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, inspect, make_url, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from loyaltydesk.domain.servers import (
    MAINTENANCE_DATABASES,
    Finding,
    ServerAddress,
    ServerCheck,
)
from loyaltydesk.persistence.database import (
    Database,
    _known_revision,
    clear_tables,
    copy_rows,
    head_revision,
    open_database,
)
from loyaltydesk.persistence.errors import describe_server
from loyaltydesk.persistence.tables import Base
from loyaltydesk.persistence.unit_of_work import SqlUnitOfWorkFactory
from loyaltydesk.services.audit import check_copy
from loyaltydesk.services.shared_club import Progress
from loyaltydesk.services.views import VerifyReport

log = logging.getLogger(__name__)

_NO_ROUTE = {errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EHOSTDOWN, errno.ENETDOWN}
_SQLSTATES = {
    "28P01": Finding.BAD_LOGIN,  # invalid password
    "28000": Finding.NOT_ALLOWED,  # invalid authorization: pg_hba.conf, or no such role
    "3D000": Finding.NO_DATABASE,
    "42501": Finding.NO_PERMISSION,
}
# libpq's own words for what has no SQLSTATE (a start-up refused, a TLS handshake).
_MESSAGES = (
    ("password authentication failed", Finding.BAD_LOGIN),
    ("no password supplied", Finding.BAD_LOGIN),
    ("fe_sendauth", Finding.BAD_LOGIN),
    ("does not support ssl", Finding.NO_TLS),
    ("does not match host name", Finding.TLS_NAME),
    ("certificate verify failed", Finding.TLS_UNTRUSTED),
    ("root certificate file", Finding.TLS_UNTRUSTED),
    ("ssl", Finding.TLS_FAILED),
    ("no pg_hba.conf entry", Finding.NOT_ALLOWED),
    ("role", Finding.BAD_LOGIN),
    ("permission denied", Finding.NO_PERMISSION),
    ("database", Finding.NO_DATABASE),
    ("timeout expired", Finding.TIMEOUT),
    ("connection refused", Finding.REFUSED),
)


def server_url(address: ServerAddress, password: str | None, timeout: int = 10) -> URL:
    """The SQLAlchemy URL of ``address`` (psycopg 3), with TLS as chosen."""
    return make_url(address.url(password, timeout))


def _network_finding(address: ServerAddress, timeout: int) -> tuple[Finding, str] | None:
    """What the operating system says of the address: None when something listens there."""
    try:
        found = socket.getaddrinfo(address.host, address.port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        return Finding.UNKNOWN_HOST, str(error)
    last: tuple[Finding, str] | None = None
    for family, kind, proto, _name, where in found:
        with socket.socket(family, kind, proto) as probe:
            probe.settimeout(timeout)
            try:
                probe.connect(where)
            except TimeoutError as error:
                last = Finding.TIMEOUT, str(error)
            except ConnectionRefusedError as error:
                last = Finding.REFUSED, str(error)
            except OSError as error:
                finding = Finding.NO_ROUTE if error.errno in _NO_ROUTE else Finding.FAILED
                last = finding, str(error)
            else:
                return None
    return last


def classify(error: BaseException) -> Finding:
    """The finding for a driver's error: its SQLSTATE first, libpq's words otherwise."""
    original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate in _SQLSTATES:
        return _SQLSTATES[sqlstate]
    message = str(original).lower()
    for words, finding in _MESSAGES:
        if words in message:
            return finding
    return Finding.FAILED


def _engine(address: ServerAddress, password: str | None, timeout: int) -> Engine:
    return create_engine(server_url(address, password, timeout), poolclass=NullPool)


def check_server(address: ServerAddress, password: str | None, timeout: int = 5) -> ServerCheck:
    """Connect to ``address`` and say what is there, or exactly what is in the way."""
    server, database = describe_server(server_url(address, password, timeout))

    def found(finding: Finding, detail: str = "", **more: Any) -> ServerCheck:
        if finding in (Finding.EMPTY, Finding.FOREIGN) and database in MAINTENANCE_DATABASES:
            # Not a database for a club, empty or not: what the server keeps for itself.
            finding = Finding.SYSTEM
        if not finding.ok:
            log.info("server check %s %s: %s %s", server, database, finding.value, detail)
        checked = ServerCheck(finding, server, database, detail=detail, user=address.user, **more)
        if checked.revision is not None:
            log.info("server check %s %s: schema revision %s", server, database, checked.revision)
        return checked

    network = _network_finding(address, timeout)
    if network is not None:
        return found(*network)
    engine = _engine(address, password, timeout)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                return found(Finding.EMPTY)
            if "alembic_version" not in tables or "members" not in tables:
                return found(Finding.FOREIGN)
            revisions = list(
                conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            )
            if len(revisions) != 1:
                return found(Finding.FOREIGN if not revisions else Finding.TOO_NEW)
            revision = str(revisions[0])
            if revision != head_revision() and not _known_revision(revision):
                return found(Finding.TOO_NEW, revision=revision)
            members = int(conn.execute(text("SELECT count(*) FROM members")).scalar_one())
            if members == 0 and _holds_nothing(conn, tables):
                # A counter pointed here once made the schema: still as good as empty.
                return found(Finding.EMPTY, revision=revision)
            older = revision != head_revision()
            return found(Finding.CLUB, revision=revision, members=members, older=older)
    except sa_exc.DBAPIError as error:
        return found(classify(error), str(error.orig).strip())
    finally:
        engine.dispose()


# What a club holds; the rest (the default earning rule, settings) a new schema seeds itself.
_CLUB_TABLES = ("members", "ledger_entries", "staff", "rewards", "coupons", "operations")


def _holds_nothing(conn: Any, tables: set[str]) -> bool:
    for table in _CLUB_TABLES:
        if table in tables and conn.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first():
            return False
    return True


class SqlServerPort:
    """The services' ServerPort: checks a server, copies ``source`` (this counter's own
    club) into it, and verifies the copy there."""

    def __init__(self, source: Database | None = None, backup_dir: Path | None = None) -> None:
        self._source = source
        self._backup_dir = backup_dir

    def check(self, address: ServerAddress, password: str, timeout: int) -> ServerCheck:
        return check_server(address, password, timeout)

    def copy_club(self, address: ServerAddress, password: str, progress: Progress) -> int:
        assert self._source is not None, "a move needs this counter's club"
        target = self._open(address, password)
        try:
            progress("copy", 0, 1)
            # The source read in one transaction (one snapshot), the server written in one:
            # a copy that fails half-way leaves the server database as it was.
            with self._source.engine.connect() as src, target.engine.begin() as dest:
                clear_tables(dest)  # the new schema's seeded rows
                copy_rows(src, dest, on_table=lambda done, all_: progress("copy", done, all_))
                rows = _count_rows(dest)
            progress("copy", 1, 1)
            return rows
        finally:
            target.dispose()

    def verify(self, address: ServerAddress, password: str) -> VerifyReport:
        target = self._open(address, password)
        try:
            return check_copy(SqlUnitOfWorkFactory(target))
        finally:
            target.dispose()

    def _open(self, address: ServerAddress, password: str) -> Database:
        return open_database(server_url(address, password), backup_dir=self._backup_dir)


def _count_rows(conn: Any) -> int:
    """Every row the copy wrote, all tables together."""
    stored = set(inspect(conn).get_table_names())
    return sum(
        int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for table in Base.metadata.sorted_tables
        if table.name in stored
    )

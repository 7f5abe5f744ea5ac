"""Database failures translated into the domain's words, so a person reads a sentence."""

from __future__ import annotations

import logging
import os

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from loyaltydesk.domain.errors import StorageError, WriteConflict

log = logging.getLogger(__name__)

_PG_RETRYABLE = {"40001", "40P01"}  # serialization failure, deadlock
# Class 08 (connection exception), the server shutting down or starting up, no free slot.
_PG_CONNECTION = {"57P01", "57P02", "57P03", "53300"}
_PG_DEFAULT_PORT = 5432


def translate(error: BaseException, url: URL | None = None) -> BaseException | None:
    """The domain error for a database exception, or None when it is not one of ours.

    ``url`` names the server in the message when it cannot be reached."""
    if isinstance(error, sa_exc.IntegrityError):
        return WriteConflict(str(error.orig))
    if not isinstance(error, sa_exc.DBAPIError):
        return None
    message = str(error.orig).lower()
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate in _PG_RETRYABLE:
        return WriteConflict(message)
    if _lost_connection(error, sqlstate):
        # The driver's own words (English, sometimes long) go to the log, not to the cashier.
        log.warning("database server unreachable: %s", str(error.orig).strip())
        return unreachable(url)
    if "readonly" in message or "read-only" in message or "read only" in message:
        return StorageError("storage.read_only")
    if "disk is full" in message or "no space" in message or sqlstate == "53100":
        return StorageError("storage.full")
    if "database is locked" in message or "database table is locked" in message:
        return StorageError("storage.busy")
    if "file is not a database" in message or "malformed" in message:
        return StorageError("database.not_loyaltydesk")
    if "unable to open" in message:
        return StorageError("database.cannot_open")
    if isinstance(error, sa_exc.OperationalError) and sqlstate is not None:
        return unreachable(url)
    return None


def _lost_connection(error: sa_exc.DBAPIError, sqlstate: str | None) -> bool:
    """The server refused the connection, is down or restarting, or the connection dropped."""
    if error.connection_invalidated:
        return True
    if sqlstate is not None:
        return sqlstate.startswith("08") or sqlstate in _PG_CONNECTION
    # psycopg says "connection refused", "server closed the connection unexpectedly" or
    # "the connection is closed" without a SQLSTATE; SQLite's errors are never about a server.
    from_server_driver = type(error.orig).__module__.split(".")[0] == "psycopg"
    return from_server_driver and isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError)


def unreachable(url: URL | None) -> StorageError:
    server, database = describe_server(url)
    return StorageError("database.unreachable", server=server, database=database)


def describe_server(url: URL | None) -> tuple[str, str]:
    """Where the server is (host:port, or the unix socket) and the database; never the
    user's password."""
    if url is None:
        return "-", "-"
    query_host = url.query.get("host")
    host = url.host or (query_host if isinstance(query_host, str) else None)
    host = host or os.environ.get("PGHOST") or "localhost"
    query_port = url.query.get("port")
    port = url.port or (query_port if isinstance(query_port, str) else None)
    port = port or os.environ.get("PGPORT") or _PG_DEFAULT_PORT
    if host.startswith("/"):
        server = f"{host.rstrip('/')}/.s.PGSQL.{port}"  # how PostgreSQL names its socket
    else:
        server = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return server, url.database or "-"

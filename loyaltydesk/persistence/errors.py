"""Database failures translated into the domain's words, so a person reads a sentence."""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

from loyaltydesk.domain.errors import StorageError, WriteConflict

_PG_RETRYABLE = {"40001", "40P01"}  # serialization failure, deadlock


def translate(error: BaseException) -> BaseException | None:
    """The domain error for a database exception, or None when it is not one of ours."""
    if isinstance(error, sa_exc.IntegrityError):
        return WriteConflict(str(error.orig))
    if not isinstance(error, sa_exc.DBAPIError):
        return None
    message = str(error.orig).lower()
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate in _PG_RETRYABLE:
        return WriteConflict(message)
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
        return StorageError("database.unreachable", detail=str(error.orig).strip())
    return None

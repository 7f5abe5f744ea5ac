"""A shared club on a PostgreSQL server: checking a server as the shop typed it, and moving
this counter's own club (a SQLite file) into an empty server database.

The move is: the fields checked, the server found empty, this club's books verified, every
row copied, the server's books verified; only then does the caller switch this counter
over. The SQLite file is read, never changed."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from loyaltydesk.domain.errors import DomainError, InvalidInput, Refused, StorageError
from loyaltydesk.domain.servers import (
    TLS_VERIFY_FULL,
    Finding,
    ServerAddress,
    ServerCheck,
    server_errors,
)
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.services.audit import AuditService
from loyaltydesk.services.ports import UnitOfWorkFactory
from loyaltydesk.services.staff import require
from loyaltydesk.services.views import VerifyReport

PASSWORD_VARIABLE = "LOYALTYDESK_DATABASE_PASSWORD"
# Long enough for a server across town on a slow line, short enough that a wrong address
# is said while the owner still looks at the window.
CHECK_TIMEOUT_SECONDS = 5

# (what is being done, done so far, all): "check", "verify-here", "copy", "verify-server".
Progress = Callable[[str, int, int], None]


class ServerPort(Protocol):
    """A PostgreSQL server as persistence reaches it."""

    def check(self, address: ServerAddress, password: str, timeout: int) -> ServerCheck: ...

    def copy_club(self, address: ServerAddress, password: str, progress: Progress) -> int:
        """Copy this counter's club into the (empty) server database; the rows copied."""
        ...

    def verify(self, address: ServerAddress, password: str) -> VerifyReport:
        """``verify``'s checks run on the server's copy."""
        ...


@dataclass(frozen=True)
class MoveResult:
    check: ServerCheck  # the server as it was found: empty
    rows: int
    here: VerifyReport
    server: VerifyReport


def ca_file_path(typed: str) -> str:
    """A CA file as typed: the spaces around it dropped and ``~`` read as the home folder,
    so libpq (which knows neither) is handed the file meant. A path typed with Persian
    digits is the same path when only the ASCII one is there."""
    path = os.path.expanduser(typed.strip())
    folded = fold_digits(path)
    if folded != path and not os.path.exists(path) and os.path.exists(folded):
        return folded
    return path


def normal_address(address: ServerAddress) -> ServerAddress:
    """``address`` with its CA file as it is on this computer (see ca_file_path)."""
    return replace(address, ca_file=ca_file_path(address.ca_file))


def _ca_file_error(path: str) -> DomainError | None:
    where = Path(path)
    if where.is_dir():
        return InvalidInput("server.ca_file_is_folder", path=path)
    if not where.is_file():
        return InvalidInput("server.ca_file_missing", path=path)
    try:
        with where.open("rb") as file:
            file.read(1)
    except OSError as error:
        return InvalidInput("server.ca_file_unreadable", path=path, detail=error.strerror or "")
    return None


def address_errors(address: ServerAddress) -> dict[str, DomainError]:
    """Each field's problem, the CA file on this computer included (as ca_file_path
    reads it)."""
    address = normal_address(address)
    errors = server_errors(address)
    if address.tls == TLS_VERIFY_FULL and address.ca_file and "ca_file" not in errors:
        problem = _ca_file_error(address.ca_file)
        if problem is not None:
            errors["ca_file"] = problem
    return errors


def checked_address(address: ServerAddress) -> ServerAddress:
    """``address`` as it is to be used (see normal_address) when every field is right;
    else the first field's error."""
    errors = address_errors(address)
    if errors:
        raise next(iter(errors.values()))
    return normal_address(address)


def check_address(server: ServerPort, address: ServerAddress, password: str) -> ServerCheck:
    """What is at ``address``; a field typed wrong is refused before anything is tried."""
    return server.check(checked_address(address), password, CHECK_TIMEOUT_SECONDS)


def refusal(check: ServerCheck) -> DomainError:
    """Why a club cannot be moved into the database found: only an empty one will do."""
    if check.finding is Finding.CLUB:
        return Refused(
            "server.move_not_empty",
            server=check.server,
            database=check.database,
            members=check.members,
        )
    if check.finding is Finding.FOREIGN:
        return Refused("server.move_foreign", server=check.server, database=check.database)
    said = check.as_error()
    return StorageError(said.code, **said.params)


class SharedClubService:
    """``uow`` and ``audit`` are this counter's own club (the one a move copies)."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        audit: AuditService,
        server: ServerPort,
        *,
        from_file: bool = True,
    ) -> None:
        self._uow = uow
        self._audit = audit
        self._server = server
        # Only a counter's own club file is moved: a club already on a server copied into
        # another database would be two clubs, each missing the other's sales.
        self._from_file = from_file

    def check(self, address: ServerAddress, password: str) -> ServerCheck:
        return check_address(self._server, address, password)

    def move_to_server(
        self,
        address: ServerAddress,
        password: str,
        actor: Actor,
        progress: Progress | None = None,
    ) -> MoveResult:
        """Copy this club into an empty server database and verify both sides; refuses a
        database holding anything, and a club whose own books do not add up (the copy
        would carry the differences to every counter)."""
        report = progress or (lambda _step, _done, _all: None)
        if not self._from_file:
            raise Refused("server.move_not_from_file")
        address = checked_address(address)
        require(self._uow, actor, Permission.RESTORE)
        report("check", 0, 1)
        found = self._server.check(address, password, CHECK_TIMEOUT_SECONDS)
        if found.finding is not Finding.EMPTY:
            raise refusal(found)
        report("verify-here", 0, 1)
        here = self._audit.verify(actor)
        if not here.ok:
            raise Refused("server.move_books_differ", differences=_count(here))
        rows = self._server.copy_club(address, password, report)
        report("verify-server", 0, 1)
        there = self._server.verify(address, password)
        if not there.ok or (there.members_checked, there.entries_checked) != (
            here.members_checked,
            here.entries_checked,
        ):
            raise StorageError(
                "server.move_copy_differs",
                server=found.server,
                database=found.database,
                differences=_count(there),
            )
        return MoveResult(found, rows, here, there)


def _count(report: VerifyReport) -> int:
    return len(report.differences) + len(report.stamp_differences) + len(report.coupon_differences)

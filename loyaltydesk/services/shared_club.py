"""A shared club on a PostgreSQL server: checking a server as the shop typed it, and moving
this counter's own club (a SQLite file) into an empty server database.

The move is: the fields checked, the server found empty, this club's books verified, every
row copied, the server's books verified; only then does the caller switch this counter
over. The SQLite file is read, never changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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


def address_errors(address: ServerAddress) -> dict[str, DomainError]:
    """Each field's problem, the CA file on this computer included."""
    errors = server_errors(address)
    if (
        address.tls == TLS_VERIFY_FULL
        and address.ca_file
        and "ca_file" not in errors
        and not Path(address.ca_file).expanduser().is_file()
    ):
        errors["ca_file"] = InvalidInput("server.ca_file_missing", path=address.ca_file)
    return errors


def checked_address(address: ServerAddress) -> ServerAddress:
    """``address`` when every field is right; else the first field's error."""
    errors = address_errors(address)
    if errors:
        raise next(iter(errors.values()))
    return address


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
    return StorageError(check.finding.value, server=check.server, database=check.database)


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
        checked_address(address)
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

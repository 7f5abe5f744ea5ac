"""The owner's checks: that the books are right (every cached balance and stamp count against
its ledger, every coupon's uses against the uses recorded), the audit trail, and the
whole-database work (backup, restore) that the trail records."""

from __future__ import annotations

from pathlib import Path

from loyaltydesk.domain.audit import AuditFilter, AuditKind, AuditLine
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.services.common import run_write
from loyaltydesk.services.ports import Clock, DatabaseAdmin, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record, require
from loyaltydesk.services.views import BalanceDifference, VerifyReport


class AuditService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, admin: DatabaseAdmin) -> None:
        self._uow = uow
        self._clock = clock
        self._admin = admin

    def is_empty(self) -> bool:
        """No member yet (a demo may be built here)."""
        with self._uow(write=False) as uow:
            return uow.members.count() == 0

    def verify(self, actor: Actor) -> VerifyReport:
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.VERIFY)
            return check_books(uow)

    # -- the trail ---------------------------------------------------------------------

    def trail(self, wanted: AuditFilter, actor: Actor) -> list[AuditLine]:
        """The trail's lines and the counter's operations, newest first."""
        checked = wanted.checked()
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.AUDIT)
            return uow.audit.lines(checked)

    def exported(self, what: str, rows: int, path: Path | None, actor: Actor) -> None:
        """Personal data left the program in a file: the owner's, and on the trail. Asked
        before the file is written (refused: nothing is written) and recorded after."""
        self._write(actor, AuditKind.EXPORT, what, {"rows": rows, "file": str(path or "")})

    def may_export(self, actor: Actor) -> None:
        require(self._uow, actor, Permission.EXPORT)

    def _write(self, actor: Actor, kind: AuditKind, subject: str, after: dict[str, object]) -> None:
        def work(uow: UnitOfWork) -> None:
            permit(uow, actor, Permission.EXPORT if kind is AuditKind.EXPORT else Permission.BACKUP)
            record(uow, actor, self._clock(), kind, subject, after=dict(after))
            uow.commit()

        run_write(self._uow, work)

    # -- backup and restore ------------------------------------------------------------

    def backup(self, target: Path, actor: Actor) -> Path:
        require(self._uow, actor, Permission.BACKUP)
        written = self._admin.backup(target)
        self._write(actor, AuditKind.BACKUP, "database", {"file": str(written)})
        return written

    def restore(self, source: Path, actor: Actor, passphrase: str | None = None) -> Path:
        """Replace the data with ``source`` (a sealed backup with its passphrase); returns
        the safety copy made first. The restore is recorded in the restored data (its own
        trail goes on from there)."""
        require(self._uow, actor, Permission.RESTORE)
        safety = self._admin.restore(source, passphrase)

        def work(uow: UnitOfWork) -> None:
            record(
                uow,
                actor,
                self._clock(),
                AuditKind.RESTORE,
                "database",
                after={"from": str(source), "safety_copy": str(safety)},
            )
            uow.commit()

        run_write(self._uow, work)
        return safety


def check_books(uow: UnitOfWork) -> VerifyReport:
    """The checks of ``verify``: every cached balance and stamp count against its ledger,
    every coupon's uses against the uses recorded (also run on each backup just written)."""
    mismatches = uow.ledger.balance_mismatches()
    stamp_mismatches = uow.ledger.stamp_mismatches()
    cards = uow.cards.active_numbers([m.member_id for m in (*mismatches, *stamp_mismatches)])
    return VerifyReport(
        members_checked=uow.members.count(),
        entries_checked=uow.ledger.count(),
        differences=tuple(
            BalanceDifference(m.member_id, cards.get(m.member_id), m.cached, m.ledger)
            for m in mismatches
        ),
        stamp_differences=tuple(
            BalanceDifference(m.member_id, cards.get(m.member_id), m.cached, m.ledger)
            for m in stamp_mismatches
        ),
        coupon_differences=tuple(uow.coupons.uses_mismatches()),
    )


def check_copy(uow_factory: UnitOfWorkFactory) -> VerifyReport:
    """``check_books`` on a database of its own (a backup opened again), read only."""
    with uow_factory(write=False) as uow:
        return check_books(uow)

"""Backups that run themselves: a checked copy of the club a day into the owner's folder,
old copies pruned by the retention rule, and what happened kept for the window to say."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.backups import (
    BackupFile,
    BackupPlan,
    BackupStatus,
    backup_due,
    backup_name,
    days_without_backup,
    dump_name,
    to_keep,
)
from loyaltydesk.domain.errors import DomainError, InvalidInput, StorageError
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.services.audit import check_copy
from loyaltydesk.services.common import run_write
from loyaltydesk.services.outbox import PasswordStore
from loyaltydesk.services.ports import (
    BackupFolder,
    BackupStatusStore,
    CheckedCopy,
    Clock,
    DatabaseAdmin,
    UnitOfWork,
    UnitOfWorkFactory,
)
from loyaltydesk.services.staff import permit, record, require

log = logging.getLogger(__name__)
PASSPHRASE_VARIABLE = "LOYALTYDESK_BACKUP_PASSPHRASE"
# Scrypt makes each guess cost, but a short passphrase is still few guesses.
MIN_PASSPHRASE = 8


@dataclass(frozen=True, slots=True)
class BackupResult:
    """One run of the schedule (or "Back up now"): the copy written, or why not."""

    at: dt.datetime
    file: Path | None = None
    size: int = 0
    verified: bool = False
    encrypted: bool = False
    pruned: tuple[str, ...] = ()
    error: DomainError | None = None
    # A PostgreSQL club's pg_dump archive beside the copy, or why there is none (pg_dump
    # not installed, or it failed): said, but the checked copy is the backup that counts.
    dump: Path | None = None
    dump_problem: DomainError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.file is not None and self.verified


@dataclass(frozen=True, slots=True)
class BackupWarning:
    """What the window shows until the next good copy: the last failure, or how long
    there has been none (``days`` -1: never)."""

    status: BackupStatus
    days: int

    @property
    def error(self) -> DomainError | None:
        if not self.status.failing:
            return None
        return StorageError(self.status.failure_code, **dict(self.status.failure_params))


class BackupService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        admin: DatabaseAdmin,
        folder: BackupFolder,
        status: BackupStatusStore,
        plan: BackupPlan,
        zone: ZoneInfo,
        passwords: PasswordStore,
        account: str,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._admin = admin
        self._folder = folder
        self._status = status
        self._plan = plan
        self._zone = zone
        self._passwords = passwords
        self._account = account

    @property
    def plan(self) -> BackupPlan:
        return self._plan

    def set_plan(self, plan: BackupPlan) -> None:
        """The owner changed where copies go or how many are kept: from the next run."""
        self._plan = plan.checked()

    def keyring_usable(self) -> bool:
        """Whether the passphrase can be kept in the system's keyring here (otherwise it
        comes from LOYALTYDESK_BACKUP_PASSPHRASE)."""
        return self._passwords.usable()

    def has_passphrase(self) -> bool:
        return bool(self._passwords.get(self._account))

    def set_passphrase(self, passphrase: str, again: str, actor: Actor) -> None:
        """The owner's passphrase for sealed copies, into the keyring (never a file)."""
        require(self._uow, actor, Permission.BACKUP)
        if len(passphrase) < MIN_PASSPHRASE:
            raise InvalidInput("backup.passphrase_short", length=MIN_PASSPHRASE)
        if passphrase != again:
            raise InvalidInput("backup.passphrase_mismatch")
        if not self._passwords.usable():
            raise InvalidInput("backup.no_keyring", variable=PASSPHRASE_VARIABLE)
        self._passwords.put(self._account, passphrase)

    def status(self) -> BackupStatus:
        return self._status.load()

    def is_due(self) -> bool:
        status = self._status.load()
        return backup_due(status.last_good_at, status.last_attempt_at, self._clock(), self._zone)

    def warning(self, *, after_days: int = 2) -> BackupWarning | None:
        """A warning while the last attempt failed, or when there has been no good copy for
        ``after_days`` shop days (a day missed is made up at close; two is a pattern)."""
        status = self._status.load()
        days = days_without_backup(status.last_good_at, self._clock(), self._zone)
        if status.failing or days >= after_days:
            return BackupWarning(status, days)
        return None

    def files(self, actor: Actor) -> list[BackupFile]:
        """The scheduled copies in the folder, newest first."""
        require(self._uow, actor, Permission.BACKUP)
        folder = Path(self._plan.folder)
        if not self._folder.is_usable(folder):
            return []
        return sorted(self._folder.files(folder), key=lambda f: f.taken_at, reverse=True)

    def is_sealed(self, path: Path) -> bool:
        return self._admin.is_sealed(path)

    def run_if_due(self) -> BackupResult | None:
        return self.run() if self.is_due() else None

    def run(self, actor: Actor | None = None) -> BackupResult:
        """Write today's copy into the plan's folder, check it, prune old ones.

        ``actor`` is the owner pressing "Back up now" (checked and on the audit trail); the
        schedule runs without one. A failure is kept in the status and returned, never
        raised: the club is untouched and the counter goes on."""
        if actor is not None:
            require(self._uow, actor, Permission.BACKUP)
        now = self._clock()
        plan = self._plan
        folder = Path(plan.folder)
        try:
            if not self._folder.is_usable(folder):
                raise StorageError("backup.folder_missing", path=str(folder))
            passphrase: str | None = None
            if plan.encrypt:
                passphrase = self._passwords.get(self._account)
                if not passphrase:
                    raise InvalidInput("backup.no_passphrase")
            taken = {f.name for f in self._folder.files(folder)}
            serial = 1
            while (name := backup_name(now, plan.encrypt, serial)) in taken:
                serial += 1
            copy = self._admin.write_checked_copy(folder / name, passphrase, check_copy)
            if not copy.report.ok:
                # The copy is faithful, so it is kept; but the books it holds disagree with
                # themselves, and the owner must hear of it (run verify on the club).
                raise StorageError("backup.not_verified", path=str(copy.path))
        except DomainError as error:
            log.warning("backup into %s failed: %s", folder, error)
            self._status.save(self._status.load().failed(now, error.code, error.params))
            return BackupResult(at=now, error=error, encrypted=plan.encrypt)
        dump, dump_problem = self._server_dump(folder / dump_name(copy.path.name), passphrase)
        pruned = self._prune(folder, copy.path.name)
        self._status.save(self._status.load().succeeded(now, str(copy.path)))
        log.info("backup written to %s (%d bytes), %d pruned", copy.path, copy.size, len(pruned))
        if actor is not None:
            self._record(actor, {"file": str(copy.path), "scheduled": False})
        return BackupResult(
            at=now,
            file=copy.path,
            size=copy.size,
            verified=True,
            encrypted=plan.encrypt,
            pruned=pruned,
            dump=dump,
            dump_problem=dump_problem,
        )

    def _server_dump(
        self, target: Path, passphrase: str | None
    ) -> tuple[Path | None, DomainError | None]:
        try:
            return self._admin.write_server_dump(target, passphrase), None
        except DomainError as error:
            log.warning("pg_dump archive %s not written: %s", target, error)
            return None, error

    def copy_to(self, target: Path, actor: Actor, passphrase: str | None) -> CheckedCopy:
        """`backup PATH --encrypt`: one checked copy where the owner says, sealed."""
        require(self._uow, actor, Permission.BACKUP)
        copy = self._admin.write_checked_copy(target, passphrase, check_copy)
        self._record(actor, {"file": str(copy.path), "encrypted": passphrase is not None})
        if not copy.report.ok:
            raise StorageError("backup.not_verified", path=str(copy.path))
        return copy

    def _prune(self, folder: Path, written: str) -> tuple[str, ...]:
        try:
            files = self._folder.files(folder)
        except OSError as error:
            log.warning("backups in %s not listed for pruning: %s", folder, error)
            return ()
        keep = to_keep(files, self._plan, self._zone) | {written}
        pruned: list[str] = []
        for file in files:
            if file.name in keep:
                continue
            try:
                self._folder.remove(folder, file.name)
                self._folder.remove(folder, dump_name(file.name))
            except OSError as error:  # kept one day longer; the next run tries again
                log.warning("old backup %s not removed: %s", file.name, error)
            else:
                pruned.append(file.name)
        return tuple(sorted(pruned))

    def _record(self, actor: Actor, after: dict[str, object]) -> None:
        def work(uow: UnitOfWork) -> None:
            who = permit(uow, actor, Permission.BACKUP)
            record(uow, who, self._clock(), AuditKind.BACKUP, "database", after=dict(after))
            uow.commit()

        run_write(self._uow, work)


def with_folder(plan: BackupPlan, folder: str, default: Path) -> BackupPlan:
    """The plan with the owner's folder, or the data folder's backups when none is set."""
    return dataclasses.replace(plan, folder=Path(folder) if folder else default)

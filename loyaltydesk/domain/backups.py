"""Backups that run themselves: which copies to keep, and when one is due (pure rules)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from zoneinfo import ZoneInfo

from loyaltydesk.domain.errors import InvalidInput

PREFIX = "loyaltydesk"
SUFFIX = ".sqlite3"
ENCRYPTED_SUFFIX = ".enc"
# Only files named the way the schedule names them are ever pruned: a copy the owner put in
# the same folder under another name is theirs to delete.
_NAME = re.compile(
    rf"^{PREFIX}-(\d{{8}})-(\d{{6}})(?:-(\d+))?{re.escape(SUFFIX)}(?:{re.escape(ENCRYPTED_SUFFIX)})?$"
)
MAX_KEEP = 1000
# After a failed attempt the schedule waits this long before it tries again: a stick that
# is out stays out for a while, and a retry every minute would fill the log.
RETRY_AFTER = dt.timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class BackupPlan:
    """Where the scheduled copies go and how many are kept."""

    folder: PurePath
    keep_daily: int = 7
    keep_monthly: int = 12
    encrypt: bool = False

    def checked(self) -> BackupPlan:
        for name, value in (("keep_daily", self.keep_daily), ("keep_monthly", self.keep_monthly)):
            if not 0 <= value <= MAX_KEEP:
                raise InvalidInput("backup.bad_keep", field=name, limit=MAX_KEEP)
        if self.keep_daily == 0 and self.keep_monthly == 0:
            # Keeping nothing would delete the copy just written.
            raise InvalidInput("backup.keep_nothing")
        return self


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A scheduled copy found in the backup folder."""

    name: str
    taken_at: dt.datetime  # UTC, from the file name
    size: int
    encrypted: bool


def backup_name(at: dt.datetime, encrypted: bool, serial: int = 1) -> str:
    """``loyaltydesk-YYYYMMDD-HHMMSS.sqlite3[.enc]`` in UTC; a serial when one exists."""
    stamp = at.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S")
    extra = f"-{serial}" if serial > 1 else ""
    return f"{PREFIX}-{stamp}{extra}{SUFFIX}{ENCRYPTED_SUFFIX if encrypted else ''}"


DUMP_SUFFIX = ".pgdump"


def dump_name(copy_name: str) -> str:
    """The PostgreSQL archive that goes with a scheduled copy: the same name with .pgdump
    for .sqlite3 (pruned with it)."""
    return copy_name.replace(SUFFIX, DUMP_SUFFIX, 1)


def parse_backup_name(name: str) -> tuple[dt.datetime, bool] | None:
    """When a scheduled copy was taken and whether it is encrypted; None for other files."""
    found = _NAME.match(name)
    if found is None:
        return None
    try:
        taken = dt.datetime.strptime(found[1] + found[2], "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return taken, name.endswith(ENCRYPTED_SUFFIX)


def to_keep(files: Iterable[BackupFile], plan: BackupPlan, zone: ZoneInfo) -> set[str]:
    """The copies retention keeps: the newest of each of the last ``keep_daily`` shop days
    that have one, and the newest of each of the last ``keep_monthly`` months that have one.

    Days and months are the shop's (its time zone), so a copy at 01:00 Tehran time counts
    for that day and not for the UTC day before. The newest copy is always kept."""
    ordered = sorted(files, key=lambda f: (f.taken_at, _serial(f.name)), reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0].name}
    days: dict[dt.date, str] = {}
    months: dict[tuple[int, int], str] = {}
    for file in ordered:  # newest first: the first seen per day/month is that day's newest
        local = file.taken_at.astimezone(zone).date()
        days.setdefault(local, file.name)
        months.setdefault((local.year, local.month), file.name)
    keep.update(list(days.values())[: plan.keep_daily])
    keep.update(list(months.values())[: plan.keep_monthly])
    return keep


def _serial(name: str) -> int:
    """The -N of a second copy taken in the same second ("…-153325-2.sqlite3" is newer than
    "…-153325.sqlite3", although it sorts before it as text)."""
    found = _NAME.match(name)
    return int(found[3]) if found is not None and found[3] else 1


def backup_due(
    last_good: dt.datetime | None,
    last_attempt: dt.datetime | None,
    now: dt.datetime,
    zone: ZoneInfo,
) -> bool:
    """A copy is due when none was made good on the shop's day ``now`` is in, unless an
    attempt failed less than RETRY_AFTER ago."""
    if last_good is not None and last_good.astimezone(zone).date() >= now.astimezone(zone).date():
        return False
    return not (last_attempt is not None and dt.timedelta(0) <= now - last_attempt < RETRY_AFTER)


def days_without_backup(last_good: dt.datetime | None, now: dt.datetime, zone: ZoneInfo) -> int:
    """Whole shop days since the last good copy (0: today); -1 when there never was one."""
    if last_good is None:
        return -1
    return max(0, (now.astimezone(zone).date() - last_good.astimezone(zone).date()).days)


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """What the window says about backups, kept across restarts: the last good copy, and
    the last failure when it came after it (its reason as a message key and parameters)."""

    last_good_at: dt.datetime | None = None
    last_good_file: str = ""
    last_attempt_at: dt.datetime | None = None
    failed_at: dt.datetime | None = None
    failure_code: str = ""
    failure_params: tuple[tuple[str, str], ...] = ()

    @property
    def failing(self) -> bool:
        """The last attempt failed (a good copy since clears it)."""
        return bool(self.failure_code) and (
            self.last_good_at is None
            or (self.failed_at is not None and self.failed_at > self.last_good_at)
        )

    def succeeded(self, at: dt.datetime, file: str) -> BackupStatus:
        return BackupStatus(last_good_at=at, last_good_file=file, last_attempt_at=at)

    def failed(self, at: dt.datetime, code: str, params: dict[str, object]) -> BackupStatus:
        return BackupStatus(
            last_good_at=self.last_good_at,
            last_good_file=self.last_good_file,
            last_attempt_at=at,
            failed_at=at,
            failure_code=code,
            failure_params=tuple(sorted((k, str(v)) for k, v in params.items())),
        )

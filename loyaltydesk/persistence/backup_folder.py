"""The scheduled backups' folder on disk, and what the last runs did (a small JSON file in
the data folder, so the window can say it after a restart)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from pathlib import Path

from loyaltydesk.domain.backups import BackupFile, BackupStatus, parse_backup_name
from loyaltydesk.private_files import private_dir, private_file

log = logging.getLogger(__name__)
STATUS_FILE = "backup-status.json"


class FileBackupFolder:
    def __init__(self, default: Path | None = None) -> None:
        # The data folder's own backups folder is made when first needed; a folder the
        # owner chose never is: a stick that is not there must be said, not replaced by an
        # empty folder on the computer's disk.
        self._default = default

    def is_usable(self, folder: Path) -> bool:
        if self._default is not None and folder == self._default and not folder.is_dir():
            try:
                private_dir(folder)
            except OSError:
                return False
        return folder.is_dir()

    def files(self, folder: Path) -> list[BackupFile]:
        found: list[BackupFile] = []
        for entry in folder.iterdir():
            parsed = parse_backup_name(entry.name)
            if parsed is None:
                continue
            with contextlib.suppress(OSError):  # removed meanwhile: not there
                found.append(BackupFile(entry.name, parsed[0], entry.stat().st_size, parsed[1]))
        return found

    def remove(self, folder: Path, name: str) -> None:
        (folder / name).unlink(missing_ok=True)


def _when(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


class JsonBackupStatus:
    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / STATUS_FILE

    def load(self) -> BackupStatus:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return BackupStatus()
        if not isinstance(data, dict):
            return BackupStatus()
        params = data.get("failure_params")
        return BackupStatus(
            last_good_at=_when(data.get("last_good_at")),
            last_good_file=str(data.get("last_good_file") or ""),
            last_attempt_at=_when(data.get("last_attempt_at")),
            failed_at=_when(data.get("failed_at")),
            failure_code=str(data.get("failure_code") or ""),
            failure_params=tuple(sorted((str(k), str(v)) for k, v in params.items()))
            if isinstance(params, dict)
            else (),
        )

    def save(self, status: BackupStatus) -> None:
        def iso(value: dt.datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        data = {
            "last_good_at": iso(status.last_good_at),
            "last_good_file": status.last_good_file,
            "last_attempt_at": iso(status.last_attempt_at),
            "failed_at": iso(status.failed_at),
            "failure_code": status.failure_code,
            "failure_params": dict(status.failure_params),
        }
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            partial = private_file(self._path.with_suffix(".partial"))
            partial.write_text(json.dumps(data, indent=2), encoding="utf-8")
            partial.replace(self._path)
        except OSError as error:  # the next run says it again; not a reason to stop a backup
            log.warning("backup status not saved: %s", error)

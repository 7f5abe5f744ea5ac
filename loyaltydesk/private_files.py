"""Folders and files that only the owner's account can read: members' phones, birthdays
and national codes are personal data (issue 14).

The data folder and every folder in it are 0700, and the database, its -wal/-shm/-journal
files, the settings, the logs and the backups are 0600. A file is created with that mode
from its first moment (never created readable and narrowed afterwards); SQLite gives the
files it makes beside a database the database's own mode, so a private database keeps them
private too. A data folder an older version left open to others is narrowed, with the files
in it, when the program opens it, and that is logged (once: afterwards it is private).

Exports the owner saves (report CSV, XLSX and PDF files, the SMS list) are not made private
here: they go where the owner chose, with the mode any new file gets there
(devices/exports).

On Windows (os.name == "nt") folders and files are made as any are and no mode is set or
narrowed: the data folder lives in the user's own profile (AppData\\Local), whose access
list already admits only that account and the administrators, and what is created inside
inherits it.

Imports nothing of the program's own: persistence, the settings, the log set-up and the window
all use it (pyproject's import contracts keep it so).
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_OTHERS = 0o077  # what the group and everyone else may do
_ENFORCED = os.name != "nt"


def private_dir(*folders: Path) -> Path:
    """Each folder made if missing, only its owner may enter, in the order given (a folder
    inside another after it); returns the last one. Folders above them are made as any
    folder is: they are the user's own.

    A folder found open to others (an older version's) is narrowed with the files in it,
    the files first: a start that stops half-way finds it open again next time. Folders in
    it are not entered: the program's own (logs, backups) are narrowed by name, and nobody
    else can reach the rest once this one is closed. A folder found private is not looked
    into at all: a command run at every sale does not list it each time.

    Everything is made and narrowed first and logged afterwards, so that the log file's own
    folder (the last one, when the logs are set up) is there by the time a line about the
    data folder is written to it."""
    narrowed: list[tuple[Path, int, int]] = []
    for folder in folders:
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            # 0700 less the umask is never wider than 0700: private from the start.
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise
            if _ENFORCED and stat.S_IMODE(folder.stat().st_mode) & _OTHERS:
                narrowed += _narrow_all([*_files_in(folder), folder])
    for path, was, now in narrowed:
        log.info("made %s private: its mode was %04o, now %04o", path, was, now)
    return folders[-1]


def private_file(path: Path) -> Path:
    """``path`` readable and writable by its owner only: made empty if missing (with that
    mode from the start), narrowed if it exists wider. The caller then writes into it:
    opening an existing file for writing keeps its mode."""
    try:
        # Not inheritable by a child process either (Python's default for a new handle).
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        for changed, was, now in _narrow_all([path]):
            log.info("made %s private: its mode was %04o, now %04o", changed, was, now)
        return path
    os.close(handle)
    return path


def _files_in(folder: Path) -> list[Path]:
    """The plain files directly in ``folder``; symbolic links are not among them (what they
    point to is not ours to change), nor is anything that cannot be read."""
    try:
        with os.scandir(folder) as entries:
            return [Path(e.path) for e in entries if e.is_file(follow_symlinks=False)]
    except OSError:
        return []


def _narrow_all(paths: list[Path]) -> list[tuple[Path, int, int]]:
    """Take away from each path what its group and everyone else may do; returns (path,
    the mode it had, the mode it has now) for each that changed. The owner's own bits stay
    as they were (a read-only file stays read-only). Only a plain file or folder of this
    account's is changed: another account's (chmod would be refused anyway), a symbolic
    link or a device is left as it is."""
    if not _ENFORCED:
        return []
    changed: list[tuple[Path, int, int]] = []
    for path in paths:
        try:
            found = path.lstat()
        except OSError:
            continue
        if not (stat.S_ISREG(found.st_mode) or stat.S_ISDIR(found.st_mode)):
            continue
        was = stat.S_IMODE(found.st_mode)
        if not was & _OTHERS or found.st_uid != os.getuid():
            continue
        try:
            path.chmod(was & ~_OTHERS)
            now = stat.S_IMODE(path.lstat().st_mode)
        except OSError as error:
            log.warning("could not make %s private: %s", path, error)
            continue
        # A file system without modes (FAT, some network shares) takes the change and keeps
        # the old mode: nothing was made private there, so nothing is said.
        if now != was:
            changed.append((path, was, now))
    return changed

"""Where this computer's running program serves the till's API, for the command line.

A program serving the API (the window with the API on, or `serve`) writes a private file in
the data folder: its process, a loopback address, which club it has open and a secret made
for this run. A POS script's `credit --json` reads it before importing anything heavy and
hands the sale to that program (cli/handoff.py), which has the club open already, instead
of starting the database library and opening the club cold for every sale (issue 17).

The file is the data folder's, so only the owner's account can read it (private_files), as
it can read the club itself; the secret grants what the command line may do, no more: a
club with staff accounts still asks for a PIN. Imports nothing heavy: read at every sale.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from loyaltydesk.private_files import private_file

RUNNING_FILE = "api-running.json"


def club_identity(database: str) -> str:
    """Which club a database URL or path names, comparable between two processes: a file's
    path made absolute; kept as a digest, so no server address or user name is written."""
    if "://" not in database:
        database = f"sqlite:///{Path(database).expanduser().resolve()}"
    return hashlib.sha256(database.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Running:
    pid: int
    host: str  # an address of this computer the API answers on
    port: int
    club: str  # club_identity of the club it has open
    shop: str  # Settings.shop_identity of the settings it works with
    secret: str


def advertise(data_dir: Path, running: Running) -> None:
    """Tell the command line here about ``running`` (written whole, then put in place: a
    reader never sees half of it)."""
    path = data_dir / RUNNING_FILE
    draft = path.with_name(f"{RUNNING_FILE}.{running.pid}.tmp")
    draft.unlink(missing_ok=True)
    private_file(draft)
    draft.write_text(json.dumps(asdict(running)), encoding="utf-8")
    os.replace(draft, path)


def withdraw(data_dir: Path, running: Running) -> None:
    """Stop advertising ``running``: the file is removed if it is still this run's (another
    program may have started serving since)."""
    path = data_dir / RUNNING_FILE
    if read_running(data_dir) == running:
        with contextlib.suppress(OSError):
            path.unlink()


def read_running(data_dir: Path) -> Running | None:
    """The program advertised here, if the file is there and whole; whether it still runs is
    found by asking it."""
    try:
        data = json.loads((data_dir / RUNNING_FILE).read_text(encoding="utf-8"))
        running = Running(**data)
    except (OSError, ValueError, TypeError):
        return None
    fields = (running.pid, running.port, running.host, running.club, running.shop, running.secret)
    kinds = (int, int, str, str, str, str)
    if not all(isinstance(value, kind) for value, kind in zip(fields, kinds, strict=True)):
        return None
    return running

"""A SQLite club copied while a counter credits, as a power cut would leave it: every image
opens consistent, and every credit in it is whole.

The writer is frozen (SIGSTOP) for each copy, so the main file, the -wal and the -shm are
copied at one instant wherever the writer was: inside a transaction, inside a commit, inside
a checkpoint. That is the state a crash leaves on disk; a power cut leaves at most what was
synced of it (synchronous=FULL syncs the WAL on every commit), which SQLite's recovery
treats the same way. The main file is also copied alone, as someone copying "the club
file" while the program runs gets it: that copy is whole whenever no checkpoint was writing
the main file at that instant. Mid-checkpoint it may be torn (SQLite writes the WAL's pages
into the main file in place; "How To Corrupt An SQLite Database File", 1.2), which is why the
program's backups use SQLite's backup API and never copy the file.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

from loyaltydesk.bootstrap import build_services
from loyaltydesk.persistence.database import open_database
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock
from tests.integration import workers
from tests.integration.helpers import register

IMAGES = 120
NAME = "club.sqlite3"
# Where SQLite's unix VFS takes a WAL database's locks in its -shm file (wal.c:
# WALINDEX_LOCK_OFFSET), and the slot of the checkpointer's lock among them.
SHM_LOCKS_AT = 120
CHECKPOINT_LOCK = 1


def test_power_cut_images_of_a_club_being_credited_open_consistent(
    tmp_path: Path, settings: Settings, clock: FakeClock
) -> None:
    path = tmp_path / NAME
    services = build_services(settings, str(path), clock=clock)
    member = register(services)
    services.close()
    ctx = multiprocessing.get_context("spawn")
    started = ctx.Event()
    writer = ctx.Process(
        target=workers.credit_forever, args=(str(path), str(tmp_path / "w"), member.id, started)
    )
    writer.start()
    assert writer.pid is not None
    rng = random.Random(1405)
    images: list[tuple[Path, Path | None]] = []
    try:
        assert started.wait(60)
        for n in range(IMAGES):
            time.sleep(rng.uniform(0.005, 0.08))
            assert writer.is_alive()
            os.kill(writer.pid, signal.SIGSTOP)
            try:
                with_wal = tmp_path / f"image-{n}"
                with_wal.mkdir()
                for suffix in ("", "-wal", "-shm"):
                    if Path(f"{path}{suffix}").exists():
                        shutil.copyfile(f"{path}{suffix}", with_wal / f"{NAME}{suffix}")
                alone: Path | None = None
                if not _checkpointing(path):
                    alone = tmp_path / f"image-{n}-alone"
                    alone.mkdir()
                    shutil.copyfile(path, alone / NAME)
            finally:
                os.kill(writer.pid, signal.SIGCONT)
            images.append((with_wal, alone))
    finally:
        writer.kill()
        writer.join(30)
    credits = [
        (_check_image(with_wal, clock), None if alone is None else _check_image(alone, clock))
        for with_wal, alone in images
    ]
    in_order = [with_wal for with_wal, _ in credits]
    assert in_order == sorted(in_order) and in_order[-1] > in_order[0]  # it was crediting
    # The WAL held commits the main file had not taken in yet, and checkpoints moved the main
    # file on while it ran: both kinds of image were really taken mid-way.
    alone_credits = [(with_wal, alone) for with_wal, alone in credits if alone is not None]
    assert len(alone_credits) > IMAGES // 2
    assert any(alone < with_wal for with_wal, alone in alone_credits)
    assert len({alone for _, alone in alone_credits}) > 1


def _checkpointing(path: Path) -> bool:
    """Whether the (frozen) writer holds the checkpointer's lock on ``path``'s WAL index: is
    it writing the WAL's pages into the main file."""
    shm = Path(f"{path}-shm")
    if not shm.exists():
        return False
    with shm.open("rb+") as file:
        try:
            fcntl.lockf(file, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, SHM_LOCKS_AT + CHECKPOINT_LOCK)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EAGAIN):
                return True
            raise
        fcntl.lockf(file, fcntl.LOCK_UN, 1, SHM_LOCKS_AT + CHECKPOINT_LOCK)
    return False


def _check_image(folder: Path, clock: FakeClock) -> int:
    """Check the image in ``folder`` as the program would find it after the power came back;
    the number of credits it holds."""
    path = folder / NAME
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], folder
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], folder
        # Every credit whole: its operation, its purchase and its one ledger line, or none.
        (credits,) = conn.execute(
            "SELECT count(*) FROM operations WHERE kind = 'credit'"
        ).fetchone()
        broken = conn.execute(
            "SELECT count(*) FROM operations o WHERE o.kind = 'credit' AND ("
            " (SELECT count(*) FROM purchases p WHERE p.operation_id = o.op_id) != 1"
            " OR (SELECT count(*) FROM ledger_entries e WHERE e.operation_id = o.op_id) != 1)"
        ).fetchone()
        (purchases,) = conn.execute("SELECT count(*) FROM purchases").fetchone()
        (lines,) = conn.execute(
            "SELECT count(*) FROM ledger_entries WHERE kind = 'earn'"
        ).fetchone()
    assert (broken, purchases, lines) == ((0,), credits, credits), folder
    open_database(str(path)).dispose()  # the program accepts it as its own, at its schema
    services = build_services(
        Settings(data_dir=folder / "data", language="en"), str(path), clock=clock
    )
    try:
        assert services.audit.verify(actor=services.actor).ok, folder
    finally:
        services.close()
    return int(credits)

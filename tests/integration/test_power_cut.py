"""A SQLite club copied while a counter credits, as a power cut would leave it: every image
opens consistent, and every credit in it is whole.

The writer is frozen (SIGSTOP) for each copy, so the main file, the -wal and the -shm are
copied at one instant wherever the writer was: inside a transaction, inside a commit, inside
a checkpoint. That is the state a crash leaves on disk; a power cut leaves at most what was
synced of it (synchronous=FULL syncs the WAL on every commit), which SQLite's recovery
treats the same way. The main file is also copied alone, as someone copying "the club
file" while the program runs gets it.
"""

from __future__ import annotations

import contextlib
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
    images: list[tuple[Path, Path]] = []
    try:
        assert started.wait(60)
        for n in range(IMAGES):
            time.sleep(rng.uniform(0.005, 0.08))
            assert writer.is_alive()
            os.kill(writer.pid, signal.SIGSTOP)
            try:
                with_wal, alone = tmp_path / f"image-{n}", tmp_path / f"image-{n}-alone"
                with_wal.mkdir()
                alone.mkdir()
                for suffix in ("", "-wal", "-shm"):
                    if Path(f"{path}{suffix}").exists():
                        shutil.copyfile(f"{path}{suffix}", with_wal / f"{NAME}{suffix}")
                shutil.copyfile(path, alone / NAME)
            finally:
                os.kill(writer.pid, signal.SIGCONT)
            images.append((with_wal, alone))
    finally:
        writer.kill()
        writer.join(30)
    credits = [
        (_check_image(with_wal, clock), _check_image(alone, clock)) for with_wal, alone in images
    ]
    in_order = [with_wal for with_wal, _ in credits]
    assert in_order == sorted(in_order) and in_order[-1] > in_order[0]  # it was crediting
    # The WAL held commits the main file had not taken in yet, and checkpoints moved the main
    # file on while it ran: both kinds of image were really taken mid-way.
    assert any(alone < with_wal for with_wal, alone in credits)
    assert len({alone for _, alone in credits}) > 1


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

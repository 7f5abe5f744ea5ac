"""The counter's offline queue through a crash and a power cut: a process keeping credits is
killed (SIGKILL) while images of its file are taken mid-write, as a power cut leaves the
disk. Every image opens consistent, every whole operation in it, and after the kill every
credit the counter said it kept is there."""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

from loyaltydesk.domain.offline import QueuedKind, QueuedState
from loyaltydesk.persistence.offline_store import SqliteOfflineStore
from tests.integration import workers

IMAGES = 12


def _check_image(folder: Path) -> int:
    path = folder / "offline.sqlite3"
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = SqliteOfflineStore(path)  # opens it as the counter would after the power came back
    try:
        kept = store.queued(states=tuple(QueuedState))
    finally:
        store.close()
    for op in kept:  # whole operations only
        assert op.kind is QueuedKind.CREDIT and op.amount_rials == 1_000_000
        assert op.receipt_no == "R" + op.op_id.removeprefix("kept-")
    numbers = sorted(int(op.op_id.removeprefix("kept-")) for op in kept)
    assert numbers == list(range(1, len(numbers) + 1))  # in order, none missing
    return len(kept)


def test_the_offline_queue_survives_a_kill_and_power_cut_images(tmp_path: Path) -> None:
    rng = random.Random(16)
    path = tmp_path / "offline.sqlite3"
    log = tmp_path / "kept.log"
    ctx = multiprocessing.get_context("spawn")
    started = ctx.Event()
    proc = ctx.Process(target=workers.enqueue_forever, args=(str(path), str(log), started))
    proc.start()
    assert started.wait(60)
    images: list[Path] = []
    try:
        for n in range(IMAGES):
            time.sleep(rng.uniform(0.02, 0.15))
            image = tmp_path / f"image-{n}"
            image.mkdir()
            # The main file and its write-ahead log as they are this instant, mid-write.
            for suffix in ("", "-wal"):
                source = Path(str(path) + suffix)
                if source.exists():
                    shutil.copyfile(source, image / ("offline.sqlite3" + suffix))
            images.append(image)
        assert proc.is_alive(), "the queue's writer died on its own"
        assert proc.pid is not None
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.join(30)
    counts = [_check_image(image) for image in images]
    assert counts == sorted(counts) and counts[-1] > 0
    said_kept = log.read_text().split()
    assert len(said_kept) > counts[0]
    store = SqliteOfflineStore(path)
    try:
        there = {op.op_id for op in store.queued()}
    finally:
        store.close()
    assert set(said_kept) <= there  # everything the counter was told is kept, is

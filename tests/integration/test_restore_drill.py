"""The restore drill: back up while another process credits, restore into a new club,
`verify` passes, and nothing credited before the backup started is missing."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.backups import BackupPlan
from loyaltydesk.persistence.database import normalise_url
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER
from tests.integration import workers
from tests.integration.helpers import register


def _committed(log: Path) -> list[tuple[str, float]]:
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return [(op, float(at)) for op, at in (line.split("\t") for line in lines if "\t" in line)]


def test_backup_while_another_process_credits_then_restore_elsewhere(
    services: Services, db_url: str, tmp_path: Path
) -> None:
    member = register(services)
    folder = tmp_path / "stick"
    folder.mkdir()
    services.backups.set_plan(BackupPlan(folder))
    log = tmp_path / "committed.tsv"
    ctx = multiprocessing.get_context("spawn")
    stop = ctx.Event()
    writer = ctx.Process(
        target=workers.credit_and_log,
        args=(db_url, str(tmp_path / "writer"), member.id, str(log), stop),
    )
    writer.start()
    try:
        deadline = time.monotonic() + 60
        while len(_committed(log)) < 20:
            assert writer.is_alive(), "the crediting process died on its own"
            assert time.monotonic() < deadline, "the crediting process never got going"
            time.sleep(0.02)
        started = time.time()
        result = services.backups.run()
        finished = time.time()
        # The writer went on meanwhile (the backup did not stop the counter).
        while not any(at > finished for _, at in _committed(log)):
            assert writer.is_alive() and time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        stop.set()
        writer.join(30)
        if writer.is_alive():
            writer.kill()
    assert result.ok and result.file is not None, result.error
    before = {op for op, at in _committed(log) if at < started}
    assert len(before) >= 20

    elsewhere = Settings(data_dir=tmp_path / "new-pc", language="en")
    restored = build_services(elsewhere, str(tmp_path / "new.sqlite3"), hasher=LIGHT_HASHER)
    try:
        restored.audit.restore(result.file, restored.actor)
        assert restored.audit.verify(restored.actor).ok
        engine = create_engine(normalise_url(str(tmp_path / "new.sqlite3")))
        try:
            with engine.connect() as conn:
                present = set(conn.execute(text("SELECT op_id FROM operations")).scalars())
        finally:
            engine.dispose()
        assert before <= present, sorted(before - present)[:5]
        # Whatever the copy holds is whole: its balance is its purchases' points.
        view = restored.membership.get(member.id)
        assert view.balance == 10 * len([op for op in present if op.startswith("drill-")])
    finally:
        restored.close()

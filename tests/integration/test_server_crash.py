"""The club's PostgreSQL server stopped like a pulled plug (`pg_ctl stop -m immediate`) in
the middle of two counters' work, and started again: the counters say so, keep what the
cashiers do, and catch up by themselves — nothing lost, nothing counted twice."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from loyaltydesk.bootstrap import build_services
from loyaltydesk.persistence.database import normalise_url
from loyaltydesk.settings import Settings
from tests.integration import workers
from tests.integration.helpers import register
from tests.pgserver import PostgresCluster

pytestmark = pytest.mark.postgres

COUNTERS = ("till-1", "till-2")
PER_COUNTER = 300


def _lines(log: Path) -> list[tuple[str, str]]:
    if not log.exists():
        return []
    return [tuple(line.split("\t")) for line in log.read_text().splitlines()]  # type: ignore[misc]


def test_counters_keep_working_through_a_server_crash_and_catch_up_once(
    durable_cluster: PostgresCluster, tmp_path: Path
) -> None:
    url = durable_cluster.url()
    settings = Settings(data_dir=tmp_path / "owner", language="en")
    services = build_services(settings, url)
    try:
        member = register(services)
    finally:
        services.close()
    ctx = multiprocessing.get_context("spawn")
    done = ctx.Queue()
    logs = {name: tmp_path / f"{name}.log" for name in COUNTERS}
    procs = [
        ctx.Process(
            target=workers.counter_through_outage,
            args=(url, str(tmp_path / name), member.id, name, PER_COUNTER, str(logs[name]), done),
        )
        for name in COUNTERS
    ]
    for p in procs:
        p.start()
    # The plug is pulled once both counters are well under way.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if all(len(_lines(logs[n])) >= 100 for n in COUNTERS):
            break
        assert all(p.is_alive() for p in procs), "a counter died on its own"
        time.sleep(0.05)
    durable_cluster.stop_server("immediate")
    time.sleep(2)  # the counters work on, keeping what they do
    durable_cluster.start_server()
    finished = dict(done.get(timeout=240) for _ in procs)
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert finished == {name: (0, 0) for name in COUNTERS}  # nothing waits, nothing refused

    sent = {op for n in COUNTERS for kind, op in _lines(logs[n]) if kind == "sent"}
    kept = {op for n in COUNTERS for kind, op in _lines(logs[n]) if kind == "kept"}
    assert len(sent) == PER_COUNTER * len(COUNTERS)
    assert kept, "the server's crash should have sent some purchases to the queue"
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT operation_id, count(*) FROM purchases GROUP BY operation_id")
            ).all()
            balance = conn.execute(
                text("SELECT balance FROM members WHERE id = :id"), {"id": member.id}
            ).scalar_one()
    finally:
        engine.dispose()
    credited = {op: n for op, n in rows}
    assert set(credited) == sent  # every purchase the cashiers took, and no other
    assert set(credited.values()) == {1}  # each exactly once
    assert balance == 10 * len(sent)
    services = build_services(settings, url)
    try:
        assert services.audit.verify(actor=services.actor).ok
    finally:
        services.close()

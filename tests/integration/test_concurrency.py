"""Two counters at the same moment, and a counter PC that dies mid-credit."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from loyaltydesk.bootstrap import Services
from loyaltydesk.persistence.database import normalise_url
from tests.integration import workers
from tests.integration.helpers import credit, op, register

ROUNDS = 4


def test_two_counters_redeeming_the_last_100_points_at_once(
    services: Services, db_url: str, tmp_path: Path
) -> None:
    ctx = multiprocessing.get_context("spawn")
    member = register(services)
    for round_no in range(ROUNDS):
        credit(services, member, 10_000_000)  # exactly one free meal's worth
        barrier = ctx.Barrier(2)
        results = ctx.Queue()
        procs = [
            ctx.Process(
                target=workers.redeem_at_once,
                args=(db_url, str(tmp_path), member.id, f"race-{round_no}-{n}", barrier, results),
            )
            for n in range(2)
        ]
        for p in procs:
            p.start()
        outcomes = sorted(str(results.get(timeout=60)[0]) for _ in procs)
        for p in procs:
            p.join(timeout=60)
            assert p.exitcode == 0
        assert outcomes == ["ok", "redeem.short"], outcomes
        assert services.membership.get(member.id).balance == 0
    assert services.audit.verify(actor=services.actor).ok


def test_a_process_killed_mid_credit_leaves_whole_credits_only(
    services: Services, db_url: str, tmp_path: Path
) -> None:
    ctx = multiprocessing.get_context("spawn")
    member = register(services)
    started = ctx.Event()
    proc = ctx.Process(
        target=workers.credit_forever, args=(db_url, str(tmp_path), member.id, started)
    )
    proc.start()
    assert started.wait(60)
    engine = create_engine(normalise_url(db_url))
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            assert proc.is_alive(), "the crediting process died on its own"
            with engine.connect() as conn:
                if conn.execute(text("SELECT count(*) FROM purchases")).scalar_one() >= 25:
                    break
            time.sleep(0.02)
        assert proc.pid is not None
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(30)
        with engine.connect() as conn:
            purchases = conn.execute(
                text(
                    "SELECT p.id, p.points_earned, p.operation_id, "
                    " (SELECT count(*) FROM ledger_entries e WHERE e.purchase_id = p.id),"
                    " (SELECT coalesce(sum(points), 0) FROM ledger_entries e"
                    "   WHERE e.purchase_id = p.id)"
                    " FROM purchases p"
                )
            ).all()
            operations = conn.execute(
                text("SELECT count(*) FROM operations WHERE kind = 'credit'")
            ).scalar_one()
    finally:
        engine.dispose()
    assert len(purchases) >= 25
    assert operations == len(purchases)
    for _id, earned, _op, entries, points in purchases:
        assert (entries, points) == (1, earned)
    report = services.audit.verify(actor=services.actor)
    assert report.ok
    assert services.membership.get(member.id).balance == sum(p[1] for p in purchases)
    # The counter picks up where it stopped: the next credit goes through.
    assert (
        services.counter.credit_purchase(op(), member.id, 1_000_000, services.actor).balance
        == sum(p[1] for p in purchases) + 10
    )


@pytest.fixture(autouse=True)
def _no_leftover_children() -> None:
    for child in multiprocessing.active_children():
        child.kill()

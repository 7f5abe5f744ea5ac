"""Several counters on one club at the same moment, and counter PCs that die mid-credit."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from loyaltydesk.bootstrap import Services
from loyaltydesk.persistence.database import normalise_url
from tests.integration import workers
from tests.integration.helpers import credit, register

RACE_ROUNDS = 1000
KILL_TEST_CREDITS = 1000
KILL_TEST_COUNTERS = 2


@pytest.mark.parametrize("counters", [2, 4])
def test_counters_racing_for_the_last_reward_never_spend_it_twice(
    services: Services, db_url: str, tmp_path: Path, counters: int
) -> None:
    """Each round the member can afford exactly one free meal and every counter asks for it
    at once: one gets it, the others are told the points are short."""
    ctx = multiprocessing.get_context("spawn")
    member = register(services)
    barrier = ctx.Barrier(counters + 1)  # the counters and this test, which opens each round
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=workers.redeem_every_round,
            args=(db_url, str(tmp_path), member.id, f"till-{n}", RACE_ROUNDS, barrier, results),
        )
        for n in range(counters)
    ]
    for proc in procs:
        proc.start()
    for round_no in range(RACE_ROUNDS):
        assert credit(services, member, 10_000_000) == 100  # exactly one free meal's worth
        barrier.wait(timeout=120)
        outcomes = [results.get(timeout=60) for _ in procs]
        assert {r for r, _, _ in outcomes} == {round_no}
        codes = sorted(code for _, code, _ in outcomes)
        assert codes == ["ok"] + ["redeem.short"] * (counters - 1), (round_no, codes)
        assert [b for _, code, b in outcomes if code == "ok"] == [0]
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    engine = create_engine(normalise_url(db_url))
    try:
        with engine.connect() as conn:
            redeemed, lowest = conn.execute(
                text(
                    "SELECT count(*), min(balance_after) FROM ledger_entries"
                    " WHERE member_id = :m AND kind = 'redeem'"
                ),
                {"m": member.id},
            ).one()
            lowest_ever = conn.execute(
                text("SELECT min(balance_after) FROM ledger_entries WHERE member_id = :m"),
                {"m": member.id},
            ).scalar_one()
    finally:
        engine.dispose()
    assert (redeemed, lowest, lowest_ever) == (RACE_ROUNDS, 0, 0)
    assert services.membership.get(member.id).balance == 0
    assert services.audit.verify(actor=services.actor).ok


def test_counters_killed_at_random_moments_credit_every_sent_operation_once(
    services: Services, db_url: str, tmp_path: Path
) -> None:
    """kill -9 at random moments of counters crediting one member, started again each time,
    until 1,000 credits were sent; then every id sent is retried, as a counter does after a
    crash: each is credited exactly once and the books add up."""
    ctx = multiprocessing.get_context("spawn")
    rng = random.Random(16)
    member = register(services)
    logs = [str(tmp_path / f"till-{n}.log") for n in range(KILL_TEST_COUNTERS)]

    def start(n: int) -> Any:
        proc = ctx.Process(
            target=workers.credit_logging_first,
            args=(db_url, str(tmp_path), member.id, f"till-{n}", logs[n]),
        )
        proc.start()
        return proc

    def sent() -> list[list[str]]:
        return [workers.sent_operations(log) for log in logs]

    procs = [start(n) for n in range(KILL_TEST_COUNTERS)]
    # Each counter is killed once it has sent a random number more credits, after a random
    # pause: kills land anywhere in a credit, not only between two.
    kill_at = [rng.randint(20, 200) for _ in procs]
    kills = 0
    deadline = time.monotonic() + 240
    try:
        while sum(len(ids) for ids in sent()) < KILL_TEST_CREDITS:
            assert time.monotonic() < deadline, "the counters credit too slowly"
            for n, proc in enumerate(procs):
                assert proc.is_alive(), f"counter {n} died on its own ({proc.exitcode})"
                if len(workers.sent_operations(logs[n])) >= kill_at[n]:
                    time.sleep(rng.uniform(0, 0.01))
                    os.kill(proc.pid, signal.SIGKILL)
                    proc.join(30)
                    assert proc.exitcode == -signal.SIGKILL
                    kills += 1
                    procs[n] = start(n)
                    kill_at[n] = len(workers.sent_operations(logs[n])) + rng.randint(20, 200)
            time.sleep(0.005)
    finally:
        for proc in procs:
            if proc.pid is not None and proc.is_alive():
                os.kill(proc.pid, signal.SIGKILL)
            proc.join(30)
    assert kills >= 5
    every_sent = [op_id for ids in sent() for op_id in ids]
    assert len(every_sent) == len(set(every_sent)) >= KILL_TEST_CREDITS
    credited_by_retry = 0
    for op_id in every_sent:
        amount, receipt = workers.kill_test_credit(op_id)
        result = services.counter.credit_purchase(
            op_id, member.id, amount, services.actor, receipt_no=receipt
        )
        credited_by_retry += not result.replayed
    # Each kill mid-credit leaves its last id unsaved; the retry is what credits it.
    print("STATS", kills, credited_by_retry, len(every_sent))
    assert credited_by_retry <= kills + KILL_TEST_COUNTERS
    engine = create_engine(normalise_url(db_url))
    try:
        with engine.connect() as conn:
            purchases = conn.execute(
                text("SELECT operation_id, points_earned FROM purchases WHERE member_id = :m"),
                {"m": member.id},
            ).all()
            lines = conn.execute(
                text("SELECT operation_id FROM ledger_entries WHERE member_id = :m"),
                {"m": member.id},
            ).all()
            operations = conn.execute(
                text("SELECT op_id FROM operations WHERE kind = 'credit'")
            ).all()
    finally:
        engine.dispose()
    once = Counter({op_id: 1 for op_id in every_sent})
    assert Counter(op_id for op_id, _ in purchases) == once
    assert Counter(op_id for (op_id,) in lines) == once
    assert Counter(op_id for (op_id,) in operations) == once
    assert services.membership.get(member.id).balance == sum(p for _, p in purchases)
    assert services.audit.verify(actor=services.actor).ok


@pytest.fixture(autouse=True)
def _no_leftover_children() -> None:
    for child in multiprocessing.active_children():
        child.kill()

"""Several processes writing to one SQLite club at once: how long each write waits.

    make bench                         # part of the benchmarks
    python -m bench.contention         # alone; BENCH_CONTENTION_OPS=200 per writer (default)

A shop PC runs the window, the command line, scheduled campaigns and the API at the same
time, all writing to the same file. Here 4 and then 8 writer processes each credit a
purchase and redeem a reward N times through the real services (each its own member, like
counters serving different customers), all starting together; every operation's time from
call to commit is one sample. In the same run, the same pattern as bare SQL through Python's
sqlite3 module (WAL, synchronous=FULL, busy timeout 10 s, BEGIN IMMEDIATE) is the baseline:
SQLite's own busy handler, which sleeps and retries, is what makes some writers starve.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.staff import Actor
from loyaltydesk.settings import Settings

OPS = int(os.environ.get("BENCH_CONTENTION_OPS", "200"))  # credits (and as many redeems)
WRITERS = tuple(int(w) for w in os.environ.get("BENCH_CONTENTION_WRITERS", "4,8").split(","))
AMOUNT_RIALS = 400_000  # 4 points a credit under the default rule (1 per 10,000 Toman)
REWARD = "Bench coffee"
REWARD_COST = 4  # each redeem spends what the credit before it earned


def _service_writer(url: str, data_dir: str, member_id: int, start: Any, out: Any) -> None:
    services = build_services(Settings(data_dir=Path(data_dir), language="en"), url)
    actor = Actor("bench", f"writer-{member_id}")
    times: list[float] = []
    try:
        services.membership.get(member_id)  # connected and warm before the start
        start.wait()
        for _ in range(OPS):
            began = time.perf_counter()
            services.counter.credit_purchase(str(uuid.uuid4()), member_id, AMOUNT_RIALS, actor)
            times.append(time.perf_counter() - began)
            began = time.perf_counter()
            services.counter.redeem(str(uuid.uuid4()), member_id, REWARD, actor)
            times.append(time.perf_counter() - began)
    finally:
        services.close()
    out.put(times)


def _raw_writer(path: str, member_id: int, start: Any, out: Any) -> None:
    conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    (reward_id,) = conn.execute("SELECT id FROM rewards WHERE name = ?", (REWARD,)).fetchone()
    (rule_id,) = conn.execute("SELECT max(id) FROM earn_rules").fetchone()
    times: list[float] = []

    def write(kind: str, points: int) -> None:
        op = str(uuid.uuid4())
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        conn.execute("BEGIN IMMEDIATE")
        (balance,) = conn.execute(
            "SELECT balance FROM members WHERE id = ?", (member_id,)
        ).fetchone()
        conn.execute("SELECT 1 FROM operations WHERE op_id = ?", (op,)).fetchall()
        conn.execute(
            "INSERT INTO operations (op_id, kind, fingerprint, member_id, created_at,"
            " staff, counter, points, balance_after, amount_rials)"
            " VALUES (?, ?, ?, ?, ?, 'raw', 'raw', ?, ?, ?)",
            (
                op,
                kind,
                str(member_id),
                member_id,
                now,
                points,
                balance + points,
                AMOUNT_RIALS if kind == "credit" else None,
            ),
        )
        purchase_id = None
        if kind == "credit":
            purchase_id = conn.execute(
                "INSERT INTO purchases (member_id, amount_rials, refunded_rials, occurred_at,"
                " recorded_at, backdated, operation_id, rule_version_id, points_earned)"
                " VALUES (?, ?, 0, ?, ?, 0, ?, ?, ?)",
                (member_id, AMOUNT_RIALS, now, now, op, rule_id, points),
            ).lastrowid
        else:
            conn.execute("SELECT * FROM rewards WHERE id = ?", (reward_id,)).fetchall()
        conn.execute(
            "INSERT INTO ledger_entries (member_id, kind, points, balance_after,"
            " operation_id, staff, counter, recorded_at, effective_at, purchase_id,"
            " reward_id, rule_version_id) VALUES (?, ?, ?, ?, ?, 'raw', 'raw', ?, ?, ?, ?, ?)",
            (
                member_id,
                "earn" if kind == "credit" else "redeem",
                points,
                balance + points,
                op,
                now,
                now,
                purchase_id,
                None if kind == "credit" else reward_id,
                rule_id if kind == "credit" else None,
            ),
        )
        conn.execute(
            "UPDATE members SET balance = ?, last_visit_at = ? WHERE id = ?",
            (balance + points, now, member_id),
        )
        conn.execute("COMMIT")

    start.wait()
    for _ in range(OPS):
        began = time.perf_counter()
        write("credit", REWARD_COST)
        times.append(time.perf_counter() - began)
        began = time.perf_counter()
        write("redeem", -REWARD_COST)
        times.append(time.perf_counter() - began)
    conn.close()
    out.put(times)


def _club(folder: Path, name: str, writers: int) -> tuple[str, list[int]]:
    """A new club file with a reward and one member per writer."""
    path = folder / f"{name}.sqlite3"
    services = build_services(Settings(data_dir=folder / f"{name}-data", language="en"), str(path))
    try:
        services.rules.add_reward(REWARD, REWARD_COST, actor=services.actor)
        members = [
            services.membership.register(
                f"reg-{n}", name=f"Writer {n}", phone=f"0912{n:07d}", actor=services.actor
            ).member.id
            for n in range(writers)
        ]
    finally:
        services.close()
    return str(path), members


def _run(target: Any, args_of: list[tuple[Any, ...]]) -> tuple[list[float], float]:
    """Start one process per argument tuple, let them go at once; every sample in ms, and the
    wall time of the whole run in seconds."""
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    out = ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, start, out)) for args in args_of]
    for proc in procs:
        proc.start()
    time.sleep(3)  # every writer built its services and is waiting at the start line
    began = time.perf_counter()
    start.set()
    samples: list[float] = []
    for _ in procs:
        samples.extend(t * 1000 for t in out.get(timeout=600))
    wall = time.perf_counter() - began
    for proc in procs:
        proc.join(60)
        if proc.exitcode != 0:
            raise RuntimeError(f"a writer failed (exit code {proc.exitcode})")
    return samples, wall


def _figures(samples: list[float]) -> str:
    p99 = statistics.quantiles(samples, n=100)[98]
    return (
        f"p50 {statistics.median(samples):6.1f} ms  p99 {p99:7.1f} ms  max {max(samples):7.1f} ms"
    )


def main() -> int:
    print(
        f"{OPS} credits + {OPS} redeems per writer, one SQLite file, synchronous=FULL "
        f"(Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} CPUs)",
        flush=True,
    )
    for writers in WRITERS:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            url, members = _club(folder, "services", writers)
            ours, ours_wall = _run(_service_writer, [(url, str(folder / "w"), m) for m in members])
            raw_path, raw_members = _club(folder, "raw", writers)
            raw, raw_wall = _run(_raw_writer, [(raw_path, m) for m in raw_members])
        print(
            f"{writers} writers  services: {_figures(ours)}  ({len(ours) / ours_wall:5.0f} ops/s)"
            f"\n           raw sqlite3: {_figures(raw)}  ({len(raw) / raw_wall:5.0f} ops/s)"
            f"   (target for 4 writers: p99 < 100 ms, max < 1000 ms)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

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

Then the load of issue 16: 10 counter processes crediting and redeeming against one club
(members shared, so counters meet on the same member and some redemptions are refused for
want of points, as at a real till) for 60 s, on SQLite (WAL) and on a PostgreSQL server
started here (tests/pgserver.py; on 127.0.0.1 only, fsync on), with throughput, p50/p99 per
kind of operation, the errors other than honest refusals (must be none) and `verify` after.
The baseline in the same run: as many processes inserting a credit's two rows (purchase and
ledger line, with the operation row their foreign keys need) with bare sqlite3 for as long.

    python -m bench.contention --load-seconds 10      # a shorter load run
    python -m bench.contention --load-only            # the load alone
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import queue
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.settings import Settings
from tests.pgserver import PostgresCluster

OPS = int(os.environ.get("BENCH_CONTENTION_OPS", "200"))  # credits (and as many redeems)
WRITERS = tuple(int(w) for w in os.environ.get("BENCH_CONTENTION_WRITERS", "4,8").split(","))
AMOUNT_RIALS = 400_000  # 4 points a credit under the default rule (1 per 10,000 Toman)
REWARD = "Bench coffee"
REWARD_COST = 4  # each redeem spends what the credit before it earned
LOAD_COUNTERS = int(os.environ.get("BENCH_LOAD_COUNTERS", "10"))
LOAD_MEMBERS = 50  # shared by every counter
LOAD_CREDIT_SHARE = 0.6  # of a counter's operations; the rest are redemptions
HONEST_REFUSALS = {"redeem.short"}


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


def raw_connection(path: str) -> sqlite3.Connection:
    """Bare sqlite3 with the club's own settings (persistence/database.py)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def raw_write(
    conn: sqlite3.Connection, member_id: int, kind: str, points: int, reward_id: int, rule_id: int
) -> None:
    """A credit or a redemption as the bare SQL it needs, in one transaction: the balance and
    the operation id looked up, the operation, purchase and ledger rows, the new balance."""
    op = str(uuid.uuid4())
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.execute("BEGIN IMMEDIATE")
    (balance,) = conn.execute("SELECT balance FROM members WHERE id = ?", (member_id,)).fetchone()
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


def raw_ids(conn: sqlite3.Connection) -> tuple[int, int]:
    """The bench reward's id and the earn rule in force, for raw_write."""
    (reward_id,) = conn.execute("SELECT id FROM rewards WHERE name = ?", (REWARD,)).fetchone()
    (rule_id,) = conn.execute("SELECT max(id) FROM earn_rules").fetchone()
    return reward_id, rule_id


def _raw_writer(path: str, member_id: int, start: Any, out: Any) -> None:
    conn = raw_connection(path)
    reward_id, rule_id = raw_ids(conn)
    times: list[float] = []
    start.wait()
    for _ in range(OPS):
        began = time.perf_counter()
        raw_write(conn, member_id, "credit", REWARD_COST, reward_id, rule_id)
        times.append(time.perf_counter() - began)
        began = time.perf_counter()
        raw_write(conn, member_id, "redeem", -REWARD_COST, reward_id, rule_id)
        times.append(time.perf_counter() - began)
    conn.close()
    out.put(times)


def _load_counter(
    url: str, data_dir: str, counter: int, members: list[int], seconds: float, start: Any, out: Any
) -> None:
    """Credit or redeem for a random shared member until the time is up: the time of each
    operation by kind, the honest refusals and every other error by its code."""
    services = build_services(Settings(data_dir=Path(data_dir), language="en"), url)
    actor = Actor("bench", f"counter-{counter}")
    rng = random.Random(counter)
    times: dict[str, list[float]] = {"credit": [], "redeem": []}
    refused = 0
    errors: dict[str, int] = {}
    try:
        services.membership.get(members[0])  # connected and warm before the start
        start.wait()
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            member_id = rng.choice(members)
            kind = "credit" if rng.random() < LOAD_CREDIT_SHARE else "redeem"
            began = time.perf_counter()
            try:
                if kind == "credit":
                    services.counter.credit_purchase(
                        str(uuid.uuid4()), member_id, AMOUNT_RIALS, actor
                    )
                else:
                    services.counter.redeem(str(uuid.uuid4()), member_id, REWARD, actor)
            except DomainError as error:
                if error.code in HONEST_REFUSALS:
                    refused += 1
                else:
                    errors[error.code] = errors.get(error.code, 0) + 1
                continue
            except Exception as error:  # counted and shown: the figure must be zero
                name = type(error).__name__
                errors[name] = errors.get(name, 0) + 1
                continue
            times[kind].append(time.perf_counter() - began)
    finally:
        services.close()
    out.put((times, refused, errors))


def _raw_load_counter(path: str, member_id: int, seconds: float, start: Any, out: Any) -> None:
    """A credit's two rows, a purchase and its ledger line (and the operation row their
    foreign keys need), in one transaction with bare sqlite3, until the time is up."""
    conn = raw_connection(path)
    (rule_id,) = conn.execute("SELECT max(id) FROM earn_rules").fetchone()
    times: list[float] = []
    start.wait()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        began = time.perf_counter()
        op = str(uuid.uuid4())
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO operations (op_id, kind, fingerprint, member_id, created_at,"
            " staff, counter, points, balance_after, amount_rials)"
            " VALUES (?, 'credit', ?, ?, ?, 'raw', 'raw', ?, 0, ?)",
            (op, str(member_id), member_id, now, REWARD_COST, AMOUNT_RIALS),
        )
        purchase_id = conn.execute(
            "INSERT INTO purchases (member_id, amount_rials, refunded_rials, occurred_at,"
            " recorded_at, backdated, operation_id, rule_version_id, points_earned)"
            " VALUES (?, ?, 0, ?, ?, 0, ?, ?, ?)",
            (member_id, AMOUNT_RIALS, now, now, op, rule_id, REWARD_COST),
        ).lastrowid
        conn.execute(
            "INSERT INTO ledger_entries (member_id, kind, points, balance_after,"
            " operation_id, staff, counter, recorded_at, effective_at, purchase_id,"
            " rule_version_id) VALUES (?, 'earn', ?, 0, ?, 'raw', 'raw', ?, ?, ?, ?)",
            (member_id, REWARD_COST, op, now, now, purchase_id, rule_id),
        )
        conn.execute("COMMIT")
        times.append(time.perf_counter() - began)
    conn.close()
    out.put(({"credit": times, "redeem": []}, 0, {}))


def _club(folder: Path, name: str, writers: int, url: str | None = None) -> tuple[str, list[int]]:
    """A new club (a file, or the empty database at ``url``) with a reward and ``writers``
    members."""
    path = url or str(folder / f"{name}.sqlite3")
    services = build_services(Settings(data_dir=folder / f"{name}-data", language="en"), path)
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
    return path, members


def _run(target: Any, args_of: list[tuple[Any, ...]]) -> tuple[list[float], float]:
    """Start one process per argument tuple, let them go at once; every sample in ms, and the
    wall time of the whole run in seconds."""
    outputs, wall = _together(target, args_of)
    return [t * 1000 for times in outputs for t in times], wall


def _together(target: Any, args_of: list[tuple[Any, ...]]) -> tuple[list[Any], float]:
    """Start one process per argument tuple and let them go at once; what each put out, and
    the wall time of the whole run in seconds."""
    ctx = multiprocessing.get_context("spawn")
    # Every writer builds its services first and then waits at the start line: with ten
    # processes on two cores, building alone takes seconds.
    start = ctx.Barrier(len(args_of) + 1)
    out = ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, start, out)) for args in args_of]
    for proc in procs:
        proc.start()
    start.wait(timeout=300)
    began = time.perf_counter()
    outputs: list[Any] = []
    while len(outputs) < len(procs):
        try:
            outputs.append(out.get(timeout=1))
        except queue.Empty:
            if any(proc.exitcode not in (None, 0) for proc in procs):
                for proc in procs:
                    proc.kill()
                raise RuntimeError("a writer failed") from None
    wall = time.perf_counter() - began
    for proc in procs:
        proc.join(60)
        if proc.exitcode != 0:
            raise RuntimeError(f"a writer failed (exit code {proc.exitcode})")
    return outputs, wall


def _figures(samples: list[float]) -> str:
    p99 = statistics.quantiles(samples, n=100)[98]
    return (
        f"p50 {statistics.median(samples):6.1f} ms  p99 {p99:7.1f} ms  max {max(samples):7.1f} ms"
    )


def _load(label: str, url: str, folder: Path, seconds: float) -> bool:
    """The load on one club; True when there was no error and `verify` is clean."""
    url, members = _club(folder, label, LOAD_MEMBERS, url)
    args = [(url, str(folder / f"c{n}"), n, members, seconds) for n in range(LOAD_COUNTERS)]
    outputs, wall = _together(_load_counter, args)
    print(_load_figures(label, outputs, wall), flush=True)
    services = build_services(Settings(data_dir=folder / "verify", language="en"), url)
    try:
        report = services.audit.verify(actor=services.actor)
    finally:
        services.close()
    errors = sum(sum(e.values()) for _, _, e in outputs)
    print(
        f"{'':13}errors other than honest refusals: {errors}   verify: "
        f"{'clean' if report.ok else 'NOT CLEAN'} ({report.entries_checked} entries, "
        f"{report.members_checked} members)",
        flush=True,
    )
    return errors == 0 and report.ok


def _load_figures(label: str, outputs: list[Any], wall: float) -> str:
    lines = []
    done = sum(len(t) for times, _, _ in outputs for t in times.values())
    refused = sum(r for _, r, _ in outputs)
    for kind in ("credit", "redeem"):
        samples = [t * 1000 for times, _, _ in outputs for t in times[kind]]
        if samples:
            lines.append(f"{kind} x{len(samples):6}  {_figures(samples)}")
    errors: dict[str, int] = {}
    for _, _, found in outputs:
        for code, n in found.items():
            errors[code] = errors.get(code, 0) + n
    return (
        f"{label:12} {done / wall:6.0f} ops/s ({done} done, {refused} refused honestly"
        f"{', errors ' + str(errors) if errors else ''})\n"
        + "\n".join(f"{'':13}{line}" for line in lines)
    )


def load(seconds: float) -> bool:
    """10 counters on one club, on SQLite and on PostgreSQL, next to raw sqlite3."""
    print(
        f"\n{LOAD_COUNTERS} counters crediting ({LOAD_CREDIT_SHARE:.0%}) and redeeming against "
        f"one club of {LOAD_MEMBERS} members for {seconds:g} s",
        flush=True,
    )
    clean = True
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        clean &= _load("SQLite (WAL)", str(folder / "load.sqlite3"), folder, seconds)
        raw_path, raw_members = _club(folder, "raw-load", LOAD_COUNTERS)
        outputs, wall = _together(_raw_load_counter, [(raw_path, m, seconds) for m in raw_members])
        print(_load_figures("raw sqlite3", outputs, wall), "(credits: the two rows)", flush=True)
    try:
        cluster = PostgresCluster(durable=True, tcp=True)
        cluster.start()
    except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
        print(f"PostgreSQL      not measured: no server could be started ({error})", flush=True)
        return False
    try:
        with tempfile.TemporaryDirectory() as scratch:
            clean &= _load("PostgreSQL", cluster.url(), Path(scratch), seconds)
    finally:
        cluster.stop()
    return clean


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.contention")
    parser.add_argument("--load-seconds", type=float, default=60.0)
    parser.add_argument("--load-only", action="store_true")
    options = parser.parse_args()
    if not options.load_only:
        contention()
    return 0 if load(options.load_seconds) else 1


def contention() -> None:
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


if __name__ == "__main__":
    sys.exit(main())

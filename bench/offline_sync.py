"""A counter that was offline a long time catching up: 10,000 queued credits sent to the
club's PostgreSQL server (durable, as a shop's) by `sync`, against the issue's target of
under 60 s.

    make bench                        # part of the benchmarks
    python -m bench.offline_sync      # alone; BENCH_SYNC_OPS=10000 (default)

Figures: keeping one credit in the queue (what the cashier waits for while offline: one
SQLite transaction with synchronous=FULL), the whole sync and its rate, and, in the same
run, baselines: the same number of bare SQL transactions inserting a purchase and a ledger
line each, through Python's sqlite3 (WAL, synchronous=FULL) and through psycopg on the same
server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.offline import QueuedKind, QueuedOperation
from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.domain.tiers import Tier, TierBasis, TierPolicy
from loyaltydesk.persistence.offline_store import OFFLINE_FILE, SqliteOfflineStore
from loyaltydesk.settings import Settings
from tests.pgserver import PostgresCluster

OPS = int(os.environ.get("BENCH_SYNC_OPS", "10000"))
MEMBERS = 200
AMOUNT_RIALS = 1_000_000


def _raw_sqlite(folder: Path) -> float:
    conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE purchases (id INTEGER PRIMARY KEY, op TEXT UNIQUE, amount INT)")
    conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, op TEXT, points INT)")
    began = time.perf_counter()
    for n in range(OPS):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO purchases (op, amount) VALUES (?, ?)", (f"op-{n}", 1))
        conn.execute("INSERT INTO ledger (op, points) VALUES (?, 10)", (f"op-{n}",))
        conn.execute("COMMIT")
    took = time.perf_counter() - began
    conn.close()
    return took


def _raw_postgres(cluster: PostgresCluster) -> float:
    with psycopg.connect(
        host=str(cluster.root), port=cluster.port, user=cluster.user, dbname="postgres"
    ) as conn:
        conn.execute("CREATE TABLE raw_purchases (id bigserial PRIMARY KEY, op text UNIQUE)")
        conn.execute("CREATE TABLE raw_ledger (id bigserial PRIMARY KEY, op text, points int)")
        conn.commit()
        began = time.perf_counter()
        for n in range(OPS):
            conn.execute("INSERT INTO raw_purchases (op) VALUES (%s)", (f"op-{n}",))
            conn.execute("INSERT INTO raw_ledger (op, points) VALUES (%s, 10)", (f"op-{n}",))
            conn.commit()
        return time.perf_counter() - began


def _history_rule(rule: EarnRule) -> EarnRule:
    """A rule each credit must read the member's history for: the slow path of a batch."""
    tiers = TierPolicy(
        tiers=(Tier("silver", "Silver", "نقره‌ای", 20_000_000, 150),),
        basis=TierBasis.SPEND,
        window_months=12,
        review_months=3,
    )
    return dataclasses.replace(rule, daily_cap=500, stamps=StampRule(500_000, 3), tier_policy=tiers)


def _sync(cluster: PostgresCluster, folder: Path, history: bool) -> tuple[float, bool, list[float]]:
    """A club of MEMBERS members on a fresh database, OPS credits kept offline by one
    counter, then sent: (seconds, verify clean, each keep's seconds)."""
    database = f"sync_{'history' if history else 'plain'}"
    with psycopg.connect(
        host=str(cluster.root), port=cluster.port, user=cluster.user, dbname="postgres",
        autocommit=True,
    ) as conn:  # fmt: skip
        conn.execute(f"CREATE DATABASE {database}")
    url = cluster.url(database)
    data = folder / database
    settings = Settings(data_dir=data, language="en", counter="till-9")
    services = build_services(settings, url)
    try:
        actor = services.actor
        if history:
            services.rules.save(_history_rule(services.rules.earn_rule()), actor=actor)
        members = [
            services.membership.register(
                f"reg-{n}", name=f"Member {n}", phone=f"0912{n:07d}", actor=actor
            ).member
            for n in range(MEMBERS)
        ]
        services.link.probe()
    finally:
        services.close()
    store = SqliteOfflineStore(data / OFFLINE_FILE)
    keep_times = []
    # Taken after the rule was saved (a purchase earns by the rule in force when it was
    # made), a millisecond apart: the sync's clock is later than every one.
    at = dt.datetime.now(dt.UTC)
    who = Actor(actor.staff, actor.counter, actor.role, actor.staff_id)
    for n in range(OPS):
        member = members[n % MEMBERS]
        began = time.perf_counter()
        store.enqueue(
            QueuedOperation(
                f"offline-{n}", QueuedKind.CREDIT, member.id, member.name,
                at + dt.timedelta(milliseconds=n), who, 10, amount_rials=AMOUNT_RIALS,
            )
        )  # fmt: skip
        keep_times.append(time.perf_counter() - began)
    store.close()
    services = build_services(settings, url)
    try:
        began = time.perf_counter()
        report = services.link.sync()
        took = time.perf_counter() - began
        assert report is not None and report.reached
        assert (report.sent, report.replayed, report.refused) == (OPS, 0, ())
        again = services.link.sync()
        assert again is not None and again.sent == 0
        ok = services.audit.verify(actor=services.actor).ok
    finally:
        services.close()
    return took, ok, keep_times


def main() -> int:
    cluster = PostgresCluster(durable=True)
    cluster.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            took, ok, keep_times = _sync(cluster, Path(folder), history=False)
            slow, slow_ok, _keeps = _sync(cluster, Path(folder), history=True)
            raw_sqlite = _raw_sqlite(Path(folder))
            raw_pg = _raw_postgres(cluster)
    finally:
        cluster.stop()
    keep_times.sort()
    print(f"offline sync of {OPS:,} queued credits ({MEMBERS} members), PostgreSQL durable")
    print(
        f"  keep one credit offline: p50 {statistics.median(keep_times) * 1000:.2f} ms, "
        f"p99 {keep_times[int(len(keep_times) * 0.99)] * 1000:.2f} ms"
    )
    print(
        f"  sync, a plain rule: {took:.1f} s ({OPS / took:,.0f} ops/s), target < 60 s: "
        f"{'met' if took < 60 else 'MISSED'}; verify clean: {ok}; a second sync sent nothing"
    )
    print(
        f"  sync, a rule with stamps, a daily cap and tiers: {slow:.1f} s "
        f"({OPS / slow:,.0f} ops/s), target < 60 s: {'met' if slow < 60 else 'MISSED'}; "
        f"verify clean: {slow_ok}"
    )
    print(
        f"  baseline, bare inserts in {OPS:,} transactions: raw sqlite3 {raw_sqlite:.1f} s, "
        f"raw psycopg {raw_pg:.1f} s"
    )
    return 0 if ok and slow_ok and took < 60 and slow < 60 else 1


if __name__ == "__main__":
    sys.exit(main())

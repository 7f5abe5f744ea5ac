"""Speed of the owner's report on the big club, on SQLite and PostgreSQL, next to the very
same SQL statements replayed through the bare driver (sqlite3 / psycopg) in the same run.

    make bench                        # 1,000,000 members, 10,000,000 ledger rows
    BENCH_MEMBERS=100000 python -m bench.reports
    BENCH_POSTGRES=0 python -m bench.reports   # SQLite only (BENCH_SQLITE=0: PostgreSQL only)

The club is bench/core.py's (generated once into bench/.data/ and upgraded to the current
schema); PostgreSQL gets a copy of it in bench/.data/pg-N, loaded once. Each figure is
measured in a fresh process, so its peak memory is the report's own. The period is the last
12 months up to the club's last purchase.

Targets (issue 12): the whole report under 10 s on SQLite, the headline tiles under 2 s, the
at-risk list under 3 s, peak memory under 1 GB.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import event
from sqlalchemy.engine import make_url

from bench.core import DATA, ENTRIES_PER_MEMBER, MEMBERS, build_club, signed_in
from loyaltydesk.domain.reports import Calendar, Preset
from loyaltydesk.domain.staff import Role
from loyaltydesk.persistence.database import open_database
from loyaltydesk.persistence.unit_of_work import SqlUnitOfWorkFactory
from loyaltydesk.services.report_views import Page
from loyaltydesk.services.reports import ALL_PAGES, ReportService
from loyaltydesk.services.staff import StaffService

ZONE = ZoneInfo("Asia/Tehran")
MEASURES: dict[str, tuple[frozenset[Page], Preset, str]] = {
    "whole report, last 12 months": (ALL_PAGES, Preset.LAST_12_MONTHS, "< 10 s"),
    "headline tiles, last 12 months": (frozenset({Page.SUMMARY}), Preset.LAST_12_MONTHS, "< 2 s"),
    "at-risk list, last 12 months": (frozenset({Page.AT_RISK}), Preset.LAST_12_MONTHS, "< 3 s"),
    "whole report, this month": (ALL_PAGES, Preset.THIS_MONTH, "< 10 s"),
    "headline tiles, this month": (frozenset({Page.SUMMARY}), Preset.THIS_MONTH, "< 2 s"),
}
# Copied in this order so every foreign key finds its row.
TABLES = (
    "earn_rules",
    "rewards",
    "members",
    "member_name_tokens",
    "cards",
    "operations",
    "purchases",
    "ledger_entries",
    "tier_changes",
)


def sqlite_club() -> Path:
    DATA.mkdir(exist_ok=True)
    path = DATA / f"club-{MEMBERS}-{ENTRIES_PER_MEMBER}.sqlite3"
    if not path.exists():
        print(f"Generating a club of {MEMBERS:,} members (once; kept in {DATA})…", flush=True)
        build_club(path)
    start = time.perf_counter()
    open_database(str(path)).dispose()  # brings it to the current schema (report indexes)
    took = time.perf_counter() - start
    if took > 1:
        print(f"  upgraded to the current schema in {took:.0f} s", flush=True)
    return path


def clock_for(path: Path) -> dt.datetime:
    """Evening of the club's last purchase day: the report's 'today'."""
    raw = sqlite3.connect(path)
    last = raw.execute("SELECT max(occurred_at) FROM purchases").fetchone()[0]
    raw.close()
    when = dt.datetime.fromisoformat(last).replace(tzinfo=dt.UTC).astimezone(ZONE)
    return dt.datetime.combine(when.date(), dt.time(21), ZONE).astimezone(dt.UTC)


def postgres_club(path: Path) -> tuple[Any, str]:
    """A PostgreSQL server holding the same club (loaded once, kept in bench/.data)."""
    import psycopg

    from tests.pgserver import PostgresCluster

    cluster = PostgresCluster()
    shutil.rmtree(cluster.root, ignore_errors=True)
    cluster.root = DATA / f"pg-{MEMBERS}-{ENTRIES_PER_MEMBER}"
    cluster.data = cluster.root / "data"
    loaded = cluster.root / "loaded"
    if not loaded.exists():
        shutil.rmtree(cluster.root, ignore_errors=True)
        cluster.root.mkdir(parents=True)
        cluster.start()
    else:
        cluster.start_server()
    url = cluster.url()
    dsn = f"host={cluster.root} port={cluster.port} user={cluster.user} dbname=postgres"
    with psycopg.connect(dsn, autocommit=True) as conn:
        # A counter PC's server would be tuned this far; the defaults (4 MB) sort on disk.
        conn.execute("ALTER SYSTEM SET work_mem = '256MB'")
        conn.execute("ALTER SYSTEM SET shared_buffers = '512MB'")
        conn.execute("SELECT pg_reload_conf()")
    if loaded.exists():
        return cluster, url
    print("Loading the club into PostgreSQL (once)…", flush=True)
    start = time.perf_counter()
    open_database(url).dispose()
    source = sqlite3.connect(path)
    with psycopg.connect(dsn) as conn:
        conn.execute("SET session_replication_role = replica")  # no FK checks while copying
        # A new database starts with the default rule (and whatever else it seeds).
        conn.execute(f"TRUNCATE {', '.join(TABLES)} CASCADE")
        for table in TABLES:
            columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
            booleans = {
                name
                for name, kind in conn.execute(
                    "SELECT column_name, data_type FROM information_schema.columns"
                    " WHERE table_name = %s",
                    (table,),
                ).fetchall()
                if kind == "boolean"
            }
            flags = [i for i, c in enumerate(columns) if c in booleans]
            names = ", ".join(columns)
            with conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {names} FROM {table}"):
                    values = list(row)
                    for i in flags:
                        values[i] = None if values[i] is None else bool(values[i])
                    copy.write_row(values)
            print(f"  {table}", flush=True)
        conn.commit()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    loaded.touch()
    print(f"  loaded in {time.perf_counter() - start:.0f} s", flush=True)
    return cluster, url


def child(url: str, pages_name: str, now_iso: str) -> None:
    """One measure in this (fresh) process: the service, then its statements replayed raw."""
    pages, preset, _target = MEASURES[pages_name]
    now = dt.datetime.fromisoformat(now_iso)
    database = open_database(url)
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *rest: Any) -> None:
        statements.append((statement, params))

    event.listen(database.engine, "before_cursor_execute", capture)
    uow = SqlUnitOfWorkFactory(database)
    service = ReportService(uow, lambda: now, ZONE)
    owner = signed_in(StaffService(uow, lambda: now), Role.OWNER)
    periods = service.periods(preset, Calendar.GREGORIAN)
    start = time.perf_counter()
    service.report(periods, pages=pages, actor=owner)
    ours = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    event.remove(database.engine, "before_cursor_execute", capture)
    start = time.perf_counter()
    service.report(periods, pages=pages, actor=owner)  # the same period again: from the cache
    cached = time.perf_counter() - start
    database.dispose()
    # The driver's own transaction statements are the replay's business, not the report's.
    control = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")
    statements = [s for s in statements if not s[0].lstrip().upper().startswith(control)]
    start = time.perf_counter()
    if url.startswith("postgresql"):
        import psycopg

        parts = make_url(url)
        dsn = f"host={parts.query['host']} port={parts.query['port']} user={parts.username}"
        with psycopg.connect(dsn + f" dbname={parts.database}") as pg:
            for statement, params in statements:
                cursor = pg.execute(statement, params or None)
                if cursor.description:
                    cursor.fetchall()
    else:
        lite = sqlite3.connect(url, isolation_level=None)
        lite.execute("BEGIN")
        for statement, params in statements:
            rows = lite.execute(statement, params or ())
            if rows.description:
                rows.fetchall()
        lite.execute("ROLLBACK")
        lite.close()
    raw = time.perf_counter() - start
    print(json.dumps({"ours": ours, "raw": raw, "cached": cached, "peak_mb": peak,
                      "statements": len(statements)}))  # fmt: skip


def measure(url: str, now: dt.datetime, label: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "bench.reports", "--child", url, label, now.isoformat()],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        print(result.stderr[-3000:], flush=True)
        raise SystemExit(f"{label} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run(kind: str, url: str, now: dt.datetime) -> None:
    print(f"\n{kind}", flush=True)
    for label, (_pages, _preset, target) in MEASURES.items():
        figures = measure(url, now, label)
        print(
            f"  {label:<32} ours {figures['ours']:6.2f} s   raw {figures['raw']:6.2f} s"
            f"   cached {figures['cached'] * 1000:5.1f} ms   peak {figures['peak_mb']:5.0f} MB"
            f"   ({figures['statements']:.0f} statements; target {target}, < 1 GB)",
            flush=True,
        )


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4])
        return 0
    path = sqlite_club()
    now = clock_for(path)
    raw = sqlite3.connect(path)
    members = raw.execute("SELECT count(*) FROM members").fetchone()[0]
    entries = raw.execute("SELECT max(id) FROM ledger_entries").fetchone()[0]
    purchases = raw.execute("SELECT max(id) FROM purchases").fetchone()[0]
    raw.close()
    print(
        f"Club: {members:,} members, {entries:,} ledger rows, {purchases:,} purchases; "
        f"reports to {now.astimezone(ZONE).date()} (and the 12 before)",
        flush=True,
    )
    if os.environ.get("BENCH_SQLITE", "1") != "0":
        run(f"SQLite {sqlite3.sqlite_version}", str(path), now)
    if os.environ.get("BENCH_POSTGRES", "1") != "0":
        cluster, url = postgres_club(path)
        try:
            run("PostgreSQL", url, now)
        finally:
            cluster.stop_server()
    return 0


if __name__ == "__main__":
    sys.exit(main())

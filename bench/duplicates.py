"""How long finding duplicate members takes on a big club (issue 15: seconds at most).

    .venv/bin/python -m bench.duplicates            # 100,000 members
    BENCH_MEMBERS=300000 .venv/bin/python -m bench.duplicates

The members are written straight into a fresh SQLite file (names from the demo recipe,
birthdays over sixty years, so most birthdays are shared and many name+birthday pairs
collide), then the owner's `duplicates` runs through the real service, and `merge` once.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from loyaltydesk.bootstrap import build_services, load_demo_recipe
from loyaltydesk.persistence.database import open_database
from loyaltydesk.settings import Settings

MEMBERS = int(os.environ.get("BENCH_MEMBERS", "100000"))


def build(path: Path) -> None:
    open_database(str(path)).dispose()
    rng = random.Random(1405)
    recipe = load_demo_recipe()
    firsts = recipe.persian_first + recipe.latin_first
    lasts = recipe.persian_last + recipe.latin_last
    born = dt.date(1950, 1, 1)
    rows = []
    for i in range(1, MEMBERS + 1):
        birthday = born + dt.timedelta(days=rng.randrange(60 * 365)) if rng.random() < 0.7 else None
        rows.append(
            (
                i,
                f"{rng.choice(firsts)} {rng.choice(lasts)}",
                f"+98912{i:07d}",
                f"{i % 10000:04d}",
                birthday.isoformat() if birthday else None,
                "2024-01-01 00:00:00.000000",
            )
        )
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO members (id, name, phone, phone_tail, birthday, joined_at, balance, "
        "stamps, opted_out) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0)",
        rows,
    )
    conn.execute("COMMIT")
    conn.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "club.sqlite3"
        started = time.perf_counter()
        build(path)
        print(f"{MEMBERS:,} members written in {time.perf_counter() - started:.1f} s")
        settings = Settings(data_dir=Path(folder) / "data", language="en", staff="bench")
        services = build_services(settings, str(path))
        try:
            for run in (1, 2):
                started = time.perf_counter()
                pairs, total = services.merges.duplicates(services.actor)
                took = time.perf_counter() - started
                print(f"duplicates (run {run}): {total:,} pairs, {len(pairs)} listed, {took:.2f} s")
            first = pairs[0]
            started = time.perf_counter()
            services.merges.merge("bench-merge", first.first.id, first.second.id, services.actor)
            print(f"one merge: {(time.perf_counter() - started) * 1000:.0f} ms")
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

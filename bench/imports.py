"""Speed of importing a member list, next to raw sqlite3 inserting the same rows.

    make bench                          # runs bench.core, … and this
    python -m bench.imports             # this alone: 100,000 rows (target: under 60 s)
    BENCH_IMPORT_ROWS=20000 python -m bench.imports

A CSV of BENCH_IMPORT_ROWS members (Persian and Latin names, mobiles, birthdays, an old
card number and an opening balance on some) is written to a temporary folder and imported
through the real path (the file reader, ImportService in batches, SQLAlchemy) into a new
SQLite club, with the progress callback printing as it goes. In the same run, raw sqlite3
inserts the same members, name tokens, cards, operations and opening lines into another new
club with the same schema and durability (WAL, synchronous=FULL), in transactions of the
same size: the difference is what reading, checking and the service layer cost.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from loyaltydesk.bootstrap import build_services, load_demo_recipe
from loyaltydesk.devices.member_files import open_member_file
from loyaltydesk.domain.cards import new_card_number
from loyaltydesk.domain.imports import guess_mapping
from loyaltydesk.i18n.text import name_tokens
from loyaltydesk.persistence.database import open_database
from loyaltydesk.services.imports import DEFAULT_BATCH
from loyaltydesk.settings import Settings

ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "100000"))
TARGET_SECONDS = 60.0


def write_file(path: Path, rows: int) -> list[tuple[str, str, int]]:
    """The CSV to import; returns (name, canonical phone, opening) for the raw baseline."""
    rng = random.Random(1405)
    recipe = load_demo_recipe()
    firsts = recipe.persian_first + recipe.latin_first
    lasts = recipe.persian_last + recipe.latin_last
    phones = rng.sample(range(10**9), rows)
    kept: list[tuple[str, str, int]] = []
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["نام", "موبایل", "تاریخ تولد", "شماره کارت", "مانده امتیاز"])
        for index in range(rows):
            name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            phone = f"09{phones[index]:09d}"
            born = (
                f"13{rng.randrange(40, 85)}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}"
            )
            card = f"OLD{index:07d}" if index % 3 == 0 else ""
            opening = rng.randrange(0, 500) if index % 2 == 0 else 0
            writer.writerow([name, phone, born, card, opening])
            kept.append((name, "+98" + phone[1:], opening))
    return kept


def raw_insert(path: Path, rows: list[tuple[str, str, int]]) -> float:
    """The same rows with bare SQL, timed (the schema is made first, untimed)."""
    open_database(str(path)).dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    rng = random.Random(7)
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.000000")
    start = time.perf_counter()
    member_id = card_id = 0
    for first in range(0, len(rows), DEFAULT_BATCH):
        conn.execute("BEGIN IMMEDIATE")
        for offset, (name, phone, opening) in enumerate(rows[first : first + DEFAULT_BATCH]):
            line = first + offset + 2
            member_id += 1
            conn.execute(
                "INSERT INTO members (id, name, phone, phone_tail, joined_at, balance, stamps,"
                " opted_out) VALUES (?, ?, ?, ?, ?, ?, 0, 0)",
                (member_id, name, phone, phone[-4:], now, opening),
            )
            conn.executemany(
                "INSERT INTO member_name_tokens (token, member_id) VALUES (?, ?)",
                [(t, member_id) for t in dict.fromkeys(name_tokens(name))],
            )
            card_id += 1
            conn.execute(
                "INSERT INTO cards (id, number, member_id, status, issued_at)"
                " VALUES (?, ?, ?, 'active', ?)",
                (card_id, new_card_number(rng.randrange), member_id, now),
            )
            op_id = f"import:bench:{line}"
            conn.execute(
                "INSERT INTO operations (op_id, kind, fingerprint, member_id, created_at, staff,"
                " counter, points, balance_after, card_id) VALUES (?, 'register', ?, ?, ?,"
                " 'bench', 'bench', 0, 0, ?)",
                (op_id, phone, member_id, now, card_id),
            )
            if opening:
                conn.execute(
                    "INSERT INTO operations (op_id, kind, fingerprint, member_id, created_at,"
                    " staff, counter, points, balance_after) VALUES (?, 'opening', ?, ?, ?,"
                    " 'bench', 'bench', ?, ?)",
                    (
                        op_id + "/o",
                        f"{member_id}|{opening}|import",
                        member_id,
                        now,
                        opening,
                        opening,
                    ),
                )
                conn.execute(
                    "INSERT INTO ledger_entries (member_id, kind, points, balance_after,"
                    " operation_id, staff, counter, recorded_at, effective_at, reason, stamps)"
                    " VALUES (?, 'opening', ?, ?, ?, 'bench', 'bench', ?, ?, 'import', 0)",
                    (member_id, opening, opening, op_id + "/o", now, now),
                )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        print(f"Writing a member list of {ROWS:,} rows…", flush=True)
        rows = write_file(folder / "members.csv", ROWS)
        services = build_services(Settings(data_dir=folder / "data", language="en"), None)
        source = open_member_file(folder / "members.csv")
        shown = [-1]

        def progress(done: int, total: int) -> None:
            tenth = done * 10 // max(total, 1)
            if tenth != shown[0]:
                shown[0] = tenth
                bar = "#" * tenth + "." * (10 - tenth)
                print(f"  [{bar}] {done:>9,} / {total:,}", flush=True)

        start = time.perf_counter()
        result = services.imports.run(
            source, guess_mapping(source.headers), services.actor, progress=progress
        )
        ours = time.perf_counter() - start
        again_start = time.perf_counter()
        again = services.imports.run(source, guess_mapping(source.headers), services.actor)
        again_seconds = time.perf_counter() - again_start
        verified = services.audit.verify(actor=services.actor)
        services.close()
        bare = raw_insert(folder / "raw.sqlite3", rows)
    print(
        f"{'import ' + format(ROWS, ',') + ' rows (CSV)':<34} {ours:7.1f} s  "
        f"imported={result.imported:,} refused={len(result.refused)}  "
        f"raw sqlite3 {bare:6.1f} s   (target < {TARGET_SECONDS:.0f} s)",
        flush=True,
    )
    print(
        f"{'the same file again':<34} {again_seconds:7.1f} s  "
        f"already={again.already:,} imported={again.imported}  verify ok={verified.ok}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

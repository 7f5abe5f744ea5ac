"""Speed of the loyalty core on a big club, next to raw sqlite3 doing the same work.

    make bench                      # 1,000,000 members, 10,000,000 ledger rows
    BENCH_MEMBERS=100000 make bench # a quicker look

The club is generated once into bench/.data/ (a few minutes) and reused. Each figure is
measured through the real services (SQLAlchemy, unit of work, read models) and, in the same
run, as the bare SQL those services need through Python's sqlite3 module.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from loyaltydesk.bootstrap import build_services, load_demo_recipe
from loyaltydesk.domain.cards import new_card_number
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.i18n.text import name_tokens
from loyaltydesk.persistence.database import open_database
from loyaltydesk.services.staff import StaffService
from loyaltydesk.settings import Settings

MEMBERS = int(os.environ.get("BENCH_MEMBERS", "1000000"))
ENTRIES_PER_MEMBER = int(os.environ.get("BENCH_ENTRIES_PER_MEMBER", "10"))
DATA = Path(__file__).resolve().parent / ".data"
CHUNK = 50_000
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "2000"))
T0 = dt.datetime(2024, 1, 1)
T = TypeVar("T")


def _ts(minutes: int) -> str:
    return (T0 + dt.timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M:%S.000000")


def build_club(path: Path) -> None:
    """A club of MEMBERS members and about MEMBERS * ENTRIES_PER_MEMBER ledger rows."""
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    open_database(str(partial)).dispose()
    rng = random.Random(1405)
    recipe = load_demo_recipe()
    firsts = recipe.persian_first + recipe.latin_first
    lasts = recipe.persian_last + recipe.latin_last
    conn = sqlite3.connect(partial, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("BEGIN")
    cards: set[str] = set()
    phones = rng.sample(range(10**9), MEMBERS)
    entry_id = purchase_id = 0
    for start in range(1, MEMBERS + 1, CHUNK):
        members: list[tuple[Any, ...]] = []
        tokens: list[tuple[Any, ...]] = []
        card_rows: list[tuple[Any, ...]] = []
        ops: list[tuple[Any, ...]] = []
        purchases: list[tuple[Any, ...]] = []
        entries: list[tuple[Any, ...]] = []
        for member_id in range(start, min(start + CHUNK, MEMBERS + 1)):
            name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            phone = f"+989{phones[member_id - 1]:09d}"
            joined = rng.randrange(0, 400 * 24 * 60)
            number = new_card_number(rng.randrange)
            while number in cards:
                number = new_card_number(rng.randrange)
            cards.add(number)
            card_rows.append((member_id, number, member_id, "active", _ts(joined)))
            tokens += [(t, member_id) for t in name_tokens(name)]
            balance, at = 0, joined
            count = rng.randrange(ENTRIES_PER_MEMBER // 2, ENTRIES_PER_MEMBER * 3 // 2 + 1)
            for _ in range(count):
                at += rng.randrange(60, 20 * 24 * 60)
                entry_id += 1
                op = f"b{entry_id}"
                if balance >= 100 and rng.random() < 0.3:
                    points, kind, purchase, amount = -100, "redeem", None, None
                    fingerprint = f"{member_id}|1"
                else:
                    amount = rng.randrange(10, 500) * 10_000
                    points, kind = amount // 100_000, "earn"
                    purchase_id += 1
                    purchase = purchase_id
                    fingerprint = f"{member_id}|{amount}"
                op_kind = "redeem" if kind == "redeem" else "credit"
                ops.append(
                    (
                        op,
                        op_kind,
                        fingerprint,
                        member_id,
                        _ts(at),
                        "bench",
                        "c1",
                        points,
                        balance + points,
                        amount,
                    )
                )
                if purchase is not None:
                    purchases.append(
                        (purchase, member_id, f"R{purchase}", amount, _ts(at), _ts(at), op, points)
                    )
                balance += points
                entries.append(
                    (
                        entry_id,
                        member_id,
                        kind,
                        points,
                        balance,
                        op,
                        _ts(at),
                        _ts(at),
                        purchase,
                        1 if kind == "redeem" else None,
                        "Free meal" if kind == "redeem" else None,
                        1 if kind == "earn" else None,
                    )
                )
            members.append((member_id, name, phone, phone[-4:], _ts(joined), balance, _ts(at)))
        conn.executemany(
            "INSERT INTO members (id, name, phone, phone_tail, joined_at, balance, last_visit_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            members,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO member_name_tokens (token, member_id) VALUES (?, ?)", tokens
        )
        conn.executemany(
            "INSERT INTO cards (id, number, member_id, status, issued_at) VALUES (?, ?, ?, ?, ?)",
            card_rows,
        )
        conn.executemany(
            "INSERT INTO operations (op_id, kind, fingerprint, member_id, created_at, staff,"
            " counter, points, balance_after, amount_rials) VALUES (?,?,?,?,?,?,?,?,?,?)",
            ops,
        )
        conn.executemany(
            "INSERT INTO purchases (id, member_id, receipt_no, amount_rials, refunded_rials,"
            " occurred_at, recorded_at, backdated, operation_id, rule_version_id, points_earned)"
            " VALUES (?, ?, ?, ?, 0, ?, ?, 0, ?, 1, ?)",
            purchases,
        )
        conn.executemany(
            "INSERT INTO ledger_entries (id, member_id, kind, points, balance_after,"
            " operation_id, staff, counter, recorded_at, effective_at, purchase_id, reward_id,"
            " reward_name, rule_version_id) VALUES (?,?,?,?,?,?,'bench','c1',?,?,?,?,?,?)",
            entries,
        )
        print(
            f"  {min(start + CHUNK - 1, MEMBERS):>9,} members, {entry_id:>11,} ledger rows",
            flush=True,
        )
    conn.execute(
        "INSERT INTO rewards (id, name, name_fa, cost, active, sort_order)"
        " VALUES (1, 'Free meal', 'غذای رایگان', 100, 1, 1),"
        " (2, 'Free drink', 'نوشیدنی رایگان', 40, 1, 2)"
    )
    conn.execute("COMMIT")
    print("  building indexes…", flush=True)
    for _name, sql in indexes:
        conn.execute(sql)
    conn.execute("ANALYZE")
    conn.close()
    partial.replace(path)


def timed(call: Callable[[T], object], inputs: list[T]) -> list[float]:
    """Milliseconds of ``call`` for each input, one after another like a cashier."""
    times = []
    for value in inputs:
        start = time.perf_counter()
        call(value)
        times.append((time.perf_counter() - start) * 1000)
    return times


def p99(times: list[float]) -> float:
    return statistics.quantiles(times, n=100)[98]


def row(label: str, ours: list[float], raw: list[float], target: str) -> None:
    print(
        f"{label:<34} p50 {statistics.median(ours):7.2f} ms  p99 {p99(ours):7.2f} ms   "
        f"raw sqlite3 p50 {statistics.median(raw):6.2f} ms  p99 {p99(raw):6.2f} ms   "
        f"(target {target})",
        flush=True,
    )


OWNER_PIN, CASHIER_PIN = "246810", "135790"


def signed_in(staff: StaffService, role: Role) -> Actor:
    """The bench club's owner or cashier, signed in (the accounts made the first time)."""
    if not staff.has_staff():
        staff.add("Owner", Role.OWNER, OWNER_PIN, Actor("bench", "bench"))
        boss = staff.sign_in("Owner", OWNER_PIN, "bench")
        staff.add("Cashier", Role.CASHIER, CASHIER_PIN, boss)
    if role is Role.OWNER:
        return staff.sign_in("Owner", OWNER_PIN, "bench")
    return staff.sign_in("Cashier", CASHIER_PIN, "bench")


def main() -> int:
    DATA.mkdir(exist_ok=True)
    path = DATA / f"club-{MEMBERS}-{ENTRIES_PER_MEMBER}.sqlite3"
    if not path.exists():
        print(f"Generating a club of {MEMBERS:,} members (once; kept in {DATA})…", flush=True)
        start = time.perf_counter()
        build_club(path)
        print(f"  generated in {time.perf_counter() - start:.0f} s", flush=True)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")
    members = raw.execute("SELECT count(*) FROM members").fetchone()[0]
    entries = raw.execute("SELECT max(id) FROM ledger_entries").fetchone()[0]
    print(
        f"Club: {members:,} members, {entries:,} ledger rows, "
        f"{path.stat().st_size / 2**30:.1f} GiB  (Python {sys.version.split()[0]}, "
        f"SQLite {sqlite3.sqlite_version})",
        flush=True,
    )
    rng = random.Random(7)
    ids = [rng.randrange(1, members + 1) for _ in range(SAMPLES)]
    cards = [
        raw.execute("SELECT number FROM cards WHERE member_id = ?", (i,)).fetchone()[0] for i in ids
    ]
    phones = [
        "0" + raw.execute("SELECT phone FROM members WHERE id = ?", (i,)).fetchone()[0][3:]
        for i in ids
    ]
    recipe = load_demo_recipe()
    words = recipe.persian_first + recipe.persian_last + recipe.latin_first + recipe.latin_last
    fragments = [w[: rng.randrange(2, min(5, len(w)) + 1)] for w in rng.choices(words, k=SAMPLES)]

    with tempfile.TemporaryDirectory() as scratch:
        services = build_services(Settings(data_dir=Path(scratch), language="en"), str(path))
        # A signed-in cashier, as at a real counter: each credit reads the account and the
        # owner's approval limits (the raw baseline reads the same two rows).
        actor = signed_in(services.staff, Role.CASHIER)
        owner = signed_in(services.staff, Role.OWNER)
        m = services.membership
        # Warm both paths' caches the same way before measuring.
        for card in cards[:200]:
            m.resolve(card)

        def sql(query: str) -> Callable[[tuple[Any, ...]], object]:
            return lambda params: raw.execute(query, params).fetchall()

        card_sql = "SELECT m.* FROM cards c JOIN members m ON m.id = c.member_id WHERE c.number = ?"
        row(
            "find by card (scan)",
            timed(m.resolve, cards),
            timed(sql(card_sql), [(c,) for c in cards]),
            "p99 < 5 ms",
        )
        row(
            "find by phone",
            timed(m.resolve, phones),
            timed(sql("SELECT * FROM members WHERE phone = ?"), [("+98" + p[1:],) for p in phones]),
            "p99 < 5 ms",
        )
        tails = [p[-4:] for p in phones[:500]]
        tail_sql = "SELECT * FROM members WHERE phone_tail = ? ORDER BY last_visit_at DESC LIMIT 20"
        row(
            "search by last 4 phone digits",
            timed(m.find, tails),
            timed(sql(tail_sql), [(t,) for t in tails]),
            "p99 < 50 ms",
        )
        name_sql = (
            "SELECT m.* FROM members m WHERE m.id IN (SELECT member_id FROM"
            " member_name_tokens WHERE token >= ? AND token < ? ORDER BY token LIMIT 80)"
            " LIMIT 20"
        )
        row(
            "search by name fragment",
            timed(m.find, fragments),
            timed(sql(name_sql), [(f, f + "\U0010ffff") for f in fragments]),
            "p99 < 50 ms",
        )

        def service_credit(member_id: int) -> object:
            return services.counter.credit_purchase(str(uuid.uuid4()), member_id, 1_250_000, actor)

        def raw_credit(member_id: int) -> None:
            op = str(uuid.uuid4())
            now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("SELECT * FROM staff WHERE id = ?", (actor.staff_id,)).fetchall()
            raw.execute("SELECT value FROM club_settings WHERE key = 'counter_policy'").fetchall()
            (balance,) = raw.execute(
                "SELECT balance FROM members WHERE id = ?", (member_id,)
            ).fetchone()
            raw.execute("SELECT 1 FROM operations WHERE op_id = ?", (op,)).fetchall()
            raw.execute(
                "INSERT INTO operations (op_id, kind, fingerprint, member_id, created_at,"
                " staff, counter, points, balance_after, amount_rials)"
                " VALUES (?, 'credit', ?, ?, ?, 'raw', 'raw', 12, ?, 1250000)",
                (op, str(member_id), member_id, now, balance + 12),
            )
            cur = raw.execute(
                "INSERT INTO purchases (member_id, amount_rials, refunded_rials, occurred_at,"
                " recorded_at, backdated, operation_id, rule_version_id, points_earned)"
                " VALUES (?, 1250000, 0, ?, ?, 0, ?, 1, 12)",
                (member_id, now, now, op),
            )
            raw.execute(
                "INSERT INTO ledger_entries (member_id, kind, points, balance_after,"
                " operation_id, staff, counter, recorded_at, effective_at, purchase_id,"
                " rule_version_id) VALUES (?, 'earn', 12, ?, ?, 'raw', 'raw', ?, ?, ?, 1)",
                (member_id, balance + 12, op, now, now, cur.lastrowid),
            )
            raw.execute(
                "UPDATE members SET balance = ?, last_visit_at = ? WHERE id = ?",
                (balance + 12, now, member_id),
            )
            raw.execute("COMMIT")

        credits = ids[: min(SAMPLES, 1000)]
        row(
            "credit a purchase (committed)",
            timed(service_credit, credits),
            timed(raw_credit, credits),
            "p99 < 15 ms",
        )

        start = time.perf_counter()
        report = services.audit.verify(owner)
        ours = time.perf_counter() - start
        start = time.perf_counter()
        raw.execute(
            "SELECT m.id FROM members m LEFT JOIN (SELECT member_id, sum(points) AS total"
            " FROM ledger_entries GROUP BY member_id) s ON s.member_id = m.id"
            " WHERE m.balance != coalesce(s.total, 0)"
        ).fetchall()
        bare = time.perf_counter() - start
        print(
            f"{'verify (every balance)':<34} {ours:7.1f} s  ok={report.ok}"
            f"{'':<22}raw sqlite3 {bare:6.1f} s   (target < 60 s)",
            flush=True,
        )
        services.close()
    raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

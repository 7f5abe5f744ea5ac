"""Speed of one command-line call, as a till runs it once per sale: a fresh process.

    make bench               # runs bench.core, bench.ui, bench.printing and this
    python -m bench.cli      # this alone (a small club in a temporary folder; seconds)

A cold `credit` (a new Python process: imports, opening the database, the credit, the
output) is timed from outside, next to what the same credit costs in a process that is
already running (services.counter.credit_member) and to raw sqlite3 committing one row with
the same durability (WAL, synchronous=FULL), all in the same run and on the same disk. The
difference between the first and the others is what starting a process costs. Then the
same cold credit while `serve` runs with the club: the command line hands it over.

Where a cold credit's time goes: a new process that imports the database library alone (the
floor under any credit through our services), and the credit once under `python -X importtime`
with its import time summed by package (SQLAlchemy, Qt, LoyaltyDesk's own modules, the rest)
and the Alembic and Qt modules it loaded, which an up-to-date club and a --json answer do not
need. The child processes write bytecode as an installed program has it
(PYTHONDONTWRITEBYTECODE is dropped), so the warm-up run's compiling is not in the figures.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from loyaltydesk.bootstrap import build_services
from loyaltydesk.settings import Settings

RUNS = int(os.environ.get("BENCH_CLI_RUNS", "11"))
SAMPLES = int(os.environ.get("BENCH_CLI_SAMPLES", "200"))
PHONE = "09121234567"
TARGET_COLD_CREDIT = 0.5  # seconds


def cold_runs(command: list[str], env: dict[str, str], runs: int = RUNS) -> list[float]:
    """Wall seconds of ``command`` as a new process each time (one warm-up run first, so the
    disk cache is warm, as on a till that has run it before)."""
    times = []
    for index in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr}")
        if index:
            times.append(elapsed)
    return times


def in_process_credits(db: str, settings: Settings, samples: int = SAMPLES) -> list[float]:
    services = build_services(settings, db)
    try:
        times = []
        for _ in range(samples):
            start = time.perf_counter()
            # As the command line calls it: the member by the phone it was given.
            services.counter.credit_member(str(uuid.uuid4()), PHONE, 1_000_000, services.actor)
            times.append(time.perf_counter() - start)
        return times
    finally:
        services.close()


def raw_sqlite_inserts(folder: Path, samples: int = SAMPLES) -> list[float]:
    """One row committed per sale through Python's sqlite3, as durable as the club's file."""
    conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE entries (id INTEGER PRIMARY KEY, member_id INTEGER, points INTEGER,"
        " operation_id TEXT UNIQUE, at TEXT)"
    )
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO entries (member_id, points, operation_id, at) VALUES (1, 10, ?, ?)",
            (str(uuid.uuid4()), time.time()),
        )
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def handed_over_runs(credit: list[str], db: str, env: dict[str, str]) -> list[float]:
    """The same cold credit while `serve` runs with the club (as the window with the API on
    would): the command line hands the sale to it (cli/handoff.py)."""
    serve = subprocess.Popen(
        [sys.executable, "-m", "loyaltydesk", "--database", db, "serve", "--port", "0"],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert serve.stderr is not None
        if "answers at" not in serve.stderr.readline():
            raise SystemExit("serve did not start")
        return cold_runs([*credit, "--amount", "1000000"], env)
    finally:
        serve.terminate()
        serve.wait(30)


def import_times(command: list[str], env: dict[str, str], runs: int = 3) -> dict[str, float]:
    """Seconds of import in a run of ``command`` by top package, from -X importtime's self
    times (each module counted once, under the package it belongs to): the median of
    ``runs`` runs for each package."""
    seen: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [command[0], "-X", "importtime", *command[1:]],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        totals = dict.fromkeys(IMPORT_GROUPS, 0.0)
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            self_us, _cumulative, module = line.removeprefix("import time:").split("|")
            top = module.strip().split(".")[0]
            group = top if top in IMPORT_GROUPS else "other"
            totals[group] += int(self_us) / 1e6
        for group, seconds in totals.items():
            seen.setdefault(group, []).append(seconds)
    return {group: statistics.median(times) for group, times in seen.items()}


IMPORT_GROUPS = ("sqlalchemy", "loyaltydesk", "PySide6", "shiboken6", "alembic", "other")


def row(label: str, times: list[float], note: str = "") -> None:
    print(
        f"{label:<44} median {statistics.median(times) * 1000:8.1f} ms   "
        f"min {min(times) * 1000:8.1f} ms   max {max(times) * 1000:8.1f} ms   "
        f"({len(times)} runs){note}",
        flush=True,
    )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="loyaltydesk-bench-cli-") as scratch:
        folder = Path(scratch)
        settings = Settings(data_dir=folder / "data", language="en")
        db = str(folder / "club.sqlite3")
        services = build_services(settings, db)
        services.membership.register(
            "bench-member", name="Sara Karimi", phone=PHONE, actor=services.actor
        )
        services.close()
        env = {
            **os.environ,
            "LOYALTYDESK_DATA_DIR": str(folder / "data"),
            "LOYALTYDESK_LANG": "en",
        }
        env.pop("QT_QPA_PLATFORM", None)  # a till's command line has no display either
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode
        python = [sys.executable]
        print(
            f"One command-line call per sale (Python {sys.version.split()[0]}, "
            f"SQLite {sqlite3.sqlite_version}, cold = a new process each run)",
            flush=True,
        )
        row("cold python -c pass (the floor)", cold_runs([*python, "-c", "pass"], env))
        row(
            "cold python -m loyaltydesk --version",
            cold_runs([*python, "-m", "loyaltydesk", "--version"], env),
        )
        row(
            "cold python -c 'import sqlalchemy.orm'",
            cold_runs([*python, "-c", "import sqlalchemy.orm"], env),
            "   (the database library alone)",
        )
        # As a POS script runs it (README): the answer as JSON.
        credit = [*python, "-m", "loyaltydesk", "--database", db, "--json", "credit", PHONE]
        cold = cold_runs([*credit, "--amount", "1000000"], env)
        verdict = "ok" if statistics.median(cold) < TARGET_COLD_CREDIT else "SLOWER"
        row(
            "cold credit (python -m loyaltydesk --json credit)",
            cold,
            f"   target < {TARGET_COLD_CREDIT * 1000:.0f} ms: {verdict}",
        )
        imported = import_times([*credit, "--amount", "1000000"], env)
        print(
            f"{'  its imports (-X importtime, median of 3)':<44} "
            + "  ".join(f"{k} {v * 1000:.0f} ms" for k, v in imported.items())
            + f"   (sum {sum(imported.values()) * 1000:.0f} ms)",
            flush=True,
        )
        handed = handed_over_runs(credit, db, env)
        verdict = "ok" if statistics.median(handed) < TARGET_COLD_CREDIT else "SLOWER"
        row(
            "cold credit, `serve` running (handed over)",
            handed,
            f"   target < {TARGET_COLD_CREDIT * 1000:.0f} ms: {verdict}",
        )
        row("in-process services.counter.credit_member", in_process_credits(db, settings))
        row("raw sqlite3 insert + commit (WAL, FULL)", raw_sqlite_inserts(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())

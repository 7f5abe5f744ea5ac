"""Speed of the campaigns on the big club: a preview (who qualifies, the cost) and a win-back
run issuing its coupons in batches, beside the birthday look-up replayed through sqlite3.

    BENCH_MEMBERS=100000 python -m bench.campaigns
    python -m bench.campaigns          # 1,000,000 members (issue 13: preview < 3 s,
                                       # a 50,000-coupon win-back run < 60 s)

The run writes into a copy of bench/core.py's club (bench/.data/campaigns-*.sqlite3), so
the club itself stays as generated.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import time
from typing import Any

from sqlalchemy import event

from bench.core import DATA, ENTRIES_PER_MEMBER, MEMBERS, signed_in
from bench.reports import ZONE, clock_for, sqlite_club
from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.campaigns import (
    BirthdayCalendar,
    CampaignKind,
    born_on_days,
    default_settings,
)
from loyaltydesk.domain.staff import Role
from loyaltydesk.persistence.database import open_database
from loyaltydesk.persistence.unit_of_work import SqlUnitOfWorkFactory
from loyaltydesk.services.campaigns import CampaignService
from loyaltydesk.services.coupons import CouponService
from loyaltydesk.services.outbox import OutboxService
from loyaltydesk.services.reports import ReportService
from loyaltydesk.settings import Settings

RUN_COUPONS = 50_000


def main() -> int:
    club = sqlite_club()
    copy = DATA / f"campaigns-{MEMBERS}-{ENTRIES_PER_MEMBER}.sqlite3"
    if os.environ.get("BENCH_COPY", "1") == "0":
        copy = club  # a club kept for this (the 1M one is 6 GB): written into, not copied
    else:
        shutil.copyfile(club, copy)
    now = clock_for(copy)
    settings = Settings(data_dir=DATA / "campaigns-settings", language="fa", timezone=str(ZONE))
    services = build_services(settings, str(copy), clock=lambda: now)
    owner = signed_in(services.staff, Role.OWNER)
    campaigns = services.campaigns
    # A second service on its own engine, so the preview's statements can be captured and
    # replayed through the bare driver.
    database = open_database(str(copy))
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *rest: Any) -> None:
        statements.append((statement, params))

    uow = SqlUnitOfWorkFactory(database)
    watched = CampaignService(
        uow,
        lambda: now,
        CouponService(uow, lambda: now, ZONE),
        OutboxService(uow, lambda: now, ZONE),
        ReportService(uow, lambda: now, ZONE),
        zone=ZONE,
        language="fa",
    )
    today = now.astimezone(ZONE).date()
    print(f"Club: {MEMBERS:,} members, today {today}", flush=True)
    for kind in CampaignKind:
        # Each campaign as it ships (settings an earlier version stored may no longer pass).
        campaigns.set_settings(
            dataclasses.replace(default_settings(kind), enabled=True), actor=owner
        )
        start = time.perf_counter()
        preview = campaigns.preview(kind)
        took = time.perf_counter() - start
        print(
            f"  preview {kind.value:<13} {took:6.2f} s  {preview.count:>8,} members"
            f"  (target < 3 s)",
            flush=True,
        )
    event.listen(database.engine, "before_cursor_execute", capture)
    start = time.perf_counter()
    watched.preview(CampaignKind.WIN_BACK)
    ours = time.perf_counter() - start
    event.remove(database.engine, "before_cursor_execute", capture)
    database.dispose()
    control = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")
    lite = sqlite3.connect(copy, isolation_level=None)
    lite.execute("BEGIN")
    start = time.perf_counter()
    for statement, params in statements:
        if statement.lstrip().upper().startswith(control):
            continue
        rows = lite.execute(statement, params or ())
        if rows.description:
            rows.fetchall()
    raw_took = time.perf_counter() - start
    lite.execute("ROLLBACK")
    lite.close()
    print(
        f"  win-back preview again {ours:6.2f} s; its {len(statements)} statements replayed"
        f" through sqlite3 {raw_took:6.2f} s",
        flush=True,
    )
    # The birthday look-up through the bare driver: the same dates, the same IN list.
    dates = born_on_days(today, 3, BirthdayCalendar.JALALI)
    raw = sqlite3.connect(copy)
    start = time.perf_counter()
    marks = ",".join("?" * len(dates))
    found = raw.execute(
        f"SELECT id, birthday FROM members WHERE birthday IN ({marks}) ORDER BY id",
        [d.isoformat() for d in dates],
    ).fetchall()
    print(
        f"  raw sqlite3 birthday look-up {time.perf_counter() - start:6.2f} s"
        f"  {len(found):>8,} members",
        flush=True,
    )
    raw.close()
    ticks: list[tuple[float, int]] = [(0.0, 0)]
    start = time.perf_counter()
    # The figure: a run issuing 50,000 coupons; a bigger club's run is stopped
    # there (Cancel, as the window's button does), so the time is that of 50,000.
    run = campaigns.run(
        CampaignKind.WIN_BACK,
        owner,
        progress=lambda done, total: ticks.append((time.perf_counter() - start, done)),
        cancelled=lambda: ticks[-1][1] >= RUN_COUPONS,
    )
    took = time.perf_counter() - start
    first_tick = ticks[2][0] if len(ticks) > 2 else took
    print(
        f"  win-back run {took:6.1f} s: {run.coupons:,} coupons, {run.messages:,} messages"
        f" ({run.status.value}), first batch after {first_tick:.1f} s"
        f" (target < 60 s for {RUN_COUPONS:,})",
        flush=True,
    )
    services.close()
    if copy != club:
        copy.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            copy.with_name(copy.name + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Coupon look-up at the counter on the big club: scanning a code and being told what it gives
and whether it can be used (issue 13: p99 under 5 ms), next to raw sqlite3 reading the same
rows in the same run.

    python -m bench.coupons            # the 1,000,000-member club of bench/core.py
    BENCH_MEMBERS=100000 python -m bench.coupons

The first run gives the club COUPONS open coupons (kept); each look-up is CouponService.check
with the member and an amount, as the counter asks it.
"""

from __future__ import annotations

import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.core import (
    DATA,
    ENTRIES_PER_MEMBER,
    MEMBERS,
    SAMPLES,
    build_club,
    row,
    signed_in,
    timed,
)
from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.coupons import CouponKind, CouponTerms
from loyaltydesk.domain.staff import Role
from loyaltydesk.settings import Settings

COUPONS = int(os.environ.get("BENCH_COUPONS", "200000"))
BATCH = 1000


def main() -> int:
    DATA.mkdir(exist_ok=True)
    path = DATA / f"club-{MEMBERS}-{ENTRIES_PER_MEMBER}.sqlite3"
    if not path.exists():
        build_club(path)
    with tempfile.TemporaryDirectory() as scratch:
        services = build_services(Settings(data_dir=Path(scratch), language="en"), str(path))
        owner = signed_in(services.staff, Role.OWNER)
        raw = sqlite3.connect(path, isolation_level=None)
        have = raw.execute("SELECT count(*) FROM coupons").fetchone()[0]
        if have < COUPONS:
            start = time.perf_counter()
            terms = CouponTerms(CouponKind.PERCENT, percent=20, max_rials=500_000)
            for _ in range((COUPONS - have + BATCH - 1) // BATCH):
                services.coupons.issue_many(terms, owner, count=BATCH, valid_days=365)
            print(f"  issued {COUPONS - have:,} coupons in {time.perf_counter() - start:.0f} s")
        count = raw.execute("SELECT count(*) FROM coupons").fetchone()[0]
        members = raw.execute("SELECT count(*) FROM members").fetchone()[0]
        print(f"Club: {members:,} members, {count:,} coupons", flush=True)
        rng = random.Random(11)
        # Open coupons still usable today (the club may hold campaign coupons made on its
        # bench clock, long expired).
        usable = [
            code
            for (code,) in raw.execute(
                "SELECT code FROM coupons WHERE member_id IS NULL AND voided_at IS NULL"
                " AND uses < uses_allowed AND valid_until >= date('now')"
            )
        ]
        codes = [rng.choice(usable) for _ in range(SAMPLES)]
        buyers = [rng.randrange(1, members + 1) for _ in range(SAMPLES)]
        for code in codes[:200]:  # warm both paths alike
            services.coupons.check(code)

        def ours(index: int) -> object:
            return services.coupons.check(
                codes[index], member_id=buyers[index], gross_rials=1_500_000
            )

        def bare(index: int) -> object:
            coupon = raw.execute("SELECT * FROM coupons WHERE code = ?", (codes[index],)).fetchone()
            raw.execute("SELECT * FROM coupon_uses WHERE coupon_id = ?", (coupon[0],)).fetchall()
            return raw.execute("SELECT * FROM members WHERE id = ?", (buyers[index],)).fetchone()

        order = list(range(SAMPLES))
        row("coupon check at the counter", timed(ours, order), timed(bare, order), "p99 < 5 ms")
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

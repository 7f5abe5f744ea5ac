"""Speed of the local HTTP API, as a till's POS calls it: one credit, then 8 POS at once.

    make bench                         # part of the benchmarks (BENCH_LOAD_SECONDS long)
    python -m bench.api                # alone: 300 credits one by one, then 8 POS for 60 s
    python -m bench.api --seconds 10   # a shorter load
    python -m bench.api --samples 1000 --load-only

The club is a new SQLite file (WAL, synchronous=FULL, as every club) served by
api/server.py's BackgroundServer in this process, called over kept-alive http.client
connections. A credit is measured three ways in the same run, taken in turn so that a noisy
machine slows all three alike: POST /v1/credit (token check, JSON, the service, the answer),
the same service call in the process (services.counter.credit_member: the member by phone,
with a receipt number, as the API calls it), and the bare SQL of a credit
(bench.contention.raw_write: the same rows in one transaction, the same PRAGMAs) through
Python's sqlite3 on the same file. The first two minus the third is what our code
costs; the third is what the disk's fsync costs.

Then 8 POS processes, each with its own token and its own Idempotency-Keys, call the API at
once for --seconds: mostly credits, some member look-ups and redemptions, and now and then a
credit sent again with its key (a POS retrying after a lost answer: it must be "replayed",
not credited twice). Throughput, p50/p99 per kind, the honest refusals (409: points short)
and every other error (must be none); afterwards the ledger is verified and the purchases
counted against the credits the POS were told about.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.contention import (
    AMOUNT_RIALS,
    REWARD,
    REWARD_COST,
    _club,
    raw_connection,
    raw_ids,
    raw_write,
)

SAMPLES = 300
POS = 8
MEMBERS = 50  # shared by every POS, so some redemptions meet a balance another POS spent
SHARES = (("credit", 0.70), ("lookup", 0.18), ("redeem", 0.10), ("retry", 0.02))
HONEST_REFUSALS = {"redeem.short"}
TARGET_P50_MS = 5.0
TARGET_P99_MS = 20.0


def _phone(n: int) -> str:
    return f"0912{n:07d}"  # bench.contention._club's members


@dataclass
class Pos:
    """One POS's kept-alive connection to the API, with its own token."""

    port: int
    token: str
    conn: http.client.HTTPConnection = field(init=False)

    def __post_init__(self) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def call(self, method: str, path: str, body: Any = None, key: str | None = None) -> Any:
        """(status, answer): the answer read whole, so the connection can be used again."""
        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}
        if key is not None:
            headers["Idempotency-Key"] = key
        data = None if body is None else json.dumps(body).encode()
        self.conn.request(method, path, body=data, headers=headers)
        response = self.conn.getresponse()
        return response.status, json.loads(response.read())

    def credit(self, phone: str, key: str) -> tuple[int, Any]:
        body = {"phone": phone, "amount_rials": AMOUNT_RIALS, "receipt": key[:12]}
        status, answer = self.call("POST", "/v1/credit", body, key)
        return status, answer

    def close(self) -> None:
        self.conn.close()


def p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[98]


def figures(samples_ms: list[float]) -> str:
    return (
        f"p50 {statistics.median(samples_ms):7.2f} ms  p99 {p99(samples_ms):7.2f} ms  "
        f"max {max(samples_ms):7.1f} ms"
    )


# -- one credit at a time ---------------------------------------------------------------------


def one_by_one(samples: int) -> None:
    from PySide6.QtCore import QCoreApplication

    from loyaltydesk.api.server import BackgroundServer
    from loyaltydesk.bootstrap import build_services
    from loyaltydesk.settings import Settings

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="loyaltydesk-bench-api-") as scratch:
        folder = Path(scratch)
        path, members = _club(folder, "api", 3)
        services = build_services(Settings(data_dir=folder / "api-data", language="en"), path)
        server = BackgroundServer(services, app)
        server.start()
        raw = raw_connection(path)
        reward_id, rule_id = raw_ids(raw)
        try:
            pos = Pos(server.port, services.api_tokens.add("bench-pos", services.actor).secret)
            api_ms: list[float] = []
            core_ms: list[float] = []
            raw_ms: list[float] = []
            lookup_ms: list[float] = []
            for n in range(samples + samples // 10):  # the first tenth warms up, not counted
                counted = n >= samples // 10
                began = time.perf_counter()
                status, answer = pos.credit(_phone(0), str(uuid.uuid4()))
                took = (time.perf_counter() - began) * 1000
                if status != 200:
                    raise SystemExit(f"POST /v1/credit answered {status}: {answer}")
                began = time.perf_counter()
                key = str(uuid.uuid4())
                services.counter.credit_member(
                    key, _phone(1), AMOUNT_RIALS, services.actor, receipt_no=key[:12]
                )
                core = (time.perf_counter() - began) * 1000
                began = time.perf_counter()
                raw_write(raw, members[2], "credit", REWARD_COST, reward_id, rule_id)
                bare = (time.perf_counter() - began) * 1000
                began = time.perf_counter()
                status, answer = pos.call("GET", f"/v1/members/{_phone(0)}")
                looked = (time.perf_counter() - began) * 1000
                if status != 200:
                    raise SystemExit(f"GET /v1/members answered {status}: {answer}")
                if counted:
                    api_ms.append(took)
                    core_ms.append(core)
                    raw_ms.append(bare)
                    lookup_ms.append(looked)
            pos.close()
        finally:
            raw.close()
            server.stop()
            services.close()
    verdict = (
        "ok"
        if statistics.median(api_ms) < TARGET_P50_MS and p99(api_ms) < TARGET_P99_MS
        else "SLOWER"
    )
    print(
        f"One credit at a time, {samples} of each, taken in turn (SQLite {sqlite3.sqlite_version},"
        " WAL, synchronous=FULL)",
        flush=True,
    )
    print(
        f"  POST /v1/credit (kept-alive)         {figures(api_ms)}   "
        f"target p50 < {TARGET_P50_MS:g} ms, p99 < {TARGET_P99_MS:g} ms: {verdict}",
        flush=True,
    )
    print(f"  services.counter.credit_member       {figures(core_ms)}", flush=True)
    print(f"  raw sqlite3, the same rows           {figures(raw_ms)}", flush=True)
    print(f"  GET /v1/members/{{phone}}              {figures(lookup_ms)}", flush=True)


# -- 8 POS at once ----------------------------------------------------------------------------


def _pos_process(port: int, token: str, index: int, seconds: float, start: Any, out: Any) -> None:
    """Call the API until the time is up: each call's time by kind, the honest refusals, every
    other answer by its code, and how many credits the API said it made."""
    rng = random.Random(index)
    pos = Pos(port, token)
    times: dict[str, list[float]] = {kind: [] for kind, _ in SHARES}
    refused = 0
    errors: dict[str, int] = {}
    credited = 0
    last: tuple[str, str] | None = None  # (phone, key) of the last credit, to send again
    kinds = [kind for kind, _ in SHARES]
    weights = [share for _, share in SHARES]
    start.wait()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        kind = rng.choices(kinds, weights)[0]
        if kind == "retry" and last is None:
            kind = "credit"
        phone = _phone(rng.randrange(MEMBERS))
        began = time.perf_counter()
        try:
            if kind == "credit":
                key = f"pos{index}-{uuid.uuid4()}"
                status, answer = pos.credit(phone, key)
                last = (phone, key)
            elif kind == "retry":
                assert last is not None
                status, answer = pos.credit(*last)
                if status == 200 and not answer.get("replayed"):
                    errors["retry.not_replayed"] = errors.get("retry.not_replayed", 0) + 1
            elif kind == "redeem":
                body = {"phone": phone, "reward": REWARD}
                status, answer = pos.call("POST", "/v1/redeem", body, f"pos{index}-{uuid.uuid4()}")
            else:
                status, answer = pos.call("GET", f"/v1/members/{phone}")
        except (OSError, http.client.HTTPException, ValueError) as error:
            name = type(error).__name__
            errors[name] = errors.get(name, 0) + 1
            pos.close()
            pos = Pos(port, token)
            continue
        took = time.perf_counter() - began
        if status == 200:
            times[kind].append(took)
            credited += kind == "credit"
            continue
        code = answer.get("error", {}).get("code", str(status)) if isinstance(answer, dict) else ""
        if status == 409 and code in HONEST_REFUSALS:
            refused += 1
            times[kind].append(took)
        else:
            errors[f"{status} {code}"] = errors.get(f"{status} {code}", 0) + 1
    pos.close()
    out.put((times, refused, errors, credited))


def load(seconds: float, clients: int) -> bool:
    from PySide6.QtCore import QCoreApplication

    from bench.contention import _together
    from loyaltydesk.api.server import BackgroundServer
    from loyaltydesk.bootstrap import build_services
    from loyaltydesk.settings import Settings

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    print(
        f"\n{clients} POS at once for {seconds:g} s, each its own token and keys, on one club of"
        f" {MEMBERS} members: " + ", ".join(f"{kind} {share:.0%}" for kind, share in SHARES),
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="loyaltydesk-bench-api-") as scratch:
        folder = Path(scratch)
        path, members = _club(folder, "load", MEMBERS)
        services = build_services(Settings(data_dir=folder / "load-data", language="en"), path)
        try:
            for member in members:  # enough points for a few redemptions each at the start
                services.counter.credit_purchase(
                    f"seed-{member}", member, AMOUNT_RIALS * 3, services.actor
                )
            tokens = [
                services.api_tokens.add(f"pos-{n}", services.actor).secret for n in range(clients)
            ]
            before = _purchases(path)
            server = BackgroundServer(services, app)
            server.start()
            try:
                outputs, wall = _together(
                    _pos_process,
                    [(server.port, token, n, seconds) for n, token in enumerate(tokens)],
                )
            finally:
                server.stop()
            verified = services.audit.verify(actor=services.actor)
            made = _purchases(path) - before
        finally:
            services.close()
    done = sum(len(t) for times, _, _, _ in outputs for t in times.values())
    refused = sum(r for _, r, _, _ in outputs)
    credited = sum(c for _, _, _, c in outputs)
    errors: dict[str, int] = {}
    for _, _, found, _ in outputs:
        for code, n in found.items():
            errors[code] = errors.get(code, 0) + n
    print(
        f"  {done / wall:6.0f} calls/s ({done} answered, {refused} refused honestly,"
        f" errors {errors or 'none'})",
        flush=True,
    )
    for kind, _ in SHARES:
        samples = [t * 1000 for times, _, _, _ in outputs for t in times[kind]]
        if len(samples) > 1:
            print(f"  {kind:<7} x{len(samples):6}  {figures(samples)}", flush=True)
    print(
        f"  verify ok={verified.ok}; purchases written {made}, credits answered {credited}"
        f" ({'the same' if made == credited else 'DIFFERENT'})",
        flush=True,
    )
    return not errors and verified.ok and made == credited


def _purchases(path: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM purchases").fetchone()[0])
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.api")
    parser.add_argument("--samples", type=int, default=SAMPLES, help="credits one at a time")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the POS load runs")
    parser.add_argument("--clients", type=int, default=POS, help="POS calling at once")
    parser.add_argument("--load-only", action="store_true")
    parser.add_argument("--no-load", action="store_true")
    args = parser.parse_args()
    multiprocessing.set_start_method("spawn", force=True)
    if not args.load_only:
        one_by_one(args.samples)
    if not args.no_load and not load(args.seconds, args.clients):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

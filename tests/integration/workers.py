"""Code that runs in other processes for the concurrency and crash tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.settings import Settings


def redeem_every_round(
    url: str, data_dir: str, member_id: int, counter: str, rounds: int, barrier: Any, results: Any
) -> None:
    """A counter that, ``rounds`` times, waits at the barrier with the others and then
    tries to redeem a free meal: one process for the whole race, as a till is."""
    services = build_services(Settings(data_dir=Path(data_dir), language="en"), url)
    actor = Actor("staff", counter)
    try:
        services.membership.get(member_id)  # connected before the first round
        for round_no in range(rounds):
            barrier.wait(timeout=60)
            try:
                result = services.counter.redeem(
                    f"{counter}-{round_no}", member_id, "Free meal", actor
                )
                results.put((round_no, "ok", result.balance))
            except DomainError as error:
                results.put((round_no, error.code, None))
    finally:
        services.close()


def kill_test_credit(op_id: str) -> tuple[int, str]:
    """The amount and receipt number of a credit of the kill test, from its operation id
    alone: the test retries every id with the arguments the counter sent."""
    index = int(op_id.rpartition("-")[2])
    return 1_000_000 + (index % 7) * 100_000, f"R-{op_id}"


def sent_operations(log_path: str) -> list[str]:
    """The operation ids in a counter's log of what it sent; a line cut short by a kill was
    never sent (the line is written before the operation is)."""
    try:
        with open(log_path, encoding="utf-8") as log:
            text = log.read()
    except FileNotFoundError:
        return []
    return text.split("\n")[:-1]


def credit_logging_first(
    url: str, data_dir: str, member_id: int, counter: str, log_path: str
) -> None:
    """Credit forever, writing each operation id to the log before sending it, the way a
    counter that must retry after a crash keeps its record. Started again after a kill, it
    goes on after the last id in its log."""
    services = build_services(Settings(data_dir=Path(data_dir), language="en"), url)
    actor = Actor("staff", counter)
    index = len(sent_operations(log_path))
    with open(log_path, "a", encoding="utf-8") as log:
        while True:
            index += 1
            op_id = f"{counter}-{index}"
            log.write(op_id + "\n")
            log.flush()
            amount, receipt = kill_test_credit(op_id)
            services.counter.credit_purchase(op_id, member_id, amount, actor, receipt_no=receipt)


def credit_forever(url: str, data_dir: str, member_id: int, started: Any) -> None:
    services = build_services(Settings(data_dir=Path(data_dir), language="en"), url)
    actor = Actor("staff", "crash-test")
    started.set()
    index = 0
    while True:
        index += 1
        services.counter.credit_purchase(
            f"crash-{index}",
            member_id,
            1_000_000 + index * 10_000,
            actor,
            receipt_no=f"K{index}",
        )


def credit_with_coupon_at_once(
    url: str, data_dir: str, member_id: int, code: str, op_id: str, barrier: Any, results: Any
) -> None:
    services = build_services(Settings(data_dir=Path(data_dir), language="en"), url)
    try:
        barrier.wait(timeout=30)
        try:
            result = services.counter.credit_purchase(
                op_id, member_id, 2_000_000, Actor("staff", op_id), coupon=code
            )
            results.put(("ok", result.discount_rials))
        except DomainError as error:
            results.put((error.code, None))
    finally:
        services.close()


def credit_and_log(url: str, data_dir: str, member_id: int, log_path: str, stop: Any) -> None:
    """Credit until told to stop; after each commit, write its operation id and the wall
    time it was known committed (the restore drill checks every one from before a backup)."""
    import time

    services = build_services(Settings(data_dir=Path(data_dir), language="en"), url)
    actor = Actor("staff", "drill")
    try:
        with open(log_path, "a", encoding="utf-8") as log:
            index = 0
            while not stop.is_set():
                index += 1
                op_id = f"drill-{index}"
                services.counter.credit_purchase(op_id, member_id, 1_000_000, actor)
                log.write(f"{op_id}\t{time.time()!r}\n")
                log.flush()
    finally:
        services.close()


def counter_through_outage(
    url: str, data_dir: str, member_id: int, name: str, count: int, log_path: str, done: Any
) -> None:
    """A counter of a shared club crediting ``count`` purchases through its line to the club
    while the server may go away: each action is logged ("sent" before, then "ok" or
    "kept") and, at the end, what it kept is sent until nothing waits."""
    import time

    from loyaltydesk.domain.offline import QueuedOperation

    services = build_services(Settings(data_dir=Path(data_dir), language="en", counter=name), url)
    actor = Actor("staff", name)
    try:
        services.link.panel(member_id)
        services.link.probe()
        with open(log_path, "a", encoding="utf-8") as log:
            for index in range(count):
                op_id = f"{name}-{index}"
                log.write(f"sent\t{op_id}\n")
                log.flush()
                outcome = services.link.credit(op_id, member_id, 1_000_000, actor)
                kept = isinstance(outcome, QueuedOperation)
                log.write(f"{'kept' if kept else 'ok'}\t{op_id}\n")
                log.flush()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            report = services.link.sync()
            if report is not None and report.reached and not services.link.counts()[0]:
                break
            time.sleep(0.5)
        done.put((name, services.link.counts()))
    finally:
        services.close()


def enqueue_forever(path: str, log_path: str, started: Any) -> None:
    """Keep offline credits in a counter's queue as fast as it takes them; each logged only
    after the queue said it is kept."""
    import datetime as dt

    from loyaltydesk.domain.offline import QueuedKind, QueuedOperation
    from loyaltydesk.persistence.offline_store import SqliteOfflineStore

    store = SqliteOfflineStore(Path(path))
    actor = Actor("staff", "till")
    started.set()
    with open(log_path, "a", encoding="utf-8") as log:
        index = 0
        while True:
            index += 1
            op_id = f"kept-{index}"
            store.enqueue(
                QueuedOperation(
                    op_id, QueuedKind.CREDIT, 1, "سارا", dt.datetime.now(dt.UTC), actor, 10,
                    amount_rials=1_000_000, receipt_no=f"R{index}",
                )
            )  # fmt: skip
            log.write(op_id + "\n")
            log.flush()

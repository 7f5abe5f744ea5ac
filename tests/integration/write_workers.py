"""Code that runs in other processes for the tests of writers queueing on one SQLite file."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.persistence.write_lock import WriteLock
from loyaltydesk.settings import Settings


def credit_and_redeem(
    url: str, data_dir: str, member_id: int, rounds: int, start: Any, results: Any
) -> None:
    """``rounds`` credits of 4 points, each followed by a redemption of a 4-point reward."""
    services = build_services(Settings(data_dir=Path(data_dir), language="en"), url)
    actor = Actor("staff", f"till-{member_id}")
    failures: list[str] = []
    try:
        start.wait(timeout=60)
        for n in range(rounds):
            try:
                services.counter.credit_purchase(f"c-{member_id}-{n}", member_id, 400_000, actor)
                services.counter.redeem(f"r-{member_id}-{n}", member_id, "Coffee", actor)
            except DomainError as error:
                failures.append(error.code)
    finally:
        services.close()
    results.put((member_id, failures))


def hold_the_write_turn(database: str, holding: Any) -> None:
    """Take the write turn of ``database`` and keep it until killed."""
    lock = WriteLock.of(Path(database))
    lock.acquire()
    holding.set()
    while True:
        time.sleep(1)

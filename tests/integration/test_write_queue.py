"""Several processes writing to one SQLite file take turns (an OS lock next to the file,
taken before BEGIN IMMEDIATE), so none of them starves in SQLite's sleep-and-retry busy
handler: nothing is lost, nobody fails, the turn is given back on every way out of a write
(even a killed process), readers never wait for it, and a server does not use it."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.persistence.database import open_database
from loyaltydesk.persistence.unit_of_work import SqlUnitOfWork
from loyaltydesk.persistence.write_lock import LOCK_SUFFIX, WriteLock
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock
from tests.integration import write_workers

WRITERS = 6
ROUNDS = 15


@pytest.fixture
def club(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Services, Path]]:
    path = tmp_path / "club.sqlite3"
    services = build_services(Settings(tmp_path / "data", language="en"), str(path), clock=clock)
    services.rules.add_reward("Coffee", 4, actor=services.actor)
    yield services, path
    services.close()


def test_many_writer_processes_lose_nothing_and_none_fails(
    club: tuple[Services, Path], tmp_path: Path
) -> None:
    services, path = club
    members = [
        services.membership.register(
            f"reg-{n}", name=f"Till {n}", phone=f"0912000{n:04d}", actor=services.actor
        ).member.id
        for n in range(WRITERS)
    ]
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=write_workers.credit_and_redeem,
            args=(str(path), str(tmp_path / f"w{m}"), m, ROUNDS, start, results),
        )
        for m in members
    ]
    for proc in procs:
        proc.start()
    start.set()
    outcomes = dict(results.get(timeout=180) for _ in procs)
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    assert outcomes == {m: [] for m in members}  # nobody failed
    for m in members:
        lines = services.membership.statement(m).lines
        assert [ln.kind.value for ln in lines] == ["earn", "redeem"] * ROUNDS
        assert services.membership.get(m).balance == 0
    assert (path.parent / (path.name + LOCK_SUFFIX)).exists()  # they did queue on it
    assert services.audit.verify(actor=services.actor).ok


def _lock_of(services: Services) -> WriteLock:
    uow = services.counter._uow(write=True)
    assert isinstance(uow, SqlUnitOfWork)
    lock = uow._database.write_lock
    assert lock is not None
    return lock


def test_the_turn_is_given_back_after_a_refusal_and_an_error(club: tuple[Services, Path]) -> None:
    services, _path = club
    lock = _lock_of(services)
    sara = services.membership.register(
        "reg", name="Sara", phone="09121234567", actor=services.actor
    ).member
    with pytest.raises(DomainError):
        services.counter.redeem("r-1", sara.id, "Coffee", services.actor)  # short: rolled back
    assert not lock.held
    with pytest.raises(RuntimeError), services.counter._uow(write=True):
        assert lock.held
        raise RuntimeError("a bug in the middle of a write")
    assert not lock.held
    # Another process can have it now (it would wait for ever if it were still taken here).
    assert _other_process_can_write(services, sara.id)


def test_a_process_killed_while_it_has_the_turn_does_not_block_the_others(
    club: tuple[Services, Path],
) -> None:
    services, path = club
    sara = services.membership.register(
        "reg", name="Sara", phone="09121234567", actor=services.actor
    ).member
    ctx = multiprocessing.get_context("spawn")
    holding = ctx.Event()
    holder = ctx.Process(target=write_workers.hold_the_write_turn, args=(str(path), holding))
    holder.start()
    try:
        assert holding.wait(60)
        # While it has the turn, a write here waits for it …
        finished = threading.Event()

        def credit() -> None:
            services.counter.credit_purchase("c-1", sara.id, 400_000, services.actor)
            finished.set()

        writer = threading.Thread(target=credit)
        writer.start()
        time.sleep(0.5)
        assert not finished.is_set()
        # … but a reader does not.
        assert services.membership.get(sara.id).balance == 0
        assert holder.pid is not None
        os.kill(holder.pid, signal.SIGKILL)  # the kernel gives the lock back
        holder.join(30)
        writer.join(30)
        assert finished.is_set()
    finally:
        if holder.is_alive():
            holder.kill()
    assert services.membership.get(sara.id).balance == 4


@pytest.mark.postgres
def test_a_server_database_has_no_write_lock(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        assert database.write_lock is None
    finally:
        database.dispose()


def test_a_thread_writing_twice_at_once_does_not_queue_behind_itself(tmp_path: Path) -> None:
    lock = WriteLock.of(tmp_path / "club.sqlite3")
    lock.acquire()
    lock.acquire()
    assert lock.held
    lock.release()
    assert lock.held
    lock.release()
    assert not lock.held


def _other_process_can_write(services: Services, member_id: int) -> bool:
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    results = ctx.Queue()
    database = services.admin.describe().removeprefix("sqlite:///")
    proc = ctx.Process(
        target=write_workers.credit_and_redeem,
        args=(database, str(Path(database).parent / "other"), member_id, 1, start, results),
    )
    proc.start()
    start.set()
    outcome = results.get(timeout=60)
    proc.join(30)
    return outcome == (member_id, []) and proc.exitcode == 0

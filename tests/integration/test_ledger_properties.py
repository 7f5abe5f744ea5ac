"""Property tests: any sequence of counter actions and retries keeps the books right.

- balance = sum of the ledger, for every member, after every step;
- no redemption ever leaves a balance below zero;
- repeating an operation id changes nothing.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    rule,
    run_state_machine_as_test,
)

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.persistence.database import open_database
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock, new_pg_database
from tests.pgserver import PostgresCluster

Recall = Callable[[], object]


@dataclass(frozen=True)
class Attempt:
    """An action as the cashier made it: its first result (None if refused) and a way to
    send exactly the same request again."""

    result: object | None
    call: Recall

    @property
    def entry_id(self) -> int | None:
        return getattr(self.result, "entry_id", None)


START = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)


def machine_for(make_url: Callable[[], str]) -> type[RuleBasedStateMachine]:
    class LedgerMachine(RuleBasedStateMachine):
        purchases = Bundle("purchases")
        redemptions = Bundle("redemptions")
        done = Bundle("done")

        def __init__(self) -> None:
            super().__init__()
            self.folder = Path(tempfile.mkdtemp())
            self.clock = FakeClock(START)
            self.s: Services = build_services(
                Settings(data_dir=self.folder, language="en"), make_url(), clock=self.clock
            )
            self.s.rules.add_reward("Free drink", 40, actor=self.s.actor)
            self.s.rules.add_reward("Free meal", 100, actor=self.s.actor)
            self.members = [
                self.s.membership.register(
                    f"m{i}", name=f"Member {i}", phone=f"0912000000{i}", actor=self.s.actor
                ).member.id
                for i in range(2)
            ]
            self.ops = 0

        def teardown(self) -> None:
            self.s.close()
            shutil.rmtree(self.folder, ignore_errors=True)

        def op(self) -> str:
            self.ops += 1
            return f"op{self.ops}"

        def attempt(self, action: Recall) -> object | None:
            try:
                return action()
            except DomainError:
                return None
            finally:
                self.clock.advance(minutes=7)

        @rule(
            target=purchases,
            who=st.integers(0, 1),
            rials=st.integers(1, 30_000_000),
            receipt=st.booleans(),
        )
        def credit(self, who: int, rials: int, receipt: bool) -> object:
            op_id = self.op()
            member = self.members[who]

            def call() -> object:
                return self.s.counter.credit_purchase(
                    op_id, member, rials, self.s.actor, receipt_no=op_id if receipt else None
                )

            result = self.attempt(call)
            return Attempt(result, call)

        @rule(
            target=redemptions,
            who=st.integers(0, 1),
            reward=st.sampled_from(["Free drink", "Free meal"]),
        )
        def redeem(self, who: int, reward: str) -> object:
            op_id = self.op()
            member = self.members[who]

            def call() -> object:
                return self.s.counter.redeem(op_id, member, reward, self.s.actor)

            result = self.attempt(call)
            return Attempt(result, call)

        @rule(target=done, purchase=purchases, part=st.integers(1, 100), whole=st.booleans())
        def refund(self, purchase: Attempt, part: int, whole: bool) -> object:
            entry_id = purchase.entry_id
            op_id = self.op()

            amount: int | None = None
            if entry_id is not None and not whole:
                # The amount is fixed when the cashier types it, so a retry sends the same.
                left = self.attempt(lambda: self.s.counter.preview_refund(entry_id=entry_id))
                amount = max(1, getattr(left, "refund_rials", 1) * part // 100)

            def call() -> object:
                if entry_id is None:
                    raise DomainError("nothing to refund")
                return self.s.counter.refund(
                    op_id, self.s.actor, entry_id=entry_id, amount_rials=amount
                )

            return Attempt(self.attempt(call), call)

        @rule(target=done, redemption=consumes(redemptions))
        def void(self, redemption: Attempt) -> object:
            entry_id = redemption.entry_id
            op_id = self.op()

            def call() -> object:
                if entry_id is None:
                    raise DomainError("nothing to void")
                return self.s.counter.void_redemption(op_id, entry_id, self.s.actor)

            return Attempt(self.attempt(call), call)

        @rule(target=done, who=st.integers(0, 1), points=st.integers(-60, 60))
        def adjust(self, who: int, points: int) -> object:
            op_id = self.op()
            member = self.members[who]

            def call() -> object:
                return self.s.counter.adjust(op_id, member, points, "property test", self.s.actor)

            return Attempt(self.attempt(call), call)

        @rule(earlier=st.one_of(purchases, redemptions, done))
        def retry(self, earlier: Attempt) -> None:
            before = self.snapshot()
            again = self.attempt(earlier.call)
            if earlier.result is not None:
                # Done once: the same operation id returns the first result, changes nothing.
                assert self.snapshot() == before, "a repeated operation id changed something"
                assert getattr(again, "replayed", None) is True
            # A refused request saved nothing, so sending it again is a new attempt: a
            # redemption refused for points short goes through once the points are there.

        def snapshot(self) -> list[tuple[int, int]]:
            return [
                (self.s.membership.get(m).balance, len(self.s.membership.statement(m).lines))
                for m in self.members
            ]

        @invariant()
        def books_balance(self) -> None:
            assert self.s.audit.verify(actor=self.s.actor).ok
            for member in self.members:
                running = 0
                for line in self.s.membership.statement(member).lines:
                    running += line.points
                    assert line.balance_after == running
                    if line.kind is EntryKind.REDEEM:
                        assert line.balance_after >= 0, "a redemption overspent"

    return LedgerMachine


@pytest.fixture(scope="module")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(str(path)).dispose()
    return path


def test_ledger_properties_on_sqlite(sqlite_template: Path, tmp_path: Path) -> None:
    counter = iter(range(10**6))

    def make_url() -> str:
        target = tmp_path / f"club-{next(counter)}.sqlite3"
        shutil.copy(sqlite_template, target)
        return str(target)

    run_state_machine_as_test(
        machine_for(make_url),
        settings=settings(
            max_examples=30,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )


@pytest.mark.postgres
def test_ledger_properties_on_postgresql(postgres: PostgresCluster | str) -> None:
    run_state_machine_as_test(
        machine_for(lambda: new_pg_database(postgres)),
        settings=settings(
            max_examples=8,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )

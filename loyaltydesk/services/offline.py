"""The counter's line to the club: every look-up and every credit or reward goes to the
club's server when it answers, and to the counter's own queue and memory when it does not.

The server stays the only ledger. What the counter did offline is sent in order — by itself
when the server answers again, or by `sync` — each under the operation id the cashier's
action was given, so it applies once however often it is sent. A reward given offline that
the ledger can no longer cover (the points were spent at another branch meanwhile) takes what
the balance holds and becomes a conflict for a manager (services/counter.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar
from zoneinfo import ZoneInfo

from loyaltydesk.domain.earning import Occasion, calculate
from loyaltydesk.domain.errors import DomainError, InvalidInput, NotFound, Refused, StorageError
from loyaltydesk.domain.money import check_amount
from loyaltydesk.domain.offline import (
    QueuedKind,
    QueuedOperation,
    QueuedState,
    check_offline_redeem,
)
from loyaltydesk.domain.phones import digits_only, national_mobile_digits
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.domain.staff import Actor, Permission, authorize
from loyaltydesk.services.common import UTC_ZONE, check_op_id
from loyaltydesk.services.counter import (
    CounterService,
    OfflineCredit,
    OfflineCredited,
    clean_receipt,
)
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.ports import Clock, OfflineStore, Remembered, SyncMark
from loyaltydesk.services.views import (
    CreditResult,
    MatchKind,
    MemberHit,
    MemberPanel,
    MemberView,
    RedeemResult,
)

log = logging.getLogger(__name__)

UNREACHABLE = "database.unreachable"
# How stale the remembered rule and policy may get while the server answers.
CLUB_REFRESH = dt.timedelta(minutes=10)
# After the server did not answer, look-ups and actions go straight to the counter's memory
# and queue this long, rather than each waiting for the connection to time out again.
RETRY_AFTER_S = 10.0
# Operations sent per batch, their marks written to the counter's file in one transaction: an
# operation the server applied but not yet marked is sent again after a crash, and comes
# back "already done".
SYNC_BATCH = 500
DISCARDABLE = (QueuedState.PENDING, QueuedState.REFUSED)
# Members sent at once: the engine's pool holds four connections, one left for the window.
SYNC_THREADS = 3
# Queued purchases sent in one transaction: a long outage's thousands go at many a second,
# and one refused sends its batch again one at a time.
SYNC_CREDITS_PER_TRANSACTION = 50

T = TypeVar("T")


def _done(credited: OfflineCredited) -> SyncMark:
    return SyncMark(
        credited.op_id,
        QueuedState.DONE,
        balance=credited.balance,
        points=credited.points,
        replayed=credited.replayed,
    )


def is_unreachable(error: DomainError) -> bool:
    return isinstance(error, StorageError) and error.code == UNREACHABLE


@dataclass(frozen=True, slots=True)
class Found:
    hits: list[MemberHit]
    remembered: bool  # from this counter's memory: the server did not answer


@dataclass(frozen=True, slots=True)
class PanelState:
    """A member as the counter shows them, with what it holds for them not yet sent."""

    panel: MemberPanel
    pending: tuple[QueuedOperation, ...]
    remembered_at: dt.datetime | None = None  # None: fresh from the server

    @property
    def balance(self) -> int:
        """The balance once what waits here reaches the server (as far as it is known)."""
        return self.panel.member.balance + sum(op.change for op in self.pending)

    @property
    def offline(self) -> bool:
        return self.remembered_at is not None


@dataclass(frozen=True, slots=True)
class SyncReport:
    sent: int  # reached the server (applied now, or found already applied)
    replayed: int  # of those, already in the ledger (sent before, the answer lost)
    refused: tuple[QueuedOperation, ...]  # refused by the server: kept for a manager
    conflicts: int  # rewards the ledger could not fully cover
    left: int  # still waiting (the server went away again)
    reached: bool  # the server answered
    members: frozenset[int]  # whose balance changed


class CounterLink:
    """Look-ups, credits and rewards through the server, or the counter's queue."""

    def __init__(
        self,
        membership: MembershipService,
        counter: CounterService,
        store: OfflineStore | None,
        clock: Clock,
        zone: ZoneInfo = UTC_ZONE,
        *,
        on_reached: Callable[[], None] | None = None,
        started_offline: bool = False,
    ) -> None:
        """``on_reached``: run each time the server answers after it did not (or for the
        first time): the staff accounts this counter remembers are refreshed so.
        ``started_offline``: the window opened while the server did not answer."""
        self._on_reached = on_reached
        self._membership = membership
        self._counter = counter
        self._store = store
        self._clock = clock
        self._zone = zone
        self._syncing = threading.Lock()
        self._stopping = threading.Event()  # the program is closing: a sync stops soon
        self._club_seen: dt.datetime | None = None
        # None: not asked yet. Set by every call that reached the server or failed to.
        self.online: bool | None = False if started_offline else None
        self._unreachable: tuple[float, StorageError] | None = None
        # The server answered, but this counter cannot use it (a newer program's schema, not
        # a LoyaltyDesk database): nothing is sent there, and the light says why.
        self.problem: StorageError | None = None

    @property
    def can_queue(self) -> bool:
        """A counter of a shared club keeps a queue; a club in a local file needs none."""
        return self._store is not None

    # -- reaching the server ------------------------------------------------------------

    def _online(self, call: Callable[[], T]) -> T:
        # Just failed: the queue at once, not another wait for a server behind a dropped
        # line (the window's light asks it every few seconds, and says when it is back).
        # A club with no queue asks again at once: the cashier's retry is the only way on.
        failed = self._unreachable
        if (
            self._store is not None
            and failed is not None
            and time.monotonic() - failed[0] < RETRY_AFTER_S
        ):
            raise failed[1]
        try:
            result = call()
        except StorageError as error:
            if error.code == UNREACHABLE:
                self.online = False
                self._unreachable = (time.monotonic(), error)
            raise
        was, self.online = self.online, True
        self._unreachable = None
        if was is not True:
            self._reached()
        return result

    def _reached(self) -> None:
        """The server answers, for the first time or after it did not (whichever call saw
        it first: the light's probe, or the cashier's next look-up)."""
        if self._on_reached is None:
            return
        try:
            self._on_reached()
        except DomainError as error:  # it went again, or refused: the next answer tries again
            log.warning("refreshing what this counter remembers failed: %s", error.code)

    def probe(self) -> bool:
        """Does the server answer? (And keep the club's rule and policy while it does.)"""
        self._unreachable = None  # asked for: asked now
        try:
            self._remember_club(force=True)
        except StorageError as error:
            if is_unreachable(error):
                return False
            # A counter started offline checks the schema at the first answer: a newer
            # program's database is not written to by this one.
            self.online = False
            self.problem = error
            log.error("the server answers but cannot be used: %s", error.code)
            return False
        self.problem = None
        return True

    def _remember_club(self, *, force: bool = False) -> None:
        now = self._clock()
        if self._store is None:
            self._online(self._counter.club_basics)
            return
        if not force and self._club_seen is not None and now - self._club_seen < CLUB_REFRESH:
            return
        rule, policy = self._online(self._counter.club_basics)
        self._store.remember_club(rule, policy, now)
        self._club_seen = now

    # -- finding --------------------------------------------------------------------------

    def find(self, text: str, limit: int) -> Found:
        try:
            return Found(self._online(lambda: self._membership.find(text, limit)), False)
        except StorageError as error:
            if self._store is None or error.code != UNREACHABLE:
                raise
        raw = digits_only(text)
        kind = MatchKind.NAME
        if raw and not any(ch.isalpha() for ch in text):
            kind = MatchKind.CARD if len(raw) == 12 else MatchKind.PHONE_TAIL
        hits = []
        for found in self._store.find(text, limit):
            state = self._with_pending(found)
            hits.append(MemberHit(replace(state.panel.member, balance=state.balance), kind))
        return Found(hits, True)

    def resolve(self, text: str) -> tuple[MemberView, bool]:
        """The member of a scanned card or a typed phone number; True: from memory."""
        try:
            return self._online(lambda: self._membership.resolve(text)), False
        except StorageError as error:
            if self._store is None or error.code != UNREACHABLE:
                raise
        raw = digits_only(text)
        if not raw:
            raise InvalidInput("member_ref.empty")
        national = national_mobile_digits(raw)
        found = self._store.by_phone(national) if national is not None else self._store.by_card(raw)
        if found is None:
            raise NotFound("offline.not_seen", value=raw)
        return found.panel.member, True

    def panel(self, member_id: int) -> PanelState:
        try:
            panel = self._online(lambda: self._membership.panel(member_id))
        except StorageError as error:
            if self._store is None or error.code != UNREACHABLE:
                raise
            found = self._store.recall(member_id)
            if found is None:
                raise NotFound("offline.not_seen", value=str(member_id)) from error
            return self._with_pending(found)
        if self._store is None:
            return PanelState(panel, ())
        self._store.remember(panel, self._clock())
        try:
            self._remember_club()
        except StorageError as error:
            if error.code != UNREACHABLE:
                raise
        return PanelState(panel, tuple(self._store.queued(member_id=member_id)))

    def _with_pending(self, found: Remembered) -> PanelState:
        assert self._store is not None
        pending = tuple(self._store.queued(member_id=found.panel.member.id))
        return PanelState(found.panel, pending, found.seen_at)

    # -- credit and redeem ----------------------------------------------------------------

    def _waiting(self, member_id: int) -> bool:
        """Something of this member's waits in the queue: what comes next waits behind it,
        so the server sees their actions in the order the cashier took them."""
        return self._store is not None and bool(self._store.queued(member_id=member_id, limit=1))

    def credit(
        self,
        op_id: str,
        member_id: int,
        amount_rials: int,
        actor: Actor,
        *,
        receipt_no: str | None = None,
        coupon: str | None = None,
    ) -> CreditResult | QueuedOperation:
        """Credited by the server, or kept in the queue (then the points are expected, not
        yet in the ledger)."""
        if not self._waiting(member_id):
            try:
                return self._online(
                    lambda: self._counter.credit_purchase(
                        op_id, member_id, amount_rials, actor, receipt_no=receipt_no, coupon=coupon
                    )
                )
            except StorageError as error:
                if self._store is None or error.code != UNREACHABLE:
                    raise
        if coupon is not None:
            raise Refused("offline.coupon")
        return self._queue_credit(op_id, member_id, amount_rials, actor, receipt_no)

    def _queue_credit(
        self, op_id: str, member_id: int, amount_rials: int, actor: Actor, receipt_no: str | None
    ) -> QueuedOperation:
        assert self._store is not None
        op_id = check_op_id(op_id)
        amount = check_amount(amount_rials)
        receipt = clean_receipt(receipt_no)
        authorize(actor, Permission.CREDIT)
        found = self._store.recall(member_id)
        if found is None:
            raise NotFound("offline.not_seen", value=str(member_id))
        club = self._store.club()
        if club is not None and club.policy.limits.needs_credit_approval(amount):
            # A manager's PIN is checked by the server: a large purchase waits for it.
            raise Refused("offline.needs_approval")
        now = self._clock()
        points = 0  # expected from the rule as last seen; the ledger's figure comes at sync
        if club is not None and club.rule is not None:
            occasion = Occasion(local_time=now.astimezone(self._zone))
            points = calculate(club.rule, amount, occasion).points
        return self._store.enqueue(
            QueuedOperation(
                op_id=op_id,
                kind=QueuedKind.CREDIT,
                member_id=member_id,
                member_name=found.panel.member.name,
                at=now,
                actor=actor,
                points=points,
                amount_rials=amount,
                receipt_no=receipt,
            )
        )

    def check_redeem(self, member_id: int, reward: Reward) -> None:
        """May this reward be given now? Said before the cashier is asked to confirm."""
        if not self._waiting(member_id):
            try:
                self._online(lambda: self._counter.check_redeem(member_id, reward.id))
                return
            except StorageError as error:
                if self._store is None or error.code != UNREACHABLE:
                    raise
        self._check_offline_redeem(member_id, reward)

    def _check_offline_redeem(self, member_id: int, reward: Reward) -> PanelState:
        assert self._store is not None
        if reward.costs_stamps:
            raise Refused("offline.stamps")
        found = self._store.recall(member_id)
        if found is None:
            raise NotFound("offline.not_seen", value=str(member_id))
        state = self._with_pending(found)
        club = self._store.club()
        limit = club.policy.offline_points if club is not None else 0
        start, end = self._shop_day(self._clock())
        spent = self._store.offline_spent(member_id, start, end)
        check_offline_redeem(reward.cost, spent, limit, state.balance)
        return state

    def redeem(
        self, op_id: str, member_id: int, reward: Reward, actor: Actor
    ) -> RedeemResult | QueuedOperation:
        if not self._waiting(member_id):
            try:
                return self._online(
                    lambda: self._counter.redeem(op_id, member_id, reward.id, actor)
                )
            except StorageError as error:
                if self._store is None or error.code != UNREACHABLE:
                    raise
        assert self._store is not None
        op_id = check_op_id(op_id)
        authorize(actor, Permission.REDEEM)
        kept = self._store.queued(op_id=op_id, states=tuple(QueuedState))
        if kept:
            return kept[0]  # the same action again: already kept
        state = self._check_offline_redeem(member_id, reward)
        return self._store.enqueue(
            QueuedOperation(
                op_id=op_id,
                kind=QueuedKind.REDEEM,
                member_id=member_id,
                member_name=state.panel.member.name,
                at=self._clock(),
                actor=actor,
                points=reward.cost,
                reward_id=reward.id,
                reward_name=reward.name,
                reward_name_fa=reward.name_fa or "",
            )
        )

    def _shop_day(self, at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        day = at.astimezone(self._zone).date()
        start = dt.datetime.combine(day, dt.time(), self._zone)
        return start, start + dt.timedelta(days=1)

    # -- the queue ------------------------------------------------------------------------

    def pending(self) -> list[QueuedOperation]:
        """What waits for the server, and what it refused (kept for a manager)."""
        if self._store is None:
            return []
        return self._store.queued(states=(QueuedState.PENDING, QueuedState.REFUSED))

    def counts(self) -> tuple[int, int]:
        """How many wait for the server, and how many it refused."""
        if self._store is None:
            return 0, 0
        kept = self._store.queued(states=(QueuedState.PENDING, QueuedState.REFUSED))
        waiting = sum(1 for op in kept if op.state is QueuedState.PENDING)
        return waiting, len(kept) - waiting

    def retry(self, op_id: str, actor: Actor) -> None:
        """A refused operation sent again at the next sync (after a manager fixed the cause)."""
        authorize(actor, Permission.SETTLE_SYNC)
        if self._store is None or not self._store.requeue(op_id):
            raise NotFound("offline.no_such_refused", op_id=op_id)

    def discard(self, op_id: str, actor: Actor) -> QueuedOperation:
        """Take back what this counter kept and the server has not had: the cashier's own
        mistake while offline (an undo), or a refusal a manager has looked at."""
        store = self._store
        found = store.queued(op_id=op_id, states=DISCARDABLE) if store is not None else []
        if store is None or not found:
            raise NotFound("offline.no_such_operation", op_id=op_id)
        op = found[0]
        if op.state is not QueuedState.PENDING or op.actor.staff_id != actor.staff_id:
            authorize(actor, Permission.SETTLE_SYNC)
        # A sync under way may be sending it this moment: then it may be in the ledger.
        if not self._syncing.acquire(blocking=False):
            raise Refused("offline.sync_running")
        try:
            if not store.discard(op_id):
                raise NotFound("offline.no_such_operation", op_id=op_id)
        finally:
            self._syncing.release()
        log.info("offline: %s %s of member %d discarded by %s (was %s)",
                 op.kind.value, op.op_id, op.member_id, actor.staff, op.state.value)  # fmt: skip
        return op

    def interrupt_sync(self) -> None:
        """A running sync stops after the operations under way (the rest waits for the next
        start: nothing is lost, what was sent is marked)."""
        self._stopping.set()

    def sync(self) -> SyncReport | None:
        """Send what waits, in order; None when a sync is running already."""
        if self._store is None:
            return SyncReport(0, 0, (), 0, 0, True, frozenset())
        if self.problem is not None:  # the server's database is not one to send to
            return SyncReport(0, 0, (), 0, len(self._store.queued()), False, frozenset())
        if not self._syncing.acquire(blocking=False):
            return None
        try:
            return self._sync(self._store)
        finally:
            self._syncing.release()

    def _sync(self, store: OfflineStore) -> SyncReport:
        """The queue in batches; in a batch, each member's operations in their order, several
        members at once (a branch far from its server waits on the line, not the server)."""
        outcomes: list[tuple[QueuedOperation, SyncMark | None]] = []
        gone = threading.Event()
        with ThreadPoolExecutor(SYNC_THREADS, thread_name_prefix="sync") as pool:
            while not gone.is_set() and not self._stopping.is_set():
                batch = store.queued(limit=SYNC_BATCH)
                if not batch:
                    break
                # Each member's operations in one thread, in their order; the threads
                # never touch the same member, so they never wait on each other's locks.
                groups: list[list[QueuedOperation]] = [[] for _ in range(SYNC_THREADS)]
                for op in batch:
                    groups[op.member_id % SYNC_THREADS].append(op)
                done = list(pool.map(lambda ops: self._send_in_order(ops, gone), groups))
                marks = [mark for part in done for _op, mark in part if mark is not None]
                store.mark(marks)  # one transaction a batch (a crash resends: "already done")
                outcomes.extend(pair for part in done for pair in part)
        reached = not gone.is_set()
        sent = replayed = conflicts = 0
        refused: list[QueuedOperation] = []
        members: set[int] = set()
        for op, mark in outcomes:
            if mark is None:
                continue
            if mark.state is QueuedState.REFUSED:
                refused.append(replace(op, state=QueuedState.REFUSED, problem=mark.problem,
                                       problem_params=mark.problem_params))  # fmt: skip
                continue
            sent += 1
            members.add(op.member_id)
            replayed += mark.replayed
            conflicts += mark.conflict
        self.online = reached
        self._unreachable = None
        left = len(store.queued())
        if sent or refused:
            log.info("sync: %d sent (%d already applied), %d refused, %d conflicts, %d left",
                     sent, replayed, len(refused), conflicts, left)  # fmt: skip
        return SyncReport(
            sent, replayed, tuple(refused), conflicts, left, reached, frozenset(members)
        )

    def _send_in_order(
        self, ops: list[QueuedOperation], gone: threading.Event
    ) -> list[tuple[QueuedOperation, SyncMark | None]]:
        """Members' operations, each member's in order, until the server goes away (then
        the rest waits for the next sync: what a member did later must not overtake it).
        Purchases go several to a transaction; a reward goes alone, in its place."""
        outcomes: list[tuple[QueuedOperation, SyncMark | None]] = []
        run: list[QueuedOperation] = []

        def flush() -> bool:
            sent = self._send_credits(run, gone)
            outcomes.extend(sent)
            whole = len(sent) == len(run)
            run.clear()
            return whole

        for op in ops:
            if gone.is_set() or self._stopping.is_set():
                break
            if op.kind is QueuedKind.CREDIT:
                run.append(op)
                if len(run) < SYNC_CREDITS_PER_TRANSACTION or flush():
                    continue
                break
            if run and not flush():
                break
            mark = self._send_one(op, gone)
            if mark is None:
                break
            outcomes.append((op, mark))
        if run and not gone.is_set() and not self._stopping.is_set():
            flush()
        return outcomes

    def _send_credits(
        self, run: list[QueuedOperation], gone: threading.Event
    ) -> list[tuple[QueuedOperation, SyncMark | None]]:
        """Queued purchases in one transaction; when one is refused, the server has none of
        them, and they go one at a time so the refusal is that one's alone."""
        credits = [
            OfflineCredit(op.op_id, op.member_id, op.amount_rials, op.actor, op.at, op.receipt_no)
            for op in sorted(run, key=lambda op: op.member_id)  # stable: each member in order
        ]  # and rows locked in one order by every counter: two syncs never deadlock
        try:
            credited = self._counter.send_offline_credits(credits)
        except DomainError as error:
            if is_unreachable(error):
                gone.set()
                return []
            sent: list[tuple[QueuedOperation, SyncMark | None]] = []
            for op in run:
                mark = self._send_one(op, gone)
                if mark is None:
                    break
                sent.append((op, mark))
            return sent
        by_id = {c.op_id: c for c in credited}
        return [(op, _done(by_id[op.op_id])) for op in run]

    def _send_one(self, op: QueuedOperation, gone: threading.Event) -> SyncMark | None:
        """One queued operation, or None when the server went away."""
        try:
            return self._send(op)
        except DomainError as error:
            if is_unreachable(error):
                gone.set()
                return None
            return SyncMark(op.op_id, QueuedState.REFUSED, error.code, dict(error.params))

    def _send(self, op: QueuedOperation) -> SyncMark:
        """One queued operation to the server."""
        if op.kind is QueuedKind.CREDIT:
            credit = self._counter.credit_purchase(
                op.op_id,
                op.member_id,
                op.amount_rials,
                op.actor,
                receipt_no=op.receipt_no,
                offline_at=op.at,
            )
            return SyncMark(op.op_id, QueuedState.DONE, balance=credit.balance,
                            points=credit.points_earned, replayed=credit.replayed)  # fmt: skip
        assert op.reward_id is not None
        redeem = self._counter.redeem(op.op_id, op.member_id, op.reward_id, op.actor,
                                      offline_at=op.at)  # fmt: skip
        return SyncMark(op.op_id, QueuedState.DONE, balance=redeem.balance,
                        points=redeem.points_spent, replayed=redeem.replayed,
                        conflict=bool(redeem.points_short))  # fmt: skip

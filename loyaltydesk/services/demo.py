"""A believable demo club: a year of members, visits, redemptions and the odd refund.

Built through the same services a cashier uses, with a clock that walks through the year,
so the demo's ledger is exactly what real use would have written.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from loyaltydesk.domain.errors import DomainError, Refused
from loyaltydesk.domain.staff import Actor, Approval, Role
from loyaltydesk.services.counter import CounterService
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.rules import RulesService


@dataclass(frozen=True)
class DemoRecipe:
    rewards: list[tuple[str, str, int]]
    persian_first: list[str]
    persian_last: list[str]
    latin_first: list[str]
    latin_last: list[str]


@dataclass
class DemoClock:
    """The demo's "now"; services built on it see the time of the event being replayed."""

    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class DemoSummary:
    members: int = 0
    purchases: int = 0
    redemptions: int = 0
    refunds: int = 0
    voids: int = 0
    openings: int = 0
    adjustments: int = 0
    referrals: int = 0
    staff: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DemoTeam:
    """The demo club's accounts: the owner, a manager and a cashier, who did its history."""

    owner: Actor
    manager: Actor
    cashier: Actor

    def approved(self, actor: Actor) -> Actor:
        """What a cashier may not do alone is approved by the manager, as at a real counter."""
        if actor.role is not Role.CASHIER:
            return actor
        manager = self.manager
        assert manager.staff_id is not None
        return actor.approved_by(Approval(manager.staff_id, manager.staff, manager.role))


@dataclass(order=True)
class _Event:
    at: dt.datetime
    seq: int
    action: Callable[[], None] = field(compare=False)


_COUNTERS = ("counter-1", "counter-2")
# The demo's staff: a cashier and a manager (the owner is named by whoever sets it up).
DEMO_CASHIER = "Nazanin"
DEMO_MANAGER = "Reza"


class DemoBuilder:
    def __init__(
        self,
        membership: MembershipService,
        counter: CounterService,
        rules: RulesService,
        clock: DemoClock,
        recipe: DemoRecipe,
        team: DemoTeam,
        seed: int = 1405,
    ) -> None:
        self._team = team
        self._membership = membership
        self._counter = counter
        self._rules = rules
        self._clock = clock
        self._recipe = recipe
        self._rng = random.Random(seed)
        self._events: list[_Event] = []
        self._ops = 0
        self.summary = DemoSummary(staff=[team.cashier.staff, team.manager.staff, team.owner.staff])

    def build(self, members: int, end: dt.datetime) -> DemoSummary:
        rng = self._rng
        start = end - dt.timedelta(days=365)
        self._clock.now = start - dt.timedelta(days=1)
        for name, name_fa, cost in self._recipe.rewards:
            self._rules.add_reward(name, cost, name_fa, actor=self._team.owner)
        phones = rng.sample(range(10_000_000), members)
        member_ids: list[int] = []
        for index in range(members):
            # More members join early in the year; the club is a year old.
            joined = start + dt.timedelta(
                days=365 * rng.random() ** 1.6, minutes=rng.randrange(600)
            )
            # Opening hours, 09:30-22:30 in Tehran (UTC+3:30).
            joined = joined.replace(hour=rng.randrange(6, 19))
            self._schedule(joined, self._join_action(index, phones[index], joined, member_ids, end))
        self._events.sort()
        while self._events:
            event = self._events.pop(0)
            self._clock.now = event.at
            event.action()
        self._clock.now = end
        return self.summary

    # -- events -----------------------------------------------------------------------

    def _schedule(self, at: dt.datetime, action: Callable[[], None]) -> None:
        self._ops += 1
        event = _Event(at, self._ops, action)
        # Keep the queue sorted; inserting is fine at demo sizes.
        low, high = 0, len(self._events)
        while low < high:
            mid = (low + high) // 2
            if self._events[mid] < event:
                low = mid + 1
            else:
                high = mid
        self._events.insert(low, event)

    def _actor(self) -> Actor:
        chosen = self._rng.choice((self._team.cashier, self._team.manager))
        return replace(chosen, counter=self._rng.choice(_COUNTERS))

    def _op(self, kind: str) -> str:
        self._ops += 1
        return f"demo-{kind}-{self._ops}"

    def _name(self) -> str:
        rng = self._rng
        if rng.random() < 0.15:
            return f"{rng.choice(self._recipe.latin_first)} {rng.choice(self._recipe.latin_last)}"
        return f"{rng.choice(self._recipe.persian_first)} {rng.choice(self._recipe.persian_last)}"

    def _join_action(
        self, index: int, phone_body: int, joined: dt.datetime, ids: list[int], end: dt.datetime
    ) -> Callable[[], None]:
        def join() -> None:
            rng = self._rng
            birthday = None
            if rng.random() < 0.6:
                birthday = dt.date(
                    rng.randrange(1960, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
                )
            referrer = None
            if ids and rng.random() < 0.12:
                referrer_view = self._membership.get(rng.choice(ids))
                referrer = referrer_view.card
                self.summary.referrals += 1
            operator = rng.choice(("912", "935", "919", "901", "990", "937"))
            registered = self._membership.register(
                self._op("join"),
                name=self._name(),
                phone=f"0{operator}{phone_body:07d}",
                actor=self._actor(),
                birthday=birthday,
                referrer=referrer,
            )
            member_id = registered.member.id
            ids.append(member_id)
            self.summary.members += 1
            if rng.random() < 0.03:
                self._counter.adjust(
                    self._op("opening"),
                    member_id,
                    rng.randrange(10, 90),
                    "paper card",
                    self._team.owner,
                    opening=True,
                )
                self.summary.openings += 1
            self._plan_visits(member_id, joined, end)

        return join

    def _plan_visits(self, member_id: int, joined: dt.datetime, end: dt.datetime) -> None:
        rng = self._rng
        profile = rng.choices(("regular", "occasional", "drifting", "once"), (30, 35, 20, 15))[0]
        gap_days = {"regular": (3, 12), "occasional": (15, 45), "drifting": (4, 14), "once": (0, 0)}
        stop = end
        if profile == "drifting":
            stop = end - dt.timedelta(days=rng.randrange(60, 160))
        at = joined + dt.timedelta(minutes=rng.randrange(1, 30))
        visits = 0
        while at < stop:
            if visits and profile == "once":
                break
            self._schedule(at, self._visit_action(member_id))
            visits += 1
            low, high = gap_days[profile]
            at += dt.timedelta(days=rng.uniform(low, high) or 1)
            at = at.replace(hour=rng.randrange(6, 19), minute=rng.randrange(60))

    def _visit_action(self, member_id: int) -> Callable[[], None]:
        def visit() -> None:
            rng = self._rng
            actor = self._actor()
            amount = int(rng.lognormvariate(14.2, 0.6)) // 10_000 * 10_000 + 10_000
            receipt = f"{self._clock.now:%y%m%d}-{self._ops:05d}" if rng.random() < 0.7 else None
            credit = self._counter.credit_purchase(
                self._op("credit"), member_id, amount, actor, receipt_no=receipt
            )
            self.summary.purchases += 1
            if receipt and rng.random() < 0.01:
                self._counter.refund(
                    self._op("refund"),
                    self._team.approved(actor),
                    receipt_no=receipt,
                    amount_rials=amount // 2 if rng.random() < 0.5 else None,
                )
                self.summary.refunds += 1
            balance = credit.balance
            for name, _fa, cost in sorted(self._recipe.rewards, key=lambda r: -r[2]):
                if balance >= cost and rng.random() < 0.55:
                    try:
                        redeemed = self._counter.redeem(self._op("redeem"), member_id, name, actor)
                    except Refused:
                        break
                    self.summary.redemptions += 1
                    if rng.random() < 0.02:
                        self._counter.void_redemption(
                            self._op("void"), redeemed.entry_id, self._team.approved(actor)
                        )
                        self.summary.voids += 1
                    break
            if rng.random() < 0.004:
                try:
                    self._counter.adjust(
                        self._op("adjust"),
                        member_id,
                        rng.choice((5, 10, -5)),
                        "goodwill after a complaint",
                        self._team.owner,
                    )
                    self.summary.adjustments += 1
                except DomainError:
                    pass

        return visit

"""Points expiry as a job: when the app starts and once a day, points whose time is up are
written off with an expire line per member. Running it twice expires nothing twice: the
replay sees the first run's lines, and a run's operation id is the member and the day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from loyaltydesk.domain.expiry import due, next_expiry
from loyaltydesk.domain.ledger import EntryKind, NewEntry
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.tiers import months_back
from loyaltydesk.services.common import new_operation
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory

EXPIRY_ACTOR = Actor(staff="expiry", counter="expiry")


@dataclass(frozen=True, slots=True)
class ExpiryReport:
    members_checked: int
    members_expired: int
    points_expired: int


class ExpiryService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    def run(self) -> ExpiryReport:
        now = self._clock()
        with self._uow(write=False) as uow:
            rule = uow.rules.in_force(now)
            months = rule.expiry_months if rule else None
            if months is None:
                return ExpiryReport(0, 0, 0)
            cutoff = dt.datetime.combine(months_back(now.date(), months), now.timetz())
            candidates = uow.members.with_points_older_than(cutoff)
        expired_members = expired_points = 0
        for member_id in candidates:
            with self._uow(write=True) as uow:
                points = self._expire_member(uow, member_id, months, now)
                uow.commit()
            if points:
                expired_members += 1
                expired_points += points
        return ExpiryReport(len(candidates), expired_members, expired_points)

    def _expire_member(self, uow: UnitOfWork, member_id: int, months: int, now: dt.datetime) -> int:
        member = uow.members.get(member_id, lock=True)
        if member is None or member.balance <= 0:
            return 0
        op_id = f"expire-{member_id}-{now.astimezone(self._zone):%Y%m%d}"
        if uow.operations.get(op_id) is not None:
            return 0  # today's run for this member is done (another counter, or a rerun)
        points = min(due(uow.ledger.for_member(member_id), months, now), member.balance)
        if points <= 0:
            return 0
        balance = member.balance - points
        uow.operations.add(
            new_operation(
                op_id,
                OperationKind.EXPIRE,
                f"{member_id}|{points}",
                member_id=member_id,
                now=now,
                actor=EXPIRY_ACTOR,
                points=-points,
                balance=balance,
            )
        )
        uow.ledger.append(
            NewEntry(
                member_id=member_id,
                kind=EntryKind.EXPIRE,
                points=-points,
                balance_after=balance,
                operation_id=op_id,
                actor=EXPIRY_ACTOR,
                recorded_at=now,
                effective_at=now,
                reason=f"{months} months",
            )
        )
        uow.members.set_balance(member_id, balance)
        return points

    def upcoming(self, member_id: int) -> tuple[dt.datetime, int] | None:
        """When this member's next points expire, and how many."""
        now = self._clock()
        with self._uow(write=False) as uow:
            rule = uow.rules.in_force(now)
            if rule is None or rule.expiry_months is None:
                return None
            return next_expiry(uow.ledger.for_member(member_id), rule.expiry_months, now)

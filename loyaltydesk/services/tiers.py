"""Members' tiers: up at once when they qualify, down only at their review date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.tiers import Tier, TierPolicy, months_ahead, months_back
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.views import TierStanding


def window_start(policy: TierPolicy, now: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    day = months_back(now.astimezone(zone).date(), policy.window_months)
    return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)


def standing(
    uow: UnitOfWork, policy: TierPolicy, member: Member, now: dt.datetime, zone: ZoneInfo
) -> TierStanding:
    amount = (
        uow.members.window_total(member.id, policy.basis, window_start(policy, now, zone))
        if policy.tiers
        else 0
    )
    tier = policy.by_code(member.tier_code)
    ahead = policy.next_above(tier.code if tier else None)
    return TierStanding(
        tier=tier,
        since=member.tier_since if tier else None,
        review_on=member.tier_review_on if tier else None,
        in_window=amount,
        basis=policy.basis,
        window_months=policy.window_months,
        next_tier=ahead,
        missing=max(0, ahead.threshold - amount) if ahead else 0,
    )


def move_up_if_qualified(
    uow: UnitOfWork,
    policy: TierPolicy,
    member: Member,
    now: dt.datetime,
    zone: ZoneInfo,
    *,
    in_window: int | None = None,
) -> Tier | None:
    """After a purchase: the member goes up as soon as the window reaches a higher tier.
    Returns the new tier when it changed. ``in_window``: the window's total, when the
    caller counted it (a batch of credits not written yet)."""
    if not policy.tiers:
        return None
    amount = (
        in_window
        if in_window is not None
        else uow.members.window_total(member.id, policy.basis, window_start(policy, now, zone))
    )
    reached = policy.qualifies_for(amount)
    if reached is None or policy.rank(reached.code) <= policy.rank(member.tier_code):
        return None
    review = months_ahead(now.astimezone(zone).date(), policy.review_months)
    uow.members.set_tier(member.id, reached.code, now, review, at=now)
    return reached


def review(
    uow: UnitOfWork, policy: TierPolicy, member: Member, now: dt.datetime, zone: ZoneInfo
) -> None:
    """At the review date the tier is what the window reaches now, up or down; the next
    review is one period later. A member below every tier leaves the tiers."""
    amount = uow.members.window_total(member.id, policy.basis, window_start(policy, now, zone))
    reached = policy.qualifies_for(amount)
    today = now.astimezone(zone).date()
    if reached is None:
        uow.members.set_tier(member.id, None, None, None, at=now)
        return
    since = member.tier_since if reached.code == member.tier_code else now
    uow.members.set_tier(
        member.id, reached.code, since, months_ahead(today, policy.review_months), at=now
    )


class TierService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    def review_due(self) -> int:
        """Run the reviews that are due (at start and daily): how many members were looked at.
        Each member in their own short transaction, so the counter never waits long."""
        now = self._clock()
        today = now.astimezone(self._zone).date()
        with self._uow(write=False) as uow:
            due = uow.members.due_for_review(today)
        for member_id in due:
            with self._uow(write=True) as uow:
                rule = uow.rules.in_force(now)
                member = uow.members.get(member_id, lock=True)
                if rule is None or member is None or member.tier_review_on is None:
                    continue
                if member.tier_review_on > today:  # another counter reviewed it just now
                    continue
                review(uow, rule.tier_policy, member, now, self._zone)
                uow.commit()
        return len(due)


def tier_of(rule: EarnRule, member: Member) -> Tier | None:
    return rule.tier_policy.by_code(member.tier_code)

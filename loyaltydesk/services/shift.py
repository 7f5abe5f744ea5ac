"""A cashier's shift: what one person did at the counter between two instants, counted by
the database (ReportQueries.shift) and handed out as one frozen read model.

Staff accounts will later give the shift's start (the sign-in); until then a shift runs from
the start of the shop's day, in the shop's time zone, until now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from loyaltydesk.domain.dates import shop_midnight
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.domain.staff import Actor, Permission, name_key
from loyaltydesk.i18n.text import strip_bidi_controls
from loyaltydesk.services.ports import Clock, UnitOfWorkFactory
from loyaltydesk.services.report_ports import ActionTotal
from loyaltydesk.services.staff import permit

# Opening balances carried over from a paper card are corrections by hand, like adjustments.
_ADJUSTING = (OperationKind.ADJUST.value, OperationKind.OPENING.value)


@dataclass(frozen=True, slots=True)
class RewardTally:
    """Redemptions of one reward in the shift."""

    reward_id: int | None
    name: str
    name_fa: str | None
    count: int
    points: int  # points spent on them

    def label(self, language: str) -> str:
        return self.name_fa if language == "fa" and self.name_fa else self.name


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """The figures of one shift. Money in Rials, points as the ledger moved them: "given"
    and "taken back" are positive numbers, ``adjusted_points`` and ``net_points`` signed."""

    staff: str
    counter: str | None  # the counter asked for; None: every counter
    counters: tuple[str, ...]  # the counters the person worked at in the shift
    start: dt.datetime
    end: dt.datetime
    made_at: dt.datetime
    credits: int
    credit_rials: int  # what was paid, after coupon discounts
    points_earned: int
    coupons_used: int
    coupon_discount_rials: int
    redemptions: int
    redeemed_points: int
    rewards: tuple[RewardTally, ...]
    refunds: int
    refund_rials: int
    points_taken_back: int
    voids: int  # redemptions voided
    points_given_back: int
    adjustments: int  # adjustments and opening balances
    adjusted_points: int
    bonuses: int  # campaign bonuses the person ran
    bonus_points: int
    registrations: int  # members registered
    first_action: dt.datetime | None
    last_action: dt.datetime | None

    @property
    def net_points(self) -> int:
        """Points the shift put in members' hands: earned, bonuses, adjustments and points
        given back, less points taken back by refunds. Redemptions are the members spending
        their points, not the shift giving any, so they are not subtracted."""
        return (
            self.points_earned
            + self.bonus_points
            + self.adjusted_points
            + self.points_given_back
            - self.points_taken_back
        )

    @property
    def actions(self) -> int:
        return (
            self.credits
            + self.redemptions
            + self.refunds
            + self.voids
            + self.adjustments
            + self.bonuses
            + self.registrations
        )


class ShiftService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    def day_start(self, at: dt.datetime | None = None) -> dt.datetime:
        """The start of the shop's day that ``at`` (default: now) falls on, in UTC."""
        return shop_midnight((at or self._clock()).astimezone(self._zone).date(), self._zone)

    def shift_report(
        self,
        staff: str,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        counter: str | None = None,
        *,
        actor: Actor,
    ) -> ShiftReport:
        """What ``staff`` did from ``start`` (default: the start of the shop's day) up to
        ``end`` (default: now), at ``counter`` or at every counter. Each person may see
        their own; a manager or the owner anyone's."""
        name = " ".join(strip_bidi_controls(staff).split())
        if not name:
            raise InvalidInput("shift.no_staff")
        place = " ".join(strip_bidi_controls(counter).split()) if counter is not None else None
        now = self._clock()
        given_now = end is None
        end = end if end is not None else now
        start = start if start is not None else self.day_start(end)
        if start.tzinfo is None or end.tzinfo is None:
            raise InvalidInput("shift.naive_time")
        if start >= end:
            raise InvalidInput("shift.period_reversed")
        # "Until now" holds what was done this very instant too (a clock's tick is coarse).
        until = end + dt.timedelta(microseconds=1) if given_now else end
        with self._uow(write=False) as uow:
            own = name_key(name) == name_key(actor.staff)
            permit(uow, actor, Permission.OWN_SHIFT if own else Permission.ANY_SHIFT)
            totals = uow.reports.shift(name, start, until, place or None)

        def of(*kinds: str) -> list[ActionTotal]:
            return [a for a in totals.actions if a.kind in kinds]

        def count(*kinds: str) -> int:
            return sum(a.count for a in of(*kinds))

        def points(*kinds: str) -> int:
            return sum(a.points for a in of(*kinds))

        def rials(*kinds: str) -> int:
            return sum(a.rials for a in of(*kinds))

        credit, refund = OperationKind.CREDIT.value, OperationKind.REFUND.value
        redeem, void = OperationKind.REDEEM.value, OperationKind.VOID_REDEMPTION.value
        bonus, register = OperationKind.BONUS.value, OperationKind.REGISTER.value
        counters = {a.counter for a in totals.actions} | {c.counter for c in totals.coupons}
        return ShiftReport(
            staff=name,
            counter=place or None,
            counters=tuple(sorted(counters)),
            start=start.astimezone(dt.UTC),
            end=end.astimezone(dt.UTC),
            made_at=now,
            credits=count(credit),
            credit_rials=rials(credit),
            points_earned=points(credit),
            coupons_used=sum(c.uses for c in totals.coupons),
            coupon_discount_rials=sum(c.discount_rials for c in totals.coupons),
            redemptions=count(redeem),
            redeemed_points=-points(redeem),
            rewards=tuple(
                RewardTally(r.reward_id, r.name, r.name_fa, r.redeemed, r.points)
                for r in totals.rewards
            ),
            refunds=count(refund),
            refund_rials=rials(refund),
            points_taken_back=-points(refund),
            voids=count(void),
            points_given_back=points(void),
            adjustments=count(*_ADJUSTING),
            adjusted_points=points(*_ADJUSTING),
            bonuses=count(bonus),
            bonus_points=points(bonus),
            registrations=count(register),
            first_action=min((a.first for a in totals.actions), default=None),
            last_action=max((a.last for a in totals.actions), default=None),
        )

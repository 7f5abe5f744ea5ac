"""Stored coupons: issued by the owner or a campaign, scanned back at the counter, used once.

A coupon is used in the same transaction, and under the same operation id, as the purchase it
discounts (CounterService.credit_purchase calls ``take_coupon``): a retry finds the first use,
a refused credit leaves the coupon unused, and two counters using it at once queue on its row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.coupons import (
    MAX_VALID_DAYS,
    CouponKind,
    CouponState,
    CouponTerms,
    CouponUse,
    StoredCoupon,
    check_coupon_code,
    check_terms,
    check_uses,
    check_validity,
    new_coupon_code,
)
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.domain.ledger import EntryKind, NewEntry
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.services.common import UTC_ZONE, check_op_id, require_member, run_write
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record
from loyaltydesk.services.views import CouponCheck, CouponView

MAX_BATCH = 1000
MAX_LIST = 1000
# What happens to a coupon when the purchase it discounted is refunded in full.
RETURN_POLICY_KEY = "coupons.return_on_refund"
RETURN_PERSONAL_SINGLE = "personal_single"  # the default: a one-use personal coupon comes back
RETURN_ALWAYS = "always"
RETURN_NEVER = "never"
RETURN_POLICIES = (RETURN_PERSONAL_SINGLE, RETURN_ALWAYS, RETURN_NEVER)


@dataclass(frozen=True, slots=True)
class CouponClaim:
    """A coupon checked and locked for a purchase, about to be used with it."""

    view: CouponView
    gross_rials: int
    discount_rials: int

    @property
    def paid_rials(self) -> int:
        return self.gross_rials - self.discount_rials


@dataclass(frozen=True, slots=True)
class IssuedCoupons:
    """The coupons an issue made, or found made by the first run of a retried issue."""

    coupons: list[CouponView]
    replayed: bool


class CouponService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo = UTC_ZONE) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    def today(self) -> dt.date:
        return self._clock().astimezone(self._zone).date()

    # -- issue ---------------------------------------------------------------------------

    def issue(
        self,
        terms: CouponTerms,
        actor: Actor,
        *,
        member_id: int | None = None,
        uses: int = 1,
        valid_until: dt.date | None = None,
        valid_days: int | None = None,
        valid_from: dt.date | None = None,
        op_id: str | None = None,
    ) -> CouponView:
        """One coupon: personal (``member_id``, used once) or open (anyone, ``uses`` times).

        ``op_id``: a retried issue returns the coupon the first one made.
        """
        return self.issue_many(
            terms,
            actor,
            member_ids=[member_id] if member_id is not None else None,
            count=1,
            uses=uses,
            valid_until=valid_until,
            valid_days=valid_days,
            valid_from=valid_from,
            op_id=op_id,
        )[0]

    def issue_many(
        self,
        terms: CouponTerms,
        actor: Actor,
        *,
        member_ids: Sequence[int] | None = None,
        count: int = 1,
        uses: int = 1,
        valid_until: dt.date | None = None,
        valid_days: int | None = None,
        valid_from: dt.date | None = None,
        op_id: str | None = None,
    ) -> list[CouponView]:
        """issue_batch's coupons alone."""
        return self.issue_batch(
            terms,
            actor,
            member_ids=member_ids,
            count=count,
            uses=uses,
            valid_until=valid_until,
            valid_days=valid_days,
            valid_from=valid_from,
            op_id=op_id,
        ).coupons

    def issue_batch(
        self,
        terms: CouponTerms,
        actor: Actor,
        *,
        member_ids: Sequence[int] | None = None,
        count: int = 1,
        uses: int = 1,
        valid_until: dt.date | None = None,
        valid_days: int | None = None,
        valid_from: dt.date | None = None,
        op_id: str | None = None,
    ) -> IssuedCoupons:
        """A personal coupon for each of ``member_ids`` (a selection from a report list), or
        ``count`` open coupons (a sheet of flyers), in one transaction.

        ``op_id``: a retry of the same issue returns the coupons the first one made (marked
        replayed); the id reused for a different issue, or one that names another operation,
        is refused."""
        terms = check_terms(terms)
        today = self.today()
        start = valid_from or today
        given_until = valid_until
        if valid_until is None:
            if valid_days is None:
                raise InvalidInput("coupon.no_end")
            if not 1 <= valid_days <= MAX_VALID_DAYS:
                raise InvalidInput("coupon.too_long", limit=MAX_VALID_DAYS)
            valid_until = start + dt.timedelta(days=valid_days - 1)
        elif valid_days is not None:
            raise InvalidInput("coupon.end_twice")
        check_validity(start, valid_until, today)
        personal = member_ids is not None
        if personal:
            assert member_ids is not None
            ids = list(dict.fromkeys(member_ids))
            if not ids:
                raise InvalidInput("coupon.no_members")
            if len(ids) > MAX_BATCH:
                raise InvalidInput("coupon.too_many", limit=MAX_BATCH)
            if uses != 1:
                raise InvalidInput("coupon.personal_once")
        else:
            if count < 1:
                raise InvalidInput("coupon.count_range", least=1, limit=MAX_BATCH)
            if count > MAX_BATCH:
                raise InvalidInput("coupon.too_many", limit=MAX_BATCH)
            check_uses(uses)
        clean_op = check_op_id(op_id) if op_id is not None else None
        targets: list[int | None] = list(ids) if personal else [None] * count
        now = self._clock()

        def work(uow: UnitOfWork) -> IssuedCoupons:
            permit(uow, actor, Permission.ISSUE_COUPON)
            if clean_op is not None:
                # An id names one action: an account operation (credit, redeem, ...) under it
                # means this issue cannot be a retry of anything.
                if uow.operations.get(clean_op) is not None:
                    raise Refused("operation.reused", operation_id=clean_op)
                first = uow.coupons.by_operation(f"{clean_op}#0")
                if first is not None:
                    found = self._replayed(uow, clean_op)
                    if [v.coupon.member_id for v in found] != targets or any(
                        v.coupon.terms != terms
                        or v.coupon.uses_allowed != uses
                        or not _same_validity(v.coupon, given_until, valid_days, valid_from)
                        for v in found
                    ):
                        raise Refused("operation.reused", operation_id=clean_op)
                    return IssuedCoupons(found, replayed=True)
            reward = self._reward_of(uow, terms)
            names = {m.id: m.name for m in uow.members.get_many(ids)} if personal else {}
            for member_id in targets:
                if member_id is not None and member_id not in names:
                    raise NotFound("member.no_such_id", member_id=member_id)
            # One draw of codes and one insert for the sheet, as for a campaign's batch.
            codes = self._fresh_codes(uow, len(targets))
            added = uow.coupons.add_many(
                [
                    (
                        StoredCoupon(
                            id=0,
                            code=code,
                            terms=terms,
                            member_id=member_id,
                            uses_allowed=uses,
                            uses=0,
                            valid_from=start,
                            valid_until=valid_until,
                            created_at=now,
                            staff=actor.staff,
                            counter=actor.counter,
                        ),
                        f"{clean_op}#{index}" if clean_op is not None else None,
                    )
                    for index, (member_id, code) in enumerate(zip(targets, codes, strict=True))
                ]
            )
            made = [
                CouponView(
                    coupon,
                    coupon.state(today),
                    names.get(coupon.member_id) if coupon.member_id is not None else None,
                    reward,
                )
                for coupon in added
            ]
            record(
                uow,
                actor,
                now,
                AuditKind.COUPON_ISSUED,
                added[0].code if len(added) == 1 else f"{added[0].code}…{added[-1].code}",
                after={
                    "count": len(added),
                    "kind": terms.kind.value,
                    "member_ids": [c.member_id for c in added if c.member_id is not None][:20],
                    "uses": uses,
                    "valid_until": valid_until.isoformat(),
                },
            )
            uow.commit()
            return IssuedCoupons(made, replayed=False)

        return run_write(self._uow, work)

    def _replayed(self, uow: UnitOfWork, op_id: str) -> list[CouponView]:
        found: list[CouponView] = []
        index = 0
        while (coupon := uow.coupons.by_operation(f"{op_id}#{index}")) is not None:
            found.append(self._view(uow, coupon))
            index += 1
        return found

    @staticmethod
    def _reward_of(uow: UnitOfWork, terms: CouponTerms) -> Reward | None:
        if terms.kind is not CouponKind.REWARD:
            return None
        assert terms.reward_id is not None
        reward = uow.rewards.get(terms.reward_id)
        if reward is None:
            raise NotFound("reward.unknown", reward=str(terms.reward_id))
        return reward

    def issue_in_many(
        self,
        uow: UnitOfWork,
        terms: CouponTerms,
        actor: Actor,
        *,
        member_ids: dict[str, int],
        valid_from: dt.date,
        valid_until: dt.date,
        campaign: str,
        run_id: int | None,
    ) -> dict[str, StoredCoupon]:
        """A campaign's coupons for a batch of members (``member_ids`` by operation id),
        inside the campaign's own transaction: once per operation id (the coupons already made
        under those ids are returned), in a handful of round trips for the whole batch."""
        made = uow.coupons.by_operations(list(member_ids))
        wanted = [op for op in member_ids if op not in made]
        codes = self._fresh_codes(uow, len(wanted))
        now = self._clock()
        added = uow.coupons.add_many(
            [
                (
                    StoredCoupon(
                        id=0,
                        code=code,
                        terms=terms,
                        member_id=member_ids[op],
                        uses_allowed=1,
                        uses=0,
                        valid_from=valid_from,
                        valid_until=valid_until,
                        created_at=now,
                        staff=actor.staff,
                        counter=actor.counter,
                        campaign=campaign,
                        run_id=run_id,
                    ),
                    op,
                )
                for op, code in zip(wanted, codes, strict=True)
            ]
        )
        made.update(zip(wanted, added, strict=True))
        return made

    @staticmethod
    def _fresh_codes(uow: UnitOfWork, count: int) -> list[str]:
        # 10^12 codes: a clash is all but impossible, and checked all the same.
        codes: list[str] = []
        while len(codes) < count:
            drawn = {new_coupon_code() for _ in range(count - len(codes))} - set(codes)
            codes.extend(sorted(drawn - uow.coupons.existing_codes(sorted(drawn))))
        return codes

    # -- look at ------------------------------------------------------------------------

    def check(
        self, code: str, *, member_id: int | None = None, gross_rials: int | None = None
    ) -> CouponCheck:
        """What the code gives and whether it can be used now (by ``member_id``, on a
        purchase of ``gross_rials``): the refusal a use would meet is raised, nothing saved."""
        clean = check_coupon_code(code)
        with self._uow(write=False) as uow:
            coupon = uow.coupons.by_code(clean)
            if coupon is None:
                raise NotFound("coupon.unknown", coupon=clean)
            view = self._view(uow, coupon)
            member = require_member(uow, member_id) if member_id is not None else None
            discount = self._refusal_or_discount(uow, view, member, gross_rials)
        paid = gross_rials - discount if gross_rials is not None else None
        return CouponCheck(view, gross_rials, discount, paid)

    def find(self, code: str) -> CouponView:
        """The coupon behind a code, whatever its state (the owner's look-up)."""
        clean = check_coupon_code(code)
        with self._uow(write=False) as uow:
            coupon = uow.coupons.by_code(clean)
            if coupon is None:
                raise NotFound("coupon.unknown", coupon=clean)
            return self._view(uow, coupon)

    def printable(self, code: str) -> CouponView:
        """A stored coupon to print from its code alone; refused once the counter would turn
        it down for good (used up, voided, expired), so no paper goes out that cannot be
        used. One that starts later prints (a flyer made ahead)."""
        view = self.find(code)
        coupon = view.coupon
        if view.state is CouponState.VOIDED:
            assert coupon.voided_at is not None
            raise Refused(
                "print.coupon_voided",
                coupon=coupon.code,
                when=coupon.voided_at.astimezone(self._zone),
            )
        if view.state is CouponState.USED:
            last = view.last_use
            raise Refused(
                "print.coupon_used",
                coupon=coupon.code,
                when=last.used_at.astimezone(self._zone) if last else None,
            )
        if view.state is CouponState.EXPIRED:
            raise Refused("print.coupon_expired", coupon=coupon.code, day=coupon.valid_until)
        return view

    def listing(
        self,
        *,
        state: CouponState | None = None,
        member_id: int | None = None,
        campaign: str | None = None,
        limit: int = 200,
    ) -> list[CouponView]:
        if not 1 <= limit <= MAX_LIST:
            raise InvalidInput("coupon.bad_limit", limit=MAX_LIST)
        today = self.today()
        with self._uow(write=False) as uow:
            coupons = uow.coupons.listing(
                today=today, state=state, member_id=member_id, campaign=campaign, limit=limit
            )
            uses = uow.coupons.uses_in([c.id for c in coupons])
            members = {
                m.id: m
                for m in uow.members.get_many(
                    sorted({c.member_id for c in coupons if c.member_id is not None})
                )
            }
            rewards = {r.id: r for r in uow.rewards.list(active_only=False)}
            return [
                CouponView(
                    c,
                    c.state(today),
                    members[c.member_id].name if c.member_id in members else None,
                    rewards.get(c.terms.reward_id) if c.terms.reward_id is not None else None,
                    tuple(uses.get(c.id, ())),
                )
                for c in coupons
            ]

    def counts(self) -> dict[CouponState, int]:
        with self._uow(write=False) as uow:
            return uow.coupons.counts(self.today())

    def _view(self, uow: UnitOfWork, coupon: StoredCoupon) -> CouponView:
        member = uow.members.get(coupon.member_id) if coupon.member_id is not None else None
        reward = (
            uow.rewards.get(coupon.terms.reward_id) if coupon.terms.reward_id is not None else None
        )
        return CouponView(
            coupon,
            coupon.state(self.today()),
            member.name if member else None,
            reward,
            tuple(uow.coupons.uses_of(coupon.id)),
        )

    def _refusal_or_discount(
        self,
        uow: UnitOfWork,
        view: CouponView,
        member: Member | None,
        gross_rials: int | None,
    ) -> int:
        coupon = view.coupon
        state = view.state
        if state is CouponState.VOIDED:
            assert coupon.voided_at is not None
            raise Refused(
                "coupon.voided",
                coupon=coupon.code,
                when=coupon.voided_at.astimezone(self._zone),
                by=coupon.voided_by,
            )
        if state is CouponState.USED:
            last = view.last_use
            if last is None:  # uses without a row cannot happen; say "used" all the same
                raise Refused("coupon.used_up", coupon=coupon.code)
            raise Refused(
                "coupon.used",
                coupon=coupon.code,
                when=last.used_at.astimezone(self._zone),
                counter=last.counter,
                staff=last.staff,
            )
        if state is CouponState.EXPIRED:
            raise Refused("coupon.expired_on", coupon=coupon.code, day=coupon.valid_until)
        if state is CouponState.NOT_YET:
            raise Refused("coupon.not_yet", coupon=coupon.code, day=coupon.valid_from)
        if member is not None and coupon.member_id is not None and coupon.member_id != member.id:
            raise Refused("coupon.someone_else", coupon=coupon.code, member=view.member_name)
        reward = view.reward
        if reward is not None and not reward.active:
            raise Refused("coupon.reward_gone", reward=reward.name)
        if gross_rials is None:
            return 0
        terms = coupon.terms
        if gross_rials < terms.min_purchase_rials:
            raise Refused(
                "coupon.below_minimum", coupon=coupon.code, minimum=terms.min_purchase_rials
            )
        discount = terms.discount(gross_rials)
        if terms.kind is not CouponKind.REWARD and discount >= gross_rials:
            # Nothing left to pay would leave a purchase of nothing: no visit, no points and
            # no refund to give the coupon back by. A free item is a reward coupon's job.
            raise Refused(
                "coupon.covers_all",
                coupon=coupon.code,
                worth=terms.amount_rials if terms.amount_rials is not None else discount,
                amount=gross_rials,
            )
        return discount

    # -- use (inside the credit) --------------------------------------------------------

    def claim(self, uow: UnitOfWork, code: str, member: Member, gross_rials: int) -> CouponClaim:
        """The coupon checked for this member and purchase inside the caller's transaction,
        its row locked: of two counters using it at once, the second waits and then sees the
        first one's use."""
        coupon = uow.coupons.by_code(code, lock=True)
        if coupon is None:
            raise NotFound("coupon.unknown", coupon=code)
        view = self._view(uow, coupon)
        discount = self._refusal_or_discount(uow, view, member, gross_rials)
        if view.reward is not None and not uow.rewards.take_one(view.reward.id):
            raise Refused("redeem.out_of_stock", reward=view.reward.name)
        return CouponClaim(view, gross_rials, discount)

    def use(
        self,
        uow: UnitOfWork,
        claim: CouponClaim,
        member: Member,
        *,
        operation_id: str,
        purchase_id: int,
        at: dt.datetime,
        effective_at: dt.datetime,
        actor: Actor,
        balance: int,
    ) -> CouponView:
        """Record the claimed coupon as used for the purchase just added (the member's
        balance after it being ``balance``). A reward coupon's item is entered as a redemption
        worth no points, naming the reward and the coupon: the statement shows it, the
        reports count it with the rewards given, and give_back_in reverses it."""
        coupon = claim.view.coupon
        reward = claim.view.reward
        if reward is not None:
            uow.ledger.append(
                NewEntry(
                    member_id=member.id,
                    kind=EntryKind.REDEEM,
                    points=0,
                    balance_after=balance,
                    operation_id=operation_id,
                    actor=actor,
                    recorded_at=at,
                    effective_at=effective_at,
                    reward_id=reward.id,
                    reward_name=reward.name,
                    reward_name_fa=reward.name_fa,
                    reason=coupon.code,
                )
            )
        use = uow.coupons.add_use(
            CouponUse(
                id=0,
                coupon_id=coupon.id,
                member_id=member.id,
                purchase_id=purchase_id,
                operation_id=operation_id,
                used_at=at,
                staff=actor.staff,
                counter=actor.counter,
                gross_rials=claim.gross_rials,
                discount_rials=claim.discount_rials,
                staff_id=actor.staff_id,
            )
        )
        uow.coupons.set_uses(coupon.id, coupon.uses + 1)
        used = replace(coupon, uses=coupon.uses + 1)
        view = claim.view
        return CouponView(
            used, used.state(self.today()), view.member_name, view.reward, (*view.uses, use)
        )

    def used_for(self, uow: UnitOfWork, operation_id: str) -> tuple[CouponView, CouponUse] | None:
        """The coupon a credit used (a replayed credit reports it again)."""
        use = uow.coupons.use_of_operation(operation_id)
        if use is None:
            return None
        coupon = uow.coupons.get(use.coupon_id)
        assert coupon is not None
        return self._view(uow, coupon), use

    def give_back_in(
        self,
        uow: UnitOfWork,
        purchase_id: int,
        at: dt.datetime,
        *,
        op_id: str,
        actor: Actor,
        balance: int,
    ) -> str | None:
        """After a purchase was refunded in full (by the refund ``op_id``, leaving the member
        at ``balance``): its coupon comes back if the owner's policy says so, and a reward it
        gave is entered as given back. Returns the code given back."""
        use = uow.coupons.use_of_purchase(purchase_id)
        if use is None or use.returned_at is not None:
            return None
        coupon = uow.coupons.get(use.coupon_id)
        assert coupon is not None
        if not _comes_back(uow, coupon):
            return None
        uow.coupons.mark_returned(use.id, at)
        uow.coupons.set_uses(coupon.id, max(0, coupon.uses - 1))
        if coupon.terms.reward_id is not None:
            uow.rewards.put_back(coupon.terms.reward_id)
            given = next(
                (
                    e
                    for e in uow.ledger.for_operation(use.operation_id)
                    if e.kind is EntryKind.REDEEM and e.reason == coupon.code
                ),
                None,
            )
            if given is not None:
                uow.ledger.append(
                    NewEntry(
                        member_id=given.member_id,
                        kind=EntryKind.RESTORE_REDEEM,
                        points=0,
                        balance_after=balance,
                        operation_id=op_id,
                        actor=actor,
                        recorded_at=at,
                        effective_at=at,
                        reward_id=given.reward_id,
                        reward_name=given.reward_name,
                        reward_name_fa=given.reward_name_fa,
                        reverses_entry_id=given.id,
                        reason=coupon.code,
                    )
                )
        return coupon.code

    def coupon_on_refund(
        self, uow: UnitOfWork, purchase_id: int, *, full: bool
    ) -> tuple[str | None, bool]:
        """The coupon a purchase used (not given back yet) and whether refunding it (in
        full or not) gives it back under the owner's policy: what a refund preview says."""
        use = uow.coupons.use_of_purchase(purchase_id)
        if use is None or use.returned_at is not None:
            return None, False
        coupon = uow.coupons.get(use.coupon_id)
        assert coupon is not None
        return coupon.code, full and _comes_back(uow, coupon)

    # -- void and policy ---------------------------------------------------------------

    def void(self, code: str, actor: Actor) -> CouponView:
        """Void a coupon nobody may use any more; voiding it again changes nothing. A coupon
        used up is refused (it was used, and stays so)."""
        clean = check_coupon_code(code)
        now = self._clock()

        def work(uow: UnitOfWork) -> CouponView:
            permit(uow, actor, Permission.VOID_COUPON)
            coupon = uow.coupons.by_code(clean, lock=True)
            if coupon is None:
                raise NotFound("coupon.unknown", coupon=clean)
            if coupon.voided_at is None and coupon.uses >= coupon.uses_allowed:
                # Voiding a used-up coupon would rewrite history: it was used, not voided.
                last = max(uow.coupons.uses_of(coupon.id), key=lambda u: u.used_at, default=None)
                raise Refused(
                    "coupon.void_used",
                    coupon=coupon.code,
                    when=last.used_at.astimezone(self._zone) if last else None,
                    counter=last.counter if last else None,
                )
            if coupon.voided_at is None:
                # An open coupon partly used: its remaining uses end, its past uses stay.
                uow.coupons.void(coupon.id, now, actor.staff)
                coupon = replace(coupon, voided_at=now, voided_by=actor.staff)
                record(uow, actor, now, AuditKind.COUPON_VOIDED, coupon.code)
            view = self._view(uow, coupon)
            uow.commit()
            return view

        return run_write(self._uow, work)

    def return_policy(self) -> str:
        with self._uow(write=False) as uow:
            return return_policy(uow)

    def set_return_policy(self, policy: str, actor: Actor) -> None:
        if policy not in RETURN_POLICIES:
            raise InvalidInput("coupon.bad_policy", choices=", ".join(RETURN_POLICIES))

        def work(uow: UnitOfWork) -> None:
            permit(uow, actor, Permission.SETTINGS)
            before = return_policy(uow)
            uow.club_settings.put(RETURN_POLICY_KEY, json.dumps(policy))
            record(
                uow,
                actor,
                self._clock(),
                AuditKind.SETTINGS,
                RETURN_POLICY_KEY,
                before={"policy": before},
                after={"policy": policy},
            )
            uow.commit()

        run_write(self._uow, work)


def _same_validity(
    coupon: StoredCoupon,
    valid_until: dt.date | None,
    valid_days: int | None,
    valid_from: dt.date | None,
) -> bool:
    """Whether a retried issue asked for the validity the first run gave: ``--valid-days``
    is compared as a length, since a retry may come on a later day."""
    if valid_from is not None and coupon.valid_from != valid_from:
        return False
    if valid_until is not None:
        return coupon.valid_until == valid_until
    return (coupon.valid_until - coupon.valid_from).days + 1 == valid_days


def _comes_back(uow: UnitOfWork, coupon: StoredCoupon) -> bool:
    """Whether the owner's policy gives ``coupon`` back when its purchase is refunded in full."""
    policy = return_policy(uow)
    if policy == RETURN_NEVER:
        return False
    return policy == RETURN_ALWAYS or (coupon.member_id is not None and coupon.uses_allowed == 1)


def return_policy(uow: UnitOfWork) -> str:
    stored = uow.club_settings.get(RETURN_POLICY_KEY)
    policy = json.loads(stored) if stored else RETURN_PERSONAL_SINGLE
    return policy if policy in RETURN_POLICIES else RETURN_PERSONAL_SINGLE

"""What a cashier does at the counter: credit, redeem, refund, void, adjust.

Every write takes an operation id made when the cashier started the action; repeating a
call with the same id returns the first result and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from loyaltydesk.domain.coupons import check_coupon_code, is_coupon_code
from loyaltydesk.domain.earning import MAX_BALANCE, EarnRule, Occasion, calculate, rule_at
from loyaltydesk.domain.errors import DomainError, InvalidInput, NotFound, Refused, StorageError
from loyaltydesk.domain.expiry import expired_of_purchase
from loyaltydesk.domain.ledger import (
    EntryKind,
    LedgerEntry,
    NewEntry,
    check_adjustment,
    refund_clawback,
)
from loyaltydesk.domain.members import Member, birthday_within
from loyaltydesk.domain.money import check_amount
from loyaltydesk.domain.offline import ConflictReason
from loyaltydesk.domain.purchases import Operation, OperationKind, Purchase
from loyaltydesk.domain.rewards import Reward, next_reward, stamp_goal
from loyaltydesk.domain.staff import Actor, CounterPolicy, Permission, authorize
from loyaltydesk.domain.stamps import StampReason, stamp_clawback
from loyaltydesk.domain.tiers import TierBasis
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.text import strip_bidi_controls
from loyaltydesk.services.common import (
    UTC_ZONE,
    check_not_future,
    check_op_id,
    member_view,
    new_operation,
    prior_operation,
    require_member,
    resolve_member,
    run_write,
)
from loyaltydesk.services.coupons import CouponService
from loyaltydesk.services.ports import (
    Clock,
    MemberBalance,
    NewPurchase,
    UnitOfWork,
    UnitOfWorkFactory,
)
from loyaltydesk.services.staff import permit, policy_in
from loyaltydesk.services.tiers import move_up_if_qualified, window_start
from loyaltydesk.services.views import (
    AdjustResult,
    CouponView,
    CreditQuote,
    CreditResult,
    MemberView,
    RedeemResult,
    RefundPreview,
    RefundResult,
    VoidPreview,
    VoidResult,
)

MAX_RECEIPT_LENGTH = 64


def clean_receipt(text: str | None) -> str | None:
    """A receipt number as the POS printed it, digits folded; None when left empty."""
    if text is None:
        return None
    receipt = re.sub(r"\s+", " ", fold_digits(strip_bidi_controls(text))).strip()
    if not receipt:
        return None
    if len(receipt) > MAX_RECEIPT_LENGTH or not receipt.isprintable():
        raise InvalidInput("receipt.malformed", limit=MAX_RECEIPT_LENGTH)
    return receipt


BIRTHDAY_WEEK_DAYS = 7


@dataclass(frozen=True, slots=True)
class OfflineCredit:
    """A purchase an offline counter kept, as it is sent at the sync."""

    op_id: str
    member_id: int
    amount_rials: int
    actor: Actor
    at: dt.datetime  # when the counter took it
    receipt_no: str | None = None


@dataclass(frozen=True, slots=True)
class OfflineCredited:
    op_id: str
    points: int
    balance: int
    replayed: bool  # it was in the ledger already (an answer lost on the way)


@dataclass(frozen=True, slots=True)
class _CreditRequest:
    op_id: str
    member_id: int
    amount: int
    receipt: str | None
    code: str | None  # a coupon's
    at: dt.datetime | None  # a past purchase entered from a paper log
    occurred: dt.datetime
    now: dt.datetime

    @property
    def fingerprint(self) -> str:
        """What makes a second request with the same operation id the same request."""
        at = self.at.isoformat() if self.at else ""
        text = f"{self.member_id}|{self.amount}|{self.receipt or ''}|{at}"
        return text + (f"|coupon:{self.code}" if self.code is not None else "")


@dataclass(frozen=True, slots=True)
class _AppliedCredit:
    member: Member  # as before the credit
    purchase: Purchase | None  # None: in a batch, written with the others later
    points: int
    balance: int
    stamps_after: int
    prior: Operation | None = None  # the same operation, done before: nothing new written
    entry_id: int | None = None
    stamp_reason: StampReason | None = None
    coupon: CouponView | None = None
    discount_rials: int = 0


class _CreditBatch:
    """The writes of a batch of credits sent at a sync, kept and then written a table at a
    time (a few statements for fifty credits instead of five each: the round trips to a
    far server, and the ORM's flush per row, were most of a long outage's catching up).

    Its members are locked at the start and carried along here, each credit seeing the
    balance the ones before it left. What a rule asks of a member's history (the points and
    stamps of the day for a cap, a first purchase, a tier's window) is counted from the
    database once, with what is kept for that member written first, and then kept up here:
    each credit is judged as it would be one at a time."""

    def __init__(self, members: dict[int, Member]) -> None:
        self.members = members
        self._operations: list[Operation] = []
        self._purchases: list[NewPurchase] = []
        self._entries: list[NewEntry] = []
        self._receipts: dict[str, str] = {}  # receipt: its member's name
        self._visits: dict[int, dt.datetime] = {}  # member id: latest visit kept
        # What a rule asked of a member's history: (member id, what, ...): the count so far.
        self._counts: dict[tuple[object, ...], int] = {}

    def member(self, uow: UnitOfWork, member_id: int) -> Member:
        found = self.members.get(member_id)
        if found is None or found.merged_into is not None:
            # Refused as one credit at a time would be (no such member, merged).
            found = require_member(uow, member_id, lock=True)
            self.members[member_id] = found
        return found

    def holds(self, member_id: int) -> bool:
        return member_id in self._visits

    def counted(
        self,
        uow: UnitOfWork,
        member_id: int,
        key: tuple[object, ...],
        read: Callable[[list[int]], dict[int, int]],
    ) -> int:
        """A count of the member's history (``key``: what, and of which day or window):
        asked of the database the first time, for every member of the batch at once (after
        writing what is kept for this one), then as ``add`` keeps it up."""
        total = self._counts.get((member_id, *key))
        if total is not None:
            return total
        if self.holds(member_id):
            self.write(uow)
        # Those with credits kept but not written would be counted short: they ask later.
        wanted = [m for m in self.members if not self.holds(m) and (m, *key) not in self._counts]
        found = read(wanted)
        for m in wanted:
            self._counts[(m, *key)] = found.get(m, 0)
        return self._counts[(member_id, *key)]

    def add(self, member_id: int, key: tuple[object, ...], amount: int) -> None:
        """A credit kept adds to the counts asked so far (one not asked is read whole later)."""
        if (member_id, *key) in self._counts:
            self._counts[(member_id, *key)] += amount

    def receipt_holder(self, receipt: str) -> str | None:
        """Whose purchase in this batch, not yet written, has ``receipt``."""
        return self._receipts.get(receipt)

    def keep(
        self,
        operation: Operation,
        purchase: NewPurchase,
        entry: NewEntry | None,
        member: Member,
    ) -> None:
        self._operations.append(operation)
        self._purchases.append(purchase)
        if entry is not None:
            self._entries.append(entry)
        if purchase.receipt_no is not None:
            self._receipts[purchase.receipt_no] = member.name
        visit = self._visits.get(member.id)
        occurred = purchase.occurred_at
        self._visits[member.id] = occurred if visit is None else max(visit, occurred)
        self.members[member.id] = member

    def write(self, uow: UnitOfWork) -> None:
        if not self._operations:
            return
        uow.operations.add_many(self._operations)
        ids = uow.purchases.add_many(self._purchases)
        uow.ledger.append_many([replace(e, purchase_id=ids[e.operation_id]) for e in self._entries])
        uow.members.set_balances(
            [
                MemberBalance(m, self.members[m].balance, self.members[m].stamps, visit)
                for m, visit in self._visits.items()
            ]
        )
        self._operations.clear()
        self._purchases.clear()
        self._entries.clear()
        self._receipts.clear()
        self._visits.clear()


# What a batch counts of a member's history (_CreditBatch.counted).
def _earned_on(day: dt.date) -> tuple[object, ...]:
    return ("earned", day)


def _stamped_on(day: dt.date) -> tuple[object, ...]:
    return ("stamped", day)


_BOUGHT: tuple[object, ...] = ("bought",)


def _in_window(basis: TierBasis, since: dt.datetime) -> tuple[object, ...]:
    return ("window", basis, since)


class CounterService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        zone: ZoneInfo = UTC_ZONE,
        coupons: CouponService | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone  # promotions, birthdays and the daily cap are in the shop's days
        self._coupons = coupons or CouponService(uow, clock, zone)

    def _occasion(
        self,
        uow: UnitOfWork,
        rule: EarnRule,
        member: Member,
        at: dt.datetime,
        batch: _CreditBatch | None = None,
    ) -> Occasion:
        local = at.astimezone(self._zone)
        day = local.date()
        # The shop's day, not UTC's: a visit at 01:00 Tehran time is the new day's.
        start = dt.datetime.combine(day, dt.time(), self._zone)
        end = start + dt.timedelta(days=1)

        def count(key: tuple[object, ...], read: Callable[[list[int]], dict[int, int]]) -> int:
            if batch is None:
                return read([member.id]).get(member.id, 0)
            return batch.counted(uow, member.id, key, read)

        earned_today = 0
        if rule.daily_cap is not None:
            earned_today = count(
                _earned_on(day), lambda ids: uow.ledger.earned_between_many(ids, start, end)
            )
        stamped_today = 0
        if rule.stamps is not None:
            stamped_today = count(
                _stamped_on(day), lambda ids: uow.ledger.stamped_between_many(ids, start, end)
            )
        return Occasion(
            local_time=local,
            tier=rule.tier_policy.by_code(member.tier_code),
            # Asked only when it pays something: the credit path stays one query shorter.
            first_purchase=bool(rule.first_purchase_bonus)
            and not count(_BOUGHT, lambda ids: dict.fromkeys(uow.purchases.buyers(ids), 1)),
            # The week around the birthday: three days before it to three days after.
            birthday_week=birthday_within(
                member.birthday, day - dt.timedelta(days=3), days=BIRTHDAY_WEEK_DAYS
            ),
            earned_today=earned_today,
            stamped_today=stamped_today,
        )

    def club_basics(self) -> tuple[EarnRule | None, CounterPolicy]:
        """The earning rule in force and the counter policy: what a counter keeps to go on
        working when the club's server does not answer."""
        with self._uow(write=False) as uow:
            return uow.rules.in_force(self._clock()), policy_in(uow)

    # -- credit -----------------------------------------------------------------------

    def credit_purchase(
        self,
        op_id: str,
        member_id: int,
        amount_rials: int,
        actor: Actor,
        *,
        receipt_no: str | None = None,
        at: dt.datetime | None = None,
        coupon: str | None = None,
        offline_at: dt.datetime | None = None,
        along: Callable[[UnitOfWork, CreditResult], None] | None = None,
    ) -> CreditResult:
        """Credit a purchase. ``at`` enters a past purchase (a paper log), recorded as such.

        ``offline_at`` is when an offline counter took the purchase it sends now: the
        purchase's time, while the request stays the one the cashier made (its operation
        id may have reached the server already, before the answer was lost).

        With a ``coupon`` code, ``amount_rials`` is the purchase before the discount; what is
        left to pay is what is recorded and earns points (ERPNext's eligible amount), and the
        coupon is used in this same transaction and operation.

        ``along`` writes what goes with the credit in its transaction, or refuses it (a
        purchase from the till is claimed so: services/till.py); it is given the first
        result again when the credit was done before.
        """
        request = self._credit_request(
            op_id, member_id, amount_rials, receipt_no, at, coupon, offline_at
        )
        return self._credit(None, request, actor, along)

    def credit_member(
        self,
        op_id: str,
        ref: str,
        amount_rials: int,
        actor: Actor,
        *,
        receipt_no: str | None = None,
        at: dt.datetime | None = None,
        coupon: str | None = None,
        offline_at: dt.datetime | None = None,
        wanted: Callable[[], bool] | None = None,
    ) -> CreditResult:
        """``credit_purchase`` for the member a card or phone number names (what a POS, a
        receipt file and the command line send), found in the credit's own transaction: one
        transaction a sale, where a look-up first was a second one (bench/api.py).

        ``wanted`` is asked just before the commit: False (the POS that asked has gone, given
        up while the sale waited for the database) saves nothing, as a command line killed
        while it waits saves nothing, so a retry under a new id is not a second credit."""
        try:
            request = self._credit_request(
                op_id, 0, amount_rials, receipt_no, at, coupon, offline_at
            )
        except DomainError:
            # Who comes before what, as when the member was looked up first: a POS told "no
            # such phone" for a sale that also had a bad amount is told that again.
            with self._uow(write=False) as uow:
                resolve_member(uow, ref)
            raise
        still_wanted = None
        if wanted is not None:

            def still_wanted(_uow: UnitOfWork, result: CreditResult) -> None:
                if not result.replayed and not wanted():
                    raise Refused("operation.given_up")

        return self._credit(
            lambda uow: resolve_member(uow, ref, lock=True), request, actor, still_wanted
        )

    def _credit(
        self,
        find: Callable[[UnitOfWork], Member] | None,
        asked: _CreditRequest,
        actor: Actor,
        along: Callable[[UnitOfWork, CreditResult], None] | None,
    ) -> CreditResult:
        """The credit ``asked``, for the member ``find`` reads and locks in its transaction
        (None: the one ``asked`` names by id)."""

        def work(uow: UnitOfWork) -> CreditResult:
            found = find(uow) if find is not None else None
            request = asked if found is None else replace(asked, member_id=found.id)
            applied = self._apply_credit(uow, request, actor, member=found)
            purchase = applied.purchase
            assert purchase is not None  # one credit alone is written at once
            if applied.prior is not None:
                replayed = self._credit_result(
                    uow, applied.prior, applied.member, purchase, replayed=True
                )
                if along is not None:
                    along(uow, replayed)
                    uow.commit()
                return replayed
            rewards = uow.rewards.list()
            after = replace(
                self._view_after(uow, applied.member, applied.balance, visit_at=request.occurred),
                stamps=applied.stamps_after,
            )
            result = CreditResult(
                operation_id=request.op_id,
                member=after,
                purchase_id=purchase.id,
                receipt_no=request.receipt,
                amount_rials=purchase.amount_rials,
                points_earned=applied.points,
                balance=after.balance,
                entry_id=applied.entry_id,
                next_reward=next_reward(after.balance, rewards),
                backdated=request.at is not None,
                replayed=False,
                stamps_earned=purchase.stamps_earned,
                stamps=applied.stamps_after,
                stamp_reason=applied.stamp_reason,
                stamp_goal=stamp_goal(applied.stamps_after, rewards)
                if applied.stamp_reason is not None
                else None,
                coupon=applied.coupon,
                discount_rials=applied.discount_rials,
            )
            if along is not None:
                along(uow, result)
            uow.commit()
            return result

        return run_write(self._uow, work)

    def send_offline_credits(self, credits: Sequence[OfflineCredit]) -> list[OfflineCredited]:
        """Credits an offline counter kept, sent together in one transaction (a long outage
        is thousands): each is what ``credit_purchase(..., offline_at=)`` would do, with the
        same operation id, so one already applied is "already done". Raises the first
        refusal with nothing applied: the caller sends that batch one at a time instead."""
        requests = [
            (
                self._credit_request(
                    c.op_id, c.member_id, c.amount_rials, c.receipt_no, None, None, c.at
                ),
                c.actor,
            )
            for c in credits
        ]

        def work(uow: UnitOfWork) -> list[OfflineCredited]:
            done = []
            permitted: dict[Actor, Actor] = {}
            policy = policy_in(uow)
            # Asked once for the batch: which ids are taken (an operation's, or a coupon
            # issue's); the new ones, nearly all, need no look-up each.
            ids = [request.op_id for request, _actor in requests]
            taken = uow.operations.existing(ids)
            issued = uow.coupons.by_operations([f"{op_id}#0" for op_id in ids])
            taken.update(op_id for op_id in ids if f"{op_id}#0" in issued)
            versions = uow.rules.versions()
            batch = _CreditBatch(uow.members.lock_many([r.member_id for r, _actor in requests]))
            for request, actor in requests:
                applied = self._apply_credit(
                    uow,
                    request,
                    actor,
                    permitted,
                    policy,
                    new=request.op_id not in taken,
                    versions=versions,
                    batch=batch,
                )
                done.append(
                    OfflineCredited(
                        request.op_id, applied.points, applied.balance, applied.prior is not None
                    )
                )
            batch.write(uow)
            uow.commit()
            return done

        return run_write(self._uow, work)

    def _credit_request(
        self,
        op_id: str,
        member_id: int,
        amount_rials: int,
        receipt_no: str | None,
        at: dt.datetime | None,
        coupon: str | None,
        offline_at: dt.datetime | None,
    ) -> _CreditRequest:
        """What is asked, checked before any transaction begins."""
        op_id = check_op_id(op_id)
        amount = check_amount(amount_rials)
        receipt = clean_receipt(receipt_no)
        code = check_coupon_code(coupon) if coupon is not None else None
        now = self._clock()
        occurred = check_not_future(at, now) if at is not None else now
        if offline_at is not None:
            if at is not None or code is not None:
                raise InvalidInput("offline.not_with_backdate_or_coupon")
            # A counter's clock a little ahead of the server's does not make a future purchase.
            occurred = min(offline_at, now)
        if at is not None and code is not None:
            # A coupon is checked against today (valid from/until, used once); a paper log's
            # past purchase cannot honestly use one, so it is entered without.
            raise Refused("coupon.backdated", coupon=code)
        return _CreditRequest(op_id, member_id, amount, receipt, code, at, occurred, now)

    def _apply_credit(
        self,
        uow: UnitOfWork,
        request: _CreditRequest,
        actor: Actor,
        permitted: dict[Actor, Actor] | None = None,
        policy: CounterPolicy | None = None,
        *,
        new: bool = False,
        versions: Sequence[EarnRule] | None = None,
        batch: _CreditBatch | None = None,
        member: Member | None = None,
    ) -> _AppliedCredit:
        """The credit written in ``uow`` (not committed), or the one already done under its
        operation id. ``permitted``, ``policy``, ``new`` (the id is known to be unused) and
        the rule's ``versions``: read once for a batch of credits, whose writes ``batch``
        keeps to write together. ``member``: already read and locked in ``uow``."""
        r = request
        member_id, amount, receipt, code, at = r.member_id, r.amount, r.receipt, r.code, r.at
        # The account is read once; what else this credit asks is judged on it.
        who = permitted.get(actor) if permitted is not None else None
        if who is None:
            who = permit(uow, actor, Permission.CREDIT)
            if permitted is not None:
                permitted[actor] = who
        if code is not None:
            authorize(who, Permission.USE_COUPON)
        if (policy or policy_in(uow)).limits.needs_credit_approval(amount):
            authorize(who, Permission.LARGE_CREDIT)
        if batch is not None:
            member = batch.member(uow, member_id)
        elif member is None:
            member = require_member(uow, member_id, lock=True)
        prior = None if new else prior_operation(uow, r.op_id, OperationKind.CREDIT, r.fingerprint)
        if prior is not None:
            purchase = uow.purchases.by_operation(r.op_id)
            assert purchase is not None
            return _AppliedCredit(
                member, purchase, prior.points, prior.balance_after, member.stamps, prior=prior
            )
        if receipt is not None:
            earlier = uow.purchases.by_receipt(receipt)
            if earlier is not None:
                holder = require_member(uow, earlier.member_id)
                raise Refused("receipt.already_credited", receipt=receipt, member=holder.name)
            kept = batch.receipt_holder(receipt) if batch is not None else None
            if kept is not None:
                raise Refused("receipt.already_credited", receipt=receipt, member=kept)
        # Only a backdated purchase is checked: counters' clocks may differ a little.
        if at is not None and r.occurred < member.joined_at:
            raise InvalidInput("credit.before_joining")
        rule = (
            rule_at(versions, r.occurred)
            if versions is not None
            else uow.rules.in_force(r.occurred)
        )
        if rule is None:
            raise StorageError("rules.missing")
        claim = self._coupons.claim(uow, code, member, amount) if code is not None else None
        paid = claim.paid_rials if claim is not None else amount
        calc = calculate(rule, paid, self._occasion(uow, rule, member, r.occurred, batch))
        points = calc.points
        stamps = calc.stamps
        stamps_after = member.stamps + stamps
        # With a stamp card every purchase gets a line, also one that earned nothing:
        # the statement says why ("stamp limit for today reached").
        stamp_line = calc.stamp_reason is not None
        balance = member.balance + points
        if balance > MAX_BALANCE:
            raise Refused("credit.balance_too_large", limit=MAX_BALANCE)
        operation = new_operation(
            r.op_id,
            OperationKind.CREDIT,
            r.fingerprint,
            member_id=member_id,
            now=r.now,
            actor=actor,
            points=points,
            balance=balance,
            amount_rials=paid,
        )
        new_purchase = NewPurchase(
            member_id=member_id,
            receipt_no=receipt,
            amount_rials=paid,
            occurred_at=r.occurred,
            recorded_at=r.now,
            backdated=at is not None,
            operation_id=r.op_id,
            rule_version_id=rule.id,
            points_earned=points,
            stamps_earned=stamps,
            branch=actor.branch,
        )
        entry = (
            NewEntry(
                member_id=member_id,
                kind=EntryKind.EARN,
                points=points,
                balance_after=balance,
                operation_id=r.op_id,
                actor=actor,
                recorded_at=r.now,
                effective_at=r.occurred,
                rule_version_id=rule.id,
                calculation=calc,
                stamps=stamps,
                stamps_after=stamps_after if stamp_line else None,
            )
            if points or stamp_line
            else None
        )
        if batch is not None:
            assert claim is None  # a queued purchase never carries a coupon
            tiers = rule.tier_policy
            window, in_window, counts = None, None, 0
            if tiers.tiers:
                since = window_start(tiers, r.now, self._zone)
                window = _in_window(tiers.basis, since)
                if r.occurred >= since:  # this purchase's Rials or points
                    counts = paid if tiers.basis is TierBasis.SPEND else points
                in_window = counts + batch.counted(
                    uow,
                    member_id,
                    window,
                    lambda ids: uow.members.window_totals(ids, tiers.basis, since),
                )
            day = r.occurred.astimezone(self._zone).date()
            visit = member.last_visit_at
            after = replace(
                member,
                balance=balance,
                stamps=stamps_after,
                last_visit_at=r.occurred if visit is None else max(visit, r.occurred),
            )
            batch.keep(operation, new_purchase, entry, after)
            batch.add(member_id, _earned_on(day), points)
            batch.add(member_id, _stamped_on(day), stamps)
            batch.add(member_id, _BOUGHT, 1)
            if window is not None:
                batch.add(member_id, window, counts)
            moved = move_up_if_qualified(uow, tiers, member, r.now, self._zone, in_window=in_window)
            if moved is not None:
                batch.members[member_id] = replace(after, tier_code=moved.code)
            return _AppliedCredit(
                member, None, points, balance, stamps_after, stamp_reason=calc.stamp_reason
            )
        uow.operations.add(operation)
        purchase = uow.purchases.add(new_purchase)
        entry_id = None
        if entry is not None:
            entry_id = uow.ledger.append(replace(entry, purchase_id=purchase.id)).id
        used = None
        if claim is not None:
            used = self._coupons.use(
                uow,
                claim,
                member,
                operation_id=r.op_id,
                purchase_id=purchase.id,
                at=r.now,
                effective_at=r.occurred,
                actor=actor,
                balance=balance,
            )
        uow.members.set_balance(member_id, balance, visit_at=r.occurred)
        if stamps:
            uow.members.set_stamps(member_id, stamps_after)
        # Up a tier at once when this purchase qualifies (from the next purchase on).
        move_up_if_qualified(uow, rule.tier_policy, member, r.now, self._zone)
        return _AppliedCredit(
            member,
            purchase,
            points,
            balance,
            stamps_after,
            entry_id=entry_id,
            stamp_reason=calc.stamp_reason,
            coupon=used,
            discount_rials=claim.discount_rials if claim is not None else 0,
        )

    def quote_credit(
        self, member_id: int, amount_rials: int, *, coupon: str | None = None
    ) -> CreditQuote:
        """What crediting ``amount_rials`` (before the coupon's discount) now would give:
        the discount, what is left to pay and the points it earns. Nothing is saved; the
        refusal the credit would meet for the coupon is raised."""
        amount = check_amount(amount_rials)
        discount = 0
        if coupon is not None:
            check = self._coupons.check(coupon, member_id=member_id, gross_rials=amount)
            discount = check.discount_rials
        now = self._clock()
        with self._uow(write=False) as uow:
            member = require_member(uow, member_id)
            rule = uow.rules.in_force(now)
            if rule is None:
                raise StorageError("rules.missing")
            calc = calculate(rule, amount - discount, self._occasion(uow, rule, member, now))
        return CreditQuote(amount, discount, calc.points)

    def _credit_result(
        self,
        uow: UnitOfWork,
        prior: Operation,
        member: Member,
        purchase: Purchase,
        *,
        replayed: bool,
    ) -> CreditResult:
        earn = uow.ledger.earn_entry_of(purchase.id)
        rewards = uow.rewards.list()
        reason = earn.calculation.stamp_reason if earn and earn.calculation else None
        stamps = earn.stamps_after if earn and earn.stamps_after is not None else member.stamps
        used = self._coupons.used_for(uow, prior.op_id)
        return CreditResult(
            operation_id=prior.op_id,
            member=member_view(uow, member),
            purchase_id=purchase.id,
            receipt_no=purchase.receipt_no,
            amount_rials=purchase.amount_rials,
            points_earned=prior.points,
            balance=prior.balance_after,
            entry_id=earn.id if earn else None,
            next_reward=next_reward(prior.balance_after, rewards),
            backdated=purchase.backdated,
            replayed=replayed,
            stamps_earned=purchase.stamps_earned,
            stamps=stamps,
            stamp_reason=reason,
            stamp_goal=stamp_goal(stamps, rewards) if reason is not None else None,
            coupon=used[0] if used else None,
            discount_rials=used[1].discount_rials if used else 0,
        )

    # -- redeem -----------------------------------------------------------------------

    def redeem(
        self,
        op_id: str,
        member_id: int,
        reward: str | int,
        actor: Actor,
        *,
        offline_at: dt.datetime | None = None,
    ) -> RedeemResult:
        """Spend points on a reward. Checked and spent with the member locked, so two
        counters can never spend the same points.

        ``offline_at``: a reward an offline counter gave at that time, within the owner's
        offline limit. The customer has it already, so it is recorded whatever the ledger
        says now; where the member had spent the points elsewhere meanwhile, only what the
        balance holds is taken (never below zero) and the rest is a sync conflict for a
        manager to settle.
        """
        op_id = check_op_id(op_id)
        now = self._clock()
        occurred = min(offline_at, now) if offline_at is not None else now

        def work(uow: UnitOfWork) -> RedeemResult:
            who = permit(uow, actor, Permission.REDEEM)
            chosen = self._find_reward(uow, reward, any_state=offline_at is not None)
            if offline_at is not None and chosen.costs_stamps:
                raise Refused("offline.stamps")
            needs = policy_in(uow).limits.needs_redeem_approval(chosen.cost)
            # Offline, the owner's offline limit stood in for the manager's PIN.
            if not chosen.costs_stamps and needs and offline_at is None:
                authorize(who, Permission.LARGE_REDEMPTION)
            fingerprint = f"{member_id}|{chosen.id}"
            member = require_member(uow, member_id, lock=True)
            prior = prior_operation(uow, op_id, OperationKind.REDEEM, fingerprint)
            if prior is not None:
                done = uow.ledger.for_operation(op_id)
                return RedeemResult(
                    operation_id=op_id,
                    member=member_view(uow, member),
                    entry_id=done[0].id if done else 0,
                    reward=chosen,
                    points_spent=-prior.points,
                    balance=prior.balance_after,
                    next_reward=next_reward(prior.balance_after, uow.rewards.list()),
                    replayed=True,
                    stamps_spent=-done[0].stamps if done else 0,
                    stamps=_stamps_after(done[0] if done else None, member),
                )
            if offline_at is not None:
                return self._redeem_given_offline(uow, op_id, member, chosen, actor, now, occurred)
            self._check_can_redeem(uow, member, chosen, now)
            if not uow.rewards.take_one(chosen.id):
                raise Refused("redeem.out_of_stock", reward=chosen.name, reward_fa=chosen.name_fa)
            points_cost = 0 if chosen.costs_stamps else chosen.cost
            stamps_cost = chosen.cost if chosen.costs_stamps else 0
            balance = member.balance - points_cost
            stamps_after = member.stamps - stamps_cost
            uow.operations.add(
                new_operation(
                    op_id,
                    OperationKind.REDEEM,
                    fingerprint,
                    member_id=member_id,
                    now=now,
                    actor=actor,
                    points=-points_cost,
                    balance=balance,
                )
            )
            entry = uow.ledger.append(
                NewEntry(
                    member_id=member_id,
                    kind=EntryKind.REDEEM,
                    points=-points_cost,
                    balance_after=balance,
                    operation_id=op_id,
                    actor=actor,
                    recorded_at=now,
                    effective_at=now,
                    reward_id=chosen.id,
                    reward_name=chosen.name,
                    reward_name_fa=chosen.name_fa,
                    stamps=-stamps_cost,
                    stamps_after=stamps_after if stamps_cost else None,
                )
            )
            uow.members.set_balance(member_id, balance)
            if stamps_cost:
                uow.members.set_stamps(member_id, stamps_after)
            after = replace(self._view_after(uow, member, balance), stamps=stamps_after)
            rewards = uow.rewards.list()
            uow.commit()
            return RedeemResult(
                operation_id=op_id,
                member=after,
                entry_id=entry.id,
                reward=chosen,
                points_spent=points_cost,
                balance=balance,
                next_reward=next_reward(balance, rewards),
                replayed=False,
                stamps_spent=stamps_cost,
                stamps=stamps_after,
            )

        return run_write(self._uow, work)

    def _redeem_given_offline(
        self,
        uow: UnitOfWork,
        op_id: str,
        member: Member,
        chosen: Reward,
        actor: Actor,
        now: dt.datetime,
        occurred: dt.datetime,
    ) -> RedeemResult:
        taken = max(0, min(member.balance, chosen.cost))
        in_stock = uow.rewards.take_one(chosen.id)
        balance = member.balance - taken
        uow.operations.add(
            new_operation(
                op_id,
                OperationKind.REDEEM,
                f"{member.id}|{chosen.id}",
                member_id=member.id,
                now=now,
                actor=actor,
                points=-taken,
                balance=balance,
            )
        )
        entry = uow.ledger.append(
            NewEntry(
                member_id=member.id,
                kind=EntryKind.REDEEM,
                points=-taken,
                balance_after=balance,
                operation_id=op_id,
                actor=actor,
                recorded_at=now,
                effective_at=occurred,
                reward_id=chosen.id,
                reward_name=chosen.name,
                reward_name_fa=chosen.name_fa,
            )
        )
        uow.members.set_balance(member.id, balance)
        if taken < chosen.cost or not in_stock:
            uow.sync_conflicts.add(
                operation_id=op_id,
                member_id=member.id,
                reason=ConflictReason.SHORT if taken < chosen.cost else ConflictReason.OUT_OF_STOCK,
                reward_id=chosen.id,
                reward_name=chosen.name,
                reward_name_fa=chosen.name_fa or "",
                points_wanted=chosen.cost,
                points_taken=taken,
                actor=actor,
                happened_at=occurred,
                synced_at=now,
            )
        after = self._view_after(uow, member, balance)
        rewards = uow.rewards.list()
        uow.commit()
        return RedeemResult(
            operation_id=op_id,
            member=after,
            entry_id=entry.id,
            reward=chosen,
            points_spent=taken,
            balance=balance,
            next_reward=next_reward(balance, rewards),
            replayed=False,
            stamps=member.stamps,
            points_short=chosen.cost - taken,
        )

    def check_redeem(self, member_id: int, reward_id: int) -> None:
        """Raise what ``redeem`` would refuse (points short, in debt, tier-only, out of
        stock), without spending anything: the counter says it before asking "Give it?"."""
        now = self._clock()
        with self._uow(write=False) as uow:
            chosen = self._find_reward(uow, reward_id)
            member = require_member(uow, member_id)
            self._check_can_redeem(uow, member, chosen, now)
            if not chosen.in_stock:
                raise Refused("redeem.out_of_stock", reward=chosen.name, reward_fa=chosen.name_fa)

    def _check_can_redeem(
        self, uow: UnitOfWork, member: Member, chosen: Reward, now: dt.datetime
    ) -> None:
        if chosen.costs_stamps:
            # Spent from the stamp card; a points debt does not stand in its way.
            if member.stamps < chosen.cost:
                raise Refused(
                    "redeem.short_stamps",
                    reward=chosen.name,
                    reward_fa=chosen.name_fa,
                    cost=chosen.cost,
                    stamps=member.stamps,
                    missing=chosen.cost - member.stamps,
                )
        elif member.balance < 0:
            raise Refused("redeem.in_debt", balance=member.balance)
        elif member.balance < chosen.cost:
            raise Refused(
                "redeem.short",
                reward=chosen.name,
                reward_fa=chosen.name_fa,
                cost=chosen.cost,
                balance=member.balance,
                missing=chosen.cost - member.balance,
            )
        if chosen.tier_code is not None:
            rule = uow.rules.in_force(now)
            policy = rule.tier_policy if rule else None
            if policy is not None and policy.rank(member.tier_code) < policy.rank(chosen.tier_code):
                wanted = policy.by_code(chosen.tier_code)
                raise Refused(
                    "redeem.tier_only",
                    reward=chosen.name,
                    reward_fa=chosen.name_fa,
                    tier=wanted.name if wanted else chosen.tier_code,
                    tier_fa=wanted.name_fa if wanted else chosen.tier_code,
                )

    def _find_reward(
        self, uow: UnitOfWork, reward: str | int, *, any_state: bool = False
    ) -> Reward:
        """The reward asked for; ``any_state``: also one retired since (an offline counter
        gave it while it was on offer)."""
        if isinstance(reward, int):
            found = uow.rewards.get(reward)
            if found is None or not (found.active or any_state):
                raise NotFound("reward.unknown", reward=str(reward))
            return found
        if not reward.strip():
            raise InvalidInput("reward.empty")
        for candidate in uow.rewards.list():
            if candidate.matches(reward):
                return candidate
        raise NotFound("reward.unknown", reward=reward)

    # -- refund -----------------------------------------------------------------------

    def preview_refund(
        self,
        *,
        receipt_no: str | None = None,
        entry_id: int | None = None,
        purchase_id: int | None = None,
        amount_rials: int | None = None,
    ) -> RefundPreview:
        """What a refund would do; nothing is saved."""
        with self._uow(write=False) as uow:
            purchase = self._purchase_for(uow, receipt_no, entry_id, purchase_id)
            member = require_member(uow, purchase.member_id)
            return self._refund_preview(uow, purchase, member, amount_rials)

    def refund(
        self,
        op_id: str,
        actor: Actor,
        *,
        receipt_no: str | None = None,
        entry_id: int | None = None,
        purchase_id: int | None = None,
        amount_rials: int | None = None,
    ) -> RefundResult:
        """Refund a purchase fully (no amount) or partly; its points go back in proportion.

        If the member already spent them the balance may go below zero: the refund still
        goes through, and the debt is paid back by later purchases.
        """
        op_id = check_op_id(op_id)
        now = self._clock()

        def work(uow: UnitOfWork) -> RefundResult:
            permit(uow, actor, Permission.REFUND)
            found = self._purchase_for(uow, receipt_no, entry_id, purchase_id)
            member = require_member(uow, found.member_id, lock=True)
            fingerprint = f"{found.id}|{amount_rials if amount_rials is not None else 'all'}"
            prior = prior_operation(uow, op_id, OperationKind.REFUND, fingerprint)
            if prior is not None:
                done = uow.ledger.for_operation(op_id)
                coupon_done = self._coupon_refunded(uow, found.id)
                preview = RefundPreview(
                    member=member_view(uow, member),
                    purchase_id=found.id,
                    receipt_no=found.receipt_no,
                    purchase_rials=found.amount_rials,
                    refunded_before_rials=found.refunded_rials - (prior.amount_rials or 0),
                    refund_rials=prior.amount_rials or 0,
                    points_reversed=-prior.points,
                    balance_after=prior.balance_after,
                    points_expired_before=self._expired_of(uow, found, until=prior.created_at),
                    stamps_reversed=-done[0].stamps if done else 0,
                    stamps_after=_stamps_after(done[0] if done else None, member),
                    coupon_code=coupon_done[0],
                    coupon_returned=coupon_done[1],
                )
                return RefundResult(op_id, preview, self._entry_of(uow, op_id), replayed=True)
            purchase = uow.purchases.get(found.id, lock=True)
            assert purchase is not None
            preview = self._refund_preview(uow, purchase, member, amount_rials)
            uow.operations.add(
                new_operation(
                    op_id,
                    OperationKind.REFUND,
                    fingerprint,
                    member_id=member.id,
                    now=now,
                    actor=actor,
                    points=-preview.points_reversed,
                    balance=preview.balance_after,
                    amount_rials=preview.refund_rials,
                )
            )
            new_entry_id = None
            if preview.points_reversed or preview.stamps_reversed:
                entry = uow.ledger.append(
                    NewEntry(
                        member_id=member.id,
                        kind=EntryKind.REVERSE_EARN,
                        points=-preview.points_reversed,
                        balance_after=preview.balance_after,
                        operation_id=op_id,
                        actor=actor,
                        recorded_at=now,
                        effective_at=now,
                        purchase_id=purchase.id,
                        rule_version_id=purchase.rule_version_id,
                        stamps=-preview.stamps_reversed,
                        stamps_after=preview.stamps_after if preview.stamps_reversed else None,
                    )
                )
                new_entry_id = entry.id
            uow.purchases.add_refund(purchase.id, preview.refund_rials)
            if purchase.refunded_rials + preview.refund_rials >= purchase.amount_rials:
                self._coupons.give_back_in(
                    uow, purchase.id, now, op_id=op_id, actor=actor, balance=preview.balance_after
                )
            uow.members.set_balance(member.id, preview.balance_after)
            if preview.stamps_reversed:
                uow.members.set_stamps(member.id, preview.stamps_after)
            uow.commit()
            return RefundResult(op_id, preview, new_entry_id, replayed=False)

        return run_write(self._uow, work)

    def _purchase_for(
        self,
        uow: UnitOfWork,
        receipt_no: str | None,
        entry_id: int | None,
        purchase_id: int | None = None,
    ) -> Purchase:
        """The purchase named by exactly one of: receipt, earn entry, purchase id."""
        if sum(x is not None for x in (receipt_no, entry_id, purchase_id)) != 1:
            raise InvalidInput("refund.receipt_or_entry")
        if purchase_id is not None:
            by_id = uow.purchases.get(purchase_id)
            if by_id is None:
                raise NotFound("purchase.unknown", purchase_id=purchase_id)
            return by_id
        if receipt_no is not None:
            receipt = clean_receipt(receipt_no)
            if receipt is None:
                raise InvalidInput("refund.receipt_or_entry")
            purchase = uow.purchases.by_receipt(receipt)
            if purchase is None:
                raise NotFound("receipt.unknown", receipt=receipt)
            return purchase
        assert entry_id is not None
        entry = uow.ledger.get(entry_id)
        if entry is None:
            raise NotFound("entry.unknown", entry_id=entry_id)
        if entry.kind is not EntryKind.EARN or entry.purchase_id is None:
            raise InvalidInput("refund.not_a_purchase", entry_id=entry_id, kind=entry.kind.value)
        purchase = uow.purchases.get(entry.purchase_id)
        assert purchase is not None
        return purchase

    def _refund_preview(
        self, uow: UnitOfWork, purchase: Purchase, member: Member, amount_rials: int | None
    ) -> RefundPreview:
        remaining = purchase.amount_rials - purchase.refunded_rials
        if remaining <= 0:
            raise Refused("refund.already_refunded", receipt=purchase.receipt_no or "")
        refund = remaining if amount_rials is None else check_amount(amount_rials)
        if refund > remaining:
            raise InvalidInput("refund.exceeds", amount=refund, remaining=remaining)
        clawed_before = -uow.ledger.purchase_points(purchase.id, EntryKind.REVERSE_EARN)
        expired = self._expired_of(uow, purchase)
        points = refund_clawback(
            purchase.points_earned,
            purchase.amount_rials,
            purchase.refunded_rials,
            refund,
            clawed_before,
            expired,
        )
        stamps = 0
        if purchase.stamps_earned:
            # The minimum of the rule the visit was stamped under, not today's.
            rule = uow.rules.get(purchase.rule_version_id)
            minimum = rule.stamps.min_purchase_rials if rule and rule.stamps else 0
            stamps = stamp_clawback(
                purchase.stamps_earned,
                minimum,
                purchase.amount_rials,
                purchase.refunded_rials + refund,
                -uow.ledger.purchase_stamps(purchase.id, EntryKind.REVERSE_EARN),
            )
        coupon_code, coupon_returned = self._coupons.coupon_on_refund(
            uow, purchase.id, full=purchase.refunded_rials + refund >= purchase.amount_rials
        )
        return RefundPreview(
            member=member_view(uow, member),
            purchase_id=purchase.id,
            receipt_no=purchase.receipt_no,
            purchase_rials=purchase.amount_rials,
            refunded_before_rials=purchase.refunded_rials,
            refund_rials=refund,
            points_reversed=points,
            balance_after=member.balance - points,
            points_expired_before=expired,
            stamps_reversed=stamps,
            stamps_after=member.stamps - stamps,
            coupon_code=coupon_code,
            coupon_returned=coupon_returned,
        )

    @staticmethod
    def _coupon_refunded(uow: UnitOfWork, purchase_id: int) -> tuple[str | None, bool]:
        """A replayed refund's coupon: the one the purchase used, given back or not."""
        use = uow.coupons.use_of_purchase(purchase_id)
        if use is None:
            return None, False
        coupon = uow.coupons.get(use.coupon_id)
        assert coupon is not None
        return coupon.code, use.returned_at is not None

    @staticmethod
    def _expired_of(uow: UnitOfWork, purchase: Purchase, until: dt.datetime | None = None) -> int:
        """How many of the purchase's points expiry wrote off (before ``until``, when given:
        a replayed refund reports what it saw when it was done)."""
        if not purchase.points_earned:
            return 0
        entries = uow.ledger.for_member(purchase.member_id)
        if until is not None:
            entries = [e for e in entries if e.recorded_at <= until]
        if not any(e.kind is EntryKind.EXPIRE for e in entries):
            return 0
        return expired_of_purchase(entries, purchase.id)

    # -- void a redemption ------------------------------------------------------------

    def preview_void(self, entry_id: int) -> VoidPreview:
        with self._uow(write=False) as uow:
            redemption = self._redemption(uow, entry_id)
            member = require_member(uow, redemption.member_id)
            return self._void_preview(uow, redemption, member)

    def void_redemption(self, op_id: str, entry_id: int, actor: Actor) -> VoidResult:
        """Give back the points of a redemption (the reward was not handed over)."""
        op_id = check_op_id(op_id)
        now = self._clock()
        fingerprint = str(entry_id)

        def work(uow: UnitOfWork) -> VoidResult:
            permit(uow, actor, Permission.VOID)
            redemption = self._redemption(uow, entry_id)
            member = require_member(uow, redemption.member_id, lock=True)
            prior = prior_operation(uow, op_id, OperationKind.VOID_REDEMPTION, fingerprint)
            if prior is not None:
                done = uow.ledger.for_operation(op_id)
                preview = VoidPreview(
                    member_view(uow, member),
                    entry_id,
                    redemption.reward_name,
                    prior.points,
                    prior.balance_after,
                    redemption.reward_name_fa,
                    stamps_restored=done[0].stamps if done else 0,
                    stamps_after=_stamps_after(done[0] if done else None, member),
                )
                return VoidResult(op_id, preview, self._entry_of(uow, op_id) or 0, replayed=True)
            preview = self._void_preview(uow, redemption, member)
            uow.operations.add(
                new_operation(
                    op_id,
                    OperationKind.VOID_REDEMPTION,
                    fingerprint,
                    member_id=member.id,
                    now=now,
                    actor=actor,
                    points=preview.points_restored,
                    balance=preview.balance_after,
                )
            )
            entry = uow.ledger.append(
                NewEntry(
                    member_id=member.id,
                    kind=EntryKind.RESTORE_REDEEM,
                    points=preview.points_restored,
                    balance_after=preview.balance_after,
                    operation_id=op_id,
                    actor=actor,
                    recorded_at=now,
                    effective_at=now,
                    reward_id=redemption.reward_id,
                    reward_name=redemption.reward_name,
                    reward_name_fa=redemption.reward_name_fa,
                    reverses_entry_id=redemption.id,
                    stamps=preview.stamps_restored,
                    stamps_after=preview.stamps_after if preview.stamps_restored else None,
                )
            )
            uow.members.set_balance(member.id, preview.balance_after)
            if preview.stamps_restored:
                uow.members.set_stamps(member.id, preview.stamps_after)
            if redemption.reward_id is not None:
                uow.rewards.put_back(redemption.reward_id)  # the reward was not handed over
            uow.commit()
            return VoidResult(op_id, preview, entry.id, replayed=False)

        return run_write(self._uow, work)

    def _redemption(self, uow: UnitOfWork, entry_id: int) -> LedgerEntry:
        entry = uow.ledger.get(entry_id)
        if entry is None:
            raise NotFound("entry.unknown", entry_id=entry_id)
        if entry.kind is not EntryKind.REDEEM:
            raise InvalidInput("void.not_a_redemption", entry_id=entry_id, kind=entry.kind.value)
        if entry.reason is not None and is_coupon_code(entry.reason):
            # A coupon's reward goes back with its purchase (a refund), coupon and all.
            raise Refused("void.coupon_reward", entry_id=entry_id, coupon=entry.reason)
        return entry

    def _void_preview(
        self, uow: UnitOfWork, redemption: LedgerEntry, member: Member
    ) -> VoidPreview:
        if uow.ledger.reversal_of(redemption.id) is not None:
            raise Refused("void.already_voided", entry_id=redemption.id)
        restored = -redemption.points
        stamps = -redemption.stamps  # a stamp reward's redemption gives its stamps back
        return VoidPreview(
            member_view(uow, member),
            redemption.id,
            redemption.reward_name,
            restored,
            member.balance + restored,
            redemption.reward_name_fa,
            stamps_restored=stamps,
            stamps_after=member.stamps + stamps,
        )

    # -- owner corrections ------------------------------------------------------------

    def adjust(
        self,
        op_id: str,
        member_id: int,
        points: int,
        reason: str,
        actor: Actor,
        *,
        opening: bool = False,
    ) -> AdjustResult:
        """An owner's correction (with a reason), or the opening balance carried over from a
        paper card or an old system (once per member)."""
        op_id = check_op_id(op_id)
        now = self._clock()
        kind = EntryKind.OPENING if opening else EntryKind.ADJUST
        op_kind = OperationKind.OPENING if opening else OperationKind.ADJUST
        if opening:
            if points <= 0:
                raise InvalidInput("opening.not_positive")
            reason = " ".join(reason.split()) or "opening"
            check_adjustment(points, reason)
        else:
            points, reason = check_adjustment(points, reason)
        fingerprint = f"{member_id}|{points}|{reason}"

        def work(uow: UnitOfWork) -> AdjustResult:
            permit(uow, actor, Permission.OPENING_BALANCE if opening else Permission.ADJUST)
            member = require_member(uow, member_id, lock=True)
            prior = prior_operation(uow, op_id, op_kind, fingerprint)
            if prior is not None:
                return AdjustResult(
                    op_id,
                    member_view(uow, member),
                    self._entry_of(uow, op_id) or 0,
                    kind,
                    prior.points,
                    prior.balance_after,
                    replayed=True,
                )
            if opening and uow.ledger.has_kind(member_id, EntryKind.OPENING):
                raise Refused("opening.already_given")
            balance = member.balance + points
            if abs(balance) > MAX_BALANCE:
                raise Refused("credit.balance_too_large", limit=MAX_BALANCE)
            if balance < 0 <= member.balance:
                raise Refused("adjust.below_zero", balance=member.balance, points=points)
            uow.operations.add(
                new_operation(
                    op_id,
                    op_kind,
                    fingerprint,
                    member_id=member_id,
                    now=now,
                    actor=actor,
                    points=points,
                    balance=balance,
                )
            )
            entry = uow.ledger.append(
                NewEntry(
                    member_id=member_id,
                    kind=kind,
                    points=points,
                    balance_after=balance,
                    operation_id=op_id,
                    actor=actor,
                    recorded_at=now,
                    effective_at=now,
                    reason=reason,
                )
            )
            uow.members.set_balance(member_id, balance)
            after = self._view_after(uow, member, balance)
            uow.commit()
            return AdjustResult(op_id, after, entry.id, kind, points, balance, replayed=False)

        return run_write(self._uow, work)

    @staticmethod
    def _view_after(
        uow: UnitOfWork, member: Member, balance: int, *, visit_at: dt.datetime | None = None
    ) -> MemberView:
        """The member as the write leaves them, built before the commit so no second
        transaction is needed to read them back."""
        view = member_view(uow, member)
        if visit_at is not None and (view.last_visit_at is None or visit_at > view.last_visit_at):
            view = replace(view, last_visit_at=visit_at)
        return replace(view, balance=balance)

    @staticmethod
    def _entry_of(uow: UnitOfWork, op_id: str) -> int | None:
        entries = uow.ledger.for_operation(op_id)
        return entries[0].id if entries else None


def _stamps_after(entry: LedgerEntry | None, member: Member) -> int:
    """The stamp balance an operation left, for its replay: its line's figure when it moved
    stamps, else the member's (it did not change them)."""
    if entry is not None and entry.stamps_after is not None:
        return entry.stamps_after
    return member.stamps

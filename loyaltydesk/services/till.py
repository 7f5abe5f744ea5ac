"""Purchases from the till: the POS posts a sale without its member; the counter it is for
shows it until the cashier scans the card, and that one scan credits it (issue 17).

The credit is the counter's own (``CounterService.credit_purchase``), under an operation id
derived from the purchase, with the claim written in the same transaction: a double scan is
the same operation, done once; a second window, or the POS cancelling meanwhile, finds the
purchase no longer waiting and the whole credit is refused and rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.domain.money import check_amount
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.domain.till import TillPurchase, TillQueue, TillStatus, till_operation_id
from loyaltydesk.i18n.text import strip_bidi_controls
from loyaltydesk.services.common import check_op_id, run_write
from loyaltydesk.services.counter import CounterService, clean_receipt
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record
from loyaltydesk.services.views import CreditResult

MAX_COUNTER_LENGTH = 100


@dataclass(frozen=True, slots=True)
class TillPosted:
    purchase: TillPurchase
    replayed: bool  # the same Idempotency-Key again: the purchase posted the first time


def _check_counter(name: str) -> str:
    counter = strip_bidi_controls(name).strip()
    if not counter or len(counter) > MAX_COUNTER_LENGTH or not counter.isprintable():
        raise InvalidInput("till.counter_malformed", limit=MAX_COUNTER_LENGTH)
    return counter


def _trail(purchase: TillPurchase) -> dict[str, Any]:
    return {
        "id": purchase.id,
        "counter": purchase.counter,
        "amount_rials": purchase.amount_rials,
        "receipt": purchase.receipt_no,
        "status": purchase.status.value,
    }


class TillService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, counter: CounterService) -> None:
        self._uow = uow
        self._clock = clock
        self._counter = counter

    # -- the POS ----------------------------------------------------------------------

    def post(
        self,
        key: str,
        amount_rials: int,
        counter: str,
        actor: Actor,
        *,
        receipt_no: str | None = None,
    ) -> TillPosted:
        """A sale rung up at the till, to wait at ``counter`` for its member. ``key`` is the
        POS's Idempotency-Key: the same key again is the same purchase; for another sale it
        is refused, as an operation id is."""
        key = check_op_id(key)
        amount = check_amount(amount_rials)
        receipt = clean_receipt(receipt_no)
        counter = _check_counter(counter)
        fingerprint = f"{counter}|{amount}|{receipt or ''}"

        def work(uow: UnitOfWork) -> TillPosted:
            earlier = uow.till.by_key(key)
            if earlier is not None:
                if earlier[1] != fingerprint:
                    raise Refused("operation.reused", operation_id=key)
                return TillPosted(earlier[0], replayed=True)
            if receipt is not None:
                # The till printed this receipt once: a second sale under it is a mistake
                # the POS should hear of now, not when the cashier scans the card.
                waiting = uow.till.with_receipt(receipt)
                if waiting is not None and waiting.status is TillStatus.WAITING:
                    raise Refused("till.receipt_waiting", receipt=receipt, id=waiting.id)
                if waiting is not None or uow.purchases.by_receipt(receipt) is not None:
                    raise Refused("till.receipt_credited", receipt=receipt)
            now = self._clock()
            purchase = uow.till.add(key, fingerprint, counter, amount, receipt, actor.counter, now)
            record(
                uow, actor, now, AuditKind.TILL_PURCHASE, str(purchase.id), after=_trail(purchase)
            )
            uow.commit()
            return TillPosted(purchase, replayed=False)

        return run_write(self._uow, work)

    def status(self, purchase_id: int) -> TillPurchase:
        with self._uow(write=False) as uow:
            return self._get(uow, purchase_id)

    def cancel(self, key: str, purchase_id: int, actor: Actor) -> tuple[TillPurchase, bool]:
        """The sale was voided at the till, and whether this is a retry of that (the same
        ``key``, its Idempotency-Key). A key used for another request is refused, as the
        core refuses an operation id reused; a sale cancelled already stays so."""
        key = check_op_id(key)
        return self._cancel(purchase_id, actor, key=key)

    # -- the counter ------------------------------------------------------------------

    def waiting(self, counter: str) -> TillQueue:
        """What waits at ``counter``: asked by its window about once a second."""
        with self._uow(write=False) as uow:
            return uow.till.queue(counter)

    def credit(self, purchase_id: int, member_id: int, actor: Actor) -> CreditResult:
        """The card scanned at the counter: the purchase credited to its member, amount and
        receipt number from the till."""
        with self._uow(write=False) as uow:
            purchase = self._get(uow, purchase_id)
        self._still_open(purchase, member_id)

        def claim(uow: UnitOfWork, result: CreditResult) -> None:
            settled = uow.till.settle(
                purchase_id,
                TillStatus.CREDITED,
                member_id=member_id,
                card=result.member.card,
                points=result.points_earned,
                entry_id=result.entry_id,
                settled_at=self._clock(),
                settled_by=actor.staff,
            )
            if not settled:
                # Not waiting any more: this very credit done before (a double scan), or
                # someone else's claim or a cancel first, which this credit must not undo.
                self._still_open(self._get(uow, purchase_id), member_id)

        try:
            return self._counter.credit_purchase(
                till_operation_id(purchase_id),
                member_id,
                purchase.amount_rials,
                actor,
                receipt_no=purchase.receipt_no,
                along=claim,
            )
        except Refused as error:
            if error.code != "operation.reused":
                raise
        # Its operation id was taken by a credit to another member (a second window won).
        self._still_open(self.status(purchase_id), member_id)
        raise Refused("till.already_credited", id=purchase_id)

    def dismiss(self, purchase_id: int, actor: Actor) -> TillPurchase:
        """The customer is not a member: the cashier takes the purchase off the counter."""
        return self._cancel(purchase_id, actor, check=Permission.CREDIT)[0]

    # -- shared -----------------------------------------------------------------------

    @staticmethod
    def _get(uow: UnitOfWork, purchase_id: int) -> TillPurchase:
        purchase = uow.till.get(purchase_id)
        if purchase is None:
            raise NotFound("till.no_such", id=purchase_id)
        return purchase

    @staticmethod
    def _still_open(purchase: TillPurchase, member_id: int) -> None:
        """Refuses a purchase no longer to be credited to ``member_id``."""
        if purchase.status is TillStatus.CANCELLED:
            raise Refused("till.cancelled", id=purchase.id)
        if purchase.status is TillStatus.CREDITED and purchase.member_id != member_id:
            raise Refused("till.already_credited", id=purchase.id)

    def _cancel(
        self,
        purchase_id: int,
        actor: Actor,
        *,
        key: str | None = None,
        check: Permission | None = None,
    ) -> tuple[TillPurchase, bool]:
        def work(uow: UnitOfWork) -> tuple[TillPurchase, bool]:
            by = permit(uow, actor, check) if check is not None else actor
            if key is not None:
                done_under = uow.till.by_cancel_key(key)
                if done_under == purchase_id:
                    return self._get(uow, purchase_id), True
                if (
                    done_under is not None
                    or uow.till.by_key(key) is not None
                    or uow.operations.get(key) is not None
                ):
                    raise Refused("operation.reused", operation_id=key)
            purchase = self._get(uow, purchase_id)
            if purchase.status is TillStatus.CANCELLED:
                return purchase, False
            now = self._clock()
            settled = {"settled_at": now, "settled_by": by.staff}
            if key is not None:
                settled["cancel_key"] = key
            if not uow.till.settle(purchase_id, TillStatus.CANCELLED, **settled):
                raise Refused("till.already_credited", id=purchase_id)
            after = self._get(uow, purchase_id)
            trail = {**_trail(after), "idempotency_key": key} if key else _trail(after)
            record(
                uow,
                by,
                now,
                AuditKind.TILL_PURCHASE,
                str(purchase_id),
                before=_trail(purchase),
                after=trail,
            )
            uow.commit()
            return after, False

        return run_write(self._uow, work)

"""What every write service shares: operation ids, retries and member look-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar
from zoneinfo import ZoneInfo

from loyaltydesk.domain.cards import CardStatus, is_card_number
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused, StorageError, WriteConflict
from loyaltydesk.domain.imports import alternate_code
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.phones import digits_only, national_mobile_digits
from loyaltydesk.domain.purchases import MAX_OPERATION_ID_LENGTH, Operation, OperationKind
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.ports import UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.views import MemberView

T = TypeVar("T")

# How far ahead of this computer's clock a recorded time may be (another counter's clock).
CLOCK_SKEW = dt.timedelta(minutes=5)


# The default zone of services built without the shop's (tests, tools).
UTC_ZONE = ZoneInfo("UTC")


def check_op_id(op_id: str) -> str:
    op_id = op_id.strip()
    if not op_id:
        raise InvalidInput("operation.empty")
    if len(op_id) > MAX_OPERATION_ID_LENGTH or not op_id.isprintable():
        raise InvalidInput("operation.malformed", limit=MAX_OPERATION_ID_LENGTH)
    return op_id


def run_write(uow_factory: UnitOfWorkFactory, work: Callable[[UnitOfWork], T]) -> T:
    """Run ``work`` in a write unit of work, once more if another writer got in first.

    The second run sees what the other writer committed: the operation id it used (and
    returns the first result), the receipt it credited or the phone it registered.
    """
    try:
        with uow_factory(write=True) as uow:
            return work(uow)
    except WriteConflict:
        pass
    try:
        with uow_factory(write=True) as uow:
            return work(uow)
    except WriteConflict as exc:
        raise StorageError("storage.conflict") from exc


def prior_operation(
    uow: UnitOfWork, op_id: str, kind: OperationKind, fingerprint: str
) -> Operation | None:
    """The operation already done under ``op_id``; refuses an id reused for something else."""
    prior = uow.operations.get(op_id)
    if prior is None:
        # An id a coupon issue used names that issue: it is not free for an account action.
        if uow.coupons.by_operation(f"{op_id}#0") is not None:
            raise Refused("operation.reused", operation_id=op_id)
        return None
    if prior.kind != kind or prior.fingerprint != fingerprint:
        raise Refused("operation.reused", operation_id=op_id)
    return prior


def require_member(uow: UnitOfWork, member_id: int, *, lock: bool = False) -> Member:
    """The member; one locked for a write must be in use: a merged member's record is kept
    for its history only, and nothing is credited, spent or changed on it."""
    member = uow.members.get(member_id, lock=lock)
    if member is None:
        raise NotFound("member.no_such_id", member_id=member_id)
    if lock and member.merged_into is not None:
        kept = uow.members.get(member.merged_into)
        raise Refused("member.merged", member=member.name, kept=kept.name if kept else "")
    return member


def in_use(uow: UnitOfWork, member: Member) -> Member:
    """The member a merged record now belongs to (itself when it was never merged)."""
    for _ in range(10):  # a merge is refused onto a merged member: chains stay short
        if member.merged_into is None:
            return member
        kept = uow.members.get(member.merged_into)
        if kept is None:
            return member
        member = kept
    return member


def resolve_member(uow: UnitOfWork, text: str, *, lock: bool = False) -> Member:
    """The member a card number or phone number names (what a scan, a POS, a receipt file and
    the command line send), found in ``uow``: a merged member's phone leads to the one kept.
    ``lock``: read for a write, as ``require_member(lock=True)`` reads (and refuses) it."""
    raw = digits_only(text)
    if not raw:
        raise InvalidInput("member_ref.empty")
    if raw.isdigit() and len(raw) == 12 and not raw.startswith(("0", "9")):
        alternate = _alternate(uow, raw, lock=lock)
        if alternate is not None:
            return alternate
        if not is_card_number(raw):
            raise InvalidInput("card.bad_check_digit", card=raw)
        card = uow.cards.by_number(raw)
        if card is None:
            raise NotFound("card.unknown", card=raw)
        if card.status is CardStatus.REPLACED:
            newer = uow.cards.active_for(card.member_id)
            raise Refused("card.replaced", card=raw, new_card=newer.number if newer else "")
        return require_member(uow, card.member_id, lock=lock)
    national = national_mobile_digits(raw)
    if national is not None:
        member = uow.members.by_phone("+98" + national, lock=lock)
        if member is None:
            raise NotFound("phone.unknown", phone="0" + national)
        if member.merged_into is None:
            return member
        kept = in_use(uow, member)
        return require_member(uow, kept.id, lock=True) if lock else kept
    alternate = _alternate(uow, raw, lock=lock)
    if alternate is not None:
        return alternate
    raise InvalidInput("member_ref.malformed", value=text)


def _alternate(uow: UnitOfWork, raw: str, *, lock: bool = False) -> Member | None:
    """The member who carries ``raw`` as another system's code (kept by an import)."""
    code = alternate_code(raw)
    if code is None:
        return None
    card = uow.cards.by_number(code)
    if card is None or card.status is not CardStatus.ALTERNATE:
        return None
    return require_member(uow, card.member_id, lock=lock)


def member_view(uow: UnitOfWork, member: Member) -> MemberView:
    card = uow.cards.active_for(member.id)
    return MemberView.of(member, card.number if card else None)


def check_not_future(at: dt.datetime, now: dt.datetime) -> dt.datetime:
    if at.tzinfo is None:
        raise InvalidInput("date.needs_zone")
    at = at.astimezone(dt.UTC)
    if at > now + CLOCK_SKEW:
        raise InvalidInput("date.in_future")
    return at


def new_operation(
    op_id: str,
    kind: OperationKind,
    fingerprint: str,
    *,
    member_id: int,
    now: dt.datetime,
    actor: Actor,
    points: int = 0,
    balance: int = 0,
    amount_rials: int | None = None,
    card_id: int | None = None,
) -> Operation:
    return Operation(
        op_id=op_id,
        kind=kind,
        fingerprint=fingerprint,
        member_id=member_id,
        created_at=now,
        staff=actor.staff,
        counter=actor.counter,
        branch=actor.branch,
        staff_id=actor.staff_id,
        approver_id=actor.approver_id,
        approver=actor.approver,
        points=points,
        balance_after=balance,
        amount_rials=amount_rials,
        card_id=card_id,
    )

"""Rows to domain objects: the only way a row leaves persistence (repositories use these)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar, cast

from sqlalchemy import Executable, Row, Select, Table
from sqlalchemy.orm import Session

from loyaltydesk.domain.cards import Card, CardStatus
from loyaltydesk.domain.earning import EarnRule, Rounding
from loyaltydesk.domain.ledger import EntryKind, LedgerEntry
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.purchases import Purchase
from loyaltydesk.domain.rewards import Reward, RewardUnit
from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.persistence.codec import (
    calculation_from_json,
    promotions_from_json,
    tier_policy_from_json,
)
from loyaltydesk.persistence.tables import (
    Base,
    CardRow,
    EarnRuleRow,
    LedgerRow,
    MemberRow,
    PurchaseRow,
    RewardRow,
)

# Above every character a name token can hold, so [term, term + NAME_TOP) is a prefix range.
NAME_TOP = "\U0010ffff"
# Ids per IN (...) list, well under every database's limit on bound parameters.
IN_SLICE = 500

T = TypeVar("T")


def in_slices(values: Iterable[T]) -> Iterator[list[T]]:
    """``values`` IN_SLICE at a time, for IN (...) lists a statement may bind."""
    wanted = list(values)
    for start in range(0, len(wanted), IN_SLICE):
        yield wanted[start : start + IN_SLICE]


def sums_by(
    session: Session, key: Any, query: Select[Any, Any], ids: Iterable[int]
) -> dict[int, int]:
    """``query`` (``key``, a sum) for ``ids``, grouped by ``key``: those with no rows left out."""
    sums: dict[int, int] = {}
    for wanted in in_slices(ids):
        rows = session.execute(query.where(key.in_(wanted)).group_by(key))
        sums.update((found, int(total or 0)) for found, total in rows)
    return sums


def first(session: Session, statement: Executable, **params: Any) -> Row[Any] | None:
    """The first row of ``statement``, one built once at import with named bound parameters
    (what a sale asks at every till, many times a second): Core, with no statement to build
    and look up in the cache and no ORM object to make and track, a fifth of the ORM's time a
    statement (bench/api.py). The converters below take such a row as they take a mapped
    one: the columns are its attributes."""
    return session.connection().execute(statement, params).first()


def member_of(row: MemberRow | Row[Any]) -> Member:
    return Member(
        id=row.id,
        name=row.name,
        phone=row.phone,
        birthday=row.birthday,
        national_code=row.national_code,
        referrer_id=row.referrer_id,
        joined_at=row.joined_at,
        balance=row.balance,
        last_visit_at=row.last_visit_at,
        tier_code=row.tier_code,
        tier_since=row.tier_since,
        tier_review_on=row.tier_review_on,
        stamps=row.stamps,
        email=row.email,
        opted_out=row.opted_out,
        merged_into=row.merged_into,
        notes=row.notes,
    )


def card_of(row: CardRow | Row[Any]) -> Card:
    return Card(
        id=row.id,
        number=row.number,
        member_id=row.member_id,
        status=CardStatus(row.status),
        issued_at=row.issued_at,
        replaced_by_id=row.replaced_by_id,
    )


def entry_of(row: LedgerRow | Row[Any]) -> LedgerEntry:
    return LedgerEntry(
        id=row.id,
        member_id=row.member_id,
        kind=EntryKind(row.kind),
        points=row.points,
        balance_after=row.balance_after,
        operation_id=row.operation_id,
        staff=row.staff,
        counter=row.counter,
        recorded_at=row.recorded_at,
        effective_at=row.effective_at,
        purchase_id=row.purchase_id,
        reward_id=row.reward_id,
        reward_name=row.reward_name,
        rule_version_id=row.rule_version_id,
        reverses_entry_id=row.reverses_entry_id,
        reason=row.reason,
        calculation=calculation_from_json(row.calculation),
        reward_name_fa=row.reward_name_fa,
        stamps=row.stamps,
        stamps_after=row.stamps_after,
        campaign=row.campaign,
        related_member_id=row.related_member_id,
        staff_id=row.staff_id,
        approver=row.approver,
        branch=row.branch,
    )


def purchase_of(row: PurchaseRow | Row[Any]) -> Purchase:
    return Purchase(
        id=row.id,
        member_id=row.member_id,
        receipt_no=row.receipt_no,
        amount_rials=row.amount_rials,
        refunded_rials=row.refunded_rials,
        occurred_at=row.occurred_at,
        recorded_at=row.recorded_at,
        backdated=row.backdated,
        operation_id=row.operation_id,
        rule_version_id=row.rule_version_id,
        points_earned=row.points_earned,
        stamps_earned=row.stamps_earned,
        branch=row.branch,
    )


def reward_of(row: RewardRow | Row[Any]) -> Reward:
    return Reward(
        id=row.id,
        name=row.name,
        name_fa=row.name_fa,
        cost=row.cost,
        active=row.active,
        sort_order=row.sort_order,
        value_rials=row.value_rials,
        stock=row.stock,
        tier_code=row.tier_code,
        unit=RewardUnit(row.unit),
    )


def rule_of(row: EarnRuleRow | Row[Any]) -> EarnRule:
    return EarnRule(
        id=row.id,
        step_rials=row.step_rials,
        points_per_step=row.points_per_step,
        min_purchase_rials=row.min_purchase_rials,
        valid_from=row.valid_from,
        rounding=Rounding(row.rounding),
        daily_cap=row.daily_cap,
        first_purchase_bonus=row.first_purchase_bonus,
        birthday_bonus=row.birthday_bonus,
        max_multiplier_percent=row.max_multiplier_percent,
        promotions=promotions_from_json(row.promotions),
        tier_policy=tier_policy_from_json(row.tier_policy),
        expiry_months=row.expiry_months,
        stamps=StampRule(row.stamp_min_purchase_rials, row.stamps_per_day)
        if row.stamps_enabled
        else None,
        points_enabled=row.points_enabled,
    )


def core_table(row: type[Base]) -> Table:
    # Core inserts of whole lists: the ORM's bulk path runs one statement per row here.
    return cast(Table, row.__table__)


def actor_columns(actor: Actor) -> dict[str, Any]:
    # Columns left out are NULL: fewer parameters for SQLAlchemy to process on every row.
    columns = {
        "staff": actor.staff,
        "counter": actor.counter,
        "branch": actor.branch,
        "staff_id": actor.staff_id,
        "approver_id": actor.approver_id,
        "approver": actor.approver,
    }
    return {k: v for k, v in columns.items() if v is not None}

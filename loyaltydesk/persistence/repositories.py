"""Repositories: SQL in, domain objects out. No ORM row leaves this module."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, delete, exists, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from loyaltydesk.domain.cards import Card, CardStatus
from loyaltydesk.domain.earning import EarnRule, Rounding
from loyaltydesk.domain.ledger import EntryKind, LedgerEntry, NewEntry
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.phones import phone_tail
from loyaltydesk.domain.purchases import Operation, OperationKind, Purchase
from loyaltydesk.domain.rewards import Reward, RewardUnit
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.domain.tiers import TierBasis
from loyaltydesk.persistence.codec import (
    calculation_from_json,
    calculation_to_json,
    promotions_from_json,
    promotions_to_json,
    tier_policy_from_json,
    tier_policy_to_json,
)
from loyaltydesk.persistence.tables import (
    CardRow,
    EarnRuleRow,
    LedgerRow,
    MemberRow,
    NameTokenRow,
    OperationRow,
    PurchaseRow,
    RewardRow,
    TierChangeRow,
)
from loyaltydesk.services.ports import BalanceMismatch, NewMember, NewPurchase

# Above every character a name token can hold, so [term, term + _TOP) is a prefix range.
_TOP = "\U0010ffff"
_IN_SLICE = 500


def _member(row: MemberRow) -> Member:
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
    )


def _card(row: CardRow) -> Card:
    return Card(
        id=row.id,
        number=row.number,
        member_id=row.member_id,
        status=CardStatus(row.status),
        issued_at=row.issued_at,
        replaced_by_id=row.replaced_by_id,
    )


def _entry(row: LedgerRow) -> LedgerEntry:
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
    )


def _purchase(row: PurchaseRow) -> Purchase:
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
    )


def _reward(row: RewardRow) -> Reward:
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


class SqlMemberRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, new: NewMember) -> Member:
        row = MemberRow(
            name=new.name,
            phone=new.phone,
            phone_tail=phone_tail(new.phone),
            birthday=new.birthday,
            national_code=new.national_code,
            referrer_id=new.referrer_id,
            joined_at=new.joined_at,
            balance=0,
            last_visit_at=None,
        )
        self._s.add(row)
        self._s.flush()
        self._s.add_all(NameTokenRow(token=t[:100], member_id=row.id) for t in new.name_tokens)
        self._s.flush()
        return _member(row)

    def get(self, member_id: int, *, lock: bool = False) -> Member | None:
        query = select(MemberRow).where(MemberRow.id == member_id)
        if lock:
            query = query.with_for_update()
        row = self._s.scalars(query.execution_options(populate_existing=True)).first()
        return _member(row) if row else None

    def get_many(self, member_ids: Sequence[int]) -> list[Member]:
        # In slices: a simulation over a busy quarter may name tens of thousands of members,
        # beyond what one statement may bind.
        members: list[Member] = []
        for start in range(0, len(member_ids), _IN_SLICE):
            wanted = list(member_ids[start : start + _IN_SLICE])
            rows = self._s.scalars(select(MemberRow).where(MemberRow.id.in_(wanted)))
            members.extend(_member(r) for r in rows)
        return members

    def by_phone(self, phone: str) -> Member | None:
        row = self._s.scalars(select(MemberRow).where(MemberRow.phone == phone)).first()
        return _member(row) if row else None

    def by_phone_tail(self, tail: str, limit: int) -> list[Member]:
        rows = self._s.scalars(
            select(MemberRow)
            .where(MemberRow.phone_tail == tail)
            .order_by(MemberRow.last_visit_at.desc().nulls_last(), MemberRow.id)
            .limit(limit)
        )
        return [_member(r) for r in rows]

    def by_phone_start(self, start: str, limit: int) -> list[Member]:
        rows = self._s.scalars(
            select(MemberRow)
            .where(MemberRow.phone >= start, MemberRow.phone < start + _TOP)
            .order_by(MemberRow.phone)
            .limit(limit)
        )
        return [_member(r) for r in rows]

    def by_national_code(self, code: str) -> Member | None:
        row = self._s.scalars(select(MemberRow).where(MemberRow.national_code == code)).first()
        return _member(row) if row else None

    def newest(self, limit: int) -> list[Member]:
        # By id, the primary key: the order members joined in, with no sort of the table.
        rows = self._s.scalars(select(MemberRow).order_by(MemberRow.id.desc()).limit(limit))
        return [_member(r) for r in rows]

    def search_name(self, terms: Sequence[str], limit: int) -> list[int]:
        # The longest term drives the index range (fewest rows); the others must match some
        # other word of the same member. Index order puts a whole-word match first.
        ordered = sorted({t[:100] for t in terms}, key=len, reverse=True)
        lead = ordered[0]
        query = select(NameTokenRow.member_id, NameTokenRow.token).where(
            NameTokenRow.token >= lead, NameTokenRow.token < lead + _TOP
        )
        for term in ordered[1:]:
            other = aliased(NameTokenRow)
            query = query.where(
                exists().where(
                    and_(
                        other.member_id == NameTokenRow.member_id,
                        other.token >= term,
                        other.token < term + _TOP,
                    )
                )
            )
        found: list[int] = []
        rows = self._s.execute(query.order_by(NameTokenRow.token).limit(limit * 4))
        for member_id, _token in rows:
            if member_id not in found:
                found.append(member_id)
                if len(found) == limit:
                    break
        return found

    def update_details(
        self,
        member_id: int,
        *,
        name: str,
        name_tokens: list[str],
        phone: str,
        birthday: dt.date | None,
    ) -> None:
        self._s.execute(
            update(MemberRow)
            .where(MemberRow.id == member_id)
            .values(name=name, phone=phone, phone_tail=phone_tail(phone), birthday=birthday)
        )
        self._s.execute(delete(NameTokenRow).where(NameTokenRow.member_id == member_id))
        self._s.add_all(NameTokenRow(token=t[:100], member_id=member_id) for t in name_tokens)
        self._s.flush()

    def set_balance(
        self, member_id: int, balance: int, *, visit_at: dt.datetime | None = None
    ) -> None:
        values: dict[str, object] = {"balance": balance}
        if visit_at is not None:
            values["last_visit_at"] = func.coalesce(
                func.max(MemberRow.last_visit_at, visit_at)
                if self._s.get_bind().dialect.name == "sqlite"
                else func.greatest(MemberRow.last_visit_at, visit_at),
                visit_at,
            )
        self._s.execute(update(MemberRow).where(MemberRow.id == member_id).values(**values))

    def set_stamps(self, member_id: int, stamps: int) -> None:
        self._s.execute(update(MemberRow).where(MemberRow.id == member_id).values(stamps=stamps))

    def count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(MemberRow)) or 0

    def set_tier(
        self,
        member_id: int,
        code: str | None,
        since: dt.datetime | None,
        review_on: dt.date | None,
        *,
        at: dt.datetime,
    ) -> None:
        before = self._s.scalar(select(MemberRow.tier_code).where(MemberRow.id == member_id))
        if before != code:
            # The reports count members per tier at a past date from this history.
            self._s.add(
                TierChangeRow(member_id=member_id, changed_at=at, from_code=before, to_code=code)
            )
            self._s.flush()
        self._s.execute(
            update(MemberRow)
            .where(MemberRow.id == member_id)
            .values(tier_code=code, tier_since=since, tier_review_on=review_on)
        )

    def window_total(self, member_id: int, basis: TierBasis, since: dt.datetime) -> int:
        if basis is TierBasis.POINTS:
            query = select(func.coalesce(func.sum(LedgerRow.points), 0)).where(
                LedgerRow.member_id == member_id,
                LedgerRow.kind.in_([EntryKind.EARN.value, EntryKind.REVERSE_EARN.value]),
                LedgerRow.effective_at >= since,
            )
        else:
            query = select(
                func.coalesce(func.sum(PurchaseRow.amount_rials - PurchaseRow.refunded_rials), 0)
            ).where(PurchaseRow.member_id == member_id, PurchaseRow.occurred_at >= since)
        return int(self._s.scalar(query) or 0)

    def due_for_review(self, today: dt.date) -> list[int]:
        return list(
            self._s.scalars(
                select(MemberRow.id)
                .where(MemberRow.tier_review_on.is_not(None), MemberRow.tier_review_on <= today)
                .order_by(MemberRow.id)
            )
        )

    def with_points_older_than(self, cutoff: dt.datetime) -> list[int]:
        """Members with a positive balance and points added at or before ``cutoff``: the
        only ones whose points can have expired."""
        old = (
            select(LedgerRow.member_id)
            .where(
                LedgerRow.points > 0,
                LedgerRow.kind != EntryKind.EXPIRE.value,
                LedgerRow.effective_at <= cutoff,
            )
            .distinct()
        )
        return list(
            self._s.scalars(
                select(MemberRow.id)
                .where(MemberRow.balance > 0, MemberRow.id.in_(old))
                .order_by(MemberRow.id)
            )
        )

    def outstanding_points(self) -> int:
        total = self._s.scalar(
            select(func.coalesce(func.sum(MemberRow.balance), 0)).where(MemberRow.balance > 0)
        )
        return int(total or 0)

    def card_holders(self, joined_since: dt.datetime | None) -> list[tuple[Member, str]]:
        query = (
            select(MemberRow, CardRow.number)
            .join(CardRow, CardRow.member_id == MemberRow.id)
            .where(CardRow.status == CardStatus.ACTIVE.value)
            .order_by(MemberRow.joined_at, MemberRow.id)
        )
        if joined_since is not None:
            query = query.where(MemberRow.joined_at >= joined_since)
        return [(_member(row), number) for row, number in self._s.execute(query)]


class SqlCardRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, member_id: int, number: str, issued_at: dt.datetime) -> Card:
        row = CardRow(
            number=number,
            member_id=member_id,
            status=CardStatus.ACTIVE.value,
            issued_at=issued_at,
            replaced_by_id=None,
        )
        self._s.add(row)
        self._s.flush()
        return _card(row)

    def get(self, card_id: int) -> Card | None:
        row = self._s.get(CardRow, card_id)
        return _card(row) if row else None

    def by_number(self, number: str) -> Card | None:
        row = self._s.scalars(select(CardRow).where(CardRow.number == number)).first()
        return _card(row) if row else None

    def active_for(self, member_id: int) -> Card | None:
        row = self._s.scalars(
            select(CardRow).where(
                CardRow.member_id == member_id, CardRow.status == CardStatus.ACTIVE.value
            )
        ).first()
        return _card(row) if row else None

    def active_numbers(self, member_ids: Sequence[int]) -> dict[int, str]:
        if not member_ids:
            return {}
        rows = self._s.execute(
            select(CardRow.member_id, CardRow.number).where(
                CardRow.member_id.in_(member_ids), CardRow.status == CardStatus.ACTIVE.value
            )
        )
        return {member_id: number for member_id, number in rows}

    def mark_replaced(self, card_id: int, replaced_by_id: int) -> None:
        self._s.execute(
            update(CardRow)
            .where(CardRow.id == card_id)
            .values(status=CardStatus.REPLACED.value, replaced_by_id=replaced_by_id)
        )

    def replaced_for(self, member_id: int) -> list[Card]:
        rows = self._s.scalars(
            select(CardRow)
            .where(CardRow.member_id == member_id, CardRow.status == CardStatus.REPLACED.value)
            .order_by(CardRow.id)
        )
        return [_card(r) for r in rows]

    def replaced_by(self, card_id: int) -> Card | None:
        row = self._s.scalars(select(CardRow).where(CardRow.replaced_by_id == card_id)).first()
        return _card(row) if row else None

    def number_exists(self, number: str) -> bool:
        return self._s.scalar(select(exists().where(CardRow.number == number))) or False


class SqlLedgerRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def append(self, entry: NewEntry) -> LedgerEntry:
        row = LedgerRow(
            member_id=entry.member_id,
            kind=entry.kind.value,
            points=entry.points,
            balance_after=entry.balance_after,
            operation_id=entry.operation_id,
            staff=entry.actor.staff,
            counter=entry.actor.counter,
            recorded_at=entry.recorded_at,
            effective_at=entry.effective_at,
            purchase_id=entry.purchase_id,
            reward_id=entry.reward_id,
            reward_name=entry.reward_name,
            rule_version_id=entry.rule_version_id,
            reverses_entry_id=entry.reverses_entry_id,
            reason=entry.reason,
            calculation=calculation_to_json(entry.calculation) if entry.calculation else None,
            reward_name_fa=entry.reward_name_fa,
            stamps=entry.stamps,
            stamps_after=entry.stamps_after,
        )
        self._s.add(row)
        self._s.flush()
        return _entry(row)

    def get(self, entry_id: int) -> LedgerEntry | None:
        row = self._s.get(LedgerRow, entry_id)
        return _entry(row) if row else None

    def for_member(self, member_id: int) -> list[LedgerEntry]:
        rows = self._s.scalars(
            select(LedgerRow).where(LedgerRow.member_id == member_id).order_by(LedgerRow.id)
        )
        return [_entry(r) for r in rows]

    def for_operation(self, op_id: str) -> list[LedgerEntry]:
        rows = self._s.scalars(
            select(LedgerRow).where(LedgerRow.operation_id == op_id).order_by(LedgerRow.id)
        )
        return [_entry(r) for r in rows]

    def reversal_of(self, entry_id: int) -> LedgerEntry | None:
        row = self._s.scalars(
            select(LedgerRow).where(
                LedgerRow.reverses_entry_id == entry_id,
                LedgerRow.kind == EntryKind.RESTORE_REDEEM.value,
            )
        ).first()
        return _entry(row) if row else None

    def purchase_points(self, purchase_id: int, kind: EntryKind) -> int:
        total = self._s.scalar(
            select(func.coalesce(func.sum(LedgerRow.points), 0)).where(
                LedgerRow.purchase_id == purchase_id, LedgerRow.kind == kind.value
            )
        )
        return int(total or 0)

    def purchase_stamps(self, purchase_id: int, kind: EntryKind) -> int:
        total = self._s.scalar(
            select(func.coalesce(func.sum(LedgerRow.stamps), 0)).where(
                LedgerRow.purchase_id == purchase_id, LedgerRow.kind == kind.value
            )
        )
        return int(total or 0)

    def stamped_between(self, member_id: int, start: dt.datetime, end: dt.datetime) -> int:
        # By when the visit happened (a refund's line is dated later): a refunded visit gives
        # its day's stamp back, so another visit that day may earn one.
        total = self._s.scalar(
            select(func.coalesce(func.sum(LedgerRow.stamps), 0))
            .join(PurchaseRow, PurchaseRow.id == LedgerRow.purchase_id)
            .where(
                LedgerRow.member_id == member_id,
                LedgerRow.kind.in_([EntryKind.EARN.value, EntryKind.REVERSE_EARN.value]),
                PurchaseRow.occurred_at >= start.astimezone(dt.UTC),
                PurchaseRow.occurred_at < end.astimezone(dt.UTC),
            )
        )
        return int(total or 0)

    def earn_entry_of(self, purchase_id: int) -> LedgerEntry | None:
        row = self._s.scalars(
            select(LedgerRow).where(
                LedgerRow.purchase_id == purchase_id, LedgerRow.kind == EntryKind.EARN.value
            )
        ).first()
        return _entry(row) if row else None

    def earned_between(self, member_id: int, start: dt.datetime, end: dt.datetime) -> int:
        total = self._s.scalar(
            select(func.coalesce(func.sum(LedgerRow.points), 0)).where(
                LedgerRow.member_id == member_id,
                LedgerRow.kind == EntryKind.EARN.value,
                LedgerRow.effective_at >= start.astimezone(dt.UTC),
                LedgerRow.effective_at < end.astimezone(dt.UTC),
            )
        )
        return int(total or 0)

    def has_kind(self, member_id: int, kind: EntryKind) -> bool:
        query = select(
            exists().where(LedgerRow.member_id == member_id, LedgerRow.kind == kind.value)
        )
        return self._s.scalar(query) or False

    def balance_mismatches(self) -> list[BalanceMismatch]:
        return self._mismatches(LedgerRow.points, MemberRow.balance)

    def stamp_mismatches(self) -> list[BalanceMismatch]:
        return self._mismatches(LedgerRow.stamps, MemberRow.stamps)

    def _mismatches(
        self, moved: InstrumentedAttribute[int], cached: InstrumentedAttribute[int]
    ) -> list[BalanceMismatch]:
        """Members whose cached figure differs from the sum of what their ledger moved."""
        sums = (
            select(LedgerRow.member_id, func.sum(moved).label("total"))
            .group_by(LedgerRow.member_id)
            .subquery()
        )
        ledger_total = func.coalesce(sums.c.total, 0)
        rows = self._s.execute(
            select(MemberRow.id, cached, ledger_total)
            .outerjoin(sums, sums.c.member_id == MemberRow.id)
            .where(cached != ledger_total)
            .order_by(MemberRow.id)
        )
        return [BalanceMismatch(int(i), int(b), int(t)) for i, b, t in rows]

    def count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(LedgerRow)) or 0


class SqlPurchaseRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, new: NewPurchase) -> Purchase:
        row = PurchaseRow(
            member_id=new.member_id,
            receipt_no=new.receipt_no,
            amount_rials=new.amount_rials,
            refunded_rials=0,
            occurred_at=new.occurred_at,
            recorded_at=new.recorded_at,
            backdated=new.backdated,
            operation_id=new.operation_id,
            rule_version_id=new.rule_version_id,
            points_earned=new.points_earned,
            stamps_earned=new.stamps_earned,
        )
        self._s.add(row)
        self._s.flush()
        return _purchase(row)

    def get(self, purchase_id: int, *, lock: bool = False) -> Purchase | None:
        query = select(PurchaseRow).where(PurchaseRow.id == purchase_id)
        if lock:
            query = query.with_for_update()
        row = self._s.scalars(query.execution_options(populate_existing=True)).first()
        return _purchase(row) if row else None

    def by_receipt(self, receipt_no: str) -> Purchase | None:
        row = self._s.scalars(
            select(PurchaseRow).where(PurchaseRow.receipt_no == receipt_no)
        ).first()
        return _purchase(row) if row else None

    def by_operation(self, op_id: str) -> Purchase | None:
        row = self._s.scalars(select(PurchaseRow).where(PurchaseRow.operation_id == op_id)).first()
        return _purchase(row) if row else None

    def get_many(self, purchase_ids: Sequence[int]) -> dict[int, Purchase]:
        if not purchase_ids:
            return {}
        rows = self._s.scalars(select(PurchaseRow).where(PurchaseRow.id.in_(purchase_ids)))
        return {r.id: _purchase(r) for r in rows}

    def recent_for(self, member_id: int, limit: int, *, kept_only: bool = False) -> list[Purchase]:
        query = select(PurchaseRow).where(PurchaseRow.member_id == member_id)
        if kept_only:
            query = query.where(PurchaseRow.refunded_rials < PurchaseRow.amount_rials)
        rows = self._s.scalars(
            query.order_by(PurchaseRow.occurred_at.desc(), PurchaseRow.id.desc()).limit(limit)
        )
        return [_purchase(r) for r in rows]

    def between(self, start: dt.datetime, end: dt.datetime) -> list[Purchase]:
        rows = self._s.scalars(
            select(PurchaseRow)
            .where(PurchaseRow.occurred_at >= start, PurchaseRow.occurred_at < end)
            .order_by(PurchaseRow.occurred_at, PurchaseRow.id)
        )
        return [_purchase(r) for r in rows]

    def first_ids(self, member_ids: Sequence[int]) -> dict[int, int]:
        """Each member's first purchase (by when it happened)."""
        result: dict[int, int] = {}
        for chunk in range(0, len(member_ids), _IN_SLICE):
            wanted = list(member_ids[chunk : chunk + _IN_SLICE])
            rows = self._s.execute(
                select(PurchaseRow.member_id, PurchaseRow.id, PurchaseRow.occurred_at)
                .where(PurchaseRow.member_id.in_(wanted))
                .order_by(PurchaseRow.occurred_at, PurchaseRow.id)
            )
            for member_id, purchase_id, _ in rows:
                result.setdefault(member_id, purchase_id)
        return result

    def add_refund(self, purchase_id: int, amount_rials: int) -> None:
        self._s.execute(
            update(PurchaseRow)
            .where(PurchaseRow.id == purchase_id)
            .values(refunded_rials=PurchaseRow.refunded_rials + amount_rials)
        )


class SqlRewardRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self, *, active_only: bool = True) -> list[Reward]:
        query = select(RewardRow).order_by(RewardRow.sort_order, RewardRow.cost, RewardRow.id)
        if active_only:
            query = query.where(RewardRow.active.is_(True))
        return [_reward(r) for r in self._s.scalars(query)]

    def get(self, reward_id: int) -> Reward | None:
        row = self._s.get(RewardRow, reward_id)
        return _reward(row) if row else None

    def add(self, name: str, name_fa: str | None, cost: int) -> Reward:
        last = self._s.scalar(select(func.max(RewardRow.sort_order))) or 0
        row = RewardRow(name=name, name_fa=name_fa, cost=cost, active=True, sort_order=last + 1)
        self._s.add(row)
        self._s.flush()
        return _reward(row)

    def update(self, reward: Reward) -> Reward:
        self._s.execute(
            update(RewardRow)
            .where(RewardRow.id == reward.id)
            .values(
                name=reward.name,
                name_fa=reward.name_fa,
                cost=reward.cost,
                active=reward.active,
                value_rials=reward.value_rials,
                stock=reward.stock,
                tier_code=reward.tier_code,
                unit=reward.unit.value,
            )
        )
        row = self._s.get(RewardRow, reward.id, populate_existing=True)
        assert row is not None
        return _reward(row)

    def set_order(self, reward_ids: Sequence[int]) -> None:
        for position, reward_id in enumerate(reward_ids, start=1):
            self._s.execute(
                update(RewardRow).where(RewardRow.id == reward_id).values(sort_order=position)
            )

    def take_one(self, reward_id: int) -> bool:
        """One from the stock, if any is left (always True for an unlimited reward)."""
        done: CursorResult[Any] = self._s.execute(  # type: ignore[assignment]
            update(RewardRow)
            .where(
                RewardRow.id == reward_id,
                (RewardRow.stock.is_(None)) | (RewardRow.stock > 0),
            )
            .values(stock=case((RewardRow.stock.is_(None), None), else_=RewardRow.stock - 1))
        )
        return bool(done.rowcount)

    def put_back(self, reward_id: int) -> None:
        self._s.execute(
            update(RewardRow)
            .where(RewardRow.id == reward_id, RewardRow.stock.is_not(None))
            .values(stock=RewardRow.stock + 1)
        )


class SqlRuleRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def in_force(self, at: dt.datetime) -> EarnRule | None:
        row = self._s.scalars(
            select(EarnRuleRow)
            .where(EarnRuleRow.valid_from <= at)
            .order_by(EarnRuleRow.valid_from.desc(), EarnRuleRow.id.desc())
            .limit(1)
        ).first()
        if row is None:
            # A purchase from before the first rule existed (a paper log): the first rule.
            row = self._s.scalars(select(EarnRuleRow).order_by(EarnRuleRow.valid_from)).first()
        return _rule(row) if row else None

    def add(self, rule: EarnRule) -> EarnRule:
        """A new version (the ``id`` given is ignored), in force from ``rule.valid_from``."""
        row = EarnRuleRow(
            step_rials=rule.step_rials,
            points_per_step=rule.points_per_step,
            min_purchase_rials=rule.min_purchase_rials,
            valid_from=rule.valid_from,
            rounding=rule.rounding.value,
            daily_cap=rule.daily_cap,
            first_purchase_bonus=rule.first_purchase_bonus,
            birthday_bonus=rule.birthday_bonus,
            max_multiplier_percent=rule.max_multiplier_percent,
            promotions=promotions_to_json(rule.promotions),
            tier_policy=tier_policy_to_json(rule.tier_policy),
            expiry_months=rule.expiry_months,
            stamps_enabled=rule.stamps is not None,
            stamp_min_purchase_rials=rule.stamps.min_purchase_rials if rule.stamps else 0,
            stamps_per_day=rule.stamps.per_day if rule.stamps else 1,
            points_enabled=rule.points_enabled,
        )
        self._s.add(row)
        self._s.flush()
        return _rule(row)

    def get(self, version_id: int) -> EarnRule | None:
        row = self._s.get(EarnRuleRow, version_id)
        return _rule(row) if row else None

    def versions(self) -> list[EarnRule]:
        rows = self._s.scalars(select(EarnRuleRow).order_by(EarnRuleRow.id))
        return [_rule(r) for r in rows]


def _rule(row: EarnRuleRow) -> EarnRule:
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


class SqlOperationRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, op_id: str) -> Operation | None:
        row = self._s.get(OperationRow, op_id)
        if row is None:
            return None
        return Operation(
            op_id=row.op_id,
            kind=OperationKind(row.kind),
            fingerprint=row.fingerprint,
            member_id=row.member_id,
            created_at=row.created_at,
            staff=row.staff,
            counter=row.counter,
            points=row.points,
            balance_after=row.balance_after,
            amount_rials=row.amount_rials,
            card_id=row.card_id,
        )

    def add(self, operation: Operation) -> None:
        self._s.add(
            OperationRow(
                op_id=operation.op_id,
                kind=operation.kind.value,
                fingerprint=operation.fingerprint,
                member_id=operation.member_id,
                created_at=operation.created_at,
                staff=operation.staff,
                counter=operation.counter,
                points=operation.points,
                balance_after=operation.balance_after,
                amount_rials=operation.amount_rials,
                card_id=operation.card_id,
            )
        )
        self._s.flush()

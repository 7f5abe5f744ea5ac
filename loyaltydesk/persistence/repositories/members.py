"""Members: who they are, their cached balance and stamps, tiers and name search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import and_, bindparam, delete, exists, func, select, update
from sqlalchemy.orm import Session, aliased

from loyaltydesk.domain.cards import CardStatus
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.phones import phone_tail
from loyaltydesk.domain.tiers import TierBasis
from loyaltydesk.persistence.repositories.rows import (
    NAME_TOP,
    core_table,
    first,
    in_slices,
    member_of,
    sums_by,
)
from loyaltydesk.persistence.tables import (
    CardRow,
    LedgerRow,
    MemberRow,
    NameTokenRow,
    PurchaseRow,
    TierChangeRow,
)
from loyaltydesk.services.ports import MemberBalance, NewMember

# What every sale asks, built once (rows.first).
_MEMBERS = core_table(MemberRow)
_BY_ID = select(_MEMBERS).where(_MEMBERS.c.id == bindparam("member_id"))
_BY_ID_LOCKED = _BY_ID.with_for_update()
_BY_PHONE = select(_MEMBERS).where(_MEMBERS.c.phone == bindparam("phone"))
_BY_PHONE_LOCKED = _BY_PHONE.with_for_update()
_VISIT = bindparam("b_visit", type_=_MEMBERS.c.last_visit_at.type)


def _later(dialect: str, column: Any, value: Any) -> Any:
    return (func.max if dialect == "sqlite" else func.greatest)(column, value)


def _set_balance(dialect: str, *, stamps: bool, visit: bool) -> Any:
    values: dict[str, Any] = {"balance": bindparam("b_balance")}
    if stamps:
        values["stamps"] = bindparam("b_stamps")
    if visit:
        values["last_visit_at"] = func.coalesce(
            _later(dialect, _MEMBERS.c.last_visit_at, _VISIT), _VISIT
        )
    return update(_MEMBERS).where(_MEMBERS.c.id == bindparam("b_id")).values(**values)


# By dialect (SQLite's max() of two values is PostgreSQL's greatest()), and by whether the
# visit time moves.
_SET_BALANCE = {
    (dialect, visit): _set_balance(dialect, stamps=False, visit=visit)
    for dialect in ("sqlite", "postgresql")
    for visit in (False, True)
}
_SET_BALANCES = {
    dialect: _set_balance(dialect, stamps=True, visit=True) for dialect in ("sqlite", "postgresql")
}


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
            email=new.email,
            opted_out=new.opted_out,
            notes=new.notes,
        )
        self._s.add(row)
        self._s.flush()
        self._s.add_all(NameTokenRow(token=t[:100], member_id=row.id) for t in new.name_tokens)
        self._s.flush()
        return member_of(row)

    def get(self, member_id: int, *, lock: bool = False) -> Member | None:
        row = first(self._s, _BY_ID_LOCKED if lock else _BY_ID, member_id=member_id)
        return member_of(row) if row else None

    def get_many(self, member_ids: Sequence[int]) -> list[Member]:
        # In slices: a simulation over a busy quarter may name tens of thousands of members,
        # beyond what one statement may bind.
        members: list[Member] = []
        for wanted in in_slices(member_ids):
            rows = self._s.scalars(select(MemberRow).where(MemberRow.id.in_(wanted)))
            members.extend(member_of(r) for r in rows)
        return members

    def lock_many(self, member_ids: Sequence[int]) -> dict[int, Member]:
        locked: dict[int, Member] = {}
        for wanted in in_slices(sorted(set(member_ids))):
            rows = self._s.scalars(
                select(MemberRow)
                .where(MemberRow.id.in_(wanted))
                .order_by(MemberRow.id)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
            locked.update((r.id, member_of(r)) for r in rows)
        return locked

    def by_phone(self, phone: str, *, lock: bool = False) -> Member | None:
        row = first(self._s, _BY_PHONE_LOCKED if lock else _BY_PHONE, phone=phone)
        return member_of(row) if row else None

    def by_phone_tail(self, tail: str, limit: int) -> list[Member]:
        rows = self._s.scalars(
            select(MemberRow)
            .where(MemberRow.phone_tail == tail, MemberRow.merged_into.is_(None))
            .order_by(MemberRow.last_visit_at.desc().nulls_last(), MemberRow.id)
            .limit(limit)
        )
        return [member_of(r) for r in rows]

    def by_phone_start(self, start: str, limit: int) -> list[Member]:
        rows = self._s.scalars(
            select(MemberRow)
            .where(
                MemberRow.phone >= start,
                MemberRow.phone < start + NAME_TOP,
                MemberRow.merged_into.is_(None),
            )
            .order_by(MemberRow.phone)
            .limit(limit)
        )
        return [member_of(r) for r in rows]

    def by_national_code(self, code: str) -> Member | None:
        row = self._s.scalars(select(MemberRow).where(MemberRow.national_code == code)).first()
        return member_of(row) if row else None

    def newest(self, limit: int) -> list[Member]:
        # By id, the primary key: the order members joined in, with no sort of the table.
        rows = self._s.scalars(
            select(MemberRow)
            .where(MemberRow.merged_into.is_(None))
            .order_by(MemberRow.id.desc())
            .limit(limit)
        )
        return [member_of(r) for r in rows]

    def search_name(self, terms: Sequence[str], limit: int) -> list[int]:
        # The longest term drives the index range (fewest rows); the others must match some
        # other word of the same member. Index order puts a whole-word match first.
        ordered = sorted({t[:100] for t in terms}, key=len, reverse=True)
        lead = ordered[0]
        query = select(NameTokenRow.member_id, NameTokenRow.token).where(
            NameTokenRow.token >= lead, NameTokenRow.token < lead + NAME_TOP
        )
        for term in ordered[1:]:
            other = aliased(NameTokenRow)
            query = query.where(
                exists().where(
                    and_(
                        other.member_id == NameTokenRow.member_id,
                        other.token >= term,
                        other.token < term + NAME_TOP,
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
        email: str | None,
        opted_out: bool,
        notes: str | None,
    ) -> None:
        self._s.execute(
            update(MemberRow)
            .where(MemberRow.id == member_id)
            .values(
                name=name,
                phone=phone,
                phone_tail=phone_tail(phone),
                birthday=birthday,
                email=email,
                opted_out=opted_out,
                notes=notes,
            )
        )
        self._s.execute(delete(NameTokenRow).where(NameTokenRow.member_id == member_id))
        self._s.add_all(NameTokenRow(token=t[:100], member_id=member_id) for t in name_tokens)
        self._s.flush()

    def set_opted_out(self, member_id: int, opted_out: bool) -> None:
        self._s.execute(
            update(MemberRow).where(MemberRow.id == member_id).values(opted_out=opted_out)
        )

    def set_merged_into(
        self, member_id: int, into: int | None, name_tokens: list[str] | None
    ) -> None:
        self._s.execute(update(MemberRow).where(MemberRow.id == member_id).values(merged_into=into))
        # A merged member's name leaves the search index: a search finds the member kept.
        self._s.execute(delete(NameTokenRow).where(NameTokenRow.member_id == member_id))
        if into is None and name_tokens:
            self._s.add_all(NameTokenRow(token=t[:100], member_id=member_id) for t in name_tokens)
        self._s.flush()

    def set_balance(
        self, member_id: int, balance: int, *, visit_at: dt.datetime | None = None
    ) -> None:
        params: dict[str, Any] = {"b_id": member_id, "b_balance": balance}
        if visit_at is not None:
            params["b_visit"] = visit_at
        self._s.connection().execute(_SET_BALANCE[self._dialect(), visit_at is not None], params)
        self._written_behind([member_id])

    def set_balances(self, changes: Sequence[MemberBalance]) -> None:
        if not changes:
            return
        # Core, one executemany: the ORM's bulk update runs a statement and a sync per row.
        self._s.connection().execute(
            _SET_BALANCES[self._dialect()],
            [
                {
                    "b_id": c.member_id,
                    "b_balance": c.balance,
                    "b_stamps": c.stamps,
                    "b_visit": c.visit_at,
                }
                for c in changes
            ],
        )
        self._written_behind(c.member_id for c in changes)

    def _written_behind(self, member_ids: Iterable[int]) -> None:
        """A member row this session already holds as an ORM object forgets what a Core
        statement just wrote behind its back, so a later ORM read in the same transaction
        reads it again (the ORM's own UPDATE kept such objects in step by itself)."""
        for member_id in member_ids:
            held = self._s.identity_map.get(self._s.identity_key(MemberRow, member_id))
            if held is not None:
                self._s.expire(held, ["balance", "stamps", "last_visit_at"])

    def _dialect(self) -> str:
        return self._s.get_bind().dialect.name

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
        return self.window_totals([member_id], basis, since).get(member_id, 0)

    def window_totals(
        self, member_ids: Sequence[int], basis: TierBasis, since: dt.datetime
    ) -> dict[int, int]:
        if basis is TierBasis.POINTS:
            member: Any = LedgerRow.member_id
            query = select(member, func.sum(LedgerRow.points)).where(
                LedgerRow.kind.in_([EntryKind.EARN.value, EntryKind.REVERSE_EARN.value]),
                LedgerRow.effective_at >= since,
            )
        else:
            member = PurchaseRow.member_id
            query = select(
                member, func.sum(PurchaseRow.amount_rials - PurchaseRow.refunded_rials)
            ).where(PurchaseRow.occurred_at >= since)
        return sums_by(self._s, member, query, member_ids)

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
        return [(member_of(row), number) for row, number in self._s.execute(query)]

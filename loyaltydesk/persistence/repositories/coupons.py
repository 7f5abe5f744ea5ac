"""Coupons and their uses, and the club-wide settings they and the campaigns read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, bindparam, func, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.coupons import (
    CouponKind,
    CouponState,
    CouponTerms,
    CouponUse,
    StoredCoupon,
)
from loyaltydesk.persistence.repositories.rows import core_table, first, in_slices
from loyaltydesk.persistence.tables import ClubSettingRow, CouponRow, CouponUseRow

# Asked by every sale, built once (rows.first): is the operation id a coupon issue's, and the
# counter's policy.
_COUPONS = core_table(CouponRow)
_BY_OPERATION = select(_COUPONS).where(_COUPONS.c.operation_id == bindparam("operation_id"))
_SETTINGS = core_table(ClubSettingRow)
_SETTING = select(_SETTINGS.c.value).where(_SETTINGS.c.key == bindparam("key"))


def coupon_of(row: CouponRow | Row[Any]) -> StoredCoupon:
    return StoredCoupon(
        id=row.id,
        code=row.code,
        terms=CouponTerms(
            kind=CouponKind(row.kind),
            reward_id=row.reward_id,
            percent=row.percent,
            max_rials=row.max_rials,
            amount_rials=row.amount_rials,
            min_purchase_rials=row.min_purchase_rials,
        ),
        member_id=row.member_id,
        uses_allowed=row.uses_allowed,
        uses=row.uses,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        created_at=row.created_at,
        staff=row.staff,
        counter=row.counter,
        voided_at=row.voided_at,
        voided_by=row.voided_by,
        campaign=row.campaign,
        run_id=row.run_id,
    )


def use_of(row: CouponUseRow) -> CouponUse:
    return CouponUse(
        id=row.id,
        coupon_id=row.coupon_id,
        member_id=row.member_id,
        purchase_id=row.purchase_id,
        operation_id=row.operation_id,
        used_at=row.used_at,
        staff=row.staff,
        counter=row.counter,
        gross_rials=row.gross_rials,
        discount_rials=row.discount_rials,
        returned_at=row.returned_at,
        staff_id=row.staff_id,
    )


class SqlCouponRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, coupon: StoredCoupon, operation_id: str | None = None) -> StoredCoupon:
        row = self._row(coupon, operation_id)
        self._s.add(row)
        self._s.flush()
        return coupon_of(row)

    @staticmethod
    def _row(coupon: StoredCoupon, operation_id: str | None) -> CouponRow:
        terms = coupon.terms
        return CouponRow(
            code=coupon.code,
            kind=terms.kind.value,
            reward_id=terms.reward_id,
            percent=terms.percent,
            max_rials=terms.max_rials,
            amount_rials=terms.amount_rials,
            min_purchase_rials=terms.min_purchase_rials,
            member_id=coupon.member_id,
            uses_allowed=coupon.uses_allowed,
            uses=0,
            valid_from=coupon.valid_from,
            valid_until=coupon.valid_until,
            created_at=coupon.created_at,
            staff=coupon.staff,
            counter=coupon.counter,
            operation_id=operation_id,
            campaign=coupon.campaign,
            run_id=coupon.run_id,
        )

    def by_code(self, code: str, *, lock: bool = False) -> StoredCoupon | None:
        query = select(CouponRow).where(CouponRow.code == code)
        if lock:
            query = query.with_for_update()
        row = self._s.scalars(query).first()
        return coupon_of(row) if row else None

    def by_operation(self, operation_id: str) -> StoredCoupon | None:
        row = first(self._s, _BY_OPERATION, operation_id=operation_id)
        return coupon_of(row) if row else None

    def by_operations(self, operation_ids: Sequence[str]) -> dict[str, StoredCoupon]:
        found: dict[str, StoredCoupon] = {}
        ids = list(operation_ids)
        for chunk in in_slices(ids):
            rows = self._s.scalars(select(CouponRow).where(CouponRow.operation_id.in_(chunk)))
            for row in rows:
                assert row.operation_id is not None
                found[row.operation_id] = coupon_of(row)
        return found

    def existing_codes(self, codes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        wanted = list(codes)
        for chunk in in_slices(wanted):
            found.update(self._s.scalars(select(CouponRow.code).where(CouponRow.code.in_(chunk))))
        return found

    def add_many(self, coupons: Sequence[tuple[StoredCoupon, str | None]]) -> list[StoredCoupon]:
        """Several new coupons in one flush (a campaign's batch): one INSERT round trip."""
        rows = [self._row(coupon, operation_id) for coupon, operation_id in coupons]
        self._s.add_all(rows)
        self._s.flush()
        return [coupon_of(r) for r in rows]

    def get(self, coupon_id: int) -> StoredCoupon | None:
        row = self._s.get(CouponRow, coupon_id)
        return coupon_of(row) if row else None

    def set_uses(self, coupon_id: int, uses: int) -> None:
        self._s.execute(update(CouponRow).where(CouponRow.id == coupon_id).values(uses=uses))

    def void(self, coupon_id: int, at: dt.datetime, by: str) -> None:
        self._s.execute(
            update(CouponRow).where(CouponRow.id == coupon_id).values(voided_at=at, voided_by=by)
        )

    def add_use(self, use: CouponUse) -> CouponUse:
        row = CouponUseRow(
            coupon_id=use.coupon_id,
            member_id=use.member_id,
            purchase_id=use.purchase_id,
            operation_id=use.operation_id,
            used_at=use.used_at,
            staff=use.staff,
            counter=use.counter,
            gross_rials=use.gross_rials,
            discount_rials=use.discount_rials,
            staff_id=use.staff_id,
        )
        self._s.add(row)
        self._s.flush()
        return use_of(row)

    def uses_of(self, coupon_id: int) -> list[CouponUse]:
        rows = self._s.scalars(
            select(CouponUseRow)
            .where(CouponUseRow.coupon_id == coupon_id)
            .order_by(CouponUseRow.id)
        )
        return [use_of(r) for r in rows]

    def use_of_operation(self, operation_id: str) -> CouponUse | None:
        row = self._s.scalars(
            select(CouponUseRow).where(CouponUseRow.operation_id == operation_id)
        ).first()
        return use_of(row) if row else None

    def use_of_purchase(self, purchase_id: int) -> CouponUse | None:
        row = self._s.scalars(
            select(CouponUseRow).where(CouponUseRow.purchase_id == purchase_id)
        ).first()
        return use_of(row) if row else None

    def mark_returned(self, use_id: int, at: dt.datetime) -> None:
        self._s.execute(
            update(CouponUseRow).where(CouponUseRow.id == use_id).values(returned_at=at)
        )

    def listing(
        self,
        *,
        today: dt.date,
        state: CouponState | None = None,
        member_id: int | None = None,
        campaign: str | None = None,
        limit: int = 200,
    ) -> list[StoredCoupon]:
        """Coupons, newest first, in one state on ``today`` if asked."""
        query = select(CouponRow)
        if member_id is not None:
            query = query.where(CouponRow.member_id == member_id)
        if campaign is not None:
            query = query.where(CouponRow.campaign == campaign)
        if state is not None:
            query = query.where(_state_condition(state, today))
        rows = self._s.scalars(query.order_by(CouponRow.id.desc()).limit(limit))
        return [coupon_of(r) for r in rows]

    def counts(self, today: dt.date) -> dict[CouponState, int]:
        found: dict[CouponState, int] = {}
        for state in CouponState:
            found[state] = int(
                self._s.scalar(
                    select(func.count())
                    .select_from(CouponRow)
                    .where(_state_condition(state, today))
                )
                or 0
            )
        return found

    def uses_in(self, coupon_ids: Sequence[int]) -> dict[int, list[CouponUse]]:
        found: dict[int, list[CouponUse]] = {}
        ids = list(coupon_ids)
        for chunk in in_slices(ids):
            rows = self._s.scalars(
                select(CouponUseRow)
                .where(CouponUseRow.coupon_id.in_(chunk))
                .order_by(CouponUseRow.id)
            )
            for row in rows:
                found.setdefault(row.coupon_id, []).append(use_of(row))
        return found

    def uses_mismatches(self) -> list[tuple[str, int, int]]:
        kept = (
            select(CouponUseRow.coupon_id, func.count().label("n"))
            .where(CouponUseRow.returned_at.is_(None))
            .group_by(CouponUseRow.coupon_id)
            .subquery()
        )
        recorded = func.coalesce(kept.c.n, 0)
        rows = self._s.execute(
            select(CouponRow.code, CouponRow.uses, recorded)
            .outerjoin(kept, kept.c.coupon_id == CouponRow.id)
            .where(CouponRow.uses != recorded)
            .order_by(CouponRow.id)
        )
        return [(str(code), int(uses), int(n)) for code, uses, n in rows]


def _state_condition(state: CouponState, today: dt.date) -> ColumnElement[bool]:
    """The SQL of StoredCoupon.state, so a list can be filtered in the database."""
    voided = CouponRow.voided_at.is_not(None)
    used = CouponRow.uses >= CouponRow.uses_allowed
    live = and_(~voided, ~used)
    if state is CouponState.VOIDED:
        return voided
    if state is CouponState.USED:
        return and_(~voided, used)
    if state is CouponState.EXPIRED:
        return and_(live, CouponRow.valid_until < today)
    if state is CouponState.NOT_YET:
        return and_(live, CouponRow.valid_from > today, CouponRow.valid_until >= today)
    return and_(live, CouponRow.valid_until >= today, CouponRow.valid_from <= today)


class SqlClubSettingsRepository:
    """Settings of the whole club as JSON text by key (one row each)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> str | None:
        row = first(self._s, _SETTING, key=key)
        return row.value if row else None

    def put(self, key: str, value: str) -> None:
        row = self._s.get(ClubSettingRow, key)
        if row is None:
            self._s.add(ClubSettingRow(key=key, value=value))
        else:
            row.value = value
        self._s.flush()

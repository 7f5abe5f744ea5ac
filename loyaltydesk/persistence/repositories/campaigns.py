"""Who a campaign reaches, found by the database, and the history of its runs.

Every look-up reads an index range or one pass over a table: nothing loads the members or
their purchases into Python to find who qualifies (a club of a million members is previewed
in a few seconds). The win-back list is the reports' at-risk SQL (report_queries.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from loyaltydesk.domain.campaigns import CampaignKind, CampaignRun, RunStatus
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.persistence.repositories.rows import in_slices
from loyaltydesk.persistence.tables import (
    CampaignRunRow,
    CouponRow,
    CouponUseRow,
    LedgerRow,
    MemberRow,
    MessageRow,
    OperationRow,
    PurchaseRow,
)
from loyaltydesk.services.ports import FirstPurchase
from loyaltydesk.services.report_ports import CampaignFigures


def run_of(row: CampaignRunRow, used: int = 0) -> CampaignRun:
    return CampaignRun(
        id=row.id,
        campaign=CampaignKind(row.campaign),
        started_at=row.started_at,
        finished_at=row.finished_at,
        automatic=row.automatic,
        staff=row.staff,
        counter=row.counter,
        status=RunStatus(row.status),
        qualified=row.qualified,
        rewarded=row.rewarded,
        coupons=row.coupons,
        points=row.points,
        messages=row.messages,
        error=row.error,
        coupons_used=used,
    )


class SqlCampaignRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- runs ------------------------------------------------------------------------------

    def add_run(self, run: CampaignRun) -> CampaignRun:
        row = CampaignRunRow(
            campaign=run.campaign.value,
            started_at=run.started_at,
            finished_at=run.finished_at,
            automatic=run.automatic,
            staff=run.staff,
            counter=run.counter,
            status=run.status.value,
            qualified=run.qualified,
            rewarded=run.rewarded,
            coupons=run.coupons,
            points=run.points,
            messages=run.messages,
            error=run.error,
        )
        self._s.add(row)
        self._s.flush()
        return run_of(row)

    def update_run(self, run: CampaignRun) -> None:
        row = self._s.get(CampaignRunRow, run.id)
        assert row is not None
        row.finished_at = run.finished_at
        row.status = run.status.value
        row.qualified = run.qualified
        row.rewarded = run.rewarded
        row.coupons = run.coupons
        row.points = run.points
        row.messages = run.messages
        row.error = run.error
        self._s.flush()

    def get_run(self, run_id: int) -> CampaignRun | None:
        row = self._s.get(CampaignRunRow, run_id)
        return run_of(row) if row else None

    def runs(self, kind: CampaignKind | None, limit: int) -> list[CampaignRun]:
        query = select(CampaignRunRow).order_by(CampaignRunRow.id.desc()).limit(limit)
        if kind is not None:
            query = query.where(CampaignRunRow.campaign == kind.value)
        rows = list(self._s.scalars(query))
        used: dict[int, int] = {}
        if rows:
            # A use a refund gave back does not count: that purchase is undone.
            counted = self._s.execute(
                select(CouponRow.run_id, func.count(func.distinct(CouponUseRow.coupon_id)))
                .join(CouponUseRow, CouponUseRow.coupon_id == CouponRow.id)
                .where(
                    CouponRow.run_id.in_([r.id for r in rows]),
                    CouponUseRow.returned_at.is_(None),
                )
                .group_by(CouponRow.run_id)
            )
            used = {int(run_id): int(n) for run_id, n in counted if run_id is not None}
        return [run_of(r, used.get(r.id, 0)) for r in rows]

    # -- who qualifies ---------------------------------------------------------------------

    def born_on(self, dates: Sequence[dt.date]) -> list[tuple[int, dt.date]]:
        if not dates:
            return []
        # One pass over the members; the dates are an IN list the database hashes.
        rows = self._s.execute(
            select(MemberRow.id, MemberRow.birthday)
            .where(MemberRow.birthday.in_(list(dates)), MemberRow.merged_into.is_(None))
            .order_by(MemberRow.id)
        )
        return [(int(i), b) for i, b in rows if b is not None]

    def first_purchases_between(
        self, start: dt.datetime, end: dt.datetime, *, only_visit: bool = False
    ) -> list[FirstPurchase]:
        p = aliased(PurchaseRow)
        q = aliased(PurchaseRow)
        earlier = (
            select(q.id)
            .where(
                q.member_id == p.member_id,
                q.refunded_rials < q.amount_rials,
                q.occurred_at < p.occurred_at,
            )
            .exists()
        )
        conditions = [
            p.occurred_at >= start,
            p.occurred_at < end,
            p.refunded_rials < p.amount_rials,
            ~earlier,
        ]
        if only_visit:
            other = (
                select(q.id)
                .where(q.member_id == p.member_id, q.id != p.id, q.refunded_rials < q.amount_rials)
                .exists()
            )
            conditions.append(~other)
        rows = self._s.execute(
            select(p.member_id, p.id, p.occurred_at, p.amount_rials, p.refunded_rials)
            .where(and_(*conditions))
            .order_by(p.member_id, p.occurred_at, p.id)
        )
        found: dict[int, FirstPurchase] = {}
        for member_id, pid, at, amount, refunded in rows:
            # Two purchases at the very same instant: the first by id is the first.
            found.setdefault(
                int(member_id), FirstPurchase(int(member_id), pid, at, amount, refunded)
            )
        return list(found.values())

    def referred_first_purchases(self, start: dt.datetime, end: dt.datetime) -> list[FirstPurchase]:
        p = aliased(PurchaseRow)
        q = aliased(PurchaseRow)
        # Refunded or not: the first purchase is the one the return window is about.
        earlier = (
            select(q.id)
            .where(
                q.member_id == p.member_id,
                (q.occurred_at < p.occurred_at) | and_(q.occurred_at == p.occurred_at, q.id < p.id),
            )
            .exists()
        )
        rows = self._s.execute(
            select(
                p.member_id,
                p.id,
                p.occurred_at,
                p.amount_rials,
                p.refunded_rials,
                MemberRow.referrer_id,
            )
            .join(MemberRow, MemberRow.id == p.member_id)
            .where(
                MemberRow.referrer_id.is_not(None),
                p.occurred_at >= start,
                p.occurred_at < end,
                ~earlier,
            )
            .order_by(p.member_id)
        )
        return [
            FirstPurchase(int(m), pid, at, amount, refunded, ref)
            for m, pid, at, amount, refunded, ref in rows
        ]

    def opted_out_ids(self) -> set[int]:
        """Members who asked for no messages (few: read at once for a whole campaign)."""
        return set(self._s.scalars(select(MemberRow.id).where(MemberRow.opted_out.is_(True))))

    def emailable_ids(self) -> set[int]:
        """Members with an e-mail address who did not ask for no messages."""
        return set(
            self._s.scalars(
                select(MemberRow.id).where(
                    MemberRow.email.is_not(None), MemberRow.opted_out.is_(False)
                )
            )
        )

    def done_operations_among(self, operation_ids: Sequence[str]) -> set[str]:
        """Those of ``operation_ids`` already recorded as operations (a bonus given)."""
        found: set[str] = set()
        ids = list(operation_ids)
        for chunk in in_slices(ids):
            found.update(
                str(v)
                for v in self._s.scalars(
                    select(OperationRow.op_id).where(OperationRow.op_id.in_(chunk))
                )
            )
        return found

    def done_operations(self, prefix: str) -> set[str]:
        # What a campaign did so far, read at once instead of asking about every candidate
        # (100,000 ids took 13 s). SQLite compares bytes, so a range on each unique index;
        # PostgreSQL's collation may order punctuation otherwise, so a prefix match there.
        done: set[str] = set()
        sqlite = self._s.get_bind().dialect.name == "sqlite"
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        for column in (CouponRow.operation_id, OperationRow.op_id, MessageRow.operation_id):
            match = (
                and_(column >= prefix, column < upper)
                if sqlite
                else column.startswith(prefix, autoescape=True)
            )
            done.update(str(v) for v in self._s.scalars(select(column).where(match)))
        return done

    def average_purchase(self, member_ids: Sequence[int]) -> dict[int, int]:
        ids = list(member_ids)
        found: dict[int, int] = {}
        for chunk in in_slices(ids):
            rows = self._s.execute(
                select(
                    PurchaseRow.member_id,
                    func.sum(PurchaseRow.amount_rials - PurchaseRow.refunded_rials),
                    func.count(),
                )
                .where(
                    PurchaseRow.member_id.in_(chunk),
                    PurchaseRow.refunded_rials < PurchaseRow.amount_rials,
                )
                .group_by(PurchaseRow.member_id)
            )
            for member_id, total, count in rows:
                found[int(member_id)] = int(total or 0) // max(int(count), 1)
        return found

    # -- what the campaigns did (the reports) -----------------------------------------------

    def figures(self, start: dt.datetime, end: dt.datetime) -> CampaignFigures:
        issued = self._s.scalar(
            select(func.count()).where(
                CouponRow.campaign.is_not(None),
                CouponRow.created_at >= start,
                CouponRow.created_at < end,
            )
        )
        used = self._s.execute(
            select(
                func.count(),
                func.coalesce(func.sum(PurchaseRow.amount_rials - PurchaseRow.refunded_rials), 0),
                func.coalesce(func.sum(CouponUseRow.discount_rials), 0),
            )
            .select_from(CouponUseRow)
            .join(CouponRow, CouponRow.id == CouponUseRow.coupon_id)
            .join(PurchaseRow, PurchaseRow.id == CouponUseRow.purchase_id)
            .where(
                CouponRow.campaign.is_not(None),
                CouponUseRow.returned_at.is_(None),
                CouponUseRow.used_at >= start,
                CouponUseRow.used_at < end,
            )
        ).one()
        won_back = self._s.scalar(
            select(func.count(func.distinct(CouponUseRow.member_id)))
            .select_from(CouponUseRow)
            .join(CouponRow, CouponRow.id == CouponUseRow.coupon_id)
            .where(
                CouponRow.campaign == CampaignKind.WIN_BACK.value,
                CouponUseRow.returned_at.is_(None),
                CouponUseRow.used_at >= start,
                CouponUseRow.used_at < end,
            )
        )
        bonus = self._s.scalar(
            select(func.coalesce(func.sum(LedgerRow.points), 0)).where(
                LedgerRow.kind == EntryKind.BONUS.value,
                LedgerRow.campaign.is_not(None),
                LedgerRow.effective_at >= start,
                LedgerRow.effective_at < end,
            )
        )
        return CampaignFigures(
            coupons_issued=int(issued or 0),
            coupons_used=int(used[0] or 0),
            members_won_back=int(won_back or 0),
            sales_rials=int(used[1] or 0),
            discount_rials=int(used[2] or 0),
            bonus_points=int(bonus or 0),
        )

"""The rows of the accountant's exports, read in one statement each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from loyaltydesk.domain.cards import CardStatus
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.persistence.tables import CardRow, LedgerRow, MemberRow, PurchaseRow
from loyaltydesk.services.accounting import LedgerRecord, MemberRecord


class SqlAccountingRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def members(self, start: dt.datetime | None, end: dt.datetime | None) -> list[MemberRecord]:
        query = (
            select(MemberRow, CardRow.number)
            .outerjoin(
                CardRow,
                and_(
                    CardRow.member_id == MemberRow.id,
                    CardRow.status == CardStatus.ACTIVE.value,
                ),
            )
            .order_by(MemberRow.id)
        )
        if start is not None:
            query = query.where(MemberRow.joined_at >= start)
        if end is not None:
            query = query.where(MemberRow.joined_at < end)
        return [
            MemberRecord(
                id=m.id,
                name=m.name,
                phone=m.phone,
                card=number,
                national_code=m.national_code,
                birthday=m.birthday,
                email=m.email,
                joined_at=m.joined_at,
                last_visit_at=m.last_visit_at,
                balance=m.balance,
                stamps=m.stamps,
                tier_code=m.tier_code,
                opted_out=m.opted_out,
                merged_into=m.merged_into,
            )
            for m, number in self._s.execute(query)
        ]

    def ledger(self, start: dt.datetime | None, end: dt.datetime | None) -> list[LedgerRecord]:
        query = (
            select(
                LedgerRow,
                MemberRow.name,
                PurchaseRow.amount_rials,
                PurchaseRow.refunded_rials,
                PurchaseRow.receipt_no,
            )
            .join(MemberRow, MemberRow.id == LedgerRow.member_id)
            .outerjoin(PurchaseRow, PurchaseRow.id == LedgerRow.purchase_id)
            .order_by(LedgerRow.id)
        )
        if start is not None:
            query = query.where(LedgerRow.effective_at >= start)
        if end is not None:
            query = query.where(LedgerRow.effective_at < end)
        return [
            LedgerRecord(
                id=e.id,
                effective_at=e.effective_at,
                recorded_at=e.recorded_at,
                member_id=e.member_id,
                member_name=name,
                kind=EntryKind(e.kind),
                points=e.points,
                balance_after=e.balance_after,
                stamps=e.stamps,
                purchase_rials=amount,
                refunded_rials=refunded,
                receipt_no=receipt,
                reward_name=e.reward_name,
                staff=e.staff,
                counter=e.counter,
                operation_id=e.operation_id,
                reason=e.reason,
                related_member_id=e.related_member_id,
            )
            for e, name, amount, refunded, receipt in self._s.execute(query)
        ]

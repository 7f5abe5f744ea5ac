"""The customer's voice: scores and reasons, one row each."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyaltydesk.domain.feedback import Feedback, FeedbackKind, NewFeedback
from loyaltydesk.persistence.tables import FeedbackRow


def feedback_of(row: FeedbackRow) -> Feedback:
    return Feedback(
        id=row.id,
        member_id=row.member_id,
        purchase_id=row.purchase_id,
        kind=FeedbackKind(row.kind),
        score=row.score,
        reason=row.reason,
        note=row.note,
        recorded_at=row.recorded_at,
        staff=row.staff,
        counter=row.counter,
        operation_id=row.operation_id,
    )


class SqlFeedbackRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, new: NewFeedback) -> Feedback:
        row = FeedbackRow(
            member_id=new.member_id,
            purchase_id=new.purchase_id,
            kind=new.kind.value,
            score=new.score,
            reason=new.reason,
            note=new.note,
            recorded_at=new.recorded_at,
            staff=new.staff,
            counter=new.counter,
            operation_id=new.operation_id,
        )
        self._s.add(row)
        self._s.flush()
        return feedback_of(row)

    def by_operation(self, operation_id: str) -> Feedback | None:
        row = self._s.scalars(
            select(FeedbackRow).where(FeedbackRow.operation_id == operation_id)
        ).first()
        return feedback_of(row) if row else None

    def visit_score_of(self, purchase_id: int) -> Feedback | None:
        """The score the visit got (the first, should an older version have stored two)."""
        row = self._s.scalars(
            select(FeedbackRow)
            .where(
                FeedbackRow.purchase_id == purchase_id,
                FeedbackRow.kind == FeedbackKind.VISIT.value,
            )
            .order_by(FeedbackRow.id)
            .limit(1)
        ).first()
        return feedback_of(row) if row else None

    def for_member(self, member_id: int, limit: int) -> list[Feedback]:
        """The member's feedback, newest first."""
        rows = self._s.scalars(
            select(FeedbackRow)
            .where(FeedbackRow.member_id == member_id)
            .order_by(FeedbackRow.recorded_at.desc(), FeedbackRow.id.desc())
            .limit(limit)
        )
        return [feedback_of(r) for r in rows]

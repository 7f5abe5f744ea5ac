"""Checks that the books are right: every cached balance (points and stamps) against its
ledger, and every coupon's count of uses against the uses recorded."""

from __future__ import annotations

from loyaltydesk.services.ports import UnitOfWorkFactory
from loyaltydesk.services.views import BalanceDifference, VerifyReport


class AuditService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def verify(self) -> VerifyReport:
        with self._uow(write=False) as uow:
            mismatches = uow.ledger.balance_mismatches()
            stamp_mismatches = uow.ledger.stamp_mismatches()
            cards = uow.cards.active_numbers(
                [m.member_id for m in (*mismatches, *stamp_mismatches)]
            )
            return VerifyReport(
                members_checked=uow.members.count(),
                entries_checked=uow.ledger.count(),
                differences=tuple(
                    BalanceDifference(m.member_id, cards.get(m.member_id), m.cached, m.ledger)
                    for m in mismatches
                ),
                stamp_differences=tuple(
                    BalanceDifference(m.member_id, cards.get(m.member_id), m.cached, m.ledger)
                    for m in stamp_mismatches
                ),
                coupon_differences=tuple(uow.coupons.uses_mismatches()),
            )

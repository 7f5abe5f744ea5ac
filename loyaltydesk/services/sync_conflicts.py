"""Rewards an offline counter gave that the ledger could not fully cover when they reached
the server: listed for a manager, and settled — forgiven (the shop bears it) or charged to
the member by an approved adjustment, which may leave them owing points."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.domain.ledger import EntryKind, NewEntry, check_adjustment
from loyaltydesk.domain.offline import Settlement, SyncConflict
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.domain.staff import Actor, Permission, authorize
from loyaltydesk.i18n.text import strip_bidi_controls
from loyaltydesk.services.common import (
    UTC_ZONE,
    check_op_id,
    new_operation,
    require_member,
    run_write,
)
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record, require

MAX_NOTE_LENGTH = 500


class SyncConflictService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo = UTC_ZONE) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    def listed(self, actor: Actor, *, open_only: bool = True) -> list[SyncConflict]:
        require(self._uow, actor, Permission.SETTLE_SYNC)
        with self._uow(write=False) as uow:
            return uow.sync_conflicts.listed(open_only=open_only)

    def count_open(self) -> int:
        """For the window's reminder; no permission needed to know there is something."""
        with self._uow(write=False) as uow:
            return len(uow.sync_conflicts.listed(open_only=True))

    def settle(
        self, op_id: str, conflict_id: int, how: Settlement, note: str, actor: Actor
    ) -> SyncConflict:
        """Settle once: a second call with the same operation id returns the first result."""
        op_id = check_op_id(op_id)
        note = " ".join(strip_bidi_controls(note).split())
        if len(note) > MAX_NOTE_LENGTH:
            raise InvalidInput("sync.note_too_long", limit=MAX_NOTE_LENGTH)
        now = self._clock()

        def work(uow: UnitOfWork) -> SyncConflict:
            who = permit(uow, actor, Permission.SETTLE_SYNC)
            conflict = uow.sync_conflicts.get(conflict_id, lock=True)
            if conflict is None:
                raise NotFound("sync.no_such_conflict", conflict=conflict_id)
            if conflict.settled_at is not None:
                if uow.operations.get(op_id) is not None or conflict.settlement is how:
                    return conflict  # the same settling again
                raise Refused("sync.already_settled", conflict=conflict_id)
            adjust_op = None
            if how is Settlement.CHARGED and conflict.shortfall > 0:
                authorize(who, Permission.ADJUST)
                reason = f"offline: {conflict.reward_name} ({conflict.operation_id})"
                if note:
                    reason += f" — {note}"
                points, reason = check_adjustment(-conflict.shortfall, reason)
                member = require_member(uow, conflict.member_id, lock=True)
                balance = member.balance + points
                uow.operations.add(
                    new_operation(op_id, OperationKind.ADJUST, f"{member.id}|{points}|{reason}",
                                  member_id=member.id, now=now, actor=actor, points=points,
                                  balance=balance)
                )  # fmt: skip
                uow.ledger.append(
                    NewEntry(
                        member_id=member.id,
                        kind=EntryKind.ADJUST,
                        points=points,
                        balance_after=balance,
                        operation_id=op_id,
                        actor=actor,
                        recorded_at=now,
                        effective_at=now,
                        reason=reason,
                    )
                )
                uow.members.set_balance(member.id, balance)
                adjust_op = op_id
            uow.sync_conflicts.settle(conflict_id, how, now, actor.staff, note or None, adjust_op)
            record(
                uow, actor, now, AuditKind.SYNC_SETTLED, str(conflict_id),
                after={"settlement": how.value, "points": conflict.shortfall, "note": note},
            )  # fmt: skip
            settled = uow.sync_conflicts.get(conflict_id)
            assert settled is not None
            uow.commit()
            return settled

        return run_write(self._uow, work)

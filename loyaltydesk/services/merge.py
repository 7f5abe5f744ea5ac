"""Duplicate members: finding the pairs, merging two records of one person, and the owner's
undo of a merge the same day.

A merge writes, in one transaction: a ``merge`` ledger line on each member (the other's
balance and stamps out of it, into the member kept), the other's cards re-pointed to the
member kept as alternate codes, the other marked merged (out of the search; its statement
stays readable), and the merge itself with what it moved. The undo writes the reverse lines
(the ledger is append-only) and puts the cards back.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.cards import is_card_number
from loyaltydesk.domain.dates import shop_midnight
from loyaltydesk.domain.earning import MAX_BALANCE
from loyaltydesk.domain.errors import InvalidInput, NotFound
from loyaltydesk.domain.ledger import EntryKind, NewEntry
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.merges import (
    MERGE_UNDONE,
    MERGED_FROM,
    MERGED_INTO,
    DuplicateReason,
    MemberMerge,
    card_status_after_merge,
    check_undo,
    group_by_key,
    pairs_of_groups,
    plan_merge,
)
from loyaltydesk.domain.phones import digits_only, national_mobile_digits
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.i18n.text import name_tokens
from loyaltydesk.services.common import (
    UTC_ZONE,
    check_op_id,
    in_use,
    member_view,
    new_operation,
    prior_operation,
    require_member,
    run_write,
)
from loyaltydesk.services.ports import Clock, NewMerge, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record
from loyaltydesk.services.views import (
    DuplicateView,
    MemberView,
    MergePreview,
    MergeResult,
    MergeView,
)

DEFAULT_DUPLICATES_LIMIT = 500


class MergeService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo = UTC_ZONE) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    # -- finding ------------------------------------------------------------------------

    def duplicates(
        self, actor: Actor, limit: int = DEFAULT_DUPLICATES_LIMIT
    ) -> tuple[list[DuplicateView], int]:
        """Pairs of members in use that are probably one person, with the reasons; and how
        many pairs there are in all (only ``limit`` are listed)."""
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.MERGE)
            found = uow.merges.candidates()
            groups = [
                group
                for reason in DuplicateReason
                for group in group_by_key(found.get(reason, []), reason)
            ]
            pairs = pairs_of_groups(groups)
            shown = pairs[:limit]
            ids = sorted({i for p in shown for i in (p.first_id, p.second_id)})
            members = {m.id: m for m in uow.members.get_many(ids)}
            cards = uow.cards.active_numbers(ids)
            views = [
                DuplicateView(
                    MemberView.of(members[p.first_id], cards.get(p.first_id)),
                    MemberView.of(members[p.second_id], cards.get(p.second_id)),
                    p.reasons,
                )
                for p in shown
                if p.first_id in members and p.second_id in members
            ]
            return views, len(pairs)

    def preview(self, kept_id: int, merged_id: int, actor: Actor) -> MergePreview:
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.MERGE)
            kept = require_member(uow, kept_id)
            merged = require_member(uow, merged_id)
            cards = uow.cards.of_member(merged_id)
            plan = plan_merge(kept, merged, [(c.id, c.status) for c in cards], MAX_BALANCE)
            return MergePreview(
                kept=member_view(uow, kept),
                merged=member_view(uow, merged),
                points=plan.points,
                stamps=plan.stamps,
                cards=tuple(c.number for c in cards),
                kept_balance_after=plan.kept_balance_after,
                kept_stamps_after=plan.kept_stamps_after,
            )

    def today(self, actor: Actor) -> list[MergeView]:
        """The merges done since the shop's day began, newest first."""
        now = self._clock()
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.MERGE)
            return [self._view(uow, m, now) for m in uow.merges.since(self._day_start(now))]

    def of_member(self, member_id: int) -> list[MergeView]:
        """The merges a member took part in (kept or merged), oldest first: the details
        window names the records merged into a member, whose statements stay readable."""
        now = self._clock()
        with self._uow(write=False) as uow:
            return [self._view(uow, m, now) for m in uow.merges.of_member(member_id)]

    def merge_by_refs(
        self, op_id: str, kept_ref: str, merged_ref: str, actor: Actor
    ) -> MergeResult:
        """``merge`` for the members two cards or phones name (the command line). A retry
        of the same operation replays, though the merged member's card and phone lead to
        the member kept by then."""
        op_id = check_op_id(op_id)
        with self._uow(write=False) as uow:
            done = uow.merges.by_operation(op_id)
            if done is not None and self._names(uow, done, kept_ref, merged_ref):
                kept_id, merged_id = done.kept_id, done.merged_id
            else:
                kept_id = in_use(uow, self._member_of(uow, kept_ref)).id
                merged_id = self._member_of(uow, merged_ref).id
        return self.merge(op_id, kept_id, merged_id, actor)

    def find(self, kept_ref: str, merged_ref: str) -> MergeView:
        """The latest merge of the member ``merged_ref`` names into the one ``kept_ref``
        names (cards or phones). A merged member's card and phone lead to the member kept
        everywhere else; here they name the merged record itself."""
        now = self._clock()
        with self._uow(write=False) as uow:
            kept = self._member_of(uow, kept_ref)
            merges = [m for m in uow.merges.of_member(kept.id) if m.kept_id == kept.id]
            for done in reversed(merges):
                if self._names_merged(uow, done, merged_ref):
                    return self._view(uow, done, now)
            raise NotFound("merge.not_found")

    def _names(self, uow: UnitOfWork, done: MemberMerge, kept_ref: str, merged_ref: str) -> bool:
        try:
            kept = self._member_of(uow, kept_ref)
        except (InvalidInput, NotFound):
            return False
        return kept.id == done.kept_id and self._names_merged(uow, done, merged_ref)

    @staticmethod
    def _names_merged(uow: UnitOfWork, done: MemberMerge, ref: str) -> bool:
        """Whether ``ref`` (a card or phone) is the merged member's of ``done``."""
        raw = digits_only(ref)
        if is_card_number(raw):
            card = uow.cards.by_number(raw)
            return card is not None and card.id in dict(done.cards)
        national = national_mobile_digits(raw)
        member = uow.members.by_phone("+98" + national) if national else None
        return member is not None and member.id == done.merged_id

    @staticmethod
    def _member_of(uow: UnitOfWork, ref: str) -> Member:
        raw = digits_only(ref)
        if is_card_number(raw):
            card = uow.cards.by_number(raw)
            if card is None:
                raise NotFound("card.unknown", card=raw)
            return require_member(uow, card.member_id)
        national = national_mobile_digits(raw)
        if national is None:
            raise InvalidInput("member_ref.malformed", value=ref)
        member = uow.members.by_phone("+98" + national)
        if member is None:
            raise NotFound("phone.unknown", phone="0" + national)
        return member

    # -- merging ------------------------------------------------------------------------

    def merge(self, op_id: str, kept_id: int, merged_id: int, actor: Actor) -> MergeResult:
        """Merge ``merged_id`` into ``kept_id``; the same ``op_id`` again returns the first
        result."""
        op_id = check_op_id(op_id)
        now = self._clock()
        fingerprint = f"{kept_id}|{merged_id}"

        def work(uow: UnitOfWork) -> MergeResult:
            permit(uow, actor, Permission.MERGE)
            prior = prior_operation(uow, op_id, OperationKind.MERGE, fingerprint)
            if prior is not None:
                done = uow.merges.by_operation(op_id)
                if done is None:
                    raise NotFound("merge.not_found")
                kept_now = require_member(uow, kept_id)
                return MergeResult(
                    op_id, self._view(uow, done, now), member_view(uow, kept_now), replayed=True
                )
            kept, merged = self._lock_pair(uow, kept_id, merged_id)
            cards = uow.cards.of_member(merged_id)
            plan = plan_merge(kept, merged, [(c.id, c.status) for c in cards], MAX_BALANCE)
            uow.operations.add(
                new_operation(
                    op_id,
                    OperationKind.MERGE,
                    fingerprint,
                    member_id=kept_id,
                    now=now,
                    actor=actor,
                    points=plan.points,
                    balance=plan.kept_balance_after,
                )
            )
            stamped = plan.stamps != 0
            merged_entry = uow.ledger.append(
                NewEntry(
                    member_id=merged_id,
                    kind=EntryKind.MERGE,
                    points=-plan.points,
                    balance_after=0,
                    operation_id=op_id,
                    actor=actor,
                    recorded_at=now,
                    effective_at=now,
                    reason=MERGED_INTO,
                    stamps=-plan.stamps,
                    stamps_after=0 if stamped else None,
                    related_member_id=kept_id,
                )
            )
            kept_entry = uow.ledger.append(
                NewEntry(
                    member_id=kept_id,
                    kind=EntryKind.MERGE,
                    points=plan.points,
                    balance_after=plan.kept_balance_after,
                    operation_id=op_id,
                    actor=actor,
                    recorded_at=now,
                    effective_at=now,
                    reason=MERGED_FROM,
                    stamps=plan.stamps,
                    stamps_after=plan.kept_stamps_after if stamped else None,
                    related_member_id=merged_id,
                )
            )
            uow.members.set_balance(merged_id, 0)
            uow.members.set_stamps(merged_id, 0)
            uow.members.set_balance(kept_id, plan.kept_balance_after)
            uow.members.set_stamps(kept_id, plan.kept_stamps_after)
            for card_id, status in plan.cards:
                uow.cards.move(card_id, kept_id, card_status_after_merge(status))
            uow.members.set_merged_into(merged_id, kept_id, None)
            done = uow.merges.add(
                NewMerge(
                    kept_id=kept_id,
                    merged_id=merged_id,
                    at=now,
                    actor=actor,
                    operation_id=op_id,
                    points=plan.points,
                    stamps=plan.stamps,
                    cards=plan.cards,
                    kept_entry_id=kept_entry.id,
                    merged_entry_id=merged_entry.id,
                )
            )
            record(
                uow,
                actor,
                now,
                AuditKind.MERGE,
                f"member:{kept_id}",
                before={"merged": merged_id, "name": merged.name, "phone": merged.phone},
                after={"kept": kept_id, "points": plan.points, "stamps": plan.stamps},
            )
            view = self._view(uow, done, now)
            kept_view = member_view(uow, require_member(uow, kept_id))
            uow.commit()
            return MergeResult(op_id, view, kept_view, replayed=False)

        return run_write(self._uow, work)

    def undo(self, op_id: str, merge_id: int, actor: Actor) -> MergeResult:
        """The owner's undo of a merge done today: reverse lines give the points and stamps
        back, the cards scan to their member again. Refused when the member kept has spent
        what would go back."""
        op_id = check_op_id(op_id)
        now = self._clock()
        fingerprint = str(merge_id)

        def work(uow: UnitOfWork) -> MergeResult:
            permit(uow, actor, Permission.UNMERGE)
            done = uow.merges.get(merge_id, lock=True)
            if done is None:
                raise NotFound("merge.not_found")
            prior = prior_operation(uow, op_id, OperationKind.UNMERGE, fingerprint)
            if prior is not None:
                kept_now = require_member(uow, done.kept_id)
                return MergeResult(
                    op_id, self._view(uow, done, now), member_view(uow, kept_now), replayed=True
                )
            kept = self._locked(uow, done.kept_id)
            merged = self._locked(uow, done.merged_id)
            check_undo(
                merged_at=done.at,
                undone_at=done.undone_at,
                day_start=self._day_start(now),
                kept=kept,
                points=done.points,
                stamps=done.stamps,
            )
            kept_balance = kept.balance - done.points
            kept_stamps = kept.stamps - done.stamps
            merged_balance = merged.balance + done.points
            merged_stamps = merged.stamps + done.stamps
            stamped = done.stamps != 0
            uow.operations.add(
                new_operation(
                    op_id,
                    OperationKind.UNMERGE,
                    fingerprint,
                    member_id=done.kept_id,
                    now=now,
                    actor=actor,
                    points=-done.points,
                    balance=kept_balance,
                )
            )
            uow.ledger.append(
                NewEntry(
                    member_id=done.kept_id,
                    kind=EntryKind.MERGE,
                    points=-done.points,
                    balance_after=kept_balance,
                    operation_id=op_id,
                    actor=actor,
                    recorded_at=now,
                    effective_at=now,
                    reverses_entry_id=done.kept_entry_id,
                    reason=MERGE_UNDONE,
                    stamps=-done.stamps,
                    stamps_after=kept_stamps if stamped else None,
                    related_member_id=done.merged_id,
                )
            )
            uow.ledger.append(
                NewEntry(
                    member_id=done.merged_id,
                    kind=EntryKind.MERGE,
                    points=done.points,
                    balance_after=merged_balance,
                    operation_id=op_id,
                    actor=actor,
                    recorded_at=now,
                    effective_at=now,
                    reverses_entry_id=done.merged_entry_id,
                    reason=MERGE_UNDONE,
                    stamps=done.stamps,
                    stamps_after=merged_stamps if stamped else None,
                    related_member_id=done.kept_id,
                )
            )
            uow.members.set_balance(done.kept_id, kept_balance)
            uow.members.set_stamps(done.kept_id, kept_stamps)
            uow.members.set_balance(done.merged_id, merged_balance)
            uow.members.set_stamps(done.merged_id, merged_stamps)
            for card_id, status in done.cards:
                uow.cards.move(card_id, done.merged_id, status)
            uow.members.set_merged_into(done.merged_id, None, name_tokens(merged.name))
            uow.merges.set_undone(merge_id, now, actor.staff, op_id)
            record(
                uow,
                actor,
                now,
                AuditKind.UNMERGE,
                f"member:{done.kept_id}",
                before={"kept": done.kept_id, "merged": done.merged_id},
                after={"points": done.points, "stamps": done.stamps},
            )
            undone = uow.merges.get(merge_id)
            assert undone is not None
            view = self._view(uow, undone, now)
            kept_view = member_view(uow, require_member(uow, done.kept_id))
            uow.commit()
            return MergeResult(op_id, view, kept_view, replayed=False)

        return run_write(self._uow, work)

    # -- helpers ------------------------------------------------------------------------

    def _day_start(self, now: dt.datetime) -> dt.datetime:
        return shop_midnight(now.astimezone(self._zone).date(), self._zone)

    def _lock_pair(self, uow: UnitOfWork, kept_id: int, merged_id: int) -> tuple[Member, Member]:
        # Always the lower id first, so two counters merging the same pair cannot deadlock.
        if kept_id == merged_id:
            member = self._locked(uow, kept_id)
            return member, member
        first, second = sorted((kept_id, merged_id))
        locked = {first: self._locked(uow, first), second: self._locked(uow, second)}
        return locked[kept_id], locked[merged_id]

    @staticmethod
    def _locked(uow: UnitOfWork, member_id: int) -> Member:
        # Not require_member(lock=True): that refuses a merged member, which plan_merge and
        # check_undo judge with their own, clearer, refusals.
        member = uow.members.get(member_id, lock=True)
        if member is None:
            raise NotFound("member.no_such_id", member_id=member_id)
        return member

    def _view(self, uow: UnitOfWork, done: MemberMerge, now: dt.datetime) -> MergeView:
        names = uow.merges.names([done.kept_id, done.merged_id])
        numbers = []
        for card_id, _status in done.cards:
            card = uow.cards.get(card_id)
            if card is not None:
                numbers.append(card.number)
        return MergeView(
            id=done.id,
            kept_id=done.kept_id,
            kept_name=names.get(done.kept_id, ""),
            merged_id=done.merged_id,
            merged_name=names.get(done.merged_id, ""),
            at=done.at,
            staff=done.staff,
            points=done.points,
            stamps=done.stamps,
            cards=tuple(numbers),
            undone_at=done.undone_at,
            undone_by=done.undone_by,
            undoable=done.undone_at is None and done.at >= self._day_start(now),
        )

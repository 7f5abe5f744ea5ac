"""What printed documents say: card faces, notes and slips, coupons, the club's rules.

Read models only; drawing them is the printing layer's job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from loyaltydesk.domain.coupons import MAX_TITLE_LENGTH, Coupon, check_coupon_code
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused, StorageError
from loyaltydesk.domain.ledger import EntryKind, LedgerEntry
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.purchases import Purchase
from loyaltydesk.domain.rewards import NextReward, next_reward, stamp_goal
from loyaltydesk.i18n.text import clean_display_name
from loyaltydesk.services.common import member_view, require_member
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.views import CardFace, ClubSummary, MemberView, NoteView

# Kinds of ledger line a customer takes a note or slip home for.
NOTE_KINDS = frozenset({EntryKind.EARN, EntryKind.REDEEM})
MAX_SHEET_CARDS = 100_000


class PrintoutService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, membership: MembershipService) -> None:
        self._uow = uow
        self._clock = clock
        self._membership = membership

    # -- cards -----------------------------------------------------------------------------

    def card(self, member_ref: str) -> CardFace:
        """The card face of the member a card number or phone belongs to."""
        return _face(self._membership.resolve(member_ref))

    def card_of(self, member_id: int) -> CardFace:
        return _face(self._membership.get(member_id))

    def cards_joined_since(self, since: dt.datetime | None) -> list[CardFace]:
        """Every card holder (``since`` None) or those who joined at or after ``since``."""
        with self._uow(write=False) as uow:
            holders = uow.members.card_holders(since)
        if len(holders) > MAX_SHEET_CARDS:
            raise Refused("print.too_many_cards", count=len(holders), limit=MAX_SHEET_CARDS)
        return [_holder_face(m, number) for m, number in holders]

    def cards_for(self, member_refs: Sequence[str]) -> list[CardFace]:
        """The cards of the members named, in the order given, each once."""
        if not member_refs:
            raise InvalidInput("print.no_cards")
        if len(member_refs) > MAX_SHEET_CARDS:
            raise Refused("print.too_many_cards", count=len(member_refs), limit=MAX_SHEET_CARDS)
        faces: dict[int, CardFace] = {}
        for ref in member_refs:
            face = self.card(ref)
            faces.setdefault(face.member_id, face)
        return list(faces.values())

    def cards_of(self, member_ids: Sequence[int]) -> list[CardFace]:
        if not member_ids:
            raise InvalidInput("print.no_cards")
        wanted = list(dict.fromkeys(member_ids))
        with self._uow(write=False) as uow:
            members = {m.id: m for m in uow.members.get_many(wanted)}
            numbers = uow.cards.active_numbers(wanted)
        missing = [i for i in wanted if i not in members]
        if missing:
            raise NotFound("member.no_such_id", member_id=missing[0])
        return [_holder_face(members[i], numbers[i]) for i in wanted if i in numbers]

    def club(self) -> ClubSummary:
        with self._uow(write=False) as uow:
            rule = uow.rules.in_force(self._clock())
            if rule is None:
                raise StorageError("rules.missing")
            rewards = tuple(sorted(uow.rewards.list(), key=lambda r: (r.sort_order, r.cost)))
        return ClubSummary(rule, rewards)

    # -- notes and slips ---------------------------------------------------------------------

    def note_for_entry(self, entry_id: int) -> NoteView:
        with self._uow(write=False) as uow:
            entry = uow.ledger.get(entry_id)
            if entry is None:
                raise NotFound("entry.unknown", entry_id=entry_id)
            if entry.kind not in NOTE_KINDS:
                raise InvalidInput("print.entry_kind", entry_id=entry_id, kind=entry.kind.value)
            purchase = uow.purchases.get(entry.purchase_id) if entry.purchase_id else None
            member = require_member(uow, entry.member_id)
            note = NoteView(
                member=member_view(uow, member),
                kind=entry.kind,
                at=entry.effective_at,
                points=entry.points,
                balance=entry.balance_after,
                entry_id=entry.id,
                purchase_rials=purchase.amount_rials if purchase else None,
                receipt_no=purchase.receipt_no if purchase else None,
                reward_name=entry.reward_name,
                next_reward=self._ahead(uow, entry.balance_after),
                reward_name_fa=entry.reward_name_fa,
            )
            return _with_stamp_card(note, uow, entry)

    def note_for_purchase(self, purchase_id: int) -> NoteView:
        """A purchase's note, also when it earned nothing (and so has no ledger line)."""
        with self._uow(write=False) as uow:
            purchase = uow.purchases.get(purchase_id)
            if purchase is None:
                raise NotFound("purchase.unknown", purchase_id=purchase_id)
            entry = uow.ledger.earn_entry_of(purchase_id)
            member = require_member(uow, purchase.member_id)
            # Without a ledger line the balance after the purchase is the one before it, which
            # later lines may have changed: the line's own figure when there is one.
            balance = entry.balance_after if entry else _balance_at(uow, member, purchase)
            note = NoteView(
                member=member_view(uow, member),
                kind=EntryKind.EARN,
                at=purchase.occurred_at,
                points=entry.points if entry else 0,
                balance=balance,
                entry_id=entry.id if entry else None,
                purchase_rials=purchase.amount_rials,
                receipt_no=purchase.receipt_no,
                reward_name=None,
                next_reward=self._ahead(uow, balance),
            )
            return _with_stamp_card(note, uow, entry)

    def _ahead(self, uow: UnitOfWork, balance: int) -> NextReward | None:
        return next_reward(balance, uow.rewards.list())

    # -- coupons -----------------------------------------------------------------------------

    def coupon(
        self,
        code: str,
        *,
        title: str,
        valid_until: dt.date,
        member_ref: str | None = None,
        today: dt.date,
    ) -> Coupon:
        """A coupon to print, checked: the code's check digit, a title, a future end date."""
        clean_code = check_coupon_code(code)
        clean_title = clean_display_name(title)
        if not clean_title:
            raise InvalidInput("coupon.empty_title")
        if len(clean_title) > MAX_TITLE_LENGTH:
            raise InvalidInput("coupon.title_too_long", limit=MAX_TITLE_LENGTH)
        if valid_until < today:
            raise InvalidInput("coupon.expired", valid_until=valid_until.isoformat())
        member = self._membership.resolve(member_ref) if member_ref else None
        return Coupon(clean_code, clean_title, valid_until, member.name if member else None)


def _with_stamp_card(note: NoteView, uow: UnitOfWork, entry: LedgerEntry | None) -> NoteView:
    """The stamp card as the line left it, for its note; unchanged for a line without."""
    if entry is None or entry.stamps_after is None:
        return note
    return replace(
        note,
        stamps=entry.stamps_after,
        stamps_moved=entry.stamps,
        stamp_goal=stamp_goal(entry.stamps_after, uow.rewards.list()),
    )


def _face(member: MemberView) -> CardFace:
    if member.card is None:
        raise Refused("print.no_active_card", member_id=member.id)
    return CardFace(member.id, member.name, member.card, member.joined_at)


def _holder_face(member: Member, number: str) -> CardFace:
    return CardFace(member.id, member.name, number, member.joined_at)


def _balance_at(uow: UnitOfWork, member: Member, purchase: Purchase) -> int:
    """The balance right after ``purchase`` was recorded: the last line written before it."""
    balance = 0
    for entry in uow.ledger.for_member(member.id):
        if entry.recorded_at > purchase.recorded_at:
            break
        balance = entry.balance_after
    return balance

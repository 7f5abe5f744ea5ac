"""Registering, finding and looking after members and their cards."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import replace
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.cards import CardStatus, is_card_number, new_card_number
from loyaltydesk.domain.dates import check_birthday, parse_date
from loyaltydesk.domain.errors import InvalidInput, Refused, StorageError
from loyaltydesk.domain.expiry import next_expiry
from loyaltydesk.domain.imports import alternate_code
from loyaltydesk.domain.members import (
    birthday_within,
    check_email,
    check_name,
    check_national_code,
    check_notes,
)
from loyaltydesk.domain.messages import OPTED_OUT_REASON
from loyaltydesk.domain.phones import digits_only, national_mobile_digits, parse_mobile
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.domain.rewards import affordable, next_reward, stamp_goal
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.domain.tiers import TierPolicy
from loyaltydesk.i18n.text import name_tokens, search_terms
from loyaltydesk.services.common import (
    UTC_ZONE,
    check_not_future,
    check_op_id,
    in_use,
    member_view,
    new_operation,
    prior_operation,
    require_member,
    resolve_member,
    run_write,
)
from loyaltydesk.services.ports import Clock, NewMember, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record
from loyaltydesk.services.tiers import standing
from loyaltydesk.services.views import (
    CardReplaced,
    MatchKind,
    MemberHit,
    MemberPanel,
    MemberView,
    Registered,
    Statement,
    StatementLine,
    VisitLine,
)

_MAX_CARD_TRIES = 20
DEFAULT_SEARCH_LIMIT = 20
MAX_SEARCH_LIMIT = 1000


class MembershipService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        make_card_number: Callable[[], str] = lambda: new_card_number(secrets.randbelow),
        zone: ZoneInfo = UTC_ZONE,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone
        self._make_card_number = make_card_number

    # -- registering -------------------------------------------------------------------

    def register(
        self,
        op_id: str,
        *,
        name: str,
        phone: str,
        actor: Actor,
        birthday: str | dt.date | None = None,
        national_code: str | None = None,
        referrer: str | None = None,
        joined_at: dt.datetime | None = None,
        email: str | None = None,
        opted_out: bool = False,
        notes: str | None = None,
    ) -> Registered:
        """A new member and their card. ``email`` and ``notes`` are optional; ``opted_out``
        is the member's "no messages" (still served at the counter, never messaged)."""
        op_id = check_op_id(op_id)
        now = self._clock()
        clean_name = check_name(name)
        canonical_phone = parse_mobile(phone)
        born = self._birthday(birthday, now)
        address = check_email(email)
        remarks = check_notes(notes)
        code = (
            check_national_code(national_code) if national_code and national_code.strip() else None
        )
        joined = check_not_future(joined_at, now) if joined_at else now
        fingerprint = f"{canonical_phone}"

        def work(uow: UnitOfWork) -> Registered:
            permit(uow, actor, Permission.REGISTER)
            prior = prior_operation(uow, op_id, OperationKind.REGISTER, fingerprint)
            if prior is not None:
                member = require_member(uow, prior.member_id)
                return Registered(op_id, member_view(uow, member), replayed=True)
            taken = uow.members.by_phone(canonical_phone)
            if taken is not None:
                raise Refused("phone.taken", phone=canonical_phone, member=taken.name)
            if code is not None:
                holder = uow.members.by_national_code(code)
                if holder is not None:
                    raise Refused("national_code.taken", member=holder.name)
            referrer_id = (
                resolve_member(uow, referrer).id if referrer and referrer.strip() else None
            )
            member = uow.members.add(
                NewMember(
                    name=clean_name,
                    name_tokens=name_tokens(clean_name),
                    phone=canonical_phone,
                    birthday=born,
                    national_code=code,
                    referrer_id=referrer_id,
                    joined_at=joined,
                    email=address,
                    opted_out=opted_out,
                    notes=remarks,
                )
            )
            card = uow.cards.add(member.id, self._fresh_card_number(uow), now)
            uow.operations.add(
                new_operation(
                    op_id,
                    OperationKind.REGISTER,
                    fingerprint,
                    member_id=member.id,
                    now=now,
                    actor=actor,
                    card_id=card.id,
                )
            )
            uow.commit()
            return Registered(op_id, MemberView.of(member, card.number), replayed=False)

        return run_write(self._uow, work)

    def _birthday(self, value: str | dt.date | None, now: dt.datetime) -> dt.date | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        day = parse_date(value) if isinstance(value, str) else value
        return check_birthday(day, now.date())

    def _fresh_card_number(self, uow: UnitOfWork) -> str:
        for _ in range(_MAX_CARD_TRIES):
            number = self._make_card_number()
            if not uow.cards.number_exists(number):
                return number
        raise StorageError("card.numbers_exhausted")

    # -- finding ----------------------------------------------------------------------

    def resolve(self, text: str) -> MemberView:
        """The member a card number or phone number belongs to (what a scan or POS sends)."""
        with self._uow(write=False) as uow:
            return member_view(uow, resolve_member(uow, text))

    def get(self, member_id: int) -> MemberView:
        with self._uow(write=False) as uow:
            return member_view(uow, require_member(uow, member_id))

    def find(self, text: str, limit: int = DEFAULT_SEARCH_LIMIT) -> list[MemberHit]:
        """Members matching a card, a phone (or its last 4 digits) or name fragments.

        Exact card and phone matches come first, then phone endings, then names.
        """
        if not 1 <= limit <= MAX_SEARCH_LIMIT:
            raise InvalidInput("search.bad_limit", limit=MAX_SEARCH_LIMIT)
        raw = digits_only(text)
        hits: list[tuple[int, MatchKind]] = []
        with self._uow(write=False) as uow:
            code = alternate_code(raw)
            if code is not None:
                card = uow.cards.by_number(code)
                if card is not None and card.status is CardStatus.ALTERNATE:
                    hits.append((card.member_id, MatchKind.ALTERNATE_CARD))
            if raw.isdigit():
                if is_card_number(raw):
                    card = uow.cards.by_number(raw)
                    if card is not None:
                        kind = (
                            MatchKind.REPLACED_CARD
                            if card.status is CardStatus.REPLACED
                            else MatchKind.CARD
                        )
                        hits.append((card.member_id, kind))
                national = national_mobile_digits(raw)
                if national is not None:
                    member = uow.members.by_phone("+98" + national)
                    if member is not None:
                        hits.append((in_use(uow, member).id, MatchKind.PHONE))
                if len(raw) == 4:
                    hits += [
                        (m.id, MatchKind.PHONE_TAIL) for m in uow.members.by_phone_tail(raw, limit)
                    ]
                start = _phone_start(raw)
                if start is not None and national is None:
                    hits += [
                        (m.id, MatchKind.PHONE_START)
                        for m in uow.members.by_phone_start(start, limit)
                    ]
            terms = [t for t in search_terms(text) if not t.isdigit()]
            if terms:
                hits += [(i, MatchKind.NAME) for i in uow.members.search_name(terms, limit)]
            seen: dict[int, MatchKind] = {}
            for member_id, kind in hits:
                seen.setdefault(member_id, kind)
            ids = list(seen)[:limit]
            members = {m.id: m for m in uow.members.get_many(ids)}
            cards = uow.cards.active_numbers(ids)
            return [
                MemberHit(MemberView.of(members[i], cards.get(i)), seen[i])
                for i in ids
                if i in members
            ]

    def newest(self, limit: int = DEFAULT_SEARCH_LIMIT) -> list[MemberView]:
        """The members who joined last, newest first: what a list shows before a search."""
        with self._uow(write=False) as uow:
            members = uow.members.newest(limit)
            cards = uow.cards.active_numbers([m.id for m in members])
            return [MemberView.of(m, cards.get(m.id)) for m in members]

    def panel(self, member_id: int, recent: int = 10) -> MemberPanel:
        """What the counter shows of a member: balance, next reward, visits, warnings."""
        now = self._clock()
        today = now.astimezone(self._zone).date()
        with self._uow(write=False) as uow:
            member = require_member(uow, member_id)
            view = member_view(uow, member)
            rule = uow.rules.in_force(now)
            policy = rule.tier_policy if rule else TierPolicy()
            # What this member can be given here: in stock, and their tier's if tier-only.
            rewards = [
                r
                for r in uow.rewards.list()
                if r.in_stock and policy.rank(member.tier_code) >= policy.rank(r.tier_code)
            ]
            expiring = (
                next_expiry(uow.ledger.for_member(member_id), rule.expiry_months, now)
                if rule is not None and rule.expiry_months is not None and member.balance > 0
                else None
            )
            visits = tuple(
                VisitLine(
                    p.occurred_at,
                    p.amount_rials,
                    p.points_earned,
                    p.refunded_rials,
                    p.receipt_no,
                    stamps=p.stamps_earned,
                )
                # A purchase refunded in full (an undo at the counter) was no visit.
                for p in uow.purchases.recent_for(member_id, recent, kept_only=True)
            )
            stamps_on = rule is not None and rule.stamps is not None
            # A points debt holds back points rewards only; the stamp card has its own count.
            within = affordable(
                member.balance if member.balance >= 0 else -1, rewards, member.stamps
            )
            return MemberPanel(
                member=view,
                next_reward=next_reward(member.balance, rewards),
                affordable=tuple(within),
                rewards=tuple(rewards),
                recent_visits=visits,
                replaced_cards=tuple(c.number for c in uow.cards.replaced_for(member_id)),
                birthday_this_week=birthday_within(member.birthday, today, days=7),
                tier=standing(uow, policy, member, now, self._zone) if policy.tiers else None,
                expiring=expiring,
                stamps_on=stamps_on,
                stamp_goal=stamp_goal(member.stamps, rewards) if stamps_on else None,
                points_on=rule.points_enabled if rule is not None else True,
            )

    def update_details(
        self,
        member_id: int,
        *,
        name: str,
        phone: str,
        birthday: str | dt.date | None,
        email: str | None = None,
        opted_out: bool | None = None,
        notes: str | None = None,
        actor: Actor,
    ) -> MemberView:
        """Correct a member's name, mobile or birthday, e-mail, "no messages" and notes; the
        ledger is not touched. ``email`` or ``notes`` None keeps them, an empty one removes
        them; ``opted_out`` None keeps the choice."""
        now = self._clock()
        clean_name = check_name(name)
        canonical_phone = parse_mobile(phone)
        born = self._birthday(birthday, now)
        address = check_email(email) if email is not None else None
        remarks = check_notes(notes) if notes is not None else None

        def work(uow: UnitOfWork) -> MemberView:
            permit(uow, actor, Permission.EDIT_MEMBER)
            member = require_member(uow, member_id, lock=True)
            taken = uow.members.by_phone(canonical_phone)
            if taken is not None and taken.id != member_id:
                raise Refused("phone.taken", phone=canonical_phone, member=taken.name)
            new_email = member.email if email is None else address
            no_messages = member.opted_out if opted_out is None else opted_out
            new_notes = member.notes if notes is None else remarks
            uow.members.update_details(
                member_id,
                name=clean_name,
                name_tokens=name_tokens(clean_name),
                phone=canonical_phone,
                birthday=born,
                email=new_email,
                opted_out=no_messages,
                notes=new_notes,
            )
            if no_messages and not member.opted_out:
                # Nothing queued before the opt-out goes out after it (kept, as withdrawn).
                uow.messages.withdraw(member_id, now, OPTED_OUT_REASON)
            before = {
                "name": member.name,
                "phone": member.phone,
                "birthday": member.birthday.isoformat() if member.birthday else None,
                "email": member.email,
                "opted_out": member.opted_out,
                "notes": member.notes,
            }
            after = {
                "name": clean_name,
                "phone": canonical_phone,
                "birthday": born.isoformat() if born else None,
                "email": new_email,
                "opted_out": no_messages,
                "notes": new_notes,
            }
            changed = [k for k in before if before[k] != after[k]]
            if changed:
                record(
                    uow,
                    actor,
                    now,
                    AuditKind.MEMBER_CHANGED,
                    f"member:{member_id}",
                    before={k: before[k] for k in changed},
                    after={k: after[k] for k in changed},
                )
            view = replace(
                member_view(uow, member),
                name=clean_name,
                phone=canonical_phone,
                birthday=born,
                email=new_email,
                opted_out=no_messages,
                notes=new_notes,
            )
            uow.commit()
            return view

        return run_write(self._uow, work)

    def set_opted_out(
        self, op_id: str, member_id: int, opted_out: bool, actor: Actor
    ) -> MemberView:
        """The member's "no messages" (asked at the counter, or a reply keyword the owner
        records), or messages again; recorded as an operation: who did it and when."""
        op_id = check_op_id(op_id)
        now = self._clock()
        kind = OperationKind.OPT_OUT if opted_out else OperationKind.OPT_IN
        fingerprint = str(member_id)

        def work(uow: UnitOfWork) -> MemberView:
            permit(uow, actor, Permission.EDIT_MEMBER)
            member = require_member(uow, member_id, lock=True)
            if prior_operation(uow, op_id, kind, fingerprint) is not None:
                return member_view(uow, member)
            uow.members.set_opted_out(member_id, opted_out)
            if opted_out:
                # Nothing queued before the opt-out goes out after it (kept, as withdrawn).
                uow.messages.withdraw(member_id, now, OPTED_OUT_REASON)
            uow.operations.add(
                new_operation(op_id, kind, fingerprint, member_id=member_id, now=now, actor=actor)
            )
            view = replace(member_view(uow, member), opted_out=opted_out)
            uow.commit()
            return view

        return run_write(self._uow, work)

    def opt_out_by_ref(self, op_id: str, ref: str, opted_out: bool, actor: Actor) -> MemberView:
        """``set_opted_out`` for the member a card or phone names (the command line)."""
        return self.set_opted_out(op_id, self.resolve(ref).id, opted_out, actor)

    # -- cards and statements -----------------------------------------------------------

    def replace_lost_card(self, op_id: str, ref: str, actor: Actor) -> CardReplaced:
        """``replace_card`` for the member a card or phone names. A retry of the same
        operation names the card the first attempt replaced: it replays, where the card
        alone would be refused as replaced."""
        try:
            member_id = self.resolve(ref).id
        except Refused as refused:
            replayed_for = (
                self._replaced_by(op_id, ref) if refused.code == "card.replaced" else None
            )
            if replayed_for is None:
                raise
            member_id = replayed_for
        return self.replace_card(op_id, member_id, actor)

    def _replaced_by(self, op_id: str, ref: str) -> int | None:
        """The member whose card ``ref`` operation ``op_id`` replaced, if it did."""
        op_id = check_op_id(op_id)
        with self._uow(write=False) as uow:
            card = uow.cards.by_number(digits_only(ref))
            if card is None:
                return None
            fingerprint = str(card.member_id)
            if prior_operation(uow, op_id, OperationKind.REPLACE_CARD, fingerprint) is None:
                return None
            return card.member_id

    def replace_card(self, op_id: str, member_id: int, actor: Actor) -> CardReplaced:
        """A lost card: the old number stops working, the balance stays with the member."""
        op_id = check_op_id(op_id)
        now = self._clock()
        fingerprint = str(member_id)

        def work(uow: UnitOfWork) -> CardReplaced:
            permit(uow, actor, Permission.EDIT_MEMBER)
            prior = prior_operation(uow, op_id, OperationKind.REPLACE_CARD, fingerprint)
            member = require_member(uow, member_id, lock=True)
            if prior is not None:
                new_card = uow.cards.get(prior.card_id or 0)
                old = uow.cards.replaced_by(prior.card_id or 0)
                return CardReplaced(
                    op_id,
                    member_view(uow, member),
                    old.number if old else "",
                    new_card.number if new_card else "",
                    replayed=True,
                )
            old_card = uow.cards.active_for(member_id)
            new_card = uow.cards.add(member_id, self._fresh_card_number(uow), now)
            if old_card is not None:
                uow.cards.mark_replaced(old_card.id, new_card.id)
            uow.operations.add(
                new_operation(
                    op_id,
                    OperationKind.REPLACE_CARD,
                    fingerprint,
                    member_id=member_id,
                    now=now,
                    actor=actor,
                    card_id=new_card.id,
                )
            )
            uow.commit()
            return CardReplaced(
                op_id,
                MemberView.of(member, new_card.number),
                old_card.number if old_card else "",
                new_card.number,
                replayed=False,
            )

        return run_write(self._uow, work)

    def statement(self, member_id: int) -> Statement:
        with self._uow(write=False) as uow:
            member = require_member(uow, member_id)
            entries = uow.ledger.for_member(member_id)
            purchases = uow.purchases.get_many(
                sorted({e.purchase_id for e in entries if e.purchase_id is not None})
            )
            related = {
                m.id: m.name
                for m in uow.members.get_many(
                    sorted({e.related_member_id for e in entries if e.related_member_id})
                )
            }
            lines = []
            for e in entries:
                purchase = purchases.get(e.purchase_id) if e.purchase_id is not None else None
                lines.append(
                    StatementLine(
                        entry_id=e.id,
                        effective_at=e.effective_at,
                        recorded_at=e.recorded_at,
                        kind=e.kind,
                        points=e.points,
                        balance_after=e.balance_after,
                        staff=e.staff,
                        counter=e.counter,
                        receipt_no=purchase.receipt_no if purchase else None,
                        purchase_rials=purchase.amount_rials if purchase else None,
                        reward_name=e.reward_name,
                        reason=e.reason,
                        rule_version_id=e.rule_version_id,
                        reverses_entry_id=e.reverses_entry_id,
                        operation_id=e.operation_id,
                        calculation=e.calculation,
                        reward_name_fa=e.reward_name_fa,
                        stamps=e.stamps,
                        stamps_after=e.stamps_after,
                        campaign=e.campaign,
                        staff_id=e.staff_id,
                        approver=e.approver,
                        branch=e.branch,
                        related_name=related.get(e.related_member_id)
                        if e.related_member_id
                        else None,
                    )
                )
            return Statement(member_view(uow, member), tuple(lines))


def _phone_start(raw: str) -> str | None:
    """The canonical start of a mobile number being typed (0912…, 912…), or None."""
    if raw.startswith("09") and len(raw) >= 4:
        return "+98" + raw[1:]
    if raw.startswith("9") and 3 <= len(raw) < 10:
        return "+98" + raw
    return None

"""Frozen read models handed to the UI and the command line."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from loyaltydesk.domain.coupons import CouponState, CouponUse, StoredCoupon
from loyaltydesk.domain.earning import Calculation, EarnRule
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.merges import DuplicateReason
from loyaltydesk.domain.rewards import NextReward, Reward
from loyaltydesk.domain.stamps import StampReason
from loyaltydesk.domain.tiers import Tier, TierBasis


@dataclass(frozen=True, slots=True)
class MemberView:
    id: int
    name: str
    phone: str
    card: str | None
    balance: int
    joined_at: dt.datetime
    birthday: dt.date | None
    national_code: str | None
    referrer_id: int | None
    last_visit_at: dt.datetime | None
    stamps: int = 0
    email: str | None = None
    opted_out: bool = False  # "no messages"
    merged_into: int | None = None  # merged into that member: kept for its history only
    notes: str | None = None  # what the staff should know: shown at the counter

    @classmethod
    def of(cls, member: Member, card: str | None) -> MemberView:
        return cls(
            id=member.id,
            name=member.name,
            phone=member.phone,
            card=card,
            balance=member.balance,
            joined_at=member.joined_at,
            birthday=member.birthday,
            national_code=member.national_code,
            referrer_id=member.referrer_id,
            last_visit_at=member.last_visit_at,
            stamps=member.stamps,
            email=member.email,
            opted_out=member.opted_out,
            merged_into=member.merged_into,
            notes=member.notes,
        )

    @property
    def in_debt(self) -> bool:
        return self.balance < 0


class MatchKind(enum.StrEnum):
    CARD = "card"
    REPLACED_CARD = "replaced_card"
    # Another system's code the member carried, kept by an import as an alternate code.
    ALTERNATE_CARD = "alternate_card"
    PHONE = "phone"
    PHONE_TAIL = "phone_tail"
    PHONE_START = "phone_start"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class MemberHit:
    member: MemberView
    match: MatchKind


@dataclass(frozen=True, slots=True)
class Registered:
    operation_id: str
    member: MemberView
    replayed: bool


@dataclass(frozen=True, slots=True)
class CardReplaced:
    operation_id: str
    member: MemberView
    old_card: str
    new_card: str
    replayed: bool


@dataclass(frozen=True, slots=True)
class CouponView:
    """A coupon as the counter and the owner see it: what, for whom, until when, how used."""

    coupon: StoredCoupon
    state: CouponState
    member_name: str | None
    reward: Reward | None
    uses: tuple[CouponUse, ...] = ()

    @property
    def code(self) -> str:
        return self.coupon.code

    @property
    def uses_left(self) -> int:
        return max(0, self.coupon.uses_allowed - self.coupon.uses)

    @property
    def last_use(self) -> CouponUse | None:
        kept = [u for u in self.uses if u.returned_at is None]
        return kept[-1] if kept else None


@dataclass(frozen=True, slots=True)
class CouponCheck:
    """What scanning a code says, nothing changed: the coupon, and for a purchase of
    ``gross_rials`` the discount and what is left to pay."""

    view: CouponView
    gross_rials: int | None
    discount_rials: int
    paid_rials: int | None


@dataclass(frozen=True, slots=True)
class CreditQuote:
    """What a credit would do, nothing saved: the counter shows it before the cashier
    confirms a purchase with a coupon."""

    gross_rials: int
    discount_rials: int
    points: int

    @property
    def paid_rials(self) -> int:
        return self.gross_rials - self.discount_rials


@dataclass(frozen=True, slots=True)
class CreditResult:
    operation_id: str
    member: MemberView
    purchase_id: int
    receipt_no: str | None
    amount_rials: int
    points_earned: int
    balance: int
    entry_id: int | None
    next_reward: NextReward | None
    backdated: bool
    replayed: bool
    # The stamp card (all zero and None when the club has none).
    stamps_earned: int = 0
    stamps: int = 0  # the stamp balance after
    stamp_reason: StampReason | None = None
    stamp_goal: NextReward | None = None
    # The coupon used with the purchase: ``amount_rials`` is what was paid after it.
    coupon: CouponView | None = None
    discount_rials: int = 0

    @property
    def gross_rials(self) -> int:
        """The purchase before the coupon's discount."""
        return self.amount_rials + self.discount_rials


@dataclass(frozen=True, slots=True)
class RedeemResult:
    operation_id: str
    member: MemberView
    entry_id: int
    reward: Reward
    points_spent: int
    balance: int
    next_reward: NextReward | None
    replayed: bool
    stamps_spent: int = 0  # for a reward that costs stamps (then points_spent is 0)
    stamps: int = 0  # the stamp balance after
    # An offline counter's reward the balance could not fully cover when it was sent: the
    # points not taken, a sync conflict for a manager to settle.
    points_short: int = 0


@dataclass(frozen=True, slots=True)
class RefundPreview:
    member: MemberView
    purchase_id: int
    receipt_no: str | None
    purchase_rials: int
    refunded_before_rials: int
    refund_rials: int
    points_reversed: int
    balance_after: int
    # Points of this purchase that had expired before the refund: they are gone already and
    # are not taken back a second time (points_reversed counts only the rest).
    points_expired_before: int = 0
    stamps_reversed: int = 0  # the visit's stamp, taken back (see domain/stamps.py)
    stamps_after: int = 0
    # The coupon the purchase used, and whether this refund gives it back (the owner's
    # policy: see CouponService.give_back_in); otherwise it stays used.
    coupon_code: str | None = None
    coupon_returned: bool = False

    @property
    def leaves_debt(self) -> bool:
        return self.balance_after < 0


@dataclass(frozen=True, slots=True)
class RefundResult:
    operation_id: str
    preview: RefundPreview
    entry_id: int | None
    replayed: bool


@dataclass(frozen=True, slots=True)
class VoidPreview:
    member: MemberView
    redemption_entry_id: int
    reward_name: str | None
    points_restored: int
    balance_after: int
    reward_name_fa: str | None = None
    stamps_restored: int = 0
    stamps_after: int = 0

    def reward_in(self, language: str) -> str | None:
        return _name_in(language, self.reward_name, self.reward_name_fa)


@dataclass(frozen=True, slots=True)
class VoidResult:
    operation_id: str
    preview: VoidPreview
    entry_id: int
    replayed: bool


@dataclass(frozen=True, slots=True)
class AdjustResult:
    operation_id: str
    member: MemberView
    entry_id: int
    kind: EntryKind
    points: int
    balance: int
    replayed: bool


@dataclass(frozen=True, slots=True)
class StatementLine:
    entry_id: int
    effective_at: dt.datetime
    recorded_at: dt.datetime
    kind: EntryKind
    points: int
    balance_after: int
    staff: str
    counter: str
    receipt_no: str | None
    purchase_rials: int | None
    reward_name: str | None
    reason: str | None
    rule_version_id: int | None
    reverses_entry_id: int | None
    operation_id: str
    calculation: Calculation | None = None
    reward_name_fa: str | None = None
    stamps: int = 0
    stamps_after: int | None = None  # None: the line has nothing to do with stamps
    # A campaign's bonus: the campaign, and the name of the member it is about (a referral).
    campaign: str | None = None
    related_name: str | None = None
    # The account that did it (None before accounts) and the manager who approved it.
    staff_id: int | None = None
    approver: str | None = None
    branch: str | None = None  # the counter's (None: no branch, or before branches)

    @property
    def place(self) -> str:
        """Where it was done, as a statement shows it: "Branch · Counter", or the counter."""
        return f"{self.branch} · {self.counter}" if self.branch else self.counter

    def reward_in(self, language: str) -> str | None:
        return _name_in(language, self.reward_name, self.reward_name_fa)

    @property
    def backdated(self) -> bool:
        return self.effective_at != self.recorded_at


@dataclass(frozen=True, slots=True)
class Statement:
    member: MemberView
    lines: tuple[StatementLine, ...]


@dataclass(frozen=True, slots=True)
class BalanceDifference:
    member_id: int
    card: str | None
    cached: int
    ledger: int


@dataclass(frozen=True, slots=True)
class VerifyReport:
    members_checked: int
    entries_checked: int
    differences: tuple[BalanceDifference, ...]
    stamp_differences: tuple[BalanceDifference, ...] = ()
    # Coupons whose count of uses differs from the uses recorded (code, counted, recorded).
    coupon_differences: tuple[tuple[str, int, int], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.differences and not self.stamp_differences and not self.coupon_differences


@dataclass(frozen=True, slots=True)
class VisitLine:
    at: dt.datetime
    amount_rials: int
    points: int
    refunded_rials: int
    receipt_no: str | None
    stamps: int = 0


@dataclass(frozen=True, slots=True)
class TierStanding:
    """Why a member is in their tier and what the next one takes."""

    tier: Tier | None
    since: dt.datetime | None
    review_on: dt.date | None
    in_window: int  # points or Rials over the policy's window, by its basis
    basis: TierBasis
    window_months: int
    next_tier: Tier | None
    missing: int  # for the next tier


@dataclass(frozen=True, slots=True)
class MemberPanel:
    """Everything the counter shows about one member, read in one transaction."""

    member: MemberView
    next_reward: NextReward | None
    affordable: tuple[Reward, ...]
    rewards: tuple[Reward, ...]
    recent_visits: tuple[VisitLine, ...]
    replaced_cards: tuple[str, ...]
    birthday_this_week: bool
    tier: TierStanding | None = None  # None when the club has no tiers
    expiring: tuple[dt.datetime, int] | None = None  # the next points to expire, if any
    stamps_on: bool = False  # the rule in force has a stamp card
    stamp_goal: NextReward | None = None  # the stamp reward the card fills up for
    points_on: bool = True  # False: the club gives stamps instead of points


@dataclass(frozen=True, slots=True)
class CardFace:
    """What a printed membership card shows."""

    member_id: int
    name: str
    card: str
    joined_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ClubSummary:
    """How the club works, for the back of a card: the earning rule and the rewards."""

    rule: EarnRule
    rewards: tuple[Reward, ...]


@dataclass(frozen=True, slots=True)
class NoteView:
    """One purchase or redemption as a thank-you note or slip tells it."""

    member: MemberView
    kind: EntryKind
    at: dt.datetime
    points: int
    balance: int
    entry_id: int | None
    purchase_rials: int | None
    receipt_no: str | None
    reward_name: str | None
    next_reward: NextReward | None
    # The Persian name the ledger line recorded with the English one: a reprint says what
    # was given then, whatever the catalogue calls it now.
    reward_name_fa: str | None = None
    # The stamp card after this purchase or redemption; None when the club has none.
    stamps: int | None = None
    stamp_goal: NextReward | None = None
    stamps_moved: int = 0

    def reward_label(self, language: str) -> str:
        if language == "fa" and self.reward_name_fa:
            return self.reward_name_fa
        return self.reward_name or ""


def _name_in(language: str, name: str | None, name_fa: str | None) -> str | None:
    """A reward's name as it was given, in the reader's language where there is one."""
    return name_fa if language == "fa" and name_fa else name


@dataclass(frozen=True, slots=True)
class DuplicateView:
    """Two members that are probably one person, side by side (lower id first)."""

    first: MemberView
    second: MemberView
    reasons: tuple[DuplicateReason, ...]


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging ``merged`` into ``kept`` would do, before it is done."""

    kept: MemberView
    merged: MemberView
    points: int
    stamps: int
    cards: tuple[str, ...]  # the merged member's card numbers that will scan to ``kept``
    kept_balance_after: int
    kept_stamps_after: int


@dataclass(frozen=True, slots=True)
class MergeView:
    """A merge done: who into whom, what moved, and whether it was undone."""

    id: int
    kept_id: int
    kept_name: str
    merged_id: int
    merged_name: str
    at: dt.datetime
    staff: str
    points: int
    stamps: int
    cards: tuple[str, ...]
    undone_at: dt.datetime | None
    undone_by: str | None
    undoable: bool  # today's, not undone: the owner may still undo it


@dataclass(frozen=True, slots=True)
class MergeResult:
    op_id: str
    merge: MergeView
    kept: MemberView
    replayed: bool

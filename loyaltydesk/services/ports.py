"""What the services need from storage, not how it is stored (persistence implements it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from loyaltydesk.domain.api_tokens import ApiToken
from loyaltydesk.domain.audit import AuditEvent, AuditFilter, AuditLine
from loyaltydesk.domain.backups import BackupFile, BackupStatus
from loyaltydesk.domain.campaigns import CampaignKind, CampaignRun
from loyaltydesk.domain.cards import Card, CardStatus
from loyaltydesk.domain.coupons import CouponState, CouponUse, StoredCoupon
from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.feedback import Feedback, NewFeedback
from loyaltydesk.domain.imports import Cell
from loyaltydesk.domain.ledger import EntryKind, LedgerEntry, NewEntry
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.merges import Candidate, DuplicateReason, MemberMerge
from loyaltydesk.domain.messages import Channel, Message, MessageStatus, NewMessage
from loyaltydesk.domain.offline import (
    ConflictReason,
    QueuedOperation,
    QueuedState,
    Settlement,
    SyncConflict,
)
from loyaltydesk.domain.purchases import Operation, Purchase
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.domain.staff import Actor, CounterPolicy, Role, StaffMember
from loyaltydesk.domain.tiers import TierBasis
from loyaltydesk.domain.till import TillPurchase, TillQueue, TillStatus
from loyaltydesk.services.report_ports import CampaignFigures, ReportQueries
from loyaltydesk.services.views import MemberPanel, VerifyReport

if TYPE_CHECKING:
    from loyaltydesk.services.accounting import LedgerRecord, MemberRecord

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class NewMember:
    name: str
    name_tokens: list[str]
    phone: str
    birthday: dt.date | None
    national_code: str | None
    referrer_id: int | None
    joined_at: dt.datetime
    email: str | None = None
    opted_out: bool = False
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class NewPurchase:
    member_id: int
    receipt_no: str | None
    amount_rials: int
    occurred_at: dt.datetime
    recorded_at: dt.datetime
    backdated: bool
    operation_id: str
    rule_version_id: int
    points_earned: int
    stamps_earned: int = 0
    branch: str | None = None  # the counter's (Actor.branch)


@dataclass(frozen=True, slots=True)
class MemberBalance:
    """A member's balance, stamps and latest visit after a batch of credits."""

    member_id: int
    balance: int
    stamps: int
    visit_at: dt.datetime


@dataclass(frozen=True, slots=True)
class NewMerge:
    kept_id: int
    merged_id: int
    at: dt.datetime
    actor: Actor
    operation_id: str
    points: int
    stamps: int
    cards: tuple[tuple[int, CardStatus], ...]
    kept_entry_id: int
    merged_entry_id: int


@dataclass(frozen=True, slots=True)
class BalanceMismatch:
    member_id: int
    cached: int
    ledger: int


class MemberRepository(Protocol):
    def add(self, new: NewMember) -> Member: ...
    def get(self, member_id: int, *, lock: bool = False) -> Member | None: ...
    def get_many(self, member_ids: Sequence[int]) -> list[Member]: ...
    def lock_many(self, member_ids: Sequence[int]) -> dict[int, Member]:
        """The members, locked for a write in id order (two batches never deadlock)."""
        ...

    def by_phone(self, phone: str, *, lock: bool = False) -> Member | None: ...
    def by_phone_tail(self, tail: str, limit: int) -> list[Member]: ...
    def by_phone_start(self, start: str, limit: int) -> list[Member]:
        """Members whose canonical phone begins with ``start`` (+989...), as typed so far."""
        ...

    def by_national_code(self, code: str) -> Member | None: ...
    def newest(self, limit: int) -> list[Member]:
        """The members who joined last, newest first."""
        ...

    def search_name(self, terms: Sequence[str], limit: int) -> list[int]:
        """Ids of members with a name word starting with every term, best first."""
        ...

    def update_details(
        self,
        member_id: int,
        *,
        name: str,
        name_tokens: list[str],
        phone: str,
        birthday: dt.date | None,
        email: str | None,
        opted_out: bool,
        notes: str | None,
    ) -> None: ...

    def set_opted_out(self, member_id: int, opted_out: bool) -> None: ...
    def set_merged_into(
        self, member_id: int, into: int | None, name_tokens: list[str] | None
    ) -> None:
        """Mark a member merged (``into``; its name leaves the search) or in use again
        (None; ``name_tokens`` put back in the search)."""
        ...

    def set_balance(
        self, member_id: int, balance: int, *, visit_at: dt.datetime | None = None
    ) -> None: ...
    def set_stamps(self, member_id: int, stamps: int) -> None: ...
    def set_balances(self, changes: Sequence[MemberBalance]) -> None:
        """Several members' balances, stamps and last visits in one statement."""
        ...

    def count(self) -> int: ...
    def set_tier(
        self,
        member_id: int,
        code: str | None,
        since: dt.datetime | None,
        review_on: dt.date | None,
        *,
        at: dt.datetime,
    ) -> None:
        """``at``: when the change happens; a change of tier is kept in the tier history."""
        ...

    def window_total(self, member_id: int, basis: TierBasis, since: dt.datetime) -> int:
        """Points earned (less refunds) or Rials spent (less refunds) since ``since``."""
        ...

    def window_totals(
        self, member_ids: Sequence[int], basis: TierBasis, since: dt.datetime
    ) -> dict[int, int]:
        """window_total for several members at once (those with none left out)."""
        ...

    def due_for_review(self, today: dt.date) -> list[int]: ...
    def with_points_older_than(self, cutoff: dt.datetime) -> list[int]: ...
    def outstanding_points(self) -> int:
        """The sum of positive balances: what the club owes its members."""
        ...

    def card_holders(self, joined_since: dt.datetime | None) -> list[tuple[Member, str]]:
        """Members with an active card (and its number), oldest member first."""
        ...


class CardRepository(Protocol):
    def add(self, member_id: int, number: str, issued_at: dt.datetime) -> Card: ...
    def get(self, card_id: int) -> Card | None: ...
    def by_number(self, number: str) -> Card | None: ...
    def active_for(self, member_id: int) -> Card | None: ...
    def active_numbers(self, member_ids: Sequence[int]) -> dict[int, str]: ...
    def mark_replaced(self, card_id: int, replaced_by_id: int) -> None: ...
    def replaced_for(self, member_id: int) -> list[Card]: ...
    def replaced_by(self, card_id: int) -> Card | None:
        """The card that ``card_id`` replaced, if any."""
        ...

    def number_exists(self, number: str) -> bool: ...
    def of_member(self, member_id: int) -> list[Card]:
        """Every card of the member, whatever its status, oldest first."""
        ...

    def move(self, card_id: int, member_id: int, status: CardStatus) -> None: ...


class LedgerRepository(Protocol):
    def append(self, entry: NewEntry) -> LedgerEntry: ...
    def append_many(self, entries: Sequence[NewEntry]) -> None: ...
    def get(self, entry_id: int) -> LedgerEntry | None: ...
    def for_member(self, member_id: int) -> list[LedgerEntry]: ...
    def reversal_of(self, entry_id: int) -> LedgerEntry | None:
        """The restore-redeem entry that voided redemption ``entry_id``, if any."""
        ...

    def purchase_points(self, purchase_id: int, kind: EntryKind) -> int: ...
    def purchase_stamps(self, purchase_id: int, kind: EntryKind) -> int: ...
    def stamped_between_many(
        self, member_ids: Sequence[int], start: dt.datetime, end: dt.datetime
    ) -> dict[int, int]:
        """Stamps each member kept (earned less taken back) from visits in [start, end)
        (members with none left out)."""
        ...

    def earn_entry_of(self, purchase_id: int) -> LedgerEntry | None: ...
    def for_operation(self, op_id: str) -> list[LedgerEntry]: ...
    def has_kind(self, member_id: int, kind: EntryKind) -> bool: ...
    def earned_between_many(
        self, member_ids: Sequence[int], start: dt.datetime, end: dt.datetime
    ) -> dict[int, int]:
        """Points each member earned by purchases effective in [start, end) (members with
        none left out)."""
        ...

    def balance_mismatches(self) -> list[BalanceMismatch]: ...
    def stamp_mismatches(self) -> list[BalanceMismatch]: ...
    def count(self) -> int: ...


class PurchaseRepository(Protocol):
    def add(self, new: NewPurchase) -> Purchase: ...
    def add_many(self, new: Sequence[NewPurchase]) -> dict[str, int]:
        """Several purchases in one statement: their ids by operation id."""
        ...

    def get(self, purchase_id: int, *, lock: bool = False) -> Purchase | None: ...
    def by_receipt(self, receipt_no: str) -> Purchase | None: ...
    def by_operation(self, op_id: str) -> Purchase | None: ...
    def get_many(self, purchase_ids: Sequence[int]) -> dict[int, Purchase]: ...
    def add_refund(self, purchase_id: int, amount_rials: int) -> None: ...
    def recent_for(self, member_id: int, limit: int, *, kept_only: bool = False) -> list[Purchase]:
        """The member's latest purchases; ``kept_only`` leaves out those refunded in full."""
        ...

    def between(self, start: dt.datetime, end: dt.datetime) -> list[Purchase]: ...
    def first_ids(self, member_ids: Sequence[int]) -> dict[int, int]: ...
    def buyers(self, member_ids: Sequence[int]) -> set[int]: ...


class RewardRepository(Protocol):
    def list(self, *, active_only: bool = True) -> list[Reward]: ...
    def get(self, reward_id: int) -> Reward | None: ...
    def add(self, name: str, name_fa: str | None, cost: int) -> Reward: ...
    def update(self, reward: Reward) -> Reward: ...
    def set_order(self, reward_ids: Sequence[int]) -> None: ...
    def take_one(self, reward_id: int) -> bool:
        """One from the stock, if any is left (always True for an unlimited reward)."""
        ...

    def put_back(self, reward_id: int) -> None: ...


class RuleRepository(Protocol):
    def in_force(self, at: dt.datetime) -> EarnRule | None: ...
    def add(self, rule: EarnRule) -> EarnRule:
        """A new version (the ``id`` given is ignored), in force from ``rule.valid_from``."""
        ...

    def get(self, version_id: int) -> EarnRule | None: ...
    def versions(self) -> list[EarnRule]: ...


class OperationRepository(Protocol):
    def get(self, op_id: str) -> Operation | None: ...
    def existing(self, op_ids: Sequence[str]) -> set[str]:
        """Which of ``op_ids`` are taken (one query for a batch)."""
        ...

    def add(self, operation: Operation) -> None: ...
    def add_many(self, operations: Sequence[Operation]) -> None: ...


class CouponRepository(Protocol):
    def add(self, coupon: StoredCoupon, operation_id: str | None = None) -> StoredCoupon:
        """A new coupon (``id`` and ``uses`` given are ignored); ``operation_id`` makes a
        campaign's coupon once per member and period."""
        ...

    def by_code(self, code: str, *, lock: bool = False) -> StoredCoupon | None: ...
    def by_operation(self, operation_id: str) -> StoredCoupon | None: ...
    def by_operations(self, operation_ids: Sequence[str]) -> dict[str, StoredCoupon]: ...
    def existing_codes(self, codes: Sequence[str]) -> set[str]: ...
    def add_many(self, coupons: Sequence[tuple[StoredCoupon, str | None]]) -> list[StoredCoupon]:
        """Several new coupons at once, each with its operation id (or None)."""
        ...

    def get(self, coupon_id: int) -> StoredCoupon | None: ...
    def set_uses(self, coupon_id: int, uses: int) -> None: ...
    def void(self, coupon_id: int, at: dt.datetime, by: str) -> None: ...
    def add_use(self, use: CouponUse) -> CouponUse: ...
    def uses_of(self, coupon_id: int) -> list[CouponUse]: ...
    def use_of_operation(self, operation_id: str) -> CouponUse | None: ...
    def use_of_purchase(self, purchase_id: int) -> CouponUse | None: ...
    def mark_returned(self, use_id: int, at: dt.datetime) -> None: ...
    def listing(
        self,
        *,
        today: dt.date,
        state: CouponState | None = None,
        member_id: int | None = None,
        campaign: str | None = None,
        limit: int = 200,
    ) -> list[StoredCoupon]: ...
    def counts(self, today: dt.date) -> dict[CouponState, int]: ...
    def uses_in(self, coupon_ids: Sequence[int]) -> dict[int, list[CouponUse]]: ...
    def uses_mismatches(self) -> list[tuple[str, int, int]]:
        """(code, uses counted on the coupon, uses recorded and not given back) that differ."""
        ...


class MessageRepository(Protocol):
    def add(self, new: NewMessage) -> Message: ...
    def add_many(self, new: Sequence[NewMessage]) -> list[Message]: ...
    def by_operation(self, operation_id: str) -> Message | None: ...
    def by_operations(self, operation_ids: Sequence[str]) -> dict[str, Message]: ...
    def get(self, message_id: int) -> Message | None: ...
    def listing(
        self,
        *,
        status: MessageStatus | None = None,
        channel: Channel | None = None,
        run_id: int | None = None,
        limit: int = 200,
    ) -> list[Message]: ...
    def counts(self, channel: Channel | None = None) -> dict[MessageStatus, int]: ...
    def set_status(
        self,
        message_ids: Sequence[int],
        status: MessageStatus,
        at: dt.datetime,
        *,
        error: str | None = None,
        attempted: bool = False,
    ) -> None: ...
    def move(
        self,
        message_ids: Sequence[int] | None,
        *,
        from_status: MessageStatus,
        to_status: MessageStatus,
        at: dt.datetime,
        reset_attempts: bool = False,
    ) -> int: ...
    def member_names(self, member_ids: Sequence[int]) -> dict[int, str]: ...
    def withdraw(self, member_id: int | None, at: dt.datetime, reason: str) -> list[int]:
        """Queued messages withdrawn: the member's (an id), or those of every member who
        opted out (None). The ids withdrawn."""
        ...


class FeedbackRepository(Protocol):
    def add(self, new: NewFeedback) -> Feedback: ...
    def by_operation(self, operation_id: str) -> Feedback | None: ...
    def visit_score_of(self, purchase_id: int) -> Feedback | None:
        """The score the visit (purchase) got, the first if there are two."""
        ...

    def for_member(self, member_id: int, limit: int) -> list[Feedback]:
        """The member's feedback, newest first."""
        ...


class ClubSettingsRepository(Protocol):
    """Settings of the whole club, shared by every counter: JSON text by key."""

    def get(self, key: str) -> str | None: ...
    def put(self, key: str, value: str) -> None: ...


class StaffRepository(Protocol):
    def any(self) -> bool: ...
    def get(self, staff_id: int, *, lock: bool = False) -> StaffMember | None: ...
    def by_name(self, key: str, *, lock: bool = False) -> tuple[StaffMember, str] | None: ...
    def listing(self, *, include_inactive: bool = True) -> list[StaffMember]: ...
    def with_pins(self) -> list[tuple[StaffMember, str]]:
        """Every account with its PIN hash (what a counter keeps for signing in offline)."""
        ...

    def active_owners(self) -> int: ...
    def add(
        self, name: str, key: str, role: Role, pin_hash: str, at: dt.datetime
    ) -> StaffMember: ...
    def update(self, staff_id: int, **values: Any) -> None: ...


class ApiTokenRepository(Protocol):
    def by_name(self, key: str) -> ApiToken | None: ...
    def by_hash(self, hashed: str) -> ApiToken | None: ...
    def listing(self) -> list[ApiToken]: ...
    def add(self, name: str, key: str, hashed: str, at: dt.datetime) -> ApiToken: ...
    def update(self, token_id: int, **values: Any) -> None: ...


class TillRepository(Protocol):
    """Purchases from the till waiting at a counter (domain/till.py)."""

    def get(self, purchase_id: int) -> TillPurchase | None: ...
    def by_key(self, key: str) -> tuple[TillPurchase, str] | None: ...
    def by_cancel_key(self, key: str) -> int | None: ...
    def with_receipt(self, receipt: str) -> TillPurchase | None: ...
    def add(
        self,
        key: str,
        fingerprint: str,
        counter: str,
        amount_rials: int,
        receipt_no: str | None,
        posted_by: str,
        at: dt.datetime,
    ) -> TillPurchase: ...
    def queue(self, counter: str) -> TillQueue: ...
    def settle(self, purchase_id: int, status: TillStatus, **values: Any) -> bool: ...


class AuditRepository(Protocol):
    """The audit trail: append and read, nothing else."""

    def add(self, event: AuditEvent, actor: Actor, at: dt.datetime) -> None: ...
    def lines(self, wanted: AuditFilter) -> list[AuditLine]: ...


@dataclass(frozen=True, slots=True)
class ImportedMember:
    """One member an import registers: the member row, our card, another system's code
    (kept as an alternate card), and the opening balance as an ``opening`` ledger line."""

    op_id: str  # the registration's operation id; the opening line's is op_id + OPENING_SUFFIX
    member: NewMember
    card_number: str
    alternate_code: str | None
    opening: int


OPENING_SUFFIX = "/o"


class MemberSource(Protocol):
    """A file of members opened for import (devices/member_files.MemberFile)."""

    @property
    def name(self) -> str: ...
    @property
    def digest(self) -> str:
        """The content's hash: the import's operation ids are made from it."""
        ...

    @property
    def headers(self) -> tuple[str, ...]: ...
    def rows(self) -> Iterator[tuple[int, Sequence[Cell]]]:
        """(row number, cells) of every data row that is not empty, read afresh each time."""
        ...


class ImportRepository(Protocol):
    """Many members at once, for an import: set-wise look-ups and one insert per table."""

    def done_operations(self, op_ids: Sequence[str]) -> set[str]: ...
    def phones_taken(self, phones: Sequence[str]) -> dict[str, str]:
        """Of ``phones``, those a member has, with the member's name."""
        ...

    def national_codes_taken(self, codes: Sequence[str]) -> dict[str, str]: ...
    def card_numbers_taken(self, numbers: Sequence[str]) -> set[str]: ...
    def add_members(self, new: Sequence[ImportedMember], actor: Actor, now: dt.datetime) -> None:
        """Members, name tokens, cards, operations and opening lines; the cached balance
        is the opening line's, so ``verify`` finds nothing to report."""
        ...


class MergeRepository(Protocol):
    def add(self, new: NewMerge) -> MemberMerge: ...
    def get(self, merge_id: int, *, lock: bool = False) -> MemberMerge | None: ...
    def by_operation(self, op_id: str) -> MemberMerge | None: ...
    def latest_between(self, kept_id: int, merged_id: int) -> MemberMerge | None: ...
    def since(self, start: dt.datetime) -> list[MemberMerge]: ...
    def of_member(self, member_id: int) -> list[MemberMerge]: ...
    def set_undone(self, merge_id: int, at: dt.datetime, by: str, op_id: str) -> None: ...
    def candidates(self) -> dict[DuplicateReason, list[Candidate]]:
        """Members in use that share a phone, a national code or a birthday with another."""
        ...

    def names(self, member_ids: Sequence[int]) -> dict[int, str]: ...


class SyncConflictRepository(Protocol):
    def add(
        self,
        *,
        operation_id: str,
        member_id: int,
        reason: ConflictReason,
        reward_id: int | None,
        reward_name: str,
        reward_name_fa: str,
        points_wanted: int,
        points_taken: int,
        actor: Actor,
        happened_at: dt.datetime,
        synced_at: dt.datetime,
    ) -> None: ...
    def get(self, conflict_id: int, *, lock: bool = False) -> SyncConflict | None: ...
    def listed(self, *, open_only: bool) -> list[SyncConflict]: ...
    def settle(
        self,
        conflict_id: int,
        settlement: Settlement,
        at: dt.datetime,
        by: str,
        note: str | None,
        op_id: str | None,
    ) -> None: ...


class AccountingRepository(Protocol):
    """The accountant's exports: members who joined, and ledger lines effective, in [start,
    end) (None: open-ended)."""

    def members(self, start: dt.datetime | None, end: dt.datetime | None) -> list[MemberRecord]: ...
    def ledger(self, start: dt.datetime | None, end: dt.datetime | None) -> list[LedgerRecord]: ...


class UnitOfWork(Protocol):
    """One transaction. Repositories are read-only attributes, so an implementation may
    hand out its own (narrower) repository types."""

    @property
    def members(self) -> MemberRepository: ...
    @property
    def cards(self) -> CardRepository: ...
    @property
    def ledger(self) -> LedgerRepository: ...
    @property
    def purchases(self) -> PurchaseRepository: ...
    @property
    def rewards(self) -> RewardRepository: ...
    @property
    def rules(self) -> RuleRepository: ...
    @property
    def operations(self) -> OperationRepository: ...
    @property
    def reports(self) -> ReportQueries: ...
    @property
    def coupons(self) -> CouponRepository: ...
    @property
    def club_settings(self) -> ClubSettingsRepository: ...
    @property
    def messages(self) -> MessageRepository: ...
    @property
    def campaigns(self) -> CampaignRepository: ...
    @property
    def feedback(self) -> FeedbackRepository: ...
    @property
    def staff(self) -> StaffRepository: ...
    @property
    def audit(self) -> AuditRepository: ...
    @property
    def api_tokens(self) -> ApiTokenRepository: ...
    @property
    def till(self) -> TillRepository: ...
    @property
    def imports(self) -> ImportRepository: ...
    @property
    def merges(self) -> MergeRepository: ...
    @property
    def accounting(self) -> AccountingRepository: ...
    @property
    def sync_conflicts(self) -> SyncConflictRepository: ...

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Remembered:
    """A member as this counter last saw them from the club's server."""

    panel: MemberPanel
    seen_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RememberedClub:
    """The club's earning rule and counter policy as this counter last saw them."""

    rule: EarnRule | None
    policy: CounterPolicy
    seen_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RememberedStaff:
    """A staff account as this counter last saw it on the server, with its PIN's argon2
    hash, so that a cashier can sign in while the server does not answer. Wrong PINs typed
    offline are counted here (``failed_attempts``, ``locked_until``, ``lockouts``)."""

    key: str  # domain.staff.name_key of the name
    id: int
    name: str
    role: Role
    active: bool
    pin_hash: str
    failed_attempts: int = 0
    locked_until: dt.datetime | None = None
    lockouts: int = 0


@dataclass(frozen=True, slots=True)
class SyncMark:
    """What became of a queued operation when it was sent."""

    op_id: str
    state: QueuedState
    problem: str | None = None
    problem_params: dict[str, Any] = field(default_factory=dict)
    balance: int | None = None
    points: int | None = None  # what the ledger really moved
    replayed: bool = False  # it was in the ledger already (sent before, the answer lost)
    conflict: bool = False  # a reward the points no longer fully covered


class OfflineStore(Protocol):
    """The counter's own file: the queue of actions taken offline and the read cache."""

    def enqueue(self, op: QueuedOperation) -> QueuedOperation:
        """Kept on disk before this returns; the same operation id again is the one kept."""
        ...

    def queued(
        self,
        *,
        states: Collection[QueuedState] = ...,
        member_id: int | None = None,
        op_id: str | None = None,
        limit: int | None = None,
    ) -> list[QueuedOperation]: ...
    def mark(self, marks: Sequence[SyncMark]) -> None: ...
    def requeue(self, op_id: str) -> bool:
        """A refused operation waits again; False when ``op_id`` is no refused one."""
        ...

    def discard(self, op_id: str) -> bool:
        """A waiting or refused operation is never sent; False when there is no such one."""
        ...

    def offline_spent(self, member_id: int, start: dt.datetime, end: dt.datetime) -> int: ...
    def remember(self, panel: MemberPanel, at: dt.datetime) -> None: ...
    def recall(self, member_id: int) -> Remembered | None: ...
    def by_card(self, number: str) -> Remembered | None: ...
    def by_phone(self, phone_digits: str) -> Remembered | None: ...
    def find(self, text: str, limit: int) -> list[Remembered]: ...
    def remember_club(
        self, rule: EarnRule | None, policy: CounterPolicy, at: dt.datetime
    ) -> None: ...
    def club(self) -> RememberedClub | None: ...
    def close(self) -> None: ...


class OfflineStaff(Protocol):
    """The staff accounts this counter remembers (see RememberedStaff)."""

    def remember_staff(self, accounts: Sequence[RememberedStaff], *, whole: bool) -> None:
        """Kept as the server has them; ``whole``: the full list (accounts not in it are
        forgotten). Wrong PINs counted offline are kept unless the server's are newer."""
        ...

    def staff_account(self, key: str) -> RememberedStaff | None: ...
    def staff_accounts(self) -> list[RememberedStaff]: ...
    def note_staff_attempts(
        self, key: str, failed: int, locked_until: dt.datetime | None, lockouts: int
    ) -> None: ...
    def club(self) -> RememberedClub | None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self, *, write: bool) -> UnitOfWork:
        """A unit of work; ``write`` ones take the write lock when they begin."""
        ...


@dataclass(frozen=True, slots=True)
class CheckedCopy:
    """A backup written, opened again and checked like ``verify``."""

    path: Path
    size: int
    report: VerifyReport


class DatabaseAdmin(Protocol):
    """Whole-database operations that are not a unit of work."""

    def backup(self, target: Path) -> Path: ...
    def restore(self, source: Path, passphrase: str | None = None) -> Path:
        """Replace the data with ``source`` (sealed with ``passphrase`` if it is); returns
        the safety copy made first."""
        ...

    def describe(self) -> str: ...
    def write_checked_copy(
        self,
        target: Path,
        passphrase: str | None,
        check: Callable[[UnitOfWorkFactory], VerifyReport],
    ) -> CheckedCopy:
        """A consistent copy at ``target`` (sealed when a passphrase is given), written
        beside it as ``.partial`` first, opened (unsealed in a private scratch folder) and
        checked; only a copy that passes takes its name. Nothing is left behind otherwise."""
        ...

    def is_sealed(self, path: Path) -> bool: ...
    def write_server_dump(self, target: Path, passphrase: str | None) -> Path | None:
        """A PostgreSQL club's pg_dump archive at ``target`` (None for SQLite)."""
        ...


class BackupFolder(Protocol):
    """The folder the scheduled copies go to (a USB stick, a synced folder)."""

    def is_usable(self, folder: Path) -> bool: ...
    def files(self, folder: Path) -> list[BackupFile]: ...
    def remove(self, folder: Path, name: str) -> None: ...


class BackupStatusStore(Protocol):
    """The last good backup and the last failure, kept across restarts."""

    def load(self) -> BackupStatus: ...
    def save(self, status: BackupStatus) -> None: ...


@dataclass(frozen=True, slots=True)
class FirstPurchase:
    """A member's first purchase ever (campaigns: second visit, thank-you, referral)."""

    member_id: int
    purchase_id: int
    occurred_at: dt.datetime
    amount_rials: int
    refunded_rials: int
    referrer_id: int | None = None


class CampaignRepository(Protocol):
    """Who a campaign reaches, counted and listed by the database, and the runs' history."""

    def add_run(self, run: CampaignRun) -> CampaignRun: ...
    def update_run(self, run: CampaignRun) -> None: ...
    def get_run(self, run_id: int) -> CampaignRun | None: ...
    def runs(self, kind: CampaignKind | None, limit: int) -> list[CampaignRun]: ...
    def born_on(self, dates: Sequence[dt.date]) -> list[tuple[int, dt.date]]:
        """Members whose birthday is one of ``dates``, by id."""
        ...

    def first_purchases_between(
        self, start: dt.datetime, end: dt.datetime, *, only_visit: bool = False
    ) -> list[FirstPurchase]:
        """Members whose first purchase ever (not refunded in full) was in [start, end);
        ``only_visit``: and who have no other purchase kept."""
        ...

    def referred_first_purchases(self, start: dt.datetime, end: dt.datetime) -> list[FirstPurchase]:
        """Members registered with a referrer whose first purchase ever (refunded or not)
        was in [start, end), with the refund it had."""
        ...

    def opted_out_ids(self) -> set[int]: ...
    def emailable_ids(self) -> set[int]: ...
    def done_operations_among(self, operation_ids: Sequence[str]) -> set[str]:
        """Those of ``operation_ids`` already recorded as operations (a bonus given)."""
        ...

    def done_operations(self, prefix: str) -> set[str]:
        """The operation ids starting with ``prefix`` a campaign already acted under (a
        coupon, a bonus or a message)."""
        ...

    def average_purchase(self, member_ids: Sequence[int]) -> dict[int, int]:
        """Each member's average purchase (net of refunds) in Rials."""
        ...

    def figures(self, start: dt.datetime, end: dt.datetime) -> CampaignFigures: ...

"""What the services need from storage, not how it is stored (persistence implements it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self

from loyaltydesk.domain.cards import Card
from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.ledger import EntryKind, LedgerEntry, NewEntry
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.purchases import Operation, Purchase
from loyaltydesk.domain.rewards import Reward

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


@dataclass(frozen=True, slots=True)
class BalanceMismatch:
    member_id: int
    cached: int
    ledger: int


class MemberRepository(Protocol):
    def add(self, new: NewMember) -> Member: ...
    def get(self, member_id: int, *, lock: bool = False) -> Member | None: ...
    def get_many(self, member_ids: Sequence[int]) -> list[Member]: ...
    def by_phone(self, phone: str) -> Member | None: ...
    def by_phone_tail(self, tail: str, limit: int) -> list[Member]: ...
    def by_national_code(self, code: str) -> Member | None: ...
    def search_name(self, terms: Sequence[str], limit: int) -> list[int]:
        """Ids of members with a name word starting with every term, best first."""
        ...

    def set_balance(
        self, member_id: int, balance: int, *, visit_at: dt.datetime | None = None
    ) -> None: ...
    def count(self) -> int: ...


class CardRepository(Protocol):
    def add(self, member_id: int, number: str, issued_at: dt.datetime) -> Card: ...
    def get(self, card_id: int) -> Card | None: ...
    def by_number(self, number: str) -> Card | None: ...
    def active_for(self, member_id: int) -> Card | None: ...
    def active_numbers(self, member_ids: Sequence[int]) -> dict[int, str]: ...
    def mark_replaced(self, card_id: int, replaced_by_id: int) -> None: ...
    def replaced_by(self, card_id: int) -> Card | None:
        """The card that ``card_id`` replaced, if any."""
        ...

    def number_exists(self, number: str) -> bool: ...


class LedgerRepository(Protocol):
    def append(self, entry: NewEntry) -> LedgerEntry: ...
    def get(self, entry_id: int) -> LedgerEntry | None: ...
    def for_member(self, member_id: int) -> list[LedgerEntry]: ...
    def reversal_of(self, entry_id: int) -> LedgerEntry | None:
        """The restore-redeem entry that voided redemption ``entry_id``, if any."""
        ...

    def purchase_points(self, purchase_id: int, kind: EntryKind) -> int: ...
    def earn_entry_of(self, purchase_id: int) -> LedgerEntry | None: ...
    def for_operation(self, op_id: str) -> list[LedgerEntry]: ...
    def has_kind(self, member_id: int, kind: EntryKind) -> bool: ...
    def balance_mismatches(self) -> list[BalanceMismatch]: ...
    def count(self) -> int: ...


class PurchaseRepository(Protocol):
    def add(self, new: NewPurchase) -> Purchase: ...
    def get(self, purchase_id: int, *, lock: bool = False) -> Purchase | None: ...
    def by_receipt(self, receipt_no: str) -> Purchase | None: ...
    def by_operation(self, op_id: str) -> Purchase | None: ...
    def get_many(self, purchase_ids: Sequence[int]) -> dict[int, Purchase]: ...
    def add_refund(self, purchase_id: int, amount_rials: int) -> None: ...


class RewardRepository(Protocol):
    def list(self, *, active_only: bool = True) -> list[Reward]: ...
    def get(self, reward_id: int) -> Reward | None: ...
    def add(self, name: str, name_fa: str | None, cost: int) -> Reward: ...


class RuleRepository(Protocol):
    def in_force(self, at: dt.datetime) -> EarnRule | None: ...
    def add(
        self,
        step_rials: int,
        points_per_step: int,
        min_purchase_rials: int,
        valid_from: dt.datetime,
    ) -> EarnRule: ...


class OperationRepository(Protocol):
    def get(self, op_id: str) -> Operation | None: ...
    def add(self, operation: Operation) -> None: ...


class UnitOfWork(Protocol):
    members: MemberRepository
    cards: CardRepository
    ledger: LedgerRepository
    purchases: PurchaseRepository
    rewards: RewardRepository
    rules: RuleRepository
    operations: OperationRepository

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self, *, write: bool) -> UnitOfWork:
        """A unit of work; ``write`` ones take the write lock when they begin."""
        ...


class DatabaseAdmin(Protocol):
    """Whole-database operations that are not a unit of work."""

    def backup(self, target: Path) -> Path: ...
    def restore(self, source: Path) -> Path:
        """Replace the data with ``source``; returns the safety copy made first."""
        ...

    def describe(self) -> str: ...

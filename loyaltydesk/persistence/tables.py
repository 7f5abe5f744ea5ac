"""The schema, as SQLAlchemy 2 typed mappings. Alembic (migrations/) owns how it evolves."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Names for constraints so Alembic migrations are the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-numbers an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit key.
BigId = BigInteger().with_variant(Integer(), "sqlite")
# Byte-order comparison, so a prefix range (token >= 'ab' AND token < 'ab\uffff') is a
# prefix match on PostgreSQL too, whatever the database's collation.
Token = String(100).with_variant(String(100, collation="C"), "postgresql")


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, stored without a zone everywhere."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MemberRow(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    phone_tail: Mapped[str] = mapped_column(String(4), index=True)
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    national_code: Mapped[str | None] = mapped_column(String(10), unique=True)
    referrer_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    joined_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # A cache of the ledger's sum, kept in the same transaction; `verify` recomputes it.
    balance: Mapped[int] = mapped_column(Integer, default=0)
    last_visit_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    tier_code: Mapped[str | None] = mapped_column(String(40))
    tier_since: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    tier_review_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # The stamp card's balance: a cache of the ledger's stamps, checked by `verify` too.
    stamps: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Messages (issue 13): an optional e-mail address, and the member's "no messages".
    email: Mapped[str | None] = mapped_column(String(254))
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The member this record was merged into (issue 15); NULL for every member in use. No
    # foreign key: added to a big table without SQLite copying it.
    merged_into: Mapped[int | None] = mapped_column(BigInteger)
    # What the staff should know about the member (issue 15's import column); free text.
    notes: Mapped[str | None] = mapped_column(Text)


Index("ix_members_joined_at", MemberRow.joined_at)


class MemberMergeRow(Base):
    """Two records of one person made one: what moved, so the owner can undo it that day."""

    __tablename__ = "member_merges"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    staff: Mapped[str] = mapped_column(String(100))
    staff_id: Mapped[int | None] = mapped_column(BigInteger)
    counter: Mapped[str] = mapped_column(String(100))
    operation_id: Mapped[str] = mapped_column(ForeignKey("operations.op_id"), unique=True)
    points: Mapped[int] = mapped_column(Integer)
    stamps: Mapped[int] = mapped_column(Integer)
    # The merged member's cards as they were: JSON [[card id, status], ...].
    cards: Mapped[str] = mapped_column(Text)
    kept_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"))
    merged_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"))
    undone_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    undone_by: Mapped[str | None] = mapped_column(String(100))
    undo_operation_id: Mapped[str | None] = mapped_column(String(64))


class TierChangeRow(Base):
    """A member's tier changed (the reports' tier history); written with the change."""

    __tablename__ = "tier_changes"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    from_code: Mapped[str | None] = mapped_column(String(40))
    to_code: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (Index("ix_tier_changes_member_id_changed_at", "member_id", "changed_at"),)


class NameTokenRow(Base):
    """One folded word of a member's name, for prefix search by an index range."""

    __tablename__ = "member_name_tokens"

    token: Mapped[str] = mapped_column(Token, primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CardRow(Base):
    __tablename__ = "cards"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    issued_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id"), index=True)


class EarnRuleRow(Base):
    __tablename__ = "earn_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step_rials: Mapped[int] = mapped_column(BigInteger)
    points_per_step: Mapped[int] = mapped_column(Integer)
    min_purchase_rials: Mapped[int] = mapped_column(BigInteger, default=0)
    valid_from: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    rounding: Mapped[str] = mapped_column(String(10), default="down", server_default="down")
    daily_cap: Mapped[int | None] = mapped_column(Integer)
    first_purchase_bonus: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    birthday_bonus: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    max_multiplier_percent: Mapped[int] = mapped_column(Integer, default=300, server_default="300")
    # The version's promotions as JSON (persistence/codec.py): read with their version only.
    promotions: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    tier_policy: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    expiry_months: Mapped[int | None] = mapped_column(Integer)
    stamps_enabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    stamp_min_purchase_rials: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    stamps_per_day: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    points_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class RewardRow(Base):
    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_fa: Mapped[str | None] = mapped_column(String(200))
    cost: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    value_rials: Mapped[int | None] = mapped_column(BigInteger)
    stock: Mapped[int | None] = mapped_column(Integer)
    tier_code: Mapped[str | None] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(10), default="points", server_default="points")


class OperationRow(Base):
    """One action a person did; its id makes a second submit return the first result."""

    __tablename__ = "operations"

    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    fingerprint: Mapped[str] = mapped_column(String(400))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    # Indexed for the report cache's marker (the newest operation).
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    staff: Mapped[str] = mapped_column(String(100))
    counter: Mapped[str] = mapped_column(String(100))
    points: Mapped[int] = mapped_column(Integer, default=0)
    balance_after: Mapped[int] = mapped_column(Integer, default=0)
    amount_rials: Mapped[int | None] = mapped_column(BigInteger)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id"))
    # The signed-in account and the manager who approved it on the spot, with their names
    # as they were then. No foreign keys: added to big tables without copying them.
    staff_id: Mapped[int | None] = mapped_column(BigInteger)
    approver_id: Mapped[int | None] = mapped_column(BigInteger)
    approver: Mapped[str | None] = mapped_column(String(100))
    # The branch of the counter that wrote it (NULL: from before branches existed).
    branch: Mapped[str | None] = mapped_column(String(100))


class PurchaseRow(Base):
    __tablename__ = "purchases"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    receipt_no: Mapped[str | None] = mapped_column(String(64), unique=True)
    amount_rials: Mapped[int] = mapped_column(BigInteger)
    refunded_rials: Mapped[int] = mapped_column(BigInteger, default=0)
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    backdated: Mapped[bool] = mapped_column(Boolean, default=False)
    operation_id: Mapped[str] = mapped_column(ForeignKey("operations.op_id"), unique=True)
    rule_version_id: Mapped[int] = mapped_column(ForeignKey("earn_rules.id"))
    points_earned: Mapped[int] = mapped_column(Integer)
    stamps_earned: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    branch: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (
        # The reports read these instead of the table: a member's purchases in time order,
        # and the purchases of a period, each with the money.
        Index(
            "ix_purchases_member_time_money",
            "member_id",
            "occurred_at",
            "amount_rials",
            "refunded_rials",
        ),
        Index(
            "ix_purchases_time_money_member",
            "occurred_at",
            "amount_rials",
            "refunded_rials",
            "member_id",
        ),
    )


class LedgerRow(Base):
    """Append-only: a row is never updated or deleted; a correction is a new row."""

    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[str] = mapped_column(String(20))
    points: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    operation_id: Mapped[str] = mapped_column(ForeignKey("operations.op_id"), index=True)
    staff: Mapped[str] = mapped_column(String(100))
    counter: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    effective_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchases.id"), index=True)
    reward_id: Mapped[int | None] = mapped_column(ForeignKey("rewards.id"))
    reward_name: Mapped[str | None] = mapped_column(String(200))
    reward_name_fa: Mapped[str | None] = mapped_column(String(200))
    rule_version_id: Mapped[int | None] = mapped_column(ForeignKey("earn_rules.id"))
    reverses_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    # How an earn line's points were reached (JSON, persistence/codec.py).
    calculation: Mapped[str | None] = mapped_column(Text)
    # Stamps moved by the line and the stamp balance after it (NULL: not a stamp line).
    stamps: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    stamps_after: Mapped[int | None] = mapped_column(Integer)
    # A campaign's bonus names its campaign, and the other member it is about (a referral).
    # No foreign key: adding one to the biggest table would make SQLite copy it whole.
    campaign: Mapped[str | None] = mapped_column(String(30))
    related_member_id: Mapped[int | None] = mapped_column(BigInteger)
    staff_id: Mapped[int | None] = mapped_column(BigInteger)
    approver_id: Mapped[int | None] = mapped_column(BigInteger)
    approver: Mapped[str | None] = mapped_column(String(100))
    # The branch of the counter that wrote it (NULL: from before branches existed).
    branch: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (
        # Statement order, and the sum per member that `verify` needs, from one index.
        Index("ix_ledger_entries_member_id_id_points", "member_id", "id", "points"),
        # The reports' totals of a period: by kind, by staff and counter, by reward.
        Index(
            "ix_ledger_entries_effective_kind_staff",
            "effective_at",
            "kind",
            "points",
            "staff",
            "counter",
        ),
        Index(
            "ix_ledger_entries_kind_effective_reward", "kind", "effective_at", "reward_id", "points"
        ),
        # A redemption can be voided once, and a member has one opening balance.
        Index(
            "uq_ledger_entries_one_void",
            "reverses_entry_id",
            unique=True,
            sqlite_where=text("kind = 'restore_redeem'"),
            postgresql_where=text("kind = 'restore_redeem'"),
        ),
        Index(
            "uq_ledger_entries_one_opening",
            "member_id",
            unique=True,
            sqlite_where=text("kind = 'opening'"),
            postgresql_where=text("kind = 'opening'"),
        ),
    )


class ClubSettingRow(Base):
    """A setting of the whole club, shared by every counter (JSON by key): the coupon and
    campaign policies, message templates, the feedback reasons, the mail server."""

    __tablename__ = "club_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CampaignRunRow(Base):
    """One run of a campaign (by hand or the daily run) and what it did."""

    __tablename__ = "campaign_runs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    campaign: Mapped[str] = mapped_column(String(30), index=True)
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    staff: Mapped[str] = mapped_column(String(100))
    counter: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(12))
    qualified: Mapped[int] = mapped_column(Integer, default=0)
    rewarded: Mapped[int] = mapped_column(Integer, default=0)
    coupons: Mapped[int] = mapped_column(Integer, default=0)
    points: Mapped[int] = mapped_column(BigInteger, default=0)
    messages: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


class CouponRow(Base):
    """A coupon made here: what it gives, to whom, when, how often; used through its uses."""

    __tablename__ = "coupons"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    reward_id: Mapped[int | None] = mapped_column(ForeignKey("rewards.id"))
    percent: Mapped[int | None] = mapped_column(Integer)
    max_rials: Mapped[int | None] = mapped_column(BigInteger)
    amount_rials: Mapped[int | None] = mapped_column(BigInteger)
    min_purchase_rials: Mapped[int] = mapped_column(BigInteger, default=0)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    uses_allowed: Mapped[int] = mapped_column(Integer)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date, index=True)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    voided_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    staff: Mapped[str] = mapped_column(String(100))
    counter: Mapped[str] = mapped_column(String(100))
    # A campaign's coupon is made once per member and period: this id says which.
    operation_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    campaign: Mapped[str | None] = mapped_column(String(30))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("campaign_runs.id"), index=True)


class CouponUseRow(Base):
    """A coupon used at the counter: with the purchase it discounted, in its operation."""

    __tablename__ = "coupon_uses"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    coupon_id: Mapped[int] = mapped_column(ForeignKey("coupons.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchases.id"), index=True)
    operation_id: Mapped[str] = mapped_column(ForeignKey("operations.op_id"), unique=True)
    used_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    staff: Mapped[str] = mapped_column(String(100))
    counter: Mapped[str] = mapped_column(String(100))
    gross_rials: Mapped[int | None] = mapped_column(BigInteger)
    discount_rials: Mapped[int] = mapped_column(BigInteger, default=0)
    staff_id: Mapped[int | None] = mapped_column(BigInteger)
    # Set when a refund gave the coupon back: the use no longer counts.
    returned_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class MessageRow(Base):
    """The outbox: a message to one member, from queued to exported or sent (or failed)."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    campaign: Mapped[str | None] = mapped_column(String(30))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("campaign_runs.id"), index=True)
    coupon_id: Mapped[int | None] = mapped_column(ForeignKey("coupons.id"))
    channel: Mapped[str] = mapped_column(String(10))
    recipient: Mapped[str] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(5))
    subject: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    parts: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(10), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # A message is queued once per member and reason, however often a campaign runs.
    operation_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    # Who queued it (NULL on messages from before accounts).
    staff: Mapped[str | None] = mapped_column(String(100))
    staff_id: Mapped[int | None] = mapped_column(BigInteger)


class FeedbackRow(Base):
    """The customer's voice: a visit's score and reason, or why a member stopped coming."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchases.id"))
    kind: Mapped[str] = mapped_column(String(10))
    score: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    staff: Mapped[str] = mapped_column(String(100))
    counter: Mapped[str] = mapped_column(String(100))
    operation_id: Mapped[str | None] = mapped_column(String(100), unique=True)


class SyncConflictRow(Base):
    """A redemption an offline counter made that the ledger could not fully cover when it
    reached the server: the points taken, the points wanted, until a manager settles it."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    operation_id: Mapped[str] = mapped_column(ForeignKey("operations.op_id"), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    reason: Mapped[str] = mapped_column(String(30))
    reward_id: Mapped[int | None] = mapped_column(BigInteger)
    reward_name: Mapped[str | None] = mapped_column(String(200))
    reward_name_fa: Mapped[str | None] = mapped_column(String(200))
    points_wanted: Mapped[int] = mapped_column(Integer)
    points_taken: Mapped[int] = mapped_column(Integer)
    staff: Mapped[str] = mapped_column(String(100))
    counter: Mapped[str] = mapped_column(String(100))
    branch: Mapped[str | None] = mapped_column(String(100))
    happened_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    synced_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    settled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)
    settled_by: Mapped[str | None] = mapped_column(String(100))
    settlement: Mapped[str | None] = mapped_column(String(20))
    settle_operation_id: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)


class StaffRow(Base):
    """A staff account: its PIN only as an argon2id hash."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # The name folded for matching ('reza ' is 'Reza'): one account per person.
    name_key: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    lockouts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class AuditRow(Base):
    """The audit trail beside the operations: sign-ins, failed PINs, settings and staff
    changes (before and after), coupon issues, campaign runs, exports, backups. Append-only:
    the program offers no way to change or delete a line."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    staff_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    staff: Mapped[str] = mapped_column(String(100))
    counter: Mapped[str] = mapped_column(String(100))
    approver_id: Mapped[int | None] = mapped_column(BigInteger)
    approver: Mapped[str | None] = mapped_column(String(100))
    subject: Mapped[str | None] = mapped_column(String(200))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class ApiTokenRow(Base):
    """A POS's token for the local HTTP API: only its SHA-256 (domain/api_tokens.py says why
    not argon2). Revoked tokens stay, so the trail's counter names keep their meaning."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class TillPurchaseRow(Base):
    """A purchase a POS posted without its member (domain/till.py): waiting at a counter,
    then credited or cancelled. Kept once settled: the POS asks what became of it."""

    __tablename__ = "till_purchases"
    __table_args__ = (
        Index("ix_till_purchases_status_counter_id", "status", "counter", "id"),
        Index("ix_till_purchases_receipt_no", "receipt_no"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(300))
    counter: Mapped[str] = mapped_column(String(100))
    amount_rials: Mapped[int] = mapped_column(BigInteger)
    receipt_no: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    posted_by: Mapped[str] = mapped_column(String(100))
    member_id: Mapped[int | None] = mapped_column(BigInteger)
    card: Mapped[str | None] = mapped_column(String(32))
    points: Mapped[int | None] = mapped_column(Integer)
    entry_id: Mapped[int | None] = mapped_column(BigInteger)
    settled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    settled_by: Mapped[str | None] = mapped_column(String(100))
    cancel_key: Mapped[str | None] = mapped_column(String(64), unique=True)

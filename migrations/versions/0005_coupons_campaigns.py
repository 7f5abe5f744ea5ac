"""coupons, campaigns, the message outbox and the customer's voice: stored coupons and their
uses, campaign runs, messages, feedback, club-wide settings; members gain an e-mail address
and an opt-out; a ledger line may name its campaign and the other member it is about.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _fk(table: str, column: str, target: str, nullable: bool = True) -> sa.Column[int]:
    return sa.Column(
        column,
        _id(),
        sa.ForeignKey(f"{target}.id", name=f"fk_{table}_{column}_{target}"),
        nullable=nullable,
    )


def _who() -> list[sa.Column[str]]:
    return [
        sa.Column("staff", sa.String(100), nullable=False),
        sa.Column("counter", sa.String(100), nullable=False),
    ]


def upgrade() -> None:
    # Plain ADD COLUMNs (no constraint), so neither big table is copied on SQLite.
    op.add_column("members", sa.Column("email", sa.String(254), nullable=True))
    op.add_column(
        "members", sa.Column("opted_out", sa.Boolean(), nullable=False, server_default="0")
    )
    op.add_column("ledger_entries", sa.Column("campaign", sa.String(30), nullable=True))
    op.add_column("ledger_entries", sa.Column("related_member_id", sa.BigInteger(), nullable=True))

    op.create_table(
        "club_settings",
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_club_settings"),
    )
    op.create_table(
        "campaign_runs",
        sa.Column("id", _id(), nullable=False),
        sa.Column("campaign", sa.String(30), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        *_who(),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("qualified", sa.Integer(), nullable=False),
        sa.Column("rewarded", sa.Integer(), nullable=False),
        sa.Column("coupons", sa.Integer(), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_campaign_runs"),
    )
    op.create_index("ix_campaign_runs_campaign", "campaign_runs", ["campaign"])
    op.create_table(
        "coupons",
        sa.Column("id", _id(), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column(
            "reward_id",
            sa.Integer(),
            sa.ForeignKey("rewards.id", name="fk_coupons_reward_id_rewards"),
            nullable=True,
        ),
        sa.Column("percent", sa.Integer(), nullable=True),
        sa.Column("max_rials", sa.BigInteger(), nullable=True),
        sa.Column("amount_rials", sa.BigInteger(), nullable=True),
        sa.Column("min_purchase_rials", sa.BigInteger(), nullable=False),
        _fk("coupons", "member_id", "members"),
        sa.Column("uses_allowed", sa.Integer(), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.String(100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *_who(),
        sa.Column("operation_id", sa.String(100), nullable=True),
        sa.Column("campaign", sa.String(30), nullable=True),
        _fk("coupons", "run_id", "campaign_runs"),
        sa.PrimaryKeyConstraint("id", name="pk_coupons"),
        sa.UniqueConstraint("code", name="uq_coupons_code"),
        sa.UniqueConstraint("operation_id", name="uq_coupons_operation_id"),
    )
    op.create_index("ix_coupons_member_id", "coupons", ["member_id"])
    op.create_index("ix_coupons_valid_until", "coupons", ["valid_until"])
    op.create_index("ix_coupons_created_at", "coupons", ["created_at"])
    op.create_index("ix_coupons_run_id", "coupons", ["run_id"])
    op.create_table(
        "coupon_uses",
        sa.Column("id", _id(), nullable=False),
        _fk("coupon_uses", "coupon_id", "coupons", nullable=False),
        _fk("coupon_uses", "member_id", "members", nullable=False),
        _fk("coupon_uses", "purchase_id", "purchases"),
        sa.Column(
            "operation_id",
            sa.String(64),
            sa.ForeignKey("operations.op_id", name="fk_coupon_uses_operation_id_operations"),
            nullable=False,
        ),
        sa.Column("used_at", sa.DateTime(), nullable=False),
        *_who(),
        sa.Column("gross_rials", sa.BigInteger(), nullable=True),
        sa.Column("discount_rials", sa.BigInteger(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_coupon_uses"),
        sa.UniqueConstraint("operation_id", name="uq_coupon_uses_operation_id"),
    )
    for column in ("coupon_id", "member_id", "purchase_id", "used_at"):
        op.create_index(f"ix_coupon_uses_{column}", "coupon_uses", [column])
    op.create_table(
        "messages",
        sa.Column("id", _id(), nullable=False),
        _fk("messages", "member_id", "members", nullable=False),
        sa.Column("campaign", sa.String(30), nullable=True),
        _fk("messages", "run_id", "campaign_runs"),
        _fk("messages", "coupon_id", "coupons"),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("recipient", sa.String(254), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("subject", sa.String(200), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("operation_id", sa.String(100), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
        sa.UniqueConstraint("operation_id", name="uq_messages_operation_id"),
    )
    for column in ("member_id", "run_id", "status", "created_at"):
        op.create_index(f"ix_messages_{column}", "messages", [column])
    op.create_table(
        "feedback",
        sa.Column("id", _id(), nullable=False),
        _fk("feedback", "member_id", "members", nullable=False),
        _fk("feedback", "purchase_id", "purchases"),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(100), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        *_who(),
        sa.Column("operation_id", sa.String(100), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_feedback"),
        sa.UniqueConstraint("operation_id", name="uq_feedback_operation_id"),
    )
    op.create_index("ix_feedback_member_id", "feedback", ["member_id"])
    op.create_index("ix_feedback_recorded_at", "feedback", ["recorded_at"])


def downgrade() -> None:
    for table in ("feedback", "messages", "coupon_uses", "coupons", "campaign_runs"):
        op.drop_table(table)
    op.drop_table("club_settings")
    # Plain DROP COLUMNs (SQLite 3.35+ and PostgreSQL): a batch rebuild of members would break
    # the foreign keys that point to it.
    for table, column in (
        ("ledger_entries", "related_member_id"),
        ("ledger_entries", "campaign"),
        ("members", "opted_out"),
        ("members", "email"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")

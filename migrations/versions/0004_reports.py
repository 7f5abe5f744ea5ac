"""owner's reports: the history of members' tiers (tier_changes, backfilled with each tiered
member's current tier from its tier_since), and the indexes the report queries read instead
of the tables: purchases by member and by time with the money, ledger lines by time and by
kind, members by joining time, operations by time (the report cache's marker).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (name, table, columns): covering indexes, so a report reads an index and never the rows.
INDEXES = (
    ("ix_purchases_member_time_money", "purchases",
     ["member_id", "occurred_at", "amount_rials", "refunded_rials"]),
    ("ix_purchases_time_money_member", "purchases",
     ["occurred_at", "amount_rials", "refunded_rials", "member_id"]),
    ("ix_ledger_entries_effective_kind_staff", "ledger_entries",
     ["effective_at", "kind", "points", "staff", "counter"]),
    ("ix_ledger_entries_kind_effective_reward", "ledger_entries",
     ["kind", "effective_at", "reward_id", "points"]),
    ("ix_members_joined_at", "members", ["joined_at"]),
    ("ix_operations_created_at", "operations", ["created_at"]),
)  # fmt: skip


def upgrade() -> None:
    big_id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table(
        "tier_changes",
        sa.Column("id", big_id, nullable=False),
        sa.Column(
            "member_id",
            big_id,
            sa.ForeignKey("members.id", name="fk_tier_changes_member_id_members"),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("from_code", sa.String(40), nullable=True),
        sa.Column("to_code", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_tier_changes"),
    )
    op.create_index(
        "ix_tier_changes_member_id_changed_at", "tier_changes", ["member_id", "changed_at"]
    )
    op.create_index("ix_tier_changes_changed_at", "tier_changes", ["changed_at"])
    # The tier a member holds now, as if it had been reached at tier_since: the history
    # before this version was not kept.
    op.execute(
        "INSERT INTO tier_changes (member_id, changed_at, from_code, to_code)"
        " SELECT id, COALESCE(tier_since, joined_at), NULL, tier_code FROM members"
        " WHERE tier_code IS NOT NULL ORDER BY id"
    )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_index("ix_tier_changes_changed_at", table_name="tier_changes")
    op.drop_index("ix_tier_changes_member_id_changed_at", table_name="tier_changes")
    op.drop_table("tier_changes")

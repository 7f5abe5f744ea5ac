"""branches and offline counters (issue 16): the branch of the counter that wrote a ledger
line, a purchase or an operation, and the redemptions an offline counter made that the
ledger could not fully cover when they reached the server (sync conflicts a manager settles).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BRANCH_TABLES = ("operations", "purchases", "ledger_entries")


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # Plain ADD COLUMNs (nullable, no default): SQLite does not copy the biggest tables. A
    # line from before branches existed has none (NULL), which the reports call "no branch".
    for table in BRANCH_TABLES:
        op.add_column(table, sa.Column("branch", sa.String(100), nullable=True))
    op.create_table(
        "sync_conflicts",
        sa.Column("id", _id(), nullable=False),
        sa.Column("operation_id", sa.String(64), nullable=False),
        sa.Column("member_id", _id(), nullable=False),
        sa.Column("reason", sa.String(30), nullable=False),
        sa.Column("reward_id", sa.BigInteger(), nullable=True),
        sa.Column("reward_name", sa.String(200), nullable=True),
        sa.Column("reward_name_fa", sa.String(200), nullable=True),
        sa.Column("points_wanted", sa.Integer(), nullable=False),
        sa.Column("points_taken", sa.Integer(), nullable=False),
        sa.Column("staff", sa.String(100), nullable=False),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("branch", sa.String(100), nullable=True),
        sa.Column("happened_at", sa.DateTime(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.Column("settled_by", sa.String(100), nullable=True),
        sa.Column("settlement", sa.String(20), nullable=True),
        sa.Column("settle_operation_id", sa.String(64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["operation_id"],
            ["operations.op_id"],
            name="fk_sync_conflicts_operation_id_operations",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_sync_conflicts_member_id_members"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflicts"),
        sa.UniqueConstraint("operation_id", name="uq_sync_conflicts_operation_id"),
    )
    op.create_index("ix_sync_conflicts_member_id", "sync_conflicts", ["member_id"])
    op.create_index("ix_sync_conflicts_settled_at", "sync_conflicts", ["settled_at"])


def downgrade() -> None:
    op.drop_table("sync_conflicts")
    for table in reversed(BRANCH_TABLES):
        op.drop_column(table, "branch")

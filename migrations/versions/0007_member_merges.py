"""member merges (issue 15): a member record merged into another keeps its history and
names the member kept (members.merged_into); each merge is kept with what it moved, so the
owner can undo it the same day.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # A plain ADD COLUMN (no constraint), so SQLite does not copy the members table.
    op.add_column("members", sa.Column("merged_into", sa.BigInteger(), nullable=True))
    op.create_table(
        "member_merges",
        sa.Column("id", _id(), nullable=False),
        sa.Column("kept_id", _id(), nullable=False),
        sa.Column("merged_id", _id(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(100), nullable=False),
        sa.Column("staff_id", sa.BigInteger(), nullable=True),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("operation_id", sa.String(64), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("stamps", sa.Integer(), nullable=False),
        sa.Column("cards", sa.Text(), nullable=False),
        sa.Column("kept_entry_id", _id(), nullable=False),
        sa.Column("merged_entry_id", _id(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(100), nullable=True),
        sa.Column("undo_operation_id", sa.String(64), nullable=True),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["members.id"], name="fk_member_merges_kept_id_members"
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["members.id"], name="fk_member_merges_merged_id_members"
        ),
        sa.ForeignKeyConstraint(
            ["operation_id"],
            ["operations.op_id"],
            name="fk_member_merges_operation_id_operations",
        ),
        sa.ForeignKeyConstraint(
            ["kept_entry_id"],
            ["ledger_entries.id"],
            name="fk_member_merges_kept_entry_id_ledger_entries",
        ),
        sa.ForeignKeyConstraint(
            ["merged_entry_id"],
            ["ledger_entries.id"],
            name="fk_member_merges_merged_entry_id_ledger_entries",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_member_merges"),
        sa.UniqueConstraint("operation_id", name="uq_member_merges_operation_id"),
    )
    op.create_index("ix_member_merges_kept_id", "member_merges", ["kept_id"])
    op.create_index("ix_member_merges_merged_id", "member_merges", ["merged_id"])
    op.create_index("ix_member_merges_at", "member_merges", ["at"])


def downgrade() -> None:
    op.drop_table("member_merges")
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of members would drop the table the
    # other tables' foreign keys point at, which SQLite refuses.
    op.drop_column("members", "merged_into")

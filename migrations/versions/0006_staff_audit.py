"""staff accounts and the audit trail: accounts with argon2id PIN hashes, roles and lockouts;
an append-only audit trail; operations, ledger lines, coupon uses and messages name the
signed-in account (and the manager who approved them).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_WHO_COLUMNS = (
    ("operations", "staff_id"),
    ("operations", "approver_id"),
    ("ledger_entries", "staff_id"),
    ("ledger_entries", "approver_id"),
    ("coupon_uses", "staff_id"),
    ("messages", "staff_id"),
)


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # Plain ADD COLUMNs (no constraint), so the big tables are not copied on SQLite.
    for table, column in _WHO_COLUMNS:
        op.add_column(table, sa.Column(column, sa.BigInteger(), nullable=True))
    for table in ("operations", "ledger_entries"):
        op.add_column(table, sa.Column("approver", sa.String(100), nullable=True))
    op.add_column("messages", sa.Column("staff", sa.String(100), nullable=True))

    op.create_table(
        "staff",
        sa.Column("id", _id(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("name_key", sa.String(100), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("lockouts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_sign_in_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_staff"),
        sa.UniqueConstraint("name_key", name="uq_staff_name_key"),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", _id(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("staff_id", sa.BigInteger(), nullable=True),
        sa.Column("staff", sa.String(100), nullable=False),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("approver_id", sa.BigInteger(), nullable=True),
        sa.Column("approver", sa.String(100), nullable=True),
        sa.Column("subject", sa.String(200), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_at", "audit_events", ["at"])
    op.create_index("ix_audit_events_kind", "audit_events", ["kind"])
    op.create_index("ix_audit_events_staff_id", "audit_events", ["staff_id"])


def downgrade() -> None:
    op.drop_table("audit_events")
    op.drop_table("staff")
    for table, column in (
        *_WHO_COLUMNS,
        ("operations", "approver"),
        ("ledger_entries", "approver"),
        ("messages", "staff"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")

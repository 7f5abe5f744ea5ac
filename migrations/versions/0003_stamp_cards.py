"""stamp cards: a rule version may give a stamp per visit (with a minimum purchase and a
per-day limit), alongside or instead of points; stamps are a ledger balance of their own
(ledger lines and purchases record them, members cache them); a reward may cost stamps.
Existing clubs keep stamps off.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


# Plain string defaults only: on SQLite an expression default (sa.false()) makes Alembic
# rebuild the table, and dropping earn_rules while purchases point to it breaks their
# foreign keys. '0' and '1' read as booleans on PostgreSQL too.


def upgrade() -> None:
    with op.batch_alter_table("earn_rules") as batch:
        batch.add_column(
            sa.Column("stamps_enabled", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column(
                "stamp_min_purchase_rials", sa.BigInteger(), nullable=False, server_default="0"
            )
        )
        batch.add_column(
            sa.Column("stamps_per_day", sa.Integer(), nullable=False, server_default="1")
        )
        batch.add_column(
            sa.Column("points_enabled", sa.Boolean(), nullable=False, server_default="1")
        )
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("stamps", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("rewards") as batch:
        batch.add_column(
            sa.Column("unit", sa.String(10), nullable=False, server_default="points")
        )
    with op.batch_alter_table("purchases") as batch:
        batch.add_column(
            sa.Column("stamps_earned", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("ledger_entries") as batch:
        batch.add_column(sa.Column("stamps", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("stamps_after", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), not a batch rebuild: rebuilding a table other tables
    # point to fails with foreign keys on.
    for table, columns in (
        ("ledger_entries", ("stamps_after", "stamps")),
        ("purchases", ("stamps_earned",)),
        ("rewards", ("unit",)),
        ("members", ("stamps",)),
        (
            "earn_rules",
            ("points_enabled", "stamps_per_day", "stamp_min_purchase_rials", "stamps_enabled"),
        ),
    ):
        for column in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")

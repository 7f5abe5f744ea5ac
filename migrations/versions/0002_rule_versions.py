"""earning rules become versions of a whole rule: rounding, daily cap, bonuses, a stacking
limit and promotions; every ledger line keeps the calculation behind its points

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("earn_rules") as batch:
        batch.add_column(sa.Column("rounding", sa.String(10), nullable=False, server_default="down"))
        batch.add_column(sa.Column("daily_cap", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("first_purchase_bonus", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("birthday_bonus", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("max_multiplier_percent", sa.Integer(), nullable=False, server_default="300")
        )
        batch.add_column(sa.Column("promotions", sa.Text(), nullable=False, server_default="[]"))
    with op.batch_alter_table("ledger_entries") as batch:
        batch.add_column(sa.Column("calculation", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ledger_entries") as batch:
        batch.drop_column("calculation")
    with op.batch_alter_table("earn_rules") as batch:
        for name in (
            "promotions",
            "max_multiplier_percent",
            "birthday_bonus",
            "first_purchase_bonus",
            "daily_cap",
            "rounding",
        ):
            batch.drop_column(name)

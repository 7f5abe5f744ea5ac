"""the club's rules in the owner's hands: earning rules become versions of a whole rule
(rounding, daily cap, bonuses, a stacking limit, promotions, tiers, expiry); every ledger
line keeps the calculation behind its points; rewards get a money value, stock and a tier;
members get a tier

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
        batch.add_column(sa.Column("tier_policy", sa.Text(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("expiry_months", sa.Integer(), nullable=True))
    with op.batch_alter_table("ledger_entries") as batch:
        batch.add_column(sa.Column("calculation", sa.Text(), nullable=True))
        batch.add_column(sa.Column("reward_name_fa", sa.String(200), nullable=True))
    with op.batch_alter_table("rewards") as batch:
        batch.add_column(sa.Column("value_rials", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("stock", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("tier_code", sa.String(40), nullable=True))
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("tier_code", sa.String(40), nullable=True))
        batch.add_column(sa.Column("tier_since", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("tier_review_on", sa.Date(), nullable=True))
        batch.create_index("ix_members_tier_review_on", ["tier_review_on"])


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_index("ix_members_tier_review_on")
        for name in ("tier_review_on", "tier_since", "tier_code"):
            batch.drop_column(name)
    with op.batch_alter_table("rewards") as batch:
        for name in ("tier_code", "stock", "value_rials"):
            batch.drop_column(name)
    with op.batch_alter_table("ledger_entries") as batch:
        batch.drop_column("reward_name_fa")
        batch.drop_column("calculation")
    with op.batch_alter_table("earn_rules") as batch:
        for name in (
            "expiry_months",
            "tier_policy",
            "promotions",
            "max_multiplier_percent",
            "birthday_bonus",
            "first_purchase_bonus",
            "daily_cap",
            "rounding",
        ):
            batch.drop_column(name)

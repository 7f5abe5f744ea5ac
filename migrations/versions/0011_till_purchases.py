"""Purchases from the till (issue 17): a sale a POS posted without its member, waiting at a
counter until the cashier scans the card. Kept in the database, not in the window, so what
the POS was told was accepted survives a restart, and `serve` in another process can post
what the window shows.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "till_purchases",
        sa.Column("id", _id(), nullable=False),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(300), nullable=False),
        sa.Column("counter", sa.String(100), nullable=False),
        sa.Column("amount_rials", sa.BigInteger(), nullable=False),
        sa.Column("receipt_no", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("posted_by", sa.String(100), nullable=False),
        sa.Column("member_id", sa.BigInteger(), nullable=True),
        sa.Column("card", sa.String(32), nullable=True),
        sa.Column("points", sa.Integer(), nullable=True),
        sa.Column("entry_id", sa.BigInteger(), nullable=True),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.Column("settled_by", sa.String(100), nullable=True),
        # The POS's Idempotency-Key of its cancel: a retry is a replay, the key is not free.
        sa.Column("cancel_key", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_till_purchases"),
        sa.UniqueConstraint("idempotency_key", name="uq_till_purchases_idempotency_key"),
        sa.UniqueConstraint("cancel_key", name="uq_till_purchases_cancel_key"),
    )
    # The window asks every second what waits at its counter: one index seek.
    op.create_index(
        "ix_till_purchases_status_counter_id", "till_purchases", ["status", "counter", "id"]
    )
    op.create_index("ix_till_purchases_receipt_no", "till_purchases", ["receipt_no"])


def downgrade() -> None:
    op.drop_table("till_purchases")

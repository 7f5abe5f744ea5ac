"""member notes (issue 15: the import's "notes" column): what the staff should know about
a member, shown at the counter and edited in the member's details.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (nullable, no default), so SQLite does not copy the members table.
    op.add_column("members", sa.Column("notes", sa.Text(), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of members would have to drop the
    # table that other tables' foreign keys name, which SQLite refuses.
    op.drop_column("members", "notes")

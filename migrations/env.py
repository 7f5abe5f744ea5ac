"""Alembic environment: the app passes its own connection in (see persistence/database.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from loyaltydesk.persistence.tables import Base

target_metadata = Base.metadata


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set sqlalchemy.url (alembic -x) or run through loyaltydesk")
    with create_engine(url).begin() as conn:
        run(conn)

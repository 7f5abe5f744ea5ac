"""The migrations build exactly the schema the code maps, on both databases."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from loyaltydesk.persistence.database import open_database
from loyaltydesk.persistence.tables import Base


def test_migrated_schema_is_the_mapped_schema(db_url: str, tmp_path: Path) -> None:
    database = open_database(db_url, backup_dir=tmp_path / "backups")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.dispose()
    assert differences == []

"""Whole-database work for the owner: backup and restore."""

from __future__ import annotations

from pathlib import Path

from loyaltydesk.persistence.database import Database, backup_to_file, restore_from_file


class SqlDatabaseAdmin:
    def __init__(self, database: Database, safety_dir: Path) -> None:
        self._database = database
        self._safety_dir = safety_dir

    def backup(self, target: Path) -> Path:
        return backup_to_file(self._database, target)

    def restore(self, source: Path) -> Path:
        return restore_from_file(self._database, source, self._safety_dir)

    def describe(self) -> str:
        return self._database.describe()

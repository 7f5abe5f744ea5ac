"""What support asks first: which LoyaltyDesk, on which database, with which libraries.

Shown by `loyaltydesk --version` and the About window, whose "Copy diagnostics" puts
:meth:`Diagnostics.text` on the clipboard. No member, staff or sales data is ever in it.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass, field
from importlib import metadata

from loyaltydesk import __version__

# The libraries whose version changes what the counter sees or stores, by distribution name.
LIBRARIES = (
    "PySide6-Essentials",
    "PySide6-Addons",
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "qrcode",
    "openpyxl",
    "pypdfium2",
    "zxing-cpp",
    "psycopg",
    "jdatetime",
    "arabic-reshaper",
    "python-bidi",
    "platformdirs",
    "starlette",
    "uvicorn",
)
MISSING = "-"


def library_versions(names: tuple[str, ...] = LIBRARIES) -> tuple[tuple[str, str], ...]:
    found = []
    for name in names:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            found.append((name, MISSING))
    return tuple(found)


def system_name() -> str:
    return f"{platform.system()} {platform.release()} ({platform.machine()})"


@dataclass(frozen=True)
class Diagnostics:
    database: str  # a path, or a URL with its password hidden
    schema_revision: str | None  # None: the database is not created yet
    schema_head: str  # the revision this program writes
    data_folder: str
    version: str = __version__
    python: str = field(default_factory=platform.python_version)
    system: str = field(default_factory=system_name)
    built: bool = field(default_factory=lambda: bool(getattr(sys, "frozen", False)))
    qt: str = MISSING  # the Qt library actually loaded, which may differ from PySide6's own
    libraries: tuple[tuple[str, str], ...] = field(default_factory=library_versions)
    problem: str = ""  # why the schema revision could not be read

    @property
    def revision_text(self) -> str:
        if self.problem:
            return f"unknown ({self.problem})"
        if self.schema_revision is None:
            return "not created yet"
        note = "" if self.schema_revision == self.schema_head else " (upgraded on next start)"
        return f"{self.schema_revision}{note}"

    def text(self) -> str:
        """Plain English lines for a support message (the same in either language)."""
        lines = [
            f"LoyaltyDesk {self.version}" + (" (installed build)" if self.built else ""),
            f"Database: {self.database}",
            f"Schema revision: {self.revision_text}; this program: {self.schema_head}",
            f"Data folder: {self.data_folder}",
            f"Python: {self.python}",
            f"Qt: {self.qt}",
            f"System: {self.system}",
        ]
        lines += [f"{name}: {version}" for name, version in self.libraries]
        return "\n".join(lines)

    def as_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "database": self.database,
            "schema_revision": self.schema_revision,
            "schema_head": self.schema_head,
            "schema_problem": self.problem or None,
            "data_folder": self.data_folder,
            "python": self.python,
            "qt": self.qt,
            "system": self.system,
            "built": self.built,
            "libraries": dict(self.libraries),
        }

"""Where the program's own files are: the resources (fonts, translations, icons, the demo
recipe) and the database migrations.

One answer for every way LoyaltyDesk runs: a source checkout keeps them at the top of the
tree (resources/, migrations/); a wheel ships them inside the package as loyaltydesk/_data
(pyproject's package-dir); the PyInstaller build copies them to the same place under its
bundle folder, where this module's own file lies too.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
_SHIPPED = PACKAGE / "_data"
_CHECKOUT = PACKAGE.parent


def frozen() -> bool:
    """Whether this is the built application (PyInstaller), not Python running a package."""
    return bool(getattr(sys, "frozen", False))


def _find(name: str) -> Path:
    shipped = _SHIPPED / name
    if shipped.is_dir():
        return shipped
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None and (Path(bundle) / "loyaltydesk" / "_data" / name).is_dir():
        return Path(bundle) / "loyaltydesk" / "_data" / name
    # A checkout (an editable install included): the top-level folder.
    return _CHECKOUT / name


RESOURCES = _find("resources")
MIGRATIONS = _find("migrations")

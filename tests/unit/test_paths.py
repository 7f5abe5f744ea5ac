"""Where the program finds its own files, and that the wheel's package list keeps up."""

from __future__ import annotations

import tomllib
from pathlib import Path

from loyaltydesk import paths
from loyaltydesk.persistence.database import HEAD_REVISION

REPO = Path(__file__).resolve().parents[2]


def test_a_checkout_uses_the_top_level_resources_and_migrations() -> None:
    assert paths.RESOURCES == REPO / "resources"
    assert paths.MIGRATIONS == REPO / "migrations"
    assert (paths.MIGRATIONS / "versions").glob(f"{HEAD_REVISION}_*.py")
    assert not paths.frozen()


def test_every_package_folder_is_listed_for_the_wheel() -> None:
    # pyproject lists the packages (instead of finding them) to map the top-level folders
    # into loyaltydesk._data; a new folder missing there would be missing from the wheel.
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "loyaltydesk").rglob("__init__.py")
    }
    assert folders <= listed
    shipped = {name for name in listed - folders if name.startswith("loyaltydesk._data.")}
    assert listed - folders == shipped
    assert {"loyaltydesk._data.migrations.versions", "loyaltydesk._data.resources.fonts"} <= shipped
    assert set(config["tool"]["setuptools"]["package-dir"]) == {
        "loyaltydesk._data.migrations",
        "loyaltydesk._data.resources",
    }

"""How far the first-run wizard got, kept in the data folder so that closing it mid-way
resumes at the same page with what was typed. The choices that are settings are saved in
settings.json as each page is passed; this file holds the rest, never the PIN."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from loyaltydesk.private_files import private_dir, private_file
from loyaltydesk.services.setup import DEFAULT_REWARDS, DEFAULT_STEP_RIALS, FirstReward

PROGRESS_FILE = "setup-progress.json"


@dataclass(frozen=True)
class Progress:
    page: int = 0
    owner_name: str = ""
    owner_skipped: bool = False
    step_rials: int = DEFAULT_STEP_RIALS
    rewards: tuple[FirstReward, ...] = field(default=DEFAULT_REWARDS)


def load_progress(folder: Path) -> Progress | None:
    """The wizard's progress, or None when it never ran (or the file is unreadable: it
    starts again, the settings already saved are kept)."""
    try:
        data = json.loads((folder / PROGRESS_FILE).read_text(encoding="utf-8"))
        return Progress(
            page=int(data["page"]),
            owner_name=str(data["owner_name"]),
            owner_skipped=bool(data["owner_skipped"]),
            step_rials=int(data["step_rials"]),
            rewards=tuple(
                FirstReward(str(r["name"]), r["name_fa"] and str(r["name_fa"]), int(r["cost"]))
                for r in data["rewards"]
            ),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_progress(folder: Path, progress: Progress) -> None:
    private_dir(folder)
    data = {
        "page": progress.page,
        "owner_name": progress.owner_name,
        "owner_skipped": progress.owner_skipped,
        "step_rials": progress.step_rials,
        "rewards": [
            {"name": r.name, "name_fa": r.name_fa, "cost": r.cost} for r in progress.rewards
        ],
    }
    target = folder / PROGRESS_FILE
    partial = private_file(target.with_suffix(".partial"))
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    partial.replace(target)


def clear_progress(folder: Path) -> None:
    (folder / PROGRESS_FILE).unlink(missing_ok=True)

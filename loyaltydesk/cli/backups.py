"""`backup --auto`, `backup --list`, `backup PATH --encrypt`, and the passphrase of a sealed
backup (an environment variable, or asked on a terminal; never an argument, which every
user of the computer could read in the process list)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from loyaltydesk.cli.exit_codes import EXIT_OK
from loyaltydesk.cli.main import PASSPHRASE_VARIABLE, Cli, translate
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.ui.error_text import error_text

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services


def passphrase(args: argparse.Namespace, *, twice: bool) -> str:
    """From --passphrase-env NAME, else LOYALTYDESK_BACKUP_PASSPHRASE, else asked (twice
    when sealing: a typo would lock the owner out of their own backup)."""
    name = args.passphrase_env or PASSPHRASE_VARIABLE
    given = os.environ.get(name)
    if given:
        return given
    if args.passphrase_env:
        raise InvalidInput("backup.no_passphrase_variable", variable=name)
    if not sys.stdin.isatty():
        raise InvalidInput("backup.no_passphrase_variable", variable=name)
    first = getpass.getpass(translate("Cli", "Backup passphrase: "))
    if twice and getpass.getpass(translate("Cli", "The passphrase again: ")) != first:
        raise InvalidInput("backup.passphrase_mismatch")
    if not first:
        raise InvalidInput("backup.no_passphrase")
    return first


def auto_backup(cli: Cli, s: Services) -> int:
    result = s.backups.run(s.actor)
    if result.error is not None:
        raise result.error  # exit 4 for the folder or disk, 2 for a missing passphrase
    assert result.file is not None
    data: dict[str, Any] = {
        "backup": str(result.file),
        "size": result.size,
        "verified": result.verified,
        "encrypted": result.encrypted,
        "pruned": list(result.pruned),
        "dump": str(result.dump) if result.dump else None,
        "dump_problem": result.dump_problem.code if result.dump_problem else None,
    }
    text = translate("Cli", "Backup written to {path} ({size} bytes) and checked.").format(
        path=result.file, size=cli.text.n(result.size)
    )
    if result.dump is not None:
        text += "\n" + translate("Cli", "The server's own archive (pg_dump): {path}").format(
            path=result.dump
        )
    if result.dump_problem is not None:
        text += "\n" + error_text(result.dump_problem, cli.text, screen=False)
    if result.pruned:
        text += "\n" + translate("Cli", "Older backups removed: {count}").format(
            count=cli.text.n(len(result.pruned))
        )
    cli.emit(data, text)
    return EXIT_OK


def list_backups(cli: Cli, s: Services) -> int:
    files = s.backups.files(s.actor)
    folder = s.backups.plan.folder
    data = {
        "folder": str(folder),
        "backups": [
            {
                "file": str(folder / f.name),
                "taken_at": f.taken_at.isoformat(),
                "size": f.size,
                "encrypted": f.encrypted,
            }
            for f in files
        ],
    }
    if not files:
        text = translate("Cli", "No backups in {folder} yet.").format(folder=folder)
    else:
        lines = [translate("Cli", "Backups in {folder}:").format(folder=folder)]
        for f in files:
            sealed = " " + translate("Cli", "(encrypted)") if f.encrypted else ""
            lines.append(f"  {cli.text.when(f.taken_at)}  {cli.text.n(f.size)}  {f.name}{sealed}")
        text = "\n".join(lines)
    cli.emit(data, text)
    return EXIT_OK


def sealed_backup(cli: Cli, s: Services) -> int:
    copy = s.backups.copy_to(cli.args.path, s.actor, passphrase(cli.args, twice=True))
    cli.emit(
        {"backup": str(copy.path), "size": copy.size, "verified": True, "encrypted": True},
        translate("Cli", "Encrypted backup written to {path} and checked.").format(path=copy.path),
    )
    return EXIT_OK

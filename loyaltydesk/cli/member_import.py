"""`member import FILE`: members from another system's CSV or XLSX list.

The parser is here without the reader, the service or openpyxl: those are imported when the
command runs (cli/main.py stays light for the till's one-command-per-sale use).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli
    from loyaltydesk.domain.imports import Field, Refusal
    from loyaltydesk.services.imports import ImportResult

FIELDS = (
    "name",
    "phone",
    "birthday",
    "national_code",
    "email",
    "card",
    "opening",
    "joined",
    "notes",
)


def add_import_parser(
    member_commands: Any, common: argparse.ArgumentParser, parser_class: type
) -> None:
    imp = member_commands.add_parser(
        "import",
        parents=[common],
        help="import members from a CSV or XLSX file (a manager's or the owner's)",
    )
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"which column holds a field ({', '.join(FIELDS)}): a header or a column number; "
        "FIELD= leaves it out (default: guessed from the header row)",
    )
    imp.add_argument(
        "--encoding", help="the CSV's text encoding, when it cannot be told (e.g. cp1256)"
    )
    imp.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the active one)")
    imp.add_argument(
        "--dry-run", action="store_true", help="check every row and report, write nothing"
    )
    imp.add_argument(
        "--refused-out", metavar="FILE", type=Path, help="write the refused rows to this CSV"
    )


def parse_map(
    given: list[str], headers: tuple[str, ...], guessed: dict[Field, int]
) -> dict[Field, int]:
    from loyaltydesk.domain.errors import InvalidInput
    from loyaltydesk.domain.imports import Field
    from loyaltydesk.i18n.digits import fold_digits

    mapping = dict(guessed)
    for item in given:
        name, eq, column = item.partition("=")
        try:
            fld = Field(name.strip().replace("-", "_"))
        except ValueError:
            raise InvalidInput(
                "import.unknown_field", field=name, fields=", ".join(FIELDS)
            ) from None
        if not eq:
            raise InvalidInput("import.map_usage", value=item)
        column = column.strip()
        if not column:
            mapping.pop(fld, None)
            continue
        folded = fold_digits(column)
        if folded.isdigit():
            mapping[fld] = int(folded) - 1
        elif column in headers:
            mapping[fld] = headers.index(column)
        else:
            raise InvalidInput("import.no_such_header", header=column)
    return mapping


def run_import(cli: Cli, s: Services) -> int:
    from loyaltydesk.cli.exit_codes import EXIT_BAD_INPUT, EXIT_OK
    from loyaltydesk.cli.text import translate
    from loyaltydesk.devices.member_files import open_member_file, write_refusals
    from loyaltydesk.domain.imports import guess_mapping

    args = cli.args
    source = open_member_file(args.file, encoding=args.encoding, sheet=args.sheet)
    mapping = parse_map(args.map, source.headers, guess_mapping(source.headers))
    result = s.imports.run(source, mapping, s.actor, dry_run=args.dry_run)
    language = cli.text.language

    def reason(refusal: Refusal) -> str:
        return refusal_text(refusal, language)

    written = None
    if args.refused_out is not None and result.refused:
        written = write_refusals(
            args.refused_out,
            result.refused,
            source.headers,
            (translate("Cli", "Row"), translate("Cli", "Reason")),
            reason,
        )
    cli.emit(_json(result, mapping, reason, written), _text(result, reason, written))
    return EXIT_BAD_INPUT if result.refused else EXIT_OK


def refusal_text(refusal: Refusal, language: str) -> str:
    from loyaltydesk.domain.errors import InvalidInput
    from loyaltydesk.ui.error_text import error_text

    return error_text(InvalidInput(refusal.key, **refusal.params), language, screen=False)


def _json(
    result: ImportResult, mapping: dict[Field, int], reason: Any, written: Path | None
) -> dict[str, Any]:
    return {
        "rows": result.rows,
        "imported": result.imported,
        "already_imported": result.already,
        "refused": len(result.refused),
        "dry_run": result.dry_run,
        "mapping": {f.value: i + 1 for f, i in mapping.items()},
        "refused_rows": [
            {"row": r.line, "reason_key": r.key, "reason": reason(r), "cells": list(r.cells)}
            for r in result.refused
        ],
        "refused_out": str(written) if written is not None else None,
    }


def _text(result: ImportResult, reason: Any, written: Path | None) -> str:
    from loyaltydesk.cli.text import translate

    if result.dry_run:
        head = translate(
            "Cli",
            "Checked {rows} rows, nothing written: {imported} would be imported, "
            "{already} already imported, {refused} refused.",
        )
    else:
        head = translate(
            "Cli",
            "Imported {imported} of {rows} rows; {already} already imported, {refused} refused.",
        )
    lines = [
        head.format(
            rows=result.rows,
            imported=result.imported,
            already=result.already,
            refused=len(result.refused),
        )
    ]
    lines += [
        translate("Cli", "Row {row}: {reason}").format(row=r.line, reason=reason(r))
        for r in result.refused
    ]
    if written is not None:
        lines.append(translate("Cli", "Refused rows written to {path}").format(path=written))
    return "\n".join(lines)

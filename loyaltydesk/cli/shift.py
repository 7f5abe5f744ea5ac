"""`python -m loyaltydesk shift report`: the arguments (the rest is cli/shift_output, imported
when the command runs: the parser is built on every sale at a till).

JSON output (public contract, README): the shift's figures, and with --out or --thermal
where the report went.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

# The values of printing.paper.SHIFT_PAPERS, written out so the parser imports no printing
# (tests/cli/test_shift_cli checks they agree).
PAPERS = ("80mm", "58mm", "a4", "a5")


def add_shift_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """The `shift` command and its actions (``commands`` is the subparsers action)."""
    shift = commands.add_parser("shift", help="a cashier's shift")
    actions = shift.add_subparsers(
        dest="shift_command", metavar="ACTION", required=True, parser_class=type(shift)
    )
    report = actions.add_parser(
        "report",
        parents=[common],
        help="credits, coupons, redemptions, refunds and points of one person's shift",
    )
    # Its own names: the global --staff and --counter say who runs the command.
    report.add_argument(
        "--staff",
        dest="shift_staff",
        metavar="NAME",
        help="whose shift (default: the global --staff, or the settings' staff name)",
    )
    report.add_argument(
        "--counter",
        dest="shift_counter",
        metavar="NAME",
        help="only what was done at this counter (default: every counter)",
    )
    report.add_argument(
        "--from",
        dest="shift_from",
        metavar="DATETIME",
        help="the shift's start, e.g. 1405/09/06 08:00 (default: the start of today)",
    )
    report.add_argument(
        "--to", dest="shift_to", metavar="DATETIME", help="the shift's end (default: now)"
    )
    where = report.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, metavar="FILE.pdf", help="write a PDF file")
    where.add_argument(
        "--thermal", action="store_true", help="print it on the receipt printer in the settings"
    )
    report.add_argument(
        "--size",
        choices=PAPERS,
        help="paper of the PDF (default: a4) or of the receipt printer (default: its own)",
    )

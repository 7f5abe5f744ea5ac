"""`member duplicates|merge|unmerge` and `export members|ledger`: duplicate members and the
accountant's files.

    member duplicates [--limit N]
    member merge KEEP OTHER [--op-id ID]
    member unmerge KEEP OTHER | --merge ID [--op-id ID]
    export members|ledger --out FILE [--format csv|xlsx] [--from DATE] [--to DATE]

The parsers import nothing heavy (the command line starts fast); merge_run.py does the work.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

EXPORTS = ("members", "ledger")
FORMATS = ("csv", "xlsx")


def add_member_merge_parsers(
    member_commands: Any, common: argparse.ArgumentParser, writes: argparse.ArgumentParser
) -> None:
    duplicates = member_commands.add_parser(
        "duplicates", parents=[common], help="members that are probably the same person"
    )
    duplicates.add_argument("--limit", type=int, default=500, help="pairs listed (default 500)")
    merge = member_commands.add_parser(
        "merge", parents=[common, writes], help="merge OTHER into KEEP (manager or owner)"
    )
    merge.add_argument("keep", metavar="KEEP", help="card or phone of the member kept")
    merge.add_argument("other", metavar="OTHER", help="card or phone of the member merged")
    unmerge = member_commands.add_parser(
        "unmerge", parents=[common, writes], help="undo today's merge (the owner's)"
    )
    unmerge.add_argument("keep", metavar="KEEP", nargs="?", help="card or phone of the kept")
    unmerge.add_argument("other", metavar="OTHER", nargs="?", help="card or phone of the merged")
    unmerge.add_argument("--merge", type=int, metavar="ID", dest="merge_id", help="the merge's id")


def add_export_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export", parents=[common], help="members or the ledger as CSV/XLSX for an accountant"
    )
    export.add_argument("what", choices=EXPORTS)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--format", choices=FORMATS, help="csv or xlsx (default: from the file's suffix, else csv)"
    )
    export.add_argument("--from", dest="start", metavar="DATE", help="first day (ledger: by date)")
    export.add_argument("--to", dest="end", metavar="DATE", help="last day, included")

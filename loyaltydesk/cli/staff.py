"""`staff` and `audit`: accounts, the owner's counter policy, and the audit trail.

    staff add --name N --role cashier|manager|owner --pin P
    staff list | disable NAME | enable NAME | unlock NAME
    staff set-pin NAME --pin P | set-role NAME --role R
    staff policy [--credit-limit AMOUNT|off] [--redeem-limit POINTS|off] [--idle-minutes N|off]
    audit [--from DATE] [--to DATE] [--staff NAME] [--kind K] [--limit N] [--json | --csv F]

The parsers import nothing heavy (the command line starts fast); staff_run.py does the work.
A PIN may come from LOYALTYDESK_NEW_PIN instead of --pin, so it need not be in the process list.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

# Copies of domain.staff.Role's values, checked by a test: importing the domain here would
# cost every command its start-up time.
ROLES = ("cashier", "manager", "owner")
STAFF_ACTIONS = ("add", "list", "disable", "enable", "unlock", "set-pin", "set-role", "policy")


def add_staff_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    staff = commands.add_parser("staff", help="staff accounts, roles, PINs and the counter policy")
    actions = staff.add_subparsers(
        dest="staff_command", metavar="ACTION", required=True, parser_class=type(staff)
    )
    add = actions.add_parser("add", parents=[common], help="a new account (the owner's)")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--pin", dest="new_pin", metavar="PIN", help="4 to 8 digits")
    actions.add_parser("list", parents=[common], help="every account")
    for name, text in (
        ("disable", "stop an account signing in (its history stays)"),
        ("enable", "let a disabled account sign in again"),
        ("unlock", "lift the lock after too many wrong PINs"),
    ):
        action = actions.add_parser(name, parents=[common], help=text)
        action.add_argument("name", metavar="NAME")
    set_pin = actions.add_parser("set-pin", parents=[common], help="a new PIN for an account")
    set_pin.add_argument("name", metavar="NAME")
    set_pin.add_argument("--pin", dest="new_pin", metavar="PIN", help="4 to 8 digits")
    set_role = actions.add_parser("set-role", parents=[common], help="change an account's role")
    set_role.add_argument("name", metavar="NAME")
    set_role.add_argument("--role", required=True, choices=ROLES)
    policy = actions.add_parser(
        "policy", parents=[common], help="approval limits and the idle lock (the owner's)"
    )
    policy.add_argument(
        "--credit-limit", metavar="AMOUNT|off", help="a credit above this needs a manager"
    )
    policy.add_argument(
        "--redeem-limit", metavar="POINTS|off", help="a redemption above this needs a manager"
    )
    policy.add_argument(
        "--idle-minutes", metavar="N|off", help="lock the window after N idle minutes"
    )
    policy.add_argument(
        "--offline-points",
        metavar="POINTS|off",
        help="points a member may spend per day at a counter cut off from the server",
    )

    audit = commands.add_parser(
        "audit", parents=[common], help="the audit trail: who did what, when, where"
    )
    audit.add_argument("--from", dest="start", metavar="DATE", help="first day (shop's calendar)")
    audit.add_argument("--to", dest="end", metavar="DATE", help="last day, included")
    audit.add_argument("--staff", dest="audit_staff", metavar="NAME", help="one person's lines")
    audit.add_argument(
        "--kind", action="append", default=[], metavar="K", help="only these kinds (repeatable)"
    )
    audit.add_argument("--limit", type=int, default=1000, metavar="N")
    audit.add_argument("--csv", type=Path, metavar="FILE", help="write the lines to a CSV file")

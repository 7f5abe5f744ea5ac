"""`python -m loyaltydesk coupon issue|check|void|list|policy`: the arguments (the rest is
cli/coupon_output, imported when a coupon command runs: a till pays for every module the
parser imports on every sale).

Amounts are whole Rials, as everywhere on the command line (README); codes are 14 digits
starting with 9, Persian digits and spaces allowed.
"""

from __future__ import annotations

import argparse
from typing import Any

# The values of domain.coupons.CouponState, services.coupons.RETURN_POLICIES and
# domain.coupons.DEFAULT_VALID_DAYS, written out so the parser imports neither
# (tests/cli/test_coupons_cli checks they agree).
STATES = ("active", "not_yet", "used", "expired", "voided")
POLICIES = ("personal_single", "always", "never")
DEFAULT_VALID_DAYS = 30
DEFAULT_LIMIT = 200


def add_coupon_parser(
    commands: Any, common: argparse.ArgumentParser, writes: argparse.ArgumentParser
) -> None:
    """The `coupon` command and its actions (``commands`` is the subparsers action)."""
    coupon = commands.add_parser("coupon", help="issue, check, void and list stored coupons")
    actions = coupon.add_subparsers(
        dest="coupon_command", metavar="ACTION", required=True, parser_class=type(coupon)
    )

    issue = actions.add_parser(
        "issue", parents=[common, writes], help="make a coupon (or a sheet of them); prints codes"
    )
    who = issue.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--member", metavar="CARD|PHONE", help="a personal coupon, used once by this member"
    )
    who.add_argument("--open", action="store_true", help="an open coupon: anyone may use it")
    issue.add_argument(
        "--uses", metavar="N", help="with --open: how many times each coupon can be used (1)"
    )
    issue.add_argument(
        "--count", metavar="K", help="with --open: make K coupons at once, e.g. a sheet (1)"
    )
    gives = issue.add_mutually_exclusive_group(required=True)
    gives.add_argument("--percent", metavar="P", help="P%% off the purchase (1 to 100)")
    gives.add_argument("--amount", metavar="RIALS", help="a fixed amount off, in whole Rials")
    gives.add_argument("--reward", metavar="NAME", help="a reward from the catalogue, free")
    issue.add_argument(
        "--max", metavar="RIALS", help="with --percent: at most this much off, in whole Rials"
    )
    until = issue.add_mutually_exclusive_group()
    until.add_argument(
        "--valid-days",
        metavar="N",
        help=f"valid for N days, the first day included (default {DEFAULT_VALID_DAYS})",
    )
    until.add_argument("--valid-until", metavar="DATE", help="its last day (either calendar)")
    issue.add_argument("--valid-from", metavar="DATE", help="its first day (default: today)")
    issue.add_argument(
        "--min-purchase",
        metavar="RIALS",
        help="only on a purchase of at least this much, in whole Rials",
    )

    check = actions.add_parser(
        "check", parents=[common], help="what a code gives and whether it can be used now"
    )
    check.add_argument("code", metavar="CODE")
    check.add_argument("--member", metavar="CARD|PHONE", help="the member who would use it")
    check.add_argument(
        "--amount", metavar="RIALS", help="the purchase, in whole Rials: shows the discount"
    )

    void = actions.add_parser("void", parents=[common], help="make a coupon unusable")
    void.add_argument("code", metavar="CODE")

    listing = actions.add_parser("list", parents=[common], help="coupons, newest first")
    listing.add_argument("--status", choices=STATES, help="only coupons in this state today")
    listing.add_argument("--member", metavar="CARD|PHONE", help="only this member's coupons")
    listing.add_argument("--campaign", metavar="NAME", help="only coupons this campaign made")
    listing.add_argument(
        "--limit", metavar="N", help=f"at most N coupons (default {DEFAULT_LIMIT})"
    )

    policy = actions.add_parser(
        "policy", parents=[common], help="whether a refunded purchase gives its coupon back"
    )
    policy.add_argument(
        "--set",
        dest="policy",
        choices=POLICIES,
        help="personal_single (the default): a one-use personal coupon comes back when the "
        "whole purchase is refunded; always; never",
    )

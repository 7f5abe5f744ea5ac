"""`python -m loyaltydesk report PAGE`: the arguments (the rest is cli/report_output, imported
when a report runs: a till pays for every module the parser imports on every sale).

PAGE is one of report_views.Page (summary, retention, repeat, clv, top, at-risk, rfm,
cohorts, hours, economics, tiers, staff, branches, voice, anomalies); the period is named (--period,
this month by default) or typed (--from/--to, in either calendar and either digits); out go
the terminal, --json, or one file: --csv (the page's main table), --xlsx (every table of the
page), --pdf (the page; for `summary`, the whole report).

`report opening-hours [--from HH:MM --to HH:MM | --clear]` shows or sets the shop's opening
hours, which the anomalies page checks the ledger's times against.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

# The values of report_views.Page and domain.reports.Preset (less CUSTOM), written out so
# the parser imports neither (tests/cli/test_report_cli checks they agree).
PAGES = {
    "summary": "every headline figure beside the previous period's",
    "retention": "customers kept and lost",
    "repeat": "repeat purchases, frequency, average purchase",
    "clv": "customer lifetime value, by tier and the highest",
    "top": "best customers and their share of sales (80/20)",
    "at-risk": "members drifting away: the call list",
    "rfm": "recency-frequency-money segments",
    "cohorts": "members by month of joining, share still buying",
    "hours": "purchases by weekday and hour",
    "economics": "points issued, redeemed, expired, the liability",
    "tiers": "members, moves and spend per tier",
    "staff": "what each cashier and counter did",
    "branches": "purchases, money, points and members per branch",
    "voice": "the customer's voice: scores, reasons, unhappy members who did not return",
    "anomalies": "refunds, credits, redemptions and hours worth a second look",
}
OPENING_HOURS = "opening-hours"  # not a page: the anomalies page's setting
PRESETS = ("this-month", "last-month", "this-season", "this-year", "last-12-months")
DEFAULT_LIMIT = 1000
FORMATS = ("csv", "xlsx", "pdf")


def add_report_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """The `report` command and its pages (``commands`` is the subparsers action)."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--period",
        choices=PRESETS,
        help="a named period in the shop's calendar (default: this-month)",
    )
    options.add_argument("--from", dest="first", metavar="DATE", help="first day (either calendar)")
    options.add_argument("--to", dest="last", metavar="DATE", help="last day (default: today)")
    options.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"members shown in a list (default {DEFAULT_LIMIT})",
    )
    target = options.add_mutually_exclusive_group()
    target.add_argument("--csv", type=Path, metavar="FILE", help="the page's main table as CSV")
    target.add_argument("--xlsx", type=Path, metavar="FILE", help="every table of the page")
    target.add_argument(
        "--pdf", type=Path, metavar="FILE", help="the page as a PDF (summary: the whole report)"
    )

    report = commands.add_parser("report", help="the owner's report for a period")
    pages = report.add_subparsers(
        dest="report_page", metavar="PAGE", required=True, parser_class=type(report)
    )
    for page, help_text in PAGES.items():
        parser = pages.add_parser(page, parents=[common, options], help=help_text)
        if page == "anomalies":
            parser.add_argument(
                "--credit-limit",
                metavar="RIALS",
                help="the approval limit: a credit above it needs a manager (default: not set)",
            )
    hours = pages.add_parser(
        OPENING_HOURS,
        parents=[common],
        help="show or set the opening hours the anomalies page checks against",
    )
    hours.add_argument("--from", dest="opens", metavar="HH:MM", help="opening time, every day")
    hours.add_argument(
        "--to", dest="closes", metavar="HH:MM", help="closing time (after midnight: 01:00)"
    )
    hours.add_argument("--clear", action="store_true", help="no opening hours (no check)")


def wants_file(args: argparse.Namespace) -> bool:
    return any(getattr(args, f, None) is not None for f in FORMATS)

"""`python -m loyaltydesk campaign list|preview|run|set|history`: the parser. The commands
themselves are in cli/campaign_run.py, imported only when a campaign command runs, so the
command line answers --help and other commands without loading Qt (README: "Campaigns")."""

from __future__ import annotations

import argparse
from typing import Any

# The values of domain.campaigns.CampaignKind, written out so the parser imports nothing.
NAMES = ("birthday", "win_back", "anniversary", "second_visit", "referral", "thank_you")


def add_campaign_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    campaign = commands.add_parser("campaign", help="retention campaigns")
    actions = campaign.add_subparsers(
        dest="campaign_command", metavar="ACTION", required=True, parser_class=type(campaign)
    )
    actions.add_parser("list", parents=[common], help="the campaigns, switches and last run")
    for name, help_text in (
        ("preview", "who qualifies today, the cost at most, the messages"),
        ("run", "reward everyone who qualifies (once per period)"),
    ):
        action = actions.add_parser(name, parents=[common], help=help_text)
        action.add_argument("name", metavar="NAME", help=" | ".join(NAMES))
    history = actions.add_parser("history", parents=[common], help="the runs and what they did")
    history.add_argument("name", metavar="NAME", nargs="?", help=" | ".join(NAMES))
    change = actions.add_parser("set", parents=[common], help="change a campaign's settings")
    change.add_argument("name", metavar="NAME", help=" | ".join(NAMES))
    switch = change.add_mutually_exclusive_group()
    switch.add_argument("--enable", dest="enabled", action="store_true", default=None)
    switch.add_argument("--disable", dest="enabled", action="store_false")
    auto = change.add_mutually_exclusive_group()
    auto.add_argument("--auto", dest="automatic", action="store_true", default=None)
    auto.add_argument("--no-auto", dest="automatic", action="store_false")
    change.add_argument("--days", metavar="N", help="the campaign's N days")
    reward = change.add_mutually_exclusive_group()
    reward.add_argument("--points", metavar="P", help="bonus points")
    reward.add_argument("--percent", metavar="P", help="a coupon: P%% off")
    reward.add_argument("--amount", metavar="A", help="a coupon: A Rials off")
    reward.add_argument("--reward", metavar="R", help="a coupon: a reward from the catalogue")
    reward.add_argument("--message-only", action="store_true", help="no reward, a message")
    ceiling = change.add_mutually_exclusive_group()
    ceiling.add_argument("--max", metavar="A", help="a percentage coupon: at most A Rials off")
    ceiling.add_argument("--no-max", action="store_true", help="a percentage coupon: no ceiling")
    change.add_argument(
        "--min-purchase", metavar="A", help="a coupon: for a purchase of at least A Rials"
    )
    change.add_argument("--valid-days", metavar="N", help="a coupon's days of validity")
    change.add_argument("--text-fa", metavar="T", help="the Persian message")
    change.add_argument("--text-en", metavar="T", help="the English message")
    change.add_argument("--channel", choices=("sms", "email"))
    change.add_argument(
        "--calendar",
        choices=("jalali", "gregorian", "shop"),
        help="birthdays come round in this calendar (shop: the shop's, see Settings)",
    )

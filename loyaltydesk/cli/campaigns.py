"""`python -m loyaltydesk campaign list|preview|run|set|history`: the retention campaigns
(services/campaigns.py) from the command line, text or --json (README: "Campaigns")."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import TYPE_CHECKING, Any

from loyaltydesk.cli.text import translate

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.domain.campaigns import CampaignRun, CampaignSettings
    from loyaltydesk.services.campaigns import CampaignPreview

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
    change.add_argument("--max", metavar="A", help="with --percent: at most A Rials off")
    change.add_argument("--valid-days", metavar="N", help="a coupon's days of validity")
    change.add_argument("--text-fa", metavar="T", help="the Persian message")
    change.add_argument("--text-en", metavar="T", help="the English message")
    change.add_argument("--channel", choices=("sms", "email"))
    change.add_argument(
        "--calendar",
        choices=("jalali", "gregorian", "shop"),
        help="birthdays come round in this calendar (shop: the shop language's)",
    )


def run_json(run: CampaignRun) -> dict[str, Any]:
    return {
        "id": run.id,
        "campaign": run.campaign.value,
        "status": run.status.value,
        "automatic": run.automatic,
        "started_at": run.started_at.isoformat(),
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "staff": run.staff,
        "counter": run.counter,
        "qualified": run.qualified,
        "rewarded": run.rewarded,
        "coupons": run.coupons,
        "points": run.points,
        "messages": run.messages,
        "coupons_used": run.coupons_used,
        "error": run.error,
    }


def settings_json(settings: CampaignSettings) -> dict[str, Any]:
    data = settings.to_json()
    return {"name": settings.kind.value, "reward": settings.reward.value, **data}


def preview_json(preview: CampaignPreview) -> dict[str, Any]:
    return {
        "campaign": preview.kind.value,
        "today": preview.today.isoformat(),
        "count": preview.count,
        "max_cost_rials": preview.max_cost_rials,
        "cost_estimated": preview.estimated,
        "points": preview.points,
        "points_value_rials": preview.points_value_rials,
        "members": [
            {
                "id": line.member_id,
                "name": line.name,
                "phone": line.phone,
                "day": line.day.isoformat() if line.day else None,
                "absent_days": line.absent_days,
                "usual_gap_days": float(line.usual_gap) if line.usual_gap is not None else None,
                "related_name": line.related_name,
            }
            for line in preview.lines
        ],
        "messages": [
            {"name": s.member_name, "language": s.language, "text": s.text, "sms_parts": s.parts}
            for s in preview.samples
        ],
        "settings": settings_json(preview.settings),
    }


def _changed(args: argparse.Namespace, current: CampaignSettings, s: Services) -> CampaignSettings:
    from loyaltydesk.domain.campaigns import BirthdayCalendar
    from loyaltydesk.domain.coupons import CouponKind, CouponTerms
    from loyaltydesk.domain.messages import Channel
    from loyaltydesk.domain.money import parse_amount, parse_whole_number

    changes: dict[str, Any] = {}
    for field in ("enabled", "automatic"):
        if getattr(args, field) is not None:
            changes[field] = getattr(args, field)
    if args.days is not None:
        changes["days"] = parse_whole_number(args.days, field="days")
    if args.valid_days is not None:
        changes["valid_days"] = parse_whole_number(args.valid_days, field="days")
    if args.text_fa is not None:
        changes["text_fa"] = args.text_fa
    if args.text_en is not None:
        changes["text_en"] = args.text_en
    if args.channel is not None:
        changes["channel"] = Channel(args.channel)
    if args.calendar is not None:
        changes["calendar"] = None if args.calendar == "shop" else BirthdayCalendar(args.calendar)
    ceiling = parse_amount(args.max) if args.max is not None else None
    if args.points is not None:
        changes.update(points=parse_whole_number(args.points, field="points"), coupon=None)
    elif args.percent is not None:
        percent = parse_whole_number(args.percent, field="percent")
        terms = CouponTerms(CouponKind.PERCENT, percent=percent, max_rials=ceiling)
        changes.update(points=0, coupon=terms)
    elif args.amount is not None:
        terms = CouponTerms(CouponKind.AMOUNT, amount_rials=parse_amount(args.amount))
        changes.update(points=0, coupon=terms)
    elif args.reward is not None:
        from loyaltydesk.domain.errors import NotFound

        wanted = args.reward.strip()
        found = [
            r
            for r in s.rules.rewards()
            if wanted in {str(r.id), r.name, r.name_fa or ""} and r.active
        ]
        if not found:
            raise NotFound("reward.unknown", reward=wanted)
        reward = found[0]
        changes.update(points=0, coupon=CouponTerms(CouponKind.REWARD, reward_id=reward.id))
    elif args.message_only:
        changes.update(points=0, coupon=None)
    return dataclasses.replace(current, **changes)


def run_command(cli: Any, s: Services) -> int:
    """The `campaign` command; ``cli`` is the command line's runner (emit, text, as_json)."""
    from loyaltydesk.services.campaigns import parse_kind

    args = cli.args
    action = args.campaign_command
    n = cli.text.n
    campaigns = s.campaigns
    if action == "list":
        rows = []
        lines = []
        for settings in campaigns.all_settings():
            last = campaigns.history(settings.kind, limit=1)
            rows.append(
                {**settings_json(settings), "last_run": run_json(last[0]) if last else None}
            )
            lines.append(
                translate("Cli", "{name}: {state}, {auto}, last run: {last}").format(
                    name=settings.kind.value,
                    state=translate("Cli", "on") if settings.enabled else translate("Cli", "off"),
                    auto=translate("Cli", "daily")
                    if settings.automatic
                    else translate("Cli", "by hand"),
                    last=last[0].started_at.date().isoformat() if last else "—",
                )
            )
        cli.emit(rows, "\n".join(lines))
        return 0
    if action == "history":
        kind = parse_kind(args.name) if args.name else None
        runs = campaigns.history(kind)
        cli.emit(
            [run_json(r) for r in runs],
            "\n".join(_run_sentence(r, n) for r in runs) or translate("Cli", "No runs yet."),
        )
        return 0
    kind = parse_kind(args.name)
    if action == "set":
        saved = campaigns.set_settings(_changed(args, campaigns.settings(kind), s))
        cli.emit(
            settings_json(saved),
            translate("Cli", "Campaign {name} saved.").format(name=saved.kind.value),
        )
        return 0
    if action == "preview":
        preview = campaigns.preview(kind)
        text = [
            translate(
                "Cli", "{count} members qualify; at most {cost} Rials and {points} points."
            ).format(
                count=n(preview.count), cost=n(preview.max_cost_rials), points=n(preview.points)
            )
        ]
        text += [f"  {line.name} ({line.phone})" for line in preview.lines]
        text += [f"  [{sample.parts}] {sample.text}" for sample in preview.samples]
        cli.emit(preview_json(preview), "\n".join(text))
        return 0
    progress = None
    if sys.stderr.isatty() and not cli.as_json:

        def progress(done: int, total: int) -> None:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    run = campaigns.run(kind, s.actor, progress=progress)
    if progress is not None:
        print(file=sys.stderr)
    cli.emit(run_json(run), _run_sentence(run, n))
    return 0


def _run_sentence(run: CampaignRun, n: Any) -> str:
    return translate(
        "Cli",
        "{name} {when}: {status}; {qualified} qualified, {rewarded} rewarded, {coupons} coupons,"
        " {points} points, {messages} messages.",
    ).format(
        name=run.campaign.value,
        when=run.started_at.date().isoformat(),
        status=run.status.value,
        qualified=n(run.qualified),
        rewarded=n(run.rewarded),
        coupons=n(run.coupons),
        points=n(run.points),
        messages=n(run.messages),
    )

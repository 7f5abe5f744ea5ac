"""The campaign commands (services/campaigns.py) from the command line, text or --json
(README: "Campaigns"); the parser is in cli/campaigns.py."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from loyaltydesk.cli.text import TextOutput, translate
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import campaign_name, run_status_label

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.domain.campaigns import CampaignRun, CampaignSettings
    from loyaltydesk.services.campaigns import CampaignPreview


def _when(value: dt.datetime | None) -> str | None:
    from loyaltydesk.cli.jsonout import timestamp

    # Whole seconds, as the README writes times: a run's microseconds say nothing.
    return timestamp(value.replace(microsecond=0) if value else None)


def run_json(run: CampaignRun) -> dict[str, Any]:
    return {
        "id": run.id,
        "campaign": run.campaign.value,
        "status": run.status.value,
        "automatic": run.automatic,
        "started_at": _when(run.started_at),
        "finished_at": _when(run.finished_at),
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
        "messages_to_queue": preview.messages,
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
    from loyaltydesk.domain.campaigns import BirthdayCalendar, bonus_points
    from loyaltydesk.domain.coupons import CouponKind, CouponTerms
    from loyaltydesk.domain.errors import InvalidInput
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
    terms = current.coupon
    ceiling_given = args.max is not None or args.no_max
    ceiling = parse_amount(args.max) if args.max is not None else None
    minimum = parse_amount(args.min_purchase) if args.min_purchase is not None else None
    if args.points is not None:
        points = bonus_points(parse_whole_number(args.points, field="points"))
        changes.update(points=points, coupon=None)
        terms = None
    elif args.percent is not None:
        percent = parse_whole_number(args.percent, field="percent")
        if not ceiling_given:
            # A new percentage keeps the ceiling it had; --no-max takes it away.
            ceiling = terms.max_rials if terms and terms.kind is CouponKind.PERCENT else None
        terms = CouponTerms(
            CouponKind.PERCENT,
            percent=percent,
            max_rials=ceiling,
            min_purchase_rials=terms.min_purchase_rials if terms else 0,
        )
        ceiling_given = False
    elif args.amount is not None:
        terms = CouponTerms(
            CouponKind.AMOUNT,
            amount_rials=parse_amount(args.amount),
            min_purchase_rials=terms.min_purchase_rials if terms else 0,
        )
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
        terms = CouponTerms(
            CouponKind.REWARD,
            reward_id=found[0].id,
            min_purchase_rials=terms.min_purchase_rials if terms else 0,
        )
    elif args.message_only:
        terms = None
        changes.update(points=0)
    if ceiling_given:
        # --max alone changes the ceiling of the percentage the campaign has, nothing else.
        if terms is None or terms.kind is not CouponKind.PERCENT:
            raise InvalidInput("campaign.max_needs_percent")
        terms = dataclasses.replace(terms, max_rials=ceiling)
    if minimum is not None:
        if terms is None:
            raise InvalidInput("campaign.min_purchase_needs_coupon")
        terms = dataclasses.replace(terms, min_purchase_rials=minimum)
    if terms is not current.coupon:
        changes.update(coupon=terms)
        if terms is not None:
            changes.update(points=0)
    return dataclasses.replace(current, **changes)


def run_command(cli: Any, s: Services) -> int:
    """The `campaign` command; ``cli`` is the command line's runner (emit, text, as_json)."""
    from loyaltydesk.services.campaigns import parse_kind

    args = cli.args
    action = args.campaign_command
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
                    name=campaign_name(settings.kind),
                    state=translate("Cli", "on") if settings.enabled else translate("Cli", "off"),
                    auto=translate("Cli", "daily")
                    if settings.automatic
                    else translate("Cli", "by hand"),
                    last=cli.text.day(cli.text.local_date(last[0].started_at)) if last else "—",
                )
            )
        cli.emit(rows, "\n".join(lines))
        return 0
    if action == "history":
        kind = parse_kind(args.name) if args.name else None
        runs = campaigns.history(kind)
        cli.emit(
            [run_json(r) for r in runs],
            "\n".join(_run_sentence(r, cli.text) for r in runs) or translate("Cli", "No runs yet."),
        )
        return 0
    kind = parse_kind(args.name)
    if action == "set":
        saved = campaigns.set_settings(_changed(args, campaigns.settings(kind), s), s.actor)
        cli.emit(
            settings_json(saved),
            translate("Cli", "Campaign {name} saved.").format(name=campaign_name(saved.kind)),
        )
        return 0
    if action == "preview":
        preview = campaigns.preview(kind)
        text = [_preview_sentence(preview, cli.text)]
        if preview.problem is not None:
            text.append(error_text(preview.problem, cli.text, screen=False))
        text += [f"  {line.name} ({line.phone})" for line in preview.lines]
        text += [f"  [{cli.text.n(sample.parts)}] {sample.text}" for sample in preview.samples]
        cli.emit(preview_json(preview), "\n".join(text))
        return 0
    progress = None
    if sys.stderr.isatty() and not cli.as_json:

        def progress(done: int, total: int) -> None:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    run = campaigns.run(kind, s.actor, progress=progress)
    if progress is not None:
        print(file=sys.stderr)
    cli.emit(run_json(run), _run_sentence(run, cli.text))
    return 0


def _preview_sentence(preview: CampaignPreview, text: TextOutput) -> str:
    """Who qualifies and the cost in the shop's money unit; "about" when it is estimated
    from average purchases (a percentage with no ceiling), as the window says."""
    cost = text.money(preview.max_cost_rials)
    one = is_one(preview.count)
    if preview.estimated:
        sentence = (
            translate("Cli", "{count} member qualifies; about {cost} and {points} points.")
            if one
            else translate("Cli", "{count} members qualify; about {cost} and {points} points.")
        )
    else:
        sentence = (
            translate("Cli", "{count} member qualifies; at most {cost} and {points} points.")
            if one
            else translate("Cli", "{count} members qualify; at most {cost} and {points} points.")
        )
    sentence = sentence.format(
        count=text.n(preview.count), cost=cost, points=text.n(preview.points)
    )
    reached = (
        translate("Cli", "{messages} message will be queued.")
        if is_one(preview.messages)
        else translate("Cli", "{messages} messages will be queued.")
    )
    return sentence + " " + reached.format(messages=text.n(preview.messages))


def _run_sentence(run: CampaignRun, text: TextOutput) -> str:
    n = text.n
    messages = (
        translate("Cli", "{messages} message")
        if is_one(run.messages)
        else translate("Cli", "{messages} messages")
    ).format(messages=n(run.messages))
    coupons = (
        translate("Cli", "{coupons} coupon")
        if is_one(run.coupons)
        else translate("Cli", "{coupons} coupons")
    ).format(coupons=n(run.coupons))
    sentence = translate(
        "Cli",
        "{name} {when}: {status}; {qualified} qualified, {rewarded} rewarded, {coupons},"
        " {points} points, {messages}.",
    ).format(
        name=campaign_name(run.campaign),
        when=text.day(text.local_date(run.started_at)),
        status=run_status_label(run.status),
        qualified=n(run.qualified),
        rewarded=n(run.rewarded),
        coupons=coupons,
        points=n(run.points),
        messages=messages,
    )
    return sentence

"""What `shift report` does and prints (cli/shift holds its arguments)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from loyaltydesk.bootstrap import RESOURCES
from loyaltydesk.cli.exit_codes import EXIT_OK
from loyaltydesk.cli.text import translate
from loyaltydesk.devices.desk import THERMAL, PrintDesk
from loyaltydesk.domain.dates import parse_local_datetime
from loyaltydesk.i18n.display import Display
from loyaltydesk.printing.paper import Paper
from loyaltydesk.printing.shift import Style, shift_lines, shift_title
from loyaltydesk.services.shift import ShiftReport

if TYPE_CHECKING:
    import datetime as dt

    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli


def run_shift(cli: Cli, s: Services) -> int:
    a, settings = cli.args, cli.settings
    zone = settings.zone
    start = parse_local_datetime(a.shift_from, zone) if a.shift_from else None
    end = parse_local_datetime(a.shift_to, zone) if a.shift_to else None
    report = s.shift.shift_report(
        a.shift_staff if a.shift_staff is not None else settings.staff,
        start,
        end,
        a.shift_counter,
        actor=s.actor,
    )
    data = shift_json(report)
    if a.out is None and not a.thermal:
        cli.emit(data, shift_text(report, cli.text))
        return EXIT_OK
    desk = PrintDesk(settings, s.printouts, RESOURCES / "fonts")
    if a.thermal:
        paper = Paper(a.size) if a.size else desk.thermal_paper
        document = desk.maker.shift_report(report, paper)
        desk.send(document, THERMAL)
        where = {"printer": THERMAL}
        sentence = translate("Cli", "Shift report sent to the receipt printer.")
    else:
        paper = Paper(a.size) if a.size else Paper.A4
        document = desk.maker.shift_report(report, paper)
        path = desk.save_pdf(document, a.out)
        where = {"out": str(path)}
        sentence = translate("Cli", "Shift report written to {path}").format(path=path)
    data |= {"document": {"paper": paper.value, "pages": document.pages, **where}}
    if cli.as_json:
        cli.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        cli.write(sentence + "\n")
    return EXIT_OK


def shift_text(report: ShiftReport, d: Display) -> str:
    """The report as lines of text: a figure's details indented under it."""
    out = [shift_title()]
    for line in shift_lines(report, d):
        if line.style is Style.NOTE:
            out.append(line.label)
        elif line.style is Style.SECTION or line.style is Style.TOTAL:
            out.append(f"{line.label}: {line.value}")
        else:
            indent = "    " if line.style is Style.DETAIL else "  "
            out.append(f"{indent}{line.label}: {line.value}")
    return "\n".join(out)


def _when(value: dt.datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def shift_json(report: ShiftReport) -> dict[str, Any]:
    return {
        "staff": report.staff,
        "counter": report.counter,
        "counters": list(report.counters),
        "start": _when(report.start),
        "end": _when(report.end),
        "first_action": _when(report.first_action),
        "last_action": _when(report.last_action),
        "credits": {
            "count": report.credits,
            "amount_rials": report.credit_rials,
            "points": report.points_earned,
        },
        "coupons": {"count": report.coupons_used, "discount_rials": report.coupon_discount_rials},
        "redemptions": {
            "count": report.redemptions,
            "points": report.redeemed_points,
            "rewards": [
                {
                    "reward_id": r.reward_id,
                    "name": r.name,
                    "name_fa": r.name_fa,
                    "count": r.count,
                    "points": r.points,
                }
                for r in report.rewards
            ],
        },
        "refunds": {
            "count": report.refunds,
            "amount_rials": report.refund_rials,
            "points": report.points_taken_back,
        },
        "voided_redemptions": {"count": report.voids, "points": report.points_given_back},
        "adjustments": {"count": report.adjustments, "points": report.adjusted_points},
        "bonuses": {"count": report.bonuses, "points": report.bonus_points},
        "registrations": report.registrations,
        "net_points": report.net_points,
    }

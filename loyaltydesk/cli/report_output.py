"""`report PAGE` run: the period from the arguments, the report, and what goes out — the
terminal (the page laid out as for the window, in the shop's language), --json, or a file.

JSON output (public contract; add fields, never rename them): report_json() and the
README. Numbers are JSON numbers: counts, Rials and points are integers, percents and other
ratios are numbers with up to two decimals; null where there is nothing to say.
"""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from loyaltydesk.cli.report import FORMATS, wants_file
from loyaltydesk.domain.anomalies import OpeningHours, parse_time_of_day
from loyaltydesk.domain.dates import parse_date, parse_local_datetime
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import parse_amount
from loyaltydesk.domain.reports import Calendar, Period, Periods, Preset
from loyaltydesk.services.report_views import (
    Anomalies,
    BranchLine,
    CohortLine,
    Figure,
    Finding,
    FindingLine,
    MemberLine,
    MemberList,
    Page,
    Report,
    RewardLine,
    SegmentLine,
    StaffLine,
    TierLine,
    UnhappyLine,
    Voice,
)

if TYPE_CHECKING:  # the database and Qt are there by the time a report runs
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli
    from loyaltydesk.i18n.display import Display
    from loyaltydesk.services.report_tables import LaidOutReport, Table
    from loyaltydesk.settings import Settings

MAX_LIMIT = 100_000
WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")  # report.hours: 0 is Sunday


# -- running a report ----------------------------------------------------------------------


def chosen_periods(args: argparse.Namespace, services: Services, calendar: Calendar) -> Periods:
    """The period the arguments name: typed dates, or a named period (this month)."""
    first, last = args.first, args.last
    if first is None and last is None:
        return services.reports.periods(Preset(args.period or Preset.THIS_MONTH), calendar)
    if args.period is not None:
        raise InvalidInput("report.period_and_dates")
    if first is None:
        raise InvalidInput("report.needs_from")
    zone = services.settings.zone
    first_day = _typed_day(first, zone)
    last_day = _typed_day(last, zone) if last is not None else services.reports.today()
    return services.reports.custom_periods(first_day, last_day)


def _typed_day(text: str, zone: ZoneInfo) -> dt.date:
    """A day as every command reads one; a time after it (as the date message invites, and
    as a till may pass a timestamp) is taken for its day."""
    try:
        return parse_date(text)
    except InvalidInput:
        try:
            return parse_local_datetime(text, zone).astimezone(zone).date()
        except InvalidInput:
            pass
        raise


def check_limit(limit: int) -> int:
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput("report.bad_limit", limit=MAX_LIMIT)
    return limit


def pages_for(page: Page, pdf: bool) -> frozenset[Page]:
    """What to compute: the page; a printed summary is the whole report, and the summary
    needs the lifetime value for its tile (the headline holds what was computed)."""
    if page is Page.SUMMARY:
        return frozenset(Page) if pdf else frozenset({Page.SUMMARY, Page.CLV})
    return frozenset({page})


def make_report(
    args: argparse.Namespace, services: Services, settings: Settings
) -> tuple[Report, Calendar]:
    calendar = Calendar(settings.display().calendar)
    page = Page(args.report_page)
    limit = check_limit(args.limit)
    periods = chosen_periods(args, services, calendar)
    if wants_file(args):
        from loyaltydesk.devices.exports import check_target

        # Before the report is computed: a mistyped folder should not cost a long wait.
        check_target(next(getattr(args, f) for f in FORMATS if getattr(args, f) is not None))
    pages = pages_for(page, args.pdf is not None)
    limit_text = getattr(args, "credit_limit", None)
    report = services.reports.report(
        periods,
        settings.report_options,
        calendar,
        pages,
        actor=services.actor,
        credit_limit_rials=parse_amount(limit_text) if limit_text is not None else None,
    )
    return with_limit(report, services, limit, pages), calendar


# The member list each page shows (the report's field).
LISTS = {Page.AT_RISK: "at_risk", Page.TOP: "top_members", Page.CLV: "highest_clv"}


def with_limit(report: Report, services: Services, limit: int, pages: frozenset[Page]) -> Report:
    """The member lists of ``pages`` cut to (or fetched up to) ``limit`` rows."""
    changes: dict[str, MemberList] = {}
    for name in (LISTS[p] for p in pages if p in LISTS):
        current: MemberList | None = getattr(report, name)
        if current is None:
            continue
        if limit <= len(current.rows) or len(current.rows) >= current.total:
            changes[name] = replace(current, rows=current.rows[:limit])
        else:
            changes[name] = services.reports.members(
                report.periods,
                current.members,
                report.options,
                min(limit, current.total),
                actor=services.actor,
            )
    report = replace(report, **changes) if changes else report  # type: ignore[arg-type]
    voice = report.voice
    if Page.VOICE in pages and voice is not None:
        if limit <= len(voice.unhappy) or len(voice.unhappy) >= voice.unhappy_total:
            voice = replace(voice, unhappy=voice.unhappy[:limit])
        else:
            total, rows = services.reports.unhappy(
                report.periods, report.options, limit, actor=services.actor
            )
            voice = replace(voice, unhappy_total=total, unhappy=rows)
        report = replace(report, voice=voice)
    return report


# -- JSON ------------------------------------------------------------------------------------


def number(value: Decimal | int | None) -> int | float | None:
    """A figure as a JSON number: whole values as integers (counts, Rials, points), the
    others with their decimals (a percent with two)."""
    if value is None:
        return None
    if isinstance(value, int):
        return value
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= 0:
        return int(value)
    return float(value)


def period_json(period: Period) -> dict[str, Any]:
    return {"from": period.first.isoformat(), "to": period.last.isoformat(), "days": period.days}


def figure_json(figure: Figure) -> dict[str, Any]:
    return {
        "key": figure.key,
        "unit": figure.unit.value,
        "current": number(figure.current),
        "previous": number(figure.previous),
        "change_percent": number(figure.change_percent),
    }


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def member_json(line: MemberLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "name": line.name,
        "phone": line.phone,
        "tier": line.tier_code,
        "joined_on": _day(line.joined_on),
        "last_visit": _day(line.last_visit),
        "visits": line.visits,
        "purchases": line.purchases,
        "spend_rials": line.spend_rials,
        "year_spend_rials": line.year_spend_rials,
        "clv_rials": line.clv_rials,
        "usual_gap_days": number(line.usual_gap_days),
        "days_absent": line.days_absent,
    }


def members_json(members: MemberList | None) -> dict[str, Any]:
    if members is None:
        return {"total": 0, "rows": []}
    return {"total": members.total, "rows": [member_json(m) for m in members.rows]}


def tier_json(line: TierLine) -> dict[str, Any]:
    return {
        "code": line.code,
        "name": line.name,
        "name_fa": line.name_fa,
        "members": line.members,
        "moved_up": line.moved_up,
        "moved_down": line.moved_down,
        "spend_rials": line.spend_rials,
        "average_clv_rials": line.average_clv_rials,
    }


def segment_json(line: SegmentLine) -> dict[str, Any]:
    return {
        "segment": line.segment.value,
        "members": line.members,
        "spend_rials": line.spend_rials,
        "sales_share": number(line.sales_share),
    }


def cohort_json(line: CohortLine) -> dict[str, Any]:
    return period_json(line.month) | {
        "size": line.size,
        "shares": [number(s) for s in line.shares],
    }


def reward_json(line: RewardLine) -> dict[str, Any]:
    return {
        "reward_id": line.reward_id,
        "name": line.name,
        "name_fa": line.name_fa,
        "redeemed": line.redeemed,
        "points": line.points,
    }


def branch_json(line: BranchLine) -> dict[str, Any]:
    return {
        "branch": line.branch,
        "purchases": line.purchases,
        "spend_rials": line.spend_rials,
        "points_earned": line.points_earned,
        "points_redeemed": line.points_redeemed,
        "members": line.members,
    }


def staff_json(line: StaffLine) -> dict[str, Any]:
    return {
        "staff": line.staff,
        "counter": line.counter,
        "credits": line.credits,
        "redemptions": line.redemptions,
        "refunds": line.refunds,
        "voids": line.voids,
        "adjustments": line.adjustments,
        "openings": line.openings,
        "points_given": line.points_given,
        "points_taken": line.points_taken,
    }


def unhappy_json(line: UnhappyLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "name": line.name,
        "phone": line.phone,
        "score": line.score,
        "reason": line.reason,
        "reason_fa": line.reason_fa,
        "day": line.day.isoformat(),
        "days_since": line.days_since,
    }


def voice_json(voice: Voice | None) -> dict[str, Any]:
    """``report voice --json``: what the page holds besides its figures."""
    if voice is None:
        return {"months": [], "scores": [], "reasons": [], "call_list": {"total": 0, "rows": []}}
    return {
        "months": [
            period_json(m.month) | {"answers": m.answers, "average_score": number(m.average_score)}
            for m in voice.months
        ],
        "scores": list(voice.scores),
        "reasons": [
            {
                "reason": r.reason,
                "reason_fa": r.reason_fa,
                "visits": r.visits,
                "why_left": r.why_left,
                "total": r.total,
            }
            for r in voice.reasons
        ],
        # Not "members": its rows are the call list's, not the other pages' member rows.
        "call_list": {
            "total": voice.unhappy_total,
            "rows": [unhappy_json(m) for m in voice.unhappy],
        },
    }


def _line_json(line: FindingLine) -> dict[str, Any]:
    return {
        "entry_id": line.entry_id,
        "kind": line.kind,
        "points": line.points,
        "amount_rials": line.amount_rials,
        "receipt": line.receipt,
        "at": line.at.isoformat(),
        "staff": line.staff,
        "counter": line.counter,
        "reason": line.reason,
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind.value,
        "staff": finding.staff,
        "counter": finding.counter,
        "member": None
        if finding.member_id is None
        else {"id": finding.member_id, "name": finding.member_name, "card": finding.card},
        "at": finding.at.isoformat(),
        "figures": dict(finding.figures),
        "lines_total": finding.lines_total,
        "lines": [_line_json(line) for line in finding.lines],
    }


def opening_hours_json(hours: OpeningHours | None) -> dict[str, str] | None:
    if hours is None:
        return None
    return {"from": hours.opens.strftime("%H:%M"), "to": hours.closes.strftime("%H:%M")}


def anomalies_json(anomalies: Anomalies | None) -> dict[str, Any]:
    """``report anomalies --json``: the rules applied (null where a setting is not set and
    its check was skipped) and the findings, each with its ledger lines."""
    if anomalies is None:
        return {"rules": None, "findings": []}
    rules = anomalies.rules
    return {
        "rules": {
            "credit_limit_rials": rules.credit_limit_rials,
            "near_limit_from_rials": rules.near_limit_from,
            "near_limit_at_least": rules.near_limit_at_least,
            "large_credit_rials": anomalies.large_credit_rials,
            "redeem_within_minutes": rules.redeem_within_minutes,
            "refunds_at_least": rules.refunds_at_least,
            "refunds_share_percent": rules.refunds_share_percent,
            "two_counters_within_seconds": rules.two_counters_within_seconds,
            "opening_hours": opening_hours_json(rules.opening_hours),
        },
        "findings": [finding_json(f) for f in anomalies.findings],
    }


def _made_at(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def page_figures(report: Report, page: Page) -> tuple[Figure, ...]:
    if page is Page.SUMMARY:
        return report.headline
    if page is Page.AT_RISK:
        return tuple(f for f in report.headline if f.key == "at_risk")
    if page is Page.VOICE:
        return report.voice.figures if report.voice is not None else ()
    found: tuple[Figure, ...] | None = {
        Page.RETENTION: report.retention,
        Page.REPEAT: report.repeat,
        Page.CLV: report.clv,
        Page.TOP: report.top,
        Page.ECONOMICS: report.economics,
    }.get(page)
    return found or ()


def report_json(report: Report, page: Page) -> dict[str, Any]:
    """``report PAGE --json``: the same envelope on every page, plus what the page holds."""
    data: dict[str, Any] = {
        "page": page.value,
        "preset": report.periods.preset.value,
        "period": period_json(report.period),
        "previous_period": period_json(report.periods.previous),
        "made_at": _made_at(report.made_at),
        "options": {
            "active_days": report.options.active_days,
            "risk_factor": number(report.options.risk_factor),
        },
        "has_purchases": report.has_purchases,
        "figures": [figure_json(f) for f in page_figures(report, page)],
    }
    if page is Page.SUMMARY:
        data["trend"] = [
            period_json(m.month)
            | {
                "purchasers": m.purchasers,
                "purchases": m.purchases,
                "spend_rials": m.spend_rials,
                "new_members": m.new_members,
            }
            for m in report.trend
        ]
    elif page is Page.CLV:
        data["tiers"] = [tier_json(t) for t in report.clv_by_tier or ()]
        data["members"] = members_json(report.highest_clv)
    elif page is Page.TOP:
        data["deciles"] = [number(d) for d in report.deciles or ()]
        data["members"] = members_json(report.top_members)
    elif page is Page.AT_RISK:
        data["members"] = members_json(report.at_risk)
    elif page is Page.RFM:
        data["segments"] = [segment_json(s) for s in report.rfm or ()]
    elif page is Page.COHORTS:
        data["cohorts"] = [cohort_json(c) for c in report.cohorts or ()]
    elif page is Page.HOURS:
        grid = report.hours or tuple((0,) * 24 for _ in WEEKDAYS)
        data["hours"] = [
            {"weekday": day, "purchases": list(row)}
            for day, row in zip(WEEKDAYS, grid, strict=True)
        ]
    elif page is Page.ECONOMICS:
        data["rewards"] = [reward_json(r) for r in report.rewards or ()]
    elif page is Page.TIERS:
        data["tiers"] = [tier_json(t) for t in report.tiers or ()]
    elif page is Page.STAFF:
        data["staff"] = [staff_json(s) for s in report.staff or ()]
    elif page is Page.BRANCHES:
        data["branches"] = [branch_json(b) for b in report.branches or ()]
    elif page is Page.VOICE:
        data |= voice_json(report.voice)
    elif page is Page.ANOMALIES:
        data |= anomalies_json(report.anomalies)
    return data


# -- the laid-out page: terminal, files --------------------------------------------------------


def page_only(laid_out: LaidOutReport, page: Page) -> LaidOutReport:
    """What --pdf prints: the page alone (without the summary's tiles); for summary, the
    whole report (it was computed with every page)."""
    if page is Page.SUMMARY:
        return laid_out
    sections = tuple(s for s in laid_out.sections if s.key == page.value)
    return replace(laid_out, tiles=(), sections=sections)


def page_tables(laid_out: LaidOutReport, page: Page) -> list[Table]:
    return [t for s in laid_out.sections if s.key == page.value for t in s.tables]


# The table --csv writes: the figures (summary: the headline), or on the pages with a
# member list, that list (it comes last; on the voice page, right after the figures).
# On the anomalies page, the findings.
_MAIN_TABLE = {Page.CLV: -1, Page.TOP: -1, Page.VOICE: 1, Page.ANOMALIES: 1}


def main_table(laid_out: LaidOutReport, page: Page) -> Table:
    from loyaltydesk.services.report_tables import Table

    tables = page_tables(laid_out, page)
    if not tables:  # a page always has a table; an empty one keeps the file honest
        return Table(laid_out.title, (), ())
    return tables[_MAIN_TABLE.get(page, 0)]


_INVISIBLE = {"\u200c", "\u200d", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068", "\u2069"}


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: bidi marks and joining marks take none."""
    return sum(
        0 if ch in _INVISIBLE or unicodedata.combining(ch) else
        2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )  # fmt: skip


def _pad(text: str, size: int, right: bool) -> str:
    gap = " " * max(size - width(text), 0)
    return gap + text if right else text + gap


def table_text(table: Table) -> list[str]:
    from loyaltydesk.services.report_tables import Kind

    lines = [table.title] if table.title else []
    if table.columns:
        numeric = [c.kind not in (Kind.TEXT, Kind.PHONE, Kind.DATE) for c in table.columns]
        sizes = [width(c.title) for c in table.columns]
        for row in table.rows:
            sizes = [max(s, width(cell.shown)) for s, cell in zip(sizes, row, strict=False)]

        def line(texts: list[str]) -> str:
            return "  ".join(
                _pad(t, s, r) for t, s, r in zip(texts, sizes, numeric, strict=False)
            ).rstrip()

        lines.append(line([c.title for c in table.columns]))
        lines.append("  ".join("-" * s for s in sizes))
        lines.extend(line([c.shown for c in row]) for row in table.rows)
    if table.note:
        lines.append(table.note)
    return lines


def report_text(laid_out: LaidOutReport, page: Page, report: Report) -> str:
    """The page in the terminal: title, the period and the one compared with, then each
    table of the page (summary: every headline figure beside the previous period's)."""
    from loyaltydesk.cli.text import translate

    lines = [laid_out.title, laid_out.subtitle, ""]
    # Said first on every page, the summary too: under the summary's sixteen figures the
    # layout's note was easy to miss (and is the layout's to keep or drop).
    said = ""
    if not report.has_purchases:
        said = translate("Cli", "No purchases in this period.")
        lines += [said, ""]
    layout_note = translate("Reports", "No purchases in this period.")
    for table in page_tables(laid_out, page):
        shown = replace(table, note="") if said and table.note in (said, layout_note) else table
        lines += table_text(shown)
        lines.append("")
    return "\n".join(lines).rstrip()


def lay_out_report(report: Report, display: Display, calendar: Calendar) -> LaidOutReport:
    from loyaltydesk.ui.reports.layout import lay_out

    return lay_out(report, display, calendar)


def export(
    args: argparse.Namespace,
    laid_out: LaidOutReport,
    page: Page,
    language: str,
    fonts: Path,
    calendar: str | None = None,
) -> tuple[str, Path, list[Table]]:
    """Write the file asked for; (format, full path, the tables written) out."""
    from loyaltydesk.devices import exports

    if args.csv is not None:
        table = main_table(laid_out, page)
        return (
            "csv",
            exports.write_csv(args.csv, table, language=language, calendar=calendar),
            [table],
        )
    if args.xlsx is not None:
        tables = page_tables(laid_out, page)
        return (
            "xlsx",
            exports.write_xlsx(args.xlsx, tables, rtl=language == "fa", calendar=calendar),
            tables,
        )
    from loyaltydesk.printing.report_pdf import render_report

    document = page_only(laid_out, page)
    data = render_report(document, fonts)
    tables = [t for section in document.sections for t in section.tables]
    return "pdf", exports.write_bytes(args.pdf, data), tables


def written_json(page: Page, kind: str, path: Path, tables: list[Table]) -> dict[str, Any]:
    """``report PAGE --csv|--xlsx|--pdf FILE --json``: what was written where."""
    return {
        "page": page.value,
        "format": kind,
        "out": str(path),
        "tables": len(tables),
        "rows": sum(len(t.rows) for t in tables),
    }


# -- the opening hours ------------------------------------------------------------------------


def run_opening_hours(cli: Cli, services: Services) -> int:
    """``report opening-hours``: show them, set them (--from and --to) or clear them."""
    from loyaltydesk.cli.exit_codes import EXIT_OK
    from loyaltydesk.cli.text import translate

    args = cli.args
    if args.clear and (args.opens is not None or args.closes is not None):
        raise InvalidInput("report.opening_hours_clear_and_set")
    if args.clear:
        services.reports.set_opening_hours(None, services.actor)
    elif args.opens is not None or args.closes is not None:
        if args.opens is None or args.closes is None:
            raise InvalidInput("report.opening_hours_both")
        hours = OpeningHours(parse_time_of_day(args.opens), parse_time_of_day(args.closes))
        services.reports.set_opening_hours(hours.checked(), services.actor)
    now = services.reports.opening_hours()
    if now is None:
        said = translate(
            "Cli", "No opening hours are set: the anomalies page does not check the time of day."
        )
    else:
        said = translate("Cli", "Open from {opens} to {closes} every day.").format(
            opens=cli.text.digits(now.opens.strftime("%H:%M")),
            closes=cli.text.digits(now.closes.strftime("%H:%M")),
        )
    cli.emit({"opening_hours": opening_hours_json(now)}, said)
    return EXIT_OK

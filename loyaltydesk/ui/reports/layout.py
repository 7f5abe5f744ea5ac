"""The owner's report laid out for people: every title, column and figure in the shop's
language, once — for the Reports part, the exports, the PDF and the command line alike."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.anomalies import AnomalyKind, OpeningHours
from loyaltydesk.domain.feedback import MAX_SCORE
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.phones import local_form
from loyaltydesk.domain.reports import Calendar, Period, Segment
from loyaltydesk.i18n.calendar import GREGORIAN, JALALI, gregorian_to_jalali
from loyaltydesk.i18n.calendar import month_name as i18n_month_name
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.services.report_ports import MemberSet
from loyaltydesk.services.report_tables import (
    Cell,
    Chart,
    ChartKind,
    Column,
    Kind,
    LaidOutReport,
    Section,
    Series,
    Table,
    Tile,
)
from loyaltydesk.services.report_views import (
    Anomalies,
    BranchLine,
    CohortLine,
    Figure,
    Finding,
    MemberList,
    Page,
    Report,
    StaffLine,
    TierLine,
    Unit,
    Voice,
)
from loyaltydesk.ui.labels import entry_kind_label

DASH = "—"
# Figures where going up is bad news (the tile turns red when they rise).
WORSE_WHEN_UP = frozenset(
    {"churn_rate", "lost_customers", "at_risk", "average_days_between_purchases", "liability",
     "points_outstanding", "points_expired", "breakage_rate", "voice_low_scores",
     "voice_not_returned", "voice_why_left"}
)  # fmt: skip
NEUTRAL = frozenset(
    {"points_adjusted", "non_member_sales", "expected_years", "campaign_coupons_issued",
     "campaign_bonus_points", "campaign_cost", "campaign_points_unvalued"}
)  # fmt: skip


def page_title(page: Page) -> str:
    return {
        Page.SUMMARY: QCoreApplication.translate("Reports", "Summary"),
        Page.RETENTION: QCoreApplication.translate("Reports", "Retention"),
        Page.REPEAT: QCoreApplication.translate("Reports", "Repeat purchases"),
        Page.CLV: QCoreApplication.translate("Reports", "Lifetime value"),
        Page.TOP: QCoreApplication.translate("Reports", "Best customers"),
        Page.AT_RISK: QCoreApplication.translate("Reports", "Drifting away"),
        Page.RFM: QCoreApplication.translate("Reports", "Segments"),
        Page.COHORTS: QCoreApplication.translate("Reports", "Cohorts"),
        Page.HOURS: QCoreApplication.translate("Reports", "Busy hours"),
        Page.ECONOMICS: QCoreApplication.translate("Reports", "Club economics"),
        Page.TIERS: QCoreApplication.translate("Reports", "Tiers"),
        Page.STAFF: QCoreApplication.translate("Reports", "Cashiers and counters"),
        Page.BRANCHES: QCoreApplication.translate("Reports", "Branches"),
        Page.VOICE: QCoreApplication.translate("Reports", "Customer voice"),
        Page.ANOMALIES: QCoreApplication.translate("Reports", "Anomalies"),
    }[page]


def figure_title(key: str) -> str:
    titles = {
        "customers_at_start": QCoreApplication.translate("Reports", "Customers at the start"),
        "customers_at_end": QCoreApplication.translate("Reports", "Customers at the end"),
        "new_customers": QCoreApplication.translate("Reports", "New customers"),
        "retained_customers": QCoreApplication.translate("Reports", "Customers kept"),
        "lost_customers": QCoreApplication.translate("Reports", "Customers lost"),
        "retention_rate": QCoreApplication.translate("Reports", "Retention rate"),
        "churn_rate": QCoreApplication.translate("Reports", "Churn rate"),
        "purchasers": QCoreApplication.translate("Reports", "Members who bought"),
        "repeat_customers": QCoreApplication.translate("Reports", "Members who came back"),
        "repeat_rate": QCoreApplication.translate("Reports", "Repeat purchase rate"),
        "purchases": QCoreApplication.translate("Reports", "Purchases"),
        "purchase_frequency": QCoreApplication.translate("Reports", "Purchases per member"),
        "average_purchase": QCoreApplication.translate("Reports", "Average purchase"),
        "average_days_between_purchases": QCoreApplication.translate(
            "Reports", "Days between purchases"
        ),
        "member_sales": QCoreApplication.translate("Reports", "Members' purchases"),
        "top_customers": QCoreApplication.translate("Reports", "Top 20% of members"),
        "top_spend": QCoreApplication.translate("Reports", "Their purchases"),
        "top_share": QCoreApplication.translate("Reports", "Top 20%'s share of sales"),
        "at_risk": QCoreApplication.translate("Reports", "Drifting away"),
        "expected_years": QCoreApplication.translate("Reports", "Years a customer stays"),
        "average_clv": QCoreApplication.translate("Reports", "Average lifetime value"),
        "year_customers": QCoreApplication.translate("Reports", "Customers in the last year"),
        "members_total": QCoreApplication.translate("Reports", "Members"),
        "new_members": QCoreApplication.translate("Reports", "New members"),
        "active_members": QCoreApplication.translate("Reports", "Active members"),
        "points_issued": QCoreApplication.translate("Reports", "Points issued"),
        "points_redeemed": QCoreApplication.translate("Reports", "Points redeemed"),
        "points_expired": QCoreApplication.translate("Reports", "Points expired"),
        "points_adjusted": QCoreApplication.translate("Reports", "Points adjusted"),
        "points_opening": QCoreApplication.translate("Reports", "Points from opening balances"),
        "points_outstanding": QCoreApplication.translate("Reports", "Points outstanding"),
        "liability": QCoreApplication.translate("Reports", "Points liability"),
        "redemption_rate": QCoreApplication.translate("Reports", "Redemption rate"),
        "breakage_rate": QCoreApplication.translate("Reports", "Breakage (expired unused)"),
        "non_member_sales": QCoreApplication.translate("Reports", "Sales to non-members"),
        "campaign_coupons_issued": QCoreApplication.translate("Reports", "Campaign coupons issued"),
        "campaign_coupons_used": QCoreApplication.translate("Reports", "Campaign coupons used"),
        "campaign_members_won_back": QCoreApplication.translate("Reports", "Members won back"),
        "campaign_sales": QCoreApplication.translate("Reports", "Sales with campaign coupons"),
        "campaign_bonus_points": QCoreApplication.translate("Reports", "Campaign bonus points"),
        "campaign_cost": QCoreApplication.translate(
            "Reports", "Campaign cost (discounts and bonus points)"
        ),
        "campaign_points_unvalued": QCoreApplication.translate(
            "Reports", "Campaign bonus points not in the cost (no reward gives a point a value)"
        ),
        "voice_answers": QCoreApplication.translate("Reports", "Visits scored"),
        "voice_average": QCoreApplication.translate("Reports", "Average score (of 5)"),
        "voice_low_scores": QCoreApplication.translate("Reports", "Low scores (1 or 2)"),
        "voice_not_returned": QCoreApplication.translate(
            "Reports", "Gave a low score and did not come back"
        ),
        "voice_why_left": QCoreApplication.translate("Reports", "Reasons for leaving recorded"),
    }
    return titles.get(key, key)


def segment_name(segment: Segment) -> str:
    return {
        Segment.CHAMPIONS: QCoreApplication.translate("Reports", "Champions"),
        Segment.LOYAL: QCoreApplication.translate("Reports", "Loyal"),
        Segment.PROMISING: QCoreApplication.translate("Reports", "Promising"),
        Segment.NEW: QCoreApplication.translate("Reports", "New"),
        Segment.NEED_ATTENTION: QCoreApplication.translate("Reports", "Need attention"),
        Segment.AT_RISK: QCoreApplication.translate("Reports", "At risk"),
        Segment.CANT_LOSE: QCoreApplication.translate("Reports", "Can't lose them"),
        Segment.HIBERNATING: QCoreApplication.translate("Reports", "Hibernating"),
        Segment.LOST: QCoreApplication.translate("Reports", "Lost"),
    }[segment]


def weekday_names() -> tuple[str, ...]:
    """Sunday first, as the report counts weekdays."""
    return (
        QCoreApplication.translate("Reports", "Sunday"),
        QCoreApplication.translate("Reports", "Monday"),
        QCoreApplication.translate("Reports", "Tuesday"),
        QCoreApplication.translate("Reports", "Wednesday"),
        QCoreApplication.translate("Reports", "Thursday"),
        QCoreApplication.translate("Reports", "Friday"),
        QCoreApplication.translate("Reports", "Saturday"),
    )


def money_value(rials: int | Decimal, display: Display) -> Decimal:
    """Rials in the shop's money unit, as a number for a spreadsheet."""
    return Decimal(rials) / display.currency.per_unit


def _percent_sign(display: Display) -> str:
    return "٪" if display.rtl else "%"


def _money_unit(display: Display) -> str:
    if display.unit is MoneyUnit.TOMAN:
        return QCoreApplication.translate("Reports", "Toman")
    if display.unit is MoneyUnit.OTHER:
        return display.currency.name
    return QCoreApplication.translate("Reports", "Rial")


def money_title(title: str, display: Display) -> str:
    """A money column's title with its unit, so an exported sheet says what it counts."""
    return QCoreApplication.translate("Reports", "{title} ({unit})").format(
        title=title, unit=_money_unit(display)
    )


def unit_name(unit: Unit, display: Display) -> str:
    """What a figure counts, for the unit column of a table."""
    if unit is Unit.RIALS:
        return _money_unit(display)
    return {
        Unit.COUNT: "",
        Unit.PERCENT: _percent_sign(display),
        Unit.POINTS: QCoreApplication.translate("Reports", "points"),
        Unit.DAYS: QCoreApplication.translate("Reports", "days"),
        Unit.YEARS: QCoreApplication.translate("Reports", "years"),
        Unit.NUMBER: "",
    }[unit]


def value_text(unit: Unit, value: Decimal | None, display: Display) -> str:
    if value is None:
        return DASH
    text = _value_text(unit, value, display)
    if value < 0 and display.rtl:
        # Kept as one left-to-right run, else the minus lands after the number ("۱۰٪−").
        return display.code(text)
    return text


def _value_text(unit: Unit, value: Decimal, display: Display) -> str:
    if unit is Unit.RIALS:
        return display.money(int(value))
    if unit is Unit.PERCENT:
        return display.decimal(value) + _percent_sign(display)
    if unit is Unit.DAYS:
        return QCoreApplication.translate("Reports", "{days} days").format(
            days=display.decimal(value)
        )
    if unit is Unit.YEARS:
        return QCoreApplication.translate("Reports", "{years} years").format(
            years=display.decimal(value)
        )
    return display.decimal(value)


# Beyond this a change says little but "the period before had almost nothing".
CHANGE_SHOWN_UP_TO = Decimal(999)


def _capped(change: Decimal, sign: str, display: Display) -> str:
    """The size of a change with ``sign`` before it; beyond CHANGE_SHOWN_UP_TO, "more than"
    it (in words in Persian, where a mirrored ">" beside a number is easily misread)."""
    capped = abs(change) > CHANGE_SHOWN_UP_TO
    if capped and display.rtl:
        sign = ""  # only a rise goes past it (a fall stops at 100%): "more than" says so
    size = min(abs(change), CHANGE_SHOWN_UP_TO)
    text = sign + display.decimal(size) + _percent_sign(display)
    if display.rtl and sign:
        text = display.code(text)
    if capped:
        return QCoreApplication.translate("Reports", ">{value}").format(value=text)
    return text


def change_text(figure: Figure, display: Display) -> str:
    change = figure.change_percent
    if change is None:
        return ""
    arrow = "▲" if change > 0 else "▼" if change < 0 else "="
    return f"{arrow} {_capped(change, '', display)}"


def signed_change_text(figure: Figure, display: Display) -> str:
    """The change with its sign (+12.5%, −3%) for a table: a sign survives any font and
    a spreadsheet, where an arrow may not."""
    change = figure.change_percent
    if change is None:
        return ""
    if not change:
        return _capped(change, "", display)
    return _capped(change, "+" if change > 0 else ("\u2212" if display.rtl else "-"), display)


def mood(figure: Figure) -> int:
    change = figure.change_percent
    if not change or figure.key in NEUTRAL:
        return 0
    up = 1 if change > 0 else -1
    return -up if figure.key in WORSE_WHEN_UP else up


def tile(figure: Figure, display: Display) -> Tile:
    return Tile(
        key=figure.key,
        title=figure_title(figure.key),
        value=value_text(figure.unit, figure.current, display),
        previous=value_text(figure.unit, figure.previous, display),
        change=change_text(figure, display),
        mood=mood(figure),
    )


def month_name(month: Period, calendar: Calendar, display: Display, *, short: bool = False) -> str:
    """ "Azar 1405" (Jalali) or "Nov 2026"; a month cut short by the period's end says so,
    or its two days would look like a collapse beside the whole months."""
    if calendar is Calendar.JALALI:
        y, m, _ = gregorian_to_jalali(month.first)
        called = i18n_month_name(m, JALALI, display.language)
        name = called if short else display.digits(f"{called} {y}")
    elif display.rtl:
        called = i18n_month_name(month.first.month, GREGORIAN, display.language)
        name = called if short else display.digits(f"{called} {month.first.year}")
    else:
        name = month.first.strftime("%b") if short else month.first.strftime("%b %Y")
    if month.last < calendar.month_start(month.first, 1) - dt.timedelta(days=1):
        return QCoreApplication.translate("Reports", "{month} (so far)").format(month=name)
    return name


def period_text(period: Period, display: Display) -> str:
    return QCoreApplication.translate("Reports", "{first} to {last}").format(
        first=display.day_long(period.first), last=display.day_long(period.last)
    )


def subtitle(report: Report, display: Display) -> str:
    return QCoreApplication.translate("Reports", "{period}, compared with {previous}").format(
        period=period_text(report.periods.current, display),
        previous=period_text(report.periods.previous, display),
    )


# -- cells ---------------------------------------------------------------------------------


def _text(value: str) -> Cell:
    return Cell(value, value)


def _phone(canonical: str, display: Display) -> Cell:
    """A phone as the owner dials it (09…), as everywhere else; "+98…" put its "+" on the
    wrong side in Persian. The value (exports) stays the stored form."""
    shown = local_form(canonical) if canonical.startswith("+98") else canonical
    return Cell(canonical, display.code(shown))


def _count(value: int, display: Display) -> Cell:
    return Cell(value, display.n(value))


def _money(rials: int | None, display: Display) -> Cell:
    if rials is None:
        return Cell(None, DASH)
    return Cell(money_value(rials, display), display.money(rials))


def _percent(value: Decimal | None, display: Display) -> Cell:
    return Cell(value, value_text(Unit.PERCENT, value, display))


def _number(value: Decimal | None, display: Display) -> Cell:
    return Cell(value, DASH if value is None else display.decimal(value))


def _date(value: dt.date | None, display: Display) -> Cell:
    return Cell(value, display.day(value) if value else DASH)


def _figure_value(figure: Figure, value: Decimal | None, display: Display) -> Cell:
    if value is not None and figure.unit is Unit.RIALS:
        return Cell(money_value(value, display), value_text(figure.unit, value, display))
    return Cell(value, value_text(figure.unit, value, display))


def _columns(display: Display, *spec: tuple[str, Kind]) -> tuple[Column, ...]:
    """Columns of a table; every money column's title names its unit."""
    return tuple(
        Column(money_title(title, display) if kind is Kind.MONEY else title, kind)
        for title, kind in spec
    )


# -- tables --------------------------------------------------------------------------------


def figures_table(title: str, figures: Sequence[Figure], display: Display) -> Table:
    return Table(
        title=title,
        columns=_columns(
            display,
            (QCoreApplication.translate("Reports", "Figure"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Unit"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "This period"), Kind.NUMBER),
            (QCoreApplication.translate("Reports", "Previous period"), Kind.NUMBER),
            (QCoreApplication.translate("Reports", "Change"), Kind.PERCENT),
        ),
        rows=tuple(
            (
                _text(figure_title(f.key)),
                _text(unit_name(f.unit, display)),
                _figure_value(f, f.current, display),
                _figure_value(f, f.previous, display),
                Cell(f.change_percent, signed_change_text(f, display)),
            )
            for f in figures
        ),
        row_keys=tuple(f.members for f in figures),
    )


def member_table(
    members: MemberList,
    display: Display,
    *,
    title: str = "",
    tier_names: dict[str, str] | None = None,
) -> Table:
    """Members behind a figure: who, how to reach them, what they are worth. Rows open the
    member (their key is the member id)."""
    names = tier_names or {}
    columns: dict[str, tuple[str, Kind]] = {
        "name": (QCoreApplication.translate("Reports", "Name"), Kind.TEXT),
        "phone": (QCoreApplication.translate("Reports", "Phone"), Kind.PHONE),
        "tier": (QCoreApplication.translate("Reports", "Tier"), Kind.TEXT),
        "last": (QCoreApplication.translate("Reports", "Last visit"), Kind.DATE),
        "visits": (QCoreApplication.translate("Reports", "Visits"), Kind.COUNT),
        "gap": (QCoreApplication.translate("Reports", "Usual gap (days)"), Kind.NUMBER),
        "away": (QCoreApplication.translate("Reports", "Days away"), Kind.COUNT),
        "purchases": (
            QCoreApplication.translate("Reports", "Purchases in the period"),
            Kind.COUNT,
        ),
        "spend": (
            QCoreApplication.translate("Reports", "Spent in the period"),
            Kind.MONEY,
        ),
        "clv": (
            QCoreApplication.translate("Reports", "Lifetime value"),
            Kind.MONEY,
        ),
    }
    # The call list leads with what the owner calls about; other lists with what was bought.
    order: tuple[str, ...]
    if members.members.which is MemberSet.AT_RISK:
        order = ("name", "phone", "away", "gap", "last", "clv", "visits", "tier")
    else:
        order = ("name", "phone", "tier", "last", "visits", "gap", "purchases", "spend", "clv")
    rows = []
    for m in members.rows:
        cells = {
            "name": _text(m.name),
            "phone": _phone(m.phone, display),
            "tier": _text(names.get(m.tier_code, m.tier_code) if m.tier_code else ""),
            "last": _date(m.last_visit, display),
            "visits": _count(m.visits, display),
            "gap": _number(m.usual_gap_days, display),
            "away": Cell(
                m.days_absent, display.n(m.days_absent) if m.days_absent is not None else DASH
            ),
            "purchases": _count(m.purchases, display),
            "spend": _money(m.spend_rials, display),
            "clv": _money(m.clv_rials, display),
        }
        rows.append(tuple(cells[key] for key in order))
    note = ""
    if members.total > len(members.rows):
        note = QCoreApplication.translate(
            "Reports", "The {shown} most valuable of {total} members."
        ).format(shown=display.n(len(members.rows)), total=display.n(members.total))
    elif not members.rows:
        note = QCoreApplication.translate("Reports", "No members.")
    return Table(
        title=title,
        columns=_columns(display, *(columns[key] for key in order)),
        rows=tuple(rows),
        row_keys=tuple(m.id for m in members.rows),
        note=note,
    )


def _tier_name(line: TierLine, display: Display) -> str:
    if line.code is None or line.code == "":
        return QCoreApplication.translate("Reports", "No tier")
    if display.rtl and line.name_fa:
        return line.name_fa
    return line.name or line.code


def tier_names(report: Report, display: Display) -> dict[str, str]:
    """Each tier's name in the display language, by code (for the members' tier column)."""
    return {
        line.code: _tier_name(line, display)
        for line in (report.tiers or report.clv_by_tier or ())
        if line.code
    }


def tier_table(lines: Sequence[TierLine], display: Display, *, clv: bool) -> Table:
    columns = [
        (QCoreApplication.translate("Reports", "Tier"), Kind.TEXT),
        (QCoreApplication.translate("Reports", "Members"), Kind.COUNT),
    ]
    if clv:
        columns += [
            (
                QCoreApplication.translate("Reports", "Average lifetime value"),
                Kind.MONEY,
            )
        ]
    else:
        columns += [
            (QCoreApplication.translate("Reports", "Moved up into it"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Moved down into it"), Kind.COUNT),
            (
                QCoreApplication.translate("Reports", "Spent in the period"),
                Kind.MONEY,
            ),
        ]
    rows = []
    for line in lines:
        row = [_text(_tier_name(line, display)), _count(line.members, display)]
        if clv:
            row.append(_money(line.average_clv_rials, display))
        else:
            row += [
                _count(line.moved_up, display),
                _count(line.moved_down, display),
                _money(line.spend_rials, display),
            ]
        rows.append(tuple(row))
    title = (
        QCoreApplication.translate("Reports", "Lifetime value by tier")
        if clv
        else QCoreApplication.translate("Reports", "Members by tier")
    )
    return Table(
        title=title,
        columns=_columns(display, *columns),
        rows=tuple(rows),
        row_keys=tuple(line.members_filter for line in lines),
    )


def cohort_table(lines: Sequence[CohortLine], calendar: Calendar, display: Display) -> Table:
    width = max((len(line.shares) for line in lines), default=0)
    columns = [
        (QCoreApplication.translate("Reports", "Joined in"), Kind.TEXT),
        (QCoreApplication.translate("Reports", "Members"), Kind.COUNT),
    ]
    columns += [
        (QCoreApplication.translate("Reports", "Month {n}").format(n=display.n(k)), Kind.PERCENT)
        for k in range(width)
    ]
    rows = []
    for line in lines:
        cells = [_percent(share, display) for share in line.shares]
        cells += [Cell(None, "")] * (width - len(cells))
        rows.append(
            (_text(month_name(line.month, calendar, display)), _count(line.size, display), *cells)
        )
    return Table(
        title=QCoreApplication.translate("Reports", "Cohorts by month of joining"),
        columns=_columns(display, *columns),
        rows=tuple(rows),
        row_keys=tuple(line.members_filter for line in lines),
        note=QCoreApplication.translate(
            "Reports", "Share of each month's new members still buying, month by month"
        ),
    )


def _weekday_order(display: Display) -> list[int]:
    """The week as the shop's calendar starts it: Saturday in Persian, Sunday in English."""
    return [6, 0, 1, 2, 3, 4, 5] if display.rtl else list(range(7))


def hours_table(grid: Sequence[Sequence[int]], display: Display) -> Table:
    names = weekday_names()
    columns = [(QCoreApplication.translate("Reports", "Day"), Kind.TEXT)] + [
        (display.n(h), Kind.COUNT) for h in range(24)
    ]
    rows = tuple(
        (_text(names[day]), *(_count(grid[day][h], display) for h in range(24)))
        for day in _weekday_order(display)
    )
    return Table(
        title=QCoreApplication.translate("Reports", "Purchases by day and hour"),
        columns=_columns(display, *columns),
        rows=rows,
    )


def staff_table(lines: Sequence[StaffLine], display: Display) -> Table:
    return Table(
        title=page_title(Page.STAFF),
        columns=_columns(
            display,
            (QCoreApplication.translate("Reports", "Cashier"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Counter"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Credits"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Redemptions"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Refunds"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Voids"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Adjustments"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Opening balances"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Points given"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Points taken"), Kind.COUNT),
        ),
        rows=tuple(
            (
                _text(s.staff),
                _text(s.counter),
                _count(s.credits, display),
                _count(s.redemptions, display),
                _count(s.refunds, display),
                _count(s.voids, display),
                _count(s.adjustments, display),
                _count(s.openings, display),
                _count(s.points_given, display),
                _count(s.points_taken, display),
            )
            for s in lines
        ),
        note=""
        if lines
        else QCoreApplication.translate("Reports", "Nothing was recorded in this period."),
    )


def branch_name(branch: str | None) -> str:
    return branch or QCoreApplication.translate("Reports", "No branch")


def branches_table(lines: Sequence[BranchLine], display: Display) -> Table:
    return Table(
        title=page_title(Page.BRANCHES),
        columns=_columns(
            display,
            (QCoreApplication.translate("Reports", "Branch"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Purchases"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Spent in the period"), Kind.MONEY),
            (QCoreApplication.translate("Reports", "Points earned"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Points redeemed"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Members served"), Kind.COUNT),
        ),
        rows=tuple(
            (
                _text(branch_name(b.branch)),
                _count(b.purchases, display),
                _money(b.spend_rials, display),
                _count(b.points_earned, display),
                _count(b.points_redeemed, display),
                _count(b.members, display),
            )
            for b in lines
        ),
        note=QCoreApplication.translate(
            "Reports",
            "Each line counts at the branch that wrote it; no branch: lines from before the "
            "counter had one.",
        )
        if lines
        else QCoreApplication.translate("Reports", "Nothing was recorded in this period."),
    )


def _reason_name(reason: str | None, reason_fa: str | None, display: Display) -> str:
    if not reason:
        return ""
    return reason_fa if display.rtl and reason_fa else reason


def voice_section(voice: Voice, calendar: Calendar, display: Display) -> Section:
    """The customer's voice: satisfaction month by month, the reasons counted, and the
    members to call (a low score, no visit since), whose rows open the member."""
    title = page_title(Page.VOICE)
    axis = [month_name(m.month, calendar, display, short=True) for m in voice.months]
    average = QCoreApplication.translate("Reports", "Average score")
    answers = QCoreApplication.translate("Reports", "Visits scored")
    charts = [
        Chart(
            title=QCoreApplication.translate("Reports", "Average score by month"),
            kind=ChartKind.LINE,
            labels=tuple(axis),
            # A month nobody scored has no average: no point (not a fall to nothing).
            series=(
                Series(
                    average,
                    tuple(
                        float(m.average_score) if m.average_score is not None else math.nan
                        for m in voice.months
                    ),
                ),
            ),
            value_range=(0.0, float(MAX_SCORE)),
        ),
        _bars(
            QCoreApplication.translate("Reports", "Visits scored, by month"),
            axis,
            (answers, [m.answers for m in voice.months]),
        ),
        _bars(
            QCoreApplication.translate("Reports", "Scores given"),
            [display.n(score) for score in range(1, len(voice.scores) + 1)],
            (answers, list(voice.scores)),
        ),
    ]
    if voice.reasons:
        charts.append(
            _bars(
                QCoreApplication.translate("Reports", "Reasons given"),
                [_reason_name(r.reason, r.reason_fa, display) for r in voice.reasons],
                (
                    QCoreApplication.translate("Reports", "After a visit"),
                    [r.visits for r in voice.reasons],
                ),
                (
                    QCoreApplication.translate("Reports", "Why they stopped coming"),
                    [r.why_left for r in voice.reasons],
                ),
            )
        )
    months = Table(
        title=QCoreApplication.translate("Reports", "Satisfaction month by month"),
        columns=_columns(
            display,
            (QCoreApplication.translate("Reports", "Month"), Kind.TEXT),
            (answers, Kind.COUNT),
            (average, Kind.NUMBER),
        ),
        rows=tuple(
            (
                _text(month_name(m.month, calendar, display)),
                _count(m.answers, display),
                _number(m.average_score, display),
            )
            for m in voice.months
        ),
    )
    reasons = Table(
        title=QCoreApplication.translate("Reports", "Reasons counted"),
        columns=_columns(
            display,
            (QCoreApplication.translate("Reports", "Reason"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "After a visit"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Why they stopped coming"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Total"), Kind.COUNT),
        ),
        rows=tuple(
            (
                _text(_reason_name(r.reason, r.reason_fa, display)),
                _count(r.visits, display),
                _count(r.why_left, display),
                _count(r.total, display),
            )
            for r in voice.reasons
        ),
        note=""
        if voice.reasons
        else QCoreApplication.translate("Reports", "No reasons were given in this period."),
    )
    note = ""
    if voice.unhappy_total > len(voice.unhappy):
        note = QCoreApplication.translate(
            "Reports", "The first {shown} of {total} members."
        ).format(shown=display.n(len(voice.unhappy)), total=display.n(voice.unhappy_total))
    elif not voice.unhappy:
        note = QCoreApplication.translate("Reports", "No members.")
    call_list = Table(
        title=QCoreApplication.translate("Reports", "Gave a low score and did not come back"),
        columns=_columns(
            display,
            (QCoreApplication.translate("Reports", "Name"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Phone"), Kind.PHONE),
            (QCoreApplication.translate("Reports", "Score"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Reason"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Day"), Kind.DATE),
            (QCoreApplication.translate("Reports", "Days since"), Kind.COUNT),
        ),
        rows=tuple(
            (
                _text(m.name),
                _phone(m.phone, display),
                _count(m.score, display),
                _text(_reason_name(m.reason, m.reason_fa, display)),
                _date(m.day, display),
                _count(m.days_since, display),
            )
            for m in voice.unhappy
        ),
        row_keys=tuple(m.id for m in voice.unhappy),
        note=note,
    )
    return Section(
        Page.VOICE.value,
        title,
        (figures_table(title, voice.figures, display), call_list, months, reasons),
        tuple(charts),
    )


# -- anomalies -----------------------------------------------------------------------------


def anomaly_name(kind: AnomalyKind) -> str:
    return {
        AnomalyKind.REFUNDS_VOIDS: QCoreApplication.translate("Reports", "Many refunds or voids"),
        AnomalyKind.NEAR_LIMIT: QCoreApplication.translate(
            "Reports", "Credits just under the approval limit"
        ),
        AnomalyKind.REDEEM_AFTER_CREDIT: QCoreApplication.translate(
            "Reports", "Redeemed right after a large credit"
        ),
        AnomalyKind.ADJUST_NO_PURCHASE: QCoreApplication.translate(
            "Reports", "Points added with no purchase that day"
        ),
        AnomalyKind.TWO_COUNTERS: QCoreApplication.translate(
            "Reports", "Credited at two counters within a minute"
        ),
        AnomalyKind.OUTSIDE_HOURS: QCoreApplication.translate(
            "Reports", "Activity outside opening hours"
        ),
    }[kind]


def opening_hours_text(hours: OpeningHours, display: Display) -> str:
    return QCoreApplication.translate("Reports", "{opens} to {closes}").format(
        opens=display.digits(hours.opens.strftime("%H:%M")),
        closes=display.digits(hours.closes.strftime("%H:%M")),
    )


def anomaly_rule(kind: AnomalyKind, anomalies: Anomalies, display: Display) -> str:
    """The check in one sentence, with its numbers; or why it was not made."""
    rules = anomalies.rules
    if kind is AnomalyKind.REFUNDS_VOIDS:
        return QCoreApplication.translate(
            "Reports",
            "A cashier with {count} or more refunds and voids in the period, and more of them "
            "than {share} of the credits they gave.",
        ).format(
            count=display.n(rules.refunds_at_least),
            share=display.n(rules.refunds_share_percent) + _percent_sign(display),
        )
    if kind is AnomalyKind.NEAR_LIMIT:
        if rules.credit_limit_rials is None or rules.near_limit_from is None:
            return QCoreApplication.translate(
                "Reports",
                "Not checked: the approval limit (a credit above it needs a manager) is not set.",
            )
        return QCoreApplication.translate(
            "Reports",
            "A cashier with {count} or more credits from {low} up to just under the "
            "approval limit of {limit}.",
        ).format(
            count=display.n(rules.near_limit_at_least),
            low=display.money(rules.near_limit_from),
            limit=display.money(rules.credit_limit_rials),
        )
    if kind is AnomalyKind.REDEEM_AFTER_CREDIT:
        large = anomalies.large_credit_rials
        if large is None:
            return QCoreApplication.translate(
                "Reports", "Not checked: no approval limit is set and nothing was bought."
            )
        minutes = display.n(rules.redeem_within_minutes)
        if rules.credit_limit_rials is not None:
            return QCoreApplication.translate(
                "Reports",
                "A redemption within {minutes} minutes after a credit of {large} or more (the "
                "approval limit) to the same member.",
            ).format(minutes=minutes, large=display.money(large))
        return QCoreApplication.translate(
            "Reports",
            "A redemption within {minutes} minutes after a credit of {large} or more (the "
            "largest {share} of the period's purchases) to the same member.",
        ).format(
            minutes=minutes,
            large=display.money(large),
            share=display.n(100 - rules.large_credit_percentile) + _percent_sign(display),
        )
    if kind is AnomalyKind.ADJUST_NO_PURCHASE:
        return QCoreApplication.translate(
            "Reports",
            "Points added by hand (an adjustment) to a member who bought nothing that day.",
        )
    if kind is AnomalyKind.TWO_COUNTERS:
        return QCoreApplication.translate(
            "Reports", "A member credited at two different counters within {seconds} seconds."
        ).format(seconds=display.n(rules.two_counters_within_seconds))
    hours = rules.opening_hours
    if hours is None:
        return QCoreApplication.translate(
            "Reports", "Not checked: the opening hours are not set (Options…)."
        )
    return QCoreApplication.translate(
        "Reports",
        "Entries made while the shop is closed (open {hours}), by cashier, counter and day.",
    ).format(hours=opening_hours_text(hours, display))


def finding_text(finding: Finding, display: Display) -> str:
    """What was seen, in a few words with its numbers."""
    f = finding.figure
    kind = finding.kind
    if kind is AnomalyKind.REFUNDS_VOIDS:
        return QCoreApplication.translate(
            "Reports", "{refunds} refunds and {voids} voids against {credits} credits"
        ).format(
            refunds=display.n(f("refunds")),
            voids=display.n(f("voids")),
            credits=display.n(f("credits")),
        )
    if kind is AnomalyKind.NEAR_LIMIT:
        return QCoreApplication.translate(
            "Reports", "{credits} credits from {low} to just under {limit}"
        ).format(
            credits=display.n(f("credits")),
            low=display.money(f("from_rials")),
            limit=display.money(f("limit_rials")),
        )
    if kind is AnomalyKind.REDEEM_AFTER_CREDIT:
        return QCoreApplication.translate(
            "Reports", "{points} points redeemed {minutes} minutes after a credit of {amount}"
        ).format(
            points=display.n(f("points")),
            minutes=display.n(f("minutes")),
            amount=display.money(f("credit_rials")),
        )
    if kind is AnomalyKind.ADJUST_NO_PURCHASE:
        return QCoreApplication.translate("Reports", "{points} points added").format(
            points=display.n(f("points"))
        )
    if kind is AnomalyKind.TWO_COUNTERS:
        return QCoreApplication.translate("Reports", "{seconds} seconds apart").format(
            seconds=display.n(f("seconds"))
        )
    return QCoreApplication.translate("Reports", "Entries while closed: {entries}").format(
        entries=display.n(f("entries"))
    )


def _entry_kind(kind: str) -> str:
    try:
        return entry_kind_label(EntryKind(kind))
    except ValueError:
        return kind


def anomalies_section(anomalies: Anomalies, display: Display) -> Section:
    """What each check looks for and how often it fired, the findings (a row opens its
    member), and the ledger lines behind each finding, numbered as the findings are."""
    check = QCoreApplication.translate("Reports", "Check")
    checks = Table(
        title=QCoreApplication.translate("Reports", "What is checked"),
        columns=_columns(
            display,
            (check, Kind.TEXT),
            (QCoreApplication.translate("Reports", "Found"), Kind.COUNT),
            # Last: the sentence takes the width left (the window stretches the last column).
            (QCoreApplication.translate("Reports", "Rule"), Kind.TEXT),
        ),
        rows=tuple(
            (
                _text(anomaly_name(kind)),
                _count(len(anomalies.of_kind(kind)), display),
                _text(anomaly_rule(kind, anomalies, display)),
            )
            for kind in AnomalyKind
        ),
    )
    findings = anomalies.findings
    found = Table(
        title=QCoreApplication.translate("Reports", "Findings"),
        columns=_columns(
            display,
            (QCoreApplication.translate("Reports", "No."), Kind.COUNT),
            (check, Kind.TEXT),
            (QCoreApplication.translate("Reports", "Cashier"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Counter"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Member"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Card"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "When"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Lines"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "What was seen"), Kind.TEXT),
        ),
        rows=tuple(
            (
                _count(number, display),
                _text(anomaly_name(f.kind)),
                _text(f.staff),
                _text(f.counter),
                _text(f.member_name or ""),
                Cell(f.card, display.code(f.card)) if f.card else _text(""),
                Cell(f.at.isoformat(), display.when(f.at)),
                _count(f.lines_total, display),
                _text(finding_text(f, display)),
            )
            for number, f in enumerate(findings, 1)
        ),
        row_keys=tuple(f.member_id for f in findings),
        note=""
        if findings
        else QCoreApplication.translate("Reports", "Nothing unusual was found in this period."),
    )
    cut = any(len(f.lines) < f.lines_total for f in findings)
    lines = Table(
        title=QCoreApplication.translate("Reports", "Ledger lines behind the findings"),
        columns=_columns(
            display,
            (QCoreApplication.translate("Reports", "Finding"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Entry"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Kind"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Points"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Amount"), Kind.MONEY),
            (QCoreApplication.translate("Reports", "Receipt"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Time"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Cashier"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Counter"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Reason"), Kind.TEXT),
        ),
        rows=tuple(
            (
                _count(number, display),
                Cell(line.entry_id, display.code(str(line.entry_id))),
                _text(_entry_kind(line.kind)),
                Cell(line.points, display.points(line.points, signed=True)),
                _money(line.amount_rials, display),
                Cell(line.receipt, display.code(line.receipt)) if line.receipt else _text(""),
                Cell(line.at.isoformat(), display.when(line.at)),
                _text(line.staff),
                _text(line.counter),
                _text(line.reason or ""),
            )
            for number, f in enumerate(findings, 1)
            for line in f.lines
        ),
        row_keys=tuple(f.member_id for f in findings for _ in f.lines),
        note=QCoreApplication.translate(
            "Reports", "The first {count} lines of a finding are listed; all are counted."
        ).format(count=display.n(max(len(f.lines) for f in findings)))
        if cut
        else "",
    )
    return Section(
        Page.ANOMALIES.value,
        page_title(Page.ANOMALIES),
        (checks, found, lines) if findings else (checks, found),
    )


# -- the whole report ----------------------------------------------------------------------


def _bars(title: str, labels: Sequence[str], *series: tuple[str, Sequence[float]]) -> Chart:
    return Chart(
        title=title,
        kind=ChartKind.BARS,
        labels=tuple(labels),
        series=tuple(Series(name, tuple(float(v) for v in values)) for name, values in series),
    )


def _no_purchases_note(report: Report) -> str:
    return (
        ""
        if report.has_purchases
        else QCoreApplication.translate("Reports", "No purchases in this period.")
    )


def lay_out(report: Report, display: Display, calendar: Calendar) -> LaidOutReport:
    names_of_tiers = tier_names(report, display)
    sections: list[Section] = []
    empty = _no_purchases_note(report)

    summary = figures_table(page_title(Page.SUMMARY), report.headline, display)
    months = [month_name(m.month, calendar, display) for m in report.trend]
    # Along a chart's axis the year is the table's business: twelve "Ordibehesht 1405"
    # labels do not fit a page's width, and the month cut short must keep its mark.
    axis = [month_name(m.month, calendar, display, short=True) for m in report.trend]
    trend_charts: tuple[Chart, ...] = ()
    if report.trend:
        trend_charts = (
            Chart(
                title=QCoreApplication.translate("Reports", "Members' purchases by month"),
                kind=ChartKind.LINE,
                labels=tuple(axis),
                series=(
                    Series(
                        QCoreApplication.translate("Reports", "Purchases"),
                        tuple(float(money_value(m.spend_rials, display)) for m in report.trend),
                    ),
                ),
            ),
            _bars(
                QCoreApplication.translate("Reports", "Members who bought, by month"),
                axis,
                (
                    QCoreApplication.translate("Reports", "Members who bought"),
                    [m.purchasers for m in report.trend],
                ),
                (
                    QCoreApplication.translate("Reports", "New members"),
                    [m.new_members for m in report.trend],
                ),
            ),
        )
    trend_table = Table(
        title=QCoreApplication.translate("Reports", "Month by month"),
        columns=_columns(
            display,
            (QCoreApplication.translate("Reports", "Month"), Kind.TEXT),
            (QCoreApplication.translate("Reports", "Members who bought"), Kind.COUNT),
            (QCoreApplication.translate("Reports", "Purchases"), Kind.COUNT),
            (
                QCoreApplication.translate("Reports", "Members' purchases"),
                Kind.MONEY,
            ),
            (QCoreApplication.translate("Reports", "New members"), Kind.COUNT),
        ),
        rows=tuple(
            (
                _text(name),
                _count(m.purchasers, display),
                _count(m.purchases, display),
                _money(m.spend_rials, display),
                _count(m.new_members, display),
            )
            for name, m in zip(months, report.trend, strict=True)
        ),
    )
    summary = replace(summary, note=empty)
    sections.append(
        Section(Page.SUMMARY.value, page_title(Page.SUMMARY), (summary, trend_table), trend_charts)
    )

    if report.retention is not None:
        by_key = {f.key: f for f in report.retention}
        parts = ["customers_at_start", "new_customers", "lost_customers", "customers_at_end"]
        sections.append(
            Section(
                Page.RETENTION.value,
                page_title(Page.RETENTION),
                (figures_table(page_title(Page.RETENTION), report.retention, display),),
                (
                    _bars(
                        page_title(Page.RETENTION),
                        [figure_title(k) for k in parts],
                        (
                            QCoreApplication.translate("Reports", "This period"),
                            [float(by_key[k].current or 0) for k in parts],
                        ),
                        (
                            QCoreApplication.translate("Reports", "Previous period"),
                            [float(by_key[k].previous or 0) for k in parts],
                        ),
                    ),
                ),
            )
        )
    if report.repeat is not None:
        sections.append(
            Section(
                Page.REPEAT.value,
                page_title(Page.REPEAT),
                (figures_table(page_title(Page.REPEAT), report.repeat, display),),
            )
        )
    if report.clv is not None:
        tables = [figures_table(page_title(Page.CLV), report.clv, display)]
        charts: list[Chart] = []
        if report.clv_by_tier:
            tables.append(tier_table(report.clv_by_tier, display, clv=True))
            charts.append(
                _bars(
                    QCoreApplication.translate("Reports", "Average lifetime value by tier"),
                    [_tier_name(t, display) for t in report.clv_by_tier],
                    (
                        QCoreApplication.translate("Reports", "Average lifetime value"),
                        [
                            float(money_value(t.average_clv_rials or 0, display))
                            for t in report.clv_by_tier
                        ],
                    ),
                )
            )
        if report.highest_clv is not None:
            tables.append(
                member_table(
                    report.highest_clv,
                    display,
                    title=QCoreApplication.translate("Reports", "Highest lifetime value"),
                    tier_names=names_of_tiers,
                )
            )
        sections.append(Section(Page.CLV.value, page_title(Page.CLV), tuple(tables), tuple(charts)))
    if report.top is not None:
        tables = [figures_table(page_title(Page.TOP), report.top, display)]
        if report.top_members is not None:
            tables.append(
                member_table(
                    report.top_members,
                    display,
                    title=QCoreApplication.translate("Reports", "The top 20%"),
                    tier_names=names_of_tiers,
                )
            )
        deciles = report.deciles or ()
        charts = []
        if deciles:
            charts.append(
                Chart(
                    title=QCoreApplication.translate(
                        "Reports", "Share of sales by tenth of members, biggest spenders first"
                    ),
                    kind=ChartKind.BARS,
                    labels=tuple(display.n(i + 1) for i in range(len(deciles))),
                    series=(
                        Series(
                            QCoreApplication.translate("Reports", "Share of sales"),
                            tuple(float(d) for d in deciles),
                        ),
                    ),
                    value_suffix=_percent_sign(display),
                )
            )
        sections.append(Section(Page.TOP.value, page_title(Page.TOP), tuple(tables), tuple(charts)))
    if report.at_risk is not None:
        sections.append(
            Section(
                Page.AT_RISK.value,
                page_title(Page.AT_RISK),
                (
                    member_table(
                        report.at_risk,
                        display,
                        title=QCoreApplication.translate("Reports", "Members to call"),
                        tier_names=names_of_tiers,
                    ),
                ),
            )
        )
    if report.rfm is not None:
        names = [segment_name(s.segment) for s in report.rfm]
        table = Table(
            title=page_title(Page.RFM),
            columns=_columns(
                display,
                (QCoreApplication.translate("Reports", "Segment"), Kind.TEXT),
                (QCoreApplication.translate("Reports", "Members"), Kind.COUNT),
                (
                    QCoreApplication.translate("Reports", "Spent in the period"),
                    Kind.MONEY,
                ),
                (QCoreApplication.translate("Reports", "Share of sales"), Kind.PERCENT),
            ),
            rows=tuple(
                (
                    _text(name),
                    _count(s.members, display),
                    _money(s.spend_rials, display),
                    _percent(s.sales_share, display),
                )
                for name, s in zip(names, report.rfm, strict=True)
            ),
            row_keys=tuple(s.members_filter for s in report.rfm),
        )
        sections.append(
            Section(
                Page.RFM.value,
                page_title(Page.RFM),
                (table,),
                (
                    _bars(
                        QCoreApplication.translate("Reports", "Members by segment"),
                        names,
                        (
                            QCoreApplication.translate("Reports", "Members"),
                            [s.members for s in report.rfm],
                        ),
                    ),
                ),
            )
        )
    if report.cohorts is not None:
        table = cohort_table(report.cohorts, calendar, display)
        heat = Chart(
            title=table.title,
            kind=ChartKind.HEATMAP,
            labels=tuple(c.title for c in table.columns[2:]),
            series=tuple(
                Series(
                    month_name(line.month, calendar, display),
                    tuple(float(s) if s is not None else -1.0 for s in line.shares),
                )
                for line in report.cohorts
            ),
            value_suffix=_percent_sign(display),
        )
        sections.append(Section(Page.COHORTS.value, page_title(Page.COHORTS), (table,), (heat,)))
    if report.hours is not None:
        table = hours_table(report.hours, display)
        days = weekday_names()
        heat = Chart(
            title=table.title,
            kind=ChartKind.HEATMAP,
            labels=tuple(display.n(h) for h in range(24)),
            series=tuple(
                Series(days[day], tuple(float(v) for v in report.hours[day]))
                for day in _weekday_order(display)
            ),
        )
        sections.append(Section(Page.HOURS.value, page_title(Page.HOURS), (table,), (heat,)))
    if report.economics is not None:
        tables = [figures_table(page_title(Page.ECONOMICS), report.economics, display)]
        rewards = report.rewards or ()
        tables.append(
            Table(
                title=QCoreApplication.translate("Reports", "Rewards redeemed"),
                columns=_columns(
                    display,
                    (QCoreApplication.translate("Reports", "Reward"), Kind.TEXT),
                    (QCoreApplication.translate("Reports", "Redeemed"), Kind.COUNT),
                    (QCoreApplication.translate("Reports", "Points"), Kind.COUNT),
                ),
                rows=tuple(
                    (
                        _text((r.name_fa if display.rtl and r.name_fa else r.name) or DASH),
                        _count(r.redeemed, display),
                        _count(r.points, display),
                    )
                    for r in rewards
                ),
                note=""
                if rewards
                else QCoreApplication.translate(
                    "Reports", "No rewards were redeemed in this period."
                ),
            )
        )
        by_key = {f.key: f for f in report.economics}
        parts = ["points_issued", "points_redeemed", "points_expired"]
        chart = _bars(
            QCoreApplication.translate("Reports", "Points"),
            [figure_title(k) for k in parts],
            (
                QCoreApplication.translate("Reports", "This period"),
                [float(by_key[k].current or 0) for k in parts],
            ),
            (
                QCoreApplication.translate("Reports", "Previous period"),
                [float(by_key[k].previous or 0) for k in parts],
            ),
        )
        sections.append(
            Section(Page.ECONOMICS.value, page_title(Page.ECONOMICS), tuple(tables), (chart,))
        )
    if report.tiers is not None:
        table = tier_table(report.tiers, display, clv=False)
        chart = _bars(
            QCoreApplication.translate("Reports", "Members by tier at the end of the period"),
            [_tier_name(t, display) for t in report.tiers],
            (QCoreApplication.translate("Reports", "Members"), [t.members for t in report.tiers]),
        )
        sections.append(Section(Page.TIERS.value, page_title(Page.TIERS), (table,), (chart,)))
    if report.staff is not None:
        sections.append(
            Section(Page.STAFF.value, page_title(Page.STAFF), (staff_table(report.staff, display),))
        )
    if report.branches is not None:
        table = branches_table(report.branches, display)
        chart = _bars(
            money_title(
                QCoreApplication.translate("Reports", "Members' purchases by branch"), display
            ),
            [branch_name(b.branch) for b in report.branches],
            (
                QCoreApplication.translate("Reports", "This period"),
                [float(money_value(b.spend_rials, display)) for b in report.branches],
            ),
        )
        sections.append(Section(Page.BRANCHES.value, page_title(Page.BRANCHES), (table,), (chart,)))
    if report.voice is not None:
        sections.append(voice_section(report.voice, calendar, display))
    if report.anomalies is not None:
        sections.append(anomalies_section(report.anomalies, display))
    return LaidOutReport(
        title=QCoreApplication.translate("Reports", "Club report"),
        subtitle=subtitle(report, display),
        language=display.language,
        tiles=tuple(tile(f, display) for f in report.headline),
        sections=tuple(sections),
        page_label=QCoreApplication.translate("Reports", "Page {page} of {pages}"),
    )

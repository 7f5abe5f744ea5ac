"""The owner's report laid out for people: every title, column and figure in the shop's
language, once — for the Reports part, the exports, the PDF and the command line alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.reports import Calendar, Period, Segment
from loyaltydesk.i18n.calendar import JALALI_MONTHS, gregorian_to_jalali
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import PERSIAN_DECIMAL, MoneyUnit, format_int
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
    CohortLine,
    Figure,
    MemberList,
    Page,
    Report,
    StaffLine,
    TierLine,
    Unit,
)

DASH = "—"
# Figures where going up is bad news (the tile turns red when they rise).
WORSE_WHEN_UP = frozenset(
    {"churn_rate", "lost_customers", "at_risk", "average_days_between_purchases", "liability",
     "points_outstanding", "points_expired", "breakage_rate"}
)  # fmt: skip
NEUTRAL = frozenset({"points_adjusted", "non_member_sales", "expected_years"})


def _t(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def page_title(page: Page) -> str:
    return {
        Page.SUMMARY: _t("Summary"),
        Page.RETENTION: _t("Retention"),
        Page.REPEAT: _t("Repeat purchases"),
        Page.CLV: _t("Lifetime value"),
        Page.TOP: _t("Best customers"),
        Page.AT_RISK: _t("Drifting away"),
        Page.RFM: _t("Segments"),
        Page.COHORTS: _t("Cohorts"),
        Page.HOURS: _t("Busy hours"),
        Page.ECONOMICS: _t("Club economics"),
        Page.TIERS: _t("Tiers"),
        Page.STAFF: _t("Cashiers and counters"),
    }[page]


def figure_title(key: str) -> str:
    titles = {
        "customers_at_start": _t("Customers at the start"),
        "customers_at_end": _t("Customers at the end"),
        "new_customers": _t("New customers"),
        "retained_customers": _t("Customers kept"),
        "lost_customers": _t("Customers lost"),
        "retention_rate": _t("Retention rate"),
        "churn_rate": _t("Churn rate"),
        "purchasers": _t("Members who bought"),
        "repeat_customers": _t("Members who came back"),
        "repeat_rate": _t("Repeat purchase rate"),
        "purchases": _t("Purchases"),
        "purchase_frequency": _t("Purchases per member"),
        "average_purchase": _t("Average purchase"),
        "average_days_between_purchases": _t("Days between purchases"),
        "member_sales": _t("Members' purchases"),
        "top_customers": _t("Top 20% of members"),
        "top_spend": _t("Their purchases"),
        "top_share": _t("Top 20%'s share of sales"),
        "at_risk": _t("Drifting away"),
        "expected_years": _t("Years a customer stays"),
        "average_clv": _t("Average lifetime value"),
        "year_customers": _t("Customers in the last year"),
        "members_total": _t("Members"),
        "new_members": _t("New members"),
        "active_members": _t("Active members"),
        "points_issued": _t("Points issued"),
        "points_redeemed": _t("Points redeemed"),
        "points_expired": _t("Points expired"),
        "points_adjusted": _t("Points adjusted"),
        "points_outstanding": _t("Points outstanding"),
        "liability": _t("Points liability"),
        "redemption_rate": _t("Redemption rate"),
        "breakage_rate": _t("Breakage (expired unused)"),
        "non_member_sales": _t("Sales to non-members"),
    }
    return titles.get(key, key)


def segment_name(segment: Segment) -> str:
    return {
        Segment.CHAMPIONS: _t("Champions"),
        Segment.LOYAL: _t("Loyal"),
        Segment.PROMISING: _t("Promising"),
        Segment.NEW: _t("New"),
        Segment.NEED_ATTENTION: _t("Need attention"),
        Segment.AT_RISK: _t("At risk"),
        Segment.CANT_LOSE: _t("Can't lose them"),
        Segment.HIBERNATING: _t("Hibernating"),
        Segment.LOST: _t("Lost"),
    }[segment]


def weekday_names() -> tuple[str, ...]:
    """Sunday first, as the report counts weekdays."""
    return (
        _t("Sunday"), _t("Monday"), _t("Tuesday"), _t("Wednesday"), _t("Thursday"),
        _t("Friday"), _t("Saturday"),
    )  # fmt: skip


def decimal_text(value: Decimal, display: Display) -> str:
    """1234.5 as "1,234.5" (or with Persian digits and separators); no trailing ".0"."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    fraction = fraction.rstrip("0")
    text = format_int(int(whole), display.language)
    if fraction:
        separator = PERSIAN_DECIMAL if display.rtl else "."
        text += separator + display.digits(fraction)
    if sign:
        text = ("\u2212" if display.rtl else "-") + text
    return text


def money_value(rials: int | Decimal, display: Display) -> Decimal:
    """Rials in the shop's money unit, as a number for a spreadsheet."""
    amount = Decimal(rials)
    return amount / 10 if display.unit is MoneyUnit.TOMAN else amount


def _percent_sign(display: Display) -> str:
    return "٪" if display.rtl else "%"


def value_text(unit: Unit, value: Decimal | None, display: Display) -> str:
    if value is None:
        return DASH
    if unit is Unit.RIALS:
        return display.money(int(value))
    if unit is Unit.PERCENT:
        return decimal_text(value, display) + _percent_sign(display)
    if unit is Unit.DAYS:
        return _t("{days} days").format(days=decimal_text(value, display))
    if unit is Unit.YEARS:
        return _t("{years} years").format(years=decimal_text(value, display))
    return decimal_text(value, display)


def change_text(figure: Figure, display: Display) -> str:
    change = figure.change_percent
    if change is None:
        return ""
    arrow = "▲" if change > 0 else "▼" if change < 0 else "="
    return f"{arrow} {decimal_text(abs(change), display)}" + _percent_sign(display)


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


def month_name(month: Period, calendar: Calendar, display: Display) -> str:
    if calendar is Calendar.JALALI:
        y, m, _ = gregorian_to_jalali(month.first)
        return display.digits(f"{JALALI_MONTHS[m - 1]} {y}")
    return display.digits(month.first.strftime("%b %Y"))


def period_text(period: Period, display: Display) -> str:
    return _t("{first} to {last}").format(
        first=display.day_long(period.first), last=display.day_long(period.last)
    )


def subtitle(report: Report, display: Display) -> str:
    return _t("{period}, compared with {previous}").format(
        period=period_text(report.periods.current, display),
        previous=period_text(report.periods.previous, display),
    )


# -- cells ---------------------------------------------------------------------------------


def _text(value: str) -> Cell:
    return Cell(value, value)


def _count(value: int, display: Display) -> Cell:
    return Cell(value, display.n(value))


def _money(rials: int | None, display: Display) -> Cell:
    if rials is None:
        return Cell(None, DASH)
    return Cell(money_value(rials, display), display.money(rials))


def _percent(value: Decimal | None, display: Display) -> Cell:
    return Cell(value, value_text(Unit.PERCENT, value, display))


def _number(value: Decimal | None, display: Display) -> Cell:
    return Cell(value, DASH if value is None else decimal_text(value, display))


def _date(value: dt.date | None, display: Display) -> Cell:
    return Cell(value, display.day(value) if value else DASH)


def _figure_value(figure: Figure, value: Decimal | None, display: Display) -> Cell:
    if value is not None and figure.unit is Unit.RIALS:
        return Cell(money_value(value, display), value_text(figure.unit, value, display))
    return Cell(value, value_text(figure.unit, value, display))


def _columns(*spec: tuple[str, Kind]) -> tuple[Column, ...]:
    return tuple(Column(title, kind) for title, kind in spec)


# -- tables --------------------------------------------------------------------------------


def figures_table(title: str, figures: Sequence[Figure], display: Display) -> Table:
    return Table(
        title=title,
        columns=_columns(
            (_t("Figure"), Kind.TEXT),
            (_t("This period"), Kind.NUMBER),
            (_t("Previous period"), Kind.NUMBER),
            (_t("Change"), Kind.PERCENT),
        ),
        rows=tuple(
            (
                _text(figure_title(f.key)),
                _figure_value(f, f.current, display),
                _figure_value(f, f.previous, display),
                Cell(f.change_percent, change_text(f, display)),
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
    gaps = any(m.usual_gap_days is not None or m.days_absent is not None for m in members.rows)
    columns = [
        (_t("Name"), Kind.TEXT),
        (_t("Phone"), Kind.PHONE),
        (_t("Tier"), Kind.TEXT),
        (_t("Last visit"), Kind.DATE),
        (_t("Visits"), Kind.COUNT),
        (_t("Purchases in the period"), Kind.COUNT),
        (_t("Spent in the period"), Kind.MONEY),
        (_t("Lifetime value"), Kind.MONEY),
    ]
    if gaps:
        columns += [(_t("Usual gap (days)"), Kind.NUMBER), (_t("Days away"), Kind.COUNT)]
    rows = []
    for m in members.rows:
        row = [
            _text(m.name),
            Cell(m.phone, display.code(m.phone)),
            _text(names.get(m.tier_code, m.tier_code) if m.tier_code else ""),
            _date(m.last_visit, display),
            _count(m.visits, display),
            _count(m.purchases, display),
            _money(m.spend_rials, display),
            _money(m.clv_rials, display),
        ]
        if gaps:
            row += [
                _number(m.usual_gap_days, display),
                Cell(
                    m.days_absent, display.n(m.days_absent) if m.days_absent is not None else DASH
                ),
            ]
        rows.append(tuple(row))
    note = ""
    if members.total > len(members.rows):
        note = _t("The {shown} most valuable of {total} members.").format(
            shown=display.n(len(members.rows)), total=display.n(members.total)
        )
    elif not members.rows:
        note = _t("No members.")
    return Table(
        title=title,
        columns=_columns(*columns),
        rows=tuple(rows),
        row_keys=tuple(m.id for m in members.rows),
        note=note,
    )


def _tier_name(line: TierLine, display: Display) -> str:
    if line.code is None or line.code == "":
        return _t("No tier")
    if display.rtl and line.name_fa:
        return line.name_fa
    return line.name or line.code


def tier_table(lines: Sequence[TierLine], display: Display, *, clv: bool) -> Table:
    columns = [(_t("Tier"), Kind.TEXT), (_t("Members"), Kind.COUNT)]
    if clv:
        columns += [(_t("Average lifetime value"), Kind.MONEY)]
    else:
        columns += [
            (_t("Moved up into it"), Kind.COUNT),
            (_t("Moved down into it"), Kind.COUNT),
            (_t("Spent in the period"), Kind.MONEY),
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
    return Table(
        title=_t("By tier"),
        columns=_columns(*columns),
        rows=tuple(rows),
        row_keys=tuple(line.members_filter for line in lines),
    )


def cohort_table(lines: Sequence[CohortLine], calendar: Calendar, display: Display) -> Table:
    width = max((len(line.shares) for line in lines), default=0)
    columns = [(_t("Joined in"), Kind.TEXT), (_t("Members"), Kind.COUNT)]
    columns += [(_t("Month {n}").format(n=display.n(k)), Kind.PERCENT) for k in range(width)]
    rows = []
    for line in lines:
        cells = [_percent(share, display) for share in line.shares]
        cells += [Cell(None, "")] * (width - len(cells))
        rows.append(
            (_text(month_name(line.month, calendar, display)), _count(line.size, display), *cells)
        )
    return Table(
        title=_t("Share of each month's new members still buying, month by month"),
        columns=_columns(*columns),
        rows=tuple(rows),
        row_keys=tuple(line.members_filter for line in lines),
    )


def _weekday_order(display: Display) -> list[int]:
    """The week as the shop's calendar starts it: Saturday in Persian, Sunday in English."""
    return [6, 0, 1, 2, 3, 4, 5] if display.rtl else list(range(7))


def hours_table(grid: Sequence[Sequence[int]], display: Display) -> Table:
    names = weekday_names()
    columns = [(_t("Day"), Kind.TEXT)] + [(display.n(h), Kind.COUNT) for h in range(24)]
    rows = tuple(
        (_text(names[day]), *(_count(grid[day][h], display) for h in range(24)))
        for day in _weekday_order(display)
    )
    return Table(title=_t("Purchases by day and hour"), columns=_columns(*columns), rows=rows)


def staff_table(lines: Sequence[StaffLine], display: Display) -> Table:
    return Table(
        title=page_title(Page.STAFF),
        columns=_columns(
            (_t("Cashier"), Kind.TEXT),
            (_t("Counter"), Kind.TEXT),
            (_t("Credits"), Kind.COUNT),
            (_t("Redemptions"), Kind.COUNT),
            (_t("Refunds"), Kind.COUNT),
            (_t("Voids"), Kind.COUNT),
            (_t("Adjustments"), Kind.COUNT),
            (_t("Points given"), Kind.COUNT),
            (_t("Points taken"), Kind.COUNT),
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
                _count(s.points_given, display),
                _count(s.points_taken, display),
            )
            for s in lines
        ),
        note="" if lines else _t("Nothing was recorded in this period."),
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
    return "" if report.has_purchases else _t("No purchases in this period.")


def lay_out(report: Report, display: Display, calendar: Calendar) -> LaidOutReport:
    tier_names = {
        line.code: _tier_name(line, display)
        for line in (report.tiers or report.clv_by_tier or ())
        if line.code
    }
    sections: list[Section] = []
    empty = _no_purchases_note(report)

    summary = figures_table(page_title(Page.SUMMARY), report.headline, display)
    months = [month_name(m.month, calendar, display) for m in report.trend]
    trend_charts: tuple[Chart, ...] = ()
    if report.trend:
        trend_charts = (
            Chart(
                title=_t("Members' purchases by month"),
                kind=ChartKind.LINE,
                labels=tuple(months),
                series=(
                    Series(
                        _t("Purchases"),
                        tuple(float(money_value(m.spend_rials, display)) for m in report.trend),
                    ),
                ),
            ),
            _bars(
                _t("Members who bought, by month"),
                months,
                (_t("Members who bought"), [m.purchasers for m in report.trend]),
                (_t("New members"), [m.new_members for m in report.trend]),
            ),
        )
    trend_table = Table(
        title=_t("Month by month"),
        columns=_columns(
            (_t("Month"), Kind.TEXT),
            (_t("Members who bought"), Kind.COUNT),
            (_t("Purchases"), Kind.COUNT),
            (_t("Members' purchases"), Kind.MONEY),
            (_t("New members"), Kind.COUNT),
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
    summary = Table(summary.title, summary.columns, summary.rows, summary.row_keys, empty)
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
                        (_t("This period"), [float(by_key[k].current or 0) for k in parts]),
                        (_t("Previous period"), [float(by_key[k].previous or 0) for k in parts]),
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
                    _t("Average lifetime value by tier"),
                    [_tier_name(t, display) for t in report.clv_by_tier],
                    (
                        _t("Average lifetime value"),
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
                    title=_t("Highest lifetime value"),
                    tier_names=tier_names,
                )
            )
        sections.append(Section(Page.CLV.value, page_title(Page.CLV), tuple(tables), tuple(charts)))
    if report.top is not None:
        tables = [figures_table(page_title(Page.TOP), report.top, display)]
        if report.top_members is not None:
            tables.append(
                member_table(
                    report.top_members, display, title=_t("The top 20%"), tier_names=tier_names
                )
            )
        deciles = report.deciles or ()
        charts = []
        if deciles:
            charts.append(
                Chart(
                    title=_t("Share of sales by tenth of members, biggest spenders first"),
                    kind=ChartKind.BARS,
                    labels=tuple(display.n(i + 1) for i in range(len(deciles))),
                    series=(Series(_t("Share of sales"), tuple(float(d) for d in deciles)),),
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
                        title=_t("Members to call, most valuable first"),
                        tier_names=tier_names,
                    ),
                ),
            )
        )
    if report.rfm is not None:
        names = [segment_name(s.segment) for s in report.rfm]
        table = Table(
            title=page_title(Page.RFM),
            columns=_columns(
                (_t("Segment"), Kind.TEXT),
                (_t("Members"), Kind.COUNT),
                (_t("Spent in the period"), Kind.MONEY),
                (_t("Share of sales"), Kind.PERCENT),
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
                        _t("Members by segment"),
                        names,
                        (_t("Members"), [s.members for s in report.rfm]),
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
                title=_t("Rewards redeemed"),
                columns=_columns(
                    (_t("Reward"), Kind.TEXT),
                    (_t("Redeemed"), Kind.COUNT),
                    (_t("Points"), Kind.COUNT),
                ),
                rows=tuple(
                    (
                        _text((r.name_fa if display.rtl and r.name_fa else r.name) or DASH),
                        _count(r.redeemed, display),
                        _count(r.points, display),
                    )
                    for r in rewards
                ),
                note="" if rewards else _t("No rewards were redeemed in this period."),
            )
        )
        by_key = {f.key: f for f in report.economics}
        parts = ["points_issued", "points_redeemed", "points_expired"]
        chart = _bars(
            _t("Points"),
            [figure_title(k) for k in parts],
            (_t("This period"), [float(by_key[k].current or 0) for k in parts]),
            (_t("Previous period"), [float(by_key[k].previous or 0) for k in parts]),
        )
        sections.append(
            Section(Page.ECONOMICS.value, page_title(Page.ECONOMICS), tuple(tables), (chart,))
        )
    if report.tiers is not None:
        table = tier_table(report.tiers, display, clv=False)
        chart = _bars(
            _t("Members by tier at the end of the period"),
            [_tier_name(t, display) for t in report.tiers],
            (_t("Members"), [t.members for t in report.tiers]),
        )
        sections.append(Section(Page.TIERS.value, page_title(Page.TIERS), (table,), (chart,)))
    if report.staff is not None:
        sections.append(
            Section(Page.STAFF.value, page_title(Page.STAFF), (staff_table(report.staff, display),))
        )
    return LaidOutReport(
        title=_t("Club report"),
        subtitle=subtitle(report, display),
        language=display.language,
        tiles=tuple(tile(f, display) for f in report.headline),
        sections=tuple(sections),
        page_label=_t("Page {page} of {pages}"),
    )

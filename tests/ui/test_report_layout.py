"""The report laid out for people, in the shop's language: what the window, the exports and
the PDF all show."""

from __future__ import annotations

from decimal import Decimal

from loyaltydesk.domain.reports import Calendar, Segment
from loyaltydesk.i18n.bidi import LRI, PDI
from loyaltydesk.services.report_tables import Kind
from loyaltydesk.services.report_views import Page, Unit
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.reports.layout import (
    figure_title,
    lay_out,
    page_title,
    segment_name,
    value_text,
    weekday_names,
)
from tests.ui.conftest import plain
from tests.unit.test_report_figures import OWNER, _worked_example


def test_titles_digits_money_and_calendar_follow_the_language(
    window: MainWindow, language: str
) -> None:
    service, _, periods = _worked_example()
    report = service.report(periods, calendar=Calendar.for_language(language), actor=OWNER)
    laid = lay_out(report, window.display, Calendar.for_language(language))
    tiles = {t.key: t for t in laid.tiles}
    retention = tiles["retention_rate"]
    summary = laid.sections[0].tables[0]
    sales = next(r for r in summary.rows if r[0].value == tiles["member_sales"].title)
    assert sales[1].shown == ("تومان" if language == "fa" else "Toman")  # the unit column
    assert sales[2].value == Decimal(80_000)  # 800,000 Rials in Toman, a number to add up
    if language == "fa":
        assert retention.title == "نرخ ماندگاری" and retention.value == "۸۰٪"
        assert "تومان" in sales[2].shown and "آبان" in laid.subtitle  # November = Aban
        assert laid.page_label == "صفحه {page} از {pages}"
    else:
        assert retention.title == "Retention rate" and retention.value == "80%"
        assert "Toman" in sales[2].shown and "November 2026" in laid.subtitle
    assert retention.change.startswith("▼") and retention.mood == -1
    churn = tiles["churn_rate"]
    assert churn.change.startswith("▲") and churn.mood == -1  # more churn is bad news
    money_columns = [c for c in laid.sections[3].tables[2].columns if c.kind is Kind.MONEY]
    assert money_columns, "the lifetime value list has money columns"


def test_a_negative_figure_keeps_its_minus_in_front_in_persian(window: MainWindow) -> None:
    shown = value_text(Unit.PERCENT, Decimal("-12.5"), window.display)
    if window.display.rtl:
        assert shown == f"{LRI}−۱۲٫۵٪{PDI}"
    else:
        assert shown == "-12.5%"


def test_every_page_figure_and_segment_name_has_its_persian(window: MainWindow) -> None:
    """A name lupdate cannot see (a wrapper around translate) would stay English here."""
    if not window.display.rtl:
        return
    service, _, periods = _worked_example()
    report = service.report(periods, actor=OWNER)
    keys = {f.key for f in report.headline} | {f.key for f in report.economics or ()}
    names = [figure_title(k) for k in sorted(keys)]
    names += [page_title(p) for p in Page] + [segment_name(s) for s in Segment]
    names += list(weekday_names())
    english = [n for n in names if any("a" <= ch.lower() <= "z" for ch in n)]
    assert english == []


def test_a_change_from_almost_nothing_is_capped_and_chart_months_are_short(
    window: MainWindow, language: str
) -> None:
    from loyaltydesk.services.report_views import Figure
    from loyaltydesk.ui.reports.layout import change_text, signed_change_text

    huge = Figure("purchases", Unit.COUNT, Decimal(9_000), Decimal(3), None, Decimal("299900"))
    shown = plain(change_text(huge, window.display))
    assert shown == ("▲ بیش از ۹۹۹٪" if language == "fa" else "▲ >999%")
    signed = plain(signed_change_text(huge, window.display))
    assert signed == ("بیش از ۹۹۹٪" if language == "fa" else ">+999%")
    service, _, periods = _worked_example()
    calendar = Calendar.for_language(language)
    laid = lay_out(
        service.report(periods, calendar=calendar, actor=OWNER), window.display, calendar
    )
    summary = laid.sections[0]
    table_months = [row[0].shown for row in summary.tables[1].rows]
    chart_months = list(summary.charts[0].labels)
    assert len(chart_months) == len(table_months) == 12
    # The table names the year; the chart's axis has no room for it.
    assert all(len(c) < len(t) for c, t in zip(chart_months, table_months, strict=True))

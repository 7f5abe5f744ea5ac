"""The Reports part, driven by keys in Persian and English: pick a period, see the tiles,
open a segment's members, cancel a running report, export a table, refuse a reversed
period. The report numbers themselves are tested against the SQL elsewhere; here a small
stand-in service answers with a report made by hand, so the window is tested on its own."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, Services, build_window
from loyaltydesk.domain.anomalies import OpeningHours
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.reports import (
    MAX_ACTIVE_DAYS,
    MAX_RISK_FACTOR,
    Calendar,
    Periods,
    Preset,
    ReportOptions,
    Segment,
    custom_periods,
    preset_periods,
)
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.services.report_ports import MemberFilter, MemberSet
from loyaltydesk.services.report_tables import Cell, Chart, ChartKind, Column, Kind, Series, Table
from loyaltydesk.services.report_views import (
    Figure,
    MemberLine,
    MemberList,
    Page,
    Report,
    SegmentLine,
    Unit,
)
from loyaltydesk.services.reports import ReportCancelled
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.main_window import REPORTS_KEY, MainWindow
from loyaltydesk.ui.members.details_dialog import MemberDetailsDialog
from loyaltydesk.ui.reports.charts import HeatmapTable, chart_widget
from loyaltydesk.ui.reports.members_dialog import MemberListDialog
from loyaltydesk.ui.reports.options_dialog import ReportOptionsDialog
from loyaltydesk.ui.reports.table_view import ReportTableView
from loyaltydesk.ui.reports.view import ReportsView
from tests.ui.conftest import (
    answer_next_dialog,
    in_language,
    keyboard,
    member,
    plain,
    type_text,
)

TODAY = dt.date(2026, 11, 26)
DEFAULT_OPTIONS = ReportOptions()
CHAMPIONS = MemberFilter(MemberSet.SEGMENT, scores=((5, 5, 5),))


def figure(
    key: str, unit: Unit, now: int, then: int, members: MemberFilter | None = None
) -> Figure:
    return Figure(key, unit, Decimal(now), Decimal(then), members)


def a_report(periods: Periods, purchases: int = 12) -> Report:
    """A small club's report: a few headline figures and two RFM segments."""
    return Report(
        periods=periods,
        options=ReportOptions(),
        made_at=dt.datetime(2026, 11, 26, 10, tzinfo=dt.UTC),
        headline=(
            figure("customers_at_end", Unit.COUNT, 40, 32, MemberFilter(MemberSet.AT_END)),
            figure("retention_rate", Unit.PERCENT, 80, 75),
            figure("member_sales", Unit.RIALS, purchases * 750_000, 7_500_000),
        ),
        repeat=(
            figure("purchases", Unit.COUNT, purchases, 10, MemberFilter(MemberSet.PURCHASERS)),
        ),
        rfm=(
            SegmentLine(Segment.CHAMPIONS, 2, 5_000_000, Decimal("55.56"), CHAMPIONS),
            SegmentLine(
                Segment.LOST,
                1,
                100_000,
                Decimal("1.11"),
                MemberFilter(MemberSet.SEGMENT, scores=((1, 1, 1),)),
            ),
        ),
        hours=tuple(tuple((day * hour) % 7 for hour in range(24)) for day in range(7)),
    )


def member_line(member_id: int, name: str, phone: str) -> MemberLine:
    return MemberLine(
        id=member_id,
        name=name,
        phone=phone,
        tier_code=None,
        joined_on=dt.date(2026, 1, 5),
        last_visit=dt.date(2026, 11, 20),
        visits=9,
        purchases=4,
        spend_rials=2_500_000,
        year_spend_rials=6_000_000,
        clv_rials=12_000_000,
    )


class StandInReports:
    """Answers as ReportService does, from ``a_report``; ``hold`` keeps report() running
    (asking ``cancelled`` every few milliseconds) until released or cancelled."""

    def __init__(self) -> None:
        self.asked: list[Periods] = []
        self.actors: list[Actor] = []
        self.options: list[ReportOptions] = []
        self.members_asked: list[MemberFilter] = []
        self.hold = threading.Event()
        self.purchases = 12
        self.members_for: dict[MemberFilter, MemberList] = {}
        self.hours: OpeningHours | None = None

    def today(self) -> dt.date:
        return TODAY

    def periods(self, preset: Preset, calendar: Calendar) -> Periods:
        return preset_periods(preset, TODAY, calendar)

    def custom_periods(self, first: dt.date, last: dt.date) -> Periods:
        return custom_periods(first, last, TODAY)

    def report(
        self,
        periods: Periods,
        options: ReportOptions = DEFAULT_OPTIONS,
        calendar: Calendar = Calendar.GREGORIAN,
        pages: Iterable[Page] = frozenset(Page),
        *,
        actor: Actor,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Report:
        self.actors.append(actor)
        self.asked.append(periods)
        self.options.append(options)
        for step in range(4):
            if progress is not None:
                progress(step, 4)
            while True:
                if cancelled is not None and cancelled():
                    raise ReportCancelled()
                if not self.hold.is_set():
                    break
                time.sleep(0.005)
        return a_report(periods, self.purchases)

    def members(
        self,
        periods: Periods,
        which: MemberFilter,
        options: ReportOptions = DEFAULT_OPTIONS,
        limit: int = 1000,
        *,
        actor: Actor,
    ) -> MemberList:
        self.members_asked.append(which)
        return self.members_for.get(which, MemberList(which, 0, ()))

    def opening_hours(self) -> OpeningHours | None:
        return self.hours

    def set_opening_hours(self, hours: OpeningHours | None, actor: Actor) -> None:
        self.hours = hours


@pytest.fixture
def reports() -> StandInReports:
    return StandInReports()


@pytest.fixture
def window(
    qtbot: QtBot,
    gui_services: Services,
    settings: Settings,
    language: str,
    reports: StandInReports,
) -> Iterator[MainWindow]:
    app = create_application(language, RESOURCES, [])
    services = replace(gui_services, reports=reports)  # type: ignore[arg-type]
    main = build_window(app, replace(settings, language=language), services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main
    reports.hold.clear()
    create_application("en", RESOURCES, [])


def open_reports(qtbot: QtBot, window: MainWindow) -> ReportsView:
    view = window.reports
    assert view is not None
    keyboard(window, key=Qt.Key(Qt.Key.Key_F1 + int(REPORTS_KEY[1:]) - 1))
    assert window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: not view.running and view.shown is not None)
    return view


def pick_period(qtbot: QtBot, view: ReportsView, preset: Preset) -> None:
    """The period chosen with the keyboard: focus on the picker, arrows down to it."""
    view.period.setFocus()
    qtbot.waitUntil(view.period.hasFocus)
    while view.preset() is not preset:
        QTest.keyClick(view.period, Qt.Key.Key_Down)


def test_a_period_picked_by_keys_shows_its_tiles(
    qtbot: QtBot, window: MainWindow, reports: StandInReports, language: str
) -> None:
    view = open_reports(qtbot, window)
    assert reports.asked[-1] == preset_periods(
        Preset.THIS_MONTH, TODAY, Calendar.for_language(language)
    )
    pick_period(qtbot, view, Preset.LAST_MONTH)
    last_month = preset_periods(Preset.LAST_MONTH, TODAY, Calendar.for_language(language))
    qtbot.waitUntil(lambda: view.shown is not None and view.shown.report.periods == last_month)
    tiles = view.tiles.tiles
    assert len(tiles) == 3
    qtbot.waitUntil(lambda: all(t.isVisible() for t in tiles))
    # The period in words, in the shop's calendar: Jalali month names in Persian.
    words = plain(view.period_words.text())
    assert ("آبان" in words) if language == "fa" else ("October" in words)
    assert view.stack.currentIndex() == 1  # the report, not a message
    # The customers tile opens a list; the retention rate is not a set of members.
    opens = [t.focusPolicy() == Qt.FocusPolicy.StrongFocus for t in tiles]
    assert opens == [True, False, False]


def double_click(view: QAbstractItemView, row: int) -> None:
    """As a person does it: the first click selects, the second opens."""
    where = view.visualRect(view.model().index(row, 0)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def show_page(view: ReportsView, key: str) -> QWidget:
    """The page of ``key`` picked in the list of pages."""
    row = view.page_named(key)
    assert row is not None
    view.pages.setFocus()
    view.pages.setCurrentRow(row)
    page = view.page_stack.currentWidget()
    assert page is not None and page.isVisible()
    assert page.findChild(QWidget, f"reportPage-{key}") is not None  # built when first shown
    return page


def test_a_segment_row_opens_its_members_and_a_member_opens_details(
    qtbot: QtBot, window: MainWindow, reports: StandInReports, gui_services: Services
) -> None:
    sara = member(gui_services, "Sara Ahmadi", "09121234567")
    reza = member(gui_services, "Reza Karimi", "09351112233")
    reports.members_for[CHAMPIONS] = MemberList(
        CHAMPIONS, 2, (member_line(sara.id, sara.name, "09121234567"),
                       member_line(reza.id, reza.name, "09351112233"))
    )  # fmt: skip
    view = open_reports(qtbot, window)
    page = show_page(view, "rfm")
    table = page.findChild(QAbstractItemView, "reportTable")
    assert table is not None
    lists: list[QWidget] = []
    details: list[QWidget] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberListDialog)
        lists.append(dialog)
        assert dialog.table.model().rowCount() == 2
        # Reza's row opens his details (answered with Escape), over the list.
        answer_next_dialog(Qt.Key.Key_Escape, then=details.append)
        double_click(dialog.table, 1)

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    double_click(table, 0)  # the champions
    qtbot.waitUntil(lambda: bool(lists) and not lists[0].isVisible())
    assert reports.members_asked == [CHAMPIONS]
    assert len(details) == 1
    assert isinstance(details[0], MemberDetailsDialog)
    assert details[0]._member_id == reza.id


def test_enter_on_a_tile_opens_the_members_behind_it(
    qtbot: QtBot, window: MainWindow, reports: StandInReports
) -> None:
    at_end = MemberFilter(MemberSet.AT_END)
    view = open_reports(qtbot, window)
    tile = view.tiles.tiles[0]
    tile.setFocus()
    qtbot.waitUntil(tile.hasFocus)
    answer_next_dialog(Qt.Key.Key_Escape)
    QTest.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reports.members_asked == [at_end])


def test_cancel_stops_a_running_report_and_the_window_stays_alive(
    qtbot: QtBot, window: MainWindow, reports: StandInReports
) -> None:
    reports.hold.set()
    view = window.reports
    assert view is not None
    keyboard(window, key=Qt.Key(Qt.Key.Key_F1 + int(REPORTS_KEY[1:]) - 1))
    qtbot.waitUntil(lambda: view.running and view.cancel_button.isVisible())
    # The window answers while the report runs: a timer ticking every 10 ms keeps ticking.
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    qtbot.wait(200)
    timer.stop()
    assert len(ticks) > 5
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.1
    view.cancel_button.setFocus()
    QTest.keyClick(view.cancel_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.running)
    assert not view.cancel_button.isVisible()
    assert view.shown is None
    assert view.stack.currentWidget() is view.message
    assert view.message.text()
    # Picking a period again runs it.
    reports.hold.clear()
    pick_period(qtbot, view, Preset.THIS_YEAR)
    qtbot.waitUntil(lambda: view.shown is not None)


def test_the_last_report_is_greyed_and_not_exported_while_the_next_one_runs(
    qtbot: QtBot, window: MainWindow, reports: StandInReports
) -> None:
    view = window.reports
    assert view is not None
    keyboard(window, key=Qt.Key(Qt.Key.Key_F1 + int(REPORTS_KEY[1:]) - 1))
    qtbot.waitUntil(lambda: view.shown is not None and not view.running)
    assert view.export_button.isEnabled() and view.report_area.isEnabled()
    reports.hold.set()
    pick_period(qtbot, view, Preset.THIS_YEAR)
    qtbot.waitUntil(lambda: view.running)
    # The figures shown are the month's while the year is counted: not under its name.
    assert not view.export_button.isEnabled() and not view.pdf_button.isEnabled()
    assert not view.report_area.isEnabled()
    reports.hold.clear()
    qtbot.waitUntil(lambda: not view.running)
    assert view.export_button.isEnabled() and view.report_area.isEnabled()


def test_a_table_exports_as_csv(
    qtbot: QtBot,
    window: MainWindow,
    reports: StandInReports,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    pytest.importorskip("loyaltydesk.devices.exports")
    target = tmp_path / "segments"
    asked: list[str] = []

    def save_as(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[3]))
        return str(target), "CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    view = open_reports(qtbot, window)
    page = show_page(view, "rfm")
    table = page.findChild(QAbstractItemView, "reportTable")
    export = page.findChild(QWidget, "exportTable")
    assert export is not None and table is not None
    export.setFocus()
    QTest.keyClick(export, Qt.Key.Key_Space)
    written = tmp_path / "segments.csv"  # the type chosen adds its suffix
    qtbot.waitUntil(written.exists)
    assert "csv" in asked[0]
    with written.open(encoding="utf-8-sig", newline="") as read:
        rows = list(csv.reader(read))
    model = table.model()
    # The whole titles (a long one shows on two lines in the window).
    assert rows[0] == [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    assert len(rows) == 1 + model.rowCount() == 3


def test_a_reversed_custom_period_is_refused_and_nothing_runs(
    qtbot: QtBot, window: MainWindow, reports: StandInReports, language: str
) -> None:
    view = open_reports(qtbot, window)
    pick_period(qtbot, view, Preset.CUSTOM)
    qtbot.waitUntil(lambda: not view.running)
    runs = len(reports.asked)
    assert view.first.isVisible() and view.last.isVisible()
    assert view.first.hasFocus()
    view.first.clear()
    view.last.clear()
    # Persian dates in Persian (either digits would do), Gregorian in English.
    first, last = ("1405/08/20", "1405/08/10") if language == "fa" else ("2026-11-10", "2026-11-01")
    type_text(view.first, in_language(language, first))
    QTest.keyClick(view.first, Qt.Key.Key_Return)
    assert view.last.hasFocus()
    type_text(view.last, in_language(language, last))
    QTest.keyClick(view.last, Qt.Key.Key_Return)
    assert view.period_error.isVisible()
    assert view.period_error.text() == error_text(InvalidInput("report.period_reversed"), language)
    qtbot.wait(50)
    assert len(reports.asked) == runs
    # Put right, it runs.
    view.last.clear()
    fixed = "1405/08/25" if language == "fa" else "2026-11-20"
    type_text(view.last, fixed)
    QTest.keyClick(view.last, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(reports.asked) == runs + 1)
    assert not view.period_error.isVisible()
    assert reports.asked[-1].current.last - reports.asked[-1].current.first == dt.timedelta(
        days=10 if language == "en" else 5
    )


def test_a_period_without_purchases_says_so_above_the_whole_report(
    qtbot: QtBot, window: MainWindow, reports: StandInReports, language: str
) -> None:
    reports.purchases = 0
    view = open_reports(qtbot, window)
    # The report as usual (the call list, members, points and cashiers still matter when
    # the shop sold nothing), the note above its tiles.
    assert view.stack.currentIndex() == 1
    qtbot.waitUntil(view.no_purchases.isVisible)
    said = QCoreApplication.translate("ReportsView", "No purchases in this period.")
    assert plain(view.no_purchases.text()) == said
    if language == "en":
        assert said == "No purchases in this period."
    tiles = view.tiles.tiles
    assert len(tiles) == 3 and all(t.isVisible() for t in tiles)
    assert view.no_purchases.mapTo(view, QPoint(0, 0)).y() < tiles[0].mapTo(view, QPoint(0, 0)).y()
    assert view.pages.count() > 1
    show_page(view, "rfm")
    # Back to a period with purchases: the note goes.
    reports.purchases = 12
    pick_period(qtbot, view, Preset.LAST_MONTH)
    qtbot.waitUntil(lambda: not view.running and view.shown is not None)
    qtbot.waitUntil(lambda: view.shown is not None and view.shown.report.has_purchases)
    assert not view.no_purchases.isVisible()


def test_a_changed_club_counts_again_only_while_the_part_is_shown(
    qtbot: QtBot, window: MainWindow, reports: StandInReports
) -> None:
    view = open_reports(qtbot, window)
    runs = len(reports.asked)
    window.bus.member_changed.emit(3)
    qtbot.waitUntil(lambda: len(reports.asked) == runs + 1 and not view.running)
    window.tabs.setCurrentWidget(window.counter)
    window.bus.member_changed.emit(3)
    qtbot.wait(50)
    assert len(reports.asked) == runs + 1
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: len(reports.asked) == runs + 2)


def test_options_refuse_bad_values_and_save_good_ones_with_the_settings(
    qtbot: QtBot, window: MainWindow, reports: StandInReports, language: str
) -> None:
    view = open_reports(qtbot, window)
    said: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportOptionsDialog)
        for days, factor in (("abc", "2"), ("60", "0")):
            dialog.active_days.clear()
            type_text(dialog.active_days, in_language(language, days))
            dialog.risk_factor.clear()
            type_text(dialog.risk_factor, in_language(language, factor))
            dialog.save()
            said.append(dialog.error.text() if dialog.error.isVisible() else "")
        assert dialog.isVisible()  # refused: nothing saved, the form stays
        dialog.risk_factor.clear()
        type_text(dialog.risk_factor, in_language(language, "1.5"))
        dialog.risk_factor.setFocus()

    answer_next_dialog(Qt.Key.Key_Return, then=fill)
    view.options_button.click()
    assert said == [
        error_text(InvalidInput("report.bad_active_days", limit=MAX_ACTIVE_DAYS), language),
        error_text(InvalidInput("report.bad_risk_factor", limit=int(MAX_RISK_FACTOR)), language),
    ]
    stored = json.loads((window._settings.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert (stored["report_active_days"], stored["report_risk_factor"]) == (60, "1.5")
    # The window keeps them (a settings dialog opened next starts from them), and the report
    # is counted again with them.
    assert window._settings.report_options == ReportOptions(60, Decimal("1.5"))
    qtbot.waitUntil(lambda: reports.options[-1] == ReportOptions(60, Decimal("1.5")))


def test_the_part_fits_a_small_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 600)
    view = open_reports(qtbot, window)
    qtbot.wait(50)
    pick_period(qtbot, view, Preset.CUSTOM)  # the widest the top bar gets
    qtbot.waitUntil(lambda: not view.running)
    view.first.set_day(TODAY)
    view.last.clear()
    view.refresh()  # refused: the message takes its own line
    assert view.period_error.isVisible()
    qtbot.wait(50)
    for widget in (
        view.period, view.first, view.last, view.show_button, view.period_error,
        view.refresh_button, view.options_button, view.pdf_button, view.export_button,
        view.period_words,
    ):  # fmt: skip
        assert widget.isVisible(), widget
        for x, y in ((0, 0), (widget.width(), widget.height())):
            at = widget.mapTo(window, QPoint(x, y))
            assert 0 <= at.x() <= window.width() and 0 <= at.y() <= window.height(), widget
        assert widget.width() >= min(widget.sizeHint().width(), widget.minimumSizeHint().width())
    view.period.setFocus()
    QTest.keyClick(view.period, Qt.Key.Key_Home)  # back to "This month", by keys
    qtbot.waitUntil(lambda: not view.running and view.stack.currentIndex() == 1)
    for tile in view.tiles.tiles:  # every value whole: "7,500,000 Toman", not "7,500,000 Tom"
        assert tile.value.width() >= tile.value.sizeHint().width(), tile.tile.key


@pytest.fixture
def club_window(
    qtbot: QtBot, gui_services: Services, settings: Settings, language: str
) -> Iterator[MainWindow]:
    """The window on the real report service (its SQL included)."""
    pytest.importorskip("loyaltydesk.persistence.report_queries")
    app = create_application(language, RESOURCES, [])
    main = build_window(app, replace(settings, language=language), gui_services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main
    create_application("en", RESOURCES, [])


def test_a_real_club_shows_its_figures_and_a_purchase_counts_at_once(
    qtbot: QtBot, club_window: MainWindow, gui_services: Services, language: str
) -> None:
    for number in range(3):
        member(gui_services, f"Member {number}", f"0912000000{number}", points=5)
    view = open_reports(qtbot, club_window)
    tiles = {t.tile.key: t for t in view.tiles.tiles}
    assert plain(tiles["customers_at_end"].value.text()) == in_language(language, "3")
    # A purchase at the counter while the part is shown: counted again, not served stale.
    member(gui_services, "Member 3", "09120000003", points=5)
    club_window.bus.club_changed.emit()
    qtbot.waitUntil(
        lambda: (
            not view.running
            and plain({t.tile.key: t for t in view.tiles.tiles}["customers_at_end"].value.text())
            == in_language(language, "4")
        )
    )


def test_an_empty_club_says_there_were_no_purchases(qtbot: QtBot, club_window: MainWindow) -> None:
    view = open_reports(qtbot, club_window)
    assert view.stack.currentIndex() == 1
    assert view.no_purchases.isVisible()
    said = QCoreApplication.translate("ReportsView", "No purchases in this period.")
    assert plain(view.no_purchases.text()) == said


def test_a_real_club_shows_each_branch_on_its_own_page(
    qtbot: QtBot, club_window: MainWindow, gui_services: Services, language: str
) -> None:
    from tests.integration.helpers import op

    sara = member(gui_services, "Sara", "09121234567")
    counter = gui_services.counter
    counter.credit_purchase(op(), sara.id, 5_000_000, Actor("Reza", "till-1", branch="ونک"))
    counter.credit_purchase(op(), sara.id, 1_000_000, gui_services.actor)  # no branch
    view = open_reports(qtbot, club_window)
    page = show_page(view, "branches")
    table = page.findChild(QAbstractItemView, "reportTable")
    assert table is not None and table.model().rowCount() == 2
    model = table.model()
    rows = [
        [plain(str(model.data(model.index(r, c)))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    no_branch = QCoreApplication.translate("Reports", "No branch")
    assert [row[0] for row in rows] == ["ونک", no_branch]
    assert [row[1] for row in rows] == [in_language(language, "1")] * 2  # purchases
    assert rows[0][3] == in_language(language, "50")  # points earned at ونک


def test_the_whole_report_saves_as_a_workbook_and_a_pdf(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    pytest.importorskip("loyaltydesk.devices.exports")
    pytest.importorskip("loyaltydesk.printing.report_pdf")
    import openpyxl

    answers = iter([str(tmp_path / "report"), str(tmp_path / "report.pdf")])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (next(answers), "")
    )
    view = open_reports(qtbot, window)
    assert view.shown is not None
    QTest.keyClick(view.export_button, Qt.Key.Key_Space)
    workbook_path = tmp_path / "report.xlsx"
    qtbot.waitUntil(workbook_path.exists)
    workbook = openpyxl.load_workbook(workbook_path)
    tables = [t for s in view.shown.laid_out.sections for t in s.tables]
    assert len(workbook.sheetnames) == len(tables)
    assert workbook.worksheets[0].sheet_view.rightToLeft == (language == "fa")
    QTest.keyClick(view.pdf_button, Qt.Key.Key_Space)
    pdf = tmp_path / "report.pdf"
    qtbot.waitUntil(pdf.exists, timeout=20_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".partial")]


def test_a_member_list_exports_as_csv(
    qtbot: QtBot,
    window: MainWindow,
    reports: StandInReports,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    pytest.importorskip("loyaltydesk.devices.exports")
    reports.members_for[CHAMPIONS] = MemberList(
        CHAMPIONS, 2, (member_line(1, "سارا احمدی", "09121234567"),
                       member_line(2, "Reza Karimi", "09351112233"))
    )  # fmt: skip
    target = tmp_path / "champions.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), ""))
    view = open_reports(qtbot, window)
    table = show_page(view, "rfm").findChild(QAbstractItemView, "reportTable")
    assert table is not None

    exported: list[bool] = []

    def export(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberListDialog)
        QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
        qtbot.waitUntil(target.exists)
        exported.append(True)

    answer_next_dialog(Qt.Key.Key_Escape, then=export)
    double_click(table, 0)
    qtbot.waitUntil(lambda: bool(exported) and QApplication.activeModalWidget() is None)
    with target.open(encoding="utf-8-sig", newline="") as read:
        rows = list(csv.reader(read))
    assert len(rows) == 3
    assert [rows[1][0], rows[2][0]] == ["سارا احمدی", "Reza Karimi"]
    # Dates as the command line writes them: Jalali in Persian, ISO in English.
    last_visit = "1405/08/29" if language == "fa" else "2026-11-20"
    assert last_visit in rows[1]
    if language == "fa":
        assert "2026-11-20" not in rows[1]


def test_a_heatmap_shows_shares_with_the_charts_sign_and_leaves_future_months_blank(
    qtbot: QtBot,
) -> None:
    display = Display("fa", MoneyUnit.TOMAN, ZoneInfo("Asia/Tehran"))
    chart = Chart(
        "cohorts",
        ChartKind.HEATMAP,
        ("0", "1", "2"),
        (Series("Azar", (100.0, 50.0, -1.0)),),  # -1: a month that has not come yet
        value_suffix="٪",
    )
    heat = chart_widget(chart, display)
    qtbot.addWidget(heat)
    assert isinstance(heat, HeatmapTable)
    cells = [heat.item(0, c) for c in range(3)]
    assert [c.text() if c is not None else "" for c in cells] == ["۱۰۰٪", "۵۰٪", ""]
    full, half, _future = cells
    assert full is not None and half is not None
    assert full.background().color().alphaF() > half.background().color().alphaF()


def test_refresh_reruns_the_period_and_the_same_period_picked_again_runs_again(
    qtbot: QtBot, window: MainWindow, reports: StandInReports, language: str
) -> None:
    view = open_reports(qtbot, window)
    this_month = preset_periods(Preset.THIS_MONTH, TODAY, Calendar.for_language(language))
    runs = len(reports.asked)
    # Refresh counts the period shown again, by its button and by Ctrl+R (F5 is the
    # Counter's).
    assert view.refresh_button.isVisible() and view.refresh_button.text()
    view.refresh_button.setFocus()
    QTest.keyClick(view.refresh_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(reports.asked) == runs + 1 and not view.running)
    view.pages.setFocus()
    QTest.keyClick(view.pages, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(reports.asked) == runs + 2 and not view.running)
    assert reports.asked[-2:] == [this_month, this_month]
    # A period cancelled, then the same entry picked again from the list (F4 opens it,
    # Enter picks): it runs.
    last_month = preset_periods(Preset.LAST_MONTH, TODAY, Calendar.for_language(language))
    reports.hold.set()
    pick_period(qtbot, view, Preset.LAST_MONTH)
    qtbot.waitUntil(lambda: view.running and view.cancel_button.isVisible())
    view.cancel_button.setFocus()
    QTest.keyClick(view.cancel_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.running)
    reports.hold.clear()
    runs = len(reports.asked)
    view.period.setFocus()
    qtbot.waitUntil(view.period.hasFocus)
    QTest.keyClick(view.period, Qt.Key.Key_F4)
    popup = view.period.view()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(reports.asked) == runs + 1 and not view.running)
    assert reports.asked[-1] == last_month
    assert view.shown is not None and view.shown.report.periods == last_month
    assert view.stack.currentIndex() == 1


def _display(language: str) -> Display:
    return Display(language, MoneyUnit.TOMAN, ZoneInfo("Asia/Tehran"))


def _two_series_chart(labels: tuple[str, ...], suffix: str = "") -> Chart:
    return Chart(
        "chart",
        ChartKind.BARS,
        labels,
        (Series("This period", (30.0, 20.0, 10.0)), Series("Previous period", (5.0, 4.0, 3.0))),
        value_suffix=suffix,
    )


def test_named_categories_lie_on_horizontal_bars_numbers_and_months_stand(
    qtbot: QtBot, language: str
) -> None:
    app = create_application(language, RESOURCES, [])
    try:
        display = _display(language)
        names = ("Customers at the end of the period", "Champions", "Lost")
        named = chart_widget(_two_series_chart(names), display)
        qtbot.addWidget(named)
        assert isinstance(named, QChartView)
        (series,) = named.chart().series()
        assert isinstance(series, QHorizontalBarSeries)
        (axis,) = named.chart().axes(Qt.Orientation.Vertical)
        assert isinstance(axis, QBarCategoryAxis)
        # Read top down: the first category on top (QtCharts puts the first one lowest).
        assert axis.categories() == list(reversed(names))
        # Every name is read whole beside its bars: the chart leaves them the room.
        named.resize(700, 400)
        named.show()
        qtbot.waitExposed(named)
        widest = max(QFontMetrics(app.font()).horizontalAdvance(n) for n in names)
        plot = named.chart().plotArea()
        room = plot.left() if language == "en" else named.chart().size().width() - plot.right()
        assert room >= widest
        deciles = chart_widget(_two_series_chart(("1", "2", "3")), display)
        qtbot.addWidget(deciles)
        assert isinstance(deciles, QChartView)
        assert type(deciles.chart().series()[0]) is QBarSeries
    finally:
        create_application("en", RESOURCES, [])


def test_bars_of_a_group_read_this_period_first_in_either_direction(
    qtbot: QtBot, language: str
) -> None:
    create_application(language, RESOURCES, [])
    try:
        view = chart_widget(_two_series_chart(("1", "2", "3")), _display(language))
        qtbot.addWidget(view)
        assert isinstance(view, QChartView)
        (bars,) = view.chart().series()
        assert isinstance(bars, QBarSeries)
        order = [s.label() for s in bars.barSets()]  # drawn left to right within a group
        if language == "fa":
            assert order == ["Previous period", "This period"]  # this period on the right
        else:
            assert order == ["This period", "Previous period"]
        assert not view.chart().legend().reverseMarkers()  # the legend reads the same way
    finally:
        create_application("en", RESOURCES, [])


def test_a_share_axis_shows_one_percent_sign(qtbot: QtBot) -> None:
    create_application("en", RESOURCES, [])
    view = chart_widget(_two_series_chart(("1", "2", "3"), suffix="%"), _display("en"))
    qtbot.addWidget(view)
    assert isinstance(view, QChartView)
    (values,) = view.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(values, QValueAxis)
    # QtCharts with localised numbers writes what follows %.0f as it is: "30%", not "30%%".
    assert values.labelFormat() == "%.0f%"


def test_table_columns_fit_their_contents_long_names_elide_and_titles_wrap(
    qtbot: QtBot, language: str
) -> None:
    create_application(language, RESOURCES, [])
    try:
        long_name = "Seyed Mohammad-Hossein Mir-Abdolbaghi Tabatabaei Nezhad " * 2
        columns = (
            Column("Name", Kind.TEXT),
            Column("Phone", Kind.PHONE),
            Column("Days away", Kind.COUNT),
            Column("Usual gap", Kind.COUNT),
            Column("Last visit", Kind.DATE),
            Column("Lifetime value", Kind.MONEY),
            Column("Visits", Kind.COUNT),
            Column("Purchases in the period", Kind.COUNT),
        )
        row = (
            Cell(long_name, long_name), Cell("+989121234567", "+989121234567"),
            Cell(40, "40"), Cell(12, "12"), Cell(TODAY, "2026-11-26"),
            Cell(12_000_000, "12,000,000 Toman"), Cell(9, "9"), Cell(0, "0"),
        )  # fmt: skip
        short = ("Sara Ahmadi", *row[1:])
        table = Table("Members to call", columns, (row, tuple(
            Cell(v, v) if isinstance(v, str) else v for v in short
        )))  # fmt: skip
        view = ReportTableView(table)
        qtbot.addWidget(view)
        view.resize(1024 - 240, 400)
        view.show()
        qtbot.waitExposed(view)
        header = view.horizontalHeader()
        metrics = QFontMetrics(header.font())
        widths = [view.columnWidth(c) for c in range(len(columns))]
        # The name is readable but does not take the screen; its whole text is a tooltip.
        assert 160 <= widths[0] < metrics.horizontalAdvance(long_name)
        assert view.model().data(view.model().index(0, 0), Qt.ItemDataRole.ToolTipRole) == long_name
        # A long title goes on two lines: its column of single digits is not as wide as it.
        title = view.model().headerData(7, Qt.Orientation.Horizontal)
        assert "\n" in title
        assert widths[7] < metrics.horizontalAdvance("Purchases in the period")
        assert all(metrics.horizontalAdvance(line) <= widths[7] for line in title.split("\n"))
        # Every column is at least as wide as its values, and the ones a call needs (name to
        # lifetime value) fit a 1024-wide screen beside the list of pages.
        cell_metrics = view.fontMetrics()
        for column in range(1, len(columns)):
            assert widths[column] >= cell_metrics.horizontalAdvance(row[column].shown)
        assert sum(widths[:6]) <= 1024 - 240 - 40
    finally:
        create_application("en", RESOURCES, [])


def test_a_pdf_to_a_missing_folder_is_refused_in_the_shops_language(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    pytest.importorskip("loyaltydesk.printing.report_pdf")
    missing = tmp_path / "missing"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *_args, **_kwargs: (str(missing / "report.pdf"), ""),
    )
    view = open_reports(qtbot, window)
    assert view.pdf_button.isEnabled()
    said: list[str] = []
    answer_next_dialog(then=lambda box: said.append(box.text()))  # type: ignore[attr-defined]
    view.pdf_button.setFocus()
    QTest.keyClick(view.pdf_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(said) and QApplication.activeModalWidget() is None, timeout=20_000)
    expected = error_text(InvalidInput("export.folder_missing", path=str(missing)), language)
    assert plain(said[0]) == plain(expected)
    assert "No such file" not in said[0]
    assert not missing.exists()


def test_options_say_every_wrong_field_and_the_dialog_grows_to_show_it(
    qtbot: QtBot, window: MainWindow, reports: StandInReports, language: str
) -> None:
    window.resize(1024, 600)
    view = open_reports(qtbot, window)
    runs = len(reports.asked)
    seen: list[bool] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportOptionsDialog)
        dialog.active_days.clear()
        type_text(dialog.active_days, in_language(language, "-5"))
        dialog.risk_factor.clear()
        type_text(dialog.risk_factor, "abc")
        before = dialog.height()
        dialog.risk_factor.setFocus()
        QTest.keyClick(dialog.risk_factor, Qt.Key.Key_Return)  # Save: refused
        qtbot.wait(50)
        assert dialog.isVisible()
        assert dialog.days_error.isVisible() and dialog.factor_error.isVisible()
        assert dialog.days_error.text() == error_text(
            InvalidInput("report.bad_active_days", limit=MAX_ACTIVE_DAYS), language
        )
        assert dialog.factor_error.text() == error_text(
            InvalidInput("report.bad_risk_factor", limit=int(MAX_RISK_FACTOR)), language
        )
        assert dialog.active_days.hasFocus()  # the first field wrong
        # Grown, nothing cut or overlapping, and still within a 1024×600 screen.
        assert dialog.height() > before
        labels = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.wordWrap()]
        for label in labels:
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        tops = sorted((w.geometry().top(), w.geometry().bottom()) for w in labels)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(tops)), tops
        assert dialog.width() <= 1024 and dialog.height() <= 600
        seen.append(True)

    failures: list[BaseException] = []

    def fill(dialog: QWidget) -> None:
        # A failed look must not leave the dialog open (the test would hang, not fail).
        try:
            look(dialog)
        except BaseException as error:
            failures.append(error)

    answer_next_dialog(Qt.Key.Key_Escape, then=fill)
    view.options_button.setFocus()
    QTest.keyClick(view.options_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    if failures:
        raise failures[0]
    assert seen
    qtbot.wait(50)
    assert len(reports.asked) == runs  # nothing saved, nothing counted again
    assert window._settings.report_options == ReportOptions()

"""The owner's Reports part: a period in the shop's calendar, the headline tiles, then one
page per question, each with its charts and tables.

The report runs in a worker (the service counts in SQL and can take seconds on a big club)
with a progress bar and Cancel beside the period, so the window stays usable; the service
keeps each report until the ledger changes, so coming back to a period is instant.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.dates import parse_day
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.reports import Calendar, Periods, Preset
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.report_ports import MemberFilter
from loyaltydesk.services.report_tables import LaidOutReport, Section, Table, Tile
from loyaltydesk.services.report_views import Report
from loyaltydesk.services.reports import ReportCancelled, ReportService
from loyaltydesk.settings import Settings
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.reports.charts import chart_widget
from loyaltydesk.ui.reports.exporting import export_report, export_table, save_pdf
from loyaltydesk.ui.reports.layout import lay_out, member_table, period_text, tier_names
from loyaltydesk.ui.reports.members_dialog import GiveCoupon, MemberListDialog
from loyaltydesk.ui.reports.options_dialog import ReportOptionsDialog
from loyaltydesk.ui.reports.table_view import ReportTableView
from loyaltydesk.ui.reports.tiles import TileGrid
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.tasks import Task, run_in_background
from loyaltydesk.ui.widgets.error_label import ErrorLabel

SUMMARY = "summary"
# Enough for 1405 / 09 / 11 with spaces around the separators.
_DATE_LENGTH = 16
_EXAMPLE_DAY = dt.date(2026, 11, 22)


def period_words(periods: Periods, display: Display) -> str:
    """The period and the one it is compared with, as the report's subtitle says them
    (shown before the report is ready)."""
    return QCoreApplication.translate("Reports", "{period}, compared with {previous}").format(
        period=period_text(periods.current, display),
        previous=period_text(periods.previous, display),
    )


@dataclass(frozen=True, slots=True)
class Shown:
    """A finished report and the same laid out for people."""

    report: Report
    laid_out: LaidOutReport


class _Relay(QObject):
    """Carries the worker's progress to the window's thread (a queued signal)."""

    progressed = Signal(int, int)


class _Run:
    """One report being computed; a newer run makes an older one's answer irrelevant."""

    def __init__(self, periods: Periods) -> None:
        self.periods = periods
        self.stop = threading.Event()
        self.task: Task | None = None


class DateLine(QLineEdit):
    """A day typed year first in the shop's calendar (either digits), shown in the
    language's digits as typed."""

    def __init__(self, display: Display, name: str) -> None:
        super().__init__()
        self._display = display
        self.setObjectName(name)
        self.setMaxLength(_DATE_LENGTH)
        self.setPlaceholderText(display.day(_EXAMPLE_DAY))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("8888 / 88 / 88") + 16)
        self.textEdited.connect(self._localise_digits)

    def _localise_digits(self, text: str) -> None:
        shown = self._display.digits(text)
        if shown != text:
            cursor = self.cursorPosition()
            self.setText(shown)
            self.setCursorPosition(cursor)

    def day(self) -> dt.date:
        value = parse_day(self.text())
        if value is None:
            raise InvalidInput("report.date_missing")
        return value

    def set_day(self, day: dt.date) -> None:
        self.setText(self._display.day(day))


class ReportsView(QWidget):
    def __init__(
        self,
        service: ReportService,
        display: Display,
        bus: ChangeBus,
        open_details: Callable[[int], None],
        settings: Callable[[], Settings],
        settings_saved: Callable[[Settings], None],
        fonts: Path | None = None,
        parent: QWidget | None = None,
        *,
        give_coupon: GiveCoupon | None = None,
        session: Session,
        exported: Callable[[str, int, Path], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._exported = exported
        self._give_coupon = give_coupon
        self._service = service
        self._display = display
        self._open_details = open_details
        self._settings = settings
        self._settings_saved = settings_saved
        self._fonts = fonts
        self.calendar = Calendar(display.calendar)
        self.shown: Shown | None = None
        self._run: _Run | None = None
        self._stale = True
        self._sections: list[Section | None] = []  # of each page; None: a summary without one
        self._built: set[int] = set()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)

        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        for text, preset in (
            (self.tr("This month"), Preset.THIS_MONTH),
            (self.tr("Last month"), Preset.LAST_MONTH),
            # A quarter of the Gregorian year; in Persian, a season of the Jalali year.
            (self.tr("This quarter"), Preset.THIS_SEASON),
            (self.tr("This year"), Preset.THIS_YEAR),
            (self.tr("Last 12 months"), Preset.LAST_12_MONTHS),
            (self.tr("Custom…"), Preset.CUSTOM),
        ):
            self.period.addItem(text, preset)
        self.period.setAccessibleName(self.tr("Period"))
        self.first = DateLine(display, "reportFrom")
        self.last = DateLine(display, "reportTo")
        self.first_label = QLabel(self.tr("From"))
        self.last_label = QLabel(self.tr("to"))
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("reportShow")
        self.period_error = ErrorLabel("reportPeriodError")
        self.period_words = QLabel()
        self.period_words.setObjectName("reportPeriodWords")
        self.period_words.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("reportRefresh")
        self.refresh_button.setToolTip(self.tr("Count the period shown again (Ctrl+R)"))
        self.options_button = QPushButton(self.tr("Options…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setToolTip(self.tr("The whole report with its charts, to print or send"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Every table of the report as an Excel workbook"))
        self.export_button.setObjectName("reportExport")
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("reportCancel")
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        # Said above the tiles, not instead of the report: members, points, the drifting-away
        # call list and the cashiers still matter in a period the shop sold nothing.
        self.no_purchases = QLabel(self.tr("No purchases in this period."))
        self.no_purchases.setObjectName("reportNoPurchases")
        self.no_purchases.setWordWrap(True)
        self.no_purchases.setVisible(False)
        self.tiles = TileGrid()
        self.pages = QListWidget()
        self.pages.setObjectName("reportPages")
        self.page_stack = QStackedWidget()
        self.stack = QStackedWidget()
        self._lay_out_widgets()

        # activated, not currentIndexChanged: picking the period already picked (after a
        # Cancel, say) runs it again.
        self.period.activated.connect(self._period_picked)
        self.refresh_button.clicked.connect(self.refresh)
        # F5 belongs to the Counter; Ctrl+R is the usual "again" key, here only while the
        # Reports part is the one shown.
        again = QShortcut(QKeySequence("Ctrl+R"), self)
        again.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        again.activated.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.first.returnPressed.connect(self.last.setFocus)
        self.last.returnPressed.connect(self.refresh)
        self.options_button.clicked.connect(self.open_options)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.pages.currentRowChanged.connect(self.show_page)
        bus.member_changed.connect(lambda _member: self._club_changed())
        bus.club_changed.connect(self._club_changed)
        self._show_custom(False)
        self._set_running(False)
        self._set_actions_enabled(False)

    def _lay_out_widgets(self) -> None:
        bar = QGridLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        picker = QHBoxLayout()
        picker.addWidget(self.period)
        picker.addWidget(self.first_label)
        picker.addWidget(self.first)
        picker.addWidget(self.last_label)
        picker.addWidget(self.last)
        picker.addWidget(self.show_button)
        picker.addStretch(1)
        picker.addWidget(self.refresh_button)
        picker.addWidget(self.options_button)
        picker.addWidget(self.pdf_button)
        picker.addWidget(self.export_button)
        bar.addLayout(picker, 0, 0)
        bar.addWidget(self.period_error, 1, 0)
        running = QHBoxLayout()
        running.addWidget(self.period_words, 1)
        running.addWidget(self.progress)
        running.addWidget(self.cancel_button)
        bar.addLayout(running, 2, 0)

        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.no_purchases)
        summary_layout.addWidget(self.tiles)
        self._summary_extra = QVBoxLayout()
        summary_layout.addLayout(self._summary_extra)
        summary_layout.addStretch(1)
        self.page_stack.addWidget(self._scrolled(summary))
        split = QWidget()
        side_by_side = QHBoxLayout(split)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        side_by_side.addWidget(self.pages)
        side_by_side.addWidget(self.page_stack, 1)
        self.stack.addWidget(self.message)
        self.report_area = split  # the tiles and pages of the report shown
        self.stack.addWidget(split)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    # -- the period -----------------------------------------------------------------------

    def preset(self) -> Preset:
        return Preset(self.period.currentData())

    def _show_custom(self, custom: bool) -> None:
        for widget in (self.first_label, self.first, self.last_label, self.last, self.show_button):
            widget.setVisible(custom)

    def _period_picked(self) -> None:
        self.period_error.clear()
        custom = self.preset() is Preset.CUSTOM
        self._show_custom(custom)
        if custom:
            if not self.first.text() and self.shown is not None:
                self.first.set_day(self.shown.report.period.first)
                self.last.set_day(self.shown.report.period.last)
            self.first.setFocus()
            self.first.selectAll()
            return
        self.refresh()

    def periods(self) -> Periods:
        """The period picked (InvalidInput for a custom one that is not a period)."""
        preset = self.preset()
        if preset is Preset.CUSTOM:
            return self._service.custom_periods(self.first.day(), self.last.day())
        return self._service.periods(preset, self.calendar)

    # -- running --------------------------------------------------------------------------

    def refresh(self) -> None:
        """The report for the period picked, in a worker; a custom period that is not one
        is refused next to the dates and nothing runs."""
        try:
            periods = self.periods()
        except InvalidInput as error:
            self.period_error.setText(error_text(error, self._display))
            field = self.last if error.code == "report.period_reversed" else self.first
            field.setFocus()
            return
        self.period_error.clear()
        self._stale = False
        self.period_words.setText(self._display.sentence(period_words(periods, self._display)))
        self.run(periods)

    def run(self, periods: Periods) -> None:
        if self._run is not None:
            self._run.stop.set()  # its answer would be for a period no longer asked for
        current = _Run(periods)
        self._run = current
        service, display, calendar = self._service, self._display, self.calendar
        options = self._settings().report_options
        relay = self._relay
        actor = self._session.actor

        def work() -> Shown:
            report = service.report(
                periods,
                options,
                calendar,
                actor=actor,
                progress=lambda done, total: (
                    relay.progressed.emit(done, total) if not current.stop.is_set() else None
                ),
                cancelled=current.stop.is_set,
            )
            return Shown(report, lay_out(report, display, calendar))

        self.progress.setRange(0, 0)
        self._set_running(True)
        # The figures on screen are another period's until this one arrives: greyed out,
        # and not to be exported or printed under the new period's name.
        self._set_actions_enabled(False)
        self.report_area.setEnabled(False)
        current.task = run_in_background(
            work, lambda shown: self._done(current, shown), lambda e: self._failed(current, e)
        )

    def cancel(self) -> None:
        if self._run is not None:
            self._run.stop.set()

    @property
    def running(self) -> bool:
        return self._run is not None

    def _progressed(self, done: int, total: int) -> None:
        if self._run is not None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled and self._fonts is not None)
        self.export_button.setEnabled(enabled)

    def _done(self, run: _Run, shown: Shown) -> None:
        if run is not self._run:
            return
        self._run = None
        self._set_running(False)
        self.show_report(shown)

    def _failed(self, run: _Run, error: BaseException) -> None:
        if run is not self._run:
            return
        self._run = None
        self._set_running(False)
        if isinstance(error, ReportCancelled):
            if self.shown is None or self.shown.report.periods != run.periods:
                self._say(self.tr("The report was cancelled. Pick a period to run it again."))
                self._set_actions_enabled(False)
            else:
                self.report_area.setEnabled(True)
                self._set_actions_enabled(True)
            return
        self._stale = True
        if isinstance(error, DomainError):
            if error.code == "database.unreachable":  # said above the tabs, and refilled
                self._say(self.tr("The report waits for the club's server."))
                return
            text = error_text(error, self._display)
            self._say(text)
            QMessageBox.warning(self, self.tr("Reports"), text)
            return
        self._say(self.tr("The report could not be made."))
        raise error  # the application's error dialog says it and logs the details

    def _say(self, text: str) -> None:
        self.message.setText(self._display.sentence(text))
        self.stack.setCurrentWidget(self.message)

    # -- showing --------------------------------------------------------------------------

    def show_report(self, shown: Shown) -> None:
        self.shown = shown
        laid_out = shown.laid_out
        self.period_words.setText(self._display.sentence(laid_out.subtitle))
        self.report_area.setEnabled(True)
        self._set_actions_enabled(True)
        self.no_purchases.setText(self._display.sentence(self.tr("No purchases in this period.")))
        self.no_purchases.setVisible(not shown.report.has_purchases)
        figures = {f.key: f for f in shown.report.headline}

        def can_open(tile: Tile) -> bool:
            figure = figures.get(tile.key)
            return figure is not None and figure.members is not None

        def open_tile(tile: Tile) -> None:
            figure = figures.get(tile.key)
            if figure is not None and figure.members is not None:
                self.open_members(figure.members, tile.title)

        self.tiles.set_tiles(laid_out.tiles, can_open, open_tile, self._display.language)
        page_before = self.pages.currentRow()
        self.pages.blockSignals(True)
        self.pages.clear()
        # The summary page (the tiles) stays; the pages after it are made anew.
        while self.page_stack.count() > 1:
            old = self.page_stack.widget(1)
            assert old is not None
            self.page_stack.removeWidget(old)
            old.deleteLater()
        summary = next((s for s in laid_out.sections if s.key == SUMMARY), None)
        self.pages.addItem(summary.title if summary else self.tr("Summary"))
        self._fill_summary(summary)
        # The other pages are built when first shown: a report's tables and charts all at
        # once would hold the window still for a noticeable moment.
        others = [s for s in laid_out.sections if s.key != SUMMARY]
        self._sections = [summary, *others]
        for section in others:
            self.pages.addItem(section.title)
            self.page_stack.addWidget(self._scrolled(QWidget()))
        self._built = {0}
        self.pages.blockSignals(False)
        # As wide as the longest page name, so the pages get the rest.
        names = [self.pages.item(r).text() for r in range(self.pages.count())]
        widest = max(self.pages.fontMetrics().horizontalAdvance(n) for n in names)
        self.pages.setFixedWidth(min(widest + 32, 240))
        row = page_before if 0 <= page_before < self.pages.count() else 0
        self.pages.setCurrentRow(row)
        self.show_page(row)
        self.stack.setCurrentIndex(1)

    def show_page(self, row: int) -> None:
        if not 0 <= row < self.page_stack.count():
            return
        if row not in self._built:
            self._built.add(row)
            section = self._sections[row]
            scroll = self.page_stack.widget(row)
            if isinstance(scroll, QScrollArea) and section is not None:
                scroll.setWidget(self._section_widget(section))
        self.page_stack.setCurrentIndex(row)

    def page_named(self, key: str) -> int | None:
        """The row in the list of pages of the page ``key`` (a report_views.Page value)."""
        for row, section in enumerate(self._sections):
            if section is not None and section.key == key:
                return row
        return None

    def _fill_summary(self, section: Section | None) -> None:
        """The summary's own charts and tables under the tiles."""
        old = self._summary_extra.takeAt(0)
        if old is not None and (widget := old.widget()) is not None:
            widget.deleteLater()
        if section is not None:
            self._summary_extra.addWidget(self._section_widget(section))

    def _scrolled(self, content: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _section_widget(self, section: Section) -> QWidget:
        page = QWidget()
        page.setObjectName(f"reportPage-{section.key}")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for chart in section.charts:
            layout.addWidget(chart_widget(chart, self._display))
        for table in section.tables:
            # A long list takes the height that is left (the call list fills its page).
            layout.addWidget(self._table_block(table), 1 if len(table.rows) > 12 else 0)
        if not any(len(t.rows) > 12 for t in section.tables):
            layout.addStretch(1)
        return page

    def _table_block(self, table: Table) -> QWidget:
        block = QWidget()
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        title = QLabel(f"<b>{table.title}</b>")
        head.addWidget(title, 1)
        export = QPushButton(self.tr("Export…"))
        export.setObjectName("exportTable")
        export.setEnabled(bool(table.rows))
        export.clicked.connect(
            lambda: export_table(self, table, self._display, done=self._on_written(table))
        )
        head.addWidget(export)
        layout.addLayout(head)
        if table.note:
            note = QLabel(table.note)
            note.setWordWrap(True)
            layout.addWidget(note)
        view = ReportTableView(table, lambda key: self._open_row(key, table))
        rows_height = view.verticalHeader().defaultSectionSize() * min(len(table.rows), 12)
        view.setMinimumHeight(rows_height + view.horizontalHeader().sizeHint().height() + 6)
        layout.addWidget(view)
        return block

    # -- what a figure, a row or a tile opens ---------------------------------------------

    def _open_row(self, key: object, table: Table) -> None:
        if isinstance(key, MemberFilter):
            # The row's own name (a segment, a tier, a month, a figure) titles its list.
            row = table.rows[table.row_keys.index(key)]
            self.open_members(key, row[0].shown if row else table.title)
        elif isinstance(key, int):
            self._open_details(key)

    def open_members(self, which: MemberFilter, title: str) -> None:
        """The list of members behind a figure, fetched in a worker, then in a dialog."""
        if self.shown is None:
            return
        report = self.shown.report
        periods, options = report.periods, report.options
        service, display = self._service, self._display
        names = tier_names(report, display)
        actor = self._session.actor

        def work() -> Table:
            members = service.members(periods, which, options, actor=actor)
            return member_table(members, display, title=title, tier_names=names)

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            QMessageBox.warning(self, self.tr("Reports"), error_text(error, display))

        self._members_task = run_in_background(work, self._show_members, failed)

    def _show_members(self, table: Table) -> None:
        MemberListDialog(
            table,
            self._display,
            self._open_details,
            self,
            give_coupon=self._give_coupon,
            exported=self._on_written(table),
        ).exec()

    # -- options and exports --------------------------------------------------------------

    def open_options(self) -> None:
        dialog = ReportOptionsDialog(
            self._settings(),
            self._display,
            self,
            opening_hours=self._service.opening_hours(),
            save_opening_hours=lambda hours: self._service.set_opening_hours(
                hours, self._session.actor
            ),
        )
        if dialog.exec() and dialog.saved is not None:
            self._settings_saved(dialog.saved)
            self.refresh()

    def _on_written(self, *tables: Table) -> Callable[[Path], None]:
        """A file of the report (members' names in it) was written: on the audit trail."""
        rows = sum(len(t.rows) for t in tables)
        title = tables[0].title if len(tables) == 1 else "report"

        def written(path: Path) -> None:
            if self._exported is not None:
                self._exported(title, rows, path)

        return written

    def export(self) -> None:
        if self.shown is not None:
            laid = self.shown.laid_out
            tables = [t for section in laid.sections for t in section.tables]
            export_report(self, laid, self._display, done=self._on_written(*tables))

    def save_pdf(self) -> None:
        if self.shown is not None and self._fonts is not None:
            laid = self.shown.laid_out
            tables = [t for section in laid.sections for t in section.tables]
            save_pdf(self, laid, self._display, self._fonts, done=self._on_written(*tables))

    # -- keeping up with the club ---------------------------------------------------------

    def _club_changed(self) -> None:
        """Shown: counted again now (the service notices what changed); hidden: when next
        shown, so a busy counter does not run reports nobody looks at."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and self.preset() is not Preset.CUSTOM:
            self.refresh()

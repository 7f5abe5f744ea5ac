"""The voice page's average-score chart (newcomer report 2 item 10): a score is drawn on
0 to 5 in both languages, and the current month, the only one scored, is named under its
point."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.reports import Calendar
from loyaltydesk.services.report_views import Page
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.reports.charts import chart_widget
from loyaltydesk.ui.reports.layout import lay_out
from tests.ui.conftest import member


def test_scores_on_0_to_5_and_the_current_month_named(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    sara = member(gui_services, "Sara", "09121234567", points=5)
    gui_services.feedback.record_visit("v-1", sara.id, 3, actor=gui_services.actor)
    calendar = Calendar.for_language(language)
    periods = gui_services.reports.custom_periods(dt.date(2026, 11, 1), dt.date(2026, 11, 26))
    report = gui_services.reports.report(
        periods, pages={Page.VOICE}, calendar=calendar, actor=gui_services.actor
    )
    laid = lay_out(report, window.display, calendar)
    voice = next(s for s in laid.sections if s.key == "voice")
    view = chart_widget(voice.charts[0], window.display)
    assert isinstance(view, QChartView)
    qtbot.addWidget(view)
    view.resize(780 if language == "fa" else 860, 280)
    view.show()
    qtbot.waitExposed(view)
    chart = view.chart()
    (values,) = chart.axes(Qt.Orientation.Vertical)
    assert isinstance(values, QValueAxis)
    assert (values.min(), values.max()) == (0.0, 5.0)
    # The month scored is the last: on the right in English, on the left in Persian.
    (line,) = chart.series()
    assert isinstance(line, QLineSeries)
    (point,) = line.points()
    at = view.mapFromScene(chart.mapToScene(chart.mapToPosition(QPointF(point.x(), 0), line)))
    image = view.grab().toImage()
    bottom = int(view.mapFromScene(chart.mapToScene(chart.plotArea().bottomLeft())).y())
    inked = [
        (x, y)
        for x in range(max(0, at.x() - 20), min(image.width(), at.x() + 20))
        for y in range(bottom + 6, min(image.height(), bottom + 60))
        if QColor(image.pixel(x, y)).lightness() < 160
    ]
    assert len(inked) > 20, "no label under the current month's point"

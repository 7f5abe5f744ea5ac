"""A laid-out ``Chart`` on screen: bars and lines with QtCharts, a heatmap as a painted table.

QtCharts does not mirror itself in a right-to-left window, so in Persian the category axis
runs reversed (the first month on the right, as the text reads), the bars of a group too
(this period on the right), and the legend stays below. Names (segments, tiers, figures)
stand beside horizontal bars, where they are read whole.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from loyaltydesk.i18n.display import Display
from loyaltydesk.services.report_tables import Chart, ChartKind

PALETTE = ("#2f6f9f", "#e08a2c", "#3c9a5f", "#b3261e", "#7a5ea8", "#8c6d3f")
HEAT = QColor("#2f6f9f")
CHART_HEIGHT = 280
# A category name wider than this is laid out on horizontal bars.
LONG_LABEL = 110


def chart_widget(chart: Chart, display: Display) -> QWidget:
    if chart.kind is ChartKind.HEATMAP:
        return HeatmapTable(chart, display)
    return _chart_view(chart, display)


def long_labels(labels: Sequence[str], font: QFont) -> bool:
    """Names (segments, figures, tiers) rather than numbers or months: under vertical bars
    they would be cut ("Custome…"), so they are laid out as horizontal bars, read whole."""
    widest = max((QFontMetrics(font).horizontalAdvance(label) for label in labels), default=0)
    return widest > LONG_LABEL or any(not any(ch.isdigit() for ch in label) for label in labels)


def _chart_view(chart: Chart, display: Display) -> QChartView:
    figure = QChart()
    figure.setTitle(chart.title)
    font = QApplication.font()
    figure.setTitleFont(font)
    figure.setMargins(QMargins(4, 4, 4, 4))
    figure.legend().setVisible(len(chart.series) > 1)
    figure.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    figure.legend().setFont(font)
    figure.setLocalizeNumbers(True)  # the value axis in the language's digits
    horizontal = chart.kind is ChartKind.BARS and long_labels(chart.labels, font)
    labels = list(chart.labels)
    series_values = [list(s.values) for s in chart.series]
    # Right to left, the first category stands on the right. The axis's own reverse flag
    # is not honoured by bar series, so the order is turned here, for bars and lines alike.
    # Horizontal bars read top down in both directions: QtCharts puts the first category
    # at the bottom, so it is turned there too.
    if display.rtl or horizontal:
        labels.reverse()
        for values_of in series_values:
            values_of.reverse()
    if not horizontal:
        labels = [_two_lines(label) for label in labels]
    categories = QBarCategoryAxis()
    categories.append(labels)
    categories.setLabelsFont(font)
    # QtCharts cuts a category name to "…" when it thinks the axis is short of room, and
    # on horizontal bars it always thinks so: the names are what the chart is read by.
    categories.setTruncateLabels(False)
    if not horizontal and labels:
        # Slanted (or upright) only as far as the columns need, measured on the drawn plot
        # each time it changes size; see _fit_labels.
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(line) for x in labels for line in _lines(x))
        tallest = max(len(_lines(label)) for label in labels) * metrics.height()
        figure.plotAreaChanged.connect(
            lambda area: _fit_labels(categories, area.width() / len(labels), widest, tallest)
        )
        _fit_labels(categories, 640 / len(labels), widest, tallest)
    values = QValueAxis()
    values.setLabelsFont(font)
    # With localised numbers QtCharts formats only the %.0f and shows the rest as written,
    # so a percent sign goes in as it is ("%%" would show twice).
    values.setLabelFormat("%.0f" + chart.value_suffix)
    # The value axis on the side the text starts from; horizontal bars grow along the
    # bottom and name their categories on the side the text starts from.
    start = Qt.AlignmentFlag.AlignRight if display.rtl else Qt.AlignmentFlag.AlignLeft
    if horizontal:
        figure.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        figure.addAxis(categories, start)
    else:
        figure.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        figure.addAxis(values, start)
    # NaN: a point with nothing to say (a month nobody scored), left out of a line.
    shown = [v for s in chart.series for v in s.values if not math.isnan(v)]
    highest = max(shown, default=0.0)
    lowest = min(shown, default=0.0)
    if chart.value_range is not None:
        low, high = chart.value_range
        values.setRange(low, high)
        if float(high - low).is_integer() and 1 <= high - low <= 10:
            values.setTickCount(int(high - low) + 1)  # a line at each whole score
    else:
        values.setRange(min(0.0, lowest), highest * 1.1 if highest > 0 else 1.0)
        values.applyNiceNumbers()
    if chart.kind is ChartKind.BARS:
        bars: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        sets = [
            (series.name, QColor(PALETTE[number % len(PALETTE)]), series_values[number])
            for number, series in enumerate(chart.series)
        ]
        # Within a group the first series must be read first: on the right in Persian,
        # on top of horizontal bars (QtCharts draws the first set leftmost / lowest).
        if display.rtl or horizontal:
            sets.reverse()
        if horizontal and not display.rtl:
            # The sets are turned for the bars; the legend still reads this period first.
            figure.legend().setReverseMarkers(True)
        for name, colour, numbers in sets:
            row = QBarSet(name)
            row.setColor(colour)
            row.append(numbers)
            bars.append(row)
        figure.addSeries(bars)
        bars.attachAxis(categories)
        bars.attachAxis(values)
    else:
        for number, series in enumerate(chart.series):
            line = QLineSeries()
            line.setName(series.name)
            line.setColor(QColor(PALETTE[number % len(PALETTE)]))
            line.setPointsVisible(True)
            for x, y in enumerate(series_values[number]):
                if not math.isnan(y):
                    line.append(QPointF(x, y))
            figure.addSeries(line)
            line.attachAxis(categories)
            line.attachAxis(values)
    view = QChartView(figure)
    view.setObjectName("reportChart")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Horizontal bars need a row of height per category and set.
    rows = len(labels) * max(1, len(chart.series)) if horizontal else 0
    view.setMinimumHeight(max(CHART_HEIGHT, 90 + rows * (QFontMetrics(font).height() + 4)))
    view.setAccessibleName(chart.title)
    return view


LABEL_ANGLES = (0, -35, -60, -90)


def _fit_labels(axis: QBarCategoryAxis, column: float, widest: int, tallest: int) -> None:
    """The least slant at which every category name fits its column. QtCharts hides a name
    wider than its column at either end of the axis (the current month's point stood
    unnamed), and an upright name fits any column."""
    chosen = LABEL_ANGLES[-1]
    for angle in LABEL_ANGLES:
        turn = math.radians(angle)
        if widest * abs(math.cos(turn)) + tallest * abs(math.sin(turn)) + 4 <= column:
            chosen = angle
            break
    if axis.labelsAngle() != chosen:  # a change lays the chart out again: only when needed
        axis.setLabelsAngle(chosen)


def _two_lines(label: str) -> str:
    """ "Dec (so far)" on two lines. Slanted, a long name at either end of the axis is wider
    than its column, and QtCharts then hides it: the current month's point stood unnamed.
    The axis draws its labels as rich text, so the line break is a <br>."""
    first, space, rest = label.partition(" (")
    if not space:
        return label
    return f"{html.escape(first)}<br>({html.escape(rest)}"


def _lines(label: str) -> list[str]:
    return [html.unescape(line) for line in label.split("<br>")]


class HeatmapTable(QTableWidget):
    """Rows × columns of counts or shares, each cell shaded by how much it holds."""

    def __init__(self, chart: Chart, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(len(chart.series), len(chart.labels), parent)
        self.setObjectName("reportHeatmap")
        self.setAccessibleName(chart.title)
        self.setToolTip(chart.title)
        self.setHorizontalHeaderLabels(list(chart.labels))
        self.setVerticalHeaderLabels([s.name for s in chart.series])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        highest = max((v for s in chart.series for v in s.values), default=0.0) or 1.0
        shown_texts: list[str] = []
        for row, series in enumerate(chart.series):
            for column, value in enumerate(series.values):
                if value < 0:  # the layout's mark for "nothing to say" (a month not yet come)
                    continue
                share = max(0.0, min(1.0, value / highest))
                shown = _heat_text(value, chart.value_suffix, display)
                shown_texts.append(shown)
                item = QTableWidgetItem(shown)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                colour = QColor(HEAT)
                colour.setAlphaF(0.08 + 0.85 * share)
                item.setBackground(colour)
                item.setForeground(QColor("white") if share > 0.55 else QColor("#1d1d1d"))
                self.setItem(row, column, item)
        # As wide as the room allows, never narrower than the widest value: 24 hours fit
        # a laptop screen without scrolling, and scroll on a small one.
        widest = max(
            (self.fontMetrics().horizontalAdvance(t) for t in (*chart.labels, *shown_texts)),
            default=0,
        )
        header = self.horizontalHeader()
        header.setMinimumSectionSize(widest + 8)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows_height = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setMinimumHeight(min(rows_height + header.height() + 24, 420))


def _heat_text(value: float, suffix: str, display: Display) -> str:
    """A share as a whole percent with the chart's own sign (٪ in Persian), a count as is;
    nothing where there is nothing."""
    if not value:
        return ""
    if suffix:
        return display.digits(f"{value:.0f}") + suffix
    return display.n(round(value))

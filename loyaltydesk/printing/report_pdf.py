"""The owner's report on A4: title, headline tiles, then every section with its charts drawn as
vectors (reportlab.graphics) and its tables, which run on over as many pages as they need with
their header row repeated.

The report arrives laid out and translated (services.report_tables); this module only draws
it. Persian goes through printing.text like every other document: each line is shaped and put
in visual order on its own, and measured as drawn, so cutting with "…" and shrinking wide
tables work on what the page will really show. In Persian the page is mirrored: table columns
and chart categories run from the right, value axes stand on the right.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from loyaltydesk.i18n.digits import localize_digits
from loyaltydesk.i18n.numbers import PERSIAN_DECIMAL, PERSIAN_THOUSANDS
from loyaltydesk.printing.fonts import BOLD, REGULAR, register_fonts
from loyaltydesk.printing.layout import ACCENT, BLACK, GREY, Pen
from loyaltydesk.printing.paper import Paper
from loyaltydesk.printing.text import fit, visual, width, wrap
from loyaltydesk.services.report_tables import (
    Chart,
    ChartKind,
    Kind,
    LaidOutReport,
    Section,
    Tile,
)
from loyaltydesk.services.report_tables import Table as ReportTable

PAGE_W = Paper.A4.width_mm * mm
PAGE_H = (Paper.A4.height_mm or 0) * mm
MARGIN = 14 * mm  # nothing at all is drawn in this band round the page
FOOTER = 8 * mm  # the page number sits inside the margins, under the frame
FRAME_W = PAGE_W - 2 * MARGIN
FRAME_H = PAGE_H - 2 * MARGIN - FOOTER

GOOD = (0.09, 0.50, 0.22)
BAD = (0.78, 0.12, 0.12)
LIGHT = colors.Color(0.93, 0.96, 0.96)
RULE = colors.Color(0.75, 0.80, 0.80)
# Series colours that stay apart in grey too: the accent teal first, as on screen.
PALETTE = (
    colors.Color(*ACCENT),
    colors.Color(0.91, 0.55, 0.18),
    colors.Color(0.45, 0.55, 0.75),
    colors.Color(0.62, 0.30, 0.50),
    colors.Color(0.55, 0.62, 0.25),
)

TABLE_SIZE = 8.0
TABLE_MIN_SIZE = 6.0  # a wider table is cut with "…" rather than printed smaller than this
CELL_PAD = 3.0
TILE_COLUMNS = 3
TILE_H = 21 * mm
CHART_H = 62 * mm
AXIS_SIZE = 7.0
MIN_CELL_SIZE = 3.5
NUMERIC = {Kind.COUNT, Kind.RIALS, Kind.MONEY, Kind.PERCENT, Kind.NUMBER}


def render_report(report: LaidOutReport, fonts: Path) -> bytes:
    """The whole report as an A4 PDF; the same report gives the same bytes."""
    register_fonts(fonts)
    rtl = report.language == "fa"
    buffer = io.BytesIO()
    # No padding inside the frame: what is laid out FRAME_W wide must end at the margins.
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER,
        FRAME_W,
        FRAME_H,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        pageTemplates=[PageTemplate("report", [frame])],
        title=report.title,
        author="LoyaltyDesk",
        creator="LoyaltyDesk",
        invariant=1,  # no timestamp or random ids: the same report prints the same file
        pageCompression=1,
    )
    footer = partial(_footer, label=report.page_label, language=report.language, rtl=rtl)
    doc.build(_story(report, rtl), canvasmaker=partial(_NumberedCanvas, footer=footer))
    return buffer.getvalue()


# -- pages ------------------------------------------------------------------------------------


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the last is laid out, so each can say "2 of 7"."""

    def __init__(self, *args: Any, footer: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


def _footer(c: Canvas, page: int, pages: int, *, label: str, language: str, rtl: bool) -> None:
    text = label.format(page=_integer(page, language), pages=_integer(pages, language))
    c.saveState()
    Pen(c, rtl).line(
        text, MARGIN, PAGE_W - MARGIN, MARGIN + 1 * mm, size=8, align="center", color=GREY
    )
    c.restoreState()


def _story(report: LaidOutReport, rtl: bool) -> list[Flowable]:
    story: list[Flowable] = [
        _Line(report.title, 18, rtl, bold=True),
        _Line(report.subtitle, 10, rtl, color=GREY),
        Spacer(1, 4 * mm),
    ]
    for start in range(0, len(report.tiles), TILE_COLUMNS):
        story.append(_TileRow(report.tiles[start : start + TILE_COLUMNS], rtl))
        story.append(Spacer(1, 3 * mm))
    for section in report.sections:
        story.extend(_section(section, report.language, rtl))
    return story


def _section(section: Section, language: str, rtl: bool) -> list[Flowable]:
    # A title never ends a page on its own: it goes over with the chart under it, and a
    # table starts only where its title, header and a few rows fit. (Not KeepTogether round a
    # chart: a chain of keepWithNext stops at one.)
    parts: list[Flowable] = [CondPageBreak(45 * mm), Spacer(1, 4 * mm)]
    parts.append(_kept(_Line(section.title, 14, rtl, bold=True, color=ACCENT, rule=True)))
    parts.append(_kept(Spacer(1, 2 * mm)))
    for chart in section.charts:
        drawing = _chart(chart, language, rtl)
        if drawing is not None:
            parts.append(_kept(_Line(chart.title, 10, rtl, bold=True)))
            parts.append(drawing)
            parts.append(Spacer(1, 4 * mm))
    for table in section.tables:
        parts.extend(_table(table, rtl))
        parts.append(Spacer(1, 4 * mm))
    return parts


def _kept(flowable: Flowable) -> Flowable:
    """``flowable`` kept on the same page as the one after it."""
    flowable.keepWithNext = True
    return flowable


class _Line(Flowable):  # type: ignore[misc]
    """One line across the frame, cut with "…" if it is too long."""

    def __init__(
        self,
        text: str,
        size: float,
        rtl: bool,
        *,
        bold: bool = False,
        color: tuple[float, float, float] = BLACK,
        rule: bool = False,
    ) -> None:
        super().__init__()
        self.text, self.size, self.rtl = text, size, rtl
        self.bold, self.color, self.rule = bold, color, rule

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.size * 1.5 + (2 if self.rule else 0)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        baseline = self.size * 0.45 + (2 if self.rule else 0)
        Pen(c, self.rtl).line(
            self.text, 0, self.width, baseline, size=self.size, bold=self.bold, color=self.color
        )
        if self.rule:
            c.setStrokeColor(RULE)
            c.setLineWidth(0.6)
            c.line(0, 0.3, self.width, 0.3)


# -- headline tiles ---------------------------------------------------------------------------


class _TileRow(Flowable):  # type: ignore[misc]
    """A row of boxes, the first from the reading side: title, value, change coloured by
    whether it is good news. The arrows are drawn (Vazirmatn has no ▲ ▼)."""

    GAP = 3 * mm

    def __init__(self, tiles: Sequence[Tile], rtl: bool) -> None:
        super().__init__()
        self.tiles, self.rtl = tiles, rtl

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = TILE_H
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        pen = Pen(c, self.rtl)
        box = (self.width - (TILE_COLUMNS - 1) * self.GAP) / TILE_COLUMNS
        for i, tile in enumerate(self.tiles):
            slot = TILE_COLUMNS - 1 - i if self.rtl else i
            left = slot * (box + self.GAP)
            right = left + box
            c.saveState()
            c.setStrokeColor(RULE)
            c.setFillColor(LIGHT)
            c.setLineWidth(0.7)
            c.roundRect(left, 0, box, TILE_H, 2 * mm, stroke=1, fill=1)
            c.restoreState()
            inner_left, inner_right = left + 3 * mm, right - 3 * mm
            pen.line(tile.title, inner_left, inner_right, TILE_H - 6 * mm, size=8, color=GREY)
            pen.line(
                tile.value,
                inner_left,
                inner_right,
                TILE_H - 13 * mm,
                size=15,
                bold=True,
                shrink_to=9,
            )
            self._change(pen, tile, inner_left, inner_right, 3.5 * mm)

    def _change(self, pen: Pen, tile: Tile, left: float, right: float, y: float) -> None:
        text = tile.change.strip()
        if not text:
            return
        color = GOOD if tile.mood > 0 else BAD if tile.mood < 0 else GREY
        arrow = text[0] if text[0] in "▲▼" else ""
        text = text[len(arrow) :].strip()
        size = 8.5
        if arrow:
            side = size * 0.75
            c = pen.canvas
            x = right - side if self.rtl else left
            up = arrow == "▲"
            base, tip = (y, y + side * 0.85) if up else (y + side * 0.85, y)
            c.saveState()
            c.setFillColorRGB(*color)
            path = c.beginPath()
            path.moveTo(x, base)
            path.lineTo(x + side, base)
            path.lineTo(x + side / 2, tip)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
            c.restoreState()
            if self.rtl:
                right -= side + 1.5 * mm
            else:
                left += side + 1.5 * mm
        pen.line(text, left, right, y, size=size, bold=True, color=color)


# -- tables -----------------------------------------------------------------------------------


def _table(table: ReportTable, rtl: bool) -> list[Flowable]:
    # Room for the title, the header and a few rows, or the table starts on the next page.
    parts: list[Flowable] = [CondPageBreak(30 * mm)]
    if table.title:
        parts.append(_Line(table.title, 10, rtl, bold=True))
    if table.note:
        parts.append(_Line(table.note, 8, rtl, color=GREY))
    if not table.columns:
        return parts
    size, widths = _column_widths(table)
    order = list(range(len(table.columns)))
    if rtl:
        order.reverse()  # the first column on the right, where a Persian reader starts
    header = []
    for i in order:
        lines = wrap(table.columns[i].title, BOLD, size, widths[i] - 2 * CELL_PAD, rtl)
        header.append("\n".join(_fitted(line, BOLD, size, widths[i], rtl) for line in lines))
    rows: list[list[str]] = [header]
    for row in table.rows:
        rows.append(
            [
                _fitted(row[i].shown if i < len(row) else "", REGULAR, size, widths[i], rtl)
                for i in order
            ]
        )
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, size, size * 1.25),
        ("FONT", (0, 0), (-1, 0), BOLD, size, size * 1.25),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, colors.Color(*ACCENT)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if len(rows) > 2:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]))
    for position, i in enumerate(order):
        numeric = table.columns[i].kind in NUMERIC
        # Text starts on the reading side, figures line up on the other, as in a spreadsheet.
        align = "LEFT" if numeric == rtl else "RIGHT"
        style.append(("ALIGN", (position, 0), (position, -1), align))
    drawn = Table(rows, colWidths=[widths[i] for i in order], repeatRows=1, style=TableStyle(style))
    drawn.hAlign = "RIGHT" if rtl else "LEFT"
    parts.append(drawn)
    return parts


def _column_widths(table: ReportTable) -> tuple[float, list[float]]:
    """The font size and column widths that fill the frame: a table too wide is printed
    smaller down to TABLE_MIN_SIZE, then its widest columns are narrowed until it fits (their
    text is cut with "…"). A header may take two lines rather than widen its column."""
    size = TABLE_SIZE
    natural = _natural_widths(table, size)
    padding = 2 * CELL_PAD * len(natural)
    if sum(natural) > FRAME_W:
        scale = (FRAME_W - padding) / max(1.0, sum(natural) - padding)
        size = max(TABLE_MIN_SIZE, math.floor(TABLE_SIZE * scale * 2) / 2)
        natural = _natural_widths(table, size)
    total = sum(natural)
    if total <= FRAME_W:
        return size, [w * FRAME_W / total for w in natural]
    # The widest columns give way first: every column wider than the cap is cut to it.
    cap = FRAME_W / len(natural)
    for w in sorted(natural):
        others = [min(x, w) for x in natural]
        if sum(others) > FRAME_W:
            break
        cap = w
    narrower = [x for x in natural if x <= cap]
    wider = len(natural) - len(narrower)
    if wider:
        cap = (FRAME_W - sum(narrower)) / wider
    return size, [min(x, cap) for x in natural]


def _natural_widths(table: ReportTable, size: float) -> list[float]:
    rtl = False  # widths do not depend on the direction of the line
    widths = []
    for i, column in enumerate(table.columns):
        cells = max(
            (width(row[i].shown, REGULAR, size, rtl) for row in table.rows if i < len(row)),
            default=0.0,
        )
        words = max((width(w, BOLD, size, rtl) for w in column.title.split()), default=0.0)
        header = min(width(column.title, BOLD, size, rtl), max(cells, words, size * 6))
        widths.append(max(cells, header) + 2 * CELL_PAD + 1)
    return widths


def _fitted(text: str, font: str, size: float, column: float, rtl: bool) -> str:
    """``text`` cut to the column, in the order it is drawn."""
    return visual(fit(text, font, size, column - 2 * CELL_PAD, rtl), rtl)


# -- charts -----------------------------------------------------------------------------------


def _chart(chart: Chart, language: str, rtl: bool) -> Drawing | None:
    if chart.kind is ChartKind.LINE:
        # A line through no point at all (a month-by-month score in a period nobody scored)
        # has nothing to draw, and reportlab refuses to: such a series is left out.
        kept = tuple(s for s in chart.series if any(not math.isnan(v) for v in s.values))
        chart = replace(chart, series=kept)
    if not chart.labels or not chart.series:
        return None
    if chart.kind is ChartKind.HEATMAP:
        return _heatmap(chart, language, rtl)
    return _bars_or_line(chart, language, rtl)


def _bars_or_line(chart: Chart, language: str, rtl: bool) -> Drawing:
    labels = list(chart.labels)
    # A short series is drawn as zeros at its end rather than shifting the categories.
    data = [_padded(s.values, len(labels)) for s in chart.series]
    if rtl:  # the first category on the right
        labels.reverse()
        data = [values[::-1] for values in data]
    legend_h = 12.0 if len(chart.series) > 1 else 0.0
    drawing = Drawing(FRAME_W, CHART_H)
    values = [v for values in data for v in values if not math.isnan(v)]
    low, high, step = _value_range(values)
    if chart.value_range is not None:  # a score: 0 to 5 whatever was given
        low, high = chart.value_range
        step = _value_range([low, high])[2]
    decimals = f"{step:g}".partition(".")[2]
    label = partial(
        _axis_text, language=language, suffix=chart.value_suffix, rtl=rtl, places=len(decimals)
    )
    ticks = [low + i * step for i in range(round((high - low) / step) + 1)]
    axis_w = max(width(label(v), REGULAR, AXIS_SIZE, False) for v in ticks) + 12
    plot_h = CHART_H - legend_h - 22
    plot_w = FRAME_W - axis_w - 6
    plotted: Any = VerticalBarChart() if chart.kind is ChartKind.BARS else HorizontalLineChart()
    plotted.x = 4 if rtl else axis_w
    plotted.y = 16
    plotted.width, plotted.height = plot_w, plot_h
    # A line leaves out a point with nothing to say (a month nobody scored) instead of
    # dropping to nothing; a bar of it is simply not drawn.
    missing = 0.0 if chart.kind is ChartKind.BARS else None
    plotted.data = [[missing if math.isnan(v) else v for v in values] for values in data]
    value_axis = plotted.valueAxis
    value_axis.valueMin, value_axis.valueMax, value_axis.valueStep = low, high, step
    value_axis.labelTextFormat = label
    value_axis.labels.fontName = REGULAR
    value_axis.labels.fontSize = AXIS_SIZE
    value_axis.strokeColor = GREY_COLOR
    value_axis.visibleGrid = True
    value_axis.gridStrokeColor = RULE
    value_axis.gridStrokeWidth = 0.3
    if rtl:
        value_axis.joinAxis = plotted.categoryAxis
        value_axis.joinAxisMode = "right"
        value_axis.labels.boxAnchor = "w"
        value_axis.labels.dx = 5
        value_axis.tickLeft, value_axis.tickRight = 0, 4
    category_axis = plotted.categoryAxis
    category_axis.categoryNames = _category_labels(labels, plot_w, rtl)
    category_axis.labels.fontName = REGULAR
    category_axis.labels.fontSize = AXIS_SIZE
    category_axis.labels.dy = -3
    category_axis.strokeColor = GREY_COLOR
    category_axis.tickDown = 2
    for i in range(len(data)):
        colour = PALETTE[i % len(PALETTE)]
        if chart.kind is ChartKind.BARS:
            plotted.bars[i].fillColor = colour
            plotted.bars[i].strokeColor = None
        else:
            plotted.lines[i].strokeColor = colour
            plotted.lines[i].strokeWidth = 1.6
            plotted.lines[i].symbol = makeMarker("FilledCircle", size=3, fillColor=colour)
    if chart.kind is ChartKind.BARS:
        groups = len(labels)
        plotted.groupSpacing = max(1.0, plot_w / groups * 0.25)
        plotted.barSpacing = 0.5
    else:
        category_axis.labelAxisMode = "low"
    drawing.add(plotted)
    if legend_h:
        _legend(drawing, [s.name for s in chart.series], rtl)
    return drawing


GREY_COLOR = colors.Color(*GREY)


def _category_labels(labels: Sequence[str], plot_w: float, rtl: bool) -> list[str]:
    """Labels that never overlap: every label when there is room, otherwise every second
    (third…) one with room for it, each cut with "…" to the room it has."""
    slot = plot_w / len(labels)
    longest = max(width(text, REGULAR, AXIS_SIZE, rtl) for text in labels)
    step = 1
    while step < len(labels) and longest > slot * step - 3 and slot * step < 40:
        step += 1
    # In Persian the first category is the rightmost: count the steps from there.
    anchor = len(labels) - 1 if rtl else 0
    shown = []
    for i, text in enumerate(labels):
        if abs(i - anchor) % step:
            shown.append("")
        else:
            shown.append(visual(fit(text, REGULAR, AXIS_SIZE, slot * step - 3, rtl), rtl))
    return shown


def _legend(drawing: Drawing, names: Sequence[str], rtl: bool) -> None:
    """Swatch and name of each series along the top, from the reading side."""
    y = CHART_H - 8
    room = FRAME_W / len(names)
    for i, name in enumerate(names):
        colour = PALETTE[i % len(PALETTE)]
        text = fit(name, REGULAR, AXIS_SIZE + 0.5, room - 18, rtl)
        if rtl:
            right = FRAME_W - i * room
            drawing.add(Rect(right - 8, y, 8, 6, fillColor=colour, strokeColor=None))
            drawing.add(
                String(
                    right - 11,
                    y + 0.5,
                    visual(text, rtl),
                    fontName=REGULAR,
                    fontSize=AXIS_SIZE + 0.5,
                    textAnchor="end",
                )
            )
        else:
            left = i * room
            drawing.add(Rect(left, y, 8, 6, fillColor=colour, strokeColor=None))
            drawing.add(
                String(left + 11, y + 0.5, text, fontName=REGULAR, fontSize=AXIS_SIZE + 0.5)
            )


def _heatmap(chart: Chart, language: str, rtl: bool) -> Drawing:
    """Rows × columns of shaded cells with the value inside, darker for more; row names on
    the reading side, column labels on top. A cell without a figure (a cohort's months still
    to come: the layout sends -1, or NaN) is left blank."""
    columns = list(chart.labels)
    rows = [(s.name, _padded(s.values, len(columns), math.nan)) for s in chart.series]
    if rtl:
        columns.reverse()
        rows = [(name, values[::-1]) for name, values in rows]
    head_h = 12.0
    name_w = min(FRAME_W * 0.3, max(width(name, REGULAR, AXIS_SIZE, rtl) for name, _ in rows) + 6)
    cell_w = (FRAME_W - name_w) / len(columns)
    cell_h = min(6 * mm, (FRAME_H - 40 - head_h) / len(rows))
    height = head_h + cell_h * len(rows)
    drawing = Drawing(FRAME_W, height)
    grid_left = 0.0 if rtl else name_w
    values = [v for _, vs in rows for v in vs if not math.isnan(v) and v >= 0]
    top_value = max([0.0, *values]) or 1.0
    for c, text in enumerate(_category_labels(columns, FRAME_W - name_w, rtl)):
        if text:
            drawing.add(
                String(
                    grid_left + (c + 0.5) * cell_w,
                    height - head_h + 3,
                    text,
                    fontName=REGULAR,
                    fontSize=AXIS_SIZE,
                    textAnchor="middle",
                )
            )
    for r, (name, row) in enumerate(rows):
        y = height - head_h - (r + 1) * cell_h
        label = visual(fit(name, REGULAR, AXIS_SIZE, name_w - 6, rtl), rtl)
        label_x = FRAME_W - 3 if rtl else name_w - 3
        drawing.add(
            String(
                label_x,
                y + cell_h / 2 - AXIS_SIZE * 0.35,
                label,
                fontName=REGULAR,
                fontSize=AXIS_SIZE,
                textAnchor="end",
            )
        )
        for c, value in enumerate(row):
            x = grid_left + c * cell_w
            empty = math.isnan(value) or value < 0
            shade = 0.0 if empty else min(1.0, value / top_value)
            fill = _shade(shade)
            drawing.add(
                Rect(
                    x, y, cell_w, cell_h, fillColor=fill, strokeColor=colors.white, strokeWidth=0.6
                )
            )
            if empty:
                continue
            text = _axis_text(value, language=language, suffix=chart.value_suffix, rtl=rtl)
            size = min(6.5, cell_h * 0.5)
            while size > MIN_CELL_SIZE and width(text, REGULAR, size, False) > cell_w - 2:
                size -= 0.25
            # Too small to read is left out: the shade and the table still tell the figure.
            if size >= MIN_CELL_SIZE and width(text, REGULAR, size, False) <= cell_w - 2:
                drawing.add(
                    String(
                        x + cell_w / 2,
                        y + cell_h / 2 - size * 0.35,
                        text,
                        fontName=REGULAR,
                        fontSize=size,
                        fillColor=colors.white if shade > 0.55 else colors.black,
                        textAnchor="middle",
                    )
                )
    return drawing


def _value_range(values: Sequence[float]) -> tuple[float, float, float]:
    """The value axis: from zero (or below it) to a round number, in 3 to 6 round steps —
    known here, so the room for the axis labels is measured on the labels that are drawn.
    Whole numbers (counts) never get steps of a half."""
    low, high = min([0.0, *values]), max([0.0, *values])
    span = high - low or 1.0
    whole = all(float(v).is_integer() for v in values)
    step = 1.0
    for power in range(math.floor(math.log10(span / 6)), math.floor(math.log10(span)) + 2):
        for base in (1.0, 2.0, 2.5, 5.0):
            candidate = base * 10.0**power
            if whole and candidate < 1:
                continue
            if span / candidate <= 6:
                step = candidate
                break
        else:
            continue
        break
    return math.floor(low / step) * step, math.ceil(high / step) * step or step, step


def _padded(values: Sequence[float], length: int, filler: float = 0.0) -> list[float]:
    return [*values[:length], *[filler] * (length - len(values))]


def _shade(share: float) -> colors.Color:
    """White for nothing, the accent teal for the most."""
    return colors.Color(*(1 - share * (1 - channel) for channel in ACCENT))


# -- numbers ----------------------------------------------------------------------------------


def _integer(value: int, language: str) -> str:
    return localize_digits(str(value), language)


def _axis_text(value: float, *, language: str, suffix: str, rtl: bool, places: int = 1) -> str:
    """A figure on an axis or in a heatmap cell: whole numbers grouped, fractions to
    ``places``, in the report's digits; in visual order."""
    whole = abs(value - round(value)) < 1e-9
    text = f"{round(value):,}" if whole else f"{value:,.{places}f}"
    if language == "fa":
        text = text.replace(",", PERSIAN_THOUSANDS).replace(".", PERSIAN_DECIMAL)
        text = text.replace("-", "\u2212")
    return visual(localize_digits(text, language) + suffix, rtl)

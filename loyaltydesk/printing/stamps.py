"""The stamp card on a printed note: a row of drawn circles (a font may lack ● and ○, a
thermal printer certainly does), filled for the stamps the member has — from the right on
Persian paper, as it is read."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from loyaltydesk.printing.layout import Flow, Pen

MAX_PRINTED_CIRCLES = 20
LARGEST = 5 * mm
GAP_SHARE = 0.35  # the gap between circles, as a share of a circle


def circle_centres(
    total: int, left: float, right: float, rtl: bool, diameter: float
) -> list[float]:
    """The x of each circle, the first stamp's first: from the reading side."""
    step = diameter * (1 + GAP_SHARE)
    start = right - diameter / 2 if rtl else left + diameter / 2
    return [start - i * step if rtl else start + i * step for i in range(total)]


def add_stamp_row(flow: Flow, filled: int, total: int) -> None:
    """``total`` circles in a row, the first ``filled`` of them filled."""
    total = max(0, min(total, MAX_PRINTED_CIRCLES))
    if total == 0:
        return
    filled = max(0, min(filled, total))
    diameter = min(LARGEST * flow.scale, flow.text_width / (total * (1 + GAP_SHARE)))

    def draw(c: Canvas, pen: Pen, left: float, right: float, top: float) -> None:
        y = top - 1 * mm - diameter / 2
        c.saveState()
        c.setLineWidth(0.8)
        for i, x in enumerate(circle_centres(total, left, right, flow.rtl, diameter)):
            c.circle(x, y, diameter / 2 - 0.4, stroke=1, fill=1 if i < filled else 0)
        c.restoreState()

    flow.blocks.append((diameter + 2.5 * mm, draw))

"""Drawing helpers shared by every document: text that knows its reading direction, and a
top-to-bottom flow of blocks for notes, slips and coupons, whose height a receipt roll takes
from its content."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from loyaltydesk.printing.codes import draw_code128, draw_qr
from loyaltydesk.printing.fonts import BOLD, REGULAR
from loyaltydesk.printing.text import fit, visual, width, wrap

BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
ACCENT = (0.06, 0.32, 0.34)  # the deep teal of the window's accents


@dataclass(frozen=True, slots=True)
class Pen:
    """Writes single lines aligned to the start or end of the reading direction."""

    canvas: Canvas
    rtl: bool

    def line(
        self,
        text: str,
        left: float,
        right: float,
        y: float,
        *,
        size: float,
        bold: bool = False,
        align: str = "start",
        color: tuple[float, float, float] = BLACK,
        shrink_to: float | None = None,
    ) -> None:
        """Draw ``text`` between ``left`` and ``right`` on baseline ``y``; a line too wide is
        made smaller (down to ``shrink_to`` points) and then shortened with an ellipsis."""
        font = BOLD if bold else REGULAR
        room = right - left
        if shrink_to is not None:
            while size > shrink_to and width(text, font, size, self.rtl) > room:
                size -= 0.5
        text = fit(text, font, size, room, self.rtl)
        glyphs = visual(text, self.rtl)
        drawn = width(text, font, size, self.rtl)
        if align == "center":
            x = left + (room - drawn) / 2
        elif (align == "start") != self.rtl:
            x = left
        else:
            x = right - drawn
        self.canvas.setFillColorRGB(*color)
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, y, glyphs)


def draw_logo(canvas: Canvas, logo: Path | None, x: float, y: float, w: float, h: float) -> bool:
    """The shop's logo fitted in the box; False (nothing drawn) when it cannot be read."""
    if logo is None:
        return False
    try:
        image = ImageReader(str(logo))
        canvas.drawImage(image, x, y, w, h, preserveAspectRatio=True, anchor="c", mask="auto")
    except (OSError, ValueError):
        return False
    return True


Draw = Callable[[Canvas, Pen, float, float, float], None]


@dataclass
class Flow:
    """Blocks stacked from the top; each knows its height for a given width."""

    rtl: bool
    text_width: float
    dot: float | None = None
    scale: float = 1.0
    blocks: list[tuple[float, Draw]] = field(default_factory=list)

    @property
    def height(self) -> float:
        return sum(h for h, _ in self.blocks)

    def space(self, millimetres: float) -> None:
        self.blocks.append((millimetres * mm, lambda *_: None))

    def text(
        self,
        text: str,
        *,
        size: float,
        bold: bool = False,
        align: str = "start",
        color: tuple[float, float, float] = BLACK,
    ) -> None:
        size *= self.scale
        font = BOLD if bold else REGULAR
        for line in wrap(text, font, size, self.text_width, self.rtl):

            def draw(
                c: Canvas, pen: Pen, left: float, right: float, top: float, line: str = line
            ) -> None:
                pen.line(
                    line,
                    left,
                    right,
                    top - size * 1.1,
                    size=size,
                    bold=bold,
                    align=align,
                    color=color,
                )

            self.blocks.append((size * 1.45, draw))

    def pair(self, label: str, value: str, *, size: float, bold: bool = False) -> None:
        """A label at the start of the line and its value at the end, as on a receipt."""
        size *= self.scale

        def draw(c: Canvas, pen: Pen, left: float, right: float, top: float) -> None:
            baseline = top - size * 1.1
            font = BOLD if bold else REGULAR
            value_width = width(value, font, size, self.rtl)
            pen.line(value, left, right, baseline, size=size, bold=bold, align="end")
            if self.rtl:
                pen.line(label, left + value_width + 3 * mm, right, baseline, size=size)
            else:
                pen.line(label, left, right - value_width - 3 * mm, baseline, size=size)

        self.blocks.append((size * 1.45, draw))

    def rule(self) -> None:
        def draw(c: Canvas, pen: Pen, left: float, right: float, top: float) -> None:
            c.saveState()
            c.setLineWidth(0.6)
            c.setDash(2, 2)
            c.line(left, top - 1.5 * mm, right, top - 1.5 * mm)
            c.restoreState()

        self.blocks.append((3 * mm, draw))

    def progress(self, done: int, goal: int) -> None:
        """A bar filled ``done`` of ``goal``: how close the next reward is."""
        height = 3.2 * mm * self.scale

        def draw(c: Canvas, pen: Pen, left: float, right: float, top: float) -> None:
            share = max(0.0, min(1.0, done / goal)) if goal > 0 else 1.0
            bottom = top - height - 1 * mm
            c.saveState()
            c.setLineWidth(0.8)
            c.roundRect(left, bottom, right - left, height, height / 2, stroke=1, fill=0)
            filled = (right - left) * share
            if filled > 0:
                start = right - filled if self.rtl else left
                c.roundRect(start, bottom, filled, height, height / 2, stroke=0, fill=1)
            c.restoreState()

        self.blocks.append((height + 2 * mm, draw))

    def codes(self, data: str, caption: str, *, qr_mm: float, bar_mm: float) -> None:
        """A QR code and a Code128 barcode of ``data``, centred, with the digits under them."""
        qr = qr_mm * mm
        bar = bar_mm * mm
        dot = self.dot * mm if self.dot else None
        caption_size = 9 * self.scale

        def draw(c: Canvas, pen: Pen, left: float, right: float, top: float) -> None:
            middle = (left + right) / 2
            draw_qr(c, data, middle - qr / 2, top - qr, qr, dot)
            bar_top = top - qr - 2 * mm
            draw_code128(c, data, left, bar_top - bar, right - left, bar, dot)
            pen.line(
                caption,
                left,
                right,
                bar_top - bar - caption_size * 1.2,
                size=caption_size,
                align="center",
            )

        self.blocks.append((qr + 2 * mm + bar + caption_size * 1.6, draw))

    def logo(self, logo: Path | None, height_mm: float) -> None:
        if logo is None:
            return
        h = height_mm * mm

        def draw(c: Canvas, pen: Pen, left: float, right: float, top: float) -> None:
            draw_logo(c, logo, left, top - h, right - left, h)

        self.blocks.append((h + 1.5 * mm, draw))

    def render(self, canvas: Canvas, left: float, right: float, top: float) -> None:
        pen = Pen(canvas, self.rtl)
        y = top
        for height, draw in self.blocks:
            draw(canvas, pen, left, right, y)
            y -= height

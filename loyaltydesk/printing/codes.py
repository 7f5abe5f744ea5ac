"""QR codes (qrcode) and Code128 barcodes (reportlab) drawn as vector shapes, so they stay
sharp at any printer resolution. Both encode the digits exactly as a scanner types them.

Not python-barcode's Code128: version 0.16 drops a leading "99" pair (it encodes
"99658286653981" as Start C, 65, 82, … with no 99), so a coupon code starting with 99 would
scan as a different number. reportlab's encoder is right and is checked by decoding."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

QR_QUIET_MODULES = 2
BARCODE_QUIET_MODULES = 10


@lru_cache(maxsize=256)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


@lru_cache(maxsize=1024)
def code128_modules(data: str) -> int:
    """How many modules wide the bars of ``data`` are (no quiet zones)."""
    width: float = Code128(data, barWidth=1, quiet=0, humanReadable=0).width
    return round(width)


def _runs(cells: tuple[bool, ...]) -> list[tuple[int, int]]:
    """(start, length) of each run of black cells."""
    runs = []
    start = -1
    for i, black in enumerate(cells):
        if black and start < 0:
            start = i
        elif not black and start >= 0:
            runs.append((start, i - start))
            start = -1
    if start >= 0:
        runs.append((start, len(cells) - start))
    return runs


def _snap(module: float, dot: float | None) -> float:
    """A module a whole number of printer dots wide, where the printer's dot is known."""
    if dot is None:
        return module
    return max(dot, (module // dot) * dot)


def draw_qr(
    canvas: Canvas, data: str, x: float, y: float, size: float, dot: float | None = None
) -> None:
    """The QR code of ``data`` centred in the square (x, y, size), quiet zone included."""
    matrix = qr_matrix(data)
    count = len(matrix)
    module = _snap(size / (count + 2 * QR_QUIET_MODULES), dot)
    left = x + (size - count * module) / 2
    top = y + (size + count * module) / 2
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        row_y = top - (row_index + 1) * module
        for start, length in _runs(row):
            path.rect(left + start * module, row_y, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_code128(
    canvas: Canvas,
    data: str,
    x: float,
    y: float,
    width: float,
    height: float,
    dot: float | None = None,
) -> float:
    """The Code128 barcode of ``data`` centred in the box, quiet zones included; returns the
    width the bars take."""
    modules = code128_modules(data)
    module = _snap(width / (modules + 2 * BARCODE_QUIET_MODULES), dot)
    left = x + (width - modules * module) / 2
    bars = Code128(data, barWidth=module, barHeight=height, quiet=0, humanReadable=0)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    bars.drawOn(canvas, left, y)
    canvas.restoreState()
    return float(modules * module)

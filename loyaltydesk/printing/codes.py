"""QR codes (qrcode) and Code128 barcodes (python-barcode) drawn as vector rectangles, so
they stay sharp at any printer resolution. Both encode the digits exactly as a scanner
types them."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from barcode import Code128
from reportlab.pdfgen.canvas import Canvas

QR_QUIET_MODULES = 2
BARCODE_QUIET_MODULES = 10


@lru_cache(maxsize=256)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


@lru_cache(maxsize=256)
def code128_modules(data: str) -> str:
    """The bar pattern, one character per module ('1' black)."""
    return "".join(Code128(data).build())


def _runs(cells: str | tuple[bool, ...]) -> list[tuple[int, int]]:
    """(start, length) of each run of black cells."""
    runs = []
    start = -1
    for i, cell in enumerate(cells):
        black = cell == "1" if isinstance(cell, str) else cell
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
    module = _snap(width / (len(modules) + 2 * BARCODE_QUIET_MODULES), dot)
    left = x + (width - len(modules) * module) / 2
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for start, length in _runs(modules):
        path.rect(left + start * module, y, length * module, height)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return len(modules) * module

"""The operating system's print queues, through Qt's printing. Pages are drawn from the
PDF's own rendering, so paper shows what the preview and a saved PDF show."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from loyaltydesk.devices.raster import page_count, render_page
from loyaltydesk.domain.errors import DeviceError, InvalidInput
from loyaltydesk.printing.paper import Document, PrintCancelled

# Enough for sharp text and codes; printers that offer more gain nothing visible and the
# job grows with the square of it.
MAX_DPI = 300

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def qimage_of(image: Image.Image) -> QImage:
    """A rendered page as a QImage that owns its pixels (the PIL bytes may go away)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def default_printer_name() -> str | None:
    name = QPrinterInfo.defaultPrinterName()
    return name or None


def _printer(name: str | None, pdf_file: Path | None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if pdf_file is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_file))
        return printer
    wanted = name or default_printer_name()
    if wanted is None:
        raise DeviceError("printer.none")
    known = printer_names()
    if wanted not in known:
        if not known:
            raise InvalidInput("printer.unknown_none_here", printer=wanted)
        raise InvalidInput("printer.unknown", printer=wanted, known=", ".join(known))
    printer.setPrinterName(wanted)
    return printer


def print_document(
    document: Document,
    printer_name: str | None = None,
    *,
    copies: int = 1,
    pdf_file: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Send ``document`` to a print queue (the default one when no name is given).

    ``pdf_file`` prints through Qt into a PDF instead: the same path a queue takes, which
    the tests use where no printer exists.
    """
    if not 1 <= copies <= 99:
        raise InvalidInput("printer.bad_copies", limit=99)
    printer = _printer(printer_name, pdf_file)
    printer.setDocName(document.title)
    printer.setCopyCount(copies)
    size = QPageSize(
        QSizeF(document.width_mm, document.height_mm), QPageSize.Unit.Millimeter, document.title
    )
    layout = QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )
    printer.setPageLayout(layout)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise DeviceError("printer.failed", printer=printer.printerName() or str(pdf_file))
    try:
        pages = page_count(document.pdf)
        for index in range(pages):
            if cancelled is not None and cancelled():
                printer.abort()
                raise PrintCancelled
            if index:
                printer.newPage()
            qimage = qimage_of(render_page(document.pdf, index, dpi))
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            painter.drawImage(target, qimage)
            if progress is not None:
                progress(index + 1, pages)
    finally:
        painter.end()

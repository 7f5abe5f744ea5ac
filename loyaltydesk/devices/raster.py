"""Our PDFs as pixels (pypdfium2), for the preview, the system print queue and thermal
printers, so every destination shows exactly the document that a saved PDF holds."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pypdfium2 as pdfium
from PIL import Image

# PDFium is not thread-safe; the preview (GUI thread) and a print job (worker) may overlap.
_PDFIUM = threading.Lock()
POINTS_PER_INCH = 72


def page_count(pdf: bytes) -> int:
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def render_page(pdf: bytes, index: int, dpi: float) -> Image.Image:
    """Page ``index`` on white at ``dpi``, as an RGB image."""
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH)
            image: Image.Image = bitmap.to_pil().convert("RGB")
            page.close()
            return image
        finally:
            document.close()


def render_pages(pdf: bytes, dpi: float) -> Iterator[Image.Image]:
    for index in range(page_count(pdf)):
        yield render_page(pdf, index, dpi)


def to_width(image: Image.Image, dots: int) -> Image.Image:
    """The page scaled to exactly ``dots`` wide and made black-and-white for a thermal head:
    a hard threshold, not dithering, so text edges and barcode bars stay clean."""
    if image.width != dots:
        height = round(image.height * dots / image.width)
        image = image.resize((dots, height), Image.Resampling.LANCZOS)
    return image.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")

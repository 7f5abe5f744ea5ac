"""Vazirmatn in reportlab: Persian and Latin letters and both kinds of digits in one family,
so a Latin name inside a Persian note needs no font switch."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "Vazirmatn"
BOLD = "Vazirmatn-Bold"


def register_fonts(folder: Path) -> None:
    """Register the bundled fonts once per process (later calls are free)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((REGULAR, "Vazirmatn-Regular.ttf"), (BOLD, "Vazirmatn-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))

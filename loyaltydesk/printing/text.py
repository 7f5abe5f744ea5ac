"""Persian on paper: reportlab draws glyphs in the order it is given them and does not join
Arabic-script letters, so each line is shaped (arabic-reshaper) and put in visual order
(python-bidi) before it is drawn. Paragraphs are wrapped in logical order first, then every
line is reordered on its own (reordering a whole paragraph would scramble its lines)."""

from __future__ import annotations

import re
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Direction marks and isolates steer the reordering; fonts have no glyphs for them, nor for
# the zero-width non-joiner once the letters around it have their final forms.
_INVISIBLE = re.compile("[\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@lru_cache(maxsize=4096)
def visual(text: str, rtl: bool) -> str:
    """``text`` (one line, logical order) as glyphs to draw left to right."""
    if not rtl and not _ARABIC_SCRIPT.search(text):
        return _INVISIBLE.sub("", text)
    shaped = arabic_reshaper.reshape(text)
    return _INVISIBLE.sub("", get_display(shaped, base_dir="R" if rtl else "L"))


def width(text: str, font: str, size: float, rtl: bool) -> float:
    """Width in points of ``text`` as drawn."""
    return float(stringWidth(visual(text, rtl), font, size))


def wrap(text: str, font: str, size: float, max_width: float, rtl: bool) -> list[str]:
    """Lines (logical order) no wider than ``max_width``; a word too long is cut."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if width(candidate, font, size, rtl) <= max_width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while width(line, font, size, rtl) > max_width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and width(line[:cut], font, size, rtl) > max_width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


def fit(text: str, font: str, size: float, max_width: float, rtl: bool) -> str:
    """``text`` shortened with an ellipsis until it fits ``max_width``."""
    if width(text, font, size, rtl) <= max_width:
        return text
    cut = len(text)
    while cut > 1 and width(text[:cut] + "…", font, size, rtl) > max_width:
        cut -= 1
    return text[:cut].rstrip() + "…"

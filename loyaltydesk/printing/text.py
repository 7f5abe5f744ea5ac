"""Persian on paper: reportlab draws glyphs in the order it is given them and does not join
Arabic-script letters, so each line is shaped (arabic-reshaper) and put in visual order
(python-bidi) before it is drawn. Paragraphs are wrapped in logical order first, then every
line is reordered on its own (reordering a whole paragraph would scramble its lines)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED
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
    base = "R" if rtl else "L"
    return _INVISIBLE.sub("", _mirrored(shaped, base, get_display(shaped, base_dir=base)))


_LEVEL = re.compile(r"Level\(\s*(\d+)")
_TRAILING = {"WS", "LRI", "RLI", "FSI", "PDI", "LRE", "RLE", "LRO", "RLO", "PDF", "BN"}


def _mirrored(text: str, base: str, drawn: str) -> str:
    """``drawn`` (python-bidi's visual order) with brackets in right-to-left runs mirrored.

    python-bidi 0.6 (the Rust one) reorders a line but leaves out rule L4, so "(میلیون)"
    came out as ")میلیون(" on paper; its pure-Python algorithm mirrors but knows no isolates,
    which the digits of card numbers are wrapped in. So the levels come from the Rust
    algorithm (its debug report: one level per UTF-8 byte), the line is reordered here by
    rule L2 and checked against python-bidi's own order before anything is mirrored; where
    they differ, or the report cannot be read, the line stays as python-bidi drew it."""
    if not any(ch in MIRRORED for ch in text):
        return drawn
    report = str(get_display(text, base_dir=base, debug=True))
    byte_levels = [int(level) for level in _LEVEL.findall(report.partition("paragraphs:")[0])]
    levels: list[int] = []
    offset = 0
    for ch in text:
        if offset >= len(byte_levels):
            return drawn
        levels.append(byte_levels[offset])
        offset += len(ch.encode())
    if offset != len(byte_levels):
        return drawn
    # Rule L1: whitespace at the end of the line takes the paragraph's level.
    paragraph = 1 if base == "R" else 0
    for i in range(len(text) - 1, -1, -1):
        if unicodedata.bidirectional(text[i]) not in _TRAILING:
            break
        levels[i] = paragraph
    # Rule L2: from the highest level down to the lowest odd one, reverse every run at or
    # above it.
    order = list(range(len(text)))
    lowest_odd = min((level for level in levels if level % 2), default=None)
    if lowest_odd is None:
        return drawn
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    if "".join(text[i] for i in order) != drawn:
        return drawn
    return "".join(MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i] for i in order)


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

"""Paper the shop prints on, and the document a printer or a PDF file receives."""

from __future__ import annotations

import enum
from dataclasses import dataclass

THERMAL_DPI = 203  # what 58 and 80 mm receipt printers print: 8 dots per millimetre


class Paper(enum.StrEnum):
    A4 = "a4"
    A5 = "a5"
    A6 = "a6"
    CARD = "cr80"
    ROLL_80 = "80mm"
    ROLL_58 = "58mm"

    @property
    def width_mm(self) -> float:
        return _WIDTH[self]

    @property
    def height_mm(self) -> float | None:
        """None for a roll: the document is as long as its content."""
        return _HEIGHT.get(self)

    @property
    def is_roll(self) -> bool:
        return self in {Paper.ROLL_80, Paper.ROLL_58}

    @property
    def dot_mm(self) -> float | None:
        """A thermal printer's dot, so codes can be drawn in whole dots."""
        return 25.4 / THERMAL_DPI if self.is_roll else None


# A roll's width is what the printer can reach: 72 mm of 80 mm paper, 48 mm of 58 mm.
_WIDTH = {
    Paper.A4: 210.0,
    Paper.A5: 148.0,
    Paper.A6: 105.0,
    Paper.CARD: 85.6,
    Paper.ROLL_80: 72.0,
    Paper.ROLL_58: 48.0,
}
_HEIGHT = {Paper.A4: 297.0, Paper.A5: 210.0, Paper.A6: 148.0, Paper.CARD: 53.98}

NOTE_PAPERS = (Paper.A6, Paper.ROLL_80, Paper.ROLL_58)
SLIP_PAPERS = (Paper.ROLL_80, Paper.ROLL_58, Paper.A6)
# A shift report goes in the till drawer (a roll) or in the files (a sheet).
SHIFT_PAPERS = (Paper.ROLL_80, Paper.ROLL_58, Paper.A4, Paper.A5)


class DocumentKind(enum.StrEnum):
    CARD = "card"
    SHEET = "sheet"
    NOTE = "note"
    SLIP = "slip"
    COUPON = "coupon"
    TEST_PAGE = "test_page"
    SHIFT = "shift"


@dataclass(frozen=True, slots=True)
class Document:
    """A finished PDF with what a printer needs to know about it."""

    kind: DocumentKind
    title: str
    paper: Paper
    pdf: bytes
    pages: int
    width_mm: float
    height_mm: float

    @property
    def papers(self) -> tuple[Paper, ...]:
        """The papers this kind of document can be laid out for."""
        if self.kind in {DocumentKind.NOTE, DocumentKind.COUPON, DocumentKind.TEST_PAGE}:
            return NOTE_PAPERS
        if self.kind is DocumentKind.SLIP:
            return SLIP_PAPERS
        if self.kind is DocumentKind.SHIFT:
            return SHIFT_PAPERS
        return (self.paper,)


class PrintCancelled(Exception):
    """The person printing cancelled a long print run; nothing was produced."""

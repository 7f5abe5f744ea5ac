"""The documents a shop prints, in the shop's language, calendar and digits."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from loyaltydesk.domain.cards import card_groups
from loyaltydesk.domain.coupons import Coupon
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.notes import fill_note
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.printing.codes import draw_code128, draw_qr
from loyaltydesk.printing.fonts import register_fonts
from loyaltydesk.printing.layout import ACCENT, GREY, Flow, Pen, draw_logo
from loyaltydesk.printing.paper import Document, DocumentKind, Paper, PrintCancelled
from loyaltydesk.printing.shift import SHEET_COLUMN_MM, add_shift_report, shift_title
from loyaltydesk.printing.stamps import add_stamp_row
from loyaltydesk.services.shift import ShiftReport
from loyaltydesk.services.views import CardFace, ClubSummary, NoteView

CARD_W = Paper.CARD.width_mm * mm
CARD_H = (Paper.CARD.height_mm or 0) * mm
SAFE = 3.5 * mm  # card printers may shift the image by up to ~1 mm; keep text well inside
BAND = 14 * mm
SHEET_COLUMNS = 2
SHEET_ROWS = 5
CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
CUT_MARK = 5 * mm
CUT_GAP = 2 * mm
ROLL_MARGIN_TOP = 4 * mm
COUPONS_PER_SHEET = 4  # A6 coupons on an A4 page

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def translate(context: str, text: str) -> str:
    """Qt's translation; the literal arguments at each call are what pyside6-lupdate reads."""
    return QCoreApplication.translate(context, text)


def _points_text(d: Display, points: int) -> str:
    """ "12 points", "1 point": a balance on paper."""
    return (
        translate("Print", "{points} point")
        if is_one(points)
        else translate("Print", "{points} points")
    ).format(points=d.points(points))


def default_note_text() -> str:
    """The thank-you text a shop starts with (its own text replaces it in the settings)."""
    return translate(
        "Print",
        "Thank you, {name}!\nYou earned {points} points today.\n{missing} more points to {reward}.",
    )


@dataclass(frozen=True, slots=True)
class Shop:
    """What the settings say about the shop and how its paper should read."""

    name: str
    display: Display
    logo: Path | None = None
    note_text: str = ""
    card_back: bool = False

    @property
    def rtl(self) -> bool:
        return self.display.rtl


class DocumentMaker:
    def __init__(self, shop: Shop, fonts: Path) -> None:
        register_fonts(fonts)
        self.shop = shop
        self._d = shop.display

    # -- membership cards ----------------------------------------------------------------

    def card(self, face: CardFace, club: ClubSummary | None = None) -> Document:
        """One CR80 card, its back on a second page when the shop prints backs."""
        buffer = io.BytesIO()
        c = self._canvas(buffer, translate("Print", "Membership card"), CARD_W, CARD_H)
        self._card_front(c, face)
        pages = 1
        if self.shop.card_back and club is not None:
            c.showPage()
            self._card_back(c, club)
            pages = 2
        c.save()
        return self._document(DocumentKind.CARD, face.name, Paper.CARD, buffer, pages)

    def sheet(
        self,
        faces: Sequence[CardFace],
        club: ClubSummary | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Document:
        """A4 pages of 2 x 5 cards with cut marks, for perforated card stock. With backs,
        each page of fronts is followed by its backs, mirrored for long-edge duplex."""
        buffer = io.BytesIO()
        page_w, page_h = 210 * mm, 297 * mm
        c = self._canvas(buffer, translate("Print", "Membership cards"), page_w, page_h)
        left = (page_w - SHEET_COLUMNS * CARD_W) / 2
        top = (page_h + SHEET_ROWS * CARD_H) / 2
        pages = 0
        for start in range(0, len(faces), CARDS_PER_SHEET):
            if cancelled is not None and cancelled():
                raise PrintCancelled
            batch = faces[start : start + CARDS_PER_SHEET]
            _sheet_page(c, batch, left, top, lambda face: self._card_front(c, face))
            pages += 1
            if club is not None and self.shop.card_back:
                backs = [club] * len(batch)
                _sheet_page(c, backs, left, top, lambda b: self._card_back(c, b), mirrored=True)
                pages += 1
            if progress is not None:
                progress(min(start + CARDS_PER_SHEET, len(faces)), len(faces))
        c.save()
        return self._document(
            DocumentKind.SHEET, translate("Print", "Membership cards"), Paper.A4, buffer, pages
        )

    def _card_front(self, c: Canvas, face: CardFace) -> None:
        d, rtl = self._d, self.shop.rtl
        pen = Pen(c, rtl)
        logo_box = 10 * mm
        logo_w = logo_box + 2 * mm if self.shop.logo is not None else 0.0
        name_left, name_right = (
            (SAFE + logo_w, CARD_W - SAFE) if rtl else (SAFE, CARD_W - SAFE - logo_w)
        )
        self._band(pen, BAND, 12, name_left, name_right)
        logo_x = SAFE if rtl else CARD_W - SAFE - logo_box
        draw_logo(c, self.shop.logo, logo_x, CARD_H - BAND + 2 * mm, logo_box, logo_box)
        qr = 20 * mm
        qr_x = SAFE if rtl else CARD_W - SAFE - qr
        draw_qr(c, face.card, qr_x, CARD_H - BAND - 2 * mm - qr, qr)
        text_left, text_right = (
            (SAFE + qr + 2 * mm, CARD_W - SAFE) if rtl else (SAFE, CARD_W - SAFE - qr - 2 * mm)
        )
        pen.line(
            face.name,
            text_left,
            text_right,
            CARD_H - BAND - 7 * mm,
            size=12,
            bold=True,
            shrink_to=8,
        )
        pen.line(
            d.code(card_groups(face.card)),
            text_left,
            text_right,
            CARD_H - BAND - 13.5 * mm,
            size=12.5,
        )
        since = translate("Print", "Member since {date}").format(
            date=d.day_long(d.local_date(face.joined_at))
        )
        pen.line(since, text_left, text_right, CARD_H - BAND - 18.5 * mm, size=7, color=GREY)
        bar_w = 56 * mm
        bar_x = CARD_W - SAFE - bar_w if rtl else SAFE - 2 * mm
        draw_code128(c, face.card, bar_x, SAFE - 0.5 * mm, bar_w, 9 * mm)

    def _card_back(self, c: Canvas, club: ClubSummary) -> None:
        d = self._d
        pen = Pen(c, self.shop.rtl)
        band = 8 * mm
        left, right = SAFE, CARD_W - SAFE
        self._band(pen, band, 9, left, right)
        y = CARD_H - band - 5.5 * mm
        pen.line(translate("Print", "How the club works"), left, right, y, size=9, bold=True)
        y -= 4.5 * mm
        pen.line(self.earning_sentence(club), left, right, y, size=7.5, shrink_to=6)
        for reward in club.rewards[:5]:
            y -= 4 * mm
            pen.line(
                (
                    translate("Print", "{reward}: {points} point")
                    if is_one(reward.cost)
                    else translate("Print", "{reward}: {points} points")
                ).format(reward=reward.display_name(d.language), points=d.points(reward.cost)),
                left,
                right,
                y,
                size=7.5,
            )
        pen.line(
            translate("Print", "Show this card at every visit."),
            left,
            right,
            SAFE,
            size=7,
            color=GREY,
        )

    def _band(self, pen: Pen, height: float, size: float, left: float, right: float) -> None:
        """The coloured band at the top of a card with the shop's name in it. It runs to the
        card's edges (full bleed), so a card printer that shifts the image by a millimetre
        leaves no white sliver; what must be read stays inside SAFE."""
        c = pen.canvas
        c.saveState()
        c.setFillColorRGB(*ACCENT)
        c.rect(0, CARD_H - height, CARD_W, height, stroke=0, fill=1)
        c.restoreState()
        baseline = CARD_H - height + (height - size * 0.7) / 2
        pen.line(
            self.shop.name,
            left,
            right,
            baseline,
            size=size,
            bold=True,
            color=(1, 1, 1),
            shrink_to=size - 3,
        )

    def earning_sentence(self, club: ClubSummary) -> str:
        d, rule = self._d, club.rule
        sentence = (
            translate("Print", "{points} point for every {amount} you spend.")
            if is_one(rule.points_per_step)
            else translate("Print", "{points} points for every {amount} you spend.")
        ).format(points=d.points(rule.points_per_step), amount=d.money(rule.step_rials))
        if rule.min_purchase_rials > rule.step_rials:
            sentence += " " + translate("Print", "Purchases from {amount}.").format(
                amount=d.money(rule.min_purchase_rials)
            )
        return sentence

    # -- notes, slips, coupons -------------------------------------------------------------

    def note(self, note: NoteView, paper: Paper = Paper.A6) -> Document:
        """The thank-you note a customer takes home after a purchase or a redemption."""
        d = self._d
        flow = self._flow(paper)
        self._heading(flow, note.at)
        ahead = note.next_reward
        if note.kind is EntryKind.REDEEM:
            flow.text(
                translate("Print", "Enjoy your {reward}, {name}!").format(
                    reward=note.reward_label(d.language), name=note.member.name
                ),
                size=12,
                bold=True,
            )
            lines: list[str] = []
            if ahead is not None:
                lines.append(
                    (
                        translate("Print", "{missing} more point to {reward}.")
                        if is_one(ahead.missing)
                        else translate("Print", "{missing} more points to {reward}.")
                    ).format(
                        missing=d.points(ahead.missing),
                        reward=ahead.reward.display_name(d.language),
                    )
                )
        else:
            values = {
                "name": note.member.name,
                "points": d.points(note.points),
                "balance": d.points(note.balance),
                "missing": d.points(ahead.missing) if ahead else "",
                "reward": ahead.reward.display_name(d.language) if ahead else "",
                "shop": self.shop.name,
            }
            text = self.shop.note_text or default_note_text()
            lines = fill_note(text, values, reward_ahead=ahead is not None)
            if lines:
                flow.text(lines.pop(0), size=12, bold=True)
        for line in lines:
            flow.space(1)
            flow.text(line, size=10)
        flow.space(3)
        flow.pair(
            translate("Print", "Balance"),
            _points_text(d, note.balance),
            size=10,
            bold=True,
        )
        if ahead is not None:
            flow.progress(ahead.reward.cost - ahead.missing, ahead.reward.cost)
        if note.stamps is not None:
            self._stamp_card(flow, note)
        if note.purchase_rials is not None:
            flow.pair(translate("Print", "Purchase"), d.money(note.purchase_rials), size=8.5)
        if note.receipt_no:
            flow.pair(translate("Print", "Receipt"), d.code(note.receipt_no), size=8.5)
        if note.member.card:
            flow.pair(translate("Print", "Card"), d.code(note.member.card), size=8.5)
        return self._finish(flow, paper, DocumentKind.NOTE, translate("Print", "Thank-you note"))

    def _stamp_card(self, flow: Flow, note: NoteView) -> None:
        """The stamp card after this visit or redemption, in words and as circles."""
        d = self._d
        stamps = note.stamps or 0
        goal = note.stamp_goal
        flow.space(1.5)
        if goal is None:
            flow.text(
                translate("Print", "Stamp card: {stamps} stamps").format(stamps=d.n(stamps)),
                size=10,
                bold=True,
            )
            return
        reward = goal.reward.display_name(d.language)
        if goal.missing > 0:
            sentence = translate(
                "Print", "Stamp card: {stamps} of {goal}. {missing} more for {reward}."
            ).format(
                stamps=d.n(stamps),
                goal=d.n(goal.reward.cost),
                missing=d.n(goal.missing),
                reward=reward,
            )
        else:
            sentence = translate(
                "Print", "Stamp card: {stamps} of {goal}. {reward} is yours on your next visit!"
            ).format(stamps=d.n(stamps), goal=d.n(goal.reward.cost), reward=reward)
        flow.text(sentence, size=10, bold=True)
        add_stamp_row(flow, stamps, goal.reward.cost)

    def slip(self, note: NoteView, paper: Paper = Paper.ROLL_80) -> Document:
        """The short record of a purchase or redemption for the customer's bag."""
        d = self._d
        flow = self._flow(paper)
        self._heading(flow, note.at)
        redeem = note.kind is EntryKind.REDEEM
        flow.text(
            translate("Print", "Redemption") if redeem else translate("Print", "Purchase"),
            size=11,
            bold=True,
            align="center",
        )
        flow.rule()
        flow.pair(translate("Print", "Member"), note.member.name, size=9)
        if note.member.card:
            flow.pair(translate("Print", "Card"), d.code(note.member.card), size=9)
        if note.purchase_rials is not None:
            flow.pair(translate("Print", "Amount"), d.money(note.purchase_rials), size=9)
        if note.receipt_no:
            flow.pair(translate("Print", "Receipt"), d.code(note.receipt_no), size=9)
        if redeem:
            flow.pair(translate("Print", "Reward"), note.reward_label(d.language), size=9)
            flow.pair(translate("Print", "Points spent"), d.points(-note.points), size=9)
        else:
            flow.pair(translate("Print", "Points earned"), d.points(note.points), size=9)
        flow.rule()
        flow.pair(
            translate("Print", "New balance"),
            _points_text(d, note.balance),
            size=10,
            bold=True,
        )
        if note.entry_id is not None:
            flow.pair(translate("Print", "Entry"), d.code(str(note.entry_id)), size=8)
        return self._finish(flow, paper, DocumentKind.SLIP, translate("Print", "Slip"))

    def shift_report(self, report: ShiftReport, paper: Paper = Paper.ROLL_80) -> Document:
        """A cashier's shift: a slip for the till drawer, or a sheet (A4, A5) to file."""
        if paper.is_roll:
            flow = self._flow(paper)
            self._heading(flow, None)
            add_shift_report(flow, report, self._d)
            return self._finish(flow, paper, DocumentKind.SHIFT, shift_title())
        margin = self._margin(paper)
        column = min(SHEET_COLUMN_MM * mm, paper.width_mm * mm - 2 * margin)
        flow = Flow(self.shop.rtl, column, None, 1.2)
        self._heading(flow, None)
        add_shift_report(flow, report, self._d)
        return self._pages(flow, paper, DocumentKind.SHIFT, shift_title(), column)

    def coupon(self, coupon: Coupon, paper: Paper = Paper.A6) -> Document:
        flow = self._coupon_flow(coupon, paper)
        return self._finish(flow, paper, DocumentKind.COUPON, translate("Print", "Coupon"))

    def coupon_sheet(
        self,
        coupons: Sequence[Coupon],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Document:
        """A4 pages of four A6 coupons (2 x 2) with cut marks: an open batch as flyers."""
        buffer = io.BytesIO()
        page_w, page_h = 210 * mm, 297 * mm
        cell_w, cell_h = page_w / 2, page_h / 2
        title = translate("Print", "Coupons")
        c = self._canvas(buffer, title, page_w, page_h)
        margin = self._margin(Paper.A6)
        pages = 0
        for start in range(0, len(coupons), COUPONS_PER_SHEET):
            if cancelled is not None and cancelled():
                raise PrintCancelled
            for i, coupon in enumerate(coupons[start : start + COUPONS_PER_SHEET]):
                col, row = i % 2, i // 2
                flow = self._coupon_flow(coupon, Paper.A6)
                left = col * cell_w
                top = page_h - row * cell_h
                flow.render(c, left + margin, left + cell_w - margin, top - margin)
            _coupon_cut_lines(c, page_w, page_h)
            c.showPage()
            pages += 1
            if progress is not None:
                progress(min(start + COUPONS_PER_SHEET, len(coupons)), len(coupons))
        c.save()
        return self._document(DocumentKind.SHEET, title, Paper.A4, buffer, pages)

    def _coupon_flow(self, coupon: Coupon, paper: Paper) -> Flow:
        d = self._d
        flow = self._flow(paper)
        self._heading(flow, None)
        flow.text(coupon.title, size=15, bold=True, align="center")
        if coupon.details:
            flow.text(coupon.details, size=9, align="center")
        if coupon.member_name:
            flow.text(
                translate("Print", "For {name}").format(name=coupon.member_name),
                size=10,
                align="center",
            )
        flow.space(2)
        qr_mm = 26 if paper is Paper.A6 else 24
        flow.codes(coupon.code, d.code(coupon.code), qr_mm=qr_mm, bar_mm=10)
        flow.space(1)
        if coupon.valid_from is not None:
            valid = translate("Print", "Valid from {first} until {last}").format(
                first=d.day_long(coupon.valid_from), last=d.day_long(coupon.valid_until)
            )
        else:
            valid = translate("Print", "Valid until {date}").format(
                date=d.day_long(coupon.valid_until)
            )
        flow.text(valid, size=10, bold=True, align="center")
        flow.text(
            translate("Print", "One use only. Show this code at the counter.")
            if coupon.uses_allowed == 1
            else translate("Print", "Show this code at the counter."),
            size=8,
            align="center",
            color=GREY,
        )
        return flow

    def test_page(self, paper: Paper) -> Document:
        """What a shop prints to see that the printer, the paper width and Persian work."""
        flow = self._flow(paper)
        self._heading(flow, None)
        flow.text(translate("Print", "Printer test page"), size=12, bold=True, align="center")
        flow.rule()
        flow.text("باشگاه مشتریان — سپاس از خرید شما ۱۲۳۴۵۶۷۸۹۰", size=10)
        flow.text("Loyalty club — thank you for shopping 1234567890", size=10)
        flow.pair(translate("Print", "Paper"), paper.value, size=9)
        flow.progress(1, 1)
        flow.codes("123456789012", self._d.code("1234 5678 9012"), qr_mm=18, bar_mm=8)
        return self._finish(
            flow, paper, DocumentKind.TEST_PAGE, translate("Print", "Printer test page")
        )

    # -- plumbing ----------------------------------------------------------------------------

    def _flow(self, paper: Paper) -> Flow:
        margin = self._margin(paper)
        scale = {Paper.A6: 1.15, Paper.ROLL_80: 1.0, Paper.ROLL_58: 0.85}.get(paper, 1.0)
        return Flow(self.shop.rtl, paper.width_mm * mm - 2 * margin, paper.dot_mm, scale)

    @staticmethod
    def _margin(paper: Paper) -> float:
        return float(2 * mm if paper.is_roll else 8 * mm)

    def _heading(self, flow: Flow, at: dt.datetime | None) -> None:
        flow.logo(self.shop.logo, 12)
        flow.text(self.shop.name, size=14, bold=True, align="center")
        if at is not None:
            flow.text(self._d.when(at), size=8.5, align="center", color=GREY)
        flow.rule()

    def _finish(self, flow: Flow, paper: Paper, kind: DocumentKind, title: str) -> Document:
        margin = self._margin(paper)
        width = paper.width_mm * mm
        top_margin = ROLL_MARGIN_TOP if paper.is_roll else margin
        height = (paper.height_mm or 0) * mm or flow.height + 2 * top_margin
        buffer = io.BytesIO()
        c = self._canvas(buffer, title, width, height)
        flow.render(c, margin, width - margin, height - top_margin)
        c.save()
        return self._document(kind, title, paper, buffer, 1, height / mm)

    def _pages(
        self, flow: Flow, paper: Paper, kind: DocumentKind, title: str, column: float
    ) -> Document:
        """A flow on sheets of ``paper``, centred in a ``column`` of reading width, its
        blocks running on to the next sheet where one is full."""
        margin = 12 * mm
        width = paper.width_mm * mm
        height = (paper.height_mm or 0) * mm
        left = (width - column) / 2
        buffer = io.BytesIO()
        c = self._canvas(buffer, title, width, height)
        pages = 1
        y = height - margin
        for block_height, draw in flow.blocks:
            if y - block_height < margin and y < height - margin:
                c.showPage()
                pages += 1
                y = height - margin
            draw(c, Pen(c, self.shop.rtl), left, left + column, y)
            y -= block_height
        c.save()
        return self._document(kind, title, paper, buffer, pages)

    def _canvas(self, buffer: io.BytesIO, title: str, width: float, height: float) -> Canvas:
        c = Canvas(buffer, pagesize=(width, height), pageCompression=1)
        c.setTitle(title)
        c.setAuthor(self.shop.name)
        c.setCreator("LoyaltyDesk")
        return c

    @staticmethod
    def _document(
        kind: DocumentKind,
        title: str,
        paper: Paper,
        buffer: io.BytesIO,
        pages: int,
        height_mm: float | None = None,
    ) -> Document:
        height = height_mm if height_mm is not None else paper.height_mm or 0.0
        return Document(kind, title, paper, buffer.getvalue(), pages, paper.width_mm, height)


def _sheet_page(
    c: Canvas,
    cards: Sequence[T],
    left: float,
    top: float,
    draw: Callable[[T], None],
    *,
    mirrored: bool = False,
) -> None:
    """One A4 page of ``cards``, row by row, with cut marks. ``mirrored`` swaps the columns,
    so a back lands behind its front when the sheet is turned on its long edge."""
    for i, card in enumerate(cards):
        col, row = i % SHEET_COLUMNS, i // SHEET_COLUMNS
        if mirrored:
            col = SHEET_COLUMNS - 1 - col
        c.saveState()
        c.translate(left + col * CARD_W, top - (row + 1) * CARD_H)
        draw(card)
        c.restoreState()
    _cut_marks(c, left, top)
    c.showPage()


def _cut_marks(c: Canvas, left: float, top: float) -> None:
    """Short lines outside the grid where the guillotine goes, never over a card."""
    right = left + SHEET_COLUMNS * CARD_W
    bottom = top - SHEET_ROWS * CARD_H
    c.saveState()
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0, 0, 0)
    for col in range(SHEET_COLUMNS + 1):
        x = left + col * CARD_W
        c.line(x, top + CUT_GAP, x, top + CUT_GAP + CUT_MARK)
        c.line(x, bottom - CUT_GAP, x, bottom - CUT_GAP - CUT_MARK)
    for row in range(SHEET_ROWS + 1):
        y = top - row * CARD_H
        c.line(left - CUT_GAP, y, left - CUT_GAP - CUT_MARK, y)
        c.line(right + CUT_GAP, y, right + CUT_GAP + CUT_MARK, y)
    c.restoreState()


def _coupon_cut_lines(c: Canvas, page_w: float, page_h: float) -> None:
    """Thin dashed lines where the A4 page is cut into its four A6 coupons."""
    c.saveState()
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setDash(2 * mm, 2 * mm)
    c.line(page_w / 2, 0, page_w / 2, page_h)
    c.line(0, page_h / 2, page_w, page_h / 2)
    c.restoreState()

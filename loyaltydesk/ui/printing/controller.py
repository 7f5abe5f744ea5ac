"""What the window's print actions do: receipts at the counter with one key, a member's
card, card sheets for a selection (in a worker, with progress and Cancel), all through the
preview unless a receipt goes straight to a printer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from loyaltydesk.devices.desk import THERMAL, PrintDesk
from loyaltydesk.domain.coupons import Coupon
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.i18n.display import Display
from loyaltydesk.printing.paper import Document, Paper, PrintCancelled
from loyaltydesk.services.shift import ShiftReport
from loyaltydesk.services.views import CardFace, NoteView
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.printing.preview import PrintPreview
from loyaltydesk.ui.printing.progress import Cancelled, Progress, run_with_progress
from loyaltydesk.ui.tasks import run_in_background

log = logging.getLogger(__name__)

NOTE = "note"
SLIP = "slip"
# Up to this many cards a sheet is made at once; more go to a worker with a progress bar.
QUICK_SHEET_CARDS = 30


@dataclass(frozen=True, slots=True)
class Receipt:
    """What a receipt is about: a purchase (its note exists even without points) or a
    ledger line (a redemption)."""

    purchase_id: int | None = None
    entry_id: int | None = None


Say = Callable[[str, bool], None]


class PrintingUi(QObject):
    def __init__(self, desk: PrintDesk, display: Display, window: QWidget) -> None:
        super().__init__(window)
        self.desk = desk
        self._display = display
        self._window = window
        self.last_preview: PrintPreview | None = None

    # -- at the counter --------------------------------------------------------------------

    def note_view(self, receipt: Receipt) -> NoteView:
        printouts = self.desk.printouts
        if receipt.purchase_id is not None:
            return printouts.note_for_purchase(receipt.purchase_id)
        assert receipt.entry_id is not None
        return printouts.note_for_entry(receipt.entry_id)

    def receipt(self, kind: str, receipt: Receipt, say: Say) -> None:
        """Print a thank-you note or slip straight away (one key at the counter); with no
        printer at all, open the preview so it can be saved as a PDF."""
        maker = self.desk.maker
        make = maker.note if kind == NOTE else maker.slip
        try:
            view = self.note_view(receipt)
            document = make(view, self.desk.receipt_paper())
        except DomainError as error:
            say(error_text(error, self._display), False)
            return
        target = self.desk.quick_target()
        if target is None:
            self.preview(document, lambda paper: make(view, paper))
            return
        where = self.tr("the receipt printer") if target == THERMAL else target

        def sent(_result: object) -> None:
            say(self.tr("Printed on {printer}.").format(printer=where), True)

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            say(error_text(error, self._display), False)

        run_in_background(lambda: self.desk.send(document, target), sent, failed)

    # -- the shift report --------------------------------------------------------------------

    def shift_report(self, report: ShiftReport, say: Say) -> None:
        """A shift report for the till drawer: straight to the receipt printer when there is
        one, else through the preview (another printer, a sheet, or a PDF)."""
        maker = self.desk.maker

        def make(paper: Paper) -> Document:
            return maker.shift_report(report, paper)

        if self.desk.thermal is None:
            self.preview(make(Paper.A4), make)
            return
        try:
            document = make(self.desk.thermal_paper)
        except DomainError as error:
            say(error_text(error, self._display), False)
            return

        def sent(_result: object) -> None:
            say(
                self.tr("Printed on {printer}.").format(printer=self.tr("the receipt printer")),
                True,
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            say(error_text(error, self._display), False)

        run_in_background(lambda: self.desk.send(document, THERMAL), sent, failed)

    def save_shift_report(self, report: ShiftReport, path: Path) -> Path:
        """The shift report on A4, written to ``path``."""
        return self.desk.save_pdf(self.desk.maker.shift_report(report, Paper.A4), path)

    # -- cards -------------------------------------------------------------------------------

    def card(self, member_id: int) -> None:
        printouts = self.desk.printouts
        try:
            face = printouts.card_of(member_id)
            document = self.desk.maker.card(face, printouts.club())
        except DomainError as error:
            self._warn(error)
            return
        self.preview(document)

    def sheet(self, load: Callable[[], list[CardFace]]) -> None:
        """Cards for members chosen by ``load`` on A4 sheets; a big batch is made in a
        worker with a progress bar and can be cancelled."""
        printouts = self.desk.printouts
        try:
            faces = load()
            club = printouts.club()
        except DomainError as error:
            self._warn(error)
            return
        if not faces:
            QMessageBox.information(
                self._window,
                self.tr("Print cards"),
                self.tr("None of the chosen members has a card to print."),
            )
            return
        maker = self.desk.maker
        if len(faces) <= QUICK_SHEET_CARDS:
            self.preview(maker.sheet(faces, club))
            return

        def work(progress: Progress, cancelled: Cancelled) -> Document:
            return maker.sheet(faces, club, progress=progress, cancelled=cancelled)

        def failed(error: BaseException) -> None:
            if isinstance(error, PrintCancelled):
                return
            if not isinstance(error, DomainError):
                raise error
            self._warn(error)

        run_with_progress(
            self._window,
            self.tr("Print cards"),
            self.tr("Laying out {cards} cards…").format(cards=self._display.n(len(faces))),
            work,
            self.preview,
            failed,
        )

    # -- coupons -----------------------------------------------------------------------------

    def coupons(self, coupons: list[Coupon]) -> None:
        """One coupon on the note paper (A6 or a receipt roll), several as A4 sheets of four;
        a big batch is laid out in a worker with a progress bar."""
        maker = self.desk.maker
        if not coupons:
            return
        if len(coupons) == 1:
            only = coupons[0]
            self.preview(maker.coupon(only), lambda paper: maker.coupon(only, paper))
            return
        if len(coupons) <= QUICK_SHEET_CARDS:
            self.preview(maker.coupon_sheet(coupons))
            return

        def work(progress: Progress, cancelled: Cancelled) -> Document:
            return maker.coupon_sheet(coupons, progress=progress, cancelled=cancelled)

        def failed(error: BaseException) -> None:
            if isinstance(error, PrintCancelled):
                return
            if not isinstance(error, DomainError):
                raise error
            self._warn(error)

        run_with_progress(
            self._window,
            self.tr("Print coupons"),
            self.tr("Laying out {coupons} coupons…").format(coupons=self._display.n(len(coupons))),
            work,
            self.preview,
            failed,
        )

    # -- shared ----------------------------------------------------------------------------

    def preview(self, document: Document, make: Callable[[Paper], Document] | None = None) -> None:
        dialog = PrintPreview(self.desk, self._display, document, make, self._window)
        self.last_preview = dialog
        dialog.exec()

    def _warn(self, error: DomainError) -> None:
        QMessageBox.warning(self._window, self.tr("Print"), error_text(error, self._display))

"""The print preview every document goes through: the page as it will print, where it
goes (a print queue or the receipt printer), paper, copies, and "Save as PDF"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.devices import system
from loyaltydesk.devices.desk import THERMAL, PrintDesk
from loyaltydesk.devices.raster import render_page
from loyaltydesk.devices.system import qimage_of
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.i18n.display import Display
from loyaltydesk.printing.paper import Document, Paper, PrintCancelled
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.printing.progress import run_with_progress
from loyaltydesk.ui.tasks import Task
from loyaltydesk.ui.widgets.screen import resize_within_screen

PREVIEW_WIDTH_PX = 520
PREVIEW_HEIGHT_PX = 480
MAX_PREVIEW_DPI = 200
MIN_SCROLL_WIDTH_PX = 360
MIN_SCROLL_HEIGHT_PX = 320
MESSAGE_MIN_WIDTH_PX = 280


class PrintPreview(QDialog):
    def __init__(
        self,
        desk: PrintDesk,
        display: Display,
        document: Document,
        make: Callable[[Paper], Document] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._display = display
        self._make = make
        self.document = document
        self.page = 0
        self._task: Task | None = None
        self.printed_to: str | None = None
        self.saved_to: Path | None = None
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print — {title}").format(title=document.title))

        self.sheet = QLabel()
        self.sheet.setObjectName("previewPage")
        self.sheet.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sheet.setStyleSheet("background: #9e9e9e; padding: 16px;")
        scroll = QScrollArea()
        scroll.setWidget(self.sheet)
        scroll.setWidgetResizable(True)
        # Not so large that the dialog outgrows a small POS screen (1024×600): there the page
        # scrolls instead, and the side column keeps room for its sentences.
        scroll.setMinimumSize(MIN_SCROLL_WIDTH_PX, MIN_SCROLL_HEIGHT_PX)
        self._scroll = scroll
        self.previous = QPushButton(self.tr("◀ Previous page"))
        self.next = QPushButton(self.tr("Next page ▶"))
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPageNumber")
        pages = QHBoxLayout()
        pages.addWidget(self.previous)
        pages.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.next)

        self.target = QComboBox()
        self.target.setObjectName("printTarget")
        if desk.thermal is not None:
            self.target.addItem(
                self.tr("Receipt printer ({paper})").format(
                    paper=display.digits(desk.thermal_paper.value)
                ),
                THERMAL,
            )
        default = system.default_printer_name()
        for name in system.printer_names():
            label = self.tr("{printer} (default)").format(printer=name) if name == default else name
            self.target.addItem(label, name)
        self.paper = QComboBox()
        self.paper.setObjectName("printPaper")
        for paper in document.papers:
            self.paper.addItem(paper_label(paper, display), paper.value)
        self.paper.setCurrentIndex(self.paper.findData(document.paper.value))
        self.paper.setEnabled(make is not None and self.paper.count() > 1)
        self.copies = QSpinBox()
        self.copies.setObjectName("printCopies")
        self.copies.setRange(1, 99)
        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.target)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Copies"), self.copies)
        self.message = QLabel()
        self.message.setObjectName("printMessage")
        self.message.setWordWrap(True)
        # The sentence takes the lines it needs, top-aligned at the side column's full width,
        # so a long Persian sentence is never squeezed or cut off.
        self.message.setMinimumWidth(MESSAGE_MIN_WIDTH_PX)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if self.target.count() == 0:
            self.message.setText(
                self.tr("No printer is set up on this computer; save the document as a PDF.")
            )
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.setEnabled(self.target.count() > 0)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdfButton")
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.print_button)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.message)
        side.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(scroll, 1)
        left.addLayout(pages)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self._fit_screen()

        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        self.paper.currentIndexChanged.connect(self._paper_changed)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        self._target_changed()
        self.show_page(0)

    # -- the page on screen ------------------------------------------------------------------

    def _fit_screen(self) -> None:
        """The page as large as it likes, but the dialog never taller or wider than the
        screen it opens on (a 1024×600 POS screen showed only part of it)."""
        wanted = self.sizeHint().expandedTo(QSize(PREVIEW_WIDTH_PX + 400, PREVIEW_HEIGHT_PX + 140))
        resize_within_screen(self, wanted)

    def show_page(self, index: int) -> None:
        index = max(0, min(index, self.document.pages - 1))
        self.page = index
        # The whole page in view: as large as fits the box, never larger than print size x2.
        width_inches = self.document.width_mm / 25.4
        height_inches = self.document.height_mm / 25.4
        dpi = min(
            MAX_PREVIEW_DPI, PREVIEW_WIDTH_PX / width_inches, PREVIEW_HEIGHT_PX / height_inches
        )
        self.sheet.setPixmap(
            QPixmap.fromImage(qimage_of(render_page(self.document.pdf, index, dpi)))
        )
        d = self._display
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(
                page=d.n(index + 1), pages=d.n(self.document.pages)
            )
        )
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < self.document.pages - 1)

    def _paper_changed(self) -> None:
        paper = Paper(str(self.paper.currentData()))
        if self._make is None or paper is self.document.paper:
            return
        self.document = self._make(paper)
        self.show_page(0)

    def _target_changed(self) -> None:
        """The receipt printer takes a roll: switch a note's paper to it when chosen."""
        if self.target.currentData() == THERMAL and not self.document.paper.is_roll:
            wanted = self.paper.findData(self._desk.thermal_paper.value)
            if wanted >= 0 and self.paper.isEnabled():
                self.paper.setCurrentIndex(wanted)

    # -- out of the dialog -------------------------------------------------------------------

    def print_now(self) -> None:
        target = self.target.currentData()
        if target is None:
            return
        document, copies = self.document, self.copies.value()
        self.print_button.setEnabled(False)
        self.message.clear()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
            if target == THERMAL:
                self._desk.send(document, THERMAL, copies=copies)
            else:
                system.print_document(
                    document, str(target), copies=copies, progress=progress, cancelled=cancelled
                )
            return str(target)

        self._task = run_with_progress(
            self,
            self.tr("Printing"),
            self.tr("Sending {title} to the printer…").format(title=document.title),
            work,
            self._printed,
            self._failed,
        )

    def _printed(self, target: object) -> None:
        self.printed_to = str(target)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        if isinstance(error, PrintCancelled):
            self.message.setText(self.tr("Printing was cancelled."))
            return
        if not isinstance(error, DomainError):
            raise error
        self.message.setText(error_text(error, self._display))

    def save_pdf(self) -> None:
        suggested = Path.home() / f"{self.document.title}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.saved_to = self._desk.save_pdf(self.document, Path(path))
        except DomainError as error:
            self.message.setText(error_text(error, self._display))
            return
        self.message.setText(self.tr("Saved to {path}").format(path=self.saved_to))


def paper_label(paper: Paper, display: Display) -> str:
    names = {
        Paper.A4: QCoreApplication.translate("PrintPreview", "A4 sheet"),
        Paper.A5: QCoreApplication.translate("PrintPreview", "A5 sheet"),
        Paper.A6: QCoreApplication.translate("PrintPreview", "A6 (postcard)"),
        Paper.CARD: QCoreApplication.translate("PrintPreview", "Plastic card (CR80)"),
        Paper.ROLL_80: QCoreApplication.translate("PrintPreview", "80 mm receipt roll"),
        Paper.ROLL_58: QCoreApplication.translate("PrintPreview", "58 mm receipt roll"),
    }
    return display.digits(names[paper])

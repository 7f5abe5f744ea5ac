"""The cashier's shift report: today's figures of one person (the one signed in to this
counter unless another name is typed), to print on the receipt printer for the till drawer
or to save as a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.display import Display
from loyaltydesk.printing.shift import Style, shift_lines
from loyaltydesk.services.shift import ShiftReport, ShiftService
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.widgets.screen import resize_within_screen

# Print the report (the window's printing: the receipt printer, else the preview); the
# second argument says how it went, as the counter's messages do.
PrintReport = Callable[[ShiftReport, Callable[[str, bool], None]], None]
SavePdf = Callable[[ShiftReport, Path], Path]


class ShiftReportDialog(QDialog):
    def __init__(
        self,
        service: ShiftService,
        display: Display,
        actor: Actor,
        counter: str | None = None,
        parent: QWidget | None = None,
        *,
        print_report: PrintReport | None = None,
        save_pdf: SavePdf | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftReportDialog")
        self.setWindowTitle(self.tr("Shift report"))
        self._service = service
        self._display = display
        self._actor = actor
        staff = actor.staff
        self._counter = counter
        self._print_report = print_report
        self._save_pdf = save_pdf
        self.report: ShiftReport | None = None
        self.saved_to: Path | None = None

        self.staff = QLineEdit(staff)
        self.staff.setObjectName("shiftStaff")
        self.refresh_button = QPushButton(self.tr("Show"))
        self.refresh_button.setObjectName("shiftRefresh")
        self.refresh_button.setAutoDefault(False)
        who = QHBoxLayout()
        who.addWidget(QLabel(self.tr("Cashier")))
        who.addWidget(self.staff, 1)
        who.addWidget(self.refresh_button)

        self.figures = QTableWidget(0, 2)
        self.figures.setObjectName("shiftFigures")
        self.figures.horizontalHeader().setVisible(False)
        self.figures.verticalHeader().setVisible(False)
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.figures.setShowGrid(False)
        self.figures.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.figures.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.message = QLabel()
        self.message.setObjectName("shiftMessage")
        self.message.setWordWrap(True)

        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("shiftPrint")
        self.print_button.setVisible(print_report is not None)
        # Enter in the name field shows that person's figures; it never prints by itself.
        self.print_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("shiftSavePdf")
        self.save_button.setVisible(save_pdf is not None)
        self.save_button.setAutoDefault(False)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.addLayout(who)
        layout.addWidget(self.figures, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.refresh_button.clicked.connect(self.refresh)
        self.staff.returnPressed.connect(self.refresh)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        self.refresh()
        resize_within_screen(self, self.sizeHint().expandedTo(QSize(480, 720)))

    def refresh(self) -> None:
        """The figures of the name typed, from the start of the shop's day until now."""
        self.message.clear()
        try:
            report = self._service.shift_report(
                self.staff.text(), counter=self._counter, actor=self._actor
            )
        except DomainError as error:
            self.report = None
            self.figures.setRowCount(0)
            self.message.setText(error_text(error, self._display))
            self._enable()
            return
        self.report = report
        self._show(report)
        self._enable()

    def _enable(self) -> None:
        self.print_button.setEnabled(self.report is not None)
        self.save_button.setEnabled(self.report is not None)

    def _show(self, report: ShiftReport) -> None:
        lines = shift_lines(report, self._display)
        self.figures.setRowCount(len(lines))
        bold = QFont(self.figures.font())
        bold.setBold(True)
        for row, line in enumerate(lines):
            label = QTableWidgetItem(("    " if line.style is Style.DETAIL else "") + line.label)
            value = QTableWidgetItem(line.value)
            value.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            if line.style in {Style.SECTION, Style.TOTAL}:
                label.setFont(bold)
                value.setFont(bold)
            self.figures.setItem(row, 0, label)
            self.figures.setItem(row, 1, value)

    def value_of(self, label: str) -> str | None:
        """The figure shown beside ``label`` (the first such line)."""
        for row in range(self.figures.rowCount()):
            item = self.figures.item(row, 0)
            if item is not None and item.text().strip() == label:
                value = self.figures.item(row, 1)
                return value.text() if value is not None else None
        return None

    def print_now(self) -> None:
        if self.report is None or self._print_report is None:
            return
        self._print_report(self.report, self._said)

    def _said(self, text: str, ok: bool) -> None:
        self.message.setText(text)

    def save(self) -> None:
        if self.report is None or self._save_pdf is None:
            return
        title = self.tr("Shift report {name}").format(name=self.report.staff)
        suggested = Path.home() / f"{title}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.saved_to = self._save_pdf(self.report, Path(path))
        except DomainError as error:
            self.message.setText(error_text(error, self._display))
            return
        self.message.setText(self.tr("Saved to {path}").format(path=self.saved_to))

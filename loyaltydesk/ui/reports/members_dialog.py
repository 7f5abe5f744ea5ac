"""The members behind a figure, a segment, a cohort or a tier: the owner's call list.
A row opens the member's details; the list exports like every report table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.i18n.display import Display
from loyaltydesk.services.report_tables import Table
from loyaltydesk.ui.reports.exporting import export_table
from loyaltydesk.ui.reports.table_view import ReportTableView
from loyaltydesk.ui.widgets.screen import resize_within_screen


class MemberListDialog(QDialog):
    def __init__(
        self,
        table: Table,
        display: Display,
        open_details: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportMembers")
        self._display = display
        self._open_details = open_details
        self.setWindowTitle(table.title)
        self.table = ReportTableView(table, self._open)
        note = QLabel(table.note)
        note.setWordWrap(True)
        note.setVisible(bool(table.note))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportMembers")
        self.export_button.clicked.connect(lambda: export_table(self, table, display))
        self.export_button.setEnabled(bool(table.rows))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        resize_within_screen(self, QSize(900, 560))
        self.table.setFocus()

    def _open(self, key: object) -> None:
        if isinstance(key, int):
            self._open_details(key)

"""The members behind a figure, a segment, a cohort or a tier: the owner's call list.
A row opens the member's details; the list exports like every report table, and the
members chosen in it (or all listed) can be given a coupon."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
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

# Coupons for these member ids, from this dialog (the issue dialog opens over it).
GiveCoupon = Callable[[list[int], QWidget], None]


class MemberListDialog(QDialog):
    def __init__(
        self,
        table: Table,
        display: Display,
        open_details: Callable[[int], None],
        parent: QWidget | None = None,
        *,
        give_coupon: GiveCoupon | None = None,
        exported: Callable[[Path], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportMembers")
        self._give_coupon = give_coupon
        self._table = table
        self._display = display
        self._open_details = open_details
        self.setWindowTitle(table.title)
        self.table = ReportTableView(table, self._open)
        note = QLabel(table.note)
        note.setWordWrap(True)
        note.setVisible(bool(table.note))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportMembers")
        self.export_button.clicked.connect(
            lambda: export_table(self, table, display, done=exported)
        )
        self.export_button.setEnabled(bool(table.rows))
        self.coupon_button = QPushButton(self.tr("Give a coupon…"))
        self.coupon_button.setObjectName("giveCoupon")
        self.coupon_button.setToolTip(
            self.tr("To the members selected in the list, or to everyone listed if none is")
        )
        self.coupon_button.setVisible(give_coupon is not None)
        self.coupon_button.setEnabled(bool(self.member_ids()))
        self.coupon_button.clicked.connect(self._coupon_clicked)
        # Several members can be chosen (Ctrl/Shift+click) for a coupon each.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.coupon_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        resize_within_screen(self, QSize(900, 560))
        self.table.setFocus()

    def member_ids(self, *, selected_only: bool = False) -> list[int]:
        """The members selected in the list; with none selected, everyone listed."""
        model = self.table.selectionModel()
        rows = sorted({i.row() for i in model.selectedRows()}) if model is not None else []
        keys = [self.table.key_at(r) for r in rows]
        if not keys and not selected_only:
            keys = list(self._table.row_keys)
        return [k for k in dict.fromkeys(keys) if isinstance(k, int)]

    def _coupon_clicked(self) -> None:
        ids = self.member_ids()
        if ids and self._give_coupon is not None:
            self._give_coupon(ids, self)

    def _open(self, key: object) -> None:
        if isinstance(key, int):
            self._open_details(key)

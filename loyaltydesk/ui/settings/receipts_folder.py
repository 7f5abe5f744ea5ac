"""The settings page's receipts folder: which folder a POS drops its receipts into, and
whether this window credits them (on/off)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.services.receipts_folder import check_receipts_folder
from loyaltydesk.settings import Settings
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.widgets.error_label import ErrorLabel


class ReceiptsFolderWidget(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = settings.language
        self.folder = QLineEdit(settings.receipts_folder)
        self.folder.setObjectName("receiptsFolder")
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("receiptsFolderChoose")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.on = QCheckBox(self.tr("Credit the receipts a POS drops into this folder"))
        self.on.setObjectName("receiptsFolderOn")
        self.on.setChecked(settings.receipts_folder_on)
        self.error = ErrorLabel("receiptsFolderError")
        hint = QLabel(
            self.tr(
                "One file per sale, JSON or CSV, with the amount as amount_rials or "
                "amount_toman. Each is credited as it arrives and moved to done, or to "
                "failed with a file that says why."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Receipts folder"), row)
        form.addRow("", self.on)
        form.addRow("", self.error)
        form.addRow("", hint)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("The POS's receipts folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
            self.on.setChecked(True)

    def edited(self, settings: Settings) -> Settings | None:
        """``settings`` with this section's choice, or None (the reason shown)."""
        try:
            folder = check_receipts_folder(self.folder.text(), on=self.on.isChecked())
        except DomainError as error:
            self.error.setText(error_text(error, self._language))
            return None
        self.error.setText("")
        return replace(settings, receipts_folder=folder, receipts_folder_on=self.on.isChecked())

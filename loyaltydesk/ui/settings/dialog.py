"""Language and money unit. The layout direction is set once at start, so a change of
language asks for a restart."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.saved: Settings | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItem("فارسی", "fa")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Toman"), MoneyUnit.TOMAN.value)
        self.unit.addItem(self.tr("Rial"), MoneyUnit.RIAL.value)
        self.unit.setCurrentIndex(self.unit.findData(settings.money_unit.value))
        self.shop = QLineEdit(settings.shop_name)
        self.note = QLabel(self.tr("A new language or unit is used from the next start."))
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Money shown in"), self.unit)
        form.addRow(self.tr("Shop name"), self.shop)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def save(self) -> None:
        updated = replace(
            self._settings,
            language=str(self.language.currentData()),
            money_unit=MoneyUnit(str(self.unit.currentData())),
            shop_name=self.shop.text().strip() or self._settings.shop_name,
        )
        updated.save()
        self.saved = updated
        self.accept()

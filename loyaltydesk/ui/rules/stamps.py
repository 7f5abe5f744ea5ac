"""The stamp card in the rules part: on or off, the minimum purchase that counts as a visit,
how many stamps a member may earn a day, and whether points per amount stay on beside it.
Part of the rule's draft, so it is simulated, confirmed and versioned with the rest."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.stamps import DEFAULT_STAMPS_PER_DAY, MAX_STAMPS_PER_DAY, StampRule
from loyaltydesk.i18n.display import Display
from loyaltydesk.ui.widgets.amount_edit import AmountEdit
from loyaltydesk.ui.widgets.error_label import ErrorLabel


class StampSettings(QWidget):
    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Give a stamp for every visit (a stamp card)"))
        self.enabled.setObjectName("stampsOn")
        self.minimum = AmountEdit(display)
        self.minimum.setObjectName("stampMinimum")
        self.per_day = QSpinBox()
        self.per_day.setObjectName("stampsPerDay")
        self.per_day.setRange(1, MAX_STAMPS_PER_DAY)
        self.per_day.setValue(DEFAULT_STAMPS_PER_DAY)
        self.points = QCheckBox(self.tr("Points per amount stay on beside the stamps"))
        self.points.setObjectName("pointsOn")
        self.points.setChecked(True)
        self.error = ErrorLabel("stampsError")
        unit = display.money_name
        note = QLabel(
            self.tr(
                "A purchase from the minimum on is a visit and earns one stamp. Give a reward "
                'a cost in stamps (Rewards tab) for "the 10th coffee is free". A refund takes '
                "the visit's stamp back when nothing, or less than the minimum, is left of it."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(
            self.tr("Minimum purchase for a stamp ({unit})").format(unit=unit), self.minimum
        )
        form.addRow(self.tr("Stamps a member may earn a day"), self.per_day)
        form.addRow(self.points)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self.enabled.toggled.connect(self._follow)
        self._follow(False)

    def _follow(self, on: bool) -> None:
        for widget in (self.minimum, self.per_day, self.points):
            widget.setEnabled(on)

    def load(self, rule: EarnRule) -> None:
        card = rule.stamps
        self.enabled.setChecked(card is not None)
        self.minimum.set_rials(card.min_purchase_rials if card else 0)
        self.per_day.setValue(card.per_day if card else DEFAULT_STAMPS_PER_DAY)
        self.points.setChecked(rule.points_enabled)
        self._follow(card is not None)

    def apply(self, rule: EarnRule) -> EarnRule:
        """``rule`` with the stamp card as the form has it."""
        if not self.enabled.isChecked():
            # Turning the card off brings points back: a club must earn something.
            return replace(rule, stamps=None, points_enabled=True)
        minimum = self.minimum.rials_text()
        return replace(
            rule,
            stamps=StampRule(int(minimum) if minimum else 0, self.per_day.value()),
            points_enabled=self.points.isChecked(),
        )

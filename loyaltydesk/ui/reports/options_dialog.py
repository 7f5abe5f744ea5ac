"""The owner's report options: how long a member counts as a customer after a purchase, and
how many times their usual gap makes them "drifting away". Saved with the other settings."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.reports import MAX_ACTIVE_DAYS, MAX_RISK_FACTOR, ReportOptions
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.display import Display
from loyaltydesk.settings import Settings
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.widgets.error_label import ErrorLabel

# The decimal signs a Persian keyboard gives, besides the Latin point.
_DECIMAL_SIGNS = str.maketrans({"\u066b": ".", "/": ".", ",": "."})


def parse_options(active_days: str, risk_factor: str) -> ReportOptions:
    """The options as typed (either digits); InvalidInput naming the field that is wrong."""
    days_text = fold_digits(active_days).strip()
    if not days_text.isdigit():
        raise InvalidInput("report.bad_active_days", limit=MAX_ACTIVE_DAYS)
    try:
        factor = Decimal(fold_digits(risk_factor).strip().translate(_DECIMAL_SIGNS))
    except InvalidOperation:
        raise InvalidInput("report.bad_risk_factor", limit=int(MAX_RISK_FACTOR)) from None
    if not factor.is_finite():
        raise InvalidInput("report.bad_risk_factor", limit=int(MAX_RISK_FACTOR))
    return ReportOptions(int(days_text), factor).checked()


class ReportOptionsDialog(QDialog):
    def __init__(self, settings: Settings, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._display = display
        self.saved: Settings | None = None
        self.setWindowTitle(self.tr("Report options"))
        options = settings.report_options
        self.active_days = QLineEdit(display.n(options.active_days))
        self.active_days.setObjectName("reportActiveDays")
        self.risk_factor = QLineEdit(display.digits(str(options.risk_factor)))
        self.risk_factor.setObjectName("reportRiskFactor")
        self.error = ErrorLabel("reportOptionsError")
        form = QFormLayout()
        form.addRow(self.tr("A customer for (days after a purchase)"), self.active_days)
        form.addRow(self.tr("Drifting away after (× their usual gap)"), self.risk_factor)
        explain = QLabel(
            self.tr(
                "A member who bought in the last {days} days counts as a customer. A member "
                "is drifting away when absent longer than their usual gap between visits "
                "times this factor."
            ).format(days=display.n(options.active_days))
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            options = parse_options(self.active_days.text(), self.risk_factor.text())
        except InvalidInput as error:
            self.error.setText(error_text(error, self._display.language, self._display.unit))
            field = self.active_days if error.code == "report.bad_active_days" else self.risk_factor
            field.setFocus()
            field.selectAll()
            return
        # The same path as the settings dialog: the whole settings file, written at once.
        updated = replace(
            self._settings,
            report_active_days=options.active_days,
            report_risk_factor=str(options.risk_factor),
        )
        updated.save()
        self.saved = updated
        self.accept()

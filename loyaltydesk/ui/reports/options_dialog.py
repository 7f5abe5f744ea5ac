"""The owner's report options: how long a member counts as a customer after a purchase, and
how many times their usual gap makes them "drifting away" (saved with the other settings);
and the shop's opening hours the anomalies page checks against (kept for the whole club)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.anomalies import OpeningHours, parse_time_of_day
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.reports import MAX_ACTIVE_DAYS, MAX_RISK_FACTOR, ReportOptions
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.display import Display
from loyaltydesk.settings import Settings
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.widgets.error_label import ErrorLabel

# The decimal signs a Persian keyboard gives, besides the Latin point.
_DECIMAL_SIGNS = str.maketrans({"\u066b": ".", "/": ".", ",": "."})
# Wide enough for the Persian labels beside their fields; narrower on a smaller screen.
DIALOG_WIDTH = 520


def parse_active_days(text: str) -> int:
    """The days as typed (either digits), or InvalidInput saying what they may be."""
    days_text = fold_digits(text).strip()
    if not days_text.isdigit():
        raise InvalidInput("report.bad_active_days", limit=MAX_ACTIVE_DAYS)
    days = int(days_text)
    # The domain's own bounds, asked of this field alone (the factor is judged apart).
    ReportOptions(active_days=days).checked()
    return days


def parse_risk_factor(text: str) -> Decimal:
    """The factor as typed (either digits, any decimal sign), or InvalidInput."""
    try:
        factor = Decimal(fold_digits(text).strip().translate(_DECIMAL_SIGNS))
    except InvalidOperation:
        raise InvalidInput("report.bad_risk_factor", limit=int(MAX_RISK_FACTOR)) from None
    if not factor.is_finite():
        raise InvalidInput("report.bad_risk_factor", limit=int(MAX_RISK_FACTOR))
    ReportOptions(risk_factor=factor).checked()
    return factor


def parse_options(active_days: str, risk_factor: str) -> ReportOptions:
    """The options as typed (either digits); InvalidInput naming the field that is wrong."""
    return ReportOptions(parse_active_days(active_days), parse_risk_factor(risk_factor)).checked()


def parse_opening_hours(opens: str, closes: str) -> OpeningHours | None:
    """Both times as typed (either digits), or both empty for none; InvalidInput otherwise."""
    if not opens.strip() and not closes.strip():
        return None
    if not opens.strip() or not closes.strip():
        raise InvalidInput("report.opening_hours_half")
    return OpeningHours(parse_time_of_day(opens), parse_time_of_day(closes)).checked()


class ReportOptionsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        display: Display,
        parent: QWidget | None = None,
        *,
        opening_hours: OpeningHours | None = None,
        save_opening_hours: Callable[[OpeningHours | None], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._display = display
        self._save_hours = save_opening_hours
        self.saved: Settings | None = None
        self.setWindowTitle(self.tr("Report options"))
        options = settings.report_options
        self.active_days = QLineEdit(display.n(options.active_days))
        self.active_days.setObjectName("reportActiveDays")
        self.risk_factor = QLineEdit(display.digits(str(options.risk_factor)))
        self.risk_factor.setObjectName("reportRiskFactor")
        # Each field says its own mistake under it: both can be wrong at once.
        self.days_error = ErrorLabel("reportActiveDaysError")
        self.factor_error = ErrorLabel("reportRiskFactorError")
        form = QFormLayout()
        # Long labels (Persian ones above all) go above their field rather than squeeze it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("A customer for (days after a purchase)"), self.active_days)
        form.addRow(self.days_error)  # the whole width: fewer lines
        form.addRow(self.tr("Drifting away after (× their usual gap)"), self.risk_factor)
        form.addRow(self.factor_error)
        self.opens = QLineEdit(
            display.digits(opening_hours.opens.strftime("%H:%M")) if opening_hours else ""
        )
        self.opens.setObjectName("reportOpens")
        self.closes = QLineEdit(
            display.digits(opening_hours.closes.strftime("%H:%M")) if opening_hours else ""
        )
        self.closes.setObjectName("reportCloses")
        self.opens.setPlaceholderText(display.digits("10:00"))
        self.closes.setPlaceholderText(display.digits("23:00"))
        self.hours_error = ErrorLabel("reportOpeningHoursError")
        if save_opening_hours is not None:
            form.addRow(self.tr("Shop opens at (every day)"), self.opens)
            form.addRow(self.tr("Shop closes at (after midnight: 01:00)"), self.closes)
            form.addRow(self.hours_error)
        explain = QLabel(
            self.tr(
                "A member who bought in the last {days} days counts as a customer. A member "
                "is drifting away when absent longer than their usual gap between visits "
                "times this factor."
            ).format(days=display.n(options.active_days))
        )
        explain.setWordWrap(True)
        hours_explain = QLabel(
            self.tr(
                "The Anomalies page lists ledger entries made outside the opening hours; "
                "leave both times empty to skip that check. The hours are the whole club's."
            )
        )
        hours_explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The dialog grows with what it says (wrapped lines need the height they take).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(explain)
        if save_opening_hours is not None:
            layout.addWidget(hours_explain)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(DIALOG_WIDTH, self._room().width()))

    def _room(self) -> QSize:
        screen = (self.parentWidget() or self).screen()
        return screen.availableGeometry().size() if screen is not None else QSize(1024, 600)

    @property
    def error(self) -> ErrorLabel:
        """The first message shown (the days', else the factor's, else the hours')."""
        if self.days_error.text():
            return self.days_error
        return self.factor_error if self.factor_error.text() else self.hours_error

    def save(self) -> None:
        shown = self._display
        days: int | None = None
        factor: Decimal | None = None
        try:
            days = parse_active_days(self.active_days.text())
            self.days_error.clear()
        except InvalidInput as error:
            self.days_error.setText(error_text(error, shown))
        try:
            factor = parse_risk_factor(self.risk_factor.text())
            self.factor_error.clear()
        except InvalidInput as error:
            self.factor_error.setText(error_text(error, shown))
        hours_ok = True
        hours: OpeningHours | None = None
        try:
            hours = parse_opening_hours(self.opens.text(), self.closes.text())
            self.hours_error.clear()
        except InvalidInput as error:
            self.hours_error.setText(error_text(error, shown))
            hours_ok = False
        if days is None or factor is None or not hours_ok:
            field = (
                self.active_days
                if days is None
                else self.risk_factor
                if factor is None
                else self.opens
            )
            field.setFocus()
            field.selectAll()
            # The messages take room the dialog did not have: laid out again, then grown.
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.adjustSize()
            return
        if self._save_hours is not None:
            try:
                self._save_hours(hours)
            except DomainError as error:
                self.hours_error.setText(error_text(error, shown))
                return
        options = ReportOptions(days, factor).checked()
        # The same path as the settings dialog: the whole settings file, written at once.
        updated = replace(
            self._settings,
            report_active_days=options.active_days,
            report_risk_factor=str(options.risk_factor),
        )
        updated.save()
        self.saved = updated
        self.accept()

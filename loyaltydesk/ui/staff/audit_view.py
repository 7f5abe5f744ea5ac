"""The owner's Audit trail part: who did what, when, on which counter, approved by whom and
what changed, newest first, filtered by person, kind and period; exported as CSV.

The trail is append-only: this part reads it and offers no way to change or remove a line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.devices.exports import write_audit_csv
from loyaltydesk.domain.audit import MAX_AUDIT_LINES, AuditFilter, AuditKind, AuditLine
from loyaltydesk.domain.errors import DomainError, NotPermitted
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.services.audit import AuditService
from loyaltydesk.services.staff import StaffService
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import audit_kind_label
from loyaltydesk.ui.staff.audit_text import change_text, subject_text
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.widgets.optional_date import OptionalDateField

WHEN, WHAT, WHO, APPROVER, COUNTER, SUBJECT, CHANGE = range(7)
COLUMNS = 7
SHOWN_LINES = 1000
CHANGE_SHOWN = 120  # characters of the change in its cell; all of it in the tooltip
OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b3261e;"


class AuditView(QWidget):
    def __init__(
        self,
        audit: AuditService,
        staff: StaffService,
        display: Display,
        session: Session,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._audit = audit
        self._staff = staff
        self._display = display
        self._session = session
        self._lines: list[AuditLine] = []
        self._wanted: AuditFilter | None = None

        self.who = QComboBox()
        self.who.setObjectName("auditWho")
        self.who.setAccessibleName(self.tr("Who"))
        self.what = QComboBox()
        self.what.setObjectName("auditWhat")
        self.what.setAccessibleName(self.tr("What"))
        self.what.addItem(self.tr("Everything"), None)
        for kind in AuditKind:
            if kind is AuditKind.OPERATION:
                continue
            self.what.addItem(audit_kind_label(kind.value), kind.value)
        self.what.addItem(self.tr("Counter actions"), AuditKind.OPERATION.value)
        today = dt.datetime.now(display.zone).date()
        self.start = OptionalDateField(display, self.tr("From"), today)
        self.start.setObjectName("auditFrom")
        self.end = OptionalDateField(display, self.tr("To"), today)
        self.end.setObjectName("auditTo")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("auditShow")
        self.show_button.setDefault(True)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.setToolTip(self.tr("The lines of this choice as a CSV file"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Who")))
        filters.addWidget(self.who)
        filters.addWidget(QLabel(self.tr("What")))
        filters.addWidget(self.what)
        filters.addWidget(self.start)
        filters.addWidget(self.end)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        filters.addWidget(self.export_button)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Who"),
                self.tr("Approved by"),
                self.tr("Counter"),
                self.tr("About"),
                self.tr("Change"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        # Read only: the trail is append-only and this part only reads it.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.message = QLabel()
        self.message.setObjectName("auditMessage")
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.message)

        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.start.edit.returnPressed.connect(self.refresh)
        self.end.edit.returnPressed.connect(self.refresh)
        # Another person at the counter sees what they may see, not what the last one did.
        session.changed.connect(self.refresh)
        self.refresh()

    # -- the filter -------------------------------------------------------------------

    def _fill_people(self) -> None:
        """Everyone, then each account's name (kept chosen across a refresh)."""
        chosen = self.who.currentData()
        try:
            names = [a.name for a in self._staff.listing(self._session.actor)]
        except DomainError:
            names = []  # the trail itself says why it is refused
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Everyone"), None)
        for name in names:
            self.who.addItem(self._display.text(name), name)
        index = self.who.findData(chosen) if chosen is not None else 0
        self.who.setCurrentIndex(max(index, 0))
        self.who.blockSignals(False)

    def wanted(self, limit: int = SHOWN_LINES) -> AuditFilter:
        """The filter the fields say; InvalidInput for a day that is not one."""
        zone = self._display.zone
        first, last = self.start.value(), self.end.value()
        kind = self.what.currentData()
        return AuditFilter.of_days(
            first,
            last,
            zone,
            staff=self.who.currentData(),
            kinds=(kind,) if kind else (),
            limit=limit,
        )

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        d = self._display
        self._fill_people()
        self.message.clear()
        try:
            wanted = self.wanted()
            lines = self._audit.trail(wanted, self._session.actor)
        except DomainError as error:
            if isinstance(error, NotPermitted):
                # Someone who may not read the trail sees none of it, not the last lines.
                self._lines = []
                self.table.setRowCount(0)
                self.count.clear()
            self._say(error_text(error, d), ok=False)
            return
        self._wanted, self._lines = wanted, lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            change = change_text(line.before, line.after, d)
            cells = [
                d.when(line.at),
                audit_kind_label(line.kind),
                d.text(line.staff),
                d.text(line.approver) if line.approver else "",
                d.text(line.counter),
                subject_text(line, d),
                _shortened(change),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == CHANGE and change:
                    item.setToolTip(d.sentence(change))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.Stretch)
        if not lines:
            self.count.setText(self.tr("Nothing in the audit trail for this choice."))
        elif len(lines) >= SHOWN_LINES:
            self.count.setText(
                self.tr(
                    "The newest {count} lines; choose a shorter period to see older ones."
                ).format(count=d.n(len(lines)))
            )
        else:
            self.count.setText(
                self.tr("1 line")
                if is_one(len(lines))
                else self.tr("{count} lines").format(count=d.n(len(lines)))
            )

    # -- export -----------------------------------------------------------------------

    def export(self) -> None:
        d = self._display
        actor = self._session.actor
        try:
            self._audit.may_export(actor)  # refused: no file dialog, no file
            wanted = self.wanted(MAX_AUDIT_LINES)
        except DomainError as error:
            self._say(error_text(error, d), ok=False)
            return
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit trail"),
            str(Path.home() / "audit.csv"),
            self.tr("CSV (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        try:
            lines = self._audit.trail(wanted, actor)
            written = write_audit_csv(target, lines)
            self._audit.exported("audit", len(lines), written, actor)
        except DomainError as error:
            self._say(error_text(error, d), ok=False)
            return
        self.refresh()  # the export is itself a line of the trail
        self._say(
            self.tr("{count} lines written to {path}").format(
                count=d.n(len(lines)), path=d.text(str(written))
            ),
            ok=True,
        )

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(self._display.sentence(text))


def _shortened(text: str) -> str:
    return text if len(text) <= CHANGE_SHOWN else text[: CHANGE_SHOWN - 1] + "…"

"""A member's voice in their details: "Why did they stop coming?" (a reason from the owner's
list and a note, from a call or a reply to the win-back message) and every score and
reason they gave, newest first."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.feedback import Feedback, FeedbackKind, Reason
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.feedback import FeedbackService
from loyaltydesk.ui.error_text import error_text

HISTORY_ROWS = 200


class FeedbackTab(QWidget):
    def __init__(
        self,
        service: FeedbackService,
        display: Display,
        actor: Actor,
        member_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._display = display
        self._actor = actor
        self._member_id = member_id
        self._op_id = str(uuid.uuid4())
        self._reasons: dict[str, Reason] = {}

        self.reason = QComboBox()
        self.reason.setObjectName("whyLeftReason")
        self.note = QPlainTextEdit()
        self.note.setObjectName("whyLeftNote")
        self.note.setPlaceholderText(
            self.tr("What they said on the phone or in reply to the message")
        )
        self.note.setMaximumHeight(70)
        self.note.textChanged.connect(self._changed)
        self.reason.currentIndexChanged.connect(self._changed)
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setObjectName("whyLeftRecord")
        self.message = QLabel()
        self.message.setObjectName("whyLeftMessage")
        self.message.setWordWrap(True)
        why = QGroupBox(self.tr("Why did they stop coming?"))
        form = QFormLayout(why)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.message, 1)
        form.addRow(row)

        self.history = QTableWidget(0, 5)
        self.history.setObjectName("feedbackHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Score"), self.tr("Reason"), self.tr("Note"), self.tr("By")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # The header sizes the columns each time rows change: the note takes what is left,
        # so the table fills its width after Record as when it opened (resizing to the
        # contents once, by hand, left the stretch undone until the dialog was resized).
        header = self.history.horizontalHeader()
        for column in range(self.history.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(QLabel(self.tr("What they told us")))
        layout.addWidget(self.history, 1)
        self.record_button.clicked.connect(self.record)
        self.load()

    def load(self) -> None:
        try:
            reasons = self._service.reasons()
            # Retired reasons too: an answer given with one keeps its name in both languages.
            known = self._service.known_reasons()
            history = self._service.history(self._member_id, HISTORY_ROWS)
        except DomainError as error:
            self._say(error_text(error, self._display), ok=False)
            return
        self._reasons = {r.en: r for r in known}
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(self.tr("No reason"), None)
        for reason in reasons:
            self.reason.addItem(reason.name_in(self._display.language), reason.en)
        self.reason.blockSignals(False)
        self.fill(history)

    def _reason_name(self, stored: str | None) -> str:
        if not stored:
            return ""
        known = self._reasons.get(stored)
        return known.name_in(self._display.language) if known else stored

    def fill(self, history: list[Feedback]) -> None:
        d = self._display
        self.history.setRowCount(len(history))
        for row, item in enumerate(history):
            score = (
                d.n(item.score)
                if item.score is not None
                else self.tr("Stopped coming")
                if item.kind is FeedbackKind.WHY_LEFT
                else ""
            )
            cells = [
                d.when(item.recorded_at),
                score,
                d.text(self._reason_name(item.reason)),
                d.text(item.note or ""),
                f"{item.staff} · {item.counter}",
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _changed(self) -> None:
        # Another reason or note is another record: it needs its own operation id.
        self._op_id = str(uuid.uuid4())

    def record(self) -> None:
        reason = self.reason.currentData()
        try:
            self._service.record_why_left(
                self._op_id,
                self._member_id,
                reason if isinstance(reason, str) else None,
                self.note.toPlainText(),
                self._actor,
            )
        except DomainError as error:
            self._say(error_text(error, self._display), ok=False)
            return
        self._say(self.tr("Recorded."), ok=True)
        self.note.blockSignals(True)
        self.note.clear()
        self.note.blockSignals(False)
        self.reason.setCurrentIndex(0)
        self._op_id = str(uuid.uuid4())
        self.load()

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b3261e;")
        self.message.setText(self._display.sentence(text))

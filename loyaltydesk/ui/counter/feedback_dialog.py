"""How was the visit? One key after a purchase (F3), one digit (1–5, from the keypad or a
Persian keyboard's ۱–۵), Enter: a cashier with a queue records it in a second. A reason
from the owner's list and a note are there for whoever has the time."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.feedback import (
    MAX_NOTE_LENGTH,
    MAX_SCORE,
    MIN_SCORE,
    Reason,
    VisitToScore,
)
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.feedback import FeedbackService, Recorded
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.widgets.error_label import ErrorLabel


def score_of_key(text: str) -> int | None:
    """The score a key press gives: a digit 1–5 in any script (the keypad sends Latin
    digits, a Persian layout ۱–۵, an Arabic one ١–٥)."""
    if len(text) != 1:
        return None
    folded = fold_digits(text)
    if folded.isdigit() and MIN_SCORE <= int(folded) <= MAX_SCORE:
        return int(folded)
    return None


class FeedbackDialog(QDialog):
    def __init__(
        self,
        service: FeedbackService,
        display: Display,
        actor: Actor,
        member_id: int,
        member_name: str,
        purchase_id: int | None = None,
        parent: QWidget | None = None,
        *,
        visit: VisitToScore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self._service = service
        self._display = display
        self._actor = actor
        self._member_id = member_id
        self._purchase_id = visit.purchase_id if visit is not None else purchase_id
        # Made when the dialog opens: a second Enter or a retry after an error records once.
        self._op_id = str(uuid.uuid4())
        self.recorded: Recorded | None = None
        self.setWindowTitle(self.tr("How was the visit?"))

        question = QLabel(
            display.sentence(
                self.tr("How was {name}'s visit? Press {low} to {high}, then Enter.").format(
                    name=display.text(member_name),
                    low=display.n(MIN_SCORE),
                    high=display.n(MAX_SCORE),
                )
            )
        )
        question.setWordWrap(True)
        # Which visit is scored: the latest may be days old, and the cashier should see so
        # before pressing a digit.
        self.visit = QLabel()
        self.visit.setObjectName("feedbackVisit")
        self.visit.setWordWrap(True)
        if visit is not None:
            self.visit.setText(
                display.sentence(
                    self.tr("The visit of {when}, {amount}.").format(
                        when=display.when(visit.occurred_at),
                        amount=display.money(visit.amount_rials),
                    )
                )
            )
        self.visit.setVisible(visit is not None)
        self.scores = QButtonGroup(self)
        self.scores.setExclusive(True)
        row = QHBoxLayout()
        for score in range(MIN_SCORE, MAX_SCORE + 1):
            button = QPushButton(display.n(score))
            button.setObjectName(f"feedbackScore{score}")
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter saves, whichever score has focus
            button.setMinimumHeight(44)
            self.scores.addButton(button, score)
            row.addWidget(button)
        self.reason = QComboBox()
        self.reason.setObjectName("feedbackReason")
        self.reason.addItem(self.tr("No reason"), None)
        try:
            reasons: tuple[Reason, ...] = service.reasons()
        except DomainError:
            reasons = ()
        for reason in reasons:
            self.reason.addItem(reason.name_in(display.language), reason.en)
        self.note = QLineEdit()
        self.note.setObjectName("feedbackNote")
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.error = ErrorLabel("feedbackError")
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setObjectName("feedbackSave")
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.setAutoDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.visit)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.note.returnPressed.connect(self.save)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # On Save, not in a field: a digit is a score (a button lets it through to the
        # dialog) and Enter saves. The note takes digits only once the cashier goes there.
        self.save_button.setFocus()

    def score(self) -> int | None:
        chosen = self.scores.checkedId()
        return chosen if chosen >= MIN_SCORE else None

    def set_score(self, score: int) -> None:
        button = self.scores.button(score)
        if button is not None:
            button.setChecked(True)
            self.error.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        score = score_of_key(event.text())
        if score is not None:
            self.set_score(score)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        score = self.score()
        if score is None:
            self.error.setText(
                self._display.sentence(
                    self.tr("Press a score from {low} to {high} first.").format(
                        low=self._display.n(MIN_SCORE), high=self._display.n(MAX_SCORE)
                    )
                )
            )
            return
        reason = self.reason.currentData()
        try:
            self.recorded = self._service.record_visit(
                self._op_id,
                self._member_id,
                score,
                reason=reason if isinstance(reason, str) else None,
                note=self.note.text(),
                purchase_id=self._purchase_id,
                actor=self._actor,
            )
        except DomainError as error:
            self.error.setText(error_text(error, self._display))
            return
        self.accept()

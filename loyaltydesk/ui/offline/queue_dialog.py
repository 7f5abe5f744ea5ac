"""Club → Offline queue: what this counter holds for the server (and what the server
refused, to send again once its cause is fixed), and the rewards offline counters gave that
the points no longer covered when they arrived — settled by a manager, forgiven or charged
to the member."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.offline import (
    QueuedKind,
    QueuedOperation,
    QueuedState,
    Settlement,
    SyncConflict,
)
from loyaltydesk.domain.staff import Permission
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.offline import CounterLink, SyncReport
from loyaltydesk.services.sync_conflicts import SyncConflictService
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.tasks import Task, run_in_background


def _chosen(table: QTableWidget) -> int:
    """The row chosen (clicked or selected), or -1."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class OfflineQueueDialog(QDialog):
    def __init__(
        self,
        link: CounterLink,
        conflicts: SyncConflictService,
        session: Session,
        display: Display,
        bus: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offlineQueueDialog")
        self.setWindowTitle(self.tr("Offline queue"))
        self._link = link
        self._conflicts = conflicts
        self._session = session
        self._display = display
        self._bus = bus
        self._kept: list[QueuedOperation] = []
        self._open: list[SyncConflict] = []
        self._task: Task | None = None

        waiting_box = QGroupBox(self.tr("Kept on this counter for the server"))
        self.waiting = _table(
            [self.tr("When"), self.tr("Member"), self.tr("What"), self.tr("State")]
        )
        self.waiting.setObjectName("waitingTable")
        self.retry_button = QPushButton(self.tr("Send again at the next sync"))
        self.retry_button.setObjectName("retryButton")
        self.sync_button = QPushButton(self.tr("Send now"))
        self.sync_button.setObjectName("syncButton")
        self.discard_button = QPushButton(self.tr("Take back: never send"))
        self.discard_button.setObjectName("discardButton")
        waiting_layout = QVBoxLayout(waiting_box)
        waiting_layout.addWidget(self.waiting)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.retry_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        waiting_layout.addLayout(row)

        conflicts_box = QGroupBox(self.tr("Rewards given offline that the points did not cover"))
        self.conflicts = _table(
            [
                self.tr("Given"),
                self.tr("Member"),
                self.tr("Reward"),
                self.tr("Counter"),
                self.tr("Points short"),
            ]
        )
        self.conflicts.setObjectName("conflictsTable")
        self.note = QLineEdit()
        self.note.setObjectName("settleNote")
        self.note.setPlaceholderText(self.tr("A note for the trail (optional)"))
        self.forgive_button = QPushButton(self.tr("Forgive: the shop bears it"))
        self.forgive_button.setObjectName("forgiveButton")
        self.charge_button = QPushButton(self.tr("Charge the member's points"))
        self.charge_button.setObjectName("chargeButton")
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.addWidget(self.conflicts)
        conflicts_layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.forgive_button)
        row.addWidget(self.charge_button)
        row.addStretch(1)
        conflicts_layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("queueMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(waiting_box, 1)
        layout.addWidget(conflicts_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._may_settle = session.may(Permission.SETTLE_SYNC)
        conflicts_box.setVisible(self._may_settle)
        self.retry_button.setVisible(self._may_settle)

        self.sync_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self.retry)
        self.discard_button.clicked.connect(self.discard)
        self.forgive_button.clicked.connect(lambda: self.settle(Settlement.FORGIVEN))
        self.charge_button.clicked.connect(lambda: self.settle(Settlement.CHARGED))
        self.waiting.itemSelectionChanged.connect(self._enable)
        self.conflicts.itemSelectionChanged.connect(self._enable)
        self.resize(760, 520)
        self.refresh()

    def refresh(self) -> None:
        d = self._display
        self._kept = self._link.pending()
        self.waiting.setRowCount(len(self._kept))
        for row, op in enumerate(self._kept):
            what = (
                self.tr("purchase {amount}: about {points} points").format(
                    amount=d.money(op.amount_rials), points=d.points(op.points, signed=True)
                )
                if op.kind is QueuedKind.CREDIT
                else self.tr("{reward}: {points} points").format(
                    reward=op.reward_in(d.language),
                    points=d.points(-op.points),
                )
            )  # fmt: skip
            state = (
                self.tr("waiting")
                if op.state is QueuedState.PENDING
                else self.tr("refused: {reason}").format(
                    reason=error_text(DomainError(op.problem or "", **op.problem_params), d)
                )
            )
            for column, text in enumerate((d.when(op.at), op.member_name, what, state)):
                self.waiting.setItem(row, column, QTableWidgetItem(text))
        try:
            self._open = self._conflicts.listed(self._session.actor) if self._may_settle else []
        except DomainError as error:  # the server does not answer: what waits here still shows
            self._open = []
            self._say(error_text(error, d), ok=False)
        self.conflicts.setRowCount(len(self._open))
        for row, c in enumerate(self._open):
            reward = c.reward_in(d.language)
            cells = (d.when(c.happened_at), c.member_name, reward, c.counter, d.n(c.shortfall))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.conflicts.setItem(row, column, item)
        self._enable()

    def _enable(self) -> None:
        row = _chosen(self.waiting)
        kept = self._kept[row] if 0 <= row < len(self._kept) else None
        refused = kept is not None and kept.state is QueuedState.REFUSED
        self.retry_button.setEnabled(refused)
        # A cashier takes back their own waiting action; a manager, any (as the link checks).
        own = kept is not None and kept.actor.staff_id == self._session.actor.staff_id
        self.discard_button.setEnabled(
            self._task is None
            and kept is not None
            and (self._may_settle or (own and kept.state is QueuedState.PENDING))
        )
        chosen = 0 <= _chosen(self.conflicts) < len(self._open)
        self.forgive_button.setEnabled(chosen)
        self.charge_button.setEnabled(chosen)
        self.sync_button.setEnabled(
            self._task is None and any(op.state is QueuedState.PENDING for op in self._kept)
        )

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b3261e;")
        self.message.setText(self._display.sentence(text))

    def send_now(self) -> None:
        """The queue sent in a worker (a long one takes a while); the answer said here."""
        if self._task is not None:
            return
        self.sync_button.setEnabled(False)
        self._say(self.tr("Sending…"), ok=True)

        def done(report: object) -> None:
            self._task = None
            self._sent(report if isinstance(report, SyncReport) else None)

        def failed(error: BaseException) -> None:
            self._task = None
            if isinstance(error, DomainError):
                self._say(error_text(error, self._display), ok=False)
            else:
                self._say(self.tr("Something went wrong; the details are in the log."), ok=False)
            self.refresh()

        self._task = run_in_background(self._link.sync, done, failed)

    def _sent(self, report: SyncReport | None) -> None:
        d = self._display
        if report is None:
            self._say(self.tr("A sync is under way; look again in a moment."), ok=True)
        elif not report.reached:
            self._say(
                self.tr("The server does not answer; {left} still wait.").format(
                    left=d.n(report.left)
                ),
                ok=False,
            )
        else:
            self._say(
                self.tr("Sent {sent}; {refused} refused.").format(
                    sent=d.n(report.sent), refused=d.n(len(report.refused))
                ),
                ok=not report.refused,
            )
            for member_id in report.members:
                self._bus.member_changed.emit(member_id)
        self.refresh()

    def retry(self) -> None:
        row = _chosen(self.waiting)
        if not 0 <= row < len(self._kept):
            return
        try:
            self._link.retry(self._kept[row].op_id, self._session.actor)
        except DomainError as error:
            self._say(error_text(error, self._display), ok=False)
            return
        self._say(self.tr("It is sent again at the next sync."), ok=True)
        self.refresh()

    def discard(self) -> None:
        """Never send the chosen action: the cashier's mistake while offline, or a refusal
        a manager has looked at. Asked first: the member's points change with it."""
        row = _chosen(self.waiting)
        if not 0 <= row < len(self._kept):
            return
        op = self._kept[row]
        d = self._display
        question = (
            self.tr(
                "Take back the purchase of {amount} for {member}? It is never sent, and the "
                "member does not get its points."
            ).format(amount=d.money(op.amount_rials), member=op.member_name)
            if op.kind is QueuedKind.CREDIT
            else self.tr(
                "Take back the reward {reward} for {member}? It is never sent, and the member "
                "keeps its {points} points."
            ).format(
                reward=op.reward_in(d.language),
                member=op.member_name,
                points=d.n(op.points),
            )
        )  # fmt: skip
        answer = QMessageBox.question(self, self.tr("Take back"), d.sentence(question))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._link.discard(op.op_id, self._session.actor)
        except DomainError as error:
            self._say(error_text(error, d), ok=False)
            self.refresh()
            return
        self._say(self.tr("Taken back: it will not be sent."), ok=True)
        self._bus.member_changed.emit(op.member_id)
        self.refresh()

    def settle(self, how: Settlement) -> None:
        row = _chosen(self.conflicts)
        if not 0 <= row < len(self._open):
            return
        conflict = self._open[row]
        d = self._display
        question = (
            self.tr(
                "Forgive {member} the {points} points the reward was short? The shop bears "
                "it and the member's balance stays."
            )
            if how is Settlement.FORGIVEN
            else self.tr(
                "Charge {member} the {points} points the reward was short? Their balance "
                "goes down by that much, below zero if it must."
            )
        ).format(member=conflict.member_name, points=d.n(conflict.shortfall))
        answer = QMessageBox.question(self, self.tr("Settle"), d.sentence(question))
        if answer != QMessageBox.StandardButton.Yes:
            return
        op_id = str(uuid.uuid4())
        note = self.note.text()
        try:
            settled = self._session.call(
                self, lambda actor: self._conflicts.settle(op_id, conflict.id, how, note, actor)
            )
        except DomainError as error:
            self._say(error_text(error, self._display), ok=False)
            return
        if settled is None:
            return
        self.note.clear()
        self._say(
            self.tr("Settled: forgiven.")
            if how is Settlement.FORGIVEN
            else self.tr("Settled: {points} points charged to {member}.").format(
                points=self._display.n(conflict.shortfall), member=conflict.member_name
            ),
            ok=True,
        )
        self._bus.member_changed.emit(conflict.member_id)
        self.refresh()

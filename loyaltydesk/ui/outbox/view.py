"""The Outbox: every message to members, queued, exported, sent or failed; SMS exported as a
file for the bulk-SMS panel and marked sent, e-mail sent now, failed ones queued again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.devices.outbox_files import writer_for
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.messages import Channel, MessageStatus, in_quiet_hours
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.services.outbox import OutboxLine, OutboxService, SendRun
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import campaign_label
from loyaltydesk.ui.outbox.labels import (
    channel_label,
    export_summary,
    last_error_text,
    marked_sent_text,
    queued_again_text,
    quiet_export_warning,
    send_summary,
    status_label,
)
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.tasks import Task, run_in_background

LIST_LIMIT = 1000
COLUMNS = 10
_ERROR_COLUMN = 6
_TEXT_COLUMN = 9
TEXT_SHOWN = 80  # characters of a message's text in its cell; the whole of it in the pane


class OutboxView(QWidget):
    def __init__(
        self,
        outbox: OutboxService,
        display: Display,
        bus: ChangeBus,
        open_mail_settings: Callable[[], None],
        parent: QWidget | None = None,
        *,
        session: Session,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._outbox = outbox
        self._display = display
        self._lines: list[OutboxLine] = []
        self._task: Task | None = None
        self.counts = QLabel()
        self.counts.setObjectName("outboxCounts")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("outboxStatus")
        self.status_filter.addItem(self.tr("Every status"), None)
        for status in MessageStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("outboxChannel")
        self.channel_filter.addItem(self.tr("SMS and e-mail"), None)
        for channel in Channel:
            self.channel_filter.addItem(channel_label(channel), channel.value)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.status_filter)
        top.addWidget(self.channel_filter)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Channel"),
                self.tr("To"),
                self.tr("Parts"),
                self.tr("Status"),
                self.tr("Tries"),
                self.tr("Last error"),
                self.tr("Campaign"),
                self.tr("Queued"),
                self.tr("Text"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_ERROR_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.export_button = QPushButton(self.tr("Export SMS…"))
        self.export_button.setObjectName("outboxExport")
        self.export_button.setToolTip(
            self.tr("Queued SMS as a CSV or Excel file for your bulk-SMS panel")
        )
        self.mark_sent_button = QPushButton(self.tr("Mark sent"))
        self.mark_sent_button.setObjectName("outboxMarkSent")
        self.mark_sent_button.setToolTip(
            self.tr("The selected exported messages, or all exported ones, were sent by the panel")
        )
        self.send_button = QPushButton(self.tr("Send e-mail now"))
        self.send_button.setObjectName("outboxSend")
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("outboxRetry")
        self.retry_button.setToolTip(self.tr("Queue the selected failed messages again"))
        self.mail_button = QPushButton(self.tr("E-mail server…"))
        self.mail_button.setObjectName("outboxMailServer")
        buttons = QHBoxLayout()
        for button in (
            self.export_button,
            self.mark_sent_button,
            self.send_button,
            self.retry_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.mail_button)
        self.message = QLabel()
        self.message.setObjectName("outboxMessage")
        self.message.setWordWrap(True)
        # The chosen message as the member reads it: subject and whole text.
        self.detail = QLabel()
        self.detail.setObjectName("outboxDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.channel_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.export)
        self.mark_sent_button.clicked.connect(self.mark_sent)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self.retry)
        self.mail_button.clicked.connect(open_mail_settings)
        self.table.itemSelectionChanged.connect(self._show_detail)
        bus.club_changed.connect(self.refresh)
        self.refresh()

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        d = self._display
        try:
            counts = self._outbox.counts()
            status = self.status_filter.currentData()
            channel = self.channel_filter.currentData()
            self._lines = self._outbox.lines(
                status=MessageStatus(status) if status else None,
                channel=Channel(channel) if channel else None,
                limit=LIST_LIMIT,
            )
        except DomainError as error:
            self._say(error_text(error, d), ok=False)
            return
        self.counts.setText(
            "   ".join(
                self.tr("{status}: {count}").format(status=status_label(s), count=d.n(n))
                for s, n in counts.items()
            )
        )
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            m = line.message
            cells = [
                d.text(line.member_name),
                channel_label(m.channel),
                d.digits(m.recipient) if m.channel is Channel.SMS else m.recipient,
                d.n(m.parts),
                status_label(m.status),
                d.n(m.attempts),
                # A server's words in English stay in their order inside a Persian table.
                d.text(last_error_text(m.last_error, d.language, m.recipient))
                if m.last_error
                else "",
                campaign_label(m.campaign),
                d.when(m.created_at),
                _shortened(" ".join(m.body.split())),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == _ERROR_COLUMN and text:
                    item.setToolTip(text)
                    item.setForeground(Qt.GlobalColor.darkRed)
                if column == _TEXT_COLUMN:
                    item.setToolTip(m.body)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            _ERROR_COLUMN, QHeaderView.ResizeMode.Stretch
        )

    def _show_detail(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if len(rows) != 1 or rows[0] >= len(self._lines):
            self.detail.clear()
            return
        m = self._lines[rows[0]].message
        text = m.body
        if m.subject:
            text = self.tr("Subject: {subject}").format(subject=m.subject) + "\n" + text
        self.detail.setText(self._display.sentence(text))

    def selected(self, status: MessageStatus) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._lines[r].message.id for r in rows if self._lines[r].message.status is status]

    # -- actions ----------------------------------------------------------------------

    def export(self) -> None:
        d = self._display
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export queued SMS"),
            str(Path.home() / "sms.csv"),
            ";;".join([self.tr("CSV for an SMS panel (*.csv)"), self.tr("Excel (*.xlsx)")]),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_name(target.name + (".xlsx" if "xlsx" in chosen else ".csv"))
        if in_quiet_hours(self._outbox.local_now()) and not self._ask(
            self.tr("Export SMS"),
            quiet_export_warning(d) + " " + self.tr("Export now anyway?"),
        ):
            return
        try:
            exported = self._outbox.export_sms(target, writer_for(target), self._session.actor)
        except DomainError as error:
            self._say(error_text(error, d), ok=False)
            return
        self.refresh()
        self._say(export_summary(exported, d, screen=True), ok=True)

    def mark_sent(self) -> None:
        chosen = self.selected(MessageStatus.EXPORTED)
        if not chosen and self.table.selectionModel().selectedRows():
            # Rows were chosen and none of them is exported: they mean those rows, not all.
            self._say(
                self.tr("None of the selected messages was exported, so none can be marked sent."),
                ok=False,
            )
            return
        if not chosen:
            waiting = self._outbox.counts()[MessageStatus.EXPORTED]
            if not waiting:
                self._say(self.tr("No exported message is waiting to be marked sent."), ok=False)
                return
            if not self._ask(
                self.tr("Mark sent"),
                self.tr("Mark the exported message sent?")
                if is_one(waiting)
                else self.tr("Mark all {count} exported messages sent?").format(
                    count=self._display.n(waiting)
                ),
            ):
                return
        self._act(
            lambda: self._outbox.mark_sent(self._session.actor, chosen or None),
            lambda n: marked_sent_text(n, self._display),
        )

    def retry(self) -> None:
        chosen = self.selected(MessageStatus.FAILED)
        if not chosen:
            chosen = [
                line.message.id
                for line in self._lines
                if line.message.status is MessageStatus.FAILED
            ]
            if not chosen:
                self._say(self.tr("No failed message is shown to retry."), ok=False)
                return
            if not self._ask(
                self.tr("Retry"),
                self.tr("Queue the failed message shown again?")
                if is_one(len(chosen))
                else self.tr("Queue all {count} failed messages shown again?").format(
                    count=self._display.n(len(chosen))
                ),
            ):
                return
        self._act(
            lambda: self._outbox.retry(chosen, self._session.actor),
            lambda n: queued_again_text(n, self._display),
        )

    def send_now(self) -> None:
        """E-mail goes out in a worker: a slow server never freezes the window."""
        self.send_button.setEnabled(False)
        self._say(self.tr("Sending e-mail…"), ok=True)

        def done(run: SendRun) -> None:
            self.send_button.setEnabled(True)
            self.refresh()
            self._say(send_summary(run, self._display), ok=not (run.retrying or run.failed))

        def failed(error: BaseException) -> None:
            self.send_button.setEnabled(True)
            if not isinstance(error, DomainError):
                raise error
            self.refresh()
            self._say(error_text(error, self._display), ok=False)

        actor = self._session.actor
        self._task = run_in_background(lambda: self._outbox.send_email(actor), done, failed)

    def _act(self, work: Callable[[], int], said: Callable[[int], str]) -> None:
        try:
            changed = work()
        except DomainError as error:
            self._say(error_text(error, self._display), ok=False)
            return
        self.refresh()
        self._say(said(changed), ok=True)

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, self._display.sentence(question))
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b3261e;")
        self.message.setText(self._display.sentence(text))


def _shortened(text: str) -> str:
    return text if len(text) <= TEXT_SHOWN else text[: TEXT_SHOWN - 1] + "…"

"""The club's mail server: host, port, STARTTLS, login, From address; the password goes to
the system's keyring (or, where there is none, is not kept, and the dialog says so)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.mail import SMTP_PORT, SSL_PORT, MailServer, check_mail_server
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.outbox import OutboxService
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.outbox.labels import no_keyring_notice
from loyaltydesk.ui.tasks import Task, run_in_background


class MailServerDialog(QDialog):
    def __init__(
        self,
        outbox: OutboxService,
        display: Display,
        parent: QWidget | None = None,
        *,
        actor: Actor,
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self._outbox = outbox
        self._display = display
        self.saved: MailServer | None = None
        self._task: Task | None = None
        self._closed = False
        self.setWindowTitle(self.tr("E-mail server"))
        self.host = QLineEdit()
        self.host.setObjectName("mailHost")
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setObjectName("mailPort")
        self.port.setRange(1, 65535)
        self.port.setValue(SMTP_PORT)
        self.starttls = QCheckBox(
            self.tr("STARTTLS (without it: port {port} is TLS, others plain)").format(
                port=display.digits(str(SSL_PORT))
            )
        )
        self.starttls.setObjectName("mailStartTls")
        self.starttls.setChecked(True)
        self.user = QLineEdit()
        self.user.setObjectName("mailUser")
        self.password = QLineEdit()
        self.password.setObjectName("mailPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit()
        self.from_address.setObjectName("mailFrom")
        self.from_address.setPlaceholderText("club@example.com")
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("mailKeyringNote")
        self.keyring_note.setWordWrap(True)
        self.test_to = QLineEdit()
        self.test_to.setObjectName("mailTestTo")
        self.test_to.setPlaceholderText(self.tr("an address to send a test to"))
        self.test_button = QPushButton(self.tr("Save and send a test"))
        self.test_button.setObjectName("mailTest")
        self.message = QLabel()
        self.message.setObjectName("mailMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow("", self.starttls)
        form.addRow(self.tr("User (optional)"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("From address"), self.from_address)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        form.addRow(self.tr("Test"), test_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.send_test)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._load()

    def _load(self) -> None:
        keyring = self._outbox.keyring_usable()
        if keyring:
            self.keyring_note.setText(
                self.tr("Kept in the system keyring, never in a file. Leave empty to keep it.")
            )
        else:
            self.keyring_note.setText(no_keyring_notice())
            self.keyring_note.setStyleSheet("color: #b3261e;")
        try:
            server = self._outbox.mail_server()
        except DomainError as error:
            self._say(error_text(error, self._display), ok=False)
            return
        if server is None:
            return
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.starttls.setChecked(server.starttls)
        self.user.setText(server.user or "")
        self.from_address.setText(server.sender)

    def save(self) -> bool:
        try:
            server = check_mail_server(
                self.host.text(),
                self.port.value(),
                starttls=self.starttls.isChecked(),
                user=self.user.text(),
                sender=self.from_address.text(),
            )
            kept = self._outbox.set_mail_server(server, self._actor, self.password.text() or None)
        except DomainError as error:
            self._say(error_text(error, self._display), ok=False)
            return False
        self.saved = server
        self.password.clear()  # not kept in the window either
        if kept.saved:
            self._say(self.tr("Saved; the password is in the system keyring."), ok=True)
        else:
            self._say(self.tr("Saved."), ok=True)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def send_test(self) -> None:
        """Saved here, sent in a worker: a server that takes the connection and never
        answers keeps the test waiting, not the window."""
        if not self.save():
            return
        address = self.test_to.text().strip()
        subject = self.tr("LoyaltyDesk: test message")
        body = self.tr("This is a test from LoyaltyDesk: the club's e-mail to members works.")
        self._testing(True)
        self._say(self.tr("Sending a test to {address}…").format(address=address), ok=True)

        def done(_result: object) -> None:
            if self._closed:
                return
            self._testing(False)
            self._say(self.tr("Test message sent to {address}.").format(address=address), ok=True)

        def failed(error: BaseException) -> None:
            if self._closed:
                return
            self._testing(False)
            if not isinstance(error, DomainError):
                raise error
            self._say(error_text(error, self._display), ok=False)

        self._task = run_in_background(
            lambda: self._outbox.send_test(address, self._actor, subject=subject, body=body),
            done,
            failed,
        )

    def _testing(self, running: bool) -> None:
        self.test_button.setEnabled(not running)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(not running)

    def done(self, result: int) -> None:
        # A test still running reports to nobody once the dialog is gone.
        self._closed = True
        super().done(result)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b3261e;")
        self.message.setText(self._display.sentence(text))

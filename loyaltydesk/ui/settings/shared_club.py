"""The "Shared club" part of the settings (and of the first-run wizard): this counter on a
PostgreSQL server — its fields, a connection check that says what is wrong, and moving
this counter's own club onto an empty server database.

The widget only gathers and shows; the check and the move are handed to it (they run in
a worker: a server that does not answer must not freeze the window)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.devices.passwords import KeyringPasswords, switch_to_server
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.servers import (
    TLS_DISABLE,
    TLS_REQUIRE,
    TLS_VERIFY_FULL,
    Finding,
    ServerAddress,
    ServerCheck,
    clean_host,
    parse_port,
)
from loyaltydesk.i18n.bidi import isolate
from loyaltydesk.i18n.digits import localize_digits
from loyaltydesk.services.shared_club import (
    MoveResult,
    Progress,
    address_errors,
    normal_address,
)
from loyaltydesk.settings import Settings
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.tasks import Task, run_in_background
from loyaltydesk.ui.widgets.error_label import ERROR_STYLE, ErrorLabel

OK_STYLE = "color: #1b5e20;"
_FIELDS = ("host", "port", "database", "user", "tls", "ca_file")


@dataclass(frozen=True)
class SharedClubActions:
    """What the widget may ask for: a connection check (address, password) and, where a
    club is open at this counter, moving it (address, password, progress)."""

    check: Callable[[ServerAddress, str], ServerCheck]
    move: Callable[[ServerAddress, str, Progress], MoveResult] | None = None


class _Relay(QObject):
    """Carries the move's progress from the worker to the window's thread."""

    step = Signal(str, int, int)


class SharedClubWidget(QWidget):
    """``joining``: the first-run wizard's form (no checkbox, no move: the club is there)."""

    moved = Signal(object)  # the settings switched over to the server

    def __init__(
        self,
        settings: Settings,
        actions: SharedClubActions | None,
        parent: QWidget | None = None,
        *,
        joining: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sharedClub")
        self._settings = settings
        self._actions = actions
        self._passwords = KeyringPasswords.for_database()
        self._task: Task | None = None
        # The last check that found a club, and with which password: Save takes a server
        # only once it was seen to answer (a counter saved onto one it cannot reach does
        # not open, and then its settings cannot be reached from the window).
        self._last_check: tuple[ServerAddress, str, Finding] | None = None
        self._relay = _Relay(self)
        self._relay.step.connect(self._progress_step)
        language = settings.language

        self.enabled = QCheckBox(self.tr("This counter uses a shared club"))
        self.enabled.setObjectName("sharedClubOn")
        self.enabled.setChecked(settings.shared_club or joining)
        self.enabled.setVisible(not joining)
        self.host = QLineEdit(settings.server_host)
        self.host.setObjectName("sharedClubHost")
        self.host.setPlaceholderText(self.tr("The server's name or address, e.g. 192.168.1.10"))
        self.port = QLineEdit(localize_digits(str(settings.server_port), language))
        self.port.setObjectName("sharedClubPort")
        self.port.setMaxLength(8)
        self.database = QLineEdit(settings.server_database)
        self.database.setObjectName("sharedClubDatabase")
        self.user = QLineEdit(settings.server_user)
        self.user.setObjectName("sharedClubUser")
        self.password = QLineEdit()
        self.password.setObjectName("sharedClubPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if self._stored_password():
            self.password.setPlaceholderText(self.tr("Kept in this computer's keyring"))
        self.tls = QComboBox()
        self.tls.setObjectName("sharedClubTls")
        self.tls.addItem(self.tr("Off (only on a network you trust)"), TLS_DISABLE)
        self.tls.addItem(self.tr("Required"), TLS_REQUIRE)
        self.tls.addItem(
            self.tr("Required, and the server verified with a CA file"), TLS_VERIFY_FULL
        )
        self.tls.setCurrentIndex(max(0, self.tls.findData(settings.server_tls)))
        self.ca_file = QLineEdit(settings.server_ca_file)
        self.ca_file.setObjectName("sharedClubCaFile")
        self.ca_file.setPlaceholderText(self.tr("The CA certificate (.pem or .crt)"))
        self.ca_choose = QPushButton(self.tr("Choose…"))
        self.ca_choose.setAutoDefault(False)
        self.ca_choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_choose)
        self.ca_label = QLabel(self.tr("CA file"))
        self.errors = {
            name: ErrorLabel(f"sharedClub{name.title().replace('_', '')}Error") for name in _FIELDS
        }

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("sharedClubTest")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.move_button = QPushButton(self.tr("Move my club to this server…"))
        self.move_button.setObjectName("sharedClubMove")
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self.move_club)
        # A counter already on a server has no club of its own to move: a "move" from there
        # would copy the shared club into a second database and split it.
        self.move_button.setVisible(
            not joining
            and actions is not None
            and actions.move is not None
            and not settings.database().startswith("postgresql")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setObjectName("sharedClubResult")
        self.result.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("sharedClubProgress")
        self.progress.setRange(0, 400)
        self.progress.setVisible(False)
        self.note = QLabel(
            self.tr(
                "A changed database is used from the next start of LoyaltyDesk. The password "
                "is kept in this computer's keyring, never in the settings file."
            )
            if not joining
            else self.tr(
                "The club is set up on its first counter, which moves it to the server "
                "(Settings → Shared club). Here this counter joins it."
            )
        )
        self.note.setObjectName("sharedClubNote")
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow("", self.errors["host"])
        form.addRow(self.tr("Port"), self.port)
        form.addRow("", self.errors["port"])
        form.addRow(self.tr("Database"), self.database)
        form.addRow("", self.errors["database"])
        form.addRow(self.tr("User"), self.user)
        form.addRow("", self.errors["user"])
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("TLS"), self.tls)
        form.addRow("", self.errors["tls"])
        form.addRow(self.ca_label, ca_row)
        form.addRow("", self.errors["ca_file"])
        self.fields = QWidget()
        self.fields.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addWidget(self.fields)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.enabled.toggled.connect(self._enabled_changed)
        self.tls.currentIndexChanged.connect(self._tls_changed)
        # A finding is about the fields as they were: once one changes it is stale.
        for edit in (self.host, self.port, self.database, self.user, self.password, self.ca_file):
            edit.textEdited.connect(self._forget_finding)
        self.tls.currentIndexChanged.connect(self._forget_finding)
        self._enabled_changed()
        self._tls_changed()

    # -- the form ----------------------------------------------------------------------

    def _stored_password(self) -> str | None:
        return self._passwords.get(str(self._settings.data_dir))

    def _enabled_changed(self) -> None:
        on = self.enabled.isChecked()
        self.fields.setEnabled(on)
        self.test_button.setEnabled(on and self._actions is not None)
        self.move_button.setEnabled(on and self._actions is not None)

    def _forget_finding(self) -> None:
        if self._task is None:
            self.result.clear()
            self.progress.setVisible(False)

    def _tls_changed(self) -> None:
        verify = self.tls.currentData() == TLS_VERIFY_FULL
        for widget in (self.ca_label, self.ca_file, self.ca_choose):
            widget.setVisible(verify)
        if not verify:
            self.errors["ca_file"].clear()

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The server's CA certificate"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_file.setText(path)

    def _say(self, text: str, style: str = "") -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)

    def address(self) -> tuple[ServerAddress, dict[str, DomainError]]:
        """The server as typed, and each field's problem (the port read as the language's
        digits or ASCII ones)."""
        errors: dict[str, DomainError] = {}
        try:
            port = parse_port(self.port.text())
        except DomainError as error:
            errors["port"] = error
            port = self._settings.server_port
        address = ServerAddress(
            host=clean_host(self.host.text()),
            port=port,
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            tls=str(self.tls.currentData()),
            ca_file=self.ca_file.text() if self.tls.currentData() == TLS_VERIFY_FULL else "",
        )
        return normal_address(address), address_errors(address) | errors

    def checked(self) -> ServerAddress | None:
        """The address when every field is right; else each wrong field says why and the
        first one takes the focus."""
        address, errors = self.address()
        language = self._settings.language
        for name, label in self.errors.items():
            error = errors.get(name)
            label.setText(error_text(error, language) if error else "")
        if errors:
            first = next(name for name in _FIELDS if name in errors)
            widgets: dict[str, QWidget] = {
                "host": self.host,
                "port": self.port,
                "database": self.database,
                "user": self.user,
                "tls": self.tls,
                "ca_file": self.ca_file,
            }
            widgets[first].setFocus()
            return None
        return address

    def typed_password(self) -> str:
        """The password typed now, else the one kept (the field is never filled with it)."""
        return self.password.text() or self._stored_password() or ""

    def edited(self, settings: Settings) -> Settings | None:
        """``settings`` with this part as the form has it; None while a field is wrong."""
        if not self.enabled.isChecked():
            return replace(settings, shared_club=False)
        address = self.checked()
        if address is None:
            return None
        return replace(settings.on_server(address), database_url=settings.database_url)

    def keep_password(self) -> None:
        """Into the keyring, when one was typed (raises the reason when it cannot be)."""
        if self.enabled.isChecked() and self.password.text():
            self._passwords.keep(str(self._settings.data_dir), self.password.text())

    # -- checking ----------------------------------------------------------------------

    def test_connection(self) -> None:
        self.check_then(None)

    def check_then(self, then: Callable[[ServerCheck], None] | None) -> None:
        """The check in a worker; its finding shown, then handed to ``then``."""
        if self._actions is None or self._task is not None:
            return
        address = self.checked()
        if address is None:
            return
        check = self._actions.check
        password = self.typed_password()
        self._busy(True)
        self._say(self.tr("Connecting to {server}…").format(server=isolate(address.host)))

        def done(found: ServerCheck) -> None:
            self._busy(False)
            self._last_check = (address, password, found.finding)
            self._say(
                error_text(found.as_error(), self._settings.language),
                OK_STYLE if found.ok else ERROR_STYLE,
            )
            if then is not None:
                then(found)

        self._task = run_in_background(lambda: check(address, password), done, self._failed)

    @property
    def busy(self) -> bool:
        """A check or a move is under way (the dialog stays open until it ends)."""
        return self._task is not None

    def finding_for(self, address: ServerAddress, password: str) -> Finding | None:
        """What the last check found, if it was of this very address and password."""
        last = self._last_check
        if last is None or (last[0], last[1]) != (address, password):
            return None
        return last[2]

    def _busy(self, busy: bool) -> None:
        if not busy:
            self._task = None
        self.test_button.setEnabled(not busy)
        self.move_button.setEnabled(not busy)
        self.enabled.setEnabled(not busy)
        # What is checked or moved is what the fields say: they wait for the answer.
        self.fields.setEnabled(not busy and self.enabled.isChecked())

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.progress.setVisible(False)
        if not isinstance(error, DomainError):
            raise error
        self._say(error_text(error, self._settings.language), ERROR_STYLE)

    # -- moving ------------------------------------------------------------------------

    def move_club(self) -> None:
        if self._actions is None or self._actions.move is None or self._task is not None:
            return
        address = self.checked()
        if address is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Move my club to a server"),
            self.tr(
                "Copy this counter's club into the database {database} on {server}? The "
                "database must be empty. The file on this computer is kept as it is; "
                "LoyaltyDesk then closes, and opens on the server next time."
            ).format(database=isolate(address.database), server=isolate(address.host)),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        move = self._actions.move
        password = self.typed_password()
        kept_before = self._stored_password()
        try:
            # Before anything is copied: a counter that could not find its password at the
            # next start would have moved its club out of its own reach.
            self._passwords.keep(str(self._settings.data_dir), password)
        except DomainError as error:
            self._failed(error)
            return

        def refused(error: BaseException) -> None:
            # Nothing moved: the password kept before stays the one kept.
            if kept_before is not None and kept_before != password:
                with contextlib.suppress(DomainError):
                    self._passwords.keep(str(self._settings.data_dir), kept_before)
            self._failed(error)

        relay = self._relay
        self._busy(True)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(self.tr("Moving the club…"))

        def done(result: MoveResult) -> None:
            self._busy(False)
            self.progress.setValue(self.progress.maximum())
            switched = switch_to_server(self._settings, address, password)
            self._say(
                self.tr(
                    "The club ({members} members) is on the server and checked on both "
                    "sides. This counter uses it from the next start."
                ).format(members=self._settings.display().n(result.server.members_checked)),
                OK_STYLE,
            )
            self.moved.emit(switched)

        self._task = run_in_background(
            lambda: move(address, password, relay.step.emit), done, refused
        )

    _STEPS = ("check", "verify-here", "copy", "verify-server")

    def _progress_step(self, step: str, done: int, all_: int) -> None:
        # Each step one part of the bar; the copy's tables fill its part as they go.
        if step in self._STEPS:
            part = done / all_ if all_ else 0
            self.progress.setValue(int((self._STEPS.index(step) + part) * 100))
        texts = {
            "check": self.tr("Looking at the server…"),
            "verify-here": self.tr("Checking this club's books…"),
            "copy": self.tr("Copying the club…"),
            "verify-server": self.tr("Checking the copy on the server…"),
        }
        if step in texts:
            self._say(texts[step])

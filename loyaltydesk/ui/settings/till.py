"""The "Till" part of the settings: the local HTTP API the shop's POS program talks to —
on or off, its port, whether other computers may reach it — and the POS programs' tokens
(made, shown once, revoked: at once, as the owner does them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.api_tokens import API_PORTS, ApiToken
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.i18n.bidi import isolate
from loyaltydesk.services.api_tokens import NewToken
from loyaltydesk.settings import Settings
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.settings.shared_club import OK_STYLE
from loyaltydesk.ui.till.host import TillApiHost, reachable_urls
from loyaltydesk.ui.widgets.error_label import ERROR_STYLE


@dataclass(frozen=True)
class TokenActions:
    """The token calls, made as the person signed in (only the owner may)."""

    listing: Callable[[], list[ApiToken]]
    add: Callable[[str], NewToken]
    revoke: Callable[[str], ApiToken]


class TillWidget(QWidget):
    def __init__(
        self,
        settings: Settings,
        tokens: TokenActions | None = None,
        host: TillApiHost | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._display = settings.display()
        self._tokens = tokens
        self._host = host
        self._listed: list[ApiToken] = []

        intro = QLabel(
            self.tr(
                "The till's POS program can credit purchases, redeem rewards and look up "
                "members through LoyaltyDesk's API while this window is open, so nobody types "
                "an amount twice. Each POS program gets its own token."
            )
        )
        intro.setWordWrap(True)
        self.serve = QCheckBox(self.tr("Let the POS program talk to this counter"))
        self.serve.setObjectName("tillServe")
        self.serve.setChecked(settings.api_serve)
        self.port = QSpinBox()
        self.port.setObjectName("tillPort")
        self.port.setRange(*API_PORTS)
        # A port is a name, not an amount: no thousands separator.
        self.port.setGroupSeparatorShown(False)
        self.port.setValue(settings.api_port)
        self.lan = QCheckBox(self.tr("Other computers on the shop's network may use it too"))
        self.lan.setObjectName("tillLan")
        self.lan.setChecked(settings.api_lan)
        self.lan_hint = QLabel(
            self.tr(
                "Only when the POS program runs on another computer. Anyone on the network "
                "who has a token can then credit points; leave it off otherwise."
            )
        )
        self.lan_hint.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("tillState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused = QLabel()
        self.refused.setObjectName("tillRefused")
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet(ERROR_STYLE)
        self.refused.setVisible(False)
        # Kept up to date while the page is open: the owner setting up a POS sees its
        # refusals come in without closing Settings.
        self._watch = QTimer(self)
        self._watch.setInterval(2000)
        self._watch.timeout.connect(self._show_state)
        port_row = QHBoxLayout()
        port_row.addWidget(QLabel(self.tr("Port")))
        port_row.addWidget(self.port)
        port_row.addStretch(1)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("tillTokens")
        self.table.setHorizontalHeaderLabels(
            [self.tr("POS program"), self.tr("Made"), self.tr("Last used"), self.tr("State")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.add_button = QPushButton(self.tr("New token…"))
        self.add_button.setObjectName("tillAddToken")
        self.add_button.clicked.connect(self.add_token)
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.revoke_button.setObjectName("tillRevokeToken")
        self.revoke_button.clicked.connect(self.revoke_token)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.tokens_result = QLabel()
        self.tokens_result.setObjectName("tillTokensResult")
        self.tokens_result.setWordWrap(True)
        self.tokens_result.setVisible(False)
        # The owner's first task, making a POS's token, in sight on a 600-pixel screen: the
        # buttons above the list, not under it.
        tokens_row = QHBoxLayout()
        tokens_row.addWidget(QLabel(self.tr("Tokens of the POS programs")), 1)
        tokens_row.addWidget(self.add_button)
        tokens_row.addWidget(self.revoke_button)
        tokens_note = QLabel(
            self.tr("Tokens are made and revoked at once; Cancel does not undo them.")
        )
        tokens_note.setWordWrap(True)

        layout = QVBoxLayout(self)
        for widget in (intro, self.serve):
            layout.addWidget(widget)
        layout.addLayout(port_row)
        for widget in (self.lan, self.lan_hint, self.state, self.refused):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(tokens_row)
        layout.addWidget(self.tokens_result)
        layout.addWidget(self.table, 1)
        layout.addWidget(tokens_note)

        for box in (self.serve, self.lan):
            box.toggled.connect(self._show_state)
        self.port.valueChanged.connect(self._show_state)
        if host is not None:
            host.changed.connect(self._show_state)
        self._show_state()
        self.refresh_tokens()

    def edited(self, settings: Settings) -> Settings:
        return replace(
            settings,
            api_serve=self.serve.isChecked(),
            api_port=self.port.value(),
            api_lan=self.lan.isChecked(),
        )

    # -- what the API is doing ------------------------------------------------------------

    def _show_state(self) -> None:
        serving = self.serve.isChecked()
        for widget in (self.port, self.lan, self.lan_hint):
            widget.setEnabled(serving)
        text, style = self._state_text(serving)
        self.state.setStyleSheet(style)
        self.state.setText(self._display.sentence(text))
        refused = self._refused_text() if style == OK_STYLE else ""
        self.refused.setText(self._display.sentence(refused))
        self.refused.setVisible(bool(refused))

    def _refused_text(self) -> str:
        refusals = self._host.refusals() if self._host is not None else None
        if refusals is None or not refusals.count or refusals.last_at is None:
            return ""
        d = self._display
        return self.tr(
            "Refused for a missing or wrong token since it started: {count} (the last at "
            "{when}, from {address}).\nA POS program with a wrong token, or someone trying "
            "tokens: check the POS program's settings."
        ).format(
            count=d.n(refusals.count),
            when=d.when(refusals.last_at),
            address=isolate(refusals.last_from or "?"),
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._show_state()
        self._watch.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._watch.stop()
        super().hideEvent(event)

    def _state_text(self, serving: bool) -> tuple[str, str]:
        host = self._host
        saved = self._settings
        as_saved = (
            serving == saved.api_serve
            and self.port.value() == saved.api_port
            and self.lan.isChecked() == saved.api_lan
        )
        if not serving:
            return self.tr("Off: the POS program cannot reach LoyaltyDesk."), ""
        if host is None or not as_saved:
            return self.tr("Used once the settings are saved."), ""
        if host.problem is not None:
            return error_text(host.problem, self._display), ERROR_STYLE
        if host.url is None:
            return "", ""
        urls = reachable_urls(saved.api_host, saved.api_port)
        return (
            self.tr("Listening at {address}; what it answers is described at {document}.").format(
                address=", ".join(isolate(url) for url in urls),
                document=isolate(urls[0].removesuffix("/v1") + "/openapi.json"),
            ),
            OK_STYLE,
        )

    # -- tokens ---------------------------------------------------------------------------

    def refresh_tokens(self) -> None:
        enabled = self._tokens is not None
        self.add_button.setEnabled(enabled)
        self.table.setEnabled(enabled)
        if self._tokens is None:
            self.revoke_button.setEnabled(False)
            return
        try:
            self._listed = self._tokens.listing()
        except DomainError as error:
            self._say(error_text(error, self._display), ERROR_STYLE)
            self._listed = []
        d = self._display
        self.table.setRowCount(len(self._listed))
        for row, token in enumerate(self._listed):
            cells = (
                token.name,
                d.when(token.created_at),
                d.when(token.last_used_at) if token.last_used_at else self.tr("never"),
                self.tr("in use") if token.active else self.tr("revoked"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._selection_changed()

    def _selected(self) -> ApiToken | None:
        rows = self.table.selectionModel().selectedRows()
        return self._listed[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.revoke_button.setEnabled(chosen is not None and chosen.active)

    def _say(self, text: str, style: str = "") -> None:
        self.tokens_result.setStyleSheet(style)
        self.tokens_result.setText(self._display.sentence(text) if text else "")
        self.tokens_result.setVisible(bool(text))

    def add_token(self) -> None:
        if self._tokens is None:
            return
        name, given = QInputDialog.getText(
            self,
            self.tr("New token"),
            self.tr(
                "Name the POS program or till that will use it (its calls are recorded "
                "under this name):"
            ),
        )
        if not given:
            return
        try:
            made = self._tokens.add(name)
        except DomainError as error:
            self._say(error_text(error, self._display), ERROR_STYLE)
            return
        self._say("")
        self.refresh_tokens()
        TokenShownOnce(made, self._display.sentence, self).exec()

    def revoke_token(self) -> None:
        chosen = self._selected()
        if self._tokens is None or chosen is None or not chosen.active:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke the token"),
            self._display.sentence(
                self.tr(
                    "{name} can no longer talk to LoyaltyDesk from now on, until it is given "
                    "a new token. Revoke it?"
                ).format(name=isolate(chosen.name))
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._tokens.revoke(chosen.name)
        except DomainError as error:
            self._say(error_text(error, self._display), ERROR_STYLE)
            return
        self._say(self.tr("{name} is revoked.").format(name=isolate(chosen.name)), OK_STYLE)
        self.refresh_tokens()


class TokenShownOnce(QDialog):
    """The new token, to copy into the POS program now: the club keeps only its hash."""

    def __init__(
        self, made: NewToken, sentence: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New token"))
        self.secret = QLineEdit(made.secret)
        self.secret.setObjectName("tillSecret")
        self.secret.setReadOnly(True)
        # The secret is Latin letters: it reads left to right in a Persian window too.
        self.secret.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.secret.setMinimumWidth(420)
        # A fixed-width face: l, I and 1 told apart where it is typed by hand.
        self.secret.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.secret.selectAll()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("tillCopySecret")
        self.copy_button.clicked.connect(self.copy)
        warning = QLabel(
            sentence(
                self.tr(
                    "The token for {name}. Put it in the POS program's settings now: it is "
                    "shown only this once. Lost, it is revoked and a new one made."
                ).format(name=isolate(made.token.name))
            )
        )
        warning.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.copy_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(row)
        layout.addWidget(close)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.secret.text())
        # Seen to have worked; the token stays selected, to copy again.
        self.copy_button.setText(self.tr("Copied"))
        self.secret.selectAll()

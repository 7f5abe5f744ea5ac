"""The first-run wizard's "this counter joins a shared club": the Shared club form of the
settings, and Join, which is taken only when the check finds a LoyaltyDesk club there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from loyaltydesk.devices.passwords import switch_to_server
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.servers import Finding, ServerAddress, ServerCheck
from loyaltydesk.settings import Settings
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.settings.shared_club import SharedClubActions, SharedClubWidget
from loyaltydesk.ui.widgets.error_label import ERROR_STYLE
from loyaltydesk.ui.widgets.screen import resize_within_screen


class JoinDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        check: Callable[[ServerAddress, str], ServerCheck],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("joinSharedClub")
        self.setWindowTitle(self.tr("This counter joins a shared club"))
        self._settings = settings
        self.joined: Settings | None = None
        self.form = SharedClubWidget(settings, SharedClubActions(check=check), joining=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = buttons.addButton(
            self.tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.setObjectName("joinButton")
        buttons.accepted.connect(self.join)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        # After the layout: a button box made the default earlier forgets it when added.
        self.join_button.setDefault(True)
        self.form.host.setFocus()
        resize_within_screen(self, self.sizeHint())

    def join(self) -> None:
        """Checked first: a counter that joined a wrong address would not open next time."""
        self.form.check_then(self._found)

    def _found(self, found: ServerCheck) -> None:
        if found.finding is Finding.EMPTY:
            self.form.result.setStyleSheet(ERROR_STYLE)
            self.form.result.setText(
                self.tr(
                    "That database is empty: set the club up on its first counter and move "
                    "it there (Settings → Shared club), then join it from here."
                )
            )
            return
        if found.finding is not Finding.CLUB:
            return  # the form says what is wrong
        address, _ = self.form.address()
        try:
            self.joined = switch_to_server(self._settings, address, self.form.typed_password())
        except DomainError as error:
            self.form.result.setStyleSheet(ERROR_STYLE)
            self.form.result.setText(error_text(error, self._settings.language))
            return
        self.accept()

"""The receipts folder at the counter: watched while the window is open and the owner has
chosen a folder, each credit (or refusal) said where the cashier sees it, and the member's
views refreshed through the change bus."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from loyaltydesk.devices.receipts_folder import FolderEvent, ReceiptsWatcher
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.receipts_folder import Outcome, ReceiptsFolderService, folder_actor
from loyaltydesk.ui.error_text import error_text

log = logging.getLogger(__name__)


def event_text(event: FolderEvent, display: Display, *, screen: bool = True) -> str:
    """One line about one file, for the status bar and `serve`'s output."""
    handled = event.handled
    # In the language's digits, as the till's banner and the reason files show it.
    receipt = display.code(handled.sale.receipt if handled.sale is not None else event.name)
    reason = error_text(handled.error, display, screen=screen) if handled.error is not None else ""
    if handled.outcome is Outcome.CREDITED and handled.result is not None:
        text = QCoreApplication.translate(
            "ReceiptsFolder", "Receipt {receipt}: {amount} credited to {member}."
        ).format(
            receipt=receipt,
            amount=display.money(handled.result.amount_rials),
            member=handled.result.member.name,
        )
    elif handled.outcome is Outcome.ALREADY_CREDITED:
        text = QCoreApplication.translate(
            "ReceiptsFolder", "Receipt {receipt} was credited before; not credited again."
        ).format(receipt=receipt)
    elif handled.outcome is Outcome.RETRY:
        text = QCoreApplication.translate(
            "ReceiptsFolder",
            "Receipt {receipt} waits in the folder: {reason} It is tried again by itself.",
        ).format(receipt=receipt, reason=reason)
    else:
        text = QCoreApplication.translate(
            "ReceiptsFolder", "Receipt file {file} not credited, moved to failed: {reason}"
        ).format(file=event.name, reason=reason)
    return display.sentence(text) if screen else text


class FolderAtCounter(QObject):
    """Starts, stops and restarts the watcher as the settings say, and hands each file's
    outcome to the window's thread."""

    happened = Signal(object)  # FolderEvent, on the window's thread

    def __init__(
        self,
        service: ReceiptsFolderService,
        actor: Callable[[], Actor],
        display: Display,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._display = display
        self._watcher: ReceiptsWatcher | None = None
        self.folder: Path | None = None

    def watch(self, folder: Path | None) -> DomainError | None:
        """Watch ``folder`` (None: none); the reason when it cannot be watched."""
        if folder == self.folder and self._watcher is not None:
            return None
        self.stop()
        if folder is None:
            return None
        watcher = ReceiptsWatcher(
            folder,
            self._service,
            lambda: folder_actor(self._actor()),
            lambda error: error_text(error, self._display, screen=False),
            self.happened.emit,  # a queued signal: emitted on the watcher's thread
        )
        try:
            watcher.start()
        except DomainError as error:
            log.warning("receipts folder %s not watched: %s", folder, error.code)
            return error
        self._watcher, self.folder = watcher, folder
        return None

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
        self._watcher, self.folder = None, None

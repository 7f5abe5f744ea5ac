"""An unexpected error shows a calm message and is logged; the app does not die."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.i18n.display import Display

log = logging.getLogger(__name__)


def said_elsewhere(error: BaseException) -> bool:
    """A club's server that does not answer, met by a part loading itself (shown, or told
    the club changed): not unexpected. The club light and the line above the parts say it,
    and each part loads again when the server answers (MainWindow._server_answered) — one
    place for every part, rather than a dialog from each."""
    return isinstance(error, DomainError) and error.code == "database.unreachable"


def _say_not_done() -> None:
    """In the window's status bar, not a box to close: whatever was asked was not done (a
    part loading itself says nothing more than the light does already)."""
    window = QApplication.activeWindow()
    if not isinstance(window, QMainWindow):
        return
    bar = window.statusBar()
    bar.setStyleSheet("color: #b3261e;")
    bar.showMessage(
        QCoreApplication.translate(
            "Errors",
            "The club's server does not answer: that could not be done now. Try again when "
            "it answers.",
        ),
        15_000,
    )
    bar.show()


def install_excepthook(log_path: Path | None) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if said_elsewhere(error):
            log.warning("the server does not answer: %s", error)
            _say_not_done()
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        QMessageBox.warning(
            QApplication.activeWindow(),
            QCoreApplication.translate("Errors", "Something went wrong"),
            QCoreApplication.translate(
                "Errors",
                "Something unexpected went wrong. Nothing half-done was saved; you can go on "
                "working. The details were written to {log}.",
            ).format(log=log_path or "-"),
        )

    sys.excepthook = hook


def show_startup_problem(text: str) -> None:
    """The club cannot be opened: said in a window, since whoever started the program from
    an icon never sees the terminal."""
    QMessageBox.critical(
        None, QCoreApplication.translate("Errors", "LoyaltyDesk cannot start"), text
    )


def leave_shared_club_hint(settings_file: Path, display: Display, *, own_file: bool) -> str:
    """How a counter whose server is gone for good gets back to its own club file (its
    Settings cannot be opened while the window cannot) — or, for one that joined the club
    from the start and never reached it here, why it has nothing to work on offline."""
    if not own_file:
        return display.sentence(
            QCoreApplication.translate(
                "Errors",
                "Until the server answers, this counter cannot open: it has not worked with "
                "the club's server on this computer yet, so it has no members or staff of its "
                "own to work offline with. Once it has been online, it opens offline too.",
            )
        )
    return display.sentence(
        QCoreApplication.translate(
            "Errors",
            "Until the server answers, this counter cannot open. To use the club file on this "
            'computer instead (as it was before it joined), set "shared_club" to false in '
            "{path}.",
        ).format(path=display.text(str(settings_file)))
    )

"""An unexpected error shows a calm message and is logged; the app does not die."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from loyaltydesk.i18n.display import Display

log = logging.getLogger(__name__)


def install_excepthook(log_path: Path | None) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
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


def leave_shared_club_hint(settings_file: Path, display: Display) -> str:
    """How a counter whose server is gone for good gets back to its own club file: its
    Settings cannot be opened while the window cannot."""
    return display.sentence(
        QCoreApplication.translate(
            "Errors",
            "Until the server answers, this counter cannot open. To use the club file on this "
            'computer instead (as it was before it joined), set "shared_club" to false in '
            "{path}.",
        ).format(path=display.text(str(settings_file)))
    )

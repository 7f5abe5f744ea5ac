"""The Qt application: fonts, language and layout direction, set once before any window."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from loyaltydesk.ui.translations import install_translations

log = logging.getLogger(__name__)
FONT_FAMILY = "Vazirmatn"


def load_fonts(folder: Path) -> str | None:
    family = None
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
        else:
            log.warning("could not load font %s", path)
    return family


def create_application(language: str, resources: Path, argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("LoyaltyDesk")
    app.setOrganizationName("LoyaltyDesk")
    # Every window and dialog carries the card-and-star icon (the taskbar shows it too).
    app.setWindowIcon(QIcon(str(resources / "icons" / "loyaltydesk.png")))
    family = load_fonts(resources / "fonts")
    if family:
        # Vazirmatn carries Latin letters too, so both languages look alike and a counter PC
        # without Persian fonts still shows Persian.
        app.setFont(QFont(family, 11))
    apply_language(app, language, resources)
    return app


def apply_language(app: QApplication, language: str, resources: Path) -> None:
    """Translations, number locale and layout direction for ``language``; also used when
    the first-run wizard switches language mid-way (widgets built after it follow)."""
    install_translations(app, language, resources / "translations")
    # Spin boxes and date fields show numbers in the language's digits (and still take
    # Latin digits as typed).
    QLocale.setDefault(
        QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
        if language == "fa"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight
    )


def close_on_terminate(app: QApplication) -> Callable[[], None]:
    """SIGTERM (the desktop logging out or shutting down, `kill`) closes every window as
    its close button does: the till's API stopped and its file in the data folder taken
    away, a missed day's backup made, instead of the process dying mid-way. Gives back
    what undoes it (the handler before)."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    before = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, lambda _signal, _frame: QTimer.singleShot(0, app.closeAllWindows))
    # Python sees a signal only when it runs: while Qt waits for events it does not, so a
    # timer lets it in twice a second.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(500)

    def undo() -> None:
        wake.stop()
        wake.deleteLater()
        signal.signal(signal.SIGTERM, before)

    return undo

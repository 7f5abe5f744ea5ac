"""Loading Qt translations (.qm built by make from resources/translations/*.ts; built here
when a checkout is run without make, so Persian never silently falls back to English)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str, folder: Path) -> bool:
    """Install the translator for ``language``; remove one installed for another language
    first, so switching back to English in one process shows English again."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    if language == "en":
        return True
    # Qt's own words (Save, Cancel, Yes, No...) come with PySide6.
    qt_words = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(QLocale(language), "qtbase", "_", qt_folder):
        QCoreApplication.installTranslator(qt_words)
        _installed.append(qt_words)
    translator = QTranslator(app)
    _build_if_stale(folder / f"loyaltydesk_{language}.ts")
    if not translator.load(QLocale(language), "loyaltydesk", "_", str(folder)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def _build_if_stale(ts: Path) -> None:
    """Compile ``ts`` to its .qm beside it when that is missing or older, with the
    pyside6-lrelease of this Python's environment; quietly nothing when it cannot."""
    qm = ts.with_suffix(".qm")
    try:
        if not ts.exists() or (qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime):
            return
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        if not lrelease.exists():
            return
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as error:
        # A read-only install ships its .qm; an old one is better than none.
        logging.getLogger(__name__).warning("translations not rebuilt: %s", error)

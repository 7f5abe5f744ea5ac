"""Loading Qt translations (.qm built by make from resources/translations/*.ts)."""

from __future__ import annotations

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
    if not translator.load(QLocale(language), "loyaltydesk", "_", str(folder)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True

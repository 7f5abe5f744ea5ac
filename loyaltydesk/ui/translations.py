"""Loading Qt translations (.qm built by make from resources/translations/*.ts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str, folder: Path) -> bool:
    """Install the translator for ``language``; remove one installed for another language
    first, so switching back to English in one process shows English again."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(QLocale(language), "loyaltydesk", "_", str(folder)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True

"""Loading Qt translations (.qm built by make from resources/translations/*.ts; built here
when a checkout is run without make, so Persian never silently falls back to English)."""

from __future__ import annotations

import contextlib
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str, folder: Path) -> bool:
    """Install the translator for ``language``; remove one installed for another language
    first, so switching back to English in one process shows English again."""
    loaded, complete = _load(app, language, folder)
    _install(loaded)
    return complete


def _load(app: QCoreApplication, language: str, folder: Path) -> tuple[list[QTranslator], bool]:
    """The translators for ``language`` (none for English), and whether ours was found."""
    if language == "en":
        return [], True
    loaded: list[QTranslator] = []
    # Qt's own words (Save, Cancel, Yes, No...) come with PySide6.
    qt_words = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(QLocale(language), "qtbase", "_", qt_folder):
        loaded.append(qt_words)
    translator = QTranslator(app)
    _build_if_stale(folder / f"loyaltydesk_{language}.ts")
    if not translator.load(QLocale(language), "loyaltydesk", "_", str(folder)):
        return loaded, False
    loaded.append(translator)
    return loaded, True


def _install(translators: list[QTranslator]) -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    for translator in translators:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)


class LanguageSwitch:
    """Sentences in the language each request asks for, in one process that answers in
    several (the local HTTP API). Qt translates through the translators installed for the
    whole process, so switching and everything translated under it hold one lock."""

    def __init__(self, app: QCoreApplication, folder: Path) -> None:
        self._app = app
        self._folder = folder
        self._lock = threading.Lock()
        self._loaded: dict[str, list[QTranslator]] = {}
        self._current: str | None = None

    @contextlib.contextmanager
    def speaking(self, language: str) -> Iterator[None]:
        with self._lock:
            if language != self._current:
                if language not in self._loaded:
                    self._loaded[language] = _load(self._app, language, self._folder)[0]
                _install(self._loaded[language])
                self._current = language
            yield


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

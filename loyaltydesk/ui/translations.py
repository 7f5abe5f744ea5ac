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

from loyaltydesk.settings import LANGUAGES


class _Dispatcher(QTranslator):
    """The one translator installed in the process. Qt asks the installed translators of the
    whole process, from every thread; this one answers from the language the asking thread
    speaks (an API request in Persian beside a window in English), else the program's.

    Swapping installed translators per request instead would change the window's language
    for a moment and, from a worker thread, send it a LanguageChange event; and only one
    install ever happens, so no thread waits on Qt's translator lock while holding Python's."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.default: list[QTranslator] = []
        self.local = threading.local()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        spoken: list[QTranslator] = getattr(self.local, "translators", None) or self.default
        for translator in spoken:
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return found
        # None is Qt's "not here": it then shows the source text (English).
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_dispatchers: dict[int, _Dispatcher] = {}
# Stands for English in a thread's list: it knows no sentence, so the source text shows.
_ENGLISH = QTranslator()


def _dispatcher(app: QCoreApplication) -> _Dispatcher:
    found = _dispatchers.get(id(app))
    if found is None:
        found = _dispatchers[id(app)] = _Dispatcher(app)
        QCoreApplication.installTranslator(found)
    return found


def install_translations(app: QCoreApplication, language: str, folder: Path) -> bool:
    """Make ``language`` the program's language (widgets built from now on speak it); False
    when its translation file was not found."""
    loaded, complete = _load(app, language, folder)
    _dispatcher(app).default = loaded
    return complete


def _load(app: QCoreApplication, language: str, folder: Path) -> tuple[list[QTranslator], bool]:
    """The translators for ``language`` (none for English), ours first, and whether ours
    was found."""
    if language == "en":
        return [], True
    loaded: list[QTranslator] = []
    translator = QTranslator(app)
    _build_if_stale(folder / f"loyaltydesk_{language}.ts")
    complete = translator.load(QLocale(language), "loyaltydesk", "_", str(folder))
    if complete:
        loaded.append(translator)
    # Qt's own words (Save, Cancel, Yes, No...) come with PySide6.
    qt_words = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(QLocale(language), "qtbase", "_", qt_folder):
        loaded.append(qt_words)
    return loaded, complete


class LanguageSwitch:
    """Sentences in the language each request asks for, in one process that answers in
    several (the local HTTP API, also beside the window): the calling thread speaks
    ``language`` inside ``speaking``, every other thread goes on in its own."""

    def __init__(self, app: QCoreApplication, folder: Path) -> None:
        # Every language loaded now, on the thread that makes the switch (the window's, or
        # `serve`'s): a translator is a QObject of the application, which Qt lets no other
        # thread make, and the requests come on the server's.
        self._loaded = {language: _load(app, language, folder)[0] for language in LANGUAGES}
        self._dispatcher = _dispatcher(app)

    def _translators(self, language: str) -> list[QTranslator]:
        return self._loaded.get(language, [])

    @contextlib.contextmanager
    def speaking(self, language: str) -> Iterator[None]:
        local = self._dispatcher.local
        before = getattr(local, "translators", None)
        # English is an empty list, which would read as "not set": a list with nothing
        # that answers stands for it.
        local.translators = self._translators(language) or [_ENGLISH]
        try:
            yield
        finally:
            local.translators = before


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

"""One process, several languages at once: the window speaks the shop's language while the
local API answers each request in the language it asks for, on worker threads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler

from loyaltydesk.ui.translations import LanguageSwitch, install_translations

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
SOURCE = ("MainWindow", "Counter")


def _counter() -> str:
    return QCoreApplication.translate(*SOURCE)


@pytest.fixture
def app() -> Iterator[QCoreApplication]:
    app = QCoreApplication.instance()
    assert app is not None
    yield app
    install_translations(app, "en", TRANSLATIONS)


def test_a_thread_speaking_english_beside_a_persian_window(app: QCoreApplication) -> None:
    install_translations(app, "fa", TRANSLATIONS)
    persian = _counter()
    assert persian != "Counter"
    switch = LanguageSwitch(app, TRANSLATIONS)
    heard: list[str] = []

    def request() -> None:
        with switch.speaking("en"):
            heard.append(_counter())
        heard.append(_counter())  # the request is over: the program's language again

    worker = threading.Thread(target=request)
    worker.start()
    worker.join()
    assert heard == ["Counter", persian]
    assert _counter() == persian


def test_threads_in_different_languages_at_the_same_moment(app: QCoreApplication) -> None:
    install_translations(app, "en", TRANSLATIONS)
    switch = LanguageSwitch(app, TRANSLATIONS)
    both_inside = threading.Barrier(2)
    heard: dict[str, list[str]] = {"fa": [], "en": []}

    def request(language: str) -> None:
        with switch.speaking(language):
            both_inside.wait(timeout=10)
            for _ in range(200):
                heard[language].append(_counter())
            both_inside.wait(timeout=10)

    workers = [threading.Thread(target=request, args=(lang,)) for lang in heard]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert set(heard["en"]) == {"Counter"}
    assert len(set(heard["fa"])) == 1
    assert heard["fa"][0] != "Counter"
    assert _counter() == "Counter"


def test_a_request_in_a_language_not_heard_yet_makes_no_qt_object_off_its_thread(
    app: QCoreApplication,
) -> None:
    """The first Persian answer of the API beside the window comes on the server's thread:
    Qt refuses children of the application made there ("Cannot create children for a
    parent that is in a different thread")."""
    switch = LanguageSwitch(app, TRANSLATIONS)
    warnings: list[str] = []

    def heard(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        warnings.append(message)

    previous = qInstallMessageHandler(heard)
    said: list[str] = []
    try:

        def request() -> None:
            with switch.speaking("fa"):
                said.append(_counter())

        worker = threading.Thread(target=request)
        worker.start()
        worker.join()
    finally:
        qInstallMessageHandler(previous)
    assert said and said[0] != "Counter"
    assert not [w for w in warnings if "different thread" in w], warnings

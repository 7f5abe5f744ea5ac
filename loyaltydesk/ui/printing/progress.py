"""A long print job (a sheet of a thousand cards, a hundred pages to a printer) in a worker,
with a progress bar and a Cancel button; the window stays alive meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from loyaltydesk.ui.tasks import Task, run_in_background

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _Relay(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    progressed = Signal(int, int)


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[Progress, Cancelled], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Task:
    cancel = QCoreApplication.translate("PrintPreview", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setObjectName("printProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    stop = threading.Event()
    relay = _Relay(dialog)

    def show(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    relay.progressed.connect(show)
    dialog.canceled.connect(stop.set)

    def finished(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            callback(value)

        return deliver

    return run_in_background(
        lambda: work(relay.progressed.emit, stop.is_set),
        finished(on_done),
        finished(on_failed),
    )

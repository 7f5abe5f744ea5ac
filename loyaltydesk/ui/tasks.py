"""Long work in a worker thread, so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        # Python owns the task until it has reported back: a pool that deleted it while its
        # signals were still queued would crash the process.
        self.setAutoDelete(False)
        self._work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the UI thread, which decides what to say
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Task:
    task = Task(work)
    _running.add(task)

    def finished_with(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            _running.discard(task)
            callback(value)

        return deliver

    task.signals.done.connect(finished_with(on_done))
    task.signals.failed.connect(finished_with(on_failed))
    QThreadPool.globalInstance().start(task)
    return task


_running: set[Task] = set()

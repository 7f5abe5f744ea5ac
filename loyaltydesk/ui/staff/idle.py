"""A counter left alone locks itself: no key, click, touch or scan for a few minutes and
the window asks for a PIN again, so the next person cannot act in someone else's name.

One filter on the application sees every input wherever it goes, dialogs included. A
keyboard-wedge scanner types key presses, so a scan counts as someone at the counter.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

MINUTE_MS = 60_000

# What a person at the counter does. Mouse moves count: someone reading a report with the
# mouse in hand is there. Paint, focus and timer events are the program's, not a person's.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once when ``minutes`` pass without input; the next input starts the
    wait again.

    ``minute_ms`` is how long a minute lasts: tests shorten it rather than wait minutes.
    """

    idle = Signal()

    def __init__(
        self,
        minutes: int | None = None,
        parent: QObject | None = None,
        *,
        minute_ms: int = MINUTE_MS,
    ) -> None:
        super().__init__(parent)
        self._minute_ms = minute_ms
        self._minutes: int | None = None
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        app = QCoreApplication.instance()
        if app is not None:
            # Removed by Qt when this object is destroyed.
            app.installEventFilter(self)
        self.set_minutes(minutes)

    @property
    def minutes(self) -> int | None:
        return self._minutes

    @property
    def waiting(self) -> bool:
        """True while the counter would lock if nobody touched it."""
        return self._timer.isActive()

    def set_minutes(self, minutes: int | None) -> None:
        """Lock after ``minutes`` without input; None or 0 never locks."""
        self._minutes = minutes if minutes is not None and minutes > 0 else None
        self._restart()

    def pause(self) -> None:
        """Stop counting (the lock dialog itself is up: it cannot lock again behind it)."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Count again, from a full wait."""
        self._paused = False
        self._restart()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS:
            self._restart()
        return False

    def _restart(self) -> None:
        if self._paused or self._minutes is None:
            self._timer.stop()
            return
        self._timer.start(self._minutes * self._minute_ms)

"""The club light, always in sight beside the window's parts: which club this counter is on,
and whether its server answers. While it does not, or while something waits in the
counter's queue, the light asks the server every few seconds and sends the queue as soon
as it answers — in a worker, so the counter never waits for it."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenuBar, QWidget

from loyaltydesk.i18n.display import Display
from loyaltydesk.services.offline import CounterLink, SyncReport
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.tasks import Task, run_in_background

log = logging.getLogger(__name__)

CHECK_MS = 5_000  # how often it looks while offline or while something waits
# And how often it asks a server that answers, to keep the light true: a counter nobody
# touches still turns red within seconds of the line dropping (one cheap query each time).
IDLE_PROBE_S = 10.0
STOP_WAIT_MS = 15_000  # at close, how long a sync under way is waited for

GREEN, AMBER, RED = "#2e7d32", "#b26a00", "#b3261e"
# The club's place is shortened in the menu bar (a small screen shares it with the menus);
# the tooltip has it whole.
PLACE_CHARS = 20


class ClubLight(QWidget):
    """A coloured dot and a few words; clicking is not needed to read it."""

    synced = Signal(object)  # a SyncReport, after a sync that sent something
    clicked = Signal()  # the cashier wants to see what waits (Club → Offline queue)
    reached = Signal()  # the server answers after it did not (a counter started offline too)
    lost = Signal()  # the server stopped answering

    def __init__(
        self, link: CounterLink, display: Display, place: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clubLight")
        self._link = link
        self._display = display
        self._place = place
        self._task: Task | None = None
        self._last_probe = 0.0
        self._was_online = link.online
        self.dot = QLabel("●")
        self.text = QLabel()
        self.text.setObjectName("clubLightText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.dot)
        layout.addWidget(self.text)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        if link.can_queue:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_state()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._link.can_queue:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def start(self) -> None:
        """Look now, then every few seconds (a counter of a shared club only)."""
        if not self._link.can_queue:
            return
        self._timer.start()
        self.check()

    def stop(self) -> None:
        """No more asking; a sync under way stops after the operations it is sending, and
        is waited for (a few seconds at most), so the program does not close under it."""
        self._timer.stop()
        if self._task is None:
            return
        self._link.interrupt_sync()
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(50)
        poll.timeout.connect(lambda: loop.quit() if self._task is None else None)
        QTimer.singleShot(STOP_WAIT_MS, loop.quit)
        poll.start()
        loop.exec()
        poll.stop()

    def show_state(self) -> None:
        d = self._display
        was = self._was_online
        whole = self._place  # "database@host": for the tooltip, whoever asks IT for help
        # The cashier reads which server, not a database's name glued to it.
        host = whole.rpartition("@")[2]
        short = host if len(host) <= PLACE_CHARS else host[: PLACE_CHARS - 1] + "…"
        if host.startswith("/"):  # a unix socket: the server runs on this very computer
            place = self.tr("Shared club · server on this computer")
        else:  # the host stays left-to-right inside a Persian sentence
            place = self.tr("Shared club · server {host}").format(host=d.text(short))
        waiting, refused = self._link.counts()
        if not self._link.can_queue:
            colour, words = GREEN, self.tr("Club on this computer")
            tip = self.tr("The club's data is in a file on this computer: {place}")
        elif self._link.problem is not None:
            colour = RED
            words = self.tr("{place}: cannot be used").format(place=place)
            tip = (
                error_text(self._link.problem, d)
                + " "
                + self.tr("Nothing is sent to it: what this counter keeps waits here.")
            )
        elif self._link.online is False:
            colour = RED
            words = self.tr("{place}: offline").format(place=place)
            tip = self.tr(
                "The server {place} does not answer. The counter goes on working: purchases "
                "are kept here and sent, each once, when the server answers again."
            )
        elif waiting:
            colour = AMBER
            words = self.tr("{place}: sending").format(place=place)
            tip = self.tr("What this counter kept is being sent to the server {place}.")
        else:
            colour, words = GREEN, self.tr("{place}: connected").format(place=place)
            tip = self.tr("This counter shares the club on the server {place}.")
        # Not a middle dot in Persian: beside Persian digits it reads as a zero.
        sep = "؛ " if d.rtl else " · "
        if waiting:
            words += sep + self.tr("{count} waiting").format(count=d.n(waiting))
        if refused:
            colour = AMBER if colour == GREEN else colour
            words += sep + self.tr("{count} refused").format(count=d.n(refused))
        tip = tip.format(place=d.text(whole)) if tip else d.text(whole)
        if self._link.can_queue:
            tip += " " + self.tr("Click to see what waits (Club → Offline queue).")
        self.dot.setStyleSheet(f"color: {colour};")
        # Whichever call noticed it (this light's probe, the cashier's look-up), once.
        online, self._was_online = self._link.online, self._link.online
        if online is True and was is False:
            self.reached.emit()
        elif online is False and was is not False:
            self.lost.emit()
        changed = self.text.text() != d.sentence(words)
        self.text.setText(d.sentence(words))
        self.setToolTip(d.sentence(tip))
        bar = self.parentWidget()
        if changed and isinstance(bar, QMenuBar):
            # The menu bar places its corner once: set again, it makes room for the new words.
            bar.setCornerWidget(self, Qt.Corner.TopRightCorner)

    def check(self) -> None:
        """Ask the server (and send the queue) when there is reason to; never two at once."""
        if self._task is not None or not self._link.can_queue:
            self.show_state()
            return
        now = time.monotonic()
        waiting = bool(self._link.counts()[0])
        if self._link.online is not False and not waiting and now - self._last_probe < IDLE_PROBE_S:
            self.show_state()
            return
        self._last_probe = now

        def work() -> SyncReport | None:
            if not self._link.probe():
                return None
            return self._link.sync()

        def done(report: object) -> None:
            self._task = None
            self.show_state()
            if isinstance(report, SyncReport) and report.sent:
                self.synced.emit(report)

        def failed(error: BaseException) -> None:
            self._task = None
            log.error("the offline queue could not be sent", exc_info=error)
            self.show_state()

        self._task = run_in_background(work, done, failed)

"""The counter's "from the till" banner: a sale the POS posted without its member, shown
until the cashier scans the customer's card (which credits it) or says they are not a
member (which cancels it).

The window learns of new ones by asking the database about once a second, in a worker: the
API may be served by another program (`serve` on a back-office PC) on the same database, so
nothing in this process would hear of them otherwise. Nothing waiting costs one index seek.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from loyaltydesk.domain.till import TillPurchase, TillQueue
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.till import TillService
from loyaltydesk.ui.tasks import Task, run_in_background

log = logging.getLogger(__name__)

CHECK_MS = 1_000


class TillBanner(QFrame):
    dismiss_asked = Signal()  # "Not a member": the counter view asks who, then cancels it

    def __init__(
        self,
        till: TillService,
        counter: str,
        display: Display,
        parent: QWidget | None = None,
        *,
        may_ask: Callable[[], bool] = lambda: True,
    ) -> None:
        """``counter``: whose purchases to show (this window's). ``may_ask``: False while the
        club's server does not answer; the purchases wait there, the light says when it is
        back."""
        super().__init__(parent)
        self.setObjectName("tillBanner")
        self._till = till
        self._counter = counter
        self._display = display
        self._may_ask = may_ask
        self._task: Task | None = None
        self.purchase: TillPurchase | None = None
        self.setStyleSheet(
            "#tillBanner { background: #fff4d6; border: 2px solid #b26a00; border-radius: 6px; }"
        )
        self.text = QLabel()
        self.text.setObjectName("tillBannerText")
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.text.setFont(font)
        self.text.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("tillBannerDetail")
        self.dismiss_button = QPushButton(self.tr("Not a member (Esc)"))
        self.dismiss_button.setObjectName("tillDismissButton")
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan goes to search
        self.dismiss_button.clicked.connect(self.dismiss_asked)
        # Tight, as the counter under it needs the height on a 600-pixel screen: the large
        # words are what catches the eye, not the room around them.
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.text)
        words.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 3)
        layout.addLayout(words, 1)
        layout.addWidget(self.dismiss_button)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self.hide()

    # Asked only while the counter is on screen: another part open, nobody scans here.
    def start(self) -> None:
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Ask what waits at this counter, in a worker; never two at once."""
        if self._task is not None or not self._may_ask():
            return
        till, counter = self._till, self._counter

        def done(queue: object) -> None:
            if not shiboken6.isValid(self):
                return  # the window closed while the worker asked
            self._task = None
            if isinstance(queue, TillQueue):
                self.show_queue(queue)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._task = None
            # Offline or busy: what waits stays in the database, shown at the next answer.
            log.debug("asking what waits from the till failed: %s", error)

        self._task = run_in_background(lambda: till.waiting(counter), done, failed)

    def show_queue(self, queue: TillQueue) -> None:
        self.purchase = queue.oldest
        purchase = queue.oldest
        if purchase is None:
            self.hide()
        else:
            d = self._display
            self.text.setText(
                d.sentence(
                    self.tr("{amount} from the till — scan the card").format(
                        amount=d.money(purchase.amount_rials)
                    )
                )
            )
            parts = []
            if purchase.receipt_no:
                parts.append(
                    self.tr("Receipt {receipt}").format(receipt=d.code(purchase.receipt_no))
                )
            if queue.count > 1:
                parts.append(
                    self.tr("{count} purchases from the till wait; this is the oldest.").format(
                        count=d.n(queue.count)
                    )
                )
            # Not a middle dot in Persian: beside Persian digits it reads as a zero.
            self.detail.setText(d.sentence(("؛ " if d.rtl else " · ").join(parts)))
            self.detail.setVisible(bool(parts))
            self.show()

    def settled(self) -> None:
        """The purchase on show was credited or cancelled here: off the screen now, the next
        one (if any) at once."""
        self.purchase = None
        self.hide()
        self.check()

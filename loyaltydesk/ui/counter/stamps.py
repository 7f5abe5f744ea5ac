"""The stamp card on the member panel: a row of circles, filled for the stamps the member
has, and "3 of 10 stamps: 7 more for Free coffee". In Persian the card fills from the right,
as it is read."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from loyaltydesk.domain.rewards import Reward
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.views import MemberPanel
from loyaltydesk.ui.labels import stamps_text

# Beyond this a row of circles is no longer counted at a glance: the text alone says it.
MAX_CIRCLES = 20
FILLED = QColor("#0f5257")
EMPTY_RING = QColor("#7a8a8c")


class StampCircles(QWidget):
    """``total`` circles, the first ``filled`` of them filled, from the reading side."""

    DIAMETER = 22
    GAP = 6

    def __init__(self, rtl: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stampCircles")
        self._rtl = rtl
        self.filled = 0
        self.total = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_card(self, filled: int, total: int) -> None:
        self.total = max(0, min(total, MAX_CIRCLES))
        self.filled = max(0, min(filled, self.total))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = self.total * self.DIAMETER + max(0, self.total - 1) * self.GAP
        return QSize(width + 2, self.DIAMETER + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def centre(self, index: int) -> QPointF:
        """Where circle ``index`` (0 is the first stamp) is drawn."""
        step = self.DIAMETER + self.GAP
        slot = self.total - 1 - index if self._rtl else index
        return QPointF(1 + slot * step + self.DIAMETER / 2, 1 + self.DIAMETER / 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.DIAMETER / 2 - 1
        for index in range(self.total):
            centre = self.centre(index)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            if index < self.filled:
                painter.setPen(QPen(FILLED, 2))
                painter.setBrush(FILLED)
            else:
                painter.setPen(QPen(EMPTY_RING, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box)
        painter.end()


class StampCardWidget(QWidget):
    """The circles and the sentence under them; hidden when the club has no stamp card."""

    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stampCard")
        self._display = display
        self.circles = StampCircles(display.rtl)
        self.text = QLabel()
        self.text.setObjectName("stampText")
        self.text.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        # The layout mirrors itself in right-to-left: the circles start on the reading side.
        row.addWidget(self.circles)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.setVisible(False)

    def show_panel(self, panel: MemberPanel | None) -> None:
        if panel is None or not panel.stamps_on:
            self.setVisible(False)
            return
        stamps = panel.member.stamps
        goal = panel.stamp_goal
        self.circles.set_card(stamps, goal.reward.cost if goal else 0)
        self.circles.setVisible(goal is not None and goal.reward.cost <= MAX_CIRCLES)
        self.text.setText(self.card_text(stamps, goal.reward if goal else None))
        self.setVisible(True)

    def card_text(self, stamps: int, reward: Reward | None) -> str:
        d = self._display
        if reward is None:
            return self.tr("Stamp card: {stamps}").format(stamps=stamps_text(stamps, d))
        name = d.text(reward.display_name(d.language))
        if stamps >= reward.cost:
            return self.tr("{stamps} of {goal} stamps: {reward} can be given now").format(
                stamps=d.n(stamps), goal=d.n(reward.cost), reward=name
            )
        return self.tr("{stamps} of {goal} stamps: {missing} more for {reward}").format(
            stamps=d.n(stamps),
            goal=d.n(reward.cost),
            missing=d.n(reward.cost - stamps),
            reward=name,
        )


def reward_cost_text(reward: Reward, display: Display) -> str:
    """ "10 stamps" for a stamp reward (a points reward keeps its own sentences)."""
    return stamps_text(reward.cost, display)

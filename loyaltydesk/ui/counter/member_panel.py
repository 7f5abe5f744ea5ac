"""The member as the cashier sees them: balance in large digits, how far the next reward is,
rewards affordable now, last visits and anything to watch out for."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.cards import card_groups
from loyaltydesk.domain.phones import mask_phone
from loyaltydesk.domain.tiers import TierBasis
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.services.views import MemberPanel, TierStanding
from loyaltydesk.ui.counter.stamps import StampCardWidget
from loyaltydesk.ui.widgets.elided_label import ElidedLabel


@dataclass(frozen=True)
class _Room:
    """What the panel shows on a window at least this tall."""

    window_height: int
    visits: int
    balance_size: float
    text_size: float  # of the application's font, for everything else on the panel


_ROOMS = (_Room(0, 3, 3.0, 1.0), _Room(700, 5, 3.2, 1.0), _Room(900, 10, 4.4, 1.3))


class MemberPanelWidget(QWidget):
    # The member asked at the counter for no messages (True) or for messages again (False).
    messages_choice = Signal(bool)

    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._display = display
        self.name = QLabel()
        self.name.setObjectName("memberName")
        self.name.setFont(_sized(self.font(), 1.6, bold=True))
        self.identity = QLabel()
        self.identity.setObjectName("memberIdentity")
        # Beside the card and phone: a 600-pixel-high counter has no room for another row.
        self.messages_button = QToolButton()
        self.messages_button.setObjectName("memberMessages")
        self.messages_button.clicked.connect(self._toggle_messages)
        identity_row = QHBoxLayout()
        identity_row.setContentsMargins(0, 0, 0, 0)
        identity_row.addWidget(self.identity, 1)
        identity_row.addWidget(self.messages_button)
        # The member's notes ("allergic to nuts"), seen at once: one line under the name.
        self.notes = ElidedLabel()
        self.notes.setObjectName("memberNotes")
        self.notes.setStyleSheet("color: #4a148c; font-weight: bold;")
        self.balance = QLabel()
        self.balance.setObjectName("memberBalance")
        self.balance.setFont(_sized(self.font(), _ROOMS[0].balance_size, bold=True))
        # Digits alone carry no direction, so Qt would put them on the left even in Persian:
        # align to the reading side explicitly.
        side = Qt.AlignmentFlag.AlignRight if display.rtl else Qt.AlignmentFlag.AlignLeft
        self.balance.setAlignment(
            Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter
        )
        self.balance_caption = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("memberProgress")
        self.stamp_card = StampCardWidget(display)
        self.tier = QLabel()
        self.tier.setObjectName("memberTier")
        self.tier.setWordWrap(True)
        self.tier.setStyleSheet("color: #0f5257;")
        self.expiring = QLabel()
        self.expiring.setObjectName("memberExpiring")
        self.expiring.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.warnings = QLabel()
        self.warnings.setObjectName("memberWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.visits_title = QLabel()
        self.visits = QLabel()
        self.visits.setObjectName("memberVisits")
        self.visits.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.name)
        layout.addLayout(identity_row)
        layout.addWidget(self.notes)
        for widget in (
            self.balance,
            self.balance_caption,
            self.progress,
            self.progress_text,
            self.stamp_card,
            self.tier,
            self.expiring,
            self.warnings,
            self.visits_title,
            self.visits,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._panel: MemberPanel | None = None
        self._room = _ROOMS[0]
        self.show_panel(None)

    def _toggle_messages(self) -> None:
        if self._panel is not None:
            self.messages_choice.emit(not self._panel.member.opted_out)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """A bigger screen shows more of the member: a larger balance, more visits."""
        super().resizeEvent(event)
        height = self.window().height()
        room = max((r for r in _ROOMS if height >= r.window_height), key=lambda r: r.visits)
        if room != self._room:
            self._room = room
            base = _sized(QApplication.font(), room.text_size)
            self.setFont(base)
            self.name.setFont(_sized(base, 1.6, bold=True))
            self.balance.setFont(_sized(base, room.balance_size, bold=True))
            self._show_visits()

    def show_panel(self, panel: MemberPanel | None) -> None:
        d = self._display
        self._panel = panel
        showing = panel is not None
        for widget in (
            self.name,
            self.identity,
            self.messages_button,
            self.balance,
            self.balance_caption,
            self.progress,
            self.progress_text,
            self.visits_title,
            self.visits,
        ):
            widget.setVisible(showing)
        self.empty.setVisible(not showing)
        self.empty.setText(self.tr("Scan a card or search for a member to begin."))
        self.stamp_card.show_panel(panel)
        if panel is None:
            for widget in (self.warnings, self.tier, self.expiring, self.notes):
                widget.setVisible(False)
            return
        member = panel.member
        self.name.setText(member.name)
        identity = self.tr("Card {card} · {phone}").format(
            card=d.code(card_groups(member.card or "")),
            phone=d.code(mask_phone(member.phone)),
        )
        if member.opted_out:
            # On the same line: a 600-pixel-high counter has no room for another.
            identity += " · " + self.tr("no messages")
        self.identity.setText(identity)
        self.identity.setToolTip(
            self.tr("The member asked not to be messaged; served at the counter as always.")
            if member.opted_out
            else ""
        )
        if member.opted_out:
            self.messages_button.setText(self.tr("Messages again"))
            self.messages_button.setToolTip(self.tr("The member wants the club's messages again"))
        else:
            self.messages_button.setText(self.tr("Stop messages"))
            self.messages_button.setToolTip(
                self.tr("The member asks for no messages; anything queued for them is withdrawn")
            )
        self.notes.set_full_text(
            self.tr("Note: {notes}").format(notes=member.notes) if member.notes else ""
        )
        self.notes.setVisible(bool(member.notes))
        self.balance.setText(d.n(member.balance))
        self.balance_caption.setText(self.tr("points"))
        upcoming = panel.next_reward
        for_points = [r for r in panel.rewards if not r.costs_stamps]
        self.progress.setVisible(bool(for_points))
        # With only stamp rewards the stamp card says what comes next; nothing is "in reach".
        self.progress_text.setVisible(bool(for_points) or not panel.rewards)
        if not panel.rewards:
            self.progress_text.setText(self.tr("The club has no rewards to offer yet."))
        elif not for_points:
            self.progress_text.clear()
        elif upcoming is None:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.progress_text.setText(self.tr("Every reward is within reach."))
        else:
            self.progress.setRange(0, upcoming.reward.cost)
            self.progress.setValue(max(0, member.balance))
            self.progress_text.setText(
                (
                    self.tr("{missing} more point to {reward}")
                    if is_one(upcoming.missing)
                    else self.tr("{missing} more points to {reward}")
                ).format(
                    missing=d.n(upcoming.missing),
                    reward=d.text(upcoming.reward.display_name(d.language)),
                )
            )
        if not panel.points_on:  # stamps instead of points: no points to show
            for widget in (self.balance, self.balance_caption, self.progress, self.progress_text):
                widget.setVisible(False)
        self.tier.setText(self.tier_text(panel.tier) if panel.tier else "")
        self.tier.setVisible(panel.tier is not None)
        if panel.expiring is not None:
            when, points = panel.expiring
            self.expiring.setText(
                (
                    self.tr("{points} point expires on {date}")
                    if is_one(points)
                    else self.tr("{points} points expire on {date}")
                ).format(points=d.n(points), date=d.day_long(d.local_date(when)))
            )
        self.expiring.setVisible(panel.expiring is not None)
        warnings = []
        if member.in_debt:
            warnings.append(
                (
                    self.tr("Owes {points} point from a refund: no reward until paid back.")
                    if is_one(member.balance)
                    else self.tr("Owes {points} points from a refund: no reward until paid back.")
                ).format(points=d.n(-member.balance))
            )
        if panel.replaced_cards:
            warnings.append(
                self.tr("Replaced card: {cards} (no longer works)").format(
                    cards=", ".join(d.code(c) for c in panel.replaced_cards)
                )
            )
        if panel.birthday_this_week:
            warnings.append(self.tr("Birthday this week!"))
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self.visits_title.setText(self.tr("Last visits"))
        self._show_visits()

    def _show_visits(self) -> None:
        panel, d = self._panel, self._display
        if panel is None:
            return
        visits = panel.recent_visits[: self._room.visits]
        if visits:
            self.visits.setText(
                "\n".join(
                    (
                        self.tr("{date}   {amount}   {points} point")
                        if is_one(v.points)
                        else self.tr("{date}   {amount}   {points} points")
                    ).format(
                        date=d.day(d.local_date(v.at)),
                        amount=d.money(v.amount_rials - v.refunded_rials),
                        points=d.points(v.points, signed=True),
                    )
                    for v in visits
                )
            )
        else:
            self.visits.setText(self.tr("No visits yet."))

    def tier_text(self, standing: TierStanding) -> str:
        """Why the member is in their tier and what the next one takes."""
        d = self._display

        def amount(value: int) -> str:
            return d.money(value) if standing.basis is TierBasis.SPEND else d.points(value)

        lines = []
        if standing.tier is not None:
            lines.append(
                self.tr("{tier}: {amount} in the last {months} months").format(
                    tier=standing.tier.display_name(d.language),
                    amount=amount(standing.in_window),
                    months=d.n(standing.window_months),
                )
            )
        if standing.next_tier is not None:
            lines.append(
                self.tr("{tier}: {amount} more").format(
                    tier=standing.next_tier.display_name(d.language),
                    amount=amount(standing.missing),
                )
            )
        if standing.tier is not None and standing.review_on is not None:
            lines.append(self.tr("Reviewed on {date}").format(date=d.day_long(standing.review_on)))
        return "\n".join(lines)


def _sized(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font

"""The counter: find a member, credit a purchase (with a coupon), redeem a reward,
register — by keyboard.

Every action is one service call; its operation id is made when the cashier starts the
action (the first digit of an amount, the redeem question), so a double Enter or a retry
after an error never counts twice. After a commit the change bus says which member changed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.cards import card_groups
from loyaltydesk.domain.coupons import COUPON_CODE_LENGTH
from loyaltydesk.domain.errors import DomainError, Refused
from loyaltydesk.domain.offline import QueuedKind, QueuedOperation
from loyaltydesk.domain.phones import digits_only, mask_phone
from loyaltydesk.domain.rewards import Reward, next_reward
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.services.counter import CounterService
from loyaltydesk.services.coupons import CouponService
from loyaltydesk.services.feedback import FeedbackService
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.offline import CounterLink, PanelState
from loyaltydesk.services.till import TillService
from loyaltydesk.services.views import (
    CouponView,
    CreditResult,
    MemberHit,
    MemberPanel,
    MemberView,
    RedeemResult,
)
from loyaltydesk.settings import AUTO_PRINT_OFF
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.counter.coupon_strip import CouponStrip
from loyaltydesk.ui.counter.feedback_dialog import FeedbackDialog
from loyaltydesk.ui.counter.member_panel import MemberPanelWidget
from loyaltydesk.ui.counter.stamps import reward_cost_text
from loyaltydesk.ui.counter.till_banner import TillBanner
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import stamp_outcome_text, stamps_text
from loyaltydesk.ui.printing.controller import NOTE, SLIP, Receipt, Say
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.widgets.amount_edit import AmountEdit
from loyaltydesk.ui.widgets.error_label import ErrorLabel

SEARCH_LIMIT = 10
RESULTS_HEIGHT = 220  # the search list at most, in pixels; more members than fit scroll
UNREACHABLE = "database.unreachable"
MAX_REWARD_KEYS = 9


@dataclass(frozen=True)
class LastAction:
    """What F8 can take back for a member in this session."""

    member_id: int
    credit: CreditResult | None = None
    redemption: RedeemResult | None = None
    kept: QueuedOperation | None = None  # kept on this counter for the server


class CounterView(QWidget):
    def __init__(
        self,
        membership: MembershipService,
        counter: CounterService,
        display: Display,
        bus: ChangeBus,
        session: Session,
        open_register: Callable[[str], MemberView | None],
        open_details: Callable[[int], None],
        parent: QWidget | None = None,
        *,
        print_receipt: Callable[[str, Receipt, Say], None] | None = None,
        auto_print: str = AUTO_PRINT_OFF,
        coupons: CouponService | None = None,
        feedback: FeedbackService | None = None,
        link: CounterLink | None = None,
        till: TillService | None = None,
        counter_name: str = "",
    ) -> None:
        """``till`` and ``counter_name``: purchases a POS posted for this counter, shown
        until the cashier scans the card (None: a counter without a till's API)."""
        super().__init__(parent)
        # Look-ups, credits and rewards: through the club's server, or this counter's queue
        # when a shared club's server does not answer.
        self._link = link or CounterLink(membership, counter, None, lambda: dt.datetime.now(dt.UTC))
        self._coupons = coupons
        self._feedback = feedback
        self._print_receipt = print_receipt
        self._auto_print = auto_print
        self._membership = membership
        self._counter = counter
        self._display = display
        self._bus = bus
        self._session = session
        self._open_register = open_register
        self._open_details = open_details
        self.member_id: int | None = None
        self._credit_op: str | None = None
        self._credit_op_sent = False
        self._last: dict[int, LastAction] = {}
        self._rewards: list[Reward] = []
        # The last action's result is on screen and nothing new has begun: a second click
        # or Enter is the same request again, not an invitation to type a second amount.
        self._done_shown = False
        self._kept_shown = False  # the action line says "kept on this counter"
        # The member on screen as the panel shows them, and whether the change the bus says
        # now is this counter's own.
        self._shown: MemberPanel | None = None
        self._announcing = False

        self.search = QLineEdit()
        self.search.setObjectName("counterSearch")
        self.search.setPlaceholderText(
            self.tr("Scan a card, or type a phone number, its last 4 digits or a name")
            if coupons is None
            else self.tr(
                "Scan a card or a coupon, or type a phone number, its last 4 digits or a name"
            )
        )
        self.search.setClearButtonEnabled(True)
        # No empty band under the search field on a small screen while there is nothing to say.
        self.search_message = ErrorLabel("searchMessage")
        self.results = QListWidget()
        self.results.setObjectName("counterResults")
        self.results.setMaximumHeight(RESULTS_HEIGHT)
        self.results.hide()
        self.register_button = QPushButton(self.tr("New member (F2)"))

        self._till = till
        self.till_banner: TillBanner | None = None
        if till is not None:
            self.till_banner = TillBanner(
                till, counter_name, display, may_ask=lambda: self._link.online is not False
            )
            self.till_banner.dismiss_asked.connect(self.dismiss_till_purchase)

        self.panel = MemberPanelWidget(display)
        # What this counter holds for the member on screen: offline, or not yet sent.
        self.offline_note = _message_label("offlineNote")
        self.offline_note.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.offline_note.hide()
        self.panel.messages_choice.connect(self._set_messages)
        self.coupon_strip = CouponStrip(display)
        self.amount = AmountEdit(display)
        self.amount.setObjectName("counterAmount")
        self.amount.setPlaceholderText(self.tr("Amount"))
        self.amount_unit = QLabel(self._unit_name())
        self.receipt = QLineEdit()
        self.receipt.setObjectName("counterReceipt")
        self.receipt.setPlaceholderText(self.tr("Receipt no. (optional)"))
        self.credit_button = QPushButton(self.tr("Credit purchase (Enter)"))
        self.credit_button.setObjectName("creditButton")
        self.action_message = _message_label("actionMessage")
        self.rewards_title = QLabel(self.tr("Rewards (Ctrl+number)"))
        self.rewards_row = QVBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo last action (F8)"))
        self.details_button = QPushButton(self.tr("Member details (F4)"))
        self.print_button = QPushButton(self.tr("Print thank-you note (F9)"))
        self.print_button.setObjectName("printNoteButton")
        self.print_button.setToolTip(self.tr("Shift+F9 prints a slip instead"))
        self.print_button.setVisible(print_receipt is not None)
        self.print_message = _message_label("printMessage")
        self.feedback_button = QPushButton(self.tr("How was the visit? (F3)"))
        self.feedback_button.setObjectName("feedbackButton")
        self.feedback_button.setVisible(feedback is not None)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        if self.till_banner is not None:
            layout.addWidget(self.till_banner)  # above all: the sale at the till waits
        layout.addLayout(top)
        body = QHBoxLayout()
        body.addWidget(self._member_column(), 3)
        body.addWidget(self._actions_column(), 2)
        layout.addLayout(body, 1)

        self.search.textEdited.connect(self._on_search_edited)
        self.search.returnPressed.connect(self._pick_result)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._on_result_activated)
        self.amount.started.connect(self._new_credit_op)
        self.amount.textEdited.connect(self._credit_request_changed)
        self.receipt.textEdited.connect(self._credit_request_changed)
        self.amount.returnPressed.connect(self.credit)
        self.receipt.returnPressed.connect(self.credit)
        self.credit_button.clicked.connect(self.credit)
        self.amount.textEdited.connect(self._update_quote)
        self.coupon_strip.removed.connect(self.remove_coupon)
        self.undo_button.clicked.connect(self.undo_last)
        self.details_button.clicked.connect(self._details)
        self.print_button.clicked.connect(lambda: self.print_last(NOTE))
        self.feedback_button.clicked.connect(self.ask_feedback)
        self.register_button.clicked.connect(self.register)
        bus.member_changed.connect(self._on_member_changed)
        bus.club_changed.connect(self._on_club_changed)
        for sequence, slot in (
            ("F2", self.register),
            # Not Ctrl+Z or Ctrl+D: a text field would take those for itself.
            ("F8", self.undo_last),
            ("F4", self._details),
            # F3: free beside F2 and F4 (F5-F7 and F10 open the parts, F8 undoes).
            ("F3", self.ask_feedback),
            ("F9", lambda: self.print_last(NOTE)),
            ("Shift+F9", lambda: self.print_last(SLIP)),
            ("Escape", self._escape),
        ):
            QShortcut(QKeySequence(sequence), self, slot)
        for number in range(1, MAX_REWARD_KEYS + 1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda n=number: self.redeem_number(n))
        self._set_member_actions_enabled(False)

    @property
    def link(self) -> CounterLink:
        """The counter's line to the club (a pass-through one when none was given)."""
        return self._link

    def _member_column(self) -> QWidget:
        """Under the search field, on the member's side: what the search says and finds,
        then the member. The results list takes its height from the member panel (which
        scrolls), not from the window: with a sale from the till waiting too, the counter
        still fits a 600-pixel screen with its status bar."""
        column = QWidget()
        member = QVBoxLayout(column)
        member.setContentsMargins(0, 0, 0, 0)
        member.addWidget(self.search_message)
        member.addWidget(self.results)
        member.addWidget(self.offline_note)
        member.addWidget(_scrolling(self.panel), 1)
        return column

    def _actions_column(self) -> QWidget:
        """What the cashier does, most used first. On a small screen (1024×600) the amount,
        the credit button and its result stay in sight; the reward buttons, up to nine,
        scroll in the room that is left."""
        column = QWidget()
        actions = QGridLayout(column)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(QLabel(self.tr("Purchase")), 0, 0, 1, 2)
        # The coupon sits right above the amount it discounts, in sight on a small screen.
        actions.addWidget(self.coupon_strip, 1, 0, 1, 2)
        actions.addWidget(self.amount, 2, 0)
        actions.addWidget(self.amount_unit, 2, 1)
        actions.addWidget(self.receipt, 3, 0, 1, 2)
        actions.addWidget(self.credit_button, 4, 0, 1, 2)
        actions.addWidget(self.action_message, 5, 0, 1, 2)
        buttons = QGridLayout()
        buttons.addWidget(self.undo_button, 0, 0)
        buttons.addWidget(self.details_button, 0, 1)
        buttons.addWidget(self.print_button, 1, 0)
        buttons.addWidget(self.feedback_button, 1, 1)
        actions.addLayout(buttons, 6, 0, 1, 2)
        actions.addWidget(self.print_message, 7, 0, 1, 2)
        actions.addWidget(self.rewards_title, 8, 0, 1, 2)
        rewards = QWidget()
        rewards.setLayout(self.rewards_row)
        self.rewards_row.setContentsMargins(0, 0, 0, 0)
        self.rewards_row.addStretch(1)
        self.rewards_area = _scrolling(rewards)
        # One reward button's height at least; the rest scrolls on a small screen.
        self.rewards_area.setMinimumHeight(self.credit_button.sizeHint().height() + 4)
        actions.addWidget(self.rewards_area, 9, 0, 1, 2)
        actions.setRowStretch(9, 1)
        return column

    # -- finding ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.search.setFocus()
        if self.till_banner is not None:
            self.till_banner.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        if self.till_banner is not None:
            self.till_banner.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _on_search_edited(self, text: str) -> None:
        self.search_message.clear()
        if not text.strip():
            self.results.clear()
            self.results.hide()
            return
        if self._coupons is not None and _coupon_shaped(text):
            # A coupon code typed by hand: no member has it; Enter looks it up.
            self.results.clear()
            self.results.hide()
            self._say(self.search_message, self.tr("A coupon code: press Enter."), ok=True)
            return
        try:
            found = self._link.find(text, SEARCH_LIMIT)
        except DomainError as error:
            self._show_error(self.search_message, error)
            return
        if not found.hits and self.member_id is not None and _coupon_begun(text):
            # A coupon's code read off the paper a key at a time, for the member on screen:
            # its first digits match nobody, and that must not send the member away.
            self.results.clear()
            self.results.hide()
            self._say(
                self.search_message,
                self.tr("A coupon code has 14 digits: type them all, then press Enter."),
                ok=True,
            )
            return
        self._show_hits(found.hits)
        if found.remembered and found.hits:
            self._say(
                self.search_message,
                self.tr("The server does not answer: members this counter has seen."),
                ok=True,
            )
        elif found.remembered:
            # Not "no member": the club may well know them (do not register them again).
            self._say(
                self.search_message,
                self.tr(
                    "The server does not answer, and this counter has not seen such a member. "
                    "Do not register them again: keep the receipt and credit it when the light "
                    "is green."
                ),
                ok=False,
            )

    def _show_hits(self, hits: list[MemberHit]) -> None:
        d = self._display
        self.results.clear()
        for hit in hits:
            member = hit.member
            item = QListWidgetItem(
                (
                    self.tr("{name}   ·   card {card}   ·   {phone}   ·   {balance} point")
                    if is_one(member.balance)
                    else self.tr("{name}   ·   card {card}   ·   {phone}   ·   {balance} points")
                ).format(
                    name=member.name,
                    card=d.code(card_groups(member.card or "")),
                    phone=d.code(mask_phone(member.phone)),
                    balance=d.n(member.balance),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.results.addItem(item)
        if hits:
            # No taller than its members: the rest of the column stays the member's.
            rows = self.results.sizeHintForRow(0) * len(hits) + 2 * self.results.frameWidth()
            self.results.setMaximumHeight(min(RESULTS_HEIGHT, rows))
        self.results.setVisible(bool(hits))
        if hits:
            self.results.setCurrentRow(0)
        else:
            self._forget_member()
            self._say(self.search_message, self.tr("No member matches."), ok=False)

    def _pick_result(self) -> None:
        if self._coupons is not None and _coupon_shaped(self.search.text()):
            self.show_coupon(self.search.text())
            return
        item = self.results.currentItem()
        if item is not None and self.results.isVisible():
            self._found(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_result_activated(self, item: QListWidgetItem) -> None:
        self._found(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_scanned(self, code: str) -> None:
        """A card scanned at the counter: its member, or nobody at all on screen — never
        the customer before, or the next amount would be credited to the wrong person."""
        try:
            member, _remembered = self._link.resolve(code)
        except DomainError as error:
            self._forget_member()
            self._show_error(self.search_message, error)
            return
        self._found(member.id)

    def _found(self, member_id: int) -> None:
        """The cashier scanned a card or picked a member: with a purchase from the till on
        show, that one action also credits it to them."""
        self.select_member(member_id)
        if self.till_banner is not None and self.till_banner.purchase is not None:
            self.credit_from_till()

    def select_member(self, member_id: int) -> None:
        coupon = self.coupon_strip.coupon
        if coupon is not None and (
            # A coupon scanned for the customer before goes with them; one scanned before
            # anybody was found is this customer's, if it may be theirs.
            (self.member_id is not None and self.member_id != member_id)
            or (coupon.coupon.member_id not in (None, member_id))
        ):
            self.coupon_strip.clear_coupon()
        self.member_id = member_id
        self.search.clear()
        self.search_message.clear()
        self.results.clear()
        self.results.hide()
        self._begin_anew()
        self.refresh()
        self.amount.setFocus()

    def _escape(self) -> None:
        """Esc takes a coupon off the purchase first; pressed again, it clears the counter;
        on a clear counter, it says the customer of the till's purchase is not a member."""
        if self.coupon_strip.coupon is not None:
            self.remove_coupon()
            return
        banner = self.till_banner
        if (
            banner is not None
            and banner.purchase is not None
            and self.member_id is None
            and not self.search.text()
        ):
            self.dismiss_till_purchase()
            return
        self.clear()

    def clear(self) -> None:
        """Esc: the counter is ready for the next customer."""
        self.coupon_strip.clear_coupon()
        self.search.clear()
        self.results.hide()
        self.search_message.clear()
        self._forget_member()

    def _forget_member(self) -> None:
        """Nobody on screen: nothing typed for the customer before can be credited to them,
        and no result of theirs stands beside what comes next. The search text stays."""
        if self.member_id is not None:
            self.coupon_strip.clear_coupon()  # it was scanned for the customer before
        self.member_id = None
        self._shown = None
        self._begin_anew()
        self.panel.show_panel(None)
        self._show_offline_note(None)
        self._set_member_actions_enabled(False)
        self.search.setFocus()

    def _begin_anew(self) -> None:
        self.action_message.clear()
        self.print_message.clear()
        self.amount.clear_amount()
        self.receipt.clear()
        self._credit_op = None
        self._done_shown = False

    def refresh(self) -> None:
        if self.member_id is None:
            return
        try:
            state = self._link.panel(self.member_id)
        except DomainError as error:
            self._show_error(self.action_message, error)
            return
        if not state.offline:
            self._bus.database_state.emit("")  # the database answers
        # The balance as it will be once what waits here reaches the server.
        panel = replace(
            state.panel,
            member=replace(state.panel.member, balance=state.balance),
            next_reward=next_reward(state.balance, state.panel.rewards),
        )
        self.panel.show_panel(panel)
        self._shown = panel
        self._show_offline_note(state)
        self._rebuild_rewards(list(panel.rewards), panel.member.balance, panel.member.stamps)
        self._set_member_actions_enabled(True)
        self.undo_button.setEnabled(self.member_id in self._last)

    def _show_offline_note(self, state: PanelState | None) -> None:
        d = self._display
        parts = []
        if state is not None and state.remembered_at is not None:
            parts.append(
                self.tr("The server does not answer: as this counter saw them at {time}.").format(
                    time=d.when(state.remembered_at)
                )
            )
        if state is not None and state.pending:
            change = sum(op.change for op in state.pending)
            parts.append(
                (
                    self.tr("1 action waits to be sent ({points} points).")
                    if len(state.pending) == 1
                    else self.tr("{count} actions wait to be sent ({points} points).")
                ).format(count=d.n(len(state.pending)), points=d.points(change, signed=True))
            )
        self.offline_note.setText(d.sentence(" ".join(parts)) if parts else "")
        self.offline_note.setVisible(bool(parts))

    def _announce(self, member_id: int) -> None:
        """This counter's own change, committed: every view showing the member refreshes,
        and the action line that has just said its result stays."""
        self._announcing = True
        try:
            self._bus.member_changed.emit(member_id)
        finally:
            self._announcing = False

    def _on_member_changed(self, member_id: int) -> None:
        if member_id != self.member_id:
            return
        before = _balances(self._shown)
        self.refresh()
        shown = self._shown
        if self._announcing or shown is None or _balances(shown) == before:
            return
        if not self.action_message.text():
            return  # nothing said that the big number could contradict
        # Changed elsewhere (a receipt from the folder, the offline queue sent, the member's
        # details): the action line still says the balance before, a second balance beside
        # the big one.
        d = self._display
        self._say(
            self.action_message,
            self.tr("The balance has changed meanwhile: now {balance}.").format(
                balance=d.n(shown.member.balance)
            )
            if shown.points_on
            else self.tr("The stamp card has changed meanwhile: now {stamps}.").format(
                stamps=d.n(shown.member.stamps)
            ),
            ok=True,
        )

    def _on_club_changed(self) -> None:
        self._last.clear()
        self.clear()

    # -- coupons ----------------------------------------------------------------------

    def show_coupon(self, text: str) -> None:
        """A coupon scanned or typed: what it gives, for whom, until when, ready to go with
        the purchase being entered. A refusal is said without touching what is typed."""
        if self._coupons is None:
            return
        try:
            check = self._coupons.check(text, member_id=self.member_id)
        except DomainError as error:
            if error.code == UNREACHABLE and self._link.can_queue:
                # The counter goes on offline; only the coupon waits for the server.
                error = Refused("offline.coupon")
            self._show_error(self.search_message, error)
            (self.amount if self.member_id is not None else self.search).setFocus()
            return
        self.search.clear()
        self.results.clear()
        self.results.hide()
        self.search_message.clear()
        coupon = check.view
        if self.member_id is None and coupon.coupon.member_id is not None:
            self.select_member(coupon.coupon.member_id)  # a personal coupon brings its member
        self._attach_coupon(coupon)
        if self.member_id is None:
            self._say(self.search_message, self.tr("Now find the member who uses it."), ok=True)
            self.search.setFocus()
        else:
            self.amount.setFocus()

    def _attach_coupon(self, coupon: CouponView) -> None:
        self.coupon_strip.show_coupon(coupon)
        self._credit_request_changed()
        self._done_shown = False
        self._update_quote()

    def remove_coupon(self) -> None:
        """The × or Esc: the purchase goes on without the coupon."""
        self.coupon_strip.clear_coupon()
        self._credit_request_changed()
        if self.member_id is not None:
            self.amount.setFocus()
        else:
            self.search_message.clear()
            self.search.setFocus()

    def _update_quote(self) -> None:
        """Discount, what is left to pay and the points it earns, as the amount is typed."""
        coupon = self.coupon_strip.coupon
        if coupon is None or self.member_id is None:
            return
        if not self.amount.text().strip():
            self.coupon_strip.show_hint(
                self.tr("Type the whole purchase, before the discount."), ok=True
            )
            return
        d = self._display
        try:
            quote = self._counter.quote_credit(
                self.member_id, self.amount.rials(), coupon=coupon.code
            )
        except DomainError as error:
            self.coupon_strip.show_hint(error_text(error, d), ok=False)
            return
        self.coupon_strip.show_quote(quote)

    # -- credit -----------------------------------------------------------------------

    def _new_credit_op(self) -> None:
        self._credit_op = str(uuid.uuid4())
        self._credit_op_sent = False
        self._done_shown = False  # a new amount: the next action has begun

    def _credit_request_changed(self) -> None:
        # A changed amount or receipt is a new request: it needs its own operation id.
        if self._credit_op_sent:
            self._new_credit_op()

    def credit(self) -> None:
        if self.member_id is None:
            self._say(self.action_message, self.tr("Find the member first."), ok=False)
            self.search.setFocus()
            return
        try:
            rials = self.amount.rials()
        except DomainError as error:
            if error.code == "amount.empty" and self._done_shown:
                return  # a double click or a second Enter: that purchase is credited already
            self._show_error(self.action_message, error)
            self.amount.setFocus()
            return
        if self._credit_op is None:
            self._new_credit_op()
        assert self._credit_op is not None
        self._credit_op_sent = True
        coupon = self.coupon_strip.coupon
        op_id, member_id, receipt = self._credit_op, self.member_id, self.receipt.text()
        self._send_credit(
            lambda actor: self._link.credit(
                op_id,
                member_id,
                rials,
                actor,
                receipt_no=receipt,
                coupon=coupon.code if coupon is not None else None,
            ),
            self.amount,
        )

    def credit_from_till(self) -> None:
        """The purchase from the till on show, credited to the member on screen: its amount
        and receipt number are the till's, its operation id is the purchase's (a double scan
        is the same credit, done once). Only through the server: the purchase is there."""
        banner, till, member_id = self.till_banner, self._till, self.member_id
        if banner is None or till is None or banner.purchase is None or member_id is None:
            return
        purchase_id = banner.purchase.id
        if self._send_credit(lambda actor: till.credit(purchase_id, member_id, actor), self.search):
            banner.settled()
        else:
            banner.check()  # cancelled or claimed meanwhile: show what waits now

    def dismiss_till_purchase(self) -> None:
        """The customer is not a member: the purchase from the till is cancelled."""
        banner, till = self.till_banner, self._till
        if banner is None or till is None or banner.purchase is None:
            return
        purchase_id = banner.purchase.id
        try:
            dismissed = self._session.call(self, lambda actor: till.dismiss(purchase_id, actor))
        except DomainError as error:
            self._show_error(self.search_message, error)
            banner.check()
            return
        if dismissed is None:
            self._say_not_approved()
            return
        banner.settled()
        self._say(
            self.search_message, self.tr("The purchase from the till was cancelled."), ok=True
        )
        self.search.setFocus()

    def _send_credit(
        self, work: Callable[[Actor], CreditResult | QueuedOperation], retry_in: QWidget
    ) -> bool:
        """One credit as the person at the counter, and its result said: the typed one and
        the till's alike. False: nothing was credited (the reason is on screen, and focus
        is where the cashier tries again)."""
        assert self.member_id is not None
        try:
            credited = self._session.call(self, work)
        except DomainError as error:
            self._show_error(self.action_message, error)
            retry_in.setFocus()
            return False
        if credited is None:
            self._say_not_approved()
            retry_in.setFocus()
            return False
        if isinstance(credited, QueuedOperation):
            self._kept_offline(credited)
            return True
        result = credited
        self._last[self.member_id] = LastAction(self.member_id, credit=result)
        self._credit_op = None
        self.amount.clear_amount()
        self.receipt.clear()
        self.coupon_strip.clear_coupon()
        d = self._display
        message = (
            self.tr("{points} point — balance {balance}")
            if is_one(result.points_earned)
            else self.tr("{points} points — balance {balance}")
        ).format(points=d.points(result.points_earned, signed=True), balance=d.n(result.balance))
        if result.coupon is not None and result.coupon.reward is not None:
            # A catalogue reward takes nothing off: say what the coupon gave.
            message += ("؛ " if d.rtl else " · ") + self.tr("coupon gives {reward}").format(
                reward=d.text(result.coupon.reward.display_name(d.language))
            )
        elif result.coupon is not None:
            message += ("؛ " if d.rtl else " · ") + self.tr(
                "coupon: {discount} off, {paid} paid"
            ).format(discount=d.money(result.discount_rials), paid=d.money(result.amount_rials))
        if result.stamp_reason is not None:
            # Not a middle dot in Persian: beside Persian digits it reads as a zero.
            message += ("؛ " if d.rtl else " · ") + stamp_outcome_text(
                result.stamps_earned, result.stamp_reason, result.amount_rials, d
            )
        if result.replayed:
            message += " " + self.tr("(already credited)")
        self._say(self.action_message, message, ok=True)
        self._done_shown = True
        self._announce(self.member_id)
        self.search.setFocus()  # ready for the next customer; the member stays on screen
        if self._auto_print != AUTO_PRINT_OFF and not result.replayed:
            self.print_last(self._auto_print)
        return True

    # -- the customer's voice ---------------------------------------------------------

    def ask_feedback(self) -> None:
        """F3: how the visit was, for the member on screen (the purchase just credited, or
        their latest one not refunded in full). Without a member nothing opens: a score must
        never land on the customer before. Without a visit to score, or for a visit already
        scored, the counter says so and nothing opens: one score a visit, the first stands."""
        if self._feedback is None or self.member_id is None:
            return
        member_id = self.member_id
        last = self._last.get(member_id)
        purchase_id = last.credit.purchase_id if last and last.credit else None
        try:
            visit = self._feedback.visit_to_score(member_id, purchase_id)
        except DomainError as error:
            self._show_error(self.action_message, error)
            return
        name = self.panel.name.text()
        dialog = FeedbackDialog(
            self._feedback, self._display, self._session.actor, member_id, name, visit.purchase_id,
            self, visit=visit,
        )  # fmt: skip
        if dialog.exec() and dialog.recorded is not None:
            score = dialog.recorded.feedback.score or 0
            self._say(
                self.action_message,
                self.tr("Thank you: the visit's score, {score}, is recorded.").format(
                    score=self._display.n(score)
                ),
                ok=True,
            )
        self.search.setFocus()  # ready for the next customer

    # -- rewards ----------------------------------------------------------------------

    def _rebuild_rewards(self, rewards: list[Reward], balance: int, stamps: int = 0) -> None:
        while self.rewards_row.count():
            item = self.rewards_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Off the screen now, not at the next turn of the event loop.
                widget.setParent(None)
                widget.deleteLater()
        self._rewards = rewards
        d = self._display
        for number, reward in enumerate(rewards[:MAX_REWARD_KEYS], start=1):
            button = QPushButton(
                self.tr("{key}. {reward} — {cost} points").format(
                    key=d.n(number),
                    reward=d.text(reward.display_name(d.language)),
                    cost=d.n(reward.cost),
                )
                if not reward.costs_stamps
                else f"{d.n(number)}. {d.text(reward.display_name(d.language))} — "
                f"{reward_cost_text(reward, d)}"
            )
            button.setObjectName(f"reward{number}")
            if reward.costs_stamps:  # the stamp card pays for it, whatever the points
                button.setEnabled(reward.cost <= stamps)
            else:
                button.setEnabled(balance >= 0 and reward.cost <= balance)
            button.clicked.connect(lambda _checked=False, r=reward: self.redeem(r))
            self.rewards_row.addWidget(button)
        self.rewards_row.addStretch(1)

    def redeem_number(self, number: int) -> None:
        if self.member_id is None:
            return
        if 0 < number <= min(len(self._rewards), MAX_REWARD_KEYS):
            self.redeem(self._rewards[number - 1])
            return
        self._say(
            self.action_message,
            self.tr("There is no reward number {number} for this member.").format(
                number=self._display.n(number)
            ),
            ok=False,
        )

    def redeem(self, reward: Reward) -> None:
        if self.member_id is None:
            return
        d = self._display
        try:
            # Points short, in debt, another tier's: said at once, not after "Give it?".
            self._link.check_redeem(self.member_id, reward)
        except DomainError as error:
            self._show_error(self.action_message, error)
            return
        op_id = str(uuid.uuid4())  # the action starts with the question
        answer = QMessageBox.question(
            self,
            self.tr("Redeem a reward"),
            d.sentence(
                self.tr("Give {reward} for {cost} points?").format(
                    reward=d.text(reward.display_name(d.language)), cost=d.n(reward.cost)
                )
                if not reward.costs_stamps
                else self.tr("Give {reward} for {stamps}?").format(
                    reward=d.text(reward.display_name(d.language)),
                    stamps=reward_cost_text(reward, d),
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        self._back_to_work()
        if answer != QMessageBox.StandardButton.Yes:
            return
        member_id = self.member_id
        try:
            redeemed = self._session.call(
                self, lambda actor: self._link.redeem(op_id, member_id, reward, actor)
            )
        except DomainError as error:
            self._show_error(self.action_message, error)
            return
        if redeemed is None:
            self._say_not_approved()
            return
        if isinstance(redeemed, QueuedOperation):
            self._kept_offline(redeemed)
            return
        result = redeemed
        self._last[self.member_id] = LastAction(self.member_id, redemption=result)
        self._say(
            self.action_message,
            self.tr("{reward} given: {points} points — balance {balance}").format(
                reward=d.text(reward.display_name(d.language)),
                points=d.points(-result.points_spent),
                balance=d.n(result.balance),
            )
            if not result.stamps_spent
            else self.tr("{reward} given: {stamps} — stamp card {balance}").format(
                reward=d.text(reward.display_name(d.language)),
                stamps=reward_cost_text(reward, d),
                balance=d.n(result.stamps),
            ),
            ok=True,
        )
        self._done_shown = True
        self._announce(self.member_id)
        if self._auto_print != AUTO_PRINT_OFF and not result.replayed:
            self.print_last(self._auto_print)

    def _kept_offline(self, kept: QueuedOperation) -> None:
        """A credit or reward kept in this counter's queue: said as such (the ledger's own
        figure comes when the server answers), and the next customer may come."""
        d = self._display
        if kept.kind is QueuedKind.CREDIT:
            self._credit_op = None
            self.amount.clear_amount()
            self.receipt.clear()
            message = self.tr(
                "Kept on this counter: about {points} points, sent when the server answers."
            ).format(points=d.points(kept.points, signed=True))
        else:
            message = self.tr(
                "{reward} given, kept on this counter: {points} points, sent when the server "
                "answers."
            ).format(
                reward=d.text(
                    kept.reward_in(d.language)
                ),
                points=d.points(-kept.points),
            )  # fmt: skip
        self._say(self.action_message, message, ok=True)
        self._done_shown = True
        self._kept_shown = True
        assert self.member_id is not None
        self._last[self.member_id] = LastAction(self.member_id, kept=kept)
        self._announce(self.member_id)
        self.search.setFocus()

    def after_sync(self) -> None:
        """The queue reached the server: "kept on this counter" is no longer true, and what
        was kept is no longer this counter's to take back (the ledger's undo is, later)."""
        waiting = {op.op_id for op in self._link.pending()}
        for member_id, last in list(self._last.items()):
            if last.kept is not None and last.kept.op_id not in waiting:
                del self._last[member_id]
        if self._kept_shown:
            self._kept_shown = False
            self.action_message.clear()
        self.undo_button.setEnabled(self.member_id in self._last)

    def _undo_asked(self, question: str) -> bool:
        """Asked first, "No" the default: a stray Enter takes nothing back."""
        answer = QMessageBox.question(
            self,
            self.tr("Undo the last action"),
            self._display.sentence(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self._back_to_work()
        return answer == QMessageBox.StandardButton.Yes

    def _take_back_kept(self, kept: QueuedOperation) -> None:
        """F8 on an action the server has not had yet: it is simply never sent."""
        d = self._display
        question = (
            self.tr(
                "Take back the purchase of {amount} kept on this counter? It is never sent, "
                "and the member does not get its points."
            ).format(amount=d.money(kept.amount_rials))
            if kept.kind is QueuedKind.CREDIT
            else self.tr(
                "Take back {reward} kept on this counter? It is never sent, and the member "
                "keeps the {points} points."
            ).format(
                reward=d.text(
                    kept.reward_in(d.language)
                ),
                points=d.n(kept.points),
            )
        )  # fmt: skip
        if not self._undo_asked(question):
            return
        try:
            taken = self._session.call(self, lambda actor: self._link.discard(kept.op_id, actor))
        except DomainError as error:
            self._show_error(self.action_message, error)
            return
        if taken is None:
            self._say_not_approved()
            return
        del self._last[kept.member_id]
        self._kept_shown = False
        self._say(self.action_message, self.tr("Undone: it will not be sent."), ok=True)
        self._done_shown = True
        self._announce(kept.member_id)

    # -- printing ---------------------------------------------------------------------

    def set_auto_print(self, kind: str) -> None:
        self._auto_print = kind

    def print_last(self, kind: str) -> None:
        """The note or slip of this member's last purchase or redemption here."""
        if self._print_receipt is None or self.member_id is None:
            return
        last = self._last.get(self.member_id)
        if last is None:
            self._say(
                self.print_message,
                self.tr("Nothing to print yet: credit a purchase or give a reward first."),
                ok=False,
            )
            return
        if last.kept is not None:
            self._say(
                self.print_message,
                self.tr("Kept on this counter: its note can be printed once the server has it."),
                ok=False,
            )
            return
        if last.credit is not None:
            receipt = Receipt(purchase_id=last.credit.purchase_id)
        else:
            assert last.redemption is not None
            receipt = Receipt(entry_id=last.redemption.entry_id)
        self.print_message.clear()
        self._print_receipt(
            kind, receipt, lambda text, ok: self._say(self.print_message, text, ok=ok)
        )

    # -- undo -------------------------------------------------------------------------

    def undo_last(self) -> None:
        if self.member_id is None or self.member_id not in self._last:
            return
        last = self._last[self.member_id]
        if last.kept is not None:
            self._take_back_kept(last.kept)
            return
        d = self._display
        op_id = str(uuid.uuid4())
        try:
            if last.credit is not None:
                preview = self._counter.preview_refund(purchase_id=last.credit.purchase_id)
                question = (
                    self.tr(
                        "Take back the purchase of {amount}? {points} point comes off; "
                        "balance {before} → {after}."
                    )
                    if is_one(preview.points_reversed)
                    else self.tr(
                        "Take back the purchase of {amount}? {points} points come off; "
                        "balance {before} → {after}."
                    )
                ).format(
                    amount=d.money(preview.refund_rials),
                    points=d.n(preview.points_reversed),
                    before=d.n(preview.member.balance),
                    after=d.n(preview.balance_after),
                )
                if preview.stamps_reversed:
                    question += " " + self.tr("The visit's stamp comes off the stamp card.")
                if preview.coupon_code is not None:
                    question += " " + (
                        self.tr("The coupon {coupon} will be given back.")
                        if preview.coupon_returned
                        else self.tr("The coupon {coupon} stays used.")
                    ).format(coupon=d.code(preview.coupon_code))
            else:
                assert last.redemption is not None
                void_preview = self._counter.preview_void(last.redemption.entry_id)
                question = self.tr(
                    "Take back {reward}? {points} points are given back; "
                    "balance {before} → {after}."
                ).format(
                    reward=d.text(void_preview.reward_in(d.language) or "-"),
                    points=d.n(void_preview.points_restored),
                    before=d.n(void_preview.member.balance),
                    after=d.n(void_preview.balance_after),
                )
                if void_preview.stamps_restored:
                    question = self.tr(
                        "Take back {reward}? {stamps} go back on the stamp card: "
                        "{before} → {after}."
                    ).format(
                        reward=d.text(void_preview.reward_in(d.language) or "-"),
                        stamps=stamps_text(void_preview.stamps_restored, d),
                        before=d.n(void_preview.member.stamps),
                        after=d.n(void_preview.stamps_after),
                    )
            if not self._undo_asked(question):
                return
            credit, redemption = last.credit, last.redemption
            if credit is not None:
                refund = self._session.call(
                    self,
                    lambda actor: self._counter.refund(
                        op_id, actor, purchase_id=credit.purchase_id
                    ),
                )
                balance = refund.preview.balance_after if refund is not None else None
            else:
                assert redemption is not None
                void = self._session.call(
                    self,
                    lambda actor: self._counter.void_redemption(op_id, redemption.entry_id, actor),
                )
                balance = void.preview.balance_after if void is not None else None
        except DomainError as error:
            self._show_error(self.action_message, error)
            return
        if balance is None:
            self._say_not_approved()
            return
        del self._last[self.member_id]
        self._say(
            self.action_message,
            self.tr("Undone — balance {balance}").format(balance=d.n(balance)),
            ok=True,
        )
        self._done_shown = True
        self._announce(self.member_id)

    def _say_not_approved(self) -> None:
        self._say(
            self.action_message,
            self.tr("Not done: this needs a manager's PIN."),
            ok=False,
        )

    # -- other actions ----------------------------------------------------------------

    def register(self) -> None:
        member = self._open_register(self.search.text())
        if member is None:
            self.window().activateWindow()
            self.search.setFocus()
            return
        self.select_member(member.id)
        self._back_to_work()
        self._say(
            self.action_message,
            self.tr("Welcome to the club! Card {card}").format(
                card=self._display.code(card_groups(member.card or ""))
            ),
            ok=True,
        )

    def _details(self) -> None:
        if self.member_id is not None:
            self._open_details(self.member_id)
            self.refresh()
            self._back_to_work()

    def _set_messages(self, opted_out: bool) -> None:
        """The member's "no messages" switched at the counter: recorded as their opt-out
        (or opt-in), with who did it; what was queued for them is withdrawn."""
        member_id = self.member_id
        if member_id is None:
            return
        try:
            self._membership.set_opted_out(
                str(uuid.uuid4()), member_id, opted_out, self._session.actor
            )
        except DomainError as error:
            self._show_error(self.action_message, error)
            return
        self._announce(member_id)
        self.refresh()
        self._say(
            self.action_message,
            self.tr("Recorded: no messages to this member.")
            if opted_out
            else self.tr("Recorded: this member gets the club's messages again."),
            ok=True,
        )
        self._back_to_work()

    def _back_to_work(self) -> None:
        """After a question, the keyboard belongs to the counter again (the amount field)."""
        self.window().activateWindow()
        self.amount.setFocus()

    def _set_member_actions_enabled(self, enabled: bool) -> None:
        for widget in (
            self.amount,
            self.receipt,
            self.credit_button,
            self.details_button,
            self.print_button,
            self.feedback_button,
        ):
            widget.setEnabled(enabled)
        self.undo_button.setEnabled(enabled and self.member_id in self._last)
        if not enabled:
            self._rebuild_rewards([], 0)

    def _unit_name(self) -> str:
        return self._display.money_name

    def _show_error(self, label: QLabel, error: DomainError) -> None:
        self._say(label, error_text(error, self._display), ok=False)
        if error.code == UNREACHABLE:
            # The window says so where it stays in sight; the same action, retried when the
            # server answers again, goes through (its operation id is kept).
            self._bus.database_state.emit(error_text(error, self._display))

    def _say(self, label: QLabel, text: str, *, ok: bool) -> None:
        if label is self.action_message:
            self._kept_shown = False
        label.setStyleSheet(
            "color: #1b5e20; font-weight: bold;" if ok else "color: #b3261e; font-weight: bold;"
        )
        label.setText(self._display.sentence(text))


def _scrolling(content: QWidget) -> QScrollArea:
    """``content`` at its natural size where there is room, scrolling where there is not:
    the window never grows past a small screen because of what one member has."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # The page's own background shows through, as if there were no scroll area at all.
    area.setStyleSheet("QScrollArea { background: transparent; }")
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    return area


def _balances(panel: MemberPanel | None) -> tuple[int, int] | None:
    return None if panel is None else (panel.member.balance, panel.member.stamps)


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _coupon_shaped(text: str) -> bool:
    """Typed text that can only be a coupon code (14 digits, 9 first): no card, phone or
    name reads so; a wrong digit in it is said by the coupon look-up."""
    code = digits_only(text)
    return len(code) == COUPON_CODE_LENGTH and code.isdigit() and code.startswith("9")


def _coupon_begun(text: str) -> bool:
    """Typed text that may still grow into a coupon code (digits only, 9 first)."""
    code = digits_only(text)
    return (
        0 < len(code) < COUPON_CODE_LENGTH
        and code.startswith("9")
        and not any(ch.isalpha() for ch in text)
    )

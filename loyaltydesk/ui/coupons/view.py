"""The Coupons part: every stored coupon with what it gives, for whom, how long, its state
and where it was used; the owner issues, voids and prints them and decides what a refund
does to a coupon."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.coupons import COUPON_CODE_LENGTH, Coupon, CouponState
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.phones import digits_only
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.coupons import (
    MAX_LIST,
    RETURN_ALWAYS,
    RETURN_NEVER,
    RETURN_PERSONAL_SINGLE,
    CouponService,
)
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.views import CouponView
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.coupons.issue_dialog import IssueCouponDialog
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import (
    campaign_label,
    coupon_state_label,
    coupon_terms_text,
    printed_coupon,
)
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.widgets.error_label import ErrorLabel

CODE, GIVES, MEMBER, VALID_FROM, VALID_UNTIL, STATE, USED, CAMPAIGN = range(8)
PrintCoupons = Callable[[list[Coupon]], None]
MAX_COLUMN_PX = 220
MIN_COLUMN_PX = 70
# The columns that give way when the list is wider than the window, in this order.
SHRINK_FIRST = (USED, GIVES, MEMBER, CAMPAIGN, VALID_FROM)


class CouponsView(QWidget):
    def __init__(
        self,
        coupons: CouponService,
        membership: MembershipService,
        rewards: Callable[[], list[Reward]],
        display: Display,
        bus: ChangeBus,
        session: Session,
        open_details: Callable[[int], None],
        parent: QWidget | None = None,
        *,
        print_coupons: PrintCoupons | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("couponsView")
        self._coupons = coupons
        self._membership = membership
        self._rewards = rewards
        self._display = display
        self._session = session
        self._open_details = open_details
        self._print = print_coupons
        self.shown: list[CouponView] = []

        self.state = QComboBox()
        self.state.setObjectName("couponStateFilter")
        self.state.addItem(self.tr("All states"), None)
        for state in CouponState:
            self.state.addItem(coupon_state_label(state), state.value)
        self.search = QLineEdit()
        self.search.setObjectName("couponSearch")
        self.search.setPlaceholderText(self.tr("Code (scan or type)"))
        self.search.setClearButtonEnabled(True)
        self.issue_button = QPushButton(self.tr("Issue…"))
        self.issue_button.setObjectName("issueCouponsButton")
        self.void_button = QPushButton(self.tr("Void"))
        self.void_button.setObjectName("voidCouponButton")
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("printCouponButton")
        self.print_button.setVisible(print_coupons is not None)
        self.policy = QComboBox()
        self.policy.setObjectName("couponPolicy")
        self.policy.addItem(
            self.tr("a member's single-use coupon comes back"), RETURN_PERSONAL_SINGLE
        )
        self.policy.addItem(self.tr("every coupon comes back"), RETURN_ALWAYS)
        self.policy.addItem(self.tr("no coupon comes back"), RETURN_NEVER)
        self.summary = QLabel()
        self.summary.setObjectName("couponSummary")
        self.message = ErrorLabel("couponMessage")
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("couponTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Gives"),
                self.tr("Member"),
                self.tr("Valid from"),
                self.tr("Valid until"),
                self.tr("State"),
                self.tr("Used"),
                self.tr("Campaign"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.itemSelectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.state)
        top.addWidget(self.search, 1)
        top.addWidget(self.issue_button)
        top.addWidget(self.void_button)
        top.addWidget(self.print_button)
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(self.tr("A purchase with a coupon refunded in full:")))
        policy_row.addWidget(self.policy)
        policy_row.addStretch(1)
        policy_row.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(policy_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textEdited.connect(lambda _t: self.refresh())
        self.issue_button.clicked.connect(lambda _checked=False: self.issue())
        self.void_button.clicked.connect(self.void_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.policy.activated.connect(self._policy_chosen)
        bus.member_changed.connect(lambda _m: self._refresh_if_visible())
        bus.club_changed.connect(self._refresh_if_visible)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    # -- the list ---------------------------------------------------------------------

    def show_code(self, code: str) -> None:
        """A coupon scanned over this part: the list shows it."""
        self.search.setText(code)
        self.state.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        d = self._display
        self.message.clear()
        state_value = self.state.currentData()
        state = CouponState(state_value) if state_value is not None else None
        typed = digits_only(self.search.text())
        try:
            if len(typed) == COUPON_CODE_LENGTH:
                found = [self._coupons.find(typed)]
                found = [c for c in found if state is None or c.state is state]
            else:
                found = self._coupons.listing(state=state, limit=MAX_LIST)
                if typed:
                    found = [c for c in found if typed in c.code]
            policy = self._coupons.return_policy()
            counts = self._coupons.counts()
        except DomainError as error:
            self.message.setText(d.sentence(error_text(error, d)))
            self._fill([])
            return
        self.policy.setCurrentIndex(max(0, self.policy.findData(policy)))
        self.summary.setText(
            "   ".join(
                f"{coupon_state_label(s)}: {d.n(counts.get(s, 0))}"
                for s in (
                    CouponState.ACTIVE,
                    CouponState.USED,
                    CouponState.EXPIRED,
                    CouponState.VOIDED,
                )
            )
        )
        self._fill(found)

    def _fill(self, coupons: Sequence[CouponView]) -> None:
        d = self._display
        self.shown = list(coupons)
        self.table.setRowCount(len(coupons))
        for row, view in enumerate(coupons):
            coupon = view.coupon
            cells = {
                CODE: d.code(coupon.code),
                GIVES: coupon_terms_text(coupon.terms, view.reward, d.language, d.currency),
                MEMBER: self._whom(view),
                VALID_FROM: d.day(coupon.valid_from),
                VALID_UNTIL: d.day(coupon.valid_until),
                STATE: coupon_state_label(view.state),
                USED: self._used_text(view),
                CAMPAIGN: campaign_label(coupon.campaign) or self.tr("by hand"),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long one is cut short in its column
                if column == STATE and view.state in (CouponState.VOIDED, CouponState.EXPIRED):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._fit_columns()
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column in sight, the campaign too, on a 1024-pixel screen: the long texts
        (where it was used, what it gives, whose) give way first; a cut one shows in full in
        its tooltip."""
        columns = range(self.table.columnCount())
        widths = [
            min(max(self.table.sizeHintForColumn(c), self._header_width(c)), MAX_COLUMN_PX)
            for c in columns
        ]
        room = self.table.viewport().width()
        for column in SHRINK_FIRST:
            over = sum(widths) - room
            if over <= 0:
                break
            widths[column] = max(MIN_COLUMN_PX, widths[column] - over)
        for column in columns:
            self.table.setColumnWidth(column, widths[column])

    def _header_width(self, column: int) -> int:
        item = self.table.horizontalHeaderItem(column)
        text = item.text() if item is not None else ""
        return self.table.horizontalHeader().fontMetrics().horizontalAdvance(text) + 24

    def _update_buttons(self) -> None:
        """Void only what can still be voided: not one voided already, not one used up
        (it was used and stays so); print only what is in the list."""
        chosen = self.selected()
        self.void_button.setEnabled(any(_voidable(c) for c in chosen))
        self.print_button.setEnabled(bool(chosen))

    def _whom(self, view: CouponView) -> str:
        if view.member_name is not None:
            return view.member_name
        allowed = view.coupon.uses_allowed
        if allowed == 1:
            return self.tr("anyone")
        return self.tr("anyone, {uses} of {allowed} uses left").format(
            uses=self._display.n(view.uses_left), allowed=self._display.n(allowed)
        )

    def _used_text(self, view: CouponView) -> str:
        d = self._display
        last = view.last_use
        if view.coupon.voided_at is not None:
            return self.tr("voided {when} by {staff}").format(
                when=d.when(view.coupon.voided_at), staff=view.coupon.voided_by or "-"
            )
        if last is None:
            return ""
        return self.tr("{when} at {counter} by {staff}, purchase {purchase}").format(
            when=d.when(last.used_at),
            counter=last.counter,
            staff=last.staff,
            purchase=d.code(str(last.purchase_id or "-")),
        )

    def selected(self) -> list[CouponView]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        return [self.shown[r] for r in rows if 0 <= r < len(self.shown)]

    def _open_row(self, row: int) -> None:
        """A used coupon opens the member who used it; a personal one, its member."""
        if not 0 <= row < len(self.shown):
            return
        view = self.shown[row]
        last = view.last_use
        member_id = last.member_id if last is not None else view.coupon.member_id
        if member_id is not None:
            self._open_details(member_id)

    # -- actions ----------------------------------------------------------------------

    def issue(self, member_ids: Sequence[int] | None = None, parent: QWidget | None = None) -> None:
        """The issue dialog, with members chosen from a report list when given; then the
        coupons made can be printed at once."""
        dialog = IssueCouponDialog(
            self._coupons,
            self._membership,
            self._rewards,
            self._display,
            self._session,
            parent or self,
            member_ids=member_ids,
        )
        if not dialog.exec() or not dialog.issued:
            return
        made = dialog.issued
        self.refresh()
        d = self._display
        text = (
            self.tr("Coupon {code} issued.").format(code=d.code(made[0].code))
            if len(made) == 1
            else self.tr("{count} coupons issued.").format(count=d.n(len(made)))
        )
        if self._print is None:
            QMessageBox.information(parent or self, self.tr("Coupons"), d.sentence(text))
            return
        answer = QMessageBox.question(
            parent or self,
            self.tr("Coupons"),
            d.sentence(text + " " + self.tr("Print them now?")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._print([self._printed(c) for c in made])

    def void_selected(self) -> None:
        d = self._display
        selected = self.selected()
        chosen = [c for c in selected if _voidable(c)]
        used_up = [c for c in selected if c.state is CouponState.USED]
        if not chosen:
            if used_up:
                self._say_refused(
                    used_up, lambda c: self._coupons.void(c.code, self._session.actor)
                )
            return
        question = (
            self.tr("Void coupon {code} ({terms})? Nobody can use it after that.").format(
                code=d.code(chosen[0].code),
                terms=d.text(
                    coupon_terms_text(
                        chosen[0].coupon.terms, chosen[0].reward, d.language, d.currency
                    )
                ),
            )
            if len(chosen) == 1
            else self.tr("Void {count} coupons? Nobody can use them after that.").format(
                count=d.n(len(chosen))
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Void coupons"),
            d.sentence(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        refused: list[str] = []
        for coupon in chosen:
            try:
                self._coupons.void(coupon.code, self._session.actor)
            except DomainError as error:
                refused.append(error_text(error, d))
        self.refresh()
        if used_up:
            self._say_refused(used_up, lambda c: self._coupons.void(c.code, self._session.actor))
        if refused:
            self.message.setText(d.sentence(" ".join(refused)))

    def print_selected(self) -> None:
        """Only coupons the counter would still take go on paper (as `print coupon` does);
        the rest are named with the reason."""
        chosen = self.selected()
        if not chosen or self._print is None:
            return
        d = self._display
        printable: list[CouponView] = []
        refused: list[str] = []
        for coupon in chosen:
            try:
                printable.append(self._coupons.printable(coupon.code))
            except DomainError as error:
                refused.append(error_text(error, d))
        self.message.clear()
        if refused:
            self.message.setText(d.sentence(" ".join(refused)))
        if printable:
            self._print([self._printed(c) for c in printable])

    def _say_refused(self, coupons: list[CouponView], act: Callable[[CouponView], object]) -> None:
        """Why each of ``coupons`` was turned down: the service's own refusal."""
        d = self._display
        said: list[str] = []
        for coupon in coupons:
            try:
                act(coupon)
            except DomainError as error:
                said.append(error_text(error, d))
        self.message.setText(d.sentence(" ".join(said)))

    def _printed(self, coupon: CouponView) -> Coupon:
        d = self._display
        return printed_coupon(coupon, d.language, d.currency, self._coupons.today())

    def _policy_chosen(self, _index: int) -> None:
        d = self._display
        try:
            self._coupons.set_return_policy(str(self.policy.currentData()), self._session.actor)
        except DomainError as error:
            self.message.setText(d.sentence(error_text(error, d)))


def _voidable(coupon: CouponView) -> bool:
    """Still to be voided: not voided already and not used up (a partly used open coupon
    is: its remaining uses end)."""
    stored = coupon.coupon
    return stored.voided_at is None and stored.uses < stored.uses_allowed

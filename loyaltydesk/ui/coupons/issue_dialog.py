"""Issuing coupons by hand: to a member, to members chosen from a report list, an open
coupon with a number of uses, or an open batch printed as a sheet of flyers."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.coupons import (
    DEFAULT_VALID_DAYS,
    MAX_OPEN_USES,
    MAX_PERCENT,
    MAX_VALID_DAYS,
    CouponKind,
    CouponTerms,
)
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.phones import mask_phone
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.coupons import MAX_BATCH, CouponService
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.views import CouponView
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.scanner import mark_takes_scans
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.widgets.amount_edit import AmountEdit
from loyaltydesk.ui.widgets.error_label import ErrorLabel
from loyaltydesk.ui.widgets.optional_date import OptionalDateField
from loyaltydesk.ui.widgets.screen import resize_within_screen

SEARCH_LIMIT = 10
MEMBER_CHOICE_CHARS = 48
CARD_DIGITS_SHOWN = 4  # the card's last digits: enough to tell two members apart
MEMBER, OPEN, SHEET = 0, 1, 2


class IssueCouponDialog(QDialog):
    def __init__(
        self,
        coupons: CouponService,
        membership: MembershipService,
        rewards: Callable[[], list[Reward]],
        display: Display,
        session: Session,
        parent: QWidget | None = None,
        *,
        member_ids: Sequence[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueCoupons")
        self.setWindowTitle(self.tr("Issue coupons"))
        self._coupons = coupons
        self._membership = membership
        self._display = display
        self._session = session
        self._preset = list(member_ids) if member_ids is not None else None
        # Made when the dialog opens: issuing again after a lost answer makes nothing twice.
        self._op_id = str(uuid.uuid4())
        self.issued: list[CouponView] = []
        d = display

        # -- to whom
        whom = QGroupBox(self.tr("To whom"))
        whom_grid = QGridLayout(whom)
        self.to_member = QRadioButton(self.tr("A member"))
        self.to_open = QRadioButton(self.tr("Anyone (an open coupon), uses:"))
        self.to_sheet = QRadioButton(self.tr("A sheet of open coupons, how many:"))
        self.whom_group = QButtonGroup(self)
        for index, button in enumerate((self.to_member, self.to_open, self.to_sheet)):
            self.whom_group.addButton(button, index)
        self.member_search = QLineEdit()
        self.member_search.setObjectName("couponMemberSearch")
        self.member_search.setPlaceholderText(self.tr("Card, phone or name"))
        mark_takes_scans(self.member_search)  # a member's card scanned here is the answer
        self.member_choice = QComboBox()
        self.member_choice.setObjectName("couponMemberChoice")
        self.member_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.member_choice.setMinimumContentsLength(MEMBER_CHOICE_CHARS)
        # A very long name gives way in the middle: its end and the phone stay readable.
        choice_view = self.member_choice.view()
        if choice_view is not None:
            choice_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.uses = QSpinBox()
        self.uses.setObjectName("couponUses")
        self.uses.setRange(1, MAX_OPEN_USES)
        self.count = QSpinBox()
        self.count.setObjectName("couponCount")
        self.count.setRange(1, MAX_BATCH)
        self.count.setValue(8)
        self.preset_label = QLabel()
        if self._preset is not None:
            self.preset_label.setText(
                self.tr("A personal coupon for each of the {count} chosen members").format(
                    count=d.n(len(self._preset))
                )
            )
            whom_grid.addWidget(self.preset_label, 0, 0, 1, 3)
        else:
            # The matches get a row of their own, the dialog's width: several 0912… phones
            # are told apart by name, masked phone and card together.
            whom_grid.addWidget(self.to_member, 0, 0)
            whom_grid.addWidget(self.member_search, 0, 1)
            whom_grid.addWidget(self.member_choice, 1, 0, 1, 2)
            whom_grid.addWidget(self.to_open, 2, 0)
            whom_grid.addWidget(self.uses, 2, 1)
            whom_grid.addWidget(self.to_sheet, 3, 0)
            whom_grid.addWidget(self.count, 3, 1)
            whom_grid.setColumnStretch(1, 1)
        self.to_member.setChecked(True)

        # -- what it gives
        what = QGroupBox(self.tr("What it gives"))
        what_form = QFormLayout(what)
        self.kind = QComboBox()
        self.kind.setObjectName("couponKind")
        self.kind.addItem(self.tr("A percentage off"), CouponKind.PERCENT.value)
        self.kind.addItem(self.tr("An amount off"), CouponKind.AMOUNT.value)
        self.kind.addItem(self.tr("A reward from the catalogue"), CouponKind.REWARD.value)
        self.kinds = QStackedWidget()
        percent_page = QWidget()
        percent_row = QHBoxLayout(percent_page)
        percent_row.setContentsMargins(0, 0, 0, 0)
        self.percent = QSpinBox()
        self.percent.setObjectName("couponPercent")
        self.percent.setRange(1, MAX_PERCENT)
        self.percent.setValue(20)
        self.percent.setSuffix("%")
        self.ceiling = AmountEdit(display)
        self.ceiling.setObjectName("couponCeiling")
        self.ceiling.setPlaceholderText(self.tr("no ceiling"))
        percent_row.addWidget(self.percent)
        percent_row.addWidget(QLabel(self.tr("at most")))
        percent_row.addWidget(self.ceiling, 1)
        percent_row.addWidget(self._unit_label())
        self.amount_off = AmountEdit(display)
        self.amount_off.setObjectName("couponAmountOff")
        self.amount_off.setPlaceholderText(self.tr("Amount off"))
        amount_page = QWidget()
        amount_row = QHBoxLayout(amount_page)
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.amount_off, 1)
        amount_row.addWidget(self._unit_label())
        self.reward = QComboBox()
        self.reward.setObjectName("couponReward")
        for reward in rewards():
            self.reward.addItem(reward.display_name(d.language), reward.id)
        for page in (percent_page, amount_page, self.reward):
            # Each page as tall as its one line: the stack must not hand a field the height
            # the dialog has to spare.
            page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.kinds.addWidget(page)
        self.kinds.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.kind.currentIndexChanged.connect(self.kinds.setCurrentIndex)
        self.min_purchase = AmountEdit(display)
        self.min_purchase.setObjectName("couponMinPurchase")
        self.min_purchase.setPlaceholderText(self.tr("none"))
        what_form.addRow(self.tr("Kind"), self.kind)
        what_form.addRow(self.tr("Gives"), self.kinds)
        minimum_row = QHBoxLayout()
        minimum_row.addWidget(self.min_purchase, 1)
        minimum_row.addWidget(self._unit_label())
        what_form.addRow(self.tr("Minimum purchase"), minimum_row)

        # -- how long
        valid = QGroupBox(self.tr("Valid"))
        valid_form = QFormLayout(valid)
        self.valid_days = QSpinBox()
        self.valid_days.setObjectName("couponValidDays")
        self.valid_days.setRange(1, MAX_VALID_DAYS)
        self.valid_days.setValue(DEFAULT_VALID_DAYS)
        today = coupons.today()
        self.last_day = OptionalDateField(
            display,
            self.tr("Until a last day instead:"),
            today + dt.timedelta(days=DEFAULT_VALID_DAYS - 1),
        )
        self.last_day.setObjectName("couponLastDay")
        self.last_day.known.toggled.connect(lambda on: self.valid_days.setEnabled(not on))
        valid_form.addRow(self.tr("Days, from today"), self.valid_days)
        valid_form.addRow(self.last_day)

        self.message = ErrorLabel("issueMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Issue"))
        ok.setObjectName("issueButton")
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(whom)
        layout.addWidget(what)
        layout.addWidget(valid)
        layout.addWidget(self.message)
        layout.addStretch(1)  # height to spare goes below the form, not into a field
        layout.addWidget(buttons)
        self.member_search.textEdited.connect(self._find_members)
        self.member_search.textEdited.connect(lambda _t: self.to_member.setChecked(True))
        self.uses.valueChanged.connect(lambda _v: self.to_open.setChecked(True))
        self.count.valueChanged.connect(lambda _v: self.to_sheet.setChecked(True))
        resize_within_screen(self, QSize(640, 520))
        if self._preset is None:
            self.member_search.setFocus()

    def _find_members(self, text: str) -> None:
        d = self._display
        self.member_choice.clear()
        self.message.clear()
        if not text.strip():
            return
        try:
            hits = self._membership.find(text, limit=SEARCH_LIMIT)
        except DomainError as error:
            self.message.setText(error_text(error, d))
            return
        for hit in hits:
            m = hit.member
            card = m.card or ""
            self.member_choice.addItem(
                self.tr("{name} · {phone} · card ending {card}").format(
                    name=d.text(m.name),
                    card=d.code(card[-CARD_DIGITS_SHOWN:]),
                    phone=d.code(mask_phone(m.phone)),
                ),
                m.id,
            )
        if not hits:
            self.message.setText(self.tr("No member matches."))

    def _unit_label(self) -> QLabel:
        """The shop's money unit beside an amount field: Toman and Rial differ tenfold."""
        unit = self._display.money_name
        label = QLabel(unit)
        label.setObjectName("couponMoneyUnit")
        return label

    def terms(self) -> CouponTerms:
        """What the form says the coupon gives; InvalidInput naming the wrong part."""
        kind = CouponKind(self.kind.currentData())
        minimum = self._optional_rials(self.min_purchase) or 0
        if kind is CouponKind.PERCENT:
            return CouponTerms(
                kind,
                percent=self.percent.value(),
                max_rials=self._optional_rials(self.ceiling),
                min_purchase_rials=minimum,
            )
        if kind is CouponKind.AMOUNT:
            return CouponTerms(
                kind, amount_rials=self.amount_off.rials(), min_purchase_rials=minimum
            )
        reward_id = self.reward.currentData()
        if reward_id is None:
            raise InvalidInput("coupon.one_kind")
        return CouponTerms(kind, reward_id=int(reward_id), min_purchase_rials=minimum)

    @staticmethod
    def _optional_rials(field: AmountEdit) -> int | None:
        return field.rials() if field.text().strip() else None

    def issue(self) -> None:
        d = self._display
        self.message.clear()
        try:
            terms = self.terms()
            last_day = self.last_day.value()
            days = None if last_day is not None else self.valid_days.value()
            member_ids: list[int] | None = self._preset
            uses, count = 1, 1
            if member_ids is None:
                if self.to_member.isChecked():
                    chosen = self.member_choice.currentData()
                    if chosen is None:
                        raise InvalidInput("coupon.no_members")
                    member_ids = [int(chosen)]
                elif self.to_open.isChecked():
                    uses = self.uses.value()
                else:
                    count = self.count.value()
            made = self._session.call(
                self,
                lambda actor: self._coupons.issue_many(
                    terms,
                    actor,
                    member_ids=member_ids,
                    count=count,
                    uses=uses,
                    valid_until=last_day,
                    valid_days=days,
                    op_id=self._op_id,
                ),
            )
        except DomainError as error:
            self.message.setText(d.sentence(error_text(error, d)))
            return
        if made is None:
            self.message.setText(d.sentence(self.tr("Not done: this needs a manager's PIN.")))
            return
        self.issued = made
        self.accept()

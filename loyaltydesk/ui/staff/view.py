"""The owner's Staff part: every account with its role and state, adding one, a new PIN, a
new role, disabling, enabling and unlocking, and the counter policy (approval limits and
the idle lock).

Each button is one call to the staff service as the person at the counter; a refusal (the
last owner, a name taken, a cashier at the owner's screen) is shown in the language and
nothing changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.money import parse_whole_number
from loyaltydesk.domain.staff import (
    MAX_IDLE_MINUTES,
    MAX_STAFF_NAME,
    ApprovalLimits,
    CounterPolicy,
    Role,
    StaffMember,
)
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.staff import StaffService
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import role_label
from loyaltydesk.ui.staff.pin_dialog import PinField
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.widgets.amount_edit import AmountEdit
from loyaltydesk.ui.widgets.error_label import ErrorLabel
from loyaltydesk.ui.widgets.screen import resize_within_screen

NAME, ROLE, STATE, LOCKED, LAST_SIGN_IN = range(5)
COLUMNS = 5
OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b3261e;"


def pins_match(pin: str, repeated: str) -> str:
    """The PIN typed twice, or InvalidInput when the two differ (the PIN itself is checked
    by the service, so its rules live in one place)."""
    if fold_digits(pin) != fold_digits(repeated):
        raise InvalidInput("staff.pins_differ")
    return pin


class MinutesBox(QSpinBox):
    """Idle minutes, 1 to 240, or 0 shown as "never"; Persian digits typed on an English
    screen are read as digits too (Qt's own English locale refuses them), and the number is
    shown in the language's digits whatever locale the box was made under."""

    def __init__(self, display: Display) -> None:
        super().__init__()
        self._display = display

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        return self._display.n(value)

    def validate(self, text: str, pos: int) -> Any:
        # Judged on ASCII digits, but the text is left as typed: handing the folded text
        # back would make the field rewrite ۱۰ as 10 under the cashier's eyes.
        answer = super().validate(fold_digits(text), pos)
        state = answer[0] if isinstance(answer, tuple) else answer
        return state, text, pos

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        return super().valueFromText(fold_digits(text))

    def minutes(self) -> int | None:
        return self.value() or None


class DigitsEdit(QLineEdit):
    """A whole number typed in either digits, shown in the language's digits as typed."""

    def __init__(self, display: Display) -> None:
        super().__init__()
        self._display = display
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textEdited.connect(self._localise_digits)

    def _localise_digits(self, text: str) -> None:
        shown = self._display.digits(text)
        if shown != text:
            cursor = self.cursorPosition()
            self.setText(shown)
            self.setCursorPosition(cursor)


class AccountDialog(QDialog):
    """One form for the three changes that need typing: a new account (name, role, PIN
    twice), a new PIN (twice) and a new role. ``save`` gets (name, role, PIN); a refusal
    stays in the dialog with what was typed, the PINs cleared."""

    def __init__(
        self,
        parent: QWidget | None,
        display: Display,
        *,
        title: str,
        save: Callable[[str, Role, str], object],
        name: str | None = None,
        role: Role | None = None,
        ask_role: bool = True,
        ask_pin: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffAccountDialog")
        self.setWindowTitle(title)
        self._display = display
        self._save = save
        self._fixed_name = name
        self._ask_pin = ask_pin
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("staffName")
        self.name.setMaxLength(MAX_STAFF_NAME)
        if name is None:
            form.addRow(self.tr("Name"), self.name)
        else:
            shown = QLabel(display.text(name))
            shown.setObjectName("staffNameShown")
            form.addRow(self.tr("Name"), shown)
        self.role = QComboBox()
        self.role.setObjectName("staffRole")
        for each in Role:
            self.role.addItem(role_label(each), each.value)
        self.role.setCurrentIndex(self.role.findData((role or Role.CASHIER).value))
        if ask_role:
            form.addRow(self.tr("Role"), self.role)
        self.pin = PinField()
        self.pin.setObjectName("staffPin")
        self.pin_again = PinField()
        self.pin_again.setObjectName("staffPinAgain")
        if ask_pin:
            self.pin.setAccessibleName(self.tr("PIN"))
            self.pin_again.setAccessibleName(self.tr("PIN again"))
            form.addRow(self.tr("PIN (4 to 8 digits)"), self.pin)
            form.addRow(self.tr("PIN again"), self.pin_again)
        self.error = ErrorLabel("staffDialogError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Save"))
        ok.setObjectName("staffDialogSave")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        resize_within_screen(self, QSize(460, 260))
        first = self.name if name is None else self.pin if ask_pin else self.role
        first.setFocus()

    def submit(self) -> None:
        d = self._display
        self.error.clear()
        try:
            pin = pins_match(self.pin.text(), self.pin_again.text()) if self._ask_pin else ""
            name = self._fixed_name if self._fixed_name is not None else self.name.text()
            self._save(name, Role(self.role.currentData()), pin)
        except DomainError as error:
            self.error.setText(d.sentence(error_text(error, d)))
            self.pin.wipe()
            self.pin_again.wipe()
            (self.pin if self._ask_pin else self.role).setFocus()
            return
        self.pin.wipe()
        self.pin_again.wipe()
        self.accept()


class _FieldError(Exception):
    def __init__(self, label: str, error: DomainError) -> None:
        super().__init__(label)
        self.label = label
        self.error = error


class StaffView(QWidget):
    policy_saved = Signal()  # the counter's memory of the policy is refreshed at once

    def __init__(
        self,
        staff: StaffService,
        display: Display,
        session: Session,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        # The services' clock, when given: whether a lock is still on is their question.
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self._staff = staff
        self._display = display
        self._session = session
        self._accounts: list[StaffMember] = []

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Locked until"),
                self.tr("Last sign-in"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("staffAdd")
        self.pin_button = QPushButton(self.tr("New PIN…"))
        self.pin_button.setObjectName("staffNewPin")
        self.role_button = QPushButton(self.tr("Role…"))
        self.role_button.setObjectName("staffSetRole")
        self.active_button = QPushButton(self.tr("Disable"))
        self.active_button.setObjectName("staffActive")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("staffUnlock")
        self.unlock_button.setToolTip(self.tr("Let a person locked out by wrong PINs try again"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("staffRefresh")
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.pin_button,
            self.role_button,
            self.active_button,
            self.unlock_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        self.message = QLabel()
        self.message.setObjectName("staffMessage")
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self._policy_group())

        self.add_button.clicked.connect(self.add)
        self.pin_button.clicked.connect(self.new_pin)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.refresh_button.clicked.connect(self.refresh)
        self.save_policy_button.clicked.connect(self.save_policy)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Another person at the counter sees what they may see, not what the last one did.
        session.changed.connect(self.refresh)
        self.refresh()
        self.show_policy()

    def _policy_group(self) -> QGroupBox:
        d = self._display
        group = QGroupBox(self.tr("Counter policy"))
        group.setObjectName("staffPolicy")
        form = QFormLayout(group)
        self.credit_limit = AmountEdit(d)
        self.credit_limit.setObjectName("policyCredit")
        self.credit_limit.setPlaceholderText(self.tr("never"))
        unit = d.money_name
        credit_row = QHBoxLayout()
        credit_row.addWidget(self.credit_limit, 1)
        credit_row.addWidget(QLabel(unit))
        form.addRow(self.tr("A credit above this needs a manager"), credit_row)
        self.redeem_limit = DigitsEdit(d)
        self.redeem_limit.setObjectName("policyRedeem")
        self.redeem_limit.setPlaceholderText(self.tr("never"))
        redeem_row = QHBoxLayout()
        redeem_row.addWidget(self.redeem_limit, 1)
        redeem_row.addWidget(QLabel(self.tr("points")))
        form.addRow(self.tr("A redemption above this needs a manager"), redeem_row)
        # A counter of a shared club whose server does not answer may still give rewards,
        # up to this a member a day (empty: none), and they may be more than the points.
        self.offline_limit = DigitsEdit(d)
        self.offline_limit.setObjectName("policyOffline")
        self.offline_limit.setPlaceholderText(self.tr("none"))
        self.offline_limit.setToolTip(
            self.tr(
                "When the club's server does not answer, a counter can still give rewards, "
                "up to this many points per member per day. What it gives is checked when the "
                "server answers again; a reward the points no longer cover waits for a manager."
            )
        )
        offline_row = QHBoxLayout()
        offline_row.addWidget(self.offline_limit, 1)
        offline_row.addWidget(QLabel(self.tr("points a member a day")))
        form.addRow(self.tr("Rewards while the server does not answer"), offline_row)
        self.idle_minutes = MinutesBox(d)
        self.idle_minutes.setObjectName("policyIdle")
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        # 0 is below the service's range: the box shows it as "never" and saves None.
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.save_policy_button = QPushButton(self.tr("Save policy"))
        self.save_policy_button.setObjectName("policySave")
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_minutes)
        idle_row.addStretch(1)
        idle_row.addWidget(self.save_policy_button)
        form.addRow(self.tr("Lock the window after idle"), idle_row)
        self.credit_limit.returnPressed.connect(self.save_policy)
        self.redeem_limit.returnPressed.connect(self.save_policy)
        self.offline_limit.returnPressed.connect(self.save_policy)
        return group

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        d = self._display
        chosen = self.selected()
        try:
            self._accounts = self._staff.listing(self._session.actor)
        except DomainError as error:
            self._accounts = []
            self.table.setRowCount(0)
            self._selection_changed()
            self._say(error_text(error, d), ok=False)
            self._refused = True
            return
        if getattr(self, "_refused", False):
            # The refusal was the person before's (F12, the lock): not this one's.
            self.message.clear()
            self._refused = False
        now = self._now()
        self.table.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            locked = account.locked_at(now)
            cells = [
                d.text(account.name),
                role_label(account.role),
                self.tr("active") if account.active else self.tr("disabled"),
                d.when(account.locked_until) if locked else "",
                d.when(account.last_sign_in_at) if account.last_sign_in_at else self.tr("never"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == STATE and not account.active:
                    item.setForeground(Qt.GlobalColor.darkGray)
                if column == LOCKED and locked:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS - 1, QHeaderView.ResizeMode.Stretch
        )
        if chosen is not None:
            self.select(chosen.name)
        self._selection_changed()

    def show_policy(self) -> None:
        policy = self._staff.policy()
        self.credit_limit.set_rials(policy.limits.credit_rials)
        points = policy.limits.redeem_points
        self.redeem_limit.setText(self._display.n(points) if points is not None else "")
        self.idle_minutes.setValue(policy.idle_minutes or 0)
        offline = policy.offline_points
        self.offline_limit.setText(self._display.n(offline) if offline else "")

    def selected(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1 or rows[0].row() >= len(self._accounts):
            return None
        return self._accounts[rows[0].row()]

    def select(self, name: str) -> None:
        for row, account in enumerate(self._accounts):
            if account.name == name:
                # Not selectRow: on a row already chosen it may take the keyboard's state
                # for Ctrl and take the choice away.
                model, chosen = self.table.model(), self.table.selectionModel()
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                chosen.setCurrentIndex(model.index(row, NAME), flags)
                return

    def _selection_changed(self) -> None:
        account = self.selected()
        for button in (self.pin_button, self.role_button, self.active_button):
            button.setEnabled(account is not None)
        self.active_button.setText(
            self.tr("Enable") if account is not None and not account.active else self.tr("Disable")
        )
        now = self._now()
        self.unlock_button.setEnabled(account is not None and account.locked_at(now))

    # -- actions ----------------------------------------------------------------------

    def add(self) -> None:
        staff, actor = self._staff, self._session.actor
        added: list[StaffMember] = []

        def save(name: str, role: Role, pin: str) -> None:
            added.append(staff.add(name, role, pin, actor))

        dialog = AccountDialog(self, self._display, title=self.tr("Add a person"), save=save)
        if dialog.exec() and added:
            self._done(added[0].name, self.tr("{name} can now sign in as {role}."), added[0])

    def new_pin(self) -> None:
        account = self.selected()
        if account is None:
            return
        staff, actor = self._staff, self._session.actor
        dialog = AccountDialog(
            self,
            self._display,
            title=self.tr("A new PIN for {name}").format(name=account.name),
            save=lambda name, _role, pin: staff.set_pin(name, pin, actor),
            name=account.name,
            ask_role=False,
        )
        if dialog.exec():
            self._done(account.name, self.tr("New PIN saved for {name}."), account)

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        staff, actor = self._staff, self._session.actor
        changed: list[StaffMember] = []

        def save(name: str, role: Role, _pin: str) -> None:
            if role is not account.role:  # the same role again: no line on the trail
                changed.append(staff.set_role(name, role, actor))

        dialog = AccountDialog(
            self,
            self._display,
            title=self.tr("The role of {name}").format(name=account.name),
            save=save,
            name=account.name,
            role=account.role,
            ask_pin=False,
        )
        if dialog.exec() and changed:
            self._done(account.name, self.tr("{name} is now {role}."), changed[0])

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        d = self._display
        enable = not account.active
        question = (
            self.tr("Let {name} sign in again?")
            if enable
            else self.tr("Disable {name}? They can no longer sign in; their history stays.")
        ).format(name=d.text(account.name))
        title = self.tr("Enable") if enable else self.tr("Disable")
        if QMessageBox.question(self, title, d.sentence(question)) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        self._act(
            account,
            lambda: self._staff.set_active(account.name, enable, self._session.actor),
            self.tr("{name} can sign in again.") if enable else self.tr("{name} is disabled."),
        )

    def unlock(self) -> None:
        account = self.selected()
        if account is None:
            return
        self._act(
            account,
            lambda: self._staff.unlock(account.name, self._session.actor),
            self.tr("{name} is unlocked and may try their PIN again."),
        )

    def _points_in(self, field: QLineEdit, label: str) -> int | None:
        """The whole number typed in a points field (None: empty); a refusal names the
        field and puts the cursor in it, since the policy has two such fields."""
        text = field.text()
        if not text.strip():
            return None
        try:
            return parse_whole_number(text, field="points")
        except DomainError as error:
            field.setFocus()
            field.selectAll()
            raise _FieldError(label, error) from error

    def save_policy(self) -> None:
        d = self._display
        try:
            credit = self.credit_limit.rials_text()
            policy = CounterPolicy(
                limits=ApprovalLimits(
                    credit_rials=int(credit) if credit else None,
                    redeem_points=self._points_in(
                        self.redeem_limit, self.tr("A redemption above this needs a manager")
                    ),
                ),
                idle_minutes=self.idle_minutes.minutes(),
                offline_points=self._points_in(
                    self.offline_limit, self.tr("Rewards while the server does not answer")
                )
                or 0,
            )
            self._staff.set_policy(policy, self._session.actor)
        except _FieldError as wrong:
            self._say(
                self.tr("{field}: {problem}").format(
                    field=wrong.label, problem=error_text(wrong.error, d)
                ),
                ok=False,
            )
            return
        except DomainError as error:
            self._say(error_text(error, d), ok=False)
            return
        self.show_policy()
        self._say(self.tr("The counter policy is saved."), ok=True)
        self.policy_saved.emit()

    def _act(self, account: StaffMember, work: Callable[[], StaffMember], said: str) -> None:
        d = self._display
        try:
            changed = work()
        except DomainError as error:
            self._say(error_text(error, d), ok=False)
            self.refresh()
            return
        self._done(account.name, said, changed)

    def _done(self, name: str, said: str, account: StaffMember) -> None:
        self.refresh()
        self.select(account.name)
        d = self._display
        self._say(said.format(name=d.text(name), role=role_label(account.role)), ok=True)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(self._display.sentence(text))

"""The club's rules part: the owner edits a draft of the earning rule (promotions, tiers and
expiry with it), sees what it would have done over the last 90 days, and saves it as a new
version that the counter applies at once. The reward catalogue is edited in place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.earning import (
    MAX_BONUS,
    MAX_EXPIRY_MONTHS,
    PERCENT,
    EarnRule,
    Promotion,
    Rounding,
    check_full_rule,
)
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.domain.tiers import MAX_REVIEW_MONTHS, MAX_WINDOW_MONTHS, Tier, TierBasis
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.services.rules import RulesService, Simulation
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import stamps_text, times_text
from loyaltydesk.ui.rules.dialogs import (
    PromotionDialog,
    RewardDialog,
    TierDialog,
    weekday_names,
)
from loyaltydesk.ui.rules.stamps import StampSettings
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.tasks import run_in_background
from loyaltydesk.ui.widgets.amount_edit import AmountEdit
from loyaltydesk.ui.widgets.error_label import ErrorLabel

EARNING, PROMOTIONS, TIERS, EXPIRY, REWARDS, STAMPS = range(6)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


class RulesView(QWidget):
    def __init__(
        self,
        rules: RulesService,
        display: Display,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        session: Session,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._rules = rules
        self._display = display
        self._bus = bus
        self.current: EarnRule | None = None
        self.promotions: list[Promotion] = []
        self.tiers: list[Tier] = []
        self.rewards: list[Reward] = []
        self.last_simulation: Simulation | None = None

        self.header = QLabel()
        self.header.setObjectName("rulesHeader")
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._earning_tab(), self.tr("Earning"))
        self.tabs.addTab(self._promotions_tab(), self.tr("Promotions"))
        self.tabs.addTab(self._tiers_tab(), self.tr("Tiers"))
        self.tabs.addTab(self._expiry_tab(), self.tr("Expiry"))
        self.tabs.addTab(self._rewards_tab(), self.tr("Rewards"))
        self.stamp_settings = StampSettings(self._display)
        self.tabs.addTab(self.stamp_settings, self.tr("Stamp card"))
        self.simulate_button = QPushButton(self.tr("Simulate the last 90 days"))
        self.simulate_button.setObjectName("simulateButton")
        self.save_button = QPushButton(self.tr("Save as a new version…"))
        self.save_button.setObjectName("saveRulesButton")
        self.revert_button = QPushButton(self.tr("Undo my changes"))
        self.simulation = QLabel()
        self.simulation.setObjectName("simulationResult")
        self.simulation.setWordWrap(True)
        self.simulation.setTextFormat(Qt.TextFormat.PlainText)
        self.message = ErrorLabel("rulesMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.simulate_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.simulation)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.simulate_button.clicked.connect(self.simulate)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        bus.club_changed.connect(self._club_changed)
        self._stale = True

    # -- the tabs ---------------------------------------------------------------------------

    def _earning_tab(self) -> QWidget:
        d = self._display
        self.step = AmountEdit(d)
        self.step.setObjectName("ruleStep")
        self.points_per_step = QSpinBox()
        self.points_per_step.setObjectName("rulePoints")
        self.points_per_step.setRange(0, 1_000_000)
        self.minimum = AmountEdit(d)
        self.minimum.setObjectName("ruleMinimum")
        self.rounding = QComboBox()
        self.rounding.setObjectName("ruleRounding")
        self.rounding.addItem(self.tr("Down (the default)"), Rounding.DOWN.value)
        self.rounding.addItem(self.tr("To the nearest point"), Rounding.NEAREST.value)
        self.rounding.addItem(self.tr("Up"), Rounding.UP.value)
        self.daily_cap = QSpinBox()
        self.daily_cap.setObjectName("ruleDailyCap")
        self.daily_cap.setRange(0, 1_000_000)
        self.daily_cap.setSpecialValueText(self.tr("No limit"))
        self.first_bonus = QSpinBox()
        self.first_bonus.setObjectName("ruleFirstBonus")
        self.first_bonus.setRange(0, MAX_BONUS)
        self.birthday_bonus = QSpinBox()
        self.birthday_bonus.setObjectName("ruleBirthdayBonus")
        self.birthday_bonus.setRange(0, MAX_BONUS)
        self.max_multiplier = QDoubleSpinBox()
        self.max_multiplier.setObjectName("ruleMaxMultiplier")
        self.max_multiplier.setRange(1.0, 10.0)
        self.max_multiplier.setSingleStep(0.5)
        self.max_multiplier.setPrefix("×")
        self.step_error = ErrorLabel("ruleStepError")
        self.points_error = ErrorLabel("rulePointsError")
        self.minimum_error = ErrorLabel("ruleMinimumError")
        self.cap_error = ErrorLabel("ruleCapError")
        self.bonus_error = ErrorLabel("ruleBonusError")
        self.multiplier_error = ErrorLabel("ruleMultiplierError")
        unit = d.money_name
        form = QFormLayout()
        form.addRow(self.tr("Points"), self.points_per_step)
        form.addRow("", self.points_error)
        form.addRow(self.tr("for every ({unit})").format(unit=unit), self.step)
        form.addRow("", self.step_error)
        form.addRow(self.tr("Minimum purchase ({unit})").format(unit=unit), self.minimum)
        form.addRow("", self.minimum_error)
        form.addRow(self.tr("Rounding"), self.rounding)
        form.addRow(self.tr("Most points a member earns a day"), self.daily_cap)
        form.addRow("", self.cap_error)
        form.addRow(self.tr("Bonus on the first purchase"), self.first_bonus)
        form.addRow(self.tr("Bonus in the birthday week"), self.birthday_bonus)
        form.addRow("", self.bonus_error)
        form.addRow(self.tr("Promotions and tier together pay at most"), self.max_multiplier)
        form.addRow("", self.multiplier_error)
        tab = QWidget()
        tab.setLayout(form)
        return tab

    def _promotions_tab(self) -> QWidget:
        self.promotion_table = _table(
            "promotionTable", [self.tr("Name"), self.tr("Gives"), self.tr("When")]
        )
        self.promotion_error = ErrorLabel("promotionError")
        add = QPushButton(self.tr("Add…"))
        add.setObjectName("addPromotion")
        edit = QPushButton(self.tr("Change…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self._edit_promotion(None))
        edit.clicked.connect(lambda: self._edit_promotion(self.promotion_table.currentRow()))
        remove.clicked.connect(self._remove_promotion)
        self.promotion_table.cellDoubleClicked.connect(lambda row, _c: self._edit_promotion(row))
        return self._list_tab(self.promotion_table, self.promotion_error, [add, edit, remove])

    def _tiers_tab(self) -> QWidget:
        self.basis = QComboBox()
        self.basis.setObjectName("tierBasis")
        self.basis.addItem(self.tr("Money spent"), TierBasis.SPEND.value)
        self.basis.addItem(self.tr("Points earned"), TierBasis.POINTS.value)
        self.tier_window = QSpinBox()
        self.tier_window.setObjectName("tierWindow")
        self.tier_window.setRange(1, MAX_WINDOW_MONTHS)
        self.tier_window.setSuffix(self.tr(" months"))
        self.review = QSpinBox()
        self.review.setObjectName("tierReview")
        self.review.setRange(1, MAX_REVIEW_MONTHS)
        self.review.setSuffix(self.tr(" months"))
        self.tier_table = _table(
            "tierTable",
            [self.tr("Tier"), self.tr("From"), self.tr("Multiplier")],
        )
        self.tier_error = ErrorLabel("tierError")
        add = QPushButton(self.tr("Add…"))
        add.setObjectName("addTier")
        edit = QPushButton(self.tr("Change…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self._edit_tier(None))
        edit.clicked.connect(lambda: self._edit_tier(self.tier_table.currentRow()))
        remove.clicked.connect(self._remove_tier)
        self.tier_table.cellDoubleClicked.connect(lambda row, _c: self._edit_tier(row))
        self.basis.currentIndexChanged.connect(self._show_tiers)
        tab = self._list_tab(self.tier_table, self.tier_error, [add, edit, remove])
        form = QFormLayout()
        form.addRow(self.tr("Tiers by"), self.basis)
        form.addRow(self.tr("Counted over the last"), self.tier_window)
        form.addRow(self.tr("A member may move down every"), self.review)
        layout = tab.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, form)
        return tab

    def _expiry_tab(self) -> QWidget:
        self.expires = QCheckBox(self.tr("Points expire"))
        self.expires.setObjectName("expiryOn")
        self.expiry_months = QSpinBox()
        self.expiry_months.setObjectName("expiryMonths")
        self.expiry_months.setRange(1, MAX_EXPIRY_MONTHS)
        self.expiry_months.setSuffix(self.tr(" months after they are earned"))
        self.expiry_months.setValue(12)
        self.expiry_months.setEnabled(False)
        self.expires.toggled.connect(self.expiry_months.setEnabled)
        self.expiry_error = ErrorLabel("expiryError")
        note = QLabel(
            self.tr(
                "The oldest points are used first. Expired points are written off when the "
                "program starts and once a day; the counter shows a member when theirs expire."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.expires, self.expiry_months)
        form.addRow("", self.expiry_error)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    def _rewards_tab(self) -> QWidget:
        self.reward_table = _table(
            "rewardTable",
            [
                self.tr("Reward"),
                self.tr("Points"),
                self.tr("Value"),
                self.tr("Stock"),
                self.tr("Only for"),
                self.tr("At the counter"),
            ],
        )
        self.reward_error = ErrorLabel("rewardError")
        add = QPushButton(self.tr("Add…"))
        add.setObjectName("addReward")
        edit = QPushButton(self.tr("Change…"))
        up = QPushButton(self.tr("Move up"))
        up.setObjectName("rewardUp")
        down = QPushButton(self.tr("Move down"))
        add.clicked.connect(lambda: self._edit_reward(None))
        edit.clicked.connect(lambda: self._edit_reward(self.reward_table.currentRow()))
        up.clicked.connect(lambda: self._move_reward(-1))
        down.clicked.connect(lambda: self._move_reward(1))
        self.reward_table.cellDoubleClicked.connect(lambda row, _c: self._edit_reward(row))
        return self._list_tab(self.reward_table, self.reward_error, [add, edit, up, down])

    @staticmethod
    def _list_tab(table: QTableWidget, error: QLabel, buttons: list[QPushButton]) -> QWidget:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        layout.addWidget(error)
        layout.addLayout(row)
        return tab

    # -- loading and showing -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.load()

    def _club_changed(self) -> None:
        """Something changed elsewhere (a reward, a restore, another counter's save): show
        it, but never throw away what the owner is in the middle of editing."""
        if not self.isVisible():
            self._stale = True
        elif self._editing():
            self._load_rewards()
        else:
            self.load()

    def _editing(self) -> bool:
        try:
            return self.current is not None and self.draft() != self.current
        except DomainError:
            return True  # a half-typed field is an edit too

    def load(self) -> None:
        """The rule in force and the catalogue, into the forms (dropping unsaved changes)."""
        self._stale = False
        rule = self._rules.earn_rule()
        self.current = rule
        d = self._display
        self.step.set_rials(rule.step_rials)
        self.points_per_step.setValue(rule.points_per_step)
        self.minimum.set_rials(rule.min_purchase_rials)
        self.rounding.setCurrentIndex(self.rounding.findData(rule.rounding.value))
        self.daily_cap.setValue(rule.daily_cap or 0)
        self.first_bonus.setValue(rule.first_purchase_bonus)
        self.birthday_bonus.setValue(rule.birthday_bonus)
        self.max_multiplier.setValue(rule.max_multiplier_percent / PERCENT)
        self.promotions = list(rule.promotions)
        policy = rule.tier_policy
        self.basis.setCurrentIndex(self.basis.findData(policy.basis.value))
        self.tier_window.setValue(policy.window_months)
        self.review.setValue(policy.review_months)
        self.tiers = list(policy.tiers)
        self.expires.setChecked(rule.expiry_months is not None)
        self.expiry_months.setValue(rule.expiry_months or 12)
        self.stamp_settings.load(rule)
        self._show_promotions()
        self._show_tiers()
        self._load_rewards()
        owed = self._rules.liability()
        header = self.tr("Version {version}, in force since {date}.").format(
            version=d.n(rule.id), date=d.when(rule.valid_from)
        )
        header += " " + (
            self.tr("Members hold {points} point")
            if is_one(owed.points)
            else self.tr("Members hold {points} points")
        ).format(points=d.n(owed.points))
        if owed.rials is not None:
            header += " " + self.tr("(worth {money} in rewards).").format(money=d.money(owed.rials))
        else:
            header += " " + self.tr("(give rewards a money value to see what they are worth).")
        self.header.setText(header)
        self.simulation.clear()
        self._clear_errors()

    def _show_promotions(self) -> None:
        self.promotion_table.setRowCount(0)
        _fill(self.promotion_table, [self._promotion_row(p) for p in self.promotions])

    def _promotion_row(self, p: Promotion) -> list[str]:
        d = self._display
        gives = (
            times_text(p.multiplier_percent, d)
            if p.multiplier_percent != PERCENT
            else (
                self.tr("{points} point") if is_one(p.bonus_points) else self.tr("{points} points")
            ).format(points=d.points(p.bonus_points, signed=True))
        )
        when = []
        if p.starts_on or p.ends_on:
            when.append(f"{d.day(p.starts_on)} – {d.day(p.ends_on)}")
        if p.weekdays:
            names = weekday_names()
            when.append(
                " ".join(names[day] for day in sorted(p.weekdays, key=lambda x: (x - 5) % 7))
            )
        if p.from_time and p.until_time:
            when.append(d.digits(f"{p.from_time:%H:%M}–{p.until_time:%H:%M}"))
        return [p.name, gives, ("، " if d.rtl else ", ").join(when) or self.tr("always")]

    def _show_tiers(self) -> None:
        d = self._display
        spend = self.basis.currentData() == TierBasis.SPEND.value
        _fill(
            self.tier_table,
            [
                [
                    t.display_name(d.language),
                    d.money(t.threshold) if spend else d.points(t.threshold),
                    times_text(t.multiplier_percent, d),
                ]
                for t in self.tiers
            ],
        )

    def _load_rewards(self) -> None:
        d = self._display
        self.rewards = self._rules.rewards(include_inactive=True)
        policy = self.current.tier_policy if self.current else None
        rows = []
        for r in self.rewards:
            tier = policy.by_code(r.tier_code) if policy and r.tier_code else None
            rows.append(
                [
                    r.display_name(d.language),
                    stamps_text(r.cost, d) if r.costs_stamps else d.n(r.cost),
                    d.money(r.value_rials) if r.value_rials else "-",
                    d.n(r.stock) if r.stock is not None else self.tr("unlimited"),
                    tier.display_name(d.language) if tier else "-",
                    self.tr("yes") if r.active else self.tr("no"),
                ]
            )
        _fill(self.reward_table, rows)

    # -- editing lists -----------------------------------------------------------------------

    def _edit_promotion(self, row: int | None) -> None:
        existing = (
            self.promotions[row] if row is not None and 0 <= row < len(self.promotions) else None
        )
        if row is not None and existing is None:
            return
        dialog = PromotionDialog(self._display, existing, self)
        if dialog.exec() and dialog.result_promotion is not None:
            if existing is None:
                self.promotions.append(dialog.result_promotion)
            else:
                self.promotions[row or 0] = dialog.result_promotion
            self._show_promotions()

    def _remove_promotion(self) -> None:
        row = self.promotion_table.currentRow()
        if 0 <= row < len(self.promotions):
            del self.promotions[row]
            self._show_promotions()

    def _edit_tier(self, row: int | None) -> None:
        existing = self.tiers[row] if row is not None and 0 <= row < len(self.tiers) else None
        if row is not None and existing is None:
            return
        basis = TierBasis(str(self.basis.currentData()))
        dialog = TierDialog(self._display, basis, existing, self)
        if dialog.exec() and dialog.result_tier is not None:
            if existing is None:
                self.tiers.append(dialog.result_tier)
            else:
                self.tiers[row or 0] = dialog.result_tier
            self.tiers.sort(key=lambda t: t.threshold)
            self._show_tiers()

    def _remove_tier(self) -> None:
        row = self.tier_table.currentRow()
        if 0 <= row < len(self.tiers):
            del self.tiers[row]
            self._show_tiers()

    def _edit_reward(self, row: int | None) -> None:
        existing = self.rewards[row] if row is not None and 0 <= row < len(self.rewards) else None
        if row is not None and existing is None:
            return
        policy = self.current.tier_policy if self.current else None
        assert policy is not None
        dialog = RewardDialog(self._display, existing, policy, self)
        if not dialog.exec() or dialog.result_reward is None:
            return
        chosen = dialog.result_reward
        try:
            if existing is None:
                self._rules.create_reward(chosen, self._session.actor)
            else:
                self._rules.update_reward(chosen, self._session.actor)
        except DomainError as error:
            self.reward_error.setText(self._text(error))
            return
        self.reward_error.clear()
        self._load_rewards()
        self._bus.club_changed.emit()

    def _move_reward(self, step: int) -> None:
        row = self.reward_table.currentRow()
        target = row + step
        if not (0 <= row < len(self.rewards) and 0 <= target < len(self.rewards)):
            return
        ids = [r.id for r in self.rewards]
        ids[row], ids[target] = ids[target], ids[row]
        try:
            self._rules.order_rewards(ids, self._session.actor)
        except DomainError as error:
            self.reward_error.setText(self._text(error))
            return
        self._load_rewards()
        self.reward_table.selectRow(target)
        self._bus.club_changed.emit()

    # -- the draft, the simulator, saving --------------------------------------------------

    def draft(self) -> EarnRule:
        """The rule as the forms have it; a field the services cannot read is refused here."""
        assert self.current is not None
        step = self.step.rials_text()
        if not step:
            raise InvalidInput("rule.bad_step")
        minimum = self.minimum.rials_text()
        drafted = replace(
            self.current,
            step_rials=int(step),
            points_per_step=self.points_per_step.value(),
            min_purchase_rials=int(minimum) if minimum else 0,
            rounding=Rounding(str(self.rounding.currentData())),
            daily_cap=self.daily_cap.value() or None,
            first_purchase_bonus=self.first_bonus.value(),
            birthday_bonus=self.birthday_bonus.value(),
            max_multiplier_percent=round(self.max_multiplier.value() * PERCENT),
            promotions=tuple(self.promotions),
            tier_policy=replace(
                self.current.tier_policy,
                tiers=tuple(self.tiers),
                basis=TierBasis(str(self.basis.currentData())),
                window_months=self.tier_window.value(),
                review_months=self.review.value(),
            ),
            expiry_months=self.expiry_months.value() if self.expires.isChecked() else None,
        )
        return self.stamp_settings.apply(drafted)

    def simulate(self) -> None:
        self._replay(None)

    def _replay(self, then: Callable[[Simulation, EarnRule], None] | None) -> None:
        """Replay the last 90 days under the draft in a worker (a busy club has many
        purchases); ``then`` goes on with the result."""
        self._clear_errors()
        try:
            draft = self.draft()
            check_full_rule(draft)  # at once, next to the field, before any replay
        except DomainError as error:
            self._show_error(error)
            return
        self._busy(True)
        self.simulation.setText(self.tr("Replaying the last 90 days…"))

        def done(result: object) -> None:
            assert isinstance(result, Simulation)
            self._busy(False)
            self.last_simulation = result
            self.simulation.setText(self.simulation_text(result))
            if then is not None:
                then(result, draft)

        def failed(error: BaseException) -> None:
            self._busy(False)
            self.simulation.clear()
            if not isinstance(error, DomainError):
                raise error
            self._show_error(error)

        run_in_background(lambda: self._rules.simulate(draft), done, failed)

    def _busy(self, busy: bool) -> None:
        for button in (self.simulate_button, self.save_button, self.revert_button):
            button.setEnabled(not busy)

    def simulation_text(self, s: Simulation) -> str:
        d = self._display
        lines = [
            self.tr(
                "Over the last {days} days, {purchases} purchases by {members} members:"
            ).format(days=d.n(s.days), purchases=d.n(s.purchases), members=d.n(s.members)),
            self.tr("Points: {now} under the current rule, {new} with this one ({change}).").format(
                now=d.n(s.points_now),
                new=d.n(s.points_new),
                change=d.points(s.points_change, signed=True),
            ),
            self.tr("Rewards reached: {now} under the current rule, {new} with this one.").format(
                now=d.n(s.rewards_now), new=d.n(s.rewards_new)
            ),
        ]
        change = s.liability_change_rials
        if change is not None:
            sign = "+" if change > 0 else ("−" if change < 0 else "")
            lines.append(
                self.tr("Points liability: {change}.").format(change=sign + d.money(abs(change)))
            )
        return "\n".join(lines)

    def save(self) -> None:
        """Show what the change does, then save it as a new version from now on. What
        cannot be saved (a wrong field, nothing changed) is said at once, before any
        replay or question."""
        self._clear_errors()
        try:
            self._rules.check(self.draft())
        except DomainError as error:
            self._show_error(error)
            return
        self._replay(self._confirm_and_save)

    def _confirm_and_save(self, result: Simulation, draft: EarnRule) -> None:
        try:
            self._rules.check(draft)
        except DomainError as error:
            self._show_error(error)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Save the rules"),
            self.simulation_text(result)
            + "\n\n"
            + self.tr("Save as a new version, used at the counter from now on?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._rules.save(draft, self._session.actor)
        except DomainError as error:
            self._show_error(error)
            return
        self.load()
        self.simulation.setText(self.tr("Saved. The counter uses the new rules now."))
        self._bus.club_changed.emit()

    # -- messages ----------------------------------------------------------------------------

    def _text(self, error: DomainError) -> str:
        return error_text(error, self._display)

    def _clear_errors(self) -> None:
        for label in self._error_labels():
            label.clear()
        self.message.clear()

    def _error_labels(self) -> list[QLabel]:
        return [
            self.step_error,
            self.points_error,
            self.minimum_error,
            self.cap_error,
            self.bonus_error,
            self.multiplier_error,
            self.promotion_error,
            self.tier_error,
            self.expiry_error,
            self.reward_error,
            self.stamp_settings.error,
        ]

    def _show_error(self, error: DomainError) -> None:
        """Next to the field it is about, with its tab in front."""
        places: dict[str, tuple[QLabel, int]] = {
            "rule.bad_step": (self.step_error, EARNING),
            "rule.bad_points": (self.points_error, EARNING),
            "rule.bad_minimum": (self.minimum_error, EARNING),
            "rule.step_too_large": (self.step_error, EARNING),
            "rule.points_too_large": (self.points_error, EARNING),
            "rule.earns_too_much": (self.points_error, EARNING),
            "rule.minimum_too_large": (self.minimum_error, EARNING),
            "rule.bad_daily_cap": (self.cap_error, EARNING),
            "rule.bad_bonus": (self.bonus_error, EARNING),
            "rule.bad_max_multiplier": (self.multiplier_error, EARNING),
            "expiry.bad_months": (self.expiry_error, EXPIRY),
        }
        label, tab = places.get(error.code, (self.message, -1))
        if error.code.startswith("promotion."):
            label, tab = self.promotion_error, PROMOTIONS
        elif error.code.startswith("tier."):
            label, tab = self.tier_error, TIERS
        elif error.code.startswith("stamps."):
            label, tab = self.stamp_settings.error, STAMPS
        label.setText(self._text(error))
        if tab >= 0:
            self.tabs.setCurrentIndex(tab)

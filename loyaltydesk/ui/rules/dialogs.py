"""The small forms of the rules part: a promotion, a tier, a reward. Each checks what it
makes with the same domain rules the services use, and says what is wrong in the form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.earning import MAX_BONUS, PERCENT, Promotion, check_promotion
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.rewards import Reward, RewardUnit
from loyaltydesk.domain.tiers import Tier, TierBasis, TierPolicy, check_policy, tier_code
from loyaltydesk.i18n.display import Display
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.widgets.amount_edit import AmountEdit
from loyaltydesk.ui.widgets.error_label import ErrorLabel
from loyaltydesk.ui.widgets.optional_date import OptionalDateField

# Saturday first in Persian (the Iranian week), Monday first otherwise; Python's numbers.
WEEK_FA = (5, 6, 0, 1, 2, 3, 4)
WEEK_EN = (0, 1, 2, 3, 4, 5, 6)


def weekday_names() -> dict[int, str]:
    return {
        0: QCoreApplication.translate("Weekday", "Mon"),
        1: QCoreApplication.translate("Weekday", "Tue"),
        2: QCoreApplication.translate("Weekday", "Wed"),
        3: QCoreApplication.translate("Weekday", "Thu"),
        4: QCoreApplication.translate("Weekday", "Fri"),
        5: QCoreApplication.translate("Weekday", "Sat"),
        6: QCoreApplication.translate("Weekday", "Sun"),
    }


class _FormDialog(QDialog):
    """A form with OK/Cancel that stays open, with the reason, while its content is wrong."""

    def __init__(self, display: Display, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._display = display
        self.form = QFormLayout()
        self.message = ErrorLabel("dialogMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        try:
            self.build()
        except DomainError as error:
            self.message.setText(error_text(error, self._display))
            return
        self.accept()

    def build(self) -> object:
        raise NotImplementedError


class PromotionDialog(_FormDialog):
    def __init__(
        self, display: Display, promotion: Promotion | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(display, parent)
        self.setWindowTitle(self.tr("Promotion"))
        self.result_promotion: Promotion | None = None
        self.name = QLineEdit()
        self.name.setObjectName("promotionName")
        self.multiply = QRadioButton(self.tr("Multiply points"))
        self.multiply.setObjectName("promotionMultiply")
        self.bonus = QRadioButton(self.tr("Fixed bonus per purchase"))
        self.bonus.setObjectName("promotionBonus")
        kind = QButtonGroup(self)
        kind.addButton(self.multiply)
        kind.addButton(self.bonus)
        self.multiplier = QDoubleSpinBox()
        self.multiplier.setObjectName("promotionMultiplier")
        self.multiplier.setRange(1.0, 10.0)
        self.multiplier.setSingleStep(0.5)
        self.multiplier.setPrefix("×")
        self.multiplier.setValue(2.0)
        self.bonus_points = QSpinBox()
        self.bonus_points.setObjectName("promotionBonusPoints")
        self.bonus_points.setRange(0, MAX_BONUS)
        self.bonus_points.setValue(10)
        today = dt.date.today()
        self.starts = OptionalDateField(display, self.tr("From"), today)
        self.starts.setObjectName("promotionStarts")
        self.ends = OptionalDateField(display, self.tr("Until"), today)
        self.ends.setObjectName("promotionEnds")
        self.days: dict[int, QCheckBox] = {}
        days = QGridLayout()
        names = weekday_names()
        for column, day in enumerate(WEEK_FA if display.rtl else WEEK_EN):
            box = QCheckBox(names[day])
            box.setObjectName(f"promotionDay{day}")
            self.days[day] = box
            days.addWidget(box, 0, column)
        self.hours = QCheckBox(self.tr("Only between"))
        self.hours.setObjectName("promotionHours")
        self.from_time = QTimeEdit(QTime(15, 0))
        self.from_time.setObjectName("promotionFrom")
        self.until_time = QTimeEdit(QTime(18, 0))
        self.until_time.setObjectName("promotionUntil")
        for edit in (self.from_time, self.until_time):
            edit.setDisplayFormat("HH:mm")
            # A clock reads hours then minutes left to right in Persian too; laid out right
            # to left, 15:00 showed as ۰۰:۱۵.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        hours = QHBoxLayout()
        hours.addWidget(self.hours)
        hours.addWidget(self.from_time)
        hours.addWidget(QLabel(self.tr("and")))
        hours.addWidget(self.until_time)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.multiply, self.multiplier)
        self.form.addRow(self.bonus, self.bonus_points)
        self.form.addRow(self.tr("Dates"), self.starts)
        self.form.addRow("", self.ends)
        self.form.addRow(self.tr("Days (none: every day)"), days)
        self.form.addRow(self.tr("Hours"), hours)
        self.multiply.setChecked(True)
        if promotion is not None:
            self.name.setText(promotion.name)
            if promotion.bonus_points and promotion.multiplier_percent == PERCENT:
                self.bonus.setChecked(True)
                self.bonus_points.setValue(promotion.bonus_points)
            else:
                self.multiplier.setValue(promotion.multiplier_percent / PERCENT)
            self.starts.set_value(promotion.starts_on)
            self.ends.set_value(promotion.ends_on)
            for day in promotion.weekdays:
                self.days[day].setChecked(True)
            if promotion.from_time and promotion.until_time:
                self.hours.setChecked(True)
                self.from_time.setTime(QTime(promotion.from_time.hour, promotion.from_time.minute))
                self.until_time.setTime(
                    QTime(promotion.until_time.hour, promotion.until_time.minute)
                )

    def build(self) -> Promotion:
        multiplied = self.multiply.isChecked()
        from_time = until_time = None
        if self.hours.isChecked():
            from_time = _time(self.from_time.time())
            until_time = _time(self.until_time.time())
        promotion = Promotion(
            name=self.name.text().strip(),
            multiplier_percent=round(self.multiplier.value() * PERCENT) if multiplied else PERCENT,
            bonus_points=0 if multiplied else self.bonus_points.value(),
            starts_on=self.starts.value(),
            ends_on=self.ends.value(),
            weekdays=frozenset(day for day, box in self.days.items() if box.isChecked()),
            from_time=from_time,
            until_time=until_time,
        )
        check_promotion(promotion)
        self.result_promotion = promotion
        return promotion


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class TierDialog(_FormDialog):
    def __init__(
        self,
        display: Display,
        basis: TierBasis,
        tier: Tier | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(display, parent)
        self.setWindowTitle(self.tr("Tier"))
        self._basis = basis
        self.result_tier: Tier | None = None
        self._code = tier.code if tier else None
        self.name = QLineEdit(tier.name if tier else "")
        self.name.setObjectName("tierName")
        self.name_fa = QLineEdit(tier.name_fa or "" if tier else "")
        self.name_fa.setObjectName("tierNameFa")
        self.threshold_money = AmountEdit(display)
        self.threshold_money.setObjectName("tierThresholdMoney")
        self.threshold_points = QSpinBox()
        self.threshold_points.setObjectName("tierThresholdPoints")
        self.threshold_points.setRange(0, 10_000_000)
        self.multiplier = QDoubleSpinBox()
        self.multiplier.setObjectName("tierMultiplier")
        self.multiplier.setRange(1.0, 5.0)
        self.multiplier.setSingleStep(0.25)
        self.multiplier.setPrefix("×")
        self.multiplier.setValue((tier.multiplier_percent if tier else PERCENT) / PERCENT)
        self.form.addRow(self.tr("Name (English)"), self.name)
        self.form.addRow(self.tr("Name (Persian)"), self.name_fa)
        if basis is TierBasis.SPEND:
            self.form.addRow(self.tr("Spent in the window"), self.threshold_money)
            if tier is not None:
                self.threshold_money.set_rials(tier.threshold)
        else:
            self.form.addRow(self.tr("Points earned in the window"), self.threshold_points)
            if tier is not None:
                self.threshold_points.setValue(tier.threshold)
        self.form.addRow(self.tr("Earning multiplier"), self.multiplier)

    def build(self) -> Tier:
        name = self.name.text().strip()
        if self._basis is TierBasis.SPEND:
            raw = self.threshold_money.rials_text()
            threshold = int(raw) if raw else 0
        else:
            threshold = self.threshold_points.value()
        tier = Tier(
            code=self._code or tier_code(name),
            name=name,
            name_fa=self.name_fa.text().strip() or None,
            threshold=threshold,
            multiplier_percent=round(self.multiplier.value() * PERCENT),
        )
        # One tier alone must already make sense; the order among tiers is checked on save.
        check_policy(TierPolicy(tiers=(tier,), basis=self._basis))
        self.result_tier = tier
        return tier


class RewardDialog(_FormDialog):
    def __init__(
        self,
        display: Display,
        reward: Reward | None,
        policy: TierPolicy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(display, parent)
        self.setWindowTitle(self.tr("Reward"))
        self._reward = reward
        self.name = QLineEdit(reward.name if reward else "")
        self.name.setObjectName("rewardName")
        self.name_fa = QLineEdit((reward.name_fa or "") if reward else "")
        self.name_fa.setObjectName("rewardNameFa")
        self.cost = QSpinBox()
        self.cost.setObjectName("rewardCost")
        self.cost.setRange(0, 10_000_000)
        self.cost.setValue(reward.cost if reward else 100)
        # Points, or stamps of the stamp card ("a free coffee at 10 stamps").
        self.unit = QComboBox()
        self.unit.setObjectName("rewardUnit")
        self.unit.addItem(self.tr("points"), RewardUnit.POINTS.value)
        self.unit.addItem(self.tr("stamps"), RewardUnit.STAMPS.value)
        if reward is not None:
            self.unit.setCurrentIndex(self.unit.findData(reward.unit.value))
        cost = QHBoxLayout()
        cost.addWidget(self.cost, 1)
        cost.addWidget(self.unit)
        self.value = AmountEdit(display)
        self.value.setObjectName("rewardValue")
        self.value.setPlaceholderText(self.tr("Optional: what it costs the shop"))
        if reward is not None:
            self.value.set_rials(reward.value_rials)
        self.limited = QCheckBox(self.tr("Limited stock"))
        self.limited.setObjectName("rewardLimited")
        self.stock = QSpinBox()
        self.stock.setObjectName("rewardStock")
        self.stock.setRange(0, 1_000_000)
        self.stock.setEnabled(False)
        self.limited.toggled.connect(self.stock.setEnabled)
        if reward is not None and reward.stock is not None:
            self.limited.setChecked(True)
            self.stock.setValue(reward.stock)
        stock = QHBoxLayout()
        stock.addWidget(self.limited)
        stock.addWidget(self.stock, 1)
        self.tier = QComboBox()
        self.tier.setObjectName("rewardTier")
        self.tier.addItem(self.tr("Every member"), None)
        for tier in policy.tiers:
            self.tier.addItem(tier.display_name(display.language), tier.code)
        if reward is not None and reward.tier_code:
            self.tier.setCurrentIndex(max(0, self.tier.findData(reward.tier_code)))
        self.active = QCheckBox(self.tr("Offered at the counter"))
        self.active.setObjectName("rewardActive")
        self.active.setChecked(reward.active if reward else True)
        self.form.addRow(self.tr("Name (English)"), self.name)
        self.form.addRow(self.tr("Name (Persian)"), self.name_fa)
        self.form.addRow(self.tr("Cost"), cost)
        self.form.addRow(self.tr("Money value"), self.value)
        self.form.addRow(self.tr("Stock"), stock)
        self.form.addRow(self.tr("Only for"), self.tier)
        self.form.addRow("", self.active)
        self.result_reward: Reward | None = None

    def build(self) -> Reward:
        if self.cost.value() <= 0:
            raise InvalidInput("reward.bad_cost", limit=10_000_000)
        raw_value = self.value.rials_text()
        tier = self.tier.currentData()
        reward = Reward(
            id=self._reward.id if self._reward else 0,
            name=self.name.text().strip(),
            name_fa=self.name_fa.text().strip() or None,
            cost=self.cost.value(),
            active=self.active.isChecked(),
            sort_order=self._reward.sort_order if self._reward else 0,
            value_rials=int(raw_value) if raw_value else None,
            stock=self.stock.value() if self.limited.isChecked() else None,
            tier_code=str(tier) if tier else None,
            unit=RewardUnit(str(self.unit.currentData())),
        )
        if not reward.name:
            raise InvalidInput("reward.empty")
        self.result_reward = reward
        return reward

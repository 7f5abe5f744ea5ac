"""The first-run wizard's pages. Each shows a part of the draft and gives it back changed
(``store``), checked with the same rules the services and settings use; nothing here
writes anything."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.devices.desk import print_settings_errors
from loyaltydesk.domain.earning import check_rule
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.money import CURRENCY_DECIMALS_MAX, CURRENCY_NAME_MAX, check_currency
from loyaltydesk.domain.shop import MAX_SHOP_NAME, check_shop_name
from loyaltydesk.domain.staff import MAX_STAFF_NAME
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.services.rules import MAX_REWARD_COST
from loyaltydesk.services.setup import (
    MAX_FIRST_REWARDS,
    FirstReward,
    check_owner,
    check_rewards,
)
from loyaltydesk.settings import THERMAL_PAPERS, Settings
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.setup.progress import Progress
from loyaltydesk.ui.staff.pin_dialog import PinField
from loyaltydesk.ui.staff.view import pins_match
from loyaltydesk.ui.tasks import Task, run_in_background
from loyaltydesk.ui.widgets.amount_edit import AmountEdit
from loyaltydesk.ui.widgets.error_label import ERROR_STYLE

FIRST_ZONE = "Asia/Tehran"


@dataclass(frozen=True)
class Draft:
    """What the wizard has gathered. The PIN lives only here, in memory."""

    settings: Settings
    progress: Progress
    pin: str = ""

    @property
    def display(self) -> Display:
        """In the shop's language, money and calendar as chosen so far."""
        return self.settings.display()


class PageProblem(Exception):
    """A page's field is wrong: the error to show, and the field to go back to."""

    def __init__(self, error: DomainError, field: QWidget) -> None:
        super().__init__(error.code)
        self.error = error
        self.field = field


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("setupHint")
    return label


def _side_button(text: str) -> QPushButton:
    button = QPushButton(text)
    # Enter goes forward, whatever has the focus; a side button takes Space.
    button.setAutoDefault(False)
    return button


class SetupPage(QWidget):
    """A page: its title and fields. ``store`` gives the draft back with this page's
    fields in it, checked when ``check`` is set (PageProblem naming the field)."""

    name = ""

    def __init__(self, draft: Draft) -> None:
        super().__init__()
        self._draft = draft
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        raise NotImplementedError

    def store(self, draft: Draft, *, check: bool) -> Draft:
        return draft

    def skipped(self, draft: Draft) -> Draft:
        """The draft when this page is skipped: what it held before is kept."""
        return draft

    def first_field(self) -> QWidget | None:
        return None

    def entered(self, draft: Draft) -> None:
        """The page comes into view with the draft as it is now."""
        self._draft = draft


class WelcomePage(SetupPage):
    name = "welcome"

    def __init__(
        self,
        draft: Draft,
        look_around: Callable[[], None],
        join: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(draft)
        intro = _hint(
            self.tr(
                "Set up your own shop in a few steps: language, name, money, the earning "
                "rule and first rewards, your owner's PIN, the receipt printer and backups. "
                "Each step can be skipped and changed later in Settings."
            )
        )
        self.demo = _side_button(self.tr("Look around a demo club"))
        self.demo.setObjectName("setupDemo")
        self.demo.clicked.connect(look_around)
        demo_hint = _hint(
            self.tr("A made-up café with a year of members and sales, to try everything first.")
        )
        self.layout_.addWidget(intro)
        self.layout_.addSpacing(12)
        self.layout_.addWidget(self.demo, 0, Qt.AlignmentFlag.AlignLeading)
        self.layout_.addWidget(demo_hint)
        self.join = _side_button(self.tr("This counter joins a shared club…"))
        self.join.setObjectName("setupJoin")
        self.join.setVisible(join is not None)
        if join is not None:
            self.join.clicked.connect(join)
            self.layout_.addSpacing(12)
            self.layout_.addWidget(self.join, 0, Qt.AlignmentFlag.AlignLeading)
            self.layout_.addWidget(
                _hint(
                    self.tr(
                        "Another counter already runs the club on a PostgreSQL server: "
                        "connect this one to it."
                    )
                )
            )
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Welcome to LoyaltyDesk")


class LanguagePage(SetupPage):
    name = "language"

    def __init__(self, draft: Draft) -> None:
        super().__init__(draft)
        self.language = QComboBox()
        self.language.setObjectName("setupLanguage")
        self.language.addItem("فارسی", "fa")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(draft.settings.language)))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        self.layout_.addLayout(form)
        self.layout_.addWidget(
            _hint(self.tr("The wizard switches to the language you choose from the next step."))
        )
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Language / زبان")

    def first_field(self) -> QWidget:
        return self.language

    def store(self, draft: Draft, *, check: bool) -> Draft:
        language = str(self.language.currentData())
        if language == draft.settings.language:
            return draft
        # The calendar follows the language unless the region page says otherwise.
        return replace(draft, settings=replace(draft.settings, language=language, calendar=""))


class ShopPage(SetupPage):
    name = "shop"

    def __init__(self, draft: Draft) -> None:
        super().__init__(draft)
        s = draft.settings
        self.shop = QLineEdit("" if s.shop_name == Settings.shop_name else s.shop_name)
        self.shop.setObjectName("setupShopName")
        self.shop.setMaxLength(MAX_SHOP_NAME)
        self.shop.setPlaceholderText(self.tr("As your receipts and messages should say it"))
        self.logo = QLineEdit(s.logo)
        self.logo.setObjectName("setupLogo")
        self.logo.setPlaceholderText(self.tr("No logo (optional)"))
        choose = _side_button(self.tr("Choose…"))
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop)
        form.addRow(self.tr("Logo"), logo_row)
        self.layout_.addLayout(form)
        self.layout_.addWidget(_hint(self.tr("The logo is printed on cards, notes and receipts.")))
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Your shop")

    def first_field(self) -> QWidget:
        return self.shop

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop's logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def store(self, draft: Draft, *, check: bool) -> Draft:
        name = self.shop.text().strip()
        logo = self.logo.text().strip()
        if check:
            try:
                name = check_shop_name(name)
            except DomainError as error:
                raise PageProblem(error, self.shop) from error
            logo_error = print_settings_errors(replace(draft.settings, logo=logo)).get("logo")
            if logo_error is not None:
                raise PageProblem(logo_error, self.logo)
        kept = name or draft.settings.shop_name
        return replace(draft, settings=replace(draft.settings, shop_name=kept, logo=logo))


class RegionPage(SetupPage):
    name = "region"

    def __init__(self, draft: Draft) -> None:
        super().__init__(draft)
        s = draft.settings
        self._zones = sorted(zoneinfo.available_timezones() - {FIRST_ZONE})
        self.zone = QComboBox()
        self.zone.setObjectName("setupZone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItems([FIRST_ZONE, *self._zones])
        completer = self.zone.completer()
        if completer is not None:  # "tehran" or "berlin" finds the zone
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone.setCurrentText(s.timezone)
        self.calendar = QComboBox()
        self.calendar.setObjectName("setupCalendar")
        self.calendar.addItem(self.tr("Solar Hijri (Jalali)"), "jalali")
        self.calendar.addItem(self.tr("Gregorian"), "gregorian")
        calendar = s.calendar or ("jalali" if s.language == "fa" else "gregorian")
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(calendar)))
        self.unit = QComboBox()
        self.unit.setObjectName("setupMoney")
        self.unit.addItem(self.tr("Toman"), MoneyUnit.TOMAN.value)
        self.unit.addItem(self.tr("Rial"), MoneyUnit.RIAL.value)
        self.unit.addItem(self.tr("Another currency"), MoneyUnit.OTHER.value)
        self.unit.setCurrentIndex(max(0, self.unit.findData(s.money_unit.value)))
        self.currency = QLineEdit(s.currency_name)
        self.currency.setObjectName("setupCurrencyName")
        self.currency.setMaxLength(CURRENCY_NAME_MAX)
        self.currency.setPlaceholderText(self.tr("For example AED or Lira"))
        self.decimals = QSpinBox()
        self.decimals.setObjectName("setupCurrencyDecimals")
        self.decimals.setRange(0, CURRENCY_DECIMALS_MAX)
        self.decimals.setValue(min(max(s.currency_decimals, 0), CURRENCY_DECIMALS_MAX))
        self.unit.currentIndexChanged.connect(self._unit_changed)
        form = QFormLayout()
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Calendar"), self.calendar)
        form.addRow(self.tr("Money"), self.unit)
        form.addRow(self.tr("Currency name"), self.currency)
        form.addRow(self.tr("Decimals"), self.decimals)
        self.layout_.addLayout(form)
        self.layout_.addWidget(
            _hint(self.tr("Type a few letters of a city to find its time zone."))
        )
        self.layout_.addStretch(1)
        self._unit_changed()

    def title(self) -> str:
        return self.tr("Time, calendar and money")

    def first_field(self) -> QWidget:
        return self.zone

    def _unit_changed(self) -> None:
        other = self.unit.currentData() == MoneyUnit.OTHER.value
        self.currency.setEnabled(other)
        self.decimals.setEnabled(other)

    def store(self, draft: Draft, *, check: bool) -> Draft:
        zone = self.zone.currentText().strip()
        unit = MoneyUnit(str(self.unit.currentData()))
        name = self.currency.text().strip()
        if check:
            if zone != FIRST_ZONE and zone not in self._zones:
                raise PageProblem(InvalidInput("setup.bad_timezone"), self.zone)
            if unit is MoneyUnit.OTHER:
                try:
                    name, _ = check_currency(name, self.decimals.value())
                except DomainError as error:
                    raise PageProblem(error, self.currency) from error
        elif zone != FIRST_ZONE and zone not in self._zones:
            zone = draft.settings.timezone
        settings = replace(
            draft.settings,
            timezone=zone,
            calendar=str(self.calendar.currentData()),
            money_unit=unit,
            currency_name=name if unit is MoneyUnit.OTHER else draft.settings.currency_name,
            currency_decimals=self.decimals.value()
            if unit is MoneyUnit.OTHER
            else draft.settings.currency_decimals,
        )
        return replace(draft, settings=settings)


class RewardRow(QWidget):
    """One first reward: its name in the wizard's language and its cost in points; an
    empty name leaves it out."""

    def __init__(
        self, reward: FirstReward | None, language: str, remove: Callable[[RewardRow], None]
    ) -> None:
        super().__init__()
        self.origin = reward
        self._language = language
        shown = reward.name_fa if reward and language == "fa" and reward.name_fa else None
        self.name = QLineEdit(shown or (reward.name if reward else ""))
        self.name.setObjectName("setupRewardName")
        self.name.setPlaceholderText(self.tr("Reward, e.g. a free coffee"))
        self.cost = QSpinBox()
        self.cost.setObjectName("setupRewardCost")
        self.cost.setRange(1, MAX_REWARD_COST)
        self.cost.setValue(reward.cost if reward else 50)
        self.cost.setSuffix(" " + self.tr("points"))
        self.remove = _side_button(self.tr("Remove"))
        self.remove.setObjectName("setupRewardRemove")
        self.remove.clicked.connect(lambda: remove(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.cost)
        row.addWidget(self.remove)

    def reward(self) -> FirstReward | None:
        typed = self.name.text().strip()
        if not typed:
            return None
        origin = self.origin
        if origin is not None and typed in {origin.name, origin.name_fa}:
            return replace(origin, cost=self.cost.value())
        # A name typed in Persian is the reward's Persian name too; the list of rewards
        # and the counter show it in either language.
        return FirstReward(typed, typed if self._language == "fa" else None, self.cost.value())


class RulesPage(SetupPage):
    name = "rules"

    def __init__(self, draft: Draft) -> None:
        super().__init__(draft)
        d = draft.display
        self.step = AmountEdit(d)
        self.step.setObjectName("setupStep")
        per_unit = d.currency.per_unit
        self.step.set_rials(draft.progress.step_rials // per_unit * per_unit)
        unit = QLabel(d.money_name)
        step_row = QHBoxLayout()
        step_row.addWidget(self.step, 1)
        step_row.addWidget(unit)
        form = QFormLayout()
        form.addRow(self.tr("One point for every"), step_row)
        self.rows: list[RewardRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        self.add = _side_button(self.tr("Add a reward"))
        self.add.setObjectName("setupRewardAdd")
        self.add.clicked.connect(lambda: self._add_row(None, focus=True))
        for reward in draft.progress.rewards:
            self._add_row(reward)
        self.layout_.addLayout(form)
        self.layout_.addWidget(QLabel(self.tr("First rewards (their price in points)")))
        self.layout_.addLayout(self._rows_box)
        self.layout_.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeading)
        self.layout_.addWidget(
            _hint(self.tr("Promotions, tiers, expiry and more rewards are in Rules later."))
        )
        self.layout_.addStretch(1)
        self._update_add()

    def title(self) -> str:
        return self.tr("Points and rewards")

    def first_field(self) -> QWidget:
        return self.step

    def _add_row(self, reward: FirstReward | None, *, focus: bool = False) -> None:
        if len(self.rows) >= MAX_FIRST_REWARDS:
            return
        row = RewardRow(reward, self._draft.settings.language, self._remove_row)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        self._update_add()
        if focus:
            row.name.setFocus()

    def _remove_row(self, row: RewardRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._update_add()
        # The focus goes on to the next row's name (or the add button), not out of sight.
        target = self.rows[index].name if index < len(self.rows) else self.add
        target.setFocus()

    def _update_add(self) -> None:
        self.add.setEnabled(len(self.rows) < MAX_FIRST_REWARDS)

    def store(self, draft: Draft, *, check: bool) -> Draft:
        rewards = tuple(r for r in (row.reward() for row in self.rows) if r is not None)
        step = draft.progress.step_rials
        try:
            step = self.step.rials()
        except DomainError as error:
            if check:
                raise PageProblem(error, self.step) from error
        if check:
            try:
                check_rule(step, 1, 0)
            except DomainError as error:
                raise PageProblem(error, self.step) from error
            try:
                rewards = check_rewards(rewards)
            except DomainError as error:
                raise PageProblem(error, self.rows[0].name if self.rows else self.add) from error
        return replace(draft, progress=replace(draft.progress, step_rials=step, rewards=rewards))


class OwnerPage(SetupPage):
    name = "owner"

    def __init__(self, draft: Draft) -> None:
        super().__init__(draft)
        self.owner = QLineEdit(draft.progress.owner_name)
        self.owner.setObjectName("setupOwnerName")
        self.owner.setMaxLength(MAX_STAFF_NAME)
        self.pin = PinField()
        self.pin.setObjectName("setupOwnerPin")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin_again = PinField()
        self.pin_again.setObjectName("setupOwnerPinAgain")
        self.pin_again.setAccessibleName(self.tr("PIN again"))
        if draft.pin:
            self.pin.setText(draft.pin)
            self.pin_again.setText(draft.pin)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.owner)
        form.addRow(self.tr("PIN (4 to 8 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        self.layout_.addWidget(
            _hint(
                self.tr(
                    "The owner signs in with this name and PIN to add the staff, set their "
                    "roles and change the club's settings. Keep the PIN to yourself."
                )
            )
        )
        self.layout_.addLayout(form)
        self.layout_.addWidget(
            _hint(
                self.tr(
                    "A club needs its owner: if you skip this step, you are asked for them "
                    "before the counter opens."
                )
            )
        )
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Who owns this club?")

    def first_field(self) -> QWidget:
        return self.owner

    def store(self, draft: Draft, *, check: bool) -> Draft:
        name, pin = self.owner.text(), self.pin.text()
        if check:
            try:
                name, _ = check_owner(name, "0000")
            except DomainError as error:
                raise PageProblem(error, self.owner) from error
            try:
                _, pin = check_owner(name, pins_match(pin, self.pin_again.text()))
            except DomainError as error:
                self.pin.wipe()
                self.pin_again.wipe()
                raise PageProblem(error, self.pin) from error
        elif self.pin.text() != self.pin_again.text():
            pin = ""
        progress = replace(draft.progress, owner_name=name.strip(), owner_skipped=False)
        return replace(draft, progress=progress, pin=pin)

    def skipped(self, draft: Draft) -> Draft:
        return replace(draft, progress=replace(draft.progress, owner_skipped=True), pin="")


class PrinterPage(SetupPage):
    name = "printer"

    def __init__(self, draft: Draft, test_print: Callable[[Settings], None]) -> None:
        super().__init__(draft)
        self._test_print = test_print
        self._task: Task | None = None
        s = draft.settings
        self.thermal = QLineEdit(s.thermal_printer)
        self.thermal.setObjectName("setupThermal")
        self.thermal.setPlaceholderText(self.tr("None (notes go to the system printer)"))
        self.paper = QComboBox()
        self.paper.setObjectName("setupThermalPaper")
        for value in THERMAL_PAPERS:
            self.paper.addItem(self.tr("{width} roll").format(width=value), value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(s.thermal_paper)))
        self.test = _side_button(self.tr("Test print"))
        self.test.setObjectName("setupTestPrint")
        self.test.clicked.connect(self.print_test)
        self.message = QLabel()
        self.message.setObjectName("setupTestMessage")
        self.message.setWordWrap(True)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper)
        paper_row.addWidget(self.test)
        paper_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Receipt printer"), self.thermal)
        form.addRow(
            "",
            _hint(self.tr("For example network:192.168.1.60, usb:04b8:0e15, serial:/dev/ttyUSB0")),
        )
        form.addRow(self.tr("Receipt paper"), paper_row)
        form.addRow("", self.message)
        self.layout_.addLayout(form)
        self.layout_.addWidget(
            _hint(self.tr("No receipt printer? Leave it empty: notes go to the system printer."))
        )
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Receipt printer")

    def first_field(self) -> QWidget:
        return self.thermal

    def _candidate(self, draft: Draft) -> Settings:
        return replace(
            draft.settings,
            thermal_printer=self.thermal.text().strip(),
            thermal_paper=str(self.paper.currentData()),
        )

    def store(self, draft: Draft, *, check: bool) -> Draft:
        candidate = self._candidate(draft)
        error = print_settings_errors(candidate).get("thermal_printer")
        if error is not None:
            if check:
                raise PageProblem(error, self.thermal)
            candidate = replace(candidate, thermal_printer=draft.settings.thermal_printer)
        return replace(draft, settings=candidate)

    def print_test(self) -> None:
        """A test page on the printer as typed, in a worker: a printer that does not
        answer must not freeze the wizard until its timeout."""
        self.message.setStyleSheet("")
        try:
            candidate = self.store(self._draft, check=True).settings
        except PageProblem as problem:
            self._failed(problem.error)
            return
        if not candidate.thermal_printer:
            self.message.setText(self.tr("Write the receipt printer's connection first."))
            return
        self.message.setText(self.tr("Printing the test page…"))
        self.test.setEnabled(False)

        def done(_result: object) -> None:
            self.test.setEnabled(True)
            self.message.setText(
                self.tr("The test page was sent. Is the Persian line joined and right to left?")
            )

        def failed(error: BaseException) -> None:
            self.test.setEnabled(True)
            if not isinstance(error, DomainError):
                raise error
            self._failed(error)

        self._task = run_in_background(lambda: self._test_print(candidate), done, failed)

    def _failed(self, error: DomainError) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error, self._draft.settings.language))


class BackupPage(SetupPage):
    name = "backups"

    def __init__(self, draft: Draft) -> None:
        super().__init__(draft)
        s = draft.settings
        self.folder = QLineEdit(s.backup_folder)
        self.folder.setObjectName("setupBackupFolder")
        self.folder.setPlaceholderText(str(s.data_dir / "backups"))
        choose = _side_button(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Backups go to"), row)
        self.layout_.addLayout(form)
        self.layout_.addWidget(
            _hint(
                self.tr(
                    "Empty: the folder shown, on this computer. A USB stick or a synced "
                    "folder keeps the club safe if this computer fails."
                )
            )
        )
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Backups")

    def first_field(self) -> QWidget:
        return self.folder

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Where backups go"))
        if path:
            self.folder.setText(path)

    def store(self, draft: Draft, *, check: bool) -> Draft:
        text = self.folder.text().strip()
        if text and not Path(text).expanduser().is_absolute():
            if check:
                raise PageProblem(InvalidInput("setup.bad_backup_folder"), self.folder)
            text = draft.settings.backup_folder
        folder = str(Path(text).expanduser()) if text else ""
        return replace(draft, settings=replace(draft.settings, backup_folder=folder))


class DonePage(SetupPage):
    name = "done"

    def __init__(self, draft: Draft) -> None:
        super().__init__(draft)
        self.summary = QLabel()
        self.summary.setObjectName("setupSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.summary)
        self.layout_.addStretch(1)
        self.entered(draft)

    def title(self) -> str:
        return self.tr("Ready")

    def entered(self, draft: Draft) -> None:
        super().entered(draft)
        s, p, d = draft.settings, draft.progress, draft.display
        rewards = "، ".join if s.language == "fa" else ", ".join
        lines = [
            self.tr("Shop: {name}").format(name=d.text(s.shop_name)),
            self.tr("Money: {unit}; time zone {zone}").format(
                unit=d.text(d.money_name), zone=d.text(s.timezone)
            ),
            self.tr("One point for every {amount}").format(amount=d.money(p.step_rials)),
            self.tr("Rewards: {rewards}").format(
                rewards=rewards(
                    f"{d.text(r.name_fa if s.language == 'fa' and r.name_fa else r.name)}"
                    f" ({d.n(r.cost)})"
                    for r in p.rewards
                )
                or "—"
            ),
            self.tr("Receipt printer: {printer}").format(
                printer=d.text(s.thermal_printer) if s.thermal_printer else self.tr("none")
            ),
            self.tr("Backups: {folder}").format(folder=d.text(str(s.backup_target))),
        ]
        if p.owner_name and draft.pin:
            lines.append(self.tr("Owner: {name}").format(name=d.text(p.owner_name)))
        else:
            lines.append(self.tr("Owner: asked next, before the counter opens."))
        lines.append("")
        lines.append(
            self.tr(
                "Everything here can be changed later in Settings and Rules. "
                "Press Enter to open the counter."
            )
        )
        self.summary.setText("\n".join(d.sentence(line) if line else "" for line in lines))

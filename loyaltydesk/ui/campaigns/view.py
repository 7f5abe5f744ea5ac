"""The Campaigns part: each campaign's switches and settings, its preview (who, how many,
the cost at most, the messages as they will read), a run with a progress bar and Cancel (in
a worker, like the reports), and the history of runs."""

from __future__ import annotations

import dataclasses
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.campaigns import (
    MAX_DAYS,
    BirthdayCalendar,
    CampaignKind,
    CampaignRun,
    CampaignSettings,
    bonus_points,
)
from loyaltydesk.domain.coupons import MAX_VALID_DAYS, CouponKind, CouponTerms
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.money import parse_amount_in, parse_whole_number
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.i18n.bidi import isolate, paragraph
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.services.campaigns import CampaignPreview, CampaignService
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import campaign_name, run_status_label
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.tasks import Task, run_in_background

REWARDS = ("none", "points", "percent", "amount", "reward")
CALENDARS = (None, BirthdayCalendar.JALALI, BirthdayCalendar.GREGORIAN)


class _Relay(QObject):
    """Carries the worker's progress to the window's thread."""

    progressed = Signal(int, int)


class CampaignsView(QWidget):
    def __init__(
        self,
        campaigns: CampaignService,
        display: Display,
        bus: ChangeBus,
        session: Session,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = campaigns
        self._display = display
        self._bus = bus
        self._session = session
        self._task: Task | None = None
        self._stop: threading.Event | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if display.rtl else Qt.LayoutDirection.LeftToRight
        )

        self.kinds = QListWidget()
        self.kinds.setObjectName("campaignKinds")
        for kind in CampaignKind:
            self.kinds.addItem(campaign_name(kind))
        self.kinds.setMaximumWidth(200)
        self.kinds.currentRowChanged.connect(self._load)

        # -- settings form
        self.enabled = QCheckBox(self.tr("On"))
        self.automatic = QCheckBox(self.tr("Runs by itself every day"))
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days_help = QLabel()
        self.days_help.setWordWrap(True)
        self.reward_kind = QComboBox()
        self.reward_kind.setObjectName("campaignReward")
        for label in (
            self.tr("A message only"),
            self.tr("Bonus points"),
            self.tr("Coupon: percent off"),
            self.tr("Coupon: amount off"),
            self.tr("Coupon: a reward from the catalogue"),
        ):
            self.reward_kind.addItem(label)
        self.reward_kind.currentIndexChanged.connect(self._reward_kind_changed)
        self.reward_value = QLineEdit()
        self.reward_value.setObjectName("campaignRewardValue")
        # A coupon for a reward: the catalogue's active rewards, by their shown name.
        self.catalogue = QComboBox()
        self.catalogue.setObjectName("campaignCatalogue")
        self.catalogue.setVisible(False)
        self.ceiling = QLineEdit()
        self.ceiling.setPlaceholderText(self.tr("no ceiling"))
        self.valid_days = QSpinBox()
        self.valid_days.setRange(1, MAX_VALID_DAYS)
        # Birthdays only: the calendar they come round in (see domain/campaigns).
        self.calendar = QComboBox()
        self.calendar.setObjectName("campaignCalendar")
        for label in (
            self.tr("The shop’s calendar"),
            self.tr("Solar Hijri (Jalali)"),
            self.tr("Gregorian"),
        ):
            self.calendar.addItem(label)
        self.text_fa = QPlainTextEdit()
        self.text_en = QPlainTextEdit()
        for edit in (self.text_fa, self.text_en):
            edit.setFixedHeight(54)
            edit.setTabChangesFocus(True)
        # Each message runs in its own language's direction whatever the window's: laid out
        # by its first letter, "{name} عزیز…" would start left to right and scramble.
        for edit, direction in (
            (self.text_fa, Qt.LayoutDirection.RightToLeft),
            (self.text_en, Qt.LayoutDirection.LeftToRight),
        ):
            edit.setLayoutDirection(direction)
            option = edit.document().defaultTextOption()
            option.setTextDirection(direction)
            edit.document().setDefaultTextOption(option)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("campaignSave")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        switches = QHBoxLayout()
        switches.addWidget(self.enabled)
        switches.addWidget(self.automatic)
        switches.addStretch(1)
        form.addRow(switches)
        form.addRow(self.tr("Days (N)"), self.days)
        form.addRow("", self.days_help)
        reward_row = QHBoxLayout()
        reward_row.addWidget(self.reward_kind)
        reward_row.addWidget(self.reward_value)
        reward_row.addWidget(self.catalogue, 1)
        form.addRow(self.tr("Reward"), reward_row)
        limits = QHBoxLayout()
        limits.addWidget(QLabel(self.tr("At most")))
        limits.addWidget(self.ceiling)
        limits.addWidget(QLabel(self.tr("Valid days")))
        limits.addWidget(self.valid_days)
        form.addRow("", limits)
        self.calendar_label = QLabel(self.tr("Calendar"))
        form.addRow(self.calendar_label, self.calendar)
        form.addRow(self.tr("Message (Persian)"), self.text_fa)
        form.addRow(self.tr("Message (English)"), self.text_en)
        form.addRow("", self.save_button)
        settings_page = QWidget()
        # The form keeps its height; the room left over stays below it, not in a row.
        settings_layout = QVBoxLayout(settings_page)
        settings_layout.addLayout(form)
        settings_layout.addStretch(1)

        # -- preview and run
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("campaignPreview")
        self.preview_button.clicked.connect(self.preview)
        self.run_button = QPushButton(self.tr("Run now"))
        self.run_button.setObjectName("campaignRun")
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("campaignCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("campaignSummary")
        self.summary.setWordWrap(True)
        self.members = QTableWidget(0, 3)
        self.members.setObjectName("campaignMembers")
        self.members.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Day"), self.tr("Why")])
        self.samples = QPlainTextEdit()
        self.samples.setObjectName("campaignSamples")
        self.samples.setReadOnly(True)
        self.samples.setFixedHeight(70)
        # Each sample line takes its own language's direction (the mark it starts with).
        option = self.samples.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.samples.document().setDefaultTextOption(option)
        buttons = QHBoxLayout()
        for widget in (self.preview_button, self.run_button, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.progress, 1)
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.addLayout(buttons)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.members, 1)
        preview_layout.addWidget(self.samples)

        # -- history
        self.history = QTableWidget(0, 8)
        self.history.setObjectName("campaignHistory")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Status"),
                self.tr("Qualified"),
                self.tr("Rewarded"),
                self.tr("Coupons"),
                self.tr("Points"),
                self.tr("Messages"),
                self.tr("Used"),
            ]
        )
        for table in (self.members, self.history):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setVisible(False)

        # The start's date and time read whole; the counts share the rest.
        self.history.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.pages = QTabWidget()
        self.pages.addTab(settings_page, self.tr("Settings"))
        self.pages.addTab(preview_page, self.tr("Preview and run"))
        self.pages.addTab(self.history, self.tr("History"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.kinds)
        layout.addWidget(self.pages, 1)
        self.kinds.setCurrentRow(0)

    # -- settings --------------------------------------------------------------------------

    @property
    def kind(self) -> CampaignKind:
        return list(CampaignKind)[max(self.kinds.currentRow(), 0)]

    def _load(self, _row: int = 0) -> None:
        try:
            settings = self._service.settings(self.kind)
        except DomainError as error:
            self._say(error_text(error, self._display))
            return
        self._current = settings
        self.enabled.setChecked(settings.enabled)
        self.automatic.setChecked(settings.automatic)
        self.days.setValue(settings.days)
        self.days_help.setText(self._days_meaning(self.kind))
        terms = settings.coupon
        self._fill_catalogue(terms.reward_id if terms is not None else None)
        if settings.points:
            self.reward_kind.setCurrentIndex(REWARDS.index("points"))
            self.reward_value.setText(self._display.n(settings.points))
        elif terms is not None and terms.kind is CouponKind.PERCENT:
            self.reward_kind.setCurrentIndex(REWARDS.index("percent"))
            self.reward_value.setText(self._display.n(terms.percent or 0))
        elif terms is not None and terms.kind is CouponKind.AMOUNT:
            self.reward_kind.setCurrentIndex(REWARDS.index("amount"))
            self.reward_value.setText(self._money_text(terms.amount_rials or 0))
        elif terms is not None and terms.kind is CouponKind.REWARD:
            self.reward_kind.setCurrentIndex(REWARDS.index("reward"))
            self.reward_value.clear()
        else:
            self.reward_kind.setCurrentIndex(REWARDS.index("none"))
            self.reward_value.clear()
        self._reward_kind_changed()
        ceiling = terms.max_rials if terms is not None else None
        self.ceiling.setText(self._money_text(ceiling) if ceiling else "")
        self.valid_days.setValue(settings.valid_days)
        self.calendar.setCurrentIndex(CALENDARS.index(settings.calendar))
        birthday = self.kind is CampaignKind.BIRTHDAY
        self.calendar.setVisible(birthday)
        self.calendar_label.setVisible(birthday)
        self.text_fa.setPlainText(settings.text_fa)
        self.text_en.setPlainText(settings.text_en)
        self.summary.clear()
        self.members.setRowCount(0)
        self.samples.clear()
        self._show_history()

    def _fill_catalogue(self, chosen: int | None) -> None:
        """The active rewards, and the campaign's own even if it is no longer offered (a
        form must show what is stored, or saving it would change it)."""
        try:
            rewards = self._service.rewards()
        except DomainError:
            rewards = []
        shown: list[Reward] = [r for r in rewards if r.active or r.id == chosen]
        self.catalogue.clear()
        for reward in shown:
            self.catalogue.addItem(reward.display_name(self._display.language), reward.id)
        if chosen is not None and self.catalogue.findData(chosen) < 0:
            # Gone from the catalogue: kept as it is, so Save says so rather than give
            # another reward.
            self.catalogue.addItem(f"#{self._display.n(chosen)}", chosen)
        index = self.catalogue.findData(chosen) if chosen is not None else -1
        self.catalogue.setCurrentIndex(max(index, 0) if self.catalogue.count() else -1)

    def _reward_kind_changed(self, _index: int = 0) -> None:
        catalogue = REWARDS[self.reward_kind.currentIndex()] == "reward"
        self.catalogue.setVisible(catalogue)
        self.reward_value.setVisible(not catalogue)

    def _days_meaning(self, kind: CampaignKind) -> str:
        meanings = {
            CampaignKind.BIRTHDAY: self.tr("A birthday within the next N days, today included."),
            CampaignKind.WIN_BACK: self.tr(
                "Away longer than their usual gap × the reports’ factor; one-visit members:"
                " longer than N days."
            ),
            CampaignKind.ANNIVERSARY: self.tr(
                "The first purchase’s anniversary within the next N days."
            ),
            CampaignKind.SECOND_VISIT: self.tr("No second visit N days after the first."),
            CampaignKind.REFERRAL: self.tr(
                "The return window: the friend’s first purchase kept N days, not refunded."
            ),
            CampaignKind.THANK_YOU: self.tr("A first purchase within the last N days."),
        }
        return meanings[kind]

    def _amount(self, text: str) -> int:
        currency = self._display.currency
        return parse_amount_in(text, currency.per_unit, currency.places)

    def _money_text(self, rials: int) -> str:
        currency = self._display.currency
        if currency.places:
            return self._display.amount(rials)
        return self._display.n(rials // currency.per_unit)

    def edited(self) -> CampaignSettings:
        """The form as settings; InvalidInput names what is wrong."""
        choice = REWARDS[self.reward_kind.currentIndex()]
        value = self.reward_value.text()
        points = 0
        coupon: CouponTerms | None = None
        if choice == "points":
            points = bonus_points(parse_whole_number(value, field="points"))
        elif choice == "percent":
            ceiling = self.ceiling.text().strip()
            coupon = CouponTerms(
                CouponKind.PERCENT,
                percent=parse_whole_number(value, field="percent"),
                max_rials=self._amount(ceiling) if ceiling else None,
            )
        elif choice == "amount":
            coupon = CouponTerms(CouponKind.AMOUNT, amount_rials=self._amount(value))
        elif choice == "reward":
            reward_id = self.catalogue.currentData()
            if reward_id is None:
                raise InvalidInput("campaign.no_catalogue_reward")
            coupon = CouponTerms(CouponKind.REWARD, reward_id=int(reward_id))
        stored = self._current.coupon
        if coupon is not None and stored is not None:
            # The form has no field for the minimum purchase: what is stored stays.
            coupon = dataclasses.replace(coupon, min_purchase_rials=stored.min_purchase_rials)
        return dataclasses.replace(
            self._current,
            enabled=self.enabled.isChecked(),
            automatic=self.automatic.isChecked(),
            days=self.days.value(),
            points=points,
            coupon=coupon,
            valid_days=self.valid_days.value(),
            calendar=CALENDARS[self.calendar.currentIndex()],
            text_fa=self.text_fa.toPlainText(),
            text_en=self.text_en.toPlainText(),
        )

    def save(self) -> bool:
        try:
            self._current = self._service.set_settings(self.edited(), self._session.actor)
        except DomainError as error:
            text = error_text(error, self._display)
            self._say(text)
            QMessageBox.warning(self, self.tr("Campaigns"), text)
            return False
        self._say(self.tr("Saved."))
        return True

    # -- preview and run -------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None

    def preview(self) -> None:
        if self.running or not self.save():
            return
        kind = self.kind
        self._start(lambda: self._service.preview(kind), self._show_preview, busy=False)

    def run(self) -> None:
        """Save, count who a run would reward (a preview), ask, then run."""
        if self.running or not self.save():
            return
        kind = self.kind
        self._start(lambda: self._service.preview(kind), self._confirm_run, busy=False)

    def _confirm_run(self, preview: CampaignPreview) -> None:
        self._show_preview(preview)
        if preview.problem is not None:
            return  # the run would refuse; the summary says why
        d = self._display
        question = (
            self.tr("Reward {count} member now?")
            if is_one(preview.count)
            else self.tr("Reward {count} members now?")
        ).format(count=d.n(preview.count))
        if not preview.settings.enabled:
            question = (
                self.tr("{campaign} is switched off.").format(campaign=campaign_name(self.kind))
                + " "
                + question
            )
        answer = QMessageBox.question(
            self,
            self.tr("Run now"),
            d.sentence(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_run()

    def start_run(self) -> None:
        """Runs at once: the owner has said yes (or a script does it)."""
        kind, actor, relay = self.kind, self._session.actor, self._relay
        stop = threading.Event()
        self._stop = stop

        def work() -> CampaignRun:
            return self._service.run(
                kind,
                actor,
                progress=relay.progressed.emit,
                cancelled=stop.is_set,
            )

        self._start(work, self._run_done, busy=True)

    def cancel(self) -> None:
        if self._stop is not None:
            self._stop.set()

    def _start(self, work: object, done: object, *, busy: bool) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(busy)
        self.preview_button.setEnabled(False)
        self.run_button.setEnabled(False)

        def finished(value: object) -> None:
            self._idle()
            done(value)  # type: ignore[operator]

        self._task = run_in_background(work, finished, self._failed)  # type: ignore[arg-type]

    def _idle(self) -> None:
        self._task = None
        self._stop = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.preview_button.setEnabled(True)
        self.run_button.setEnabled(True)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if isinstance(error, DomainError):
            text = error_text(error, self._display)
        else:
            text = self.tr("The campaign could not run; what was done so far is kept.")
        self._say(text)
        self._show_history()

    def _show_preview(self, preview: CampaignPreview) -> None:
        d = self._display
        cost = d.money(preview.max_cost_rials)
        if preview.estimated:
            cost = self.tr("about {cost}").format(cost=cost)
        summary = (
            self.tr("{count} member qualifies today. Cost at most: {cost} and {points} points.")
            if is_one(preview.count)
            else self.tr("{count} members qualify today. Cost at most: {cost} and {points} points.")
        ).format(count=d.n(preview.count), cost=cost, points=d.points(preview.points))
        summary += " " + (
            self.tr("{messages} message will be queued.")
            if is_one(preview.messages)
            else self.tr("{messages} messages will be queued.")
        ).format(messages=d.n(preview.messages))
        if preview.problem is not None:
            # Stored before such texts were refused: said before anyone runs it.
            summary += "\n" + error_text(preview.problem, d)
        self.summary.setText(summary)
        self.members.setRowCount(len(preview.lines))
        for row, line in enumerate(preview.lines):
            if line.absent_days is not None:
                why = self.tr("away {days} days").format(days=d.n(line.absent_days))
                if line.usual_gap is not None:
                    why += " · " + self.tr("usually every {gap} days").format(
                        gap=d.n(round(line.usual_gap))
                    )
            elif line.related_name:
                why = self.tr("brought {name}").format(name=line.related_name)
            else:
                why = ""
            for column, text in enumerate((line.name, d.day(line.day), why)):
                self.members.setItem(row, column, QTableWidgetItem(text))
        # Each sample in its own language's direction (a Persian SMS in the English window
        # too), the count of parts kept whole at its start.
        self.samples.setPlainText(
            "\n".join(
                paragraph(
                    self.tr("[{parts} SMS] {text}").format(
                        parts=isolate(d.n(s.parts)), text=isolate(s.text)
                    ),
                    s.language,
                )
                for s in preview.samples
            )
        )

    def _run_done(self, run: CampaignRun) -> None:
        d = self._display
        coupons = (
            self.tr("{coupons} coupon") if is_one(run.coupons) else self.tr("{coupons} coupons")
        ).format(coupons=d.n(run.coupons))
        messages = (
            self.tr("{messages} message")
            if is_one(run.messages)
            else self.tr("{messages} messages")
        ).format(messages=d.n(run.messages))
        self._say(
            self.tr("{status}: {rewarded} rewarded, {coupons}, {messages}.").format(
                status=run_status_label(run.status),
                rewarded=d.n(run.rewarded),
                coupons=coupons,
                messages=messages,
            )
        )
        self._show_history()
        self._bus.club_changed.emit()

    def _show_history(self) -> None:
        try:
            runs = self._service.history(self.kind, limit=50)
        except DomainError:
            return
        d = self._display
        self.history.setRowCount(len(runs))
        for row, r in enumerate(runs):
            cells = (
                d.when(r.started_at),
                run_status_label(r.status),
                d.n(r.qualified),
                d.n(r.rewarded),
                d.n(r.coupons),
                d.points(r.points),
                d.n(r.messages),
                d.n(r.coupons_used),
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _say(self, text: str) -> None:
        self.summary.setText(text)

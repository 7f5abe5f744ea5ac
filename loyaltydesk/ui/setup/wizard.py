"""The first start of LoyaltyDesk: set up my shop, or look around a demo club.

A page stack of our own rather than QWizard: after the language page the pages are built
again in the chosen language and direction, with what was typed kept in the draft. Every
page can be skipped; Enter goes forward; closing the window keeps the progress (settings in
settings.json, the rest in the data folder) and the next start resumes there. The wizard
only gathers and checks: whoever opened it makes the club from ``start``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.servers import ServerAddress, ServerCheck
from loyaltydesk.i18n.numbers import Currency, MoneyUnit
from loyaltydesk.services.setup import DEFAULT_STEP_RIALS, ClubStart
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import apply_language
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.setup.pages import (
    BackupPage,
    DonePage,
    Draft,
    LanguagePage,
    OwnerPage,
    PageProblem,
    PrinterPage,
    RegionPage,
    RulesPage,
    SetupPage,
    ShopPage,
    WelcomePage,
    title_label,
)
from loyaltydesk.ui.setup.progress import Progress, save_progress
from loyaltydesk.ui.widgets.error_label import ErrorLabel
from loyaltydesk.ui.widgets.screen import resize_within_screen

WANTED_SIZE = QSize(760, 540)
SET_UP = "set-up"
DEMO = "demo"
JOIN = "join"  # this counter joins a shared club on a server (its settings say which)


class SetupWizard(QDialog):
    def __init__(
        self,
        settings: Settings,
        resources: Path,
        test_print: Callable[[Settings], None],
        progress: Progress | None = None,
        parent: QWidget | None = None,
        *,
        server_check: Callable[[ServerAddress, str], ServerCheck] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self._resources = resources
        self._test_print = test_print
        self._server_check = server_check
        self.draft = Draft(settings, progress or Progress())
        self.choice: str | None = None
        self.pages: list[SetupPage] = []

        self.heading = title_label("")
        self.heading.setObjectName("setupTitle")
        self.step_label = QLabel()
        self.step_label.setObjectName("setupStep")
        self.error = ErrorLabel("setupError")
        self.stack = QStackedWidget()
        self.back_button = QPushButton()
        self.back_button.setObjectName("setupBack")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("setupSkip")
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton()
        self.next_button.setObjectName("setupNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.forward)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.step_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._build(min(max(self.draft.progress.page, 0), 8))
        resize_within_screen(self, WANTED_SIZE)

    # -- pages -------------------------------------------------------------------------------

    def _build(self, index: int) -> None:
        """The pages in the language in force now, showing the draft."""
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        d = self.draft
        self.pages = [
            WelcomePage(d, self.look_around, self.join if self._server_check else None),
            LanguagePage(d),
            ShopPage(d),
            RegionPage(d),
            RulesPage(d),
            OwnerPage(d),
            PrinterPage(d, self._test_print),
            BackupPage(d),
            DonePage(d),
        ]
        for page in self.pages:
            self.stack.addWidget(page)
        welcome = self.pages[0]
        assert isinstance(welcome, WelcomePage)
        # From "Set up my shop" one Tab reaches the other choice.
        QWidget.setTabOrder(self.next_button, welcome.demo)
        self.setWindowTitle(self.tr("Setting up LoyaltyDesk"))
        self.back_button.setText(self.tr("Back"))
        self.skip_button.setText(self.tr("Skip"))
        self._show(index)

    @property
    def page(self) -> SetupPage:
        return self.pages[self.stack.currentIndex()]

    def _show(self, index: int) -> None:
        self.error.clear()
        self.stack.setCurrentIndex(index)
        page = self.page
        page.entered(self.draft)
        self.heading.setText(page.title())
        last = index == len(self.pages) - 1
        self.step_label.setText(
            self.tr("Step {step} of {steps}").format(
                step=self.draft.display.n(index), steps=self.draft.display.n(len(self.pages) - 2)
            )
            if 0 < index < len(self.pages) - 1
            else ""
        )
        self.back_button.setVisible(index > 0)
        self.skip_button.setVisible(index > 0 and not last)
        if index == 0:
            self.next_button.setText(self.tr("Set up my shop"))
        elif last:
            self.next_button.setText(self.tr("Open the counter"))
        else:
            self.next_button.setText(self.tr("Next"))
        field = page.first_field()
        (field or self.next_button).setFocus()
        self._keep(index)

    def _keep(self, index: int) -> None:
        """Progress on disk: a closed window resumes here."""
        self.draft = replace(self.draft, progress=replace(self.draft.progress, page=index))
        self.draft.settings.save()
        save_progress(self.draft.settings.data_dir, self.draft.progress)

    # -- moving ------------------------------------------------------------------------------

    def forward(self) -> None:
        index = self.stack.currentIndex()
        if index == len(self.pages) - 1:
            self.choice = SET_UP
            self.accept()
            return
        try:
            draft = self.page.store(self.draft, check=True)
        except PageProblem as problem:
            s = self.draft.settings
            self.error.setText(error_text(problem.error, s.display()))
            problem.field.setFocus()
            return
        self._go(draft, index + 1)

    def skip(self) -> None:
        index = self.stack.currentIndex()
        self._go(self.page.skipped(self.draft), index + 1)

    def back(self) -> None:
        index = self.stack.currentIndex()
        if index > 0:
            self.draft = self.page.store(self.draft, check=False)
            self._show(index - 1)

    def _go(self, draft: Draft, index: int) -> None:
        language_changed = draft.settings.language != self.draft.settings.language
        before, after = self.draft.settings.currency, draft.settings.currency
        if after != before and draft.progress.step_rials == default_step(before):
            # A rule nobody changed yet follows the money: 10,000 Toman a point is no rule
            # for a shop counting in Euro cents (1 point a Euro is).
            draft = replace(draft, progress=replace(draft.progress, step_rials=default_step(after)))
        self.draft = draft
        if language_changed or after != before:
            # The pages after this one show amounts in the money just chosen.
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_language(app, draft.settings.language, self._resources)
            self._build(index)
        else:
            self._show(index)

    def look_around(self) -> None:
        self.choice = DEMO
        self.accept()

    def join(self) -> None:
        """This counter joins a club already on a server: nothing more to set up here."""
        if self._server_check is None:
            return
        from loyaltydesk.ui.setup.join import JoinDialog

        dialog = JoinDialog(self.draft.settings, self._server_check, self)
        if dialog.exec() and dialog.joined is not None:
            self.draft = replace(self.draft, settings=dialog.joined)
            self.choice = JOIN
            self.accept()

    # -- the result --------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self.draft.settings

    @property
    def start(self) -> ClubStart:
        p = self.draft.progress
        owner = (p.owner_name, self.draft.pin) if p.owner_name and self.draft.pin else None
        return ClubStart(owner, p.step_rials, p.rewards)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._leave()
        super().closeEvent(event)

    def reject(self) -> None:
        self._leave()
        super().reject()

    def _leave(self) -> None:
        # What was typed on this page is kept too, unchecked (the PIN only in memory).
        if self.choice is None and self.pages:
            self.draft = self.page.store(self.draft, check=False)
            self._keep(self.stack.currentIndex())


def default_step(currency: Currency) -> int:
    """The earning rule's money for one point before anyone changes it: 10,000 Toman (the
    issue's default) in Toman or Rial, one whole unit of another currency."""
    return DEFAULT_STEP_RIALS if currency.unit is not MoneyUnit.OTHER else currency.per_unit

"""The shop's settings: language, calendar and money (used from the next start, as the
layout direction is set once), the shop's name, this counter's branch (at once), and
printing: logo, the shop's own thank-you words, card backs, the receipt printer (with a test
page) and automatic printing; the shared club's server; the till's API (at once)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.devices import system
from loyaltydesk.devices.desk import THERMAL, PrintDesk, print_settings_errors
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.money import CURRENCY_DECIMALS_MAX, CURRENCY_NAME_MAX
from loyaltydesk.domain.notes import PLACEHOLDERS
from loyaltydesk.domain.servers import Finding
from loyaltydesk.domain.shop import MAX_BRANCH_NAME, check_branch
from loyaltydesk.i18n.calendar import GREGORIAN, JALALI
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.printing.documents import default_note_text
from loyaltydesk.printing.paper import Paper
from loyaltydesk.settings import (
    AUTO_PRINT_OFF,
    THERMAL_PAPERS,
    Settings,
    money_settings_errors,
)
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.settings.receipts_folder import ReceiptsFolderWidget
from loyaltydesk.ui.settings.shared_club import SharedClubActions, SharedClubWidget
from loyaltydesk.ui.settings.till import TillWidget, TokenActions
from loyaltydesk.ui.tasks import Task, run_in_background
from loyaltydesk.ui.till.host import TillApiHost
from loyaltydesk.ui.widgets.error_label import ERROR_STYLE, ErrorLabel
from loyaltydesk.ui.widgets.screen import resize_within_screen


def _scrolling(page: QWidget) -> QScrollArea:
    """A settings page that scrolls rather than squeezes, or pushes Save off the screen."""
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        desk: PrintDesk | None = None,
        shared_club: SharedClubActions | None = None,
        tokens: TokenActions | None = None,
        till_host: TillApiHost | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._desk = desk
        self._task: Task | None = None
        self.saved: Settings | None = None
        # The club was moved to a server: this window must not sell into the old file.
        self.moved = False
        self.setWindowTitle(self.tr("Settings"))

        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItem("فارسی", "fa")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.calendar = QComboBox()
        self.calendar.setObjectName("settingsCalendar")
        self.calendar.addItem(self.tr("The language’s own (Jalali in Persian)"), "")
        self.calendar.addItem(self.tr("Solar Hijri (Jalali)"), JALALI)
        self.calendar.addItem(self.tr("Gregorian"), GREGORIAN)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(settings.calendar)))
        self.unit = QComboBox()
        self.unit.setObjectName("settingsMoneyUnit")
        self.unit.addItem(self.tr("Toman"), MoneyUnit.TOMAN.value)
        self.unit.addItem(self.tr("Rial"), MoneyUnit.RIAL.value)
        self.unit.addItem(self.tr("Another currency"), MoneyUnit.OTHER.value)
        self.unit.setCurrentIndex(self.unit.findData(settings.money_unit.value))
        self.currency_name = QLineEdit(settings.currency_name)
        self.currency_name.setObjectName("settingsCurrencyName")
        # A little room over the limit: a name too long is refused with the reason, not cut.
        self.currency_name.setMaxLength(CURRENCY_NAME_MAX + 8)
        self.currency_name.setPlaceholderText(self.tr("€, AED, USD…"))
        self.currency_name_label = QLabel(self.tr("Currency name or sign"))
        self.currency_name_error = ErrorLabel("currencyNameError")
        self.currency_decimals = QSpinBox()
        self.currency_decimals.setObjectName("settingsCurrencyDecimals")
        self.currency_decimals.setRange(0, CURRENCY_DECIMALS_MAX)
        self.currency_decimals.setValue(min(settings.currency_decimals, CURRENCY_DECIMALS_MAX))
        self.currency_decimals_label = QLabel(self.tr("Decimals"))
        self.currency_decimals_error = ErrorLabel("currencyDecimalsError")
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.shop = QLineEdit(settings.shop_name)
        self.branch = QLineEdit(settings.branch)
        self.branch.setObjectName("settingsBranch")
        # Room over the limit, as for the currency's name: refused with the reason, not cut.
        self.branch.setMaxLength(MAX_BRANCH_NAME + 8)
        self.branch.setPlaceholderText(self.tr("None (a shop in one place)"))
        self.branch_hint = QLabel(
            self.tr(
                "The branch this counter stands in: written with the counter's name on every "
                "line it records, and counted on its own in the reports."
            )
        )
        self.branch_hint.setWordWrap(True)
        self.branch_error = ErrorLabel("branchError")
        self.note = QLabel(
            self.tr(
                "A new language, calendar or money is used from the next start. Amounts "
                "already recorded are not converted: change the money only before the "
                "first sale."
            )
        )
        self.note.setWordWrap(True)
        general_form = QFormLayout()
        general_form.addRow(self.tr("Language"), self.language)
        general_form.addRow(self.tr("Calendar"), self.calendar)
        general_form.addRow(self.tr("Money shown in"), self.unit)
        general_form.addRow(self.currency_name_label, self.currency_name)
        general_form.addRow("", self.currency_name_error)
        general_form.addRow(self.currency_decimals_label, self.currency_decimals)
        general_form.addRow("", self.currency_decimals_error)
        general_form.addRow(self.tr("Shop name"), self.shop)
        general_form.addRow(self.tr("Branch"), self.branch)
        general_form.addRow("", self.branch_hint)
        general_form.addRow("", self.branch_error)
        self._unit_changed()
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(general_form)
        general_layout.addWidget(self.note)
        general_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self._printing_tab(settings), self.tr("Printing"))
        self.shared_club = SharedClubWidget(settings, shared_club)
        self.shared_club.moved.connect(self._club_moved)
        # Scrolls too: a field's error under each field must not push Save off a 600-pixel
        # screen.
        self.shared_club_page = _scrolling(self.shared_club)
        self.tabs.addTab(self.shared_club_page, self.tr("Shared club"))
        self.till = TillWidget(settings, tokens, till_host)
        self.till_page = _scrolling(self.till)
        self.tabs.addTab(self.till_page, self.tr("Till"))
        self.receipts_folder = ReceiptsFolderWidget(settings)
        self.tabs.addTab(self.receipts_folder, self.tr("POS receipts"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Every field without scrolling where the screen allows; Save and Cancel always in
        # sight on a 1024×600 counter screen.
        wanted = self.sizeHint()
        wanted.setHeight(wanted.height() + max(0, self._wanted_height - 280))
        resize_within_screen(self, wanted)

    def _unit_changed(self) -> None:
        """The name and decimals are asked only for another currency."""
        other = self.unit.currentData() == MoneyUnit.OTHER.value
        for widget in (
            self.currency_name_label,
            self.currency_name,
            self.currency_decimals_label,
            self.currency_decimals,
        ):
            widget.setVisible(other)
        if not other:
            self.currency_name_error.setText("")
            self.currency_decimals_error.setText("")

    def _printing_tab(self, settings: Settings) -> QWidget:
        self.logo = QLineEdit(settings.logo)
        self.logo.setObjectName("settingsLogo")
        self.logo.setPlaceholderText(self.tr("No logo"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        self.logo_error = ErrorLabel("logoError")
        self.card_back = QCheckBox(self.tr("Print how the club works on the back of cards"))
        self.card_back.setChecked(settings.card_back)

        hint = self.tr(
            "You can use: {placeholders}. A line with {missing} or {reward} is left "
            "out when no reward is ahead."
        ).replace("{placeholders}", " ".join("{" + p + "}" for p in PLACEHOLDERS))
        self.note_fa = QPlainTextEdit(settings.note_text_fa)
        self.note_fa.setObjectName("settingsNoteFa")
        self.note_en = QPlainTextEdit(settings.note_text_en)
        self.note_en.setObjectName("settingsNoteEn")
        for editor in (self.note_fa, self.note_en):
            editor.setMinimumHeight(72)
            editor.setMaximumHeight(96)
        self.note_fa.setPlaceholderText(self._default_note("fa"))
        self.note_en.setPlaceholderText(self._default_note("en"))
        self.note_fa_error = ErrorLabel("noteFaError")
        self.note_en_error = ErrorLabel("noteEnError")
        note_hint = QLabel(hint)
        note_hint.setWordWrap(True)

        self.thermal = QLineEdit(settings.thermal_printer)
        self.thermal.setObjectName("settingsThermal")
        self.thermal.setPlaceholderText(self.tr("None (notes go to the system printer)"))
        thermal_hint = QLabel(
            self.tr("For example network:192.168.1.60, usb:04b8:0e15, serial:/dev/ttyUSB0")
        )
        self.thermal_error = ErrorLabel("thermalError")
        self.thermal_paper = QComboBox()
        self.thermal_paper.setObjectName("settingsThermalPaper")
        for value in THERMAL_PAPERS:
            self.thermal_paper.addItem(self.tr("{width} roll").format(width=value), value)
        self.thermal_paper.setCurrentIndex(self.thermal_paper.findData(settings.thermal_paper))
        self.test_button = QPushButton(self.tr("Print test page"))
        self.test_button.setObjectName("thermalTestButton")
        self.test_button.setEnabled(self._desk is not None)
        self.test_button.clicked.connect(self.print_test_page)
        self.test_message = QLabel()
        self.test_message.setObjectName("thermalTestMessage")
        self.test_message.setWordWrap(True)
        thermal_row = QHBoxLayout()
        thermal_row.addWidget(self.thermal_paper)
        thermal_row.addWidget(self.test_button)
        thermal_row.addStretch(1)

        self.printer = QComboBox()
        self.printer.setObjectName("settingsPrinter")
        self.printer.addItem(self.tr("The system's default printer"), "")
        for name in system.printer_names():
            self.printer.addItem(name, name)
        if settings.printer and self.printer.findData(settings.printer) < 0:
            self.printer.addItem(
                self.tr("{printer} (not found)").format(printer=settings.printer), settings.printer
            )
        self.printer.setCurrentIndex(max(0, self.printer.findData(settings.printer)))
        self.auto_print = QComboBox()
        self.auto_print.setObjectName("settingsAutoPrint")
        self.auto_print.addItem(self.tr("Only when asked (F9)"), AUTO_PRINT_OFF)
        self.auto_print.addItem(self.tr("A thank-you note after every sale"), "note")
        self.auto_print.addItem(self.tr("A slip after every sale"), "slip")
        self.auto_print.setCurrentIndex(max(0, self.auto_print.findData(settings.auto_print)))

        form = QFormLayout()
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow("", self.logo_error)
        form.addRow("", self.card_back)
        form.addRow(self.tr("Thank-you note (Persian)"), self.note_fa)
        form.addRow("", self.note_fa_error)
        form.addRow(self.tr("Thank-you note (English)"), self.note_en)
        form.addRow("", self.note_en_error)
        form.addRow("", note_hint)
        form.addRow(self.tr("Receipt printer"), self.thermal)
        form.addRow("", thermal_hint)
        form.addRow("", self.thermal_error)
        form.addRow(self.tr("Receipt paper"), thermal_row)
        form.addRow("", self.test_message)
        form.addRow(self.tr("Other documents print on"), self.printer)
        form.addRow(self.tr("Print at the counter"), self.auto_print)
        content = QWidget()
        content.setObjectName("printingSettings")
        content.setLayout(form)
        # Scrolls rather than squeezes on a small counter screen.
        scroll = _scrolling(content)
        scroll.setMinimumWidth(content.sizeHint().width() + 24)
        # A few rows at least; the dialog is made as tall as the screen allows (below).
        scroll.setMinimumHeight(min(content.sizeHint().height() + 8, 280))
        self._wanted_height = content.sizeHint().height() + 8
        return scroll

    def _default_note(self, language: str) -> str:
        # The built-in text in the current language is what the shop starts from.
        return default_note_text() if language == self._settings.language else ""

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop's logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def edited(self) -> Settings:
        """The settings as the form has them now (not checked, not saved)."""
        edited = replace(
            self._settings,
            language=str(self.language.currentData()),
            money_unit=MoneyUnit(str(self.unit.currentData())),
            currency_name=self.currency_name.text().strip(),
            currency_decimals=self.currency_decimals.value(),
            calendar=str(self.calendar.currentData() or ""),
            shop_name=self.shop.text().strip() or self._settings.shop_name,
            branch=self.branch.text(),
            logo=self.logo.text().strip(),
            card_back=self.card_back.isChecked(),
            note_text_fa=self.note_fa.toPlainText().strip(),
            note_text_en=self.note_en.toPlainText().strip(),
            thermal_printer=self.thermal.text().strip(),
            thermal_paper=str(self.thermal_paper.currentData()),
            printer=str(self.printer.currentData() or ""),
            auto_print=str(self.auto_print.currentData()),
        )
        return self.till.edited(edited)

    def _show_errors(self, errors: dict[str, DomainError]) -> None:
        language = self._settings.language
        for name, label in (
            ("logo", self.logo_error),
            ("note_text_fa", self.note_fa_error),
            ("note_text_en", self.note_en_error),
            ("thermal_printer", self.thermal_error),
        ):
            error = errors.get(name)
            label.setText(error_text(error, language) if error else "")

    def save(self) -> None:
        updated = self.edited()
        money = money_settings_errors(updated)
        language = self._settings.language
        for name, label in (
            ("currency_name", self.currency_name_error),
            ("currency_decimals", self.currency_decimals_error),
        ):
            error = money.get(name)
            label.setText(error_text(error, language) if error else "")
        if money:
            self.tabs.setCurrentIndex(0)
            wrong = self.currency_name if "currency_name" in money else self.currency_decimals
            wrong.setFocus()
            return
        try:
            updated = replace(updated, branch=check_branch(updated.branch))
        except DomainError as error:
            self.branch_error.setText(error_text(error, language))
            self.tabs.setCurrentIndex(0)
            self.branch.setFocus()
            return
        self.branch_error.setText("")
        errors = print_settings_errors(updated)
        self._show_errors(errors)
        if errors:
            self.tabs.setCurrentIndex(1)
            return
        folder = self.receipts_folder.edited(updated)
        if folder is None:
            self.tabs.setCurrentWidget(self.receipts_folder)
            return
        updated = folder
        if self.shared_club.busy:
            return  # a check or a move is under way: its answer decides
        shared = self.shared_club.edited(updated)
        if shared is None:
            self.tabs.setCurrentWidget(self.shared_club_page)
            return
        if not self._server_choice_confirmed(shared):
            self.tabs.setCurrentWidget(self.shared_club_page)
            return
        try:
            self.shared_club.keep_password()
        except DomainError as error:
            self.tabs.setCurrentWidget(self.shared_club_page)
            self.shared_club.result.setStyleSheet(ERROR_STYLE)
            self.shared_club.result.setText(error_text(error, language))
            return
        shared.save()
        self.saved = shared
        self.accept()

    def _server_choice_confirmed(self, shared: Settings) -> bool:
        """A new server is saved only once a check found the club there; leaving the shared
        club is asked first: the file on this computer is the club as it was before."""
        before = self._settings
        tab = self.shared_club
        if shared.uses_server:
            password = tab.typed_password()
            changed = not before.uses_server or shared.server != before.server
            found = tab.finding_for(shared.server, password)
            if (changed or tab.password.text()) and found is not Finding.CLUB:
                why = (
                    self.tr(
                        "That database is empty: move this counter's club there (Move my club "
                        "to this server…), or give the database the shared club is in."
                    )
                    if found is Finding.EMPTY
                    else self.tr(
                        "Press Test connection first: this counter is switched to a server "
                        "only once the club was found there (a counter that cannot reach "
                        "its server at the start does not open)."
                    )
                )
                tab.result.setStyleSheet(ERROR_STYLE)
                tab.result.setText(self._settings.display().sentence(why))
                return False
            return True
        if before.uses_server and before.database_url is None:
            answer = QMessageBox.question(
                self,
                self.tr("Leave the shared club"),
                self._settings.display().sentence(
                    self.tr(
                        "This counter goes back to the club file on this computer as it was "
                        "before it joined the server: none of the sales made since at any "
                        "counter are in it. Leave the shared club?"
                    )
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            return answer == QMessageBox.StandardButton.Yes
        return True

    def reject(self) -> None:
        if self.shared_club.busy:
            # A move under way finishes (or fails) first: closing now would leave this
            # window on the old file while the settings switch to the server.
            return
        super().reject()

    def database_changed(self) -> bool:
        """Whether the saved settings name another database (used from the next start)."""
        return self.saved is not None and self.saved.database() != self._settings.database()

    def _club_moved(self, switched: Settings) -> None:
        self.saved = switched
        self.moved = True
        self.accept()

    def print_test_page(self) -> None:
        """A test page on the receipt printer as typed, before the settings are saved."""
        if self._desk is None:
            return
        candidate = self.edited()
        errors = print_settings_errors(candidate)
        self._show_errors(errors)
        if "thermal_printer" in errors:
            return
        if not candidate.thermal_printer:
            self.thermal_error.setText(self.tr("Write the receipt printer's connection first."))
            return
        desk = self._desk.with_settings(candidate)
        document = desk.maker.test_page(Paper(candidate.thermal_paper))
        self.test_button.setEnabled(False)
        self.test_message.setText(self.tr("Printing the test page…"))

        def done(_result: object) -> None:
            self.test_button.setEnabled(True)
            self.test_message.setStyleSheet("color: #1b5e20;")
            self.test_message.setText(
                self.tr("The test page was sent. Is the Persian line joined and right to left?")
            )

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            if not isinstance(error, DomainError):
                raise error
            self.test_message.setStyleSheet(ERROR_STYLE)
            self.test_message.setText(error_text(error, self._settings.language))

        self._task = run_in_background(lambda: desk.send(document, THERMAL), done, failed)

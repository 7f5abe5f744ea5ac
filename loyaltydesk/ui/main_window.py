"""The main window: navigation between the parts that exist, and nothing else."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.devices.desk import PrintDesk
from loyaltydesk.devices.receipts_folder import FolderEvent
from loyaltydesk.diagnostics import Diagnostics
from loyaltydesk.domain.cards import card_groups
from loyaltydesk.domain.coupons import Coupon
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.private_files import private_file
from loyaltydesk.services.accounting import AccountingService
from loyaltydesk.services.api_tokens import ApiTokenService
from loyaltydesk.services.audit import AuditService
from loyaltydesk.services.backups import BackupResult, BackupService
from loyaltydesk.services.campaigns import CampaignService
from loyaltydesk.services.counter import CounterService
from loyaltydesk.services.coupons import CouponService
from loyaltydesk.services.feedback import FeedbackService
from loyaltydesk.services.imports import ImportService
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.merge import MergeService
from loyaltydesk.services.offline import CounterLink, SyncReport
from loyaltydesk.services.outbox import OutboxService
from loyaltydesk.services.receipts_folder import Outcome, ReceiptsFolderService
from loyaltydesk.services.report_tables import Table
from loyaltydesk.services.reports import ReportService
from loyaltydesk.services.rules import RulesService
from loyaltydesk.services.shared_club import SharedClubService
from loyaltydesk.services.shift import ShiftService
from loyaltydesk.services.sync_conflicts import SyncConflictService
from loyaltydesk.services.till import TillService
from loyaltydesk.services.views import CardFace, MemberView
from loyaltydesk.settings import Settings
from loyaltydesk.ui.about import app_icon, product_name, show_about
from loyaltydesk.ui.accounting import ExportKind, ledger_table, members_table
from loyaltydesk.ui.backups.dialog import BackupsDialog, warning_text
from loyaltydesk.ui.campaigns.view import CampaignsView
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.counter.shift_dialog import ShiftReportDialog
from loyaltydesk.ui.counter.view import CounterView
from loyaltydesk.ui.coupons.view import CouponsView
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import role_label
from loyaltydesk.ui.members.details_dialog import MemberDetailsDialog
from loyaltydesk.ui.members.duplicates_dialog import DuplicatesDialog
from loyaltydesk.ui.members.register_dialog import RegisterDialog
from loyaltydesk.ui.members.view import CardChoice, MembersView
from loyaltydesk.ui.offline.light import ClubLight
from loyaltydesk.ui.offline.queue_dialog import OfflineQueueDialog
from loyaltydesk.ui.outbox.mail_dialog import MailServerDialog
from loyaltydesk.ui.outbox.view import OutboxView
from loyaltydesk.ui.printing.controller import PrintingUi
from loyaltydesk.ui.receipts_folder import FolderAtCounter, event_text
from loyaltydesk.ui.reports.exporting import export_table
from loyaltydesk.ui.reports.view import ReportsView
from loyaltydesk.ui.rules.view import RulesView
from loyaltydesk.ui.scanner import ScannerFilter, looks_like_coupon
from loyaltydesk.ui.settings.dialog import SettingsDialog
from loyaltydesk.ui.settings.shared_club import SharedClubActions
from loyaltydesk.ui.settings.till import TokenActions
from loyaltydesk.ui.staff.audit_view import AuditView
from loyaltydesk.ui.staff.dialogs import ask_sign_in
from loyaltydesk.ui.staff.idle import IdleWatcher
from loyaltydesk.ui.staff.session import Session
from loyaltydesk.ui.staff.view import StaffView
from loyaltydesk.ui.tasks import Task, run_in_background
from loyaltydesk.ui.till.host import TillApiHost

log = logging.getLogger(__name__)
# Not F8: at the counter F8 takes back the member's last action (README), and one key on two
# actions fires neither.
REPORTS_KEY = "F10"
# The one function key left free by the counter and the other parts (README's key table).
COUPONS_KEY = "F11"
# The last function key: another cashier takes the counter (their PIN), the member on
# screen is cleared.
SWITCH_KEY = "F12"
DAY_MS = 24 * 60 * 60 * 1000
# How often the window looks whether the day's backup is due (and refreshes its warning).
BACKUP_CHECK_MS = 60 * 60 * 1000


def _close_open_forms() -> None:
    """Every form open over the window, innermost first (a preview over member details is
    two forms deep)."""
    for _ in range(8):
        open_form = QApplication.activeModalWidget()
        if open_form is None:
            break
        open_form.close()


def _next_start(settings: Settings) -> tuple[object, ...]:
    """What a saved change of takes effect only from the next start."""
    return (
        settings.language,
        settings.calendar,
        settings.money_unit,
        settings.currency_name,
        settings.currency_decimals,
    )


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        membership: MembershipService,
        counter: CounterService,
        audit: AuditService,
        session: Session,
        scanner: ScannerFilter,
        desk: PrintDesk | None = None,
        rules: RulesService | None = None,
        parent: QWidget | None = None,
        reports: ReportService | None = None,
        coupons: CouponService | None = None,
        campaigns: CampaignService | None = None,
        outbox: OutboxService | None = None,
        feedback: FeedbackService | None = None,
        shift: ShiftService | None = None,
        diagnostics: Callable[[], Diagnostics] | None = None,
        imports: ImportService | None = None,
        merges: MergeService | None = None,
        accounting: AccountingService | None = None,
        backups: BackupService | None = None,
        link: CounterLink | None = None,
        conflicts: SyncConflictService | None = None,
        club_place: str = "",
        shared_club: SharedClubService | None = None,
        api_tokens: ApiTokenService | None = None,
        till_api: TillApiHost | None = None,
        till: TillService | None = None,
        receipts: ReceiptsFolderService | None = None,
    ) -> None:
        super().__init__(parent)
        self._api_tokens = api_tokens
        self.till_api = till_api
        if till_api is not None:
            till_api.setParent(self)
            till_api.changed.connect(self._show_till_api_problem)
        self._conflicts = conflicts
        self._diagnostics = diagnostics
        self._imports = imports
        self._merges = merges
        self._accounting = accounting
        self._backups = backups
        self._shared_club = shared_club
        self._backup_task: Task | None = None
        self._backup_timer: QTimer | None = None
        self._feedback = feedback
        self._shift = shift
        self._settings = settings
        self._membership = membership
        self._audit = audit
        self.session = session
        self.bus = ChangeBus(self)
        if till_api is not None:
            # A credit the POS made through the API shows at once on the member on screen.
            till_api.member_changed.connect(self.bus.member_changed.emit)
        self._task: Task | None = None
        self._export_task: Task | None = None
        self.display = settings.display()
        state = settings.data_dir / "window.ini"
        if settings.data_dir.is_dir():
            # Qt keeps the mode of the file it rewrites: the owner's alone, as all in the
            # data folder (loyaltydesk/private_files). Not a reason to refuse a window.
            with contextlib.suppress(OSError):
                private_file(state)
        self._state = QSettings(str(state), QSettings.Format.IniFormat)
        self.setWindowTitle(self._title())
        self.setWindowIcon(app_icon())
        self.printing = PrintingUi(desk, self.display, self) if desk is not None else None
        self.counter = CounterView(
            membership,
            counter,
            self.display,
            self.bus,
            session,
            self.open_register,
            self.open_details,
            print_receipt=self.printing.receipt if self.printing else None,
            auto_print=settings.auto_print,
            coupons=coupons,
            feedback=feedback,
            link=link,
            till=till,
            counter_name=settings.counter,
        )
        self._link = self.counter.link
        self.members = MembersView(
            membership,
            self.display,
            self.bus,
            self.open_details,
            print_cards=self.print_cards if self.printing else None,
            duplicates=self.open_duplicates if merges is not None else None,
            export=self.export_for_accountant if accounting is not None else None,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.counter, self.tr("Counter"))
        self.tabs.currentChanged.connect(lambda _index: self._show_offline_hint())
        # Which club, and whether its server answers: in sight on every part, in no extra row.
        self.club_light = ClubLight(self._link, self.display, club_place, self)
        self.club_light.clicked.connect(self.open_offline_queue)
        self.club_light.synced.connect(self._on_synced)
        self.club_light.reached.connect(self._server_answered)
        self.club_light.lost.connect(self._show_offline_hint)
        # Started while the server did not answer: the jobs that need it wait for it.
        self._until_online: list[Callable[[], None]] = []
        # What opens a dialog on the server's data: offered while it answers (with whether
        # this window offers it at all; the menu adds them).
        self._server_actions: list[tuple[QAction, bool]] = []
        self.tabs_hint = QLabel()
        self.tabs_hint.setObjectName("offlineHint")
        self.tabs_hint.setWordWrap(True)
        self.tabs_hint.setStyleSheet("background: #fff4e5; color: #8a5300; padding: 6px;")
        self.tabs_hint.setVisible(False)
        # Beside the menus, where the bar is empty: beside the parts it pushed the last tabs
        # behind scroll arrows on a 1024-pixel screen.
        self.menuBar().setCornerWidget(self.club_light, Qt.Corner.TopRightCorner)
        self.tabs.addTab(self.members, self.tr("Members"))
        self.rules: RulesView | None = None
        if rules is not None:
            self.rules = RulesView(rules, self.display, self.bus, session=session)
            self.tabs.addTab(self.rules, self.tr("Club rules"))
        self.reports: ReportsView | None = None
        if reports is not None:
            self.reports = ReportsView(
                reports,
                self.display,
                self.bus,
                self.open_details,
                lambda: self._settings,
                self._settings_saved,
                fonts=desk.fonts if desk is not None else None,
                give_coupon=self.give_coupons if coupons is not None else None,
                session=session,
                exported=lambda what, rows, path: audit.exported(
                    what, rows, path, self.session.actor
                ),
            )
            self.tabs.addTab(self.reports, self.tr("Reports"))
        self.coupons: CouponsView | None = None
        if coupons is not None:
            self.coupons = CouponsView(
                coupons,
                membership,
                rules.rewards if rules is not None else list,
                self.display,
                self.bus,
                session,
                self.open_details,
                print_coupons=self.print_coupons if self.printing else None,
            )
            self.tabs.addTab(self.coupons, self.tr("Coupons"))
        self.campaigns: CampaignsView | None = None
        if campaigns is not None:
            self.campaigns = CampaignsView(campaigns, self.display, self.bus, session)
            self.tabs.addTab(self.campaigns, self.tr("Campaigns"))
        self._outbox = outbox
        self.outbox: OutboxView | None = None
        if outbox is not None:
            self.outbox = OutboxView(
                outbox, self.display, self.bus, self.open_mail_server, session=session
            )
            self.tabs.addTab(self.outbox, self.tr("Outbox"))
        self.staff: StaffView | None = None
        self.audit: AuditView | None = None
        if session.staff is not None:
            self.staff = StaffView(session.staff, self.display, session)
            # The offline limit just saved is the one this counter keeps for a dropped line.
            self.staff.policy_saved.connect(self._link.probe)
            self.tabs.addTab(self.staff, self.tr("Staff"))
            self.audit = AuditView(audit, session.staff, self.display, session)
            self.tabs.addTab(self.audit, self.tr("Audit trail"))
        # Says a failed or missed backup until the next good one; takes no room otherwise.
        self.backup_warning = QLabel()
        self.backup_warning.setObjectName("backupWarning")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.setStyleSheet(
            "background: #fdecea; color: #b3261e; padding: 6px; border-bottom: 1px solid #f5c2bd;"
        )
        self.backup_warning.setVisible(False)
        # What keeps the till's POS from reaching this counter (its API cannot listen, its
        # receipts folder cannot be watched): in full until it is fixed, not a status-bar
        # line the next folder credit replaces or a 1024-pixel screen cuts off.
        self.till_problems = QLabel()
        self.till_problems.setObjectName("tillProblems")
        self.till_problems.setWordWrap(True)
        self.till_problems.setStyleSheet("background: #fdecea; color: #b3261e; padding: 6px;")
        self.till_problems.setVisible(False)
        self._standing: dict[str, str] = {}
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.backup_warning)
        central_layout.addWidget(self.till_problems)
        central_layout.addWidget(self.tabs_hint)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._idle = IdleWatcher(parent=self)
        self._idle.idle.connect(self.lock)
        self._build_menu()
        session.changed.connect(self._show_what_they_may_do)
        self._show_what_they_may_do()
        self._show_offline_hint()  # a counter started while its server does not answer
        self.bus.database_state.connect(self._show_database_state)
        # A POS's receipts dropped into the folder the owner chose: credited while open.
        self.receipts_folder: FolderAtCounter | None = None
        if receipts is not None:
            self.receipts_folder = FolderAtCounter(
                receipts, lambda: self.session.actor, self.display, self
            )
            self.receipts_folder.happened.connect(self._on_folder_receipt)
            self._watch_receipts_folder()
        scanner.scanned.connect(self._on_scan)
        scanner.ignored.connect(self._on_scan_during_question)
        geometry = self._state.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        self._fit_on_screen()

    def _fit_on_screen(self) -> None:
        """Never larger than the screen it is on (a 1024×600 POS screen included), even
        when the geometry was saved on a bigger one."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        if self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))

    def start_club_light(self) -> None:
        """A counter of a shared club: ask the server every few seconds while it does not
        answer or something waits, and send the queue as soon as it answers."""
        self.club_light.start()

    def _offline(self) -> bool:
        return self._link.can_queue and self._link.online is False

    def _show_offline_hint(self) -> None:
        """Every part but the counter reads the server: while it does not answer, one calm
        line above it says so, and the part fills itself when the server answers."""
        offline = self._offline()
        # What they show is not the club as it is, and what they would save cannot be: an
        # empty rule form or an Add button to press is worse than a greyed part.
        for index in range(self.tabs.count()):
            part = self.tabs.widget(index)
            if part is not None and part is not self.counter:
                part.setEnabled(not offline)
        for action, offered in self._server_actions:
            action.setEnabled(offered and not offline)
        shown = offline and self.tabs.currentWidget() is not self.counter
        if shown:
            self.tabs_hint.setText(
                self.display.sentence(
                    self.tr(
                        "The club's server does not answer, so this part cannot be shown now. "
                        "It fills itself as soon as the server answers; the counter goes on "
                        "working meanwhile."
                    )
                )
            )
        self.tabs_hint.setVisible(shown)

    def _when_online(self, start: Callable[[], None]) -> None:
        """Now, or when the server first answers (a counter started offline)."""
        if self._offline():
            self._until_online.append(start)
        else:
            start()

    def _server_answered(self) -> None:
        """Schema checked, staff remembered, queue sent (CounterLink.probe and sync): the
        parts that could not be read fill themselves, and the waiting jobs start."""
        self._show_offline_hint()
        self.bus.database_state.emit("")
        self.bus.club_changed.emit()
        waiting, self._until_online = self._until_online, []
        for start in waiting:
            start()

    def _on_synced(self, report: SyncReport) -> None:
        self.counter.after_sync()
        for member_id in report.members:
            self.bus.member_changed.emit(member_id)
        if report.conflicts or report.refused:
            d = self.display
            parts = [self.tr("Sent from this counter: {sent}.").format(sent=d.n(report.sent))]
            if report.refused:
                parts.append(
                    self.tr("Refused by the server: {count}.").format(
                        count=d.n(len(report.refused))
                    )
                )
            if report.conflicts:
                parts.append(
                    self.tr("Rewards the points no longer covered: {count}.").format(
                        count=d.n(report.conflicts)
                    )
                )
            parts.append(self.tr("See Club → Offline queue."))
            bar = self.statusBar()
            bar.setStyleSheet("color: #8a5300;")  # to look at, not an error
            bar.showMessage(d.sentence(" ".join(parts)))
            bar.show()

    def open_offline_queue(self) -> None:
        if self._conflicts is None:
            return
        dialog = OfflineQueueDialog(
            self._link, self._conflicts, self.session, self.display, self.bus, self
        )
        dialog.exec()
        self.club_light.show_state()

    def _show_database_state(self, problem: str) -> None:
        """A server that does not answer is said calmly in the status bar until it does."""
        self.club_light.show_state()
        self._show_offline_hint()
        if problem:
            bar = self.statusBar()  # made the first time: no empty bar on a small screen
            bar.setStyleSheet("color: #b3261e;")
            bar.showMessage(problem)
            bar.show()
        elif (shown := self.findChild(QStatusBar)) is not None:
            shown.clearMessage()
            shown.hide()

    # -- scans --------------------------------------------------------------------------

    def _on_scan(self, code: str) -> None:
        """A card scanned anywhere in the window. At the counter it shows the member; over
        another part or a form it never lands in a field: the cashier is offered the
        counter with that member."""
        modal = QApplication.activeModalWidget()
        if looks_like_coupon(code):
            self._on_coupon_scan(code, modal)
            return
        if modal is None and self.tabs.currentWidget() is self.counter:
            self.counter.show_scanned(code)
            return
        d = self.display
        parent = modal or self
        try:
            member = self._membership.resolve(code)
        except DomainError as error:
            QMessageBox.warning(parent, self.tr("Card scanned"), error_text(error, d))
            return
        question = self.tr("Card {card} belongs to {name}. Go to the counter with them?").format(
            card=d.code(card_groups(code)), name=d.text(member.name)
        )
        if modal is not None:
            question += " " + self.tr("This window closes; what is not saved in it is lost.")
        answer = QMessageBox.question(
            parent,
            self.tr("Card scanned"),
            d.sentence(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        _close_open_forms()
        self.tabs.setCurrentWidget(self.counter)
        self.activateWindow()
        self.counter.select_member(member.id)

    def _on_coupon_scan(self, code: str, modal: QWidget | None) -> None:
        """A coupon scanned: over the Coupons part the list shows it; anywhere else in the
        window it goes to the counter, for the purchase being entered there. Over a form it
        never lands in a field: the form says where to scan it."""
        if modal is not None:
            QMessageBox.information(
                modal,
                self.tr("Coupon scanned"),
                self.display.sentence(
                    self.tr("Coupon {code}: close this window and scan it at the counter.").format(
                        code=self.display.code(code)
                    )
                ),
            )
            return
        if self.coupons is not None and self.tabs.currentWidget() is self.coupons:
            self.coupons.show_code(code)
            return
        self.tabs.setCurrentWidget(self.counter)
        self.activateWindow()
        self.counter.show_coupon(code)

    def _on_scan_during_question(self, _code: str) -> None:
        """The scanner's Enter would have answered the question on screen for the customer
        before; it was held back. A beep says the card was not taken."""
        QApplication.beep()

    def _title(self) -> str:
        """The product's name in the shop's language, with the shop's own name once set."""
        shop = self._settings.shop_name
        if not shop or shop == Settings.shop_name:
            return product_name()
        return self.tr("LoyaltyDesk — {shop}").format(shop=shop)

    def open_about(self) -> None:
        if self._diagnostics is not None:
            show_about(self._diagnostics, self)

    def _build_menu(self) -> None:
        club = self.menuBar().addMenu(self.tr("&Club"))
        # Each with what it takes: the menu offers only what the person at the counter may do
        # (the services refuse the rest anyway).
        self._actions: list[tuple[QAction, Permission | None]] = []
        # Switching and locking mean something only where there are accounts.
        self._account_actions: list[QAction] = []
        server_slots = (
            self.open_shift_report,
            self.open_import,
            self.open_duplicates,
            self.open_mail_server,
            self.open_backups,
            self.backup,
            self.restore,
        )
        for text, shortcut, slot, permission in (
            (self.tr("&Counter"), "F5", lambda: self.tabs.setCurrentWidget(self.counter), None),
            (self.tr("&Members"), "F6", lambda: self.tabs.setCurrentWidget(self.members), None),
            (self.tr("Club &rules"), "F7", self._show_rules, Permission.EDIT_RULES),
            (self.tr("R&eports"), REPORTS_KEY, self._show_reports, Permission.REPORTS),
            (self.tr("C&oupons"), COUPONS_KEY, self._show_coupons, None),
            (self.tr("S&hift report…"), None, self.open_shift_report, None),
            (self.tr("&Import members…"), None, self.open_import, Permission.IMPORT),
            (self.tr("Possible &duplicates…"), None, self.open_duplicates, Permission.MERGE),
            (
                self.tr("Export &members…"),
                None,
                lambda: self.export_for_accountant(ExportKind.MEMBERS),
                Permission.EXPORT,
            ),
            (
                self.tr("Export the &ledger…"),
                None,
                lambda: self.export_for_accountant(ExportKind.LEDGER),
                Permission.EXPORT,
            ),
            (self.tr("&Outbox"), None, self._show_outbox, Permission.OUTBOX),
            (self.tr("S&taff"), None, self._show_staff, Permission.STAFF),
            (self.tr("&Audit trail"), None, self._show_audit, Permission.AUDIT),
            (self.tr("E-mail &server…"), None, self.open_mail_server, Permission.SETTINGS),
            (self.tr("Offline &queue…"), None, self.open_offline_queue, None),
            (self.tr("Bac&kups…"), None, self.open_backups, Permission.BACKUP),
            (self.tr("&Back up…"), None, self.backup, Permission.BACKUP),
            (self.tr("&Restore from a backup…"), None, self.restore, Permission.RESTORE),
            (self.tr("&Settings…"), None, self.open_settings, Permission.SETTINGS),
            (self.tr("S&witch cashier"), SWITCH_KEY, self.switch_cashier, None),
            (self.tr("&Lock the counter"), "Ctrl+L", self.lock, None),
            (self.tr("&Quit"), "Ctrl+Q", self.close, None),
        ):
            action = QAction(text, self)
            if slot == self.open_shift_report:
                action.setObjectName("shiftReportAction")
                action.setEnabled(self._shift is not None)
            if slot == self.open_import:
                action.setObjectName("importAction")
                action.setEnabled(self._imports is not None)
            if slot == self.open_duplicates:
                action.setObjectName("duplicatesAction")
                action.setEnabled(self._merges is not None)
            if slot == self.open_offline_queue:
                action.setObjectName("offlineQueueAction")
                # A club in a file on this computer never queues anything.
                action.setEnabled(self._link.can_queue and self._conflicts is not None)
            if slot in server_slots or permission is Permission.EXPORT:
                self._server_actions.append((action, action.isEnabled()))
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            club.addAction(action)
            self._actions.append((action, permission))
            if slot in (self.switch_cashier, self.lock):
                self._account_actions.append(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About LoyaltyDesk…"), self)
        about.setObjectName("aboutAction")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.setEnabled(self._diagnostics is not None)
        about.triggered.connect(self.open_about)
        help_menu.addAction(about)

    # -- who is at the counter ------------------------------------------------------------

    def _show_what_they_may_do(self) -> None:
        """Parts and menu entries the person at the counter may not use are hidden; the
        window title says who it is."""
        session = self.session
        for part, permission in (
            (self.rules, Permission.EDIT_RULES),
            (self.reports, Permission.REPORTS),
            (self.campaigns, Permission.RUN_CAMPAIGN),
            (self.outbox, Permission.OUTBOX),
            (self.staff, Permission.STAFF),
            (self.audit, Permission.AUDIT),
        ):
            if part is not None:
                index = self.tabs.indexOf(part)
                if index >= 0:
                    self.tabs.setTabVisible(index, session.may(permission))
        if not self.tabs.isTabVisible(self.tabs.currentIndex()):
            self.tabs.setCurrentWidget(self.counter)
        for action, wanted in self._actions:
            action.setVisible(wanted is None or session.may(wanted))
        for action in self._account_actions:
            action.setVisible(session.accounts())
        self.members.set_allowed(
            duplicates=session.may(Permission.MERGE), export=session.may(Permission.EXPORT)
        )
        title = self._title()
        if session.accounts():
            actor = session.actor
            title += " — " + self.tr("{name} ({role})").format(
                name=actor.staff, role=role_label(actor.role)
            )
        self.setWindowTitle(title)

    def sign_in(self, *, cancellable: bool = False, preselected: str | None = None) -> bool:
        """A name and PIN for this counter (the start of a shift, after the lock, a switch).
        Returns whether someone signed in."""
        staff = self.session.staff
        if staff is None:
            return False
        self._idle.pause()
        try:
            actor = ask_sign_in(
                self,
                staff,
                self.display,
                self._settings.counter,
                branch=self._settings.branch_name,
                preselected=preselected,
                cancellable=cancellable,
            )
        finally:
            self._idle.resume()
        if actor is None:
            return False
        self.session.set_actor(actor)
        self.start_idle_lock()
        # The keyboard (and the scanner) belong to the window again, ready for a customer.
        self.activateWindow()
        if self.tabs.currentWidget() is self.counter:
            self.counter.search.setFocus()
        return True

    def start_idle_lock(self) -> None:
        """The owner's idle minutes, from now (signed in some other way than sign_in)."""
        if self.session.staff is not None and self.session.accounts():
            self._idle.set_minutes(self.session.staff.policy().idle_minutes)

    def _leave(self, *, locked: bool) -> Actor:
        """The person at the counter goes: recorded, and their customer is off the screen."""
        leaving = self.session.actor
        self.counter.clear()
        if self.session.staff is not None:
            try:
                self.session.staff.sign_out(leaving, locked=locked)
            except DomainError as error:  # a database that is away does not keep the lock off
                log.warning("sign-out not recorded: %s", error)
        return leaving

    def lock(self) -> None:
        """Nobody touched the counter for the owner's minutes (or Ctrl+L): the member on
        screen is cleared and only a PIN opens the window again."""
        if not self.session.accounts():
            return
        _close_open_forms()  # what was open for the customer goes with them
        self.tabs.setCurrentWidget(self.counter)
        leaving = self._leave(locked=True)
        self.sign_in(preselected=leaving.staff)

    def switch_cashier(self) -> None:
        """F12: another cashier takes the counter with their PIN; Esc keeps the one there."""
        if not self.session.accounts() or self.session.staff is None:
            return
        staying = self.session.actor
        if self.sign_in(cancellable=True) and self.session.actor.staff_id != staying.staff_id:
            self.counter.clear()
            self.session.staff.sign_out(staying)

    def _show_staff(self) -> None:
        if self.staff is not None:
            self.tabs.setCurrentWidget(self.staff)
            self.staff.refresh()

    def _show_audit(self) -> None:
        if self.audit is not None:
            self.tabs.setCurrentWidget(self.audit)
            self.audit.refresh()

    def open_shift_report(self) -> None:
        """The shift report of the person at this counter (any name may be typed in it)."""
        if self._shift is None:
            return
        printing = self.printing
        ShiftReportDialog(
            self._shift,
            self.display,
            self.session.actor,
            parent=self,
            print_report=printing.shift_report if printing is not None else None,
            save_pdf=printing.save_shift_report if printing is not None else None,
        ).exec()

    def open_import(self) -> None:
        """Members from another system's list (a manager's or the owner's)."""
        if self._imports is None:
            return
        from loyaltydesk.ui.members.import_dialog import ImportDialog

        dialog = ImportDialog(
            self._imports,
            self.display,
            lambda: self.session.actor,
            self.bus.club_changed.emit,
            self,
        )
        dialog.exec()
        dialog.deleteLater()

    def open_duplicates(self) -> None:
        """Members that are probably one person, merged by the manager or the owner."""
        if self._merges is None:
            return
        DuplicatesDialog(
            self._merges, self.display, self.session, self.bus, self.open_details, parent=self
        ).exec()

    def export_for_accountant(self, kind: ExportKind) -> None:
        """Members or the whole ledger to CSV or XLSX (the owner's: personal data)."""
        if self._accounting is None:
            return
        accounting, audit, actor, d = (
            self._accounting,
            self._audit,
            self.session.actor,
            self.display,
        )
        try:
            audit.may_export(actor)  # refused before anything is read
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Export"), error_text(error, d))
            return

        def read() -> Table:
            if kind is ExportKind.MEMBERS:
                return members_table(accounting.members(actor), d)
            return ledger_table(accounting.ledger(actor), d)

        def ready(table: Table) -> None:
            export_table(
                self,
                table,
                d,
                done=lambda path: audit.exported(
                    f"export:{kind.value}", len(table.rows), path, actor
                ),
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            QMessageBox.warning(self, self.tr("Export"), error_text(error, d))

        self._export_task = run_in_background(read, ready, failed)

    def _show_rules(self) -> None:
        if self.rules is not None:
            self.tabs.setCurrentWidget(self.rules)

    def _show_outbox(self) -> None:
        if self.outbox is not None:
            self.tabs.setCurrentWidget(self.outbox)
            self.outbox.refresh()

    def open_mail_server(self) -> None:
        if self._outbox is not None:
            MailServerDialog(self._outbox, self.display, self, actor=self.session.actor).exec()

    def _show_reports(self) -> None:
        if self.reports is not None:
            self.tabs.setCurrentWidget(self.reports)

    def _show_coupons(self) -> None:
        if self.coupons is not None:
            self.tabs.setCurrentWidget(self.coupons)

    def give_coupons(self, member_ids: list[int], parent: QWidget) -> None:
        """A coupon for each member chosen in a report list: the issue dialog, preset."""
        if self.coupons is not None:
            self.coupons.issue(member_ids, parent)

    def print_coupons(self, coupons: list[Coupon]) -> None:
        if self.printing is not None:
            self.printing.coupons(coupons)

    def _settings_saved(self, settings: Settings) -> None:
        """Settings saved from a part of the window (the report options): the next
        settings dialog starts from them."""
        self._settings = settings
        if self.printing is not None:
            self.printing.desk = self.printing.desk.with_settings(settings)

    def open_register(self, typed: str) -> MemberView | None:
        dialog = RegisterDialog(self._membership, self.display, self.session.actor, typed, self)
        dialog.exec()
        return dialog.registered

    def open_details(self, member_id: int) -> None:
        MemberDetailsDialog(
            self._membership,
            self.display,
            self.bus,
            self.session.actor,
            member_id,
            self,
            print_card=self.printing.card if self.printing else None,
            feedback=self._feedback,
        ).exec()

    def print_cards(self, choice: CardChoice, member_ids: list[int]) -> None:
        if self.printing is None:
            return
        printouts = self.printing.desk.printouts
        loaders: dict[CardChoice, Callable[[], list[CardFace]]] = {
            CardChoice.SELECTED: lambda: printouts.cards_of(member_ids),
            CardChoice.LISTED: lambda: printouts.cards_of(member_ids),
            CardChoice.NEW_THIS_WEEK: lambda: printouts.cards_joined_since(
                dt.datetime.now(dt.UTC) - dt.timedelta(days=7)
            ),
            CardChoice.EVERYONE: lambda: printouts.cards_joined_since(None),
        }
        self.printing.sheet(loaders[choice])

    def open_settings(self) -> None:
        desk = self.printing.desk if self.printing else None
        dialog = SettingsDialog(
            self._settings,
            self,
            desk=desk,
            shared_club=self._club_actions(),
            tokens=self._token_actions(),
            till_host=self.till_api,
        )
        if dialog.exec() and dialog.moved:
            QMessageBox.information(
                self,
                self.tr("Shared club"),
                self.tr(
                    "The club is on the server now. LoyaltyDesk closes: open it again to "
                    "work on the shared club (the file on this computer is kept as it was)."
                ),
            )
            # Not one more sale into the old file.
            self.close()
            return
        if dialog.result() and dialog.saved is not None:
            before, self._settings = self._settings, dialog.saved
            self.serve_till_api()
            self._watch_receipts_folder()
            if dialog.saved.branch_name != self.session.actor.branch:
                # The very next line this counter writes carries the new branch.
                self.session.set_actor(replace(self.session.actor, branch=dialog.saved.branch_name))
            if self.printing is not None:
                # Printing settings apply at once; language, calendar and money at the next start.
                self.printing.desk = self.printing.desk.with_settings(dialog.saved)
                self.counter.set_auto_print(dialog.saved.auto_print)
            if dialog.database_changed():
                later = self.tr("Saved. Restart LoyaltyDesk to use the new database (shared club).")
            elif _next_start(before) != _next_start(dialog.saved):
                later = self.tr(
                    "Saved. Restart LoyaltyDesk to use the new language, calendar or money."
                )
            else:
                # All of it in use already (the branch, printing, the till): nothing to do.
                self._show_note(self.tr("Settings saved."), trouble=False)
                return
            QMessageBox.information(self, self.tr("Settings"), later)

    def serve_till_api(self) -> None:
        """The till's API as the settings say: started, moved or stopped at once."""
        if self.till_api is not None:
            self.till_api.apply(self._settings)

    def _show_till_api_problem(self) -> None:
        problem = self.till_api.problem if self.till_api is not None else None
        self._stand("api", error_text(problem, self.display) if problem else None)

    def _stand(self, source: str, problem: str | None) -> None:
        """``source``'s standing problem shown (or, with None, gone: it was fixed)."""
        if problem:
            self._standing[source] = problem
        else:
            self._standing.pop(source, None)
        self.till_problems.setText("\n".join(self._standing.values()))
        self.till_problems.setVisible(bool(self._standing))

    def _token_actions(self) -> TokenActions | None:
        service = self._api_tokens
        if service is None:
            return None
        session = self.session
        return TokenActions(
            listing=lambda: service.listing(session.actor),
            add=lambda name: service.add(name, session.actor),
            revoke=lambda name: service.revoke(name, session.actor),
        )

    def _club_actions(self) -> SharedClubActions | None:
        service = self._shared_club
        if service is None:
            return None
        session = self.session
        return SharedClubActions(
            check=service.check,
            move=lambda address, password, progress: service.move_to_server(
                address, password, session.actor, progress
            ),
        )

    def backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the club"), str(Path.home() / "loyaltydesk-backup.sqlite3")
        )
        if not path:
            return
        actor = self.session.actor
        self._in_background(
            self.tr("Back up"),
            self.tr("Writing the backup…"),
            lambda: self._audit.backup(Path(path), actor),
            lambda written: self.tr("Backup written to {path}").format(path=written),
        )

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"))
        if not path:
            return
        self.restore_from(Path(path))

    def restore_from(self, path: Path, parent: QWidget | None = None) -> None:
        """Replace the club's data with the backup ``path``, after a plain question (and
        the passphrase of an encrypted one). Every part shows the restored data at once."""
        parent = parent or QApplication.activeModalWidget() or self
        answer = QMessageBox.question(
            parent,
            self.tr("Restore"),
            self.display.sentence(
                self.tr(
                    "Replace all the club's data with the backup {file}? Everything done "
                    "since that backup was made (purchases, members, redemptions) is no longer "
                    "in the club afterwards. A copy of the data as it is now is kept first."
                ).format(file=path.name)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase: str | None = None
        if self._backups is not None and self._backups.is_sealed(path):
            typed, ok = QInputDialog.getText(
                parent,
                self.tr("Restore"),
                self.tr("This backup is encrypted. Its passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
            passphrase = typed

        def restored(safety: object) -> str:
            self.bus.club_changed.emit()
            return self.tr("Restored. The data as it was before is kept in {path}").format(
                path=safety
            )

        actor = self.session.actor
        self._in_background(
            self.tr("Restore"),
            self.tr("Restoring the backup…"),
            lambda: self._audit.restore(path, actor, passphrase),
            restored,
            parent=parent,
        )

    def _in_background(
        self,
        title: str,
        busy_text: str,
        work: Callable[[], object],
        done_text: Callable[[Any], str],
        parent: QWidget | None = None,
    ) -> None:
        """Whole-database work can take minutes on a big club: a worker does it while the
        window stays alive and shows that it is busy."""
        owner = parent or self
        progress = QProgressDialog(busy_text, "", 0, 0, owner)
        progress.setWindowTitle(title)
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result: object) -> None:
            progress.close()
            QMessageBox.information(owner, title, done_text(result))

        def failed(error: BaseException) -> None:
            progress.close()
            if not isinstance(error, DomainError):
                raise error
            QMessageBox.warning(owner, title, error_text(error, self.display))

        self._task = run_in_background(work, done, failed)

    def start_daily_jobs(self, jobs: list[Callable[[], int]]) -> None:
        """Run the club's housekeeping (points expiry, tier reviews; each says how many
        members it changed) in a worker now and every day after; the counter goes on
        meanwhile and is refreshed when something changed. Started offline: from when the
        server answers."""
        if self._offline():
            self._when_online(lambda: self.start_daily_jobs(jobs))
            return

        def run_all() -> int:
            return sum(job() for job in jobs)

        def done(changed: object) -> None:
            if changed:
                self.bus.club_changed.emit()

        def failed(error: BaseException) -> None:
            log.error("daily jobs failed", exc_info=error)

        def start() -> None:
            run_in_background(run_all, done, failed)

        self._daily = QTimer(self)
        self._daily.setInterval(DAY_MS)
        self._daily.timeout.connect(start)
        self._daily.start()
        start()

    def start_mail_job(self, send: Callable[[], int], next_time: Callable[[], dt.datetime]) -> None:
        """Queued e-mail out once a day, never in the shop's quiet hours: now if it is
        not quiet, else when they end; then a day later (again moved past quiet hours)."""
        if self._offline():
            self._when_online(lambda: self.start_mail_job(send, next_time))
            return

        def done(sent: object) -> None:
            if sent and self.outbox is not None:
                self.outbox.refresh()

        def failed(error: BaseException) -> None:
            log.error("sending e-mail failed", exc_info=error)

        def start() -> None:
            run_in_background(send, done, failed)
            self._mail_timer.start(DAY_MS)

        def first() -> None:
            when = next_time()
            wait = when - dt.datetime.now(when.tzinfo)
            if wait.total_seconds() <= 60:
                start()
            else:
                self._mail_timer.start(int(wait.total_seconds() * 1000))

        self._mail_timer = QTimer(self)
        self._mail_timer.setSingleShot(True)
        self._mail_timer.timeout.connect(start)
        first()

    # -- backups that run themselves ------------------------------------------------------

    def open_backups(self) -> None:
        if self._backups is None:
            return
        BackupsDialog(
            self._backups,
            self._settings,
            self.display,
            self.session,
            self,
            saved=self._settings_saved,
            finished_run=self._backup_finished,
            restore=self.restore_from,
        ).exec()

    def start_backups(self) -> None:
        """The day's backup now if none was made today, then checked every hour (a copy a
        shop day; after a failure, again an hour later). The warning follows each run."""
        if self._backups is None:
            return
        if self._offline():
            self._when_online(self.start_backups)
            return
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.back_up_if_due)
        self._backup_timer.start()
        self.show_backup_warning()
        self.back_up_if_due()

    def back_up_if_due(self) -> None:
        backups = self._backups
        if backups is None or self._backup_task is not None:
            return
        if not backups.is_due():
            self.show_backup_warning()  # "no backup for N days" moves on with the days
            return

        def done(result: object) -> None:
            self._backup_task = None
            if isinstance(result, BackupResult):
                self._backup_finished(result)

        def failed(error: BaseException) -> None:
            self._backup_task = None
            log.error("scheduled backup failed", exc_info=error)
            self.show_backup_warning()

        self._backup_task = run_in_background(backups.run, done, failed)

    def _backup_finished(self, result: BackupResult) -> None:
        if result.error is not None:
            log.warning("backup failed: %s", result.error)
        self.show_backup_warning()

    def show_backup_warning(self) -> None:
        warning = self._backups.warning() if self._backups is not None else None
        if warning is None:
            self.backup_warning.clear()
            self.backup_warning.setVisible(False)
            return
        self.backup_warning.setText(warning_text(warning, self.display))
        self.backup_warning.setVisible(True)

    def _back_up_at_close(self) -> None:
        """The day's copy was missed (the program opened and closed before it was due, or
        it failed): one try now, with a small progress window, before the program ends."""
        backups = self._backups
        if backups is None or self._backup_timer is None:
            return
        self._backup_timer.stop()
        if self._backup_task is None and not backups.is_due():
            return
        progress = QProgressDialog(self.tr("Backing up the club before closing…"), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Backups"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()
        if self._backup_task is None:  # else the scheduled one is under way: wait for it

            def finished(_outcome: object) -> None:
                self._backup_task = None

            self._backup_task = run_in_background(backups.run, finished, finished)
        # Polled rather than connected to the task's signals: a run that has just reported
        # back would never wake a loop connected after its signal was sent.
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(50)
        poll.timeout.connect(lambda: loop.quit() if self._backup_task is None else None)
        poll.start()
        loop.exec()
        poll.stop()
        progress.close()

    def _watch_receipts_folder(self) -> None:
        if self.receipts_folder is None:
            return
        problem = self.receipts_folder.watch(self._settings.watched_receipts_folder)
        self._stand("folder", error_text(problem, self.display) if problem else None)

    def _on_folder_receipt(self, event: FolderEvent) -> None:
        """The cashier sees each folder credit happen, and the member's views refresh."""
        handled = event.handled
        trouble = handled.outcome in (Outcome.FAILED, Outcome.RETRY)
        self._show_note(event_text(event, self.display), trouble=trouble)
        if handled.result is not None and handled.outcome is Outcome.CREDITED:
            self.bus.member_changed.emit(handled.result.member.id)

    def _show_note(self, text: str, *, trouble: bool) -> None:
        """A passing note in the status bar (a folder credit, settings saved)."""
        bar = self.statusBar()
        bar.setStyleSheet("color: #b3261e;" if trouble else "color: #1b5e20;")
        bar.showMessage(text)
        # A long sentence is cut at the bar's end: the whole of it under the pointer.
        bar.setToolTip(text)
        bar.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.club_light.stop()
        if self.till_api is not None:
            self.till_api.stop()
        if self.receipts_folder is not None:
            self.receipts_folder.stop()
        self._back_up_at_close()
        self._state.setValue("geometry", self.saveGeometry())
        self._state.sync()
        super().closeEvent(event)

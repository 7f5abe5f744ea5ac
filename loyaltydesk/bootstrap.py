"""The only place that wires things together: settings -> database -> services."""

from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import logging.handlers
from collections.abc import Callable
from dataclasses import dataclass, replace
from io import TextIOWrapper
from pathlib import Path
from typing import TYPE_CHECKING

from loyaltydesk import paths
from loyaltydesk.devices.passwords import KeyringPasswords
from loyaltydesk.diagnostics import Diagnostics
from loyaltydesk.domain.errors import DomainError, InvalidInput, Refused
from loyaltydesk.domain.mail import MailServer
from loyaltydesk.domain.offline import QueuedOperation, QueuedState
from loyaltydesk.domain.servers import ServerAddress, ServerCheck
from loyaltydesk.domain.staff import Actor, Role, name_key
from loyaltydesk.persistence.admin import SqlDatabaseAdmin
from loyaltydesk.persistence.backup_folder import FileBackupFolder, JsonBackupStatus
from loyaltydesk.persistence.database import (
    Database,
    head_revision,
    normalise_url,
    open_database,
    stored_revision,
)
from loyaltydesk.persistence.offline_store import OFFLINE_FILE, SqliteOfflineStore
from loyaltydesk.persistence.server_check import SqlServerPort
from loyaltydesk.persistence.unit_of_work import SqlUnitOfWorkFactory
from loyaltydesk.private_files import private_dir, private_file
from loyaltydesk.running import club_identity
from loyaltydesk.services.accounting import AccountingService
from loyaltydesk.services.api_tokens import ApiTokenService
from loyaltydesk.services.audit import AuditService
from loyaltydesk.services.backups import BackupService
from loyaltydesk.services.campaigns import CampaignService
from loyaltydesk.services.counter import CounterService
from loyaltydesk.services.coupons import CouponService
from loyaltydesk.services.demo import (
    DEMO_CASHIER,
    DEMO_MANAGER,
    DemoBuilder,
    DemoClock,
    DemoRecipe,
    DemoSummary,
    DemoTeam,
)
from loyaltydesk.services.expiry import ExpiryService
from loyaltydesk.services.feedback import FeedbackService
from loyaltydesk.services.imports import ImportService
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.merge import MergeService
from loyaltydesk.services.offline import CounterLink
from loyaltydesk.services.outbox import OutboxService, Sender
from loyaltydesk.services.ports import Clock, DatabaseAdmin
from loyaltydesk.services.printouts import PrintoutService
from loyaltydesk.services.receipts_folder import ReceiptsFolderService
from loyaltydesk.services.reports import ReportService
from loyaltydesk.services.rules import RulesService
from loyaltydesk.services.setup import ClubStart, check_start, start_club
from loyaltydesk.services.shared_club import SharedClubService, check_address
from loyaltydesk.services.shift import ShiftService
from loyaltydesk.services.staff import PinHasher, StaffService
from loyaltydesk.services.sync_conflicts import SyncConflictService
from loyaltydesk.services.tiers import TierService
from loyaltydesk.services.till import TillService
from loyaltydesk.settings import SETTINGS_FILE, Settings

if TYPE_CHECKING:  # the window is only imported when one is opened
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from loyaltydesk.ui.main_window import MainWindow
    from loyaltydesk.ui.setup.wizard import SetupWizard
    from loyaltydesk.ui.till.host import RunningApi

    # The till's API on (host, port) beside the window; the command line gives it, as only
    # it may import the server library (api/server.serve_beside_window).
    ServeBesideWindow = Callable[
        ["Services", QCoreApplication, str, int, Callable[[int], None]], RunningApi
    ]

LOG_FILE = "loyaltydesk.log"


class _Closing:
    """What the services hold open: the database's connections and the counter's queue."""

    def __init__(self, database: Database, store: SqliteOfflineStore | None) -> None:
        self.database = database
        self.store = store

    @property
    def engine(self) -> object:
        # Fault tests reach the engine through ``services.close`` and nothing else does.
        return self.database.engine

    def close(self) -> None:
        self.database.dispose()
        if self.store is not None:
            self.store.close()


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file readable by the owner's account only (it may name members): each
    new file is made private before it is opened, and rotated files keep that mode (they
    are renamed, not copied)."""

    def _open(self) -> TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()


def configure_logging(settings: Settings) -> Path:
    """A rotating log file in the data folder; returns its path."""
    path = settings.log_dir / LOG_FILE
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        private_dir(settings.data_dir, settings.log_dir)
        return path
    # Opened at the first line: after the folders are made, so that the file holds the lines
    # saying which of an older version's folders were made private.
    handler = PrivateLogFile(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        private_dir(settings.data_dir, settings.log_dir)
        private_file(path)  # there from the start, for whoever looks; an older one narrowed
    except BaseException:
        root.removeHandler(handler)
        handler.close()
        raise
    return path


def connect_mail(server: MailServer, password: str | None) -> Sender:
    """The mail server's sender; smtplib and ssl are imported when e-mail is sent."""
    from loyaltydesk.devices.mail import SmtpSender

    return SmtpSender(server, password)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Services:
    """Everything a window or a command needs, built once and handed over."""

    settings: Settings
    actor: Actor
    membership: MembershipService
    counter: CounterService
    coupons: CouponService
    outbox: OutboxService
    campaigns: CampaignService
    feedback: FeedbackService
    rules: RulesService
    tiers: TierService
    expiry: ExpiryService
    printouts: PrintoutService
    reports: ReportService
    audit: AuditService
    staff: StaffService
    admin: DatabaseAdmin
    close: Callable[[], None]
    shift: ShiftService
    imports: ImportService
    merges: MergeService
    accounting: AccountingService
    backups: BackupService
    # Look-ups, credits and rewards through the server or this counter's offline queue.
    link: CounterLink
    conflicts: SyncConflictService
    # Checking a server, moving this club to one (issue 16).
    shared_club: SharedClubService
    # The POS programs' tokens for the local HTTP API (issue 17).
    api_tokens: ApiTokenService
    # Purchases a POS posted without their member, waiting at a counter (issue 17).
    till: TillService
    # A POS's receipts dropped into a folder, read and credited (issue 17).
    receipts: ReceiptsFolderService
    place: str = ""  # which club, in a few words (the window's light)
    club: str = ""  # which club, for the command line here (running.club_identity)
    # The server did not answer at start: the window opened on this counter's memory, the
    # schema is checked when the server first answers (persistence.database.ensure_schema).
    started_offline: bool = False
    # Whether a commit was started: after a failure, something may have been saved.
    wrote: Callable[[], bool] = lambda: False


def build_services(
    settings: Settings,
    database_url: str | None = None,
    clock: Clock = utc_now,
    *,
    hasher: PinHasher | None = None,
    offline_start: bool = False,
) -> Services:
    """Open (creating or upgrading) the database and build the services on it.

    ``offline_start`` (the window): a shared club's server that does not answer still opens,
    on this counter's memory, when the counter has been online here before (it remembers
    the club's rule, policy and staff); the schema is checked when the server answers."""
    # Members' phones, birthdays and national codes are personal data: the data folder is
    # the owner's account's alone, with all in it if an older version left it open.
    private_dir(settings.data_dir)
    if settings.backup_dir.is_dir():
        private_dir(settings.backup_dir)
    url = normalise_url(database_url or database_in_force(settings))
    # A counter of a shared club keeps a queue and a memory of members for when the server
    # does not answer; a club in a local file is always there.
    store = (
        None
        if url.get_backend_name() == "sqlite"
        else SqliteOfflineStore(settings.data_dir / OFFLINE_FILE)
    )
    try:
        database = open_database(
            url,
            backup_dir=settings.backup_dir,
            defer_if_unreachable=offline_start and store is not None and _been_online(store),
        )
    except BaseException:
        if store is not None:
            store.close()
        raise
    uow = SqlUnitOfWorkFactory(database)
    membership = MembershipService(uow, clock, zone=settings.zone)
    coupons = CouponService(uow, clock, settings.zone)
    outbox = OutboxService(
        uow,
        clock,
        settings.zone,
        mail=connect_mail,
        passwords=KeyringPasswords(),
        shop_name=settings.shop_name,
    )
    reports = ReportService(uow, clock, settings.zone)
    admin = SqlDatabaseAdmin(database, settings.backup_dir)
    counter = CounterService(uow, clock, settings.zone, coupons)
    staff = StaffService(uow, clock, hasher, settings.zone, offline=store)
    started_offline = not database.schema_checked

    close = _Closing(database, store).close

    audit = AuditService(uow, clock, admin)
    backups = BackupService(
        uow,
        clock,
        admin,
        FileBackupFolder(settings.backup_dir),
        JsonBackupStatus(settings.data_dir),
        settings.backup_plan,
        settings.zone,
        KeyringPasswords.for_backups(),
        # One passphrase per club: two data folders on one computer keep their own.
        account=str(settings.data_dir),
    )
    return Services(
        settings=settings,
        actor=Actor(staff=settings.staff, counter=settings.counter, branch=settings.branch_name),
        membership=membership,
        counter=counter,
        coupons=coupons,
        outbox=outbox,
        campaigns=CampaignService(
            uow,
            clock,
            coupons,
            outbox,
            reports,
            zone=settings.zone,
            options=settings.report_options,
            language=settings.language,
            shop_name=settings.shop_name,
            money_unit=settings.currency,
            calendar=settings.calendar or None,
        ),
        feedback=FeedbackService(uow, clock, settings.zone),
        rules=RulesService(uow, clock, settings.zone),
        tiers=TierService(uow, clock, settings.zone),
        expiry=ExpiryService(uow, clock, settings.zone),
        printouts=PrintoutService(uow, clock, membership),
        reports=reports,
        audit=audit,
        staff=staff,
        admin=admin,
        close=close,
        shift=ShiftService(uow, clock, settings.zone),
        imports=ImportService(uow, clock, zone=settings.zone),
        merges=MergeService(uow, clock, settings.zone),
        accounting=AccountingService(uow, clock, settings.zone),
        backups=backups,
        link=CounterLink(
            membership,
            counter,
            store,
            clock,
            settings.zone,
            on_reached=staff.remember_offline if store is not None else None,
            started_offline=started_offline,
        ),
        conflicts=SyncConflictService(uow, clock, settings.zone),
        place=database.place,
        # Not the URL in force: a server's password stays out of it (running.club_identity).
        club=club_identity(database_url or settings.database()),
        shared_club=shared_club_service(settings, uow, audit, database),
        api_tokens=ApiTokenService(uow, clock),
        till=TillService(uow, clock, counter),
        receipts=ReceiptsFolderService(counter, clock, settings.currency, settings.zone),
        wrote=lambda: database.commits_started > 0,
        started_offline=started_offline,
    )


def _been_online(store: SqliteOfflineStore) -> bool:
    """Has this counter worked with the server before? Without the club's rule and its
    staff remembered, an offline window could neither sign anyone in nor credit."""
    return store.club() is not None and bool(store.staff_accounts())


def kept_offline(settings: Settings, *, waiting_only: bool = False) -> list[QueuedOperation]:
    """What this counter's offline queue keeps: waiting, and refused by the server (read
    without the server)."""
    path = settings.data_dir / OFFLINE_FILE
    if not path.exists():
        return []
    store = SqliteOfflineStore(path)
    try:
        if waiting_only:
            return store.queued()
        return store.queued(states=(QueuedState.PENDING, QueuedState.REFUSED))
    finally:
        store.close()


def database_password(settings: Settings) -> str | None:
    """The shared club's database password: LOYALTYDESK_DATABASE_PASSWORD, else the system
    keyring's (one account per data folder, so two clubs on one computer keep their own)."""
    return KeyringPasswords.for_database().get(str(settings.data_dir))


def database_in_force(settings: Settings) -> str:
    """The database URL these settings name, the password looked up only for a server
    described by its fields (the keyring costs a till's every command otherwise)."""
    return settings.database(database_password(settings) if settings.uses_server else None)


def shared_club_service(
    settings: Settings, uow: SqlUnitOfWorkFactory, audit: AuditService, database: Database | None
) -> SharedClubService:
    return SharedClubService(
        uow,
        audit,
        SqlServerPort(database, settings.backup_dir),
        from_file=database is None or database.is_sqlite,
    )


def check_server(address: ServerAddress, password: str) -> ServerCheck:
    """A connection check with no club open (the command line, the first-run wizard)."""
    return check_address(SqlServerPort(), address, password)


RESOURCES = paths.RESOURCES


def gather_diagnostics(settings: Settings, database_url: str | None = None) -> Diagnostics:
    """Version, database and libraries for --version and the About window. Reads the
    database's schema revision without creating or upgrading anything."""
    url = database_url or database_in_force(settings)
    problem = ""
    revision: str | None = None
    shown = url.rsplit("@", 1)[-1]  # never a password, even in a URL we cannot parse
    try:
        where = normalise_url(url)
        if where.get_backend_name() == "sqlite":
            shown = where.database or ""
        else:
            shown = where.render_as_string(hide_password=True)
        revision = stored_revision(where)
    except DomainError as error:
        problem = error.code
    except Exception as error:  # a support report must come out whatever the database does
        problem = type(error).__name__
    qt = "-"
    try:
        from PySide6.QtCore import qVersion

        qt = qVersion()
    except ImportError:
        pass
    return Diagnostics(
        database=shown,
        schema_revision=revision,
        schema_head=head_revision(),
        data_folder=str(settings.data_dir),
        qt=qt,
        problem=problem,
    )


def load_demo_recipe(path: Path | None = None) -> DemoRecipe:
    data = json.loads((path or RESOURCES / "demo" / "recipe.json").read_text(encoding="utf-8"))
    return DemoRecipe(
        rewards=[(r["name"], r["name_fa"], int(r["cost"])) for r in data["rewards"]],
        persian_first=data["persian_first_names"],
        persian_last=data["persian_last_names"],
        latin_first=data["latin_first_names"],
        latin_last=data["latin_last_names"],
    )


@dataclass(frozen=True)
class DemoBuilt:
    """A demo club, and the accounts that sign in to it (their PINs shown once, here)."""

    summary: DemoSummary
    pins: dict[str, str]


def build_demo(
    settings: Settings,
    database_url: str | None = None,
    *,
    members: int = 300,
    seed: int = 1405,
    owner: tuple[str, str] | None = None,
    hasher: PinHasher | None = None,
) -> DemoBuilt:
    """Fill an empty club with a year of believable history; refuses a club in use.

    ``owner`` is the owner's name and PIN (the first start asks for them); without it an
    owner "Owner" gets a fresh PIN. The demo's manager and cashier get fresh PINs too.
    """
    if members <= 0 or members > 100_000:
        raise InvalidInput("demo.bad_size", limit=100_000)
    end = utc_now()
    clock = DemoClock(end - dt.timedelta(days=367))
    services = build_services(settings, database_url, clock=clock, hasher=hasher)
    try:
        if not services.audit.is_empty() or services.staff.has_staff():
            raise Refused("demo.not_empty")
        owner_name, owner_pin = owner or ("Owner", fresh_pin())
        counter, branch = settings.counter, settings.branch_name
        first = services.staff.add(
            owner_name, Role.OWNER, owner_pin, Actor(owner_name, counter, branch=branch)
        )
        boss = Actor(first.name, counter, role=first.role, staff_id=first.id, branch=branch)
        pins = {first.name: owner_pin}
        team_members: dict[Role, Actor] = {}
        for wanted, role in ((DEMO_MANAGER, Role.MANAGER), (DEMO_CASHIER, Role.CASHIER)):
            # The owner may have taken the demo's name.
            name = wanted if name_key(wanted) != name_key(first.name) else f"{wanted} 2"
            pins[name] = fresh_pin()
            made = services.staff.add(name, role, pins[name], boss)
            team_members[role] = Actor(made.name, counter, role, made.id, branch=branch)
        team = DemoTeam(
            owner=boss, manager=team_members[Role.MANAGER], cashier=team_members[Role.CASHIER]
        )
        builder = DemoBuilder(
            services.membership,
            services.counter,
            services.rules,
            clock,
            load_demo_recipe(),
            team,
            seed,
        )
        return DemoBuilt(builder.build(members, end), pins)
    finally:
        services.close()


def fresh_pin() -> str:
    """A random six-digit PIN from the system's secure source."""
    import secrets

    return f"{secrets.randbelow(10**6):06d}"


def build_window(
    app: QApplication,
    settings: Settings,
    services: Services,
    database_url: str | None = None,
    serve_api: ServeBesideWindow | None = None,
) -> MainWindow:
    """The main window on these services, with the card scanner listening app-wide (it goes
    away with the window), and the till's API when ``serve_api`` is given (the settings say
    whether it runs)."""
    from loyaltydesk.devices.desk import PrintDesk
    from loyaltydesk.ui.main_window import MainWindow
    from loyaltydesk.ui.scanner import ScannerFilter
    from loyaltydesk.ui.staff.session import Session
    from loyaltydesk.ui.till.host import TillApiHost

    scanner = ScannerFilter()
    desk = PrintDesk(settings, services.printouts, RESOURCES / "fonts")
    display = settings.display()
    session = Session(services.actor, services.staff, display)
    window = MainWindow(
        settings,
        services.membership,
        services.counter,
        services.audit,
        session,
        scanner,
        desk,
        services.rules,
        reports=services.reports,
        coupons=services.coupons,
        campaigns=services.campaigns,
        outbox=services.outbox,
        feedback=services.feedback,
        shift=services.shift,
        diagnostics=lambda: gather_diagnostics(settings, database_url),
        imports=services.imports,
        merges=services.merges,
        accounting=services.accounting,
        backups=services.backups,
        link=services.link,
        conflicts=services.conflicts,
        club_place=services.place,
        shared_club=services.shared_club,
        api_tokens=services.api_tokens,
        till_api=(
            TillApiHost(lambda host, port, changed: serve_api(services, app, host, port, changed))
            if serve_api is not None
            else None
        ),
        till=services.till,
        receipts=services.receipts,
    )
    scanner.setParent(window)
    app.installEventFilter(scanner)
    # What is built so far lives as long as the window: kept out of the cyclic collector's
    # sight, so a full collection while a report runs in a worker (it holds every thread
    # still, the window's too) stays short — ~100 ms on a 100,000-member report before.
    gc.collect()
    gc.freeze()
    return window


def ask_owner(settings: Settings) -> tuple[str, str] | None:
    """The owner's name and PIN, asked once per club (None: they closed the window)."""
    from loyaltydesk.ui.staff.owner_dialog import OwnerSetupDialog

    dialog = OwnerSetupDialog(settings.display())
    return dialog.owner if dialog.exec() else None


def print_test_page(settings: Settings) -> None:
    """The receipt printer's test page, before any club exists (the first-run wizard)."""
    from loyaltydesk.devices.desk import send_test_page

    send_test_page(settings, RESOURCES / "fonts")


def ask_setup(settings: Settings) -> SetupWizard | None:
    """The first-run wizard, resumed where it was left; None: they closed it (what they
    typed is kept for the next start)."""
    from loyaltydesk.ui.setup.progress import load_progress
    from loyaltydesk.ui.setup.wizard import SetupWizard

    wizard = SetupWizard(
        settings,
        RESOURCES,
        print_test_page,
        load_progress(settings.data_dir),
        server_check=check_server,
    )
    return wizard if wizard.exec() and wizard.choice is not None else None


def set_up_club(settings: Settings, start: ClubStart, hasher: PinHasher | None = None) -> Services:
    """The club the wizard described: settings saved, database made, the owner's account,
    earning rule and first rewards; the services come back signed in as the owner."""
    from loyaltydesk.ui.setup.progress import clear_progress

    check_start(start)  # all of it before anything is written
    settings.save()
    services = build_services(settings, hasher=hasher)
    try:
        owner = start_club(
            services.staff, services.rules, start, settings.counter, settings.branch_name
        )
    except BaseException:
        services.close()
        raise
    clear_progress(settings.data_dir)
    return replace(services, actor=owner)


def _build_demo_club(app: QApplication, settings: Settings) -> tuple[str, str] | None:
    """Today's first start: the owner's name and PIN, then a demo club built in a worker."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    from loyaltydesk.ui.tasks import run_in_background

    # The demo club is the owner's from its first minute: their name and PIN first.
    owner = ask_owner(settings)
    if owner is None:
        return None
    progress = QProgressDialog(
        app.translate("Startup", "Setting up a demo club to try things out…"), "", 0, 0
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    progress.show()
    loop = QEventLoop()
    failure: list[BaseException] = []

    def failed(error: BaseException) -> None:
        failure.append(error)
        loop.quit()

    chosen = owner
    run_in_background(
        lambda: build_demo(settings, owner=chosen), lambda _built: loop.quit(), failed
    )
    loop.exec()
    progress.close()
    if failure:
        raise failure[0]
    return owner


def startup_problem(settings: Settings, database_url: str | None, error: DomainError) -> str:
    """Why the window cannot open. A shared club's server that "cannot be reached" is asked
    again, so the owner reads the check's own finding (a wrong password is not a cable),
    and how this counter goes back to its own file when the server is gone for good."""
    from loyaltydesk.ui.error_text import error_text

    display = settings.display()
    said = error_text(error, display)
    if not (error.code == "database.unreachable" and database_url is None and settings.uses_server):
        return said
    try:
        found = check_server(settings.server, database_password(settings) or "")
    except DomainError as problem:
        found = None
        said = error_text(problem, display)
    if found is not None and not found.ok:
        said = error_text(found.as_error(), display)
    from loyaltydesk.ui.errors import leave_shared_club_hint

    own_file = settings.default_database_path.exists()
    return (
        said
        + " "
        + leave_shared_club_hint(settings.data_dir / SETTINGS_FILE, display, own_file=own_file)
    )


def launch_window(
    settings: Settings,
    database_url: str | None,
    argv: list[str],
    *,
    demo: bool = False,
    serve_api: ServeBesideWindow | None = None,
) -> int:
    """`python -m loyaltydesk`: the counter window. The very first start opens the set-up
    wizard (set up my shop, or look around a demo club); ``demo`` (--demo) goes straight
    to the demo club, as `make run` does."""
    from loyaltydesk.ui.app import close_on_terminate, create_application
    from loyaltydesk.ui.errors import install_excepthook
    from loyaltydesk.ui.setup.progress import clear_progress
    from loyaltydesk.ui.setup.wizard import DEMO, JOIN

    app = create_application(settings.language, RESOURCES, argv)
    install_excepthook(configure_logging(settings))
    first_start = (
        database_url is None
        and settings.database() == str(settings.default_database_path)
        and not settings.default_database_path.exists()
    )
    owner: tuple[str, str] | None = None
    set_up: Services | None = None
    if first_start:
        settings.save()  # the language chosen from the system locale is kept from now on
        if not demo:
            wizard = ask_setup(settings)
            if wizard is None:
                return 0
            settings = wizard.settings
            demo = wizard.choice == DEMO
            if wizard.choice == JOIN:
                # The club and its owner are on the server already: sign in below.
                clear_progress(settings.data_dir)
            elif not demo:
                start = wizard.start
                if start.owner is None:  # they skipped the owner's page
                    start = replace(start, owner=ask_owner(settings))
                    if start.owner is None:
                        return 0
                set_up = set_up_club(settings, start)
        if demo:
            owner = _build_demo_club(app, settings)
            if owner is None:
                return 0
            clear_progress(settings.data_dir)
    try:
        services = set_up or build_services(settings, database_url, offline_start=True)
    except DomainError as error:
        from loyaltydesk.ui.errors import show_startup_problem

        show_startup_problem(startup_problem(settings, database_url, error))
        raise  # and the command line's one line on stderr, with its exit code
    if not services.staff.has_staff():
        # A club from before accounts existed: from now on every action has a known person.
        owner = ask_owner(settings)
        if owner is None:
            services.close()
            return 0
        services.staff.add(owner[0], Role.OWNER, owner[1], services.actor)
    window = build_window(app, settings, services, database_url, serve_api)
    window.show()
    if set_up is not None:  # the owner made in the wizard, signed in already
        window.session.set_actor(set_up.actor)
        window.start_idle_lock()
    elif owner is not None:  # they typed their PIN a moment ago
        window.session.set_actor(
            services.staff.sign_in(
                owner[0], owner[1], settings.counter, branch=settings.branch_name
            )
        )
        window.start_idle_lock()
    elif not window.sign_in():
        services.close()
        return 0
    # Expiry and tier reviews: now, then once a day while the counter stays open.
    # Campaigns switched to run by themselves: at start, then daily, once per shop day each.
    window.start_daily_jobs(
        [
            lambda: services.expiry.run().members_expired,
            services.tiers.review_due,
            lambda: len(services.campaigns.run_due(services.actor)),
        ]
    )
    # The day's backup into the owner's folder: now if due, then hourly checks, and at
    # close when the day's was missed.
    window.start_backups()
    # Once someone is signed in: the till's POS is answered while the counter is open.
    window.serve_till_api()
    # A shared club's server asked every few seconds while it does not answer, and this
    # counter's offline queue sent as soon as it does.
    window.start_club_light()
    # Queued e-mail: once a day, outside the shop's quiet hours.
    window.start_mail_job(services.outbox.send_daily, services.outbox.next_sending_time)
    undo = close_on_terminate(app)
    try:
        return app.exec()
    finally:
        undo()
        services.close()

"""Typed settings: where the data lives, which database, the language, the shop."""

from __future__ import annotations

import getpass
import json
import locale
import os
import socket
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from loyaltydesk.domain.api_tokens import (
    API_PORTS,
    DEFAULT_API_PORT,
    EVERY_ADDRESS,
    LOOPBACK,
)
from loyaltydesk.domain.backups import BackupPlan
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.money import (
    CURRENCY_DECIMALS_MAX,
    CURRENCY_NAME_MAX,
    check_currency_decimals,
    check_currency_name,
)
from loyaltydesk.domain.reports import ReportOptions
from loyaltydesk.domain.servers import (
    DEFAULT_DATABASE,
    DEFAULT_PORT,
    TLS_MODES,
    TLS_REQUIRE,
    ServerAddress,
)
from loyaltydesk.domain.shop import check_branch
from loyaltydesk.i18n.calendar import CALENDARS
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import Currency, MoneyUnit
from loyaltydesk.private_files import private_dir, private_file

APP_NAME = "LoyaltyDesk"
SETTINGS_FILE = "settings.json"
DATABASE_FILE = "loyaltydesk.sqlite3"
LANGUAGES = ("fa", "en")
AUTO_PRINT_OFF = "off"
AUTO_PRINT_CHOICES = (AUTO_PRINT_OFF, "note", "slip")
THERMAL_PAPERS = ("80mm", "58mm")


def _system_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fa" if value.lower().startswith("fa") else "en"
    code = locale.getlocale()[0] or ""
    return "fa" if code.lower().startswith("fa") else "en"


def _default_staff() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "staff"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str | None = None
    language: str = field(default_factory=_system_language)
    shop_name: str = "LoyaltyDesk"
    timezone: str = "Asia/Tehran"
    money_unit: MoneyUnit = MoneyUnit.TOMAN
    # Another currency (money_unit "other"): its name or sign and its decimals; the stored
    # amounts are then its smallest unit (cents for a Euro with 2).
    currency_name: str = ""
    currency_decimals: int = 0
    # "jalali" or "gregorian"; "" follows the language (Jalali in Persian).
    calendar: str = ""
    counter: str = field(default_factory=socket.gethostname)
    # The branch this counter stands in, recorded with the counter on every line it writes
    # ("" = none: a club with one place). Checked by domain/shop.check_branch.
    branch: str = ""
    staff: str = field(default_factory=_default_staff)
    # Printing. The logo is a file the shop chose; note texts are the shop's own thank-you
    # words per language ("" = the built-in text); the thermal printer is a connection such
    # as "network:192.168.1.60" ("" = none: notes go to the system printer).
    logo: str = ""
    note_text_fa: str = ""
    note_text_en: str = ""
    card_back: bool = False
    thermal_printer: str = ""
    thermal_paper: str = "80mm"
    printer: str = ""
    auto_print: str = AUTO_PRINT_OFF
    # Reports: a member is a customer for this many days after a purchase, and drifting
    # away when absent longer than this many times their usual gap (domain/reports).
    report_active_days: int = 90
    report_risk_factor: str = "2"
    # Backups that run themselves: the folder the owner chose ("" = the data folder's
    # backups), how many daily and monthly copies are kept, and whether they are sealed
    # with a passphrase (kept in the system keyring or LOYALTYDESK_BACKUP_PASSPHRASE, never
    # here).
    backup_folder: str = ""
    backup_keep_daily: int = 7
    backup_keep_monthly: int = 12
    backup_encrypt: bool = False
    # A shared club on a PostgreSQL server ("this counter uses a shared club"). The password
    # is never here: the system keyring (one account per data folder) or
    # LOYALTYDESK_DATABASE_PASSWORD. database_url and LOYALTYDESK_DATABASE_URL come first.
    shared_club: bool = False
    server_host: str = ""
    server_port: int = DEFAULT_PORT
    server_database: str = DEFAULT_DATABASE
    server_user: str = ""
    server_tls: str = TLS_REQUIRE
    server_ca_file: str = ""
    # The till's POS talks to this counter through the local HTTP API while the window is
    # open: off until the owner turns it on; this computer only unless they let the shop's
    # network in (api_lan).
    api_serve: bool = False
    api_port: int = DEFAULT_API_PORT
    api_lan: bool = False
    # The folder a POS drops one file per sale into (issue 17): credited by the window, or
    # by `serve`, while on. "" = none chosen.
    receipts_folder: str = ""
    receipts_folder_on: bool = False

    @property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    @property
    def currency(self) -> Currency:
        if self.money_unit is MoneyUnit.OTHER:
            return Currency(MoneyUnit.OTHER, self.currency_name, self.currency_decimals)
        return Currency(self.money_unit)

    def display(self) -> Display:
        """How this shop shows numbers, money, dates and times."""
        return Display(self.language, self.currency, self.zone, self.calendar or None)

    @property
    def report_options(self) -> ReportOptions:
        """The owner's report options; a value edited by hand into nonsense falls back."""
        try:
            return ReportOptions(
                self.report_active_days, Decimal(self.report_risk_factor)
            ).checked()
        except (InvalidInput, ArithmeticError):
            return ReportOptions()

    @property
    def backup_plan(self) -> BackupPlan:
        """The scheduled backups' plan; numbers edited by hand into nonsense fall back."""
        plan = BackupPlan(
            self.backup_target,
            self.backup_keep_daily,
            self.backup_keep_monthly,
            self.backup_encrypt,
        )
        try:
            return plan.checked()
        except InvalidInput:
            return BackupPlan(self.backup_target, encrypt=self.backup_encrypt)

    @property
    def branch_name(self) -> str | None:
        """The branch as an Actor carries it (None: no branch)."""
        return self.branch or None

    @property
    def shop_identity(self) -> str:
        """What a sale's handling takes from these settings besides who asks and in which
        language (the time zone a time is read in, the money and calendar it is said in, the
        branch): a program serving the API is handed the command line's credit only while
        both read them alike (cli/handoff.py), not after the owner changed them."""
        shop = (
            self.timezone,
            self.money_unit.value,
            self.currency_name,
            self.currency_decimals,
            self.calendar,
            self.branch,
        )
        return json.dumps(shop, ensure_ascii=False)

    @property
    def note_text(self) -> str:
        return self.note_text_fa if self.language == "fa" else self.note_text_en

    @property
    def logo_path(self) -> Path | None:
        return Path(self.logo) if self.logo else None

    @property
    def default_database_path(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def backup_target(self) -> Path:
        """Where the scheduled backups go."""
        return Path(self.backup_folder).expanduser() if self.backup_folder else self.backup_dir

    @property
    def watched_receipts_folder(self) -> Path | None:
        """The receipts folder to watch, when one is chosen and switched on."""
        if self.receipts_folder_on and self.receipts_folder.strip():
            return Path(self.receipts_folder.strip()).expanduser()
        return None

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def api_host(self) -> str:
        """The address the till's API listens on."""
        return EVERY_ADDRESS if self.api_lan else LOOPBACK

    @property
    def server(self) -> ServerAddress:
        """The shared club's server as the settings describe it (checked where it is used)."""
        return ServerAddress(
            self.server_host,
            self.server_port,
            self.server_database,
            self.server_user,
            self.server_tls,
            self.server_ca_file,
        )

    @property
    def uses_server(self) -> bool:
        """The server fields are the database in force: nothing before them names one."""
        return (
            self.shared_club
            and not os.environ.get("LOYALTYDESK_DATABASE_URL")
            and not self.database_url
        )

    def on_server(self, address: ServerAddress) -> Settings:
        """These settings switched over to the shared club at ``address``."""
        return replace(
            self,
            database_url=None,
            shared_club=True,
            server_host=address.host,
            server_port=address.port,
            server_database=address.database,
            server_user=address.user,
            server_tls=address.tls,
            server_ca_file=address.ca_file,
        )

    def database(self, password: str | None = None) -> str:
        """The database URL in force: the environment, then the settings' URL, then the
        shared club's server (with ``password``, which the caller looked up), then the
        default file."""
        explicit = os.environ.get("LOYALTYDESK_DATABASE_URL") or self.database_url
        if explicit:
            return explicit
        if self.uses_server:
            return self.server.url(password)
        return str(self.default_database_path)

    def save(self) -> None:
        private_dir(self.data_dir)
        data = asdict(self)
        data.pop("data_dir")
        data["money_unit"] = self.money_unit.value
        target = self.data_dir / SETTINGS_FILE
        # The shop's own words and mail server: readable by the owner's account only.
        partial = private_file(target.with_suffix(".partial"))
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        partial.replace(target)


def money_settings_errors(settings: Settings) -> dict[str, DomainError]:
    """What is wrong with another currency's name and decimals, by field name (empty when
    all is well, or when the shop counts in Toman or Rial)."""
    if settings.money_unit is not MoneyUnit.OTHER:
        return {}
    errors: dict[str, DomainError] = {}
    try:
        check_currency_name(settings.currency_name)
    except DomainError as error:
        errors["currency_name"] = error
    try:
        check_currency_decimals(settings.currency_decimals)
    except DomainError as error:
        errors["currency_decimals"] = error
    return errors


def data_dir() -> Path:
    override = os.environ.get("LOYALTYDESK_DATA_DIR")
    return (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )


def _stored_type(default: object) -> type:
    """The JSON type a field is kept as: enums as their text; bool exactly (it is an int
    subclass, and 1 must not be taken for True)."""
    return str if isinstance(default, str) else type(default)


def load_settings(folder: Path | None = None) -> Settings:
    """Settings from the data folder's settings.json; unknown or broken values fall back."""
    folder = folder or data_dir()
    settings = Settings(data_dir=folder)
    path = folder / SETTINGS_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError):
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    known = {
        k: v
        for k, v in stored.items()
        if k in Settings.__dataclass_fields__
        and k != "data_dir"
        and type(v) is _stored_type(getattr(settings, k, ""))
    }
    if isinstance(stored.get("database_url"), str) and stored["database_url"].strip():
        # Its default is None, so the type test above would drop every URL written there.
        known["database_url"] = stored["database_url"].strip()
    if "money_unit" in known:
        try:
            known["money_unit"] = MoneyUnit(str(known["money_unit"]))
        except ValueError:
            known.pop("money_unit")
    if known.get("calendar", "") not in ("", *CALENDARS):
        known.pop("calendar")
    if "currency_name" in known:
        known["currency_name"] = str(known["currency_name"]).strip()
    decimals = known.get("currency_decimals", 0)
    if not isinstance(decimals, int) or not 0 <= decimals <= CURRENCY_DECIMALS_MAX:
        # The stored amounts' meaning hangs on it: a broken value shows whole units.
        known.pop("currency_decimals")
    if known.get("language") not in LANGUAGES:
        known.pop("language", None)
    if "branch" in known:
        try:
            known["branch"] = check_branch(str(known["branch"]))
        except InvalidInput:
            # Edited by hand into something no line may carry: no branch rather than a
            # counter that cannot start (the settings dialog shows it empty to fix).
            known.pop("branch")
    if known.get("auto_print") not in AUTO_PRINT_CHOICES:
        known.pop("auto_print", None)
    if known.get("server_tls", TLS_REQUIRE) not in TLS_MODES:
        known.pop("server_tls")
    port = known.get("server_port", DEFAULT_PORT)
    if not isinstance(port, int) or not 0 < port < 65536:
        known.pop("server_port")
    api_port = known.get("api_port", DEFAULT_API_PORT)
    if not isinstance(api_port, int) or not API_PORTS[0] <= api_port <= API_PORTS[1]:
        known.pop("api_port")
    if known.get("thermal_paper") not in THERMAL_PAPERS:
        known.pop("thermal_paper", None)
    settings = replace(settings, **known)  # type: ignore[arg-type]
    if settings.money_unit is MoneyUnit.OTHER and money_settings_errors(settings):
        # A name edited by hand into nothing (or too long): the amounts still mean the
        # currency's smallest units, so it stays; ¤ says "a currency" without naming one.
        name = settings.currency_name[:CURRENCY_NAME_MAX] or "\u00a4"
        settings = replace(settings, currency_name=name)
    env_language = os.environ.get("LOYALTYDESK_LANG")
    if env_language in LANGUAGES:
        settings = replace(settings, language=env_language)
    return settings

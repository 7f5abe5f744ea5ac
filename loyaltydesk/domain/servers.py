"""A shared club's server as the shop describes it (host, port, database, user, TLS), the
rules each field must follow, and what a connection check found.

Plain values only: how a connection is made is persistence's business."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.i18n.digits import fold_digits

TLS_DISABLE = "disable"
TLS_REQUIRE = "require"
TLS_VERIFY_FULL = "verify-full"
TLS_MODES = (TLS_DISABLE, TLS_REQUIRE, TLS_VERIFY_FULL)
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "loyaltydesk"
# PostgreSQL cuts identifiers at 63 bytes; a longer name would quietly name another database.
MAX_IDENTIFIER_BYTES = 63
MAX_HOST = 253  # a DNS name's limit
# The databases every PostgreSQL server has for itself: one answers a connection check, holds
# no tables, and would look like an empty database waiting for a club.
MAINTENANCE_DATABASES = frozenset({"postgres", "template0", "template1"})
_PLAIN_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_HOST = re.compile(r"^[A-Za-z0-9._:\-\[\]%]+$")


@dataclass(frozen=True)
class ServerAddress:
    """Where a shared club lives and who this counter is there; never the password."""

    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = ""
    tls: str = TLS_REQUIRE
    ca_file: str = ""

    def url(self, password: str | None, timeout: int | None = None) -> str:
        """The database URL for psycopg 3 (persistence parses it); the CA file goes with
        verify-full only (libpq would otherwise verify the chain under "require" too)."""
        login = quote(self.user, safe="")
        if password:
            login += ":" + quote(password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = {"sslmode": self.tls}
        if self.tls == TLS_VERIFY_FULL and self.ca_file:
            query["sslrootcert"] = self.ca_file
        if timeout is not None:
            query["connect_timeout"] = str(timeout)
        database = quote(self.database, safe="")
        return f"postgresql+psycopg://{login}@{host}:{self.port}/{database}?{urlencode(query)}"


def clean_host(text: str) -> str:
    """A server name or address as typed: an address in Persian or Arabic-Indic digits (what
    a Persian keyboard types) is the same address."""
    return fold_digits(text).strip()


def parse_port(text: str) -> int:
    """A port as typed: Persian or Arabic-Indic digits are the same digits."""
    folded = fold_digits(text).strip()
    if not folded.isascii() or not folded.isdigit():
        raise InvalidInput("server.port_malformed", value=text)
    port = int(folded)
    if not 1 <= port <= 65535:
        raise InvalidInput("server.port_malformed", value=text)
    return port


def _identifier(value: str, empty: str, malformed: str) -> DomainError | None:
    if not value:
        return InvalidInput(empty)
    if len(value.encode("utf-8")) > MAX_IDENTIFIER_BYTES or any(
        ch.isspace() or not ch.isprintable() for ch in value
    ):
        return InvalidInput(malformed, limit=MAX_IDENTIFIER_BYTES)
    return None


def server_errors(address: ServerAddress) -> dict[str, DomainError]:
    """What is wrong with each field, by field name (empty when all is well). Whether the
    CA file exists is the caller's to check: it is a file on this computer."""
    errors: dict[str, DomainError] = {}
    host = address.host
    name, colon, port = host.rpartition(":")
    if not host:
        errors["host"] = InvalidInput("server.host_empty")
    elif colon and ":" not in name and name and port.isascii() and port.isdigit():
        # "192.168.1.10:5432": the port belongs in its own field (an IPv6 address has more
        # than one colon and is left to the check below).
        errors["host"] = InvalidInput("server.host_has_port", host=name, port=port)
    elif len(host) > MAX_HOST or not _HOST.match(host):
        errors["host"] = InvalidInput("server.host_malformed", host=host)
    if not 1 <= address.port <= 65535:
        errors["port"] = InvalidInput("server.port_malformed", value=str(address.port))
    for name, value, empty, malformed in (
        ("database", address.database, "server.database_empty", "server.database_malformed"),
        ("user", address.user, "server.user_empty", "server.user_malformed"),
    ):
        problem = _identifier(value, empty, malformed)
        if problem is not None:
            errors[name] = problem
    if address.tls not in TLS_MODES:
        errors["tls"] = InvalidInput("server.tls_unknown", value=address.tls)
    elif address.tls == TLS_VERIFY_FULL and not address.ca_file:
        errors["ca_file"] = InvalidInput("server.ca_file_needed")
    return errors


def quote_identifier(name: str) -> str:
    """``name`` as PostgreSQL reads it in a statement: plain lowercase names as they are,
    anything else in double quotes."""
    if _PLAIN_IDENTIFIER.match(name):
        return name
    return '"' + name.replace('"', '""') + '"'


def create_database_sql(user: str, database: str = DEFAULT_DATABASE) -> str:
    """The statement the server's administrator runs to give the club a database of its own,
    owned by the user this counter signs in as."""
    return f"CREATE DATABASE {quote_identifier(database)} OWNER {quote_identifier(user)};"


class Finding(enum.Enum):
    """What a connection check found: one code each, the sentence in ui/error_text."""

    EMPTY = "server.ok_empty"  # reached, nothing in it: ready to move a club in
    CLUB = "server.ok_club"  # reached, a LoyaltyDesk club
    UNKNOWN_HOST = "server.unknown_host"
    NO_ROUTE = "server.no_route"
    TIMEOUT = "server.timeout"
    REFUSED = "server.refused"
    BAD_LOGIN = "server.bad_login"
    NOT_ALLOWED = "server.not_allowed"  # pg_hba.conf has no line for this computer or user
    NO_TLS = "server.no_tls"
    TLS_UNTRUSTED = "server.tls_untrusted"
    TLS_NAME = "server.tls_name_mismatch"
    TLS_FAILED = "server.tls_failed"
    NO_DATABASE = "server.no_database"
    NO_PERMISSION = "server.no_permission"
    FOREIGN = "server.foreign_database"
    SYSTEM = "server.system_database"  # postgres/template1: the server's own, not a club's
    TOO_NEW = "server.too_new"
    FAILED = "server.failed"

    @property
    def ok(self) -> bool:
        return self in (Finding.EMPTY, Finding.CLUB)


@dataclass(frozen=True)
class ServerCheck:
    """The answer of a connection check: what was found, and for a club its schema
    revision and how many members it holds (``older``: made by an older LoyaltyDesk, brought
    up to date when a counter of this version opens it). ``detail`` is the server's own
    words, for the log and the curious, never the only explanation. ``user``: who the
    check signed in as (the owner of a database made for the club)."""

    finding: Finding
    server: str
    database: str
    revision: str | None = None
    members: int = 0
    detail: str = ""
    user: str = ""
    older: bool = False

    @property
    def ok(self) -> bool:
        return self.finding.ok

    @property
    def create_sql(self) -> str | None:
        """For the server's own database: the statement that makes one for the club."""
        if self.finding is not Finding.SYSTEM:
            return None
        return create_database_sql(self.user or "loyaltydesk")

    def as_error(self) -> DomainError:
        """The finding as the code and parameters its sentence is filled with. An older
        club is still found as a club; only its sentence differs (it is upgraded)."""
        code = self.finding.value
        if self.finding is Finding.CLUB and self.older:
            code = OLDER_CLUB
        return DomainError(
            code,
            server=self.server,
            database=self.database,
            revision=self.revision or "-",
            members=self.members,
            detail=self.detail or "-",
            sql=self.create_sql or "-",
        )


# The sentence of a club found made by an older LoyaltyDesk (its finding stays CLUB).
OLDER_CLUB = "server.ok_club_older"

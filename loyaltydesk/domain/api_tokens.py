"""API tokens: how a till's POS program proves it may talk to the club's local HTTP API.

A token is 32 random bytes (256 bits), shown once when it is made; the club keeps only its
SHA-256. Not argon2 as for PINs: a PIN has a few thousand values and needs a slow, salted
hash to survive a stolen database, while a 256-bit random token cannot be guessed whatever
the hash, so a fast hash loses nothing and lets every request be checked by one indexed
look-up in well under a millisecond (argon2 would cost tens of milliseconds per sale).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.staff import check_staff_name

# Where the API listens: this computer only, unless the owner lets the shop's network in.
LOOPBACK = "127.0.0.1"
EVERY_ADDRESS = "0.0.0.0"
DEFAULT_API_PORT = 8765
# Below 1024 a port needs the administrator on Linux and macOS.
API_PORTS = (1024, 65535)

TOKEN_PREFIX = "ld_"  # recognisable in a POS's configuration and in a leaked-secrets scan
TOKEN_BYTES = 32


@dataclass(frozen=True, slots=True)
class ApiToken:
    """One POS's token, without its secret. ``name`` is the counter its calls are made at."""

    id: int
    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None = None
    last_used_at: dt.datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, slots=True)
class Refusals:
    """Requests the running API refused for a missing or wrong token, since it started: what
    the owner is shown, so a POS set up with a wrong token, or someone trying tokens, is
    seen (a flood of them is also slowed down)."""

    count: int = 0
    last_at: dt.datetime | None = None
    last_from: str | None = None  # the caller's address

    def one_more(self, at: dt.datetime, client: str) -> Refusals:
        return Refusals(self.count + 1, at, client)


def new_secret() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.strip().encode("utf-8")).hexdigest()


def check_token_name(name: str) -> str:
    """A token's name is the counter name its calls are recorded under: the same rules as a
    staff name (printable, not too long)."""
    try:
        return check_staff_name(name)
    except InvalidInput as error:
        raise InvalidInput(error.code.replace("staff.", "api_token."), **error.params) from None

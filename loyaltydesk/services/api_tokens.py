"""API tokens: made, listed and revoked by the owner; checked on every request to the API."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import Any

from loyaltydesk.domain.api_tokens import ApiToken, check_token_name, new_secret, token_hash
from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.errors import NotFound, NotPermitted, Refused, StorageError
from loyaltydesk.domain.staff import Actor, Permission, name_key
from loyaltydesk.services.common import run_write
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record, require

# A last-used time is written at most this often per token, so a busy till does not turn
# every read into a write (and does not queue behind the SQLite write lock).
USED_AT_STEP = dt.timedelta(minutes=5)
# A token found good is taken on trust this long without asking the database again: a POS
# calls several times a sale, and the look-up was a fifth of a credit's time through the API
# (bench/api.py). One revoked through this service stops at once; one revoked elsewhere (the
# command line, another counter's settings) stops within this long.
TRUSTED_FOR = dt.timedelta(seconds=2)
_TRUSTED_MAX = 1_000  # tokens remembered at once (a club has a few; a flood cannot grow it)


@dataclass(frozen=True, slots=True)
class NewToken:
    token: ApiToken
    secret: str  # shown once: the club keeps only its hash


def _json(token: ApiToken) -> dict[str, Any]:
    return {"name": token.name, "revoked": token.revoked_at is not None}


class ApiTokenService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock
        # Good tokens by their hash, with when the database last said so (the API's threads
        # share it: each read and write of a dict is whole under the GIL).
        self._trusted: dict[str, tuple[ApiToken, dt.datetime]] = {}

    def add(self, name: str, actor: Actor) -> NewToken:
        name = check_token_name(name)
        secret = new_secret()

        def work(uow: UnitOfWork) -> NewToken:
            by = permit(uow, actor, Permission.SETTINGS)
            key = name_key(name)
            now = self._clock()
            before = uow.api_tokens.by_name(key)
            if before is None:
                token = uow.api_tokens.add(name, key, token_hash(secret), now)
            elif before.revoked_at is not None:
                # A lost token is revoked and the POS given a new one under its old name, so
                # its work stays under one counter name on the trail and statements.
                uow.api_tokens.update(
                    before.id,
                    name=name,
                    token_hash=token_hash(secret),
                    created_at=now,
                    revoked_at=None,
                    last_used_at=None,
                )
                token = ApiToken(before.id, name, now)
            else:
                raise Refused("api_token.name_taken", name=name)
            record(
                uow,
                by,
                now,
                AuditKind.API_TOKEN,
                token.name,
                before=_json(before) if before is not None else None,
                after=_json(token),
            )
            uow.commit()
            return NewToken(token, secret)

        return run_write(self._uow, work)

    def listing(self, actor: Actor) -> list[ApiToken]:
        require(self._uow, actor, Permission.SETTINGS)
        with self._uow(write=False) as uow:
            return uow.api_tokens.listing()

    def revoke(self, name: str, actor: Actor) -> ApiToken:
        def work(uow: UnitOfWork) -> ApiToken:
            by = permit(uow, actor, Permission.SETTINGS)
            found = uow.api_tokens.by_name(name_key(name))
            if found is None:
                raise NotFound("api_token.no_such", name=name)
            if found.revoked_at is not None:
                return found  # revoking twice is what the owner wanted: done
            now = self._clock()
            uow.api_tokens.update(found.id, revoked_at=now)
            revoked = ApiToken(found.id, found.name, found.created_at, now, found.last_used_at)
            record(
                uow,
                by,
                now,
                AuditKind.API_TOKEN,
                found.name,
                before=_json(found),
                after=_json(revoked),
            )
            uow.commit()
            # After the commit: a request checked meanwhile may have trusted it again.
            self._trusted.clear()
            return revoked

        return run_write(self._uow, work)

    def trusted(self, secret: str) -> ApiToken | None:
        """The token of ``secret`` if the database said it was good a moment ago (no I/O:
        the API asks this first, on its own thread); None means ``check`` must ask."""
        seen = self._trusted.get(token_hash(secret))
        if seen is None or self._clock() - seen[1] >= TRUSTED_FOR:
            return None
        return seen[0]

    def check(self, secret: str | None) -> ApiToken:
        """The active token whose secret this is, or NotPermitted (the API answers 401)."""
        if not secret:
            raise NotPermitted("api.token_missing")
        hashed = token_hash(secret)
        with self._uow(write=False) as uow:
            token = uow.api_tokens.by_hash(hashed)
        if token is None or token.revoked_at is not None:
            self._trusted.pop(hashed, None)
            raise NotPermitted("api.token_invalid")
        now = self._clock()
        if token.last_used_at is None or now - token.last_used_at >= USED_AT_STEP:
            # Bookkeeping for the owner's list: a sale must not fail because of it (a
            # database opened read-only, a writer holding the lock too long).
            with contextlib.suppress(StorageError), self._uow(write=True) as uow:
                uow.api_tokens.update(token.id, last_used_at=now)
                uow.commit()
        if len(self._trusted) >= _TRUSTED_MAX:
            self._trusted.clear()
        self._trusted[hashed] = (token, now)
        return token

"""POS tokens for the local HTTP API (their hashes only)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Row, bindparam, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.api_tokens import ApiToken
from loyaltydesk.persistence.repositories.rows import core_table, first
from loyaltydesk.persistence.tables import ApiTokenRow

# Asked by every request of a POS, built once (rows.first).
_TOKENS = core_table(ApiTokenRow)
_BY_HASH = select(_TOKENS).where(_TOKENS.c.token_hash == bindparam("token_hash"))


def _token(row: ApiTokenRow | Row[Any]) -> ApiToken:
    return ApiToken(row.id, row.name, row.created_at, row.revoked_at, row.last_used_at)


class SqlApiTokenRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def by_name(self, key: str) -> ApiToken | None:
        row = self._s.scalars(select(ApiTokenRow).where(ApiTokenRow.name_key == key)).first()
        return _token(row) if row else None

    def by_hash(self, hashed: str) -> ApiToken | None:
        row = first(self._s, _BY_HASH, token_hash=hashed)
        return _token(row) if row else None

    def listing(self) -> list[ApiToken]:
        query = select(ApiTokenRow).order_by(ApiTokenRow.name_key)
        return [_token(row) for row in self._s.scalars(query)]

    def add(self, name: str, key: str, hashed: str, at: dt.datetime) -> ApiToken:
        row = ApiTokenRow(name=name, name_key=key, token_hash=hashed, created_at=at)
        self._s.add(row)
        self._s.flush()
        return _token(row)

    def update(self, token_id: int, **values: Any) -> None:
        """Set columns of one token (revoked_at, last_used_at)."""
        self._s.execute(update(ApiTokenRow).where(ApiTokenRow.id == token_id).values(**values))

"""Membership cards: active, replaced, looked up by the number a scanner types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import bindparam, exists, select, update
from sqlalchemy.orm import Session

from loyaltydesk.domain.cards import Card, CardStatus
from loyaltydesk.persistence.repositories.rows import (
    card_of,
    core_table,
    first,
)
from loyaltydesk.persistence.tables import (
    CardRow,
)

# A scan's look-up and every answer's card number, built once (rows.first).
_CARDS = core_table(CardRow)
_BY_NUMBER = select(_CARDS).where(_CARDS.c.number == bindparam("number"))
_ACTIVE_FOR = select(_CARDS).where(
    _CARDS.c.member_id == bindparam("member_id"), _CARDS.c.status == CardStatus.ACTIVE.value
)


class SqlCardRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, member_id: int, number: str, issued_at: dt.datetime) -> Card:
        row = CardRow(
            number=number,
            member_id=member_id,
            status=CardStatus.ACTIVE.value,
            issued_at=issued_at,
            replaced_by_id=None,
        )
        self._s.add(row)
        self._s.flush()
        return card_of(row)

    def get(self, card_id: int) -> Card | None:
        row = self._s.get(CardRow, card_id)
        return card_of(row) if row else None

    def by_number(self, number: str) -> Card | None:
        row = first(self._s, _BY_NUMBER, number=number)
        return card_of(row) if row else None

    def active_for(self, member_id: int) -> Card | None:
        row = first(self._s, _ACTIVE_FOR, member_id=member_id)
        return card_of(row) if row else None

    def active_numbers(self, member_ids: Sequence[int]) -> dict[int, str]:
        if not member_ids:
            return {}
        rows = self._s.execute(
            select(CardRow.member_id, CardRow.number).where(
                CardRow.member_id.in_(member_ids), CardRow.status == CardStatus.ACTIVE.value
            )
        )
        return {member_id: number for member_id, number in rows}

    def mark_replaced(self, card_id: int, replaced_by_id: int) -> None:
        self._s.execute(
            update(CardRow)
            .where(CardRow.id == card_id)
            .values(status=CardStatus.REPLACED.value, replaced_by_id=replaced_by_id)
        )

    def replaced_for(self, member_id: int) -> list[Card]:
        rows = self._s.scalars(
            select(CardRow)
            .where(CardRow.member_id == member_id, CardRow.status == CardStatus.REPLACED.value)
            .order_by(CardRow.id)
        )
        return [card_of(r) for r in rows]

    def replaced_by(self, card_id: int) -> Card | None:
        row = self._s.scalars(select(CardRow).where(CardRow.replaced_by_id == card_id)).first()
        return card_of(row) if row else None

    def of_member(self, member_id: int) -> list[Card]:
        rows = self._s.scalars(
            select(CardRow).where(CardRow.member_id == member_id).order_by(CardRow.id)
        )
        return [card_of(r) for r in rows]

    def move(self, card_id: int, member_id: int, status: CardStatus) -> None:
        self._s.execute(
            update(CardRow)
            .where(CardRow.id == card_id)
            .values(member_id=member_id, status=status.value)
        )

    def number_exists(self, number: str) -> bool:
        return self._s.scalar(select(exists().where(CardRow.number == number))) or False

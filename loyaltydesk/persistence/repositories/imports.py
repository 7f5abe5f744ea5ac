"""Imports: many members in one statement per table, so a list of 100,000 goes in within
a minute instead of the hours that one registration at a time would take."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from loyaltydesk.domain.cards import CardStatus
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.phones import phone_tail
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.domain.staff import Actor
from loyaltydesk.persistence.repositories.rows import actor_columns, core_table, in_slices
from loyaltydesk.persistence.tables import (
    CardRow,
    LedgerRow,
    MemberRow,
    NameTokenRow,
    OperationRow,
)
from loyaltydesk.services.ports import OPENING_SUFFIX, ImportedMember

# The reason an imported opening line carries (the ledger shows it to the customer).
OPENING_REASON = "import"
# Read once: an enum member's .value costs a lookup each time, 100,000 times a row each.
_ACTIVE = CardStatus.ACTIVE.value
_ALTERNATE = CardStatus.ALTERNATE.value
_REGISTER = OperationKind.REGISTER.value
_OPENING_OP = OperationKind.OPENING.value
_OPENING_LINE = EntryKind.OPENING.value


class SqlImportRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def done_operations(self, op_ids: Sequence[str]) -> set[str]:
        return set(self._found(OperationRow.op_id, OperationRow.op_id, op_ids))

    def phones_taken(self, phones: Sequence[str]) -> dict[str, str]:
        return self._found(MemberRow.phone, MemberRow.name, phones)

    def national_codes_taken(self, codes: Sequence[str]) -> dict[str, str]:
        return self._found(MemberRow.national_code, MemberRow.name, codes)

    def card_numbers_taken(self, numbers: Sequence[str]) -> set[str]:
        return set(self._found(CardRow.number, CardRow.number, numbers))

    def _found(self, key: Any, other: Any, values: Sequence[str]) -> dict[Any, Any]:
        """``key`` -> ``other`` for the rows whose ``key`` is among ``values``, asked
        IN_SLICE values at a time (a bound on a statement's parameters)."""
        found: dict[Any, Any] = {}
        wanted = list(values)
        for chunk in in_slices(wanted):
            rows = self._s.execute(select(key, other).where(key.in_(chunk)))
            found.update((value, row_id) for value, row_id in rows)
        return found

    def add_members(self, new: Sequence[ImportedMember], actor: Actor, now: dt.datetime) -> None:
        if not new:
            return
        # Executemany without RETURNING, then the ids read back by the unique phone and
        # card number: RETURNING in parameter order makes SQLite insert row by row.
        self._s.execute(
            insert(core_table(MemberRow)),
            [
                {
                    "name": n.member.name,
                    "phone": n.member.phone,
                    "phone_tail": phone_tail(n.member.phone),
                    "birthday": n.member.birthday,
                    "national_code": n.member.national_code,
                    "joined_at": n.member.joined_at,
                    "balance": n.opening,
                    "stamps": 0,
                    "email": n.member.email,
                    "opted_out": n.member.opted_out,
                    "notes": n.member.notes,
                }
                for n in new
            ],
        )
        by_phone = self._found(MemberRow.phone, MemberRow.id, [n.member.phone for n in new])
        member_ids = [by_phone[n.member.phone] for n in new]
        tokens = [
            {"token": token, "member_id": member_id}
            for n, member_id in zip(new, member_ids, strict=True)
            for token in dict.fromkeys(t[:100] for t in n.member.name_tokens)
        ]
        if tokens:
            self._s.execute(insert(core_table(NameTokenRow)), tokens)
        self._s.execute(
            insert(core_table(CardRow)),
            [
                {
                    "number": n.card_number,
                    "member_id": member_id,
                    "status": _ACTIVE,
                    "issued_at": now,
                }
                for n, member_id in zip(new, member_ids, strict=True)
            ],
        )
        by_number = self._found(CardRow.number, CardRow.id, [n.card_number for n in new])
        card_ids = [by_number[n.card_number] for n in new]
        alternates = [
            {
                "number": n.alternate_code,
                "member_id": member_id,
                "status": _ALTERNATE,
                "issued_at": now,
            }
            for n, member_id in zip(new, member_ids, strict=True)
            if n.alternate_code is not None
        ]
        if alternates:
            self._s.execute(insert(core_table(CardRow)), alternates)
        who = actor_columns(actor)
        operations: list[dict[str, Any]] = []
        openings: list[dict[str, Any]] = []
        lines: list[dict[str, Any]] = []
        for n, member_id, card_id in zip(new, member_ids, card_ids, strict=True):
            # The same record a registration at the counter leaves (fingerprint: the phone).
            operations.append(
                {
                    "op_id": n.op_id,
                    "kind": _REGISTER,
                    "fingerprint": n.member.phone,
                    "member_id": member_id,
                    "created_at": now,
                    "points": 0,
                    "balance_after": 0,
                    "card_id": card_id,
                    **who,
                }
            )
            if n.opening > 0:
                opening_op = n.op_id + OPENING_SUFFIX
                openings.append(
                    {
                        "op_id": opening_op,
                        "kind": _OPENING_OP,
                        # As the counter's opening balance writes it.
                        "fingerprint": f"{member_id}|{n.opening}|{OPENING_REASON}",
                        "member_id": member_id,
                        "created_at": now,
                        "points": n.opening,
                        "balance_after": n.opening,
                        **who,
                    }
                )
                lines.append(
                    {
                        "member_id": member_id,
                        "kind": _OPENING_LINE,
                        "points": n.opening,
                        "balance_after": n.opening,
                        "operation_id": opening_op,
                        "recorded_at": now,
                        "effective_at": now,
                        "reason": OPENING_REASON,
                        "stamps": 0,
                        **who,
                    }
                )
        self._s.execute(insert(core_table(OperationRow)), operations)
        if openings:
            self._s.execute(insert(core_table(OperationRow)), openings)
        if lines:
            self._s.execute(insert(core_table(LedgerRow)), lines)

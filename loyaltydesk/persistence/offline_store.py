"""The counter's own file for working offline: the queue of actions taken while the club's
server did not answer, and what it last saw of the members and the club.

A small SQLite file in the data folder (plain sqlite3: no engine, no pool), with
synchronous=FULL so an action queued is on the disk before the cashier is told it is kept —
a power cut a moment later loses nothing. The read cache holds the frozen read models as
JSON (offline_codec.py), in a file only the owner's account may read; a row another version
wrote that does not fit (an older version's pickle included) is forgotten and filled again.

It also remembers the staff accounts with their PINs' argon2 hashes, so that a cashier can
sign in while the server does not answer. Acceptable because they are hashes already (the
server's own staff table holds the same, and a copied database gives away no more), the
file is the owner's account's alone (private_file), and a four-to-eight digit PIN was never
protected by its hash but by the lockout — which is counted here too while offline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.errors import StorageError
from loyaltydesk.domain.offline import (
    QueuedKind,
    QueuedOperation,
    QueuedState,
    actor_from_json,
    actor_json,
)
from loyaltydesk.domain.phones import digits_only
from loyaltydesk.domain.staff import CounterPolicy, Role
from loyaltydesk.i18n.text import fold_name
from loyaltydesk.persistence.offline_codec import (
    club_from_json,
    club_to_json,
    panel_from_json,
    panel_to_json,
)
from loyaltydesk.private_files import private_file
from loyaltydesk.services.ports import Remembered, RememberedClub, RememberedStaff, SyncMark
from loyaltydesk.services.views import MemberPanel

log = logging.getLogger(__name__)

OFFLINE_FILE = "offline.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    member_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    points INTEGER NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    problem TEXT,
    problem_params TEXT,
    balance INTEGER
);
CREATE INDEX IF NOT EXISTS queue_state ON queue (state, seq);
CREATE INDEX IF NOT EXISTS queue_member ON queue (member_id, at);
CREATE TABLE IF NOT EXISTS members (
    member_id INTEGER PRIMARY KEY,
    name_key TEXT NOT NULL,
    phone TEXT NOT NULL,
    cards TEXT NOT NULL,
    panel BLOB NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS club (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS staff (key TEXT PRIMARY KEY, body TEXT NOT NULL);
"""


def _iso(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat()


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


class SqliteOfflineStore:
    """The queue and the read cache of one counter."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()  # the window's thread and a sync worker share it
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            private_file(path)
            self._db = sqlite3.connect(path, timeout=30, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise StorageError("offline.store_broken", path=str(path), reason=str(error)) from error

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                with self._db:  # one transaction, committed (and synced) or rolled back
                    yield self._db
            except sqlite3.Error as error:
                raise StorageError(
                    "offline.store_broken", path=str(self.path), reason=str(error)
                ) from error

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                raise StorageError(
                    "offline.store_broken", path=str(self.path), reason=str(error)
                ) from error

    # -- the queue ------------------------------------------------------------------------

    def enqueue(self, op: QueuedOperation) -> QueuedOperation:
        body = {
            "member_name": op.member_name,
            "actor": actor_json(op.actor),
            "amount_rials": op.amount_rials,
            "receipt_no": op.receipt_no,
            "reward_id": op.reward_id,
            "reward_name": op.reward_name,
            "reward_name_fa": op.reward_name_fa,
        }
        with self._write() as db:
            # The same action again (a second Enter while offline) is the one already kept.
            db.execute(
                "INSERT INTO queue (op_id, kind, member_id, at, points, body, state)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (op_id) DO NOTHING",
                (
                    op.op_id,
                    op.kind.value,
                    op.member_id,
                    _iso(op.at),
                    op.points,
                    json.dumps(body, ensure_ascii=False),
                    QueuedState.PENDING.value,
                ),
            )
        found = self.queued(op_id=op.op_id, states=tuple(QueuedState))
        return found[0]

    def queued(
        self,
        *,
        states: Collection[QueuedState] = (QueuedState.PENDING,),
        member_id: int | None = None,
        op_id: str | None = None,
        limit: int | None = None,
    ) -> list[QueuedOperation]:
        where = [f"state IN ({', '.join('?' for _ in states)})"]
        params: list[Any] = [s.value for s in states]
        if member_id is not None:
            where.append("member_id = ?")
            params.append(member_id)
        if op_id is not None:
            where.append("op_id = ?")
            params.append(op_id)
        sql = (
            "SELECT seq, op_id, kind, member_id, at, points, body, state, problem,"
            f" problem_params, balance FROM queue WHERE {' AND '.join(where)} ORDER BY seq"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._operation(row) for row in self._read(sql, params)]

    @staticmethod
    def _operation(row: tuple[Any, ...]) -> QueuedOperation:
        seq, op_id, kind, member_id, at, points, body, state, problem, params, balance = row
        data = json.loads(body)
        return QueuedOperation(
            op_id=op_id,
            kind=QueuedKind(kind),
            member_id=member_id,
            member_name=data["member_name"],
            at=_when(at),
            actor=actor_from_json(data["actor"]),
            points=points,
            amount_rials=data.get("amount_rials", 0),
            receipt_no=data.get("receipt_no"),
            reward_id=data.get("reward_id"),
            reward_name=data.get("reward_name", ""),
            reward_name_fa=data.get("reward_name_fa", ""),
            seq=seq,
            state=QueuedState(state),
            problem=problem,
            problem_params=json.loads(params) if params else {},
            balance=balance,
        )

    def mark(self, marks: Sequence[SyncMark]) -> None:
        if not marks:
            return
        with self._write() as db:
            db.executemany(
                "UPDATE queue SET state = ?, problem = ?, problem_params = ?, balance = ?,"
                " points = coalesce(?, points) WHERE op_id = ?",
                [
                    (
                        m.state.value,
                        m.problem,
                        json.dumps(m.problem_params, ensure_ascii=False, default=str)
                        if m.problem
                        else None,
                        m.balance,
                        m.points,
                        m.op_id,
                    )
                    for m in marks
                ],
            )

    def requeue(self, op_id: str) -> bool:
        with self._write() as db:
            changed = db.execute(
                "UPDATE queue SET state = ?, problem = NULL, problem_params = NULL"
                " WHERE op_id = ? AND state = ?",
                (QueuedState.PENDING.value, op_id, QueuedState.REFUSED.value),
            ).rowcount
        return changed > 0

    def discard(self, op_id: str) -> bool:
        with self._write() as db:
            changed = db.execute(
                "UPDATE queue SET state = ? WHERE op_id = ? AND state IN (?, ?)",
                (
                    QueuedState.DISCARDED.value,
                    op_id,
                    QueuedState.PENDING.value,
                    QueuedState.REFUSED.value,
                ),
            ).rowcount
        return changed > 0

    def offline_spent(self, member_id: int, start: dt.datetime, end: dt.datetime) -> int:
        rows = self._read(
            "SELECT coalesce(sum(points), 0) FROM queue WHERE member_id = ? AND kind = ?"
            " AND at >= ? AND at < ? AND state NOT IN (?, ?)",
            (
                member_id,
                QueuedKind.REDEEM.value,
                _iso(start),
                _iso(end),
                QueuedState.REFUSED.value,
                QueuedState.DISCARDED.value,
            ),
        )
        return int(rows[0][0])

    # -- the read cache ---------------------------------------------------------------------

    def remember(self, panel: MemberPanel, at: dt.datetime) -> None:
        member = panel.member
        cards = " ".join(c for c in (member.card, *panel.replaced_cards) if c)
        with self._write() as db:
            db.execute(
                "INSERT INTO members (member_id, name_key, phone, cards, panel, seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET"
                " name_key = excluded.name_key, phone = excluded.phone, cards = excluded.cards,"
                " panel = excluded.panel, seen_at = excluded.seen_at",
                (
                    member.id,
                    fold_name(member.name),
                    digits_only(member.phone),
                    f" {cards} ",
                    panel_to_json(panel),
                    _iso(at),
                ),
            )

    def recall(self, member_id: int) -> Remembered | None:
        rows = self._read("SELECT panel, seen_at FROM members WHERE member_id = ?", (member_id,))
        return self._remembered(rows[0]) if rows else None

    def by_card(self, number: str) -> Remembered | None:
        rows = self._read(
            "SELECT panel, seen_at FROM members WHERE cards LIKE ? LIMIT 1", (f"% {number} %",)
        )
        return self._remembered(rows[0]) if rows else None

    def by_phone(self, phone_digits: str) -> Remembered | None:
        rows = self._read(
            "SELECT panel, seen_at FROM members WHERE phone LIKE ? LIMIT 1",
            (f"%{phone_digits}",),
        )
        return self._remembered(rows[0]) if rows else None

    def find(self, text: str, limit: int) -> list[Remembered]:
        raw = digits_only(text)
        if raw and not any(ch.isalpha() for ch in fold_name(text)):
            # A phone typed in its national form (0912…) is kept as +98912…: the leading
            # zero is the country's trunk prefix, not part of the stored digits.
            phone = raw.lstrip("0") or raw
            rows = self._read(
                "SELECT panel, seen_at FROM members WHERE cards LIKE ? OR phone LIKE ?"
                " ORDER BY seen_at DESC LIMIT ?",
                (f"% {raw} %", f"%{phone}%", limit),
            )
        else:
            key = fold_name(text)
            if not key:
                return []
            rows = self._read(
                "SELECT panel, seen_at FROM members WHERE instr(name_key, ?) > 0"
                " ORDER BY seen_at DESC LIMIT ?",
                (key, limit),
            )
        found = [self._remembered(row) for row in rows]
        return [r for r in found if r is not None]

    def _remembered(self, row: tuple[Any, ...]) -> Remembered | None:
        try:
            panel = panel_from_json(row[0])
        except (ValueError, KeyError, TypeError, IndexError):  # another version's: forgotten
            log.info("an offline cache entry from another version is ignored")
            return None
        return Remembered(panel, _when(row[1]))

    def remember_club(self, rule: EarnRule | None, policy: CounterPolicy, at: dt.datetime) -> None:
        value = club_to_json(RememberedClub(rule, policy, at))
        with self._write() as db:
            db.execute(
                "INSERT INTO club (key, value) VALUES ('club', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (value,),
            )

    def club(self) -> RememberedClub | None:
        rows = self._read("SELECT value FROM club WHERE key = 'club'")
        if not rows:
            return None
        try:
            return club_from_json(rows[0][0])
        except (ValueError, KeyError, TypeError, IndexError):  # another version's: forgotten
            log.info("the offline club entry from another version is ignored")
            return None

    # -- staff accounts ---------------------------------------------------------------------

    def remember_staff(self, accounts: Sequence[RememberedStaff], *, whole: bool) -> None:
        kept = {a.key: a for a in self.staff_accounts()}
        with self._write() as db:
            if whole:
                db.execute("DELETE FROM staff")
            for seen in accounts:
                before = kept.get(seen.key)
                account = seen
                if (
                    before is not None
                    and before.id == seen.id
                    and before.pin_hash == seen.pin_hash
                    and _later(before.locked_until, seen.locked_until)
                ):
                    # A lock earned offline outlasts the server's older view of the account.
                    account = dataclasses.replace(
                        seen,
                        failed_attempts=before.failed_attempts,
                        locked_until=before.locked_until,
                        lockouts=before.lockouts,
                    )
                db.execute(
                    "INSERT INTO staff (key, body) VALUES (?, ?) ON CONFLICT (key)"
                    " DO UPDATE SET body = excluded.body",
                    (account.key, json.dumps(_staff_json(account), ensure_ascii=False)),
                )

    def staff_account(self, key: str) -> RememberedStaff | None:
        rows = self._read("SELECT body FROM staff WHERE key = ?", (key,))
        return _staff_from_json(rows[0][0]) if rows else None

    def staff_accounts(self) -> list[RememberedStaff]:
        found = [_staff_from_json(row[0]) for row in self._read("SELECT body FROM staff")]
        return sorted((a for a in found if a is not None), key=lambda a: a.name)

    def note_staff_attempts(
        self, key: str, failed: int, locked_until: dt.datetime | None, lockouts: int
    ) -> None:
        account = self.staff_account(key)
        if account is None:
            return
        data = _staff_json(account) | {
            "failed_attempts": failed,
            "locked_until": _iso(locked_until) if locked_until is not None else None,
            "lockouts": lockouts,
        }
        with self._write() as db:
            db.execute(
                "UPDATE staff SET body = ? WHERE key = ?",
                (json.dumps(data, ensure_ascii=False), key),
            )


def _later(ours: dt.datetime | None, theirs: dt.datetime | None) -> bool:
    return ours is not None and (theirs is None or ours > theirs)


def _staff_json(account: RememberedStaff) -> dict[str, Any]:
    return {
        "key": account.key,
        "id": account.id,
        "name": account.name,
        "role": account.role.value,
        "active": account.active,
        "pin_hash": account.pin_hash,
        "failed_attempts": account.failed_attempts,
        "locked_until": _iso(account.locked_until) if account.locked_until else None,
        "lockouts": account.lockouts,
    }


def _staff_from_json(body: str) -> RememberedStaff | None:
    try:
        data = json.loads(body)
        locked = data.get("locked_until")
        return RememberedStaff(
            key=str(data["key"]),
            id=int(data["id"]),
            name=str(data["name"]),
            role=Role(data["role"]),
            active=bool(data["active"]),
            pin_hash=str(data["pin_hash"]),
            failed_attempts=int(data.get("failed_attempts", 0)),
            locked_until=_when(locked) if locked else None,
            lockouts=int(data.get("lockouts", 0)),
        )
    except (ValueError, KeyError, TypeError):  # another version's row: forgotten
        log.info("an offline staff entry from another version is ignored")
        return None

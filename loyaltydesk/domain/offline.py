"""A counter that keeps serving when the club's server does not answer: the operations it
queued, the limit on what it may give away meanwhile, and what the server said when they
reached it.

The queue lives on the counter (a local file); the club's server stays the only ledger. A
queued operation carries the operation id the cashier's action was given, so sending it
twice — after a crash, a lost answer, a second `sync` — applies it once.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from loyaltydesk.domain.errors import Refused
from loyaltydesk.domain.staff import Actor, Role


class QueuedKind(enum.StrEnum):
    CREDIT = "credit"
    REDEEM = "redeem"


class QueuedState(enum.StrEnum):
    PENDING = "pending"  # waits for the server
    DONE = "done"  # in the club's ledger
    REFUSED = "refused"  # the server refused it: kept, for a manager to see
    # Taken back on this counter before the server had it (a mistake, or a refusal a
    # manager looked at): never sent, kept as a trail of this counter's own.
    DISCARDED = "discarded"


class ConflictReason(enum.StrEnum):
    SHORT = "short"  # the member had spent the points elsewhere meanwhile
    OUT_OF_STOCK = "out_of_stock"  # the last one had gone at another counter


class Settlement(enum.StrEnum):
    FORGIVEN = "forgiven"  # the shop bears it: nothing more moves
    CHARGED = "charged"  # an approved adjustment takes the rest from the member


def _name_in(name: str, name_fa: str, language: str) -> str:
    """A reward's name in that language (the Persian one when there is one)."""
    return name_fa if language == "fa" and name_fa else name


@dataclass(frozen=True, slots=True)
class QueuedOperation:
    """One action taken while the server did not answer, as the counter keeps it."""

    op_id: str
    kind: QueuedKind
    member_id: int
    member_name: str
    at: dt.datetime  # when the cashier did it (UTC): the purchase's time in the ledger
    actor: Actor
    points: int  # a credit's expected points (the rule as last known); a redemption's cost
    amount_rials: int = 0
    receipt_no: str | None = None
    reward_id: int | None = None
    reward_name: str = ""
    reward_name_fa: str = ""
    seq: int = 0  # its place in the queue (0: not queued yet)
    state: QueuedState = QueuedState.PENDING
    problem: str | None = None  # the server's refusal, a domain error code
    problem_params: dict[str, Any] = field(default_factory=dict)
    balance: int | None = None  # the balance the server gave back when it applied it

    def reward_in(self, language: str) -> str:
        return _name_in(self.reward_name, self.reward_name_fa, language)

    @property
    def change(self) -> int:
        """What it does to the member's balance, as far as this counter knows."""
        return self.points if self.kind is QueuedKind.CREDIT else -self.points


def actor_json(actor: Actor) -> dict[str, Any]:
    """Who did it, kept with the queued action; a manager's on-the-spot approval cannot be
    checked offline, so none is kept."""
    return {
        "staff": actor.staff,
        "counter": actor.counter,
        "role": actor.role.value,
        "staff_id": actor.staff_id,
        "branch": actor.branch,
    }


def actor_from_json(data: dict[str, Any]) -> Actor:
    return Actor(
        staff=str(data["staff"]),
        counter=str(data["counter"]),
        role=Role(data.get("role", Role.CASHIER.value)),
        staff_id=data.get("staff_id"),
        branch=data.get("branch"),
    )


def check_offline_redeem(cost: int, spent_today: int, limit: int, balance: int) -> None:
    """May an offline counter give a reward of ``cost`` points to a member who has spent
    ``spent_today`` offline today and has ``balance`` as far as the counter knows?"""
    if limit <= 0:
        raise Refused("offline.redeem_off")
    if spent_today + cost > limit:
        raise Refused(
            "offline.redeem_limit", limit=limit, spent=spent_today, left=max(0, limit - spent_today)
        )
    if balance < cost:
        raise Refused("offline.redeem_short", cost=cost, balance=balance, missing=cost - balance)


@dataclass(frozen=True, slots=True)
class SyncConflict:
    """An offline redemption the ledger could not fully cover when it reached the server."""

    id: int
    operation_id: str
    member_id: int
    member_name: str
    reason: ConflictReason
    reward_name: str
    reward_name_fa: str
    points_wanted: int
    points_taken: int
    staff: str
    counter: str
    happened_at: dt.datetime
    synced_at: dt.datetime
    settled_at: dt.datetime | None = None
    settled_by: str | None = None
    settlement: Settlement | None = None
    note: str | None = None

    def reward_in(self, language: str) -> str:
        return _name_in(self.reward_name, self.reward_name_fa, language)

    @property
    def shortfall(self) -> int:
        return self.points_wanted - self.points_taken

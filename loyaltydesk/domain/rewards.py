"""The reward catalogue and what a balance can buy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from loyaltydesk.i18n.text import fold_name


@dataclass(frozen=True, slots=True)
class Reward:
    id: int
    name: str
    name_fa: str | None
    cost: int
    active: bool
    sort_order: int
    value_rials: int | None = None  # what it costs the shop, for the points liability
    stock: int | None = None  # None: unlimited
    tier_code: str | None = None  # only for members of this tier (or above)

    @property
    def in_stock(self) -> bool:
        return self.stock is None or self.stock > 0

    def display_name(self, language: str) -> str:
        return self.name_fa if language == "fa" and self.name_fa else self.name

    def matches(self, text: str) -> bool:
        wanted = fold_name(text)
        return wanted in {fold_name(self.name), fold_name(self.name_fa or "")}


@dataclass(frozen=True, slots=True)
class NextReward:
    reward: Reward
    missing: int


def affordable(balance: int, rewards: Sequence[Reward]) -> list[Reward]:
    return [r for r in rewards if r.active and r.in_stock and r.cost <= balance]


def next_reward(balance: int, rewards: Sequence[Reward]) -> NextReward | None:
    """The cheapest active reward the balance cannot buy yet, and how many points it lacks."""
    ahead = sorted((r for r in rewards if r.active and r.cost > balance), key=lambda r: r.cost)
    if not ahead:
        return None
    return NextReward(ahead[0], ahead[0].cost - balance)

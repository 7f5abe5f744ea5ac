"""The reward catalogue and what a balance can buy."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from loyaltydesk.i18n.text import fold_name


class RewardUnit(enum.StrEnum):
    """What a reward costs: points, or stamps of the stamp card (a free coffee at 10)."""

    POINTS = "points"
    STAMPS = "stamps"


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
    unit: RewardUnit = RewardUnit.POINTS  # what ``cost`` counts

    @property
    def costs_stamps(self) -> bool:
        return self.unit is RewardUnit.STAMPS

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


def affordable(balance: int, rewards: Sequence[Reward], stamps: int = 0) -> list[Reward]:
    """What a member can be given now: points rewards within ``balance``, stamp rewards
    within ``stamps``."""
    return [
        r
        for r in rewards
        if r.active and r.in_stock and r.cost <= (stamps if r.costs_stamps else balance)
    ]


def next_reward(
    balance: int, rewards: Sequence[Reward], unit: RewardUnit = RewardUnit.POINTS
) -> NextReward | None:
    """The cheapest active reward in ``unit`` the balance (points, or stamps) cannot buy
    yet, and how many it lacks."""
    ahead = sorted(
        (r for r in rewards if r.active and r.unit is unit and r.cost > balance),
        key=lambda r: r.cost,
    )
    if not ahead:
        return None
    return NextReward(ahead[0], ahead[0].cost - balance)


def stamp_goal(stamps: int, rewards: Sequence[Reward]) -> NextReward | None:
    """The stamp reward a card is filling up for: the cheapest one not yet reached, or the
    dearest one when every stamp reward is reached (a full card). None without any."""
    ahead = next_reward(stamps, rewards, RewardUnit.STAMPS)
    if ahead is not None:
        return ahead
    reached = [r for r in rewards if r.active and r.costs_stamps]
    if not reached:
        return None
    top = max(reached, key=lambda r: r.cost)
    return NextReward(top, 0)

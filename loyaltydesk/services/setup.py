"""A new club as the first-run wizard describes it: its owner, the earning rule and the first
rewards, checked whole before anything is written, then made as the new owner."""

from __future__ import annotations

from dataclasses import dataclass, replace

from loyaltydesk.domain.earning import check_rule
from loyaltydesk.domain.errors import InvalidInput, Refused
from loyaltydesk.domain.money import RIALS_PER_TOMAN
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.domain.staff import Actor, Role, check_pin, check_staff_name
from loyaltydesk.i18n.text import fold_name
from loyaltydesk.services.rules import RulesService, check_reward
from loyaltydesk.services.staff import StaffService

# The sensible defaults: 1 point per 10,000 Toman, and three first rewards.
DEFAULT_STEP_RIALS = 10_000 * RIALS_PER_TOMAN
MAX_FIRST_REWARDS = 8


@dataclass(frozen=True, slots=True)
class FirstReward:
    name: str
    name_fa: str | None
    cost: int


DEFAULT_REWARDS = (
    FirstReward("Free drink", "نوشیدنی رایگان", 40),
    FirstReward("Free dessert", "دسر رایگان", 60),
    FirstReward("Free meal", "غذای رایگان", 100),
)


@dataclass(frozen=True, slots=True)
class ClubStart:
    """``owner`` None: the owner is asked for separately (they skipped that page)."""

    owner: tuple[str, str] | None
    step_rials: int = DEFAULT_STEP_RIALS  # money for one point
    rewards: tuple[FirstReward, ...] = DEFAULT_REWARDS


def check_owner(name: str, pin: str) -> tuple[str, str]:
    return check_staff_name(name), check_pin(pin)


def check_rewards(rewards: tuple[FirstReward, ...]) -> tuple[FirstReward, ...]:
    if len(rewards) > MAX_FIRST_REWARDS:
        raise InvalidInput("setup.too_many_rewards", limit=MAX_FIRST_REWARDS)
    checked: list[FirstReward] = []
    seen: set[str] = set()
    for first in rewards:
        reward = check_reward(
            Reward(0, first.name, first.name_fa, first.cost, active=True, sort_order=0)
        )
        names = {fold_name(reward.name), fold_name(reward.name_fa or "")} - {""}
        if names & seen:
            raise Refused("reward.exists", reward=reward.name, reward_fa=reward.name_fa)
        seen |= names
        checked.append(FirstReward(reward.name, reward.name_fa, reward.cost))
    return tuple(checked)


def check_start(start: ClubStart) -> ClubStart:
    """Everything the wizard gathered, as it would be saved; the first thing wrong raised."""
    owner = check_owner(*start.owner) if start.owner is not None else None
    check_rule(start.step_rials, 1, 0)
    return ClubStart(owner, start.step_rials, check_rewards(start.rewards))


def start_club(
    staff: StaffService,
    rules: RulesService,
    start: ClubStart,
    counter: str,
    branch: str | None = None,
) -> Actor:
    """Make the owner's account (the club must have none), sign them in, and save the
    earning rule and the first rewards as them. Returns the signed-in owner."""
    start = check_start(start)
    if start.owner is None:
        raise InvalidInput("setup.owner_missing")
    if staff.has_staff():
        raise Refused("setup.club_in_use")
    name, pin = start.owner
    staff.add(name, Role.OWNER, pin, Actor(name, counter, branch=branch))
    owner = staff.sign_in(name, pin, counter, branch=branch)
    rule = rules.earn_rule()
    wanted = replace(rule, step_rials=start.step_rials, points_per_step=1)
    if (rule.step_rials, rule.points_per_step) != (wanted.step_rials, wanted.points_per_step):
        rules.save(wanted, owner)
    for reward in start.rewards:
        rules.add_reward(reward.name, reward.cost, reward.name_fa, actor=owner)
    return owner

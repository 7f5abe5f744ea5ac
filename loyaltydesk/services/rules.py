"""The club's rules as the counter applies them: the earning rule and the reward catalogue."""

from __future__ import annotations

from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.errors import InvalidInput, Refused, StorageError
from loyaltydesk.domain.members import MAX_NAME_LENGTH
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.i18n.text import clean_display_name
from loyaltydesk.services.common import run_write
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory

MAX_REWARD_COST = 10_000_000


class RulesService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def earn_rule(self) -> EarnRule:
        with self._uow(write=False) as uow:
            rule = uow.rules.in_force(self._clock())
            if rule is None:
                raise StorageError("rules.missing")
            return rule

    def rewards(self, *, include_inactive: bool = False) -> list[Reward]:
        with self._uow(write=False) as uow:
            return uow.rewards.list(active_only=not include_inactive)

    def add_reward(self, name: str, cost: int, name_fa: str | None = None) -> Reward:
        clean = clean_display_name(name)
        clean_fa = clean_display_name(name_fa) if name_fa else None
        if not clean:
            raise InvalidInput("reward.empty")
        if len(clean) > MAX_NAME_LENGTH or (clean_fa and len(clean_fa) > MAX_NAME_LENGTH):
            raise InvalidInput("name.too_long", limit=MAX_NAME_LENGTH)
        if cost <= 0 or cost > MAX_REWARD_COST:
            raise InvalidInput("reward.bad_cost", limit=MAX_REWARD_COST)

        def work(uow: UnitOfWork) -> Reward:
            for existing in uow.rewards.list(active_only=False):
                if existing.matches(clean) or (clean_fa and existing.matches(clean_fa)):
                    raise Refused("reward.exists", reward=existing.name)
            reward = uow.rewards.add(clean, clean_fa, cost)
            uow.commit()
            return reward

        return run_write(self._uow, work)

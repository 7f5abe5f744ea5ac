"""The club's rules: earning rule versions and the reward catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, case, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.persistence.codec import (
    promotions_to_json,
    tier_policy_to_json,
)
from loyaltydesk.persistence.repositories.rows import (
    core_table,
    first,
    reward_of,
    rule_of,
)
from loyaltydesk.persistence.tables import (
    EarnRuleRow,
    RewardRow,
)

# What every sale reads (the rule it earns by, the rewards its answer names), built once.
_REWARDS = core_table(RewardRow)
_ALL_REWARDS = select(_REWARDS).order_by(_REWARDS.c.sort_order, _REWARDS.c.cost, _REWARDS.c.id)
_ACTIVE_REWARDS = _ALL_REWARDS.where(_REWARDS.c.active.is_(True))
_RULES = core_table(EarnRuleRow)
_RULE_AT = (
    select(_RULES)
    .where(_RULES.c.valid_from <= bindparam("at", type_=_RULES.c.valid_from.type))
    .order_by(_RULES.c.valid_from.desc(), _RULES.c.id.desc())
    .limit(1)
)
_FIRST_RULE = select(_RULES).order_by(_RULES.c.valid_from).limit(1)


class SqlRewardRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self, *, active_only: bool = True) -> list[Reward]:
        rows = self._s.connection().execute(_ACTIVE_REWARDS if active_only else _ALL_REWARDS)
        return [reward_of(r) for r in rows]

    def get(self, reward_id: int) -> Reward | None:
        row = self._s.get(RewardRow, reward_id)
        return reward_of(row) if row else None

    def add(self, name: str, name_fa: str | None, cost: int) -> Reward:
        last = self._s.scalar(select(func.max(RewardRow.sort_order))) or 0
        row = RewardRow(name=name, name_fa=name_fa, cost=cost, active=True, sort_order=last + 1)
        self._s.add(row)
        self._s.flush()
        return reward_of(row)

    def update(self, reward: Reward) -> Reward:
        self._s.execute(
            update(RewardRow)
            .where(RewardRow.id == reward.id)
            .values(
                name=reward.name,
                name_fa=reward.name_fa,
                cost=reward.cost,
                active=reward.active,
                value_rials=reward.value_rials,
                stock=reward.stock,
                tier_code=reward.tier_code,
                unit=reward.unit.value,
            )
        )
        row = self._s.get(RewardRow, reward.id, populate_existing=True)
        assert row is not None
        return reward_of(row)

    def set_order(self, reward_ids: Sequence[int]) -> None:
        for position, reward_id in enumerate(reward_ids, start=1):
            self._s.execute(
                update(RewardRow).where(RewardRow.id == reward_id).values(sort_order=position)
            )

    def take_one(self, reward_id: int) -> bool:
        """One from the stock, if any is left (always True for an unlimited reward)."""
        done: CursorResult[Any] = self._s.execute(  # type: ignore[assignment]
            update(RewardRow)
            .where(
                RewardRow.id == reward_id,
                (RewardRow.stock.is_(None)) | (RewardRow.stock > 0),
            )
            .values(stock=case((RewardRow.stock.is_(None), None), else_=RewardRow.stock - 1))
        )
        return bool(done.rowcount)

    def put_back(self, reward_id: int) -> None:
        self._s.execute(
            update(RewardRow)
            .where(RewardRow.id == reward_id, RewardRow.stock.is_not(None))
            .values(stock=RewardRow.stock + 1)
        )


class SqlRuleRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def in_force(self, at: dt.datetime) -> EarnRule | None:
        row = first(self._s, _RULE_AT, at=at)
        if row is None:
            # A purchase from before the first rule existed (a paper log): the first rule.
            row = first(self._s, _FIRST_RULE)
        return rule_of(row) if row else None

    def add(self, rule: EarnRule) -> EarnRule:
        """A new version (the ``id`` given is ignored), in force from ``rule.valid_from``."""
        row = EarnRuleRow(
            step_rials=rule.step_rials,
            points_per_step=rule.points_per_step,
            min_purchase_rials=rule.min_purchase_rials,
            valid_from=rule.valid_from,
            rounding=rule.rounding.value,
            daily_cap=rule.daily_cap,
            first_purchase_bonus=rule.first_purchase_bonus,
            birthday_bonus=rule.birthday_bonus,
            max_multiplier_percent=rule.max_multiplier_percent,
            promotions=promotions_to_json(rule.promotions),
            tier_policy=tier_policy_to_json(rule.tier_policy),
            expiry_months=rule.expiry_months,
            stamps_enabled=rule.stamps is not None,
            stamp_min_purchase_rials=rule.stamps.min_purchase_rials if rule.stamps else 0,
            stamps_per_day=rule.stamps.per_day if rule.stamps else 1,
            points_enabled=rule.points_enabled,
        )
        self._s.add(row)
        self._s.flush()
        return rule_of(row)

    def get(self, version_id: int) -> EarnRule | None:
        row = self._s.get(EarnRuleRow, version_id)
        return rule_of(row) if row else None

    def versions(self) -> list[EarnRule]:
        rows = self._s.scalars(select(EarnRuleRow).order_by(EarnRuleRow.id))
        return [rule_of(r) for r in rows]

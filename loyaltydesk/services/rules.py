"""The club's rules in the owner's hands: the earning rule (with promotions, bonuses, tiers
and expiry) as versions, the reward catalogue, the simulator and the points liability."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, replace
from fractions import Fraction
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.earning import (
    EarnRule,
    Occasion,
    calculate,
    check_full_rule,
    clean_rule_texts,
)
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused, StorageError
from loyaltydesk.domain.members import MAX_NAME_LENGTH, Member, birthday_within
from loyaltydesk.domain.money import MAX_AMOUNT_RIALS
from loyaltydesk.domain.purchases import Purchase
from loyaltydesk.domain.rewards import Reward, RewardUnit
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.i18n.text import clean_display_name
from loyaltydesk.services.common import UTC_ZONE, run_write
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record

MAX_REWARD_COST = 10_000_000
MAX_STAMP_COST = 100  # a stamp card of more than a hundred visits is a typo
MAX_STOCK = 1_000_000
SIMULATION_DAYS = 90


@dataclass(frozen=True, slots=True)
class Liability:
    """What the club owes its members in points, and in money where rewards have a value."""

    points: int
    rials_per_point: Fraction | None  # None: no reward has a money value yet

    @property
    def rials(self) -> int | None:
        if self.rials_per_point is None:
            return None
        return int(self.points * self.rials_per_point)


@dataclass(frozen=True, slots=True)
class Simulation:
    """The last days' purchases replayed under a draft rule, next to what was issued."""

    days: int
    purchases: int
    members: int
    points_now: int
    points_new: int
    rewards_now: int  # rewards the points earned would buy (cheapest reward, per member)
    rewards_new: int
    rials_per_point: Fraction | None

    @property
    def points_change(self) -> int:
        return self.points_new - self.points_now

    @property
    def liability_change_rials(self) -> int | None:
        if self.rials_per_point is None:
            return None
        return int(self.points_change * self.rials_per_point)


def value_per_point(rewards: list[Reward]) -> Fraction | None:
    """What a point is worth to the shop: the average money value per point of the active
    rewards that have one."""
    rates = [
        Fraction(r.value_rials, r.cost)
        for r in rewards
        if r.active and r.value_rials and not r.costs_stamps
    ]
    return sum(rates, Fraction(0)) / len(rates) if rates else None


class RulesService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo = UTC_ZONE) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    # -- the earning rule ----------------------------------------------------------------

    def earn_rule(self) -> EarnRule:
        """The rule in force now."""
        with self._uow(write=False) as uow:
            rule = uow.rules.in_force(self._clock())
            if rule is None:
                raise StorageError("rules.missing")
            return rule

    def versions(self) -> list[EarnRule]:
        with self._uow(write=False) as uow:
            return uow.rules.versions()

    def check(self, draft: EarnRule) -> EarnRule:
        """The draft as it would be saved, or a refusal naming what is wrong."""
        draft = clean_rule_texts(draft)
        check_full_rule(draft)
        with self._uow(write=False) as uow:
            # Said before anything else is shown (a simulation, "save as a new version?"):
            # a draft equal to the rule in force has nothing to save.
            current = uow.rules.in_force(self._clock())
            if current is not None and _same(current, draft):
                raise Refused("rule.unchanged")
            codes = {r.tier_code for r in uow.rewards.list(active_only=False) if r.tier_code}
        orphaned = sorted(codes - {t.code for t in draft.tier_policy.tiers})
        if orphaned:
            raise Refused("tier.used_by_reward", tier=orphaned[0])
        return draft

    def save(self, draft: EarnRule, actor: Actor) -> EarnRule:
        """A new version from now on; earlier ledger lines keep pointing to theirs."""
        draft = self.check(draft)

        def work(uow: UnitOfWork) -> EarnRule:
            permit(uow, actor, Permission.EDIT_RULES)
            now = self._clock()
            current = uow.rules.in_force(now)
            if current is not None and _same(current, draft):
                raise Refused("rule.unchanged")
            saved = uow.rules.add(replace(draft, valid_from=now))
            record(
                uow,
                actor,
                now,
                AuditKind.RULES,
                f"rule:{saved.id}",
                before=asdict(current) if current is not None else None,
                after=asdict(saved),
            )
            uow.commit()
            return saved

        return run_write(self._uow, work)

    def simulate(self, draft: EarnRule, days: int = SIMULATION_DAYS) -> Simulation:
        """Replay the last ``days`` days of purchases under the current rule and under
        ``draft``: the points and rewards each would have given, and what the change does to
        the liability. Members' tiers are taken as they are today."""
        check_full_rule(draft)
        now = self._clock()
        with self._uow(write=False) as uow:
            purchases = uow.purchases.between(now - dt.timedelta(days=days), now)
            member_ids = sorted({p.member_id for p in purchases})
            members = {m.id: m for m in uow.members.get_many(member_ids)}
            firsts = set(uow.purchases.first_ids(member_ids).values())
            rewards = uow.rewards.list()
            current = uow.rules.in_force(now)
            if current is None:
                raise StorageError("rules.missing")
        # Points only: the simulator leaves the stamp card out (a visit's stamp does not
        # depend on the points rule being tried).
        cheapest = min((r.cost for r in rewards if r.active and not r.costs_stamps), default=None)
        earned_now = self._replay(current, purchases, members, firsts)
        earned_new = self._replay(draft, purchases, members, firsts)
        return Simulation(
            days=days,
            purchases=len(purchases),
            members=len(earned_new),
            points_now=sum(earned_now.values()),
            points_new=sum(earned_new.values()),
            rewards_now=_rewards_reached(earned_now, cheapest),
            rewards_new=_rewards_reached(earned_new, cheapest),
            rials_per_point=value_per_point(rewards),
        )

    def _replay(
        self,
        rule: EarnRule,
        purchases: list[Purchase],
        members: dict[int, Member],
        firsts: set[int],
    ) -> dict[int, int]:
        """Points per member for ``purchases`` under ``rule``."""
        earned: dict[int, int] = defaultdict(int)
        per_day: dict[tuple[int, dt.date], int] = defaultdict(int)
        for purchase in purchases:
            member = members.get(purchase.member_id)
            if member is None:
                continue
            local = purchase.occurred_at.astimezone(self._zone)
            key = (member.id, local.date())
            occasion = Occasion(
                local_time=local,
                first_purchase=purchase.id in firsts,
                birthday_week=birthday_within(
                    member.birthday, local.date() - dt.timedelta(days=3), days=7
                ),
                earned_today=per_day[key],
                tier=rule.tier_policy.by_code(member.tier_code),
            )
            points = calculate(rule, purchase.amount_rials, occasion).points
            per_day[key] += points
            earned[member.id] += points
        return earned

    def liability(self) -> Liability:
        with self._uow(write=False) as uow:
            return Liability(uow.members.outstanding_points(), value_per_point(uow.rewards.list()))

    # -- the reward catalogue --------------------------------------------------------------

    def rewards(self, *, include_inactive: bool = False) -> list[Reward]:
        with self._uow(write=False) as uow:
            return uow.rewards.list(active_only=not include_inactive)

    def add_reward(
        self,
        name: str,
        cost: int,
        name_fa: str | None = None,
        unit: RewardUnit = RewardUnit.POINTS,
        *,
        actor: Actor,
    ) -> Reward:
        return self.create_reward(
            Reward(
                id=0, name=name, name_fa=name_fa, cost=cost, active=True, sort_order=0, unit=unit
            ),
            actor,
        )

    def create_reward(self, reward: Reward, actor: Actor) -> Reward:
        """A new reward, last in the counter's order, with all its details at once."""
        clean = self._checked(reward)

        def work(uow: UnitOfWork) -> Reward:
            permit(uow, actor, Permission.EDIT_RULES)
            _refuse_duplicate(uow, clean.name, clean.name_fa, None)
            self._check_tier(uow, clean)
            added = uow.rewards.add(clean.name, clean.name_fa, clean.cost)
            saved = uow.rewards.update(replace(clean, id=added.id, sort_order=added.sort_order))
            record(
                uow,
                actor,
                self._clock(),
                AuditKind.REWARD,
                f"reward:{saved.id}",
                after=asdict(saved),
            )
            uow.commit()
            return saved

        return run_write(self._uow, work)

    def update_reward(self, reward: Reward, actor: Actor) -> Reward:
        """Change a reward; past redemptions keep the name and cost they were made with."""
        clean = self._checked(reward)

        def work(uow: UnitOfWork) -> Reward:
            permit(uow, actor, Permission.EDIT_RULES)
            before = uow.rewards.get(reward.id)
            if before is None:
                raise NotFound("reward.unknown", reward=str(reward.id))
            _refuse_duplicate(uow, clean.name, clean.name_fa, reward.id)
            self._check_tier(uow, clean)
            saved = uow.rewards.update(clean)
            record(
                uow,
                actor,
                self._clock(),
                AuditKind.REWARD,
                f"reward:{saved.id}",
                before=asdict(before),
                after=asdict(saved),
            )
            uow.commit()
            return saved

        return run_write(self._uow, work)

    @staticmethod
    def _checked(reward: Reward) -> Reward:
        return check_reward(reward)

    def _check_tier(self, uow: UnitOfWork, reward: Reward) -> None:
        if reward.tier_code is None:
            return
        rule = uow.rules.in_force(self._clock())
        if rule is None or rule.tier_policy.by_code(reward.tier_code) is None:
            raise InvalidInput("reward.unknown_tier", tier=reward.tier_code)

    def order_rewards(self, reward_ids: list[int], actor: Actor) -> None:
        """The counter's order of the rewards (Ctrl+1 is the first)."""

        def work(uow: UnitOfWork) -> None:
            permit(uow, actor, Permission.EDIT_RULES)
            known = {r.id for r in uow.rewards.list(active_only=False)}
            if set(reward_ids) != known or len(reward_ids) != len(known):
                raise InvalidInput("reward.order_mismatch")
            uow.rewards.set_order(reward_ids)
            uow.commit()

        run_write(self._uow, work)


def check_reward(reward: Reward) -> Reward:
    """The reward as it would be saved (names tidied), or InvalidInput saying what is wrong;
    whether another reward has its name is only known to the database."""
    name, name_fa = _check_names(reward.name, reward.name_fa)
    if reward.costs_stamps:
        if not 0 < reward.cost <= MAX_STAMP_COST:
            raise InvalidInput("reward.bad_stamp_cost", limit=MAX_STAMP_COST)
    else:
        _check_cost(reward.cost)
    if reward.value_rials is not None and not 0 < reward.value_rials <= MAX_AMOUNT_RIALS:
        raise InvalidInput("reward.bad_value")
    if reward.stock is not None and not 0 <= reward.stock <= MAX_STOCK:
        raise InvalidInput("reward.bad_stock", limit=MAX_STOCK)
    return replace(reward, name=name, name_fa=name_fa)


def _same(a: EarnRule, b: EarnRule) -> bool:
    return replace(a, id=0, valid_from=dt.datetime.min) == replace(
        b, id=0, valid_from=dt.datetime.min
    )


def _rewards_reached(earned: dict[int, int], cheapest: int | None) -> int:
    if not cheapest:
        return 0
    return sum(points // cheapest for points in earned.values() if points > 0)


def _check_names(name: str, name_fa: str | None) -> tuple[str, str | None]:
    clean = clean_display_name(name)
    clean_fa = clean_display_name(name_fa) if name_fa else None
    if not clean:
        raise InvalidInput("reward.empty")
    if len(clean) > MAX_NAME_LENGTH or (clean_fa and len(clean_fa) > MAX_NAME_LENGTH):
        raise InvalidInput("name.too_long", limit=MAX_NAME_LENGTH)
    return clean, clean_fa or None


def _check_cost(cost: int) -> None:
    if cost <= 0 or cost > MAX_REWARD_COST:
        raise InvalidInput("reward.bad_cost", limit=MAX_REWARD_COST)


def _refuse_duplicate(uow: UnitOfWork, name: str, name_fa: str | None, own_id: int | None) -> None:
    for existing in uow.rewards.list(active_only=False):
        if existing.id == own_id:
            continue
        if existing.matches(name) or (name_fa and existing.matches(name_fa)):
            raise Refused("reward.exists", reward=existing.name)

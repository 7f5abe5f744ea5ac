"""Earning rules: how many points a purchase earns, and why.

A rule version is immutable: a change starts a new version from a moment on, and every
ledger line keeps the version and the calculation that produced its points, so a statement
can explain each one ("250 points: 1 per 10,000 Toman, ×2 happy hour").
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import MAX_AMOUNT_RIALS
from loyaltydesk.domain.stamps import StampReason, StampRule, check_stamp_rule, stamp_for
from loyaltydesk.domain.tiers import Tier, TierPolicy, check_policy
from loyaltydesk.i18n.text import strip_bidi_controls

PERCENT = 100
MAX_POINTS_PER_STEP = 1_000_000
# The most points one purchase of the largest possible amount may earn at the base rate. A
# rule beyond it is a typo (999,999 points per Toman), and balances built on it would
# outgrow what a database integer holds after a few dozen sales.
MAX_POINTS_PER_PURCHASE = 1_000_000_000_000
# No balance grows past this (a database integer holds about 9.2 × 10^18); reaching it means a
# rule saved before MAX_POINTS_PER_PURCHASE existed, and the sale is refused, not crashed.
MAX_BALANCE = 10**15
MAX_BONUS = 100_000
MAX_MULTIPLIER_PERCENT = 1000  # ×10: beyond it a rule is a typo, not a promotion
DEFAULT_MAX_MULTIPLIER_PERCENT = 300
MAX_PROMOTIONS = 50
MAX_PROMOTION_NAME = 60
MAX_EXPIRY_MONTHS = 120


class Rounding(enum.StrEnum):
    DOWN = "down"
    NEAREST = "nearest"
    UP = "up"

    def apply(self, value: Fraction) -> int:
        if self is Rounding.DOWN:
            return int(value // 1)
        if self is Rounding.UP:
            return -int(-value // 1)
        return int((value + Fraction(1, 2)) // 1)  # halves go up: the customer's way


@dataclass(frozen=True, slots=True)
class Promotion:
    """Extra points in a window: a multiplier (200 = ×2) or a fixed bonus per purchase.

    Dates are inclusive; hours run from ``from_time`` up to, not including, ``until_time``
    (a purchase at 18:00 is after a 15:00–18:00 happy hour). No weekdays means every day.
    Weekdays are Python's: Monday 0 … Sunday 6.
    """

    name: str
    multiplier_percent: int = PERCENT
    bonus_points: int = 0
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    weekdays: frozenset[int] = frozenset()
    from_time: dt.time | None = None
    until_time: dt.time | None = None

    def applies(self, local: dt.datetime) -> bool:
        day = local.date()
        if self.starts_on is not None and day < self.starts_on:
            return False
        if self.ends_on is not None and day > self.ends_on:
            return False
        if self.weekdays and day.weekday() not in self.weekdays:
            return False
        moment = local.time().replace(tzinfo=None)
        if self.from_time is not None and moment < self.from_time:
            return False
        return not (self.until_time is not None and moment >= self.until_time)

    def may_overlap(self, other: Promotion) -> bool:
        """Whether some moment could fall in both (checked when the rule is saved)."""
        start = max(self.starts_on or dt.date.min, other.starts_on or dt.date.min)
        end = min(self.ends_on or dt.date.max, other.ends_on or dt.date.max)
        if start > end:
            return False
        if self.weekdays and other.weekdays and not self.weekdays & other.weekdays:
            return False
        begin = max(self.from_time or dt.time.min, other.from_time or dt.time.min)
        finish = min(self.until_time or dt.time.max, other.until_time or dt.time.max)
        return begin < finish


@dataclass(frozen=True, slots=True)
class EarnRule:
    """One version of the club's earning rule.

    ``points_per_step`` points for every ``step_rials`` spent, from ``min_purchase_rials``
    on, rounded as the owner chose (down by default). The default, 1 point per 10,000 Toman,
    is step_rials=100_000, points_per_step=1.
    """

    id: int
    step_rials: int
    points_per_step: int
    min_purchase_rials: int
    valid_from: dt.datetime
    rounding: Rounding = Rounding.DOWN
    daily_cap: int | None = None
    first_purchase_bonus: int = 0
    birthday_bonus: int = 0
    max_multiplier_percent: int = DEFAULT_MAX_MULTIPLIER_PERCENT
    promotions: tuple[Promotion, ...] = ()
    tier_policy: TierPolicy = field(default_factory=TierPolicy)
    expiry_months: int | None = None  # None: points never expire
    stamps: StampRule | None = None  # None: no stamp card
    points_enabled: bool = True  # False: stamps instead of points (a purchase earns none)

    def points_for(self, amount_rials: int) -> int:
        """The points of a plain purchase: no promotion, bonus or cap (the rule's base)."""
        if not self.points_enabled or amount_rials < self.min_purchase_rials:
            return 0
        return self.rounding.apply(Fraction(amount_rials * self.points_per_step, self.step_rials))


class PartKind(enum.StrEnum):
    BASE = "base"
    MULTIPLIER = "multiplier"
    TIER = "tier"
    PROMOTION_BONUS = "promotion_bonus"
    FIRST_PURCHASE = "first_purchase"
    BIRTHDAY = "birthday"
    DAILY_CAP = "daily_cap"
    BELOW_MINIMUM = "below_minimum"


@dataclass(frozen=True, slots=True)
class Part:
    """One reason in a calculation; ``points`` is what it adds (negative for a cap)."""

    kind: PartKind
    points: int
    name: str = ""
    percent: int = PERCENT


@dataclass(frozen=True, slots=True)
class Calculation:
    """How a purchase's points were reached, kept on its ledger line."""

    rule_version: int
    step_rials: int
    points_per_step: int
    points: int
    parts: tuple[Part, ...] = field(default_factory=tuple)
    # The stamp side of the same purchase; no reason when the rule has no stamp card.
    stamps: int = 0
    stamp_reason: StampReason | None = None
    visit_rials: int = 0  # the purchase, so a statement can say "visit of 120,000 Toman"
    points_off: bool = False  # the rule gave stamps instead of points


@dataclass(frozen=True, slots=True)
class Occasion:
    """What about the member and the moment matters to the rule."""

    local_time: dt.datetime  # in the shop's time zone: promotions are in shop hours
    first_purchase: bool = False
    birthday_week: bool = False
    earned_today: int = 0  # points already earned on this local day, for the daily cap
    tier: Tier | None = None  # the member's tier before this purchase
    stamped_today: int = 0  # stamps kept from this local day's visits, for the stamp limit


def rule_at(versions: Sequence[EarnRule], at: dt.datetime) -> EarnRule | None:
    """The version in force at ``at`` (the latest begun by then; a time before the first
    rule takes the first), as the rules repository's ``in_force`` answers, from a list read
    once for many purchases."""
    begun = [v for v in versions if v.valid_from <= at]
    if begun:
        return max(begun, key=lambda v: (v.valid_from, v.id))
    return min(versions, key=lambda v: (v.valid_from, v.id), default=None)


def calculate(rule: EarnRule, amount_rials: int, occasion: Occasion) -> Calculation:
    """What ``amount_rials`` earns under ``rule`` on this occasion (points and, with a stamp
    card, a stamp), with the reasons."""
    calc = _points(rule, amount_rials, occasion)
    if rule.stamps is not None:
        outcome = stamp_for(rule.stamps, amount_rials, occasion.stamped_today)
        calc = replace(
            calc, stamps=outcome.stamps, stamp_reason=outcome.reason, visit_rials=amount_rials
        )
    return calc


def _points(rule: EarnRule, amount_rials: int, occasion: Occasion) -> Calculation:
    if not rule.points_enabled:
        return Calculation(rule.id, rule.step_rials, rule.points_per_step, 0, points_off=True)
    parts: list[Part] = []
    if amount_rials < rule.min_purchase_rials:
        parts.append(Part(PartKind.BELOW_MINIMUM, 0))
        return Calculation(rule.id, rule.step_rials, rule.points_per_step, 0, tuple(parts))
    active = [p for p in rule.promotions if p.applies(occasion.local_time)]
    multiplier = Fraction(1)
    for promotion in active:
        if promotion.multiplier_percent != PERCENT:
            multiplier *= Fraction(promotion.multiplier_percent, PERCENT)
    # Stacked promotions (and the tier on top) never pay more than the owner's limit.
    limit = Fraction(rule.max_multiplier_percent, PERCENT)
    multiplier = min(multiplier, limit)
    tier = Fraction(occasion.tier.multiplier_percent, PERCENT) if occasion.tier else Fraction(1)
    overall = min(multiplier * tier, limit)
    raw = Fraction(amount_rials * rule.points_per_step, rule.step_rials)
    base = rule.rounding.apply(raw)
    promoted = rule.rounding.apply(raw * multiplier)
    points = rule.rounding.apply(raw * overall)  # one rounding, of the whole
    parts.append(Part(PartKind.BASE, base))
    if multiplier != 1:
        names = ", ".join(p.name for p in active if p.multiplier_percent != PERCENT)
        parts.append(Part(PartKind.MULTIPLIER, promoted - base, names, round(multiplier * PERCENT)))
    if occasion.tier is not None and overall != multiplier:
        parts.append(
            Part(
                PartKind.TIER,
                points - promoted,
                occasion.tier.name,
                round(overall / multiplier * PERCENT),
            )
        )
    for promotion in active:
        if promotion.bonus_points:
            parts.append(Part(PartKind.PROMOTION_BONUS, promotion.bonus_points, promotion.name))
            points += promotion.bonus_points
    if occasion.first_purchase and rule.first_purchase_bonus:
        parts.append(Part(PartKind.FIRST_PURCHASE, rule.first_purchase_bonus))
        points += rule.first_purchase_bonus
    if occasion.birthday_week and rule.birthday_bonus:
        parts.append(Part(PartKind.BIRTHDAY, rule.birthday_bonus))
        points += rule.birthday_bonus
    if rule.daily_cap is not None:
        room = max(0, rule.daily_cap - occasion.earned_today)
        if points > room:
            parts.append(Part(PartKind.DAILY_CAP, room - points))
            points = room
    return Calculation(rule.id, rule.step_rials, rule.points_per_step, points, tuple(parts))


DEFAULT_STEP_RIALS = 100_000
DEFAULT_POINTS_PER_STEP = 1


def check_rule(step_rials: int, points_per_step: int, min_purchase_rials: int) -> None:
    """Each way a number can be wrong has its own key: a huge number is told its limit,
    not that it should be more than zero."""
    if step_rials <= 0:
        raise InvalidInput("rule.bad_step")
    if step_rials > MAX_AMOUNT_RIALS:
        raise InvalidInput("rule.step_too_large", limit_rials=MAX_AMOUNT_RIALS)
    if points_per_step <= 0:
        raise InvalidInput("rule.bad_points")
    if points_per_step > MAX_POINTS_PER_STEP:
        raise InvalidInput("rule.points_too_large", limit=MAX_POINTS_PER_STEP)
    if (MAX_AMOUNT_RIALS // step_rials) * points_per_step > MAX_POINTS_PER_PURCHASE:
        raise InvalidInput(
            "rule.earns_too_much", amount=MAX_AMOUNT_RIALS, limit=MAX_POINTS_PER_PURCHASE
        )
    if min_purchase_rials < 0:
        raise InvalidInput("rule.bad_minimum")
    if min_purchase_rials > MAX_AMOUNT_RIALS:
        raise InvalidInput("rule.minimum_too_large", limit_rials=MAX_AMOUNT_RIALS)


def check_full_rule(rule: EarnRule) -> None:
    """Everything about a rule an owner could get wrong, each with its own message."""
    check_rule(rule.step_rials, rule.points_per_step, rule.min_purchase_rials)
    if rule.daily_cap is not None and not 0 < rule.daily_cap <= MAX_BONUS * 10:
        raise InvalidInput("rule.bad_daily_cap")
    for name, value in (
        ("first_purchase_bonus", rule.first_purchase_bonus),
        ("birthday_bonus", rule.birthday_bonus),
    ):
        if not 0 <= value <= MAX_BONUS:
            raise InvalidInput("rule.bad_bonus", field=name, limit=MAX_BONUS)
    if not PERCENT <= rule.max_multiplier_percent <= MAX_MULTIPLIER_PERCENT:
        raise InvalidInput("rule.bad_max_multiplier", limit=MAX_MULTIPLIER_PERCENT // PERCENT)
    check_policy(rule.tier_policy)
    if rule.expiry_months is not None and not 1 <= rule.expiry_months <= MAX_EXPIRY_MONTHS:
        raise InvalidInput("expiry.bad_months", limit=MAX_EXPIRY_MONTHS)
    if rule.stamps is not None:
        check_stamp_rule(rule.stamps)
    elif not rule.points_enabled:
        raise InvalidInput("stamps.nothing_earned")  # neither points nor stamps
    if len(rule.promotions) > MAX_PROMOTIONS:
        raise InvalidInput("promotion.too_many", limit=MAX_PROMOTIONS)
    names: set[str] = set()
    for promotion in rule.promotions:
        check_promotion(promotion)
        if promotion.name.casefold() in names:
            raise InvalidInput("promotion.duplicate_name", promotion=promotion.name)
        names.add(promotion.name.casefold())
    for i, first in enumerate(rule.promotions):
        stacked = Fraction(first.multiplier_percent, PERCENT)
        for second in rule.promotions[i + 1 :]:
            if first.may_overlap(second):
                together = stacked * Fraction(second.multiplier_percent, PERCENT)
                if together > Fraction(rule.max_multiplier_percent, PERCENT):
                    raise InvalidInput(
                        "promotion.stacks_too_high",
                        promotion=first.name,
                        other=second.name,
                        limit=f"{rule.max_multiplier_percent / PERCENT:g}",
                    )


def clean_rule_texts(rule: EarnRule) -> EarnRule:
    """The rule with its promotions' and tiers' names as they will be stored: without
    directional formatting characters, which would reorder what is shown around them."""

    def clean(text: str | None) -> str | None:
        return None if text is None else strip_bidi_controls(text)

    return replace(
        rule,
        promotions=tuple(replace(p, name=strip_bidi_controls(p.name)) for p in rule.promotions),
        tier_policy=replace(
            rule.tier_policy,
            tiers=tuple(
                replace(t, name=strip_bidi_controls(t.name), name_fa=clean(t.name_fa))
                for t in rule.tier_policy.tiers
            ),
        ),
    )


def check_promotion(promotion: Promotion) -> None:
    name = promotion.name.strip()
    if not name or len(name) > MAX_PROMOTION_NAME:
        raise InvalidInput("promotion.bad_name", limit=MAX_PROMOTION_NAME)
    if promotion.multiplier_percent == PERCENT and promotion.bonus_points == 0:
        raise InvalidInput("promotion.gives_nothing", promotion=name)
    if not PERCENT <= promotion.multiplier_percent <= MAX_MULTIPLIER_PERCENT:
        raise InvalidInput("promotion.bad_multiplier", promotion=name)
    if not 0 <= promotion.bonus_points <= MAX_BONUS:
        raise InvalidInput("promotion.bad_bonus", promotion=name, limit=MAX_BONUS)
    if (
        promotion.starts_on is not None
        and promotion.ends_on is not None
        and promotion.ends_on < promotion.starts_on
    ):
        raise InvalidInput("promotion.ends_before_start", promotion=name)
    if (promotion.from_time is None) != (promotion.until_time is None):
        raise InvalidInput("promotion.half_hours", promotion=name)
    if (
        promotion.from_time is not None
        and promotion.until_time is not None
        and promotion.until_time <= promotion.from_time
    ):
        raise InvalidInput("promotion.hours_reversed", promotion=name)
    if any(not 0 <= d <= 6 for d in promotion.weekdays):
        raise InvalidInput("promotion.bad_weekday", promotion=name)

"""The read models a counter keeps for working offline, as plain JSON (offline_store.py).

Explicit both ways rather than pickled: a file another version wrote is read field by field,
a field it lacks takes its default, and a row that does not fit raises ValueError — the
store then forgets it and fills it again online. ``FORMAT`` changes only when a field's
meaning does; a row of another format is forgotten too.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from loyaltydesk.domain.earning import EarnRule, Rounding
from loyaltydesk.domain.rewards import NextReward, Reward, RewardUnit
from loyaltydesk.domain.staff import ApprovalLimits, CounterPolicy
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.domain.tiers import Tier, TierBasis
from loyaltydesk.persistence.codec import (
    promotions_from_json,
    promotions_to_json,
    tier_policy_from_json,
    tier_policy_to_json,
)
from loyaltydesk.services.ports import RememberedClub
from loyaltydesk.services.views import MemberPanel, MemberView, TierStanding, VisitLine

FORMAT = 1


def _at(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _when(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value is not None else None


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value is not None else None


def _required(value: dt.datetime | None) -> dt.datetime:
    if value is None:
        raise ValueError("a time is missing")
    return value


def _member(m: MemberView) -> dict[str, Any]:
    return {
        "id": m.id,
        "name": m.name,
        "phone": m.phone,
        "card": m.card,
        "balance": m.balance,
        "joined_at": _at(m.joined_at),
        "birthday": m.birthday.isoformat() if m.birthday else None,
        "national_code": m.national_code,
        "referrer_id": m.referrer_id,
        "last_visit_at": _at(m.last_visit_at),
        "stamps": m.stamps,
        "email": m.email,
        "opted_out": m.opted_out,
        "merged_into": m.merged_into,
        "notes": m.notes,
    }


def _member_from(d: dict[str, Any]) -> MemberView:
    return MemberView(
        id=int(d["id"]),
        name=str(d["name"]),
        phone=str(d["phone"]),
        card=d.get("card"),
        balance=int(d["balance"]),
        joined_at=_required(_when(d["joined_at"])),
        birthday=_day(d.get("birthday")),
        national_code=d.get("national_code"),
        referrer_id=d.get("referrer_id"),
        last_visit_at=_when(d.get("last_visit_at")),
        stamps=int(d.get("stamps", 0)),
        email=d.get("email"),
        opted_out=bool(d.get("opted_out", False)),
        merged_into=d.get("merged_into"),
        notes=d.get("notes"),
    )


def _reward(r: Reward) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "name_fa": r.name_fa,
        "cost": r.cost,
        "active": r.active,
        "sort_order": r.sort_order,
        "value_rials": r.value_rials,
        "stock": r.stock,
        "tier_code": r.tier_code,
        "unit": r.unit.value,
    }


def _reward_from(d: dict[str, Any]) -> Reward:
    return Reward(
        id=int(d["id"]),
        name=str(d["name"]),
        name_fa=d.get("name_fa"),
        cost=int(d["cost"]),
        active=bool(d["active"]),
        sort_order=int(d["sort_order"]),
        value_rials=d.get("value_rials"),
        stock=d.get("stock"),
        tier_code=d.get("tier_code"),
        unit=RewardUnit(d.get("unit", RewardUnit.POINTS.value)),
    )


def _next(n: NextReward | None) -> dict[str, Any] | None:
    return {"reward": _reward(n.reward), "missing": n.missing} if n is not None else None


def _next_from(d: dict[str, Any] | None) -> NextReward | None:
    return NextReward(_reward_from(d["reward"]), int(d["missing"])) if d is not None else None


def _visit(v: VisitLine) -> dict[str, Any]:
    return {
        "at": _at(v.at),
        "amount_rials": v.amount_rials,
        "points": v.points,
        "refunded_rials": v.refunded_rials,
        "receipt_no": v.receipt_no,
        "stamps": v.stamps,
    }


def _visit_from(d: dict[str, Any]) -> VisitLine:
    return VisitLine(
        at=_required(_when(d["at"])),
        amount_rials=int(d["amount_rials"]),
        points=int(d["points"]),
        refunded_rials=int(d["refunded_rials"]),
        receipt_no=d.get("receipt_no"),
        stamps=int(d.get("stamps", 0)),
    )


def _tier(t: Tier | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {
        "code": t.code,
        "name": t.name,
        "name_fa": t.name_fa,
        "threshold": t.threshold,
        "multiplier_percent": t.multiplier_percent,
    }


def _tier_from(d: dict[str, Any] | None) -> Tier | None:
    if d is None:
        return None
    return Tier(
        code=str(d["code"]),
        name=str(d["name"]),
        name_fa=d.get("name_fa"),
        threshold=int(d["threshold"]),
        multiplier_percent=int(d["multiplier_percent"]),
    )


def _standing(s: TierStanding | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "tier": _tier(s.tier),
        "since": _at(s.since),
        "review_on": s.review_on.isoformat() if s.review_on else None,
        "in_window": s.in_window,
        "basis": s.basis.value,
        "window_months": s.window_months,
        "next_tier": _tier(s.next_tier),
        "missing": s.missing,
    }


def _standing_from(d: dict[str, Any] | None) -> TierStanding | None:
    if d is None:
        return None
    return TierStanding(
        tier=_tier_from(d.get("tier")),
        since=_when(d.get("since")),
        review_on=_day(d.get("review_on")),
        in_window=int(d["in_window"]),
        basis=TierBasis(d["basis"]),
        window_months=int(d["window_months"]),
        next_tier=_tier_from(d.get("next_tier")),
        missing=int(d["missing"]),
    )


def panel_to_json(panel: MemberPanel) -> str:
    expiring = panel.expiring
    return json.dumps(
        {
            "format": FORMAT,
            "member": _member(panel.member),
            "next_reward": _next(panel.next_reward),
            "affordable": [_reward(r) for r in panel.affordable],
            "rewards": [_reward(r) for r in panel.rewards],
            "recent_visits": [_visit(v) for v in panel.recent_visits],
            "replaced_cards": list(panel.replaced_cards),
            "birthday_this_week": panel.birthday_this_week,
            "tier": _standing(panel.tier),
            "expiring": [_at(expiring[0]), expiring[1]] if expiring is not None else None,
            "stamps_on": panel.stamps_on,
            "stamp_goal": _next(panel.stamp_goal),
            "points_on": panel.points_on,
        },
        ensure_ascii=False,
    )


def _load(text: str | bytes) -> dict[str, Any]:
    data = json.loads(text)  # a pickle of an older version: not JSON, a ValueError
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("another version's offline cache")
    return data


def panel_from_json(text: str | bytes) -> MemberPanel:
    """The panel kept; ValueError (or KeyError, TypeError) for a row that does not fit."""
    d = _load(text)
    expiring = d.get("expiring")
    return MemberPanel(
        member=_member_from(d["member"]),
        next_reward=_next_from(d.get("next_reward")),
        affordable=tuple(_reward_from(r) for r in d["affordable"]),
        rewards=tuple(_reward_from(r) for r in d["rewards"]),
        recent_visits=tuple(_visit_from(v) for v in d["recent_visits"]),
        replaced_cards=tuple(str(c) for c in d["replaced_cards"]),
        birthday_this_week=bool(d["birthday_this_week"]),
        tier=_standing_from(d.get("tier")),
        expiring=(_required(_when(expiring[0])), int(expiring[1])) if expiring else None,
        stamps_on=bool(d.get("stamps_on", False)),
        stamp_goal=_next_from(d.get("stamp_goal")),
        points_on=bool(d.get("points_on", True)),
    )


def _rule(r: EarnRule | None) -> dict[str, Any] | None:
    if r is None:
        return None
    return {
        "id": r.id,
        "step_rials": r.step_rials,
        "points_per_step": r.points_per_step,
        "min_purchase_rials": r.min_purchase_rials,
        "valid_from": _at(r.valid_from),
        "rounding": r.rounding.value,
        "daily_cap": r.daily_cap,
        "first_purchase_bonus": r.first_purchase_bonus,
        "birthday_bonus": r.birthday_bonus,
        "max_multiplier_percent": r.max_multiplier_percent,
        "promotions": promotions_to_json(r.promotions),
        "tier_policy": tier_policy_to_json(r.tier_policy),
        "expiry_months": r.expiry_months,
        "stamps": (
            {"min_purchase_rials": r.stamps.min_purchase_rials, "per_day": r.stamps.per_day}
            if r.stamps is not None
            else None
        ),
        "points_enabled": r.points_enabled,
    }


def _rule_from(d: dict[str, Any] | None) -> EarnRule | None:
    if d is None:
        return None
    stamps = d.get("stamps")
    return EarnRule(
        id=int(d["id"]),
        step_rials=int(d["step_rials"]),
        points_per_step=int(d["points_per_step"]),
        min_purchase_rials=int(d["min_purchase_rials"]),
        valid_from=_required(_when(d["valid_from"])),
        rounding=Rounding(d["rounding"]),
        daily_cap=d.get("daily_cap"),
        first_purchase_bonus=int(d["first_purchase_bonus"]),
        birthday_bonus=int(d["birthday_bonus"]),
        max_multiplier_percent=int(d["max_multiplier_percent"]),
        promotions=promotions_from_json(d["promotions"]),
        tier_policy=tier_policy_from_json(d["tier_policy"]),
        expiry_months=d.get("expiry_months"),
        stamps=(
            StampRule(int(stamps["min_purchase_rials"]), int(stamps["per_day"]))
            if stamps is not None
            else None
        ),
        points_enabled=bool(d.get("points_enabled", True)),
    )


def club_to_json(club: RememberedClub) -> str:
    limits = club.policy.limits
    return json.dumps(
        {
            "format": FORMAT,
            "rule": _rule(club.rule),
            "policy": {
                "credit_rials": limits.credit_rials,
                "redeem_points": limits.redeem_points,
                "idle_minutes": club.policy.idle_minutes,
                "offline_points": club.policy.offline_points,
            },
            "seen_at": _at(club.seen_at),
        },
        ensure_ascii=False,
    )


def club_from_json(text: str | bytes) -> RememberedClub:
    d = _load(text)
    p = d["policy"]
    policy = CounterPolicy(
        limits=ApprovalLimits(p.get("credit_rials"), p.get("redeem_points")),
        idle_minutes=p.get("idle_minutes"),
        offline_points=int(p.get("offline_points", 0)),
    )
    return RememberedClub(_rule_from(d.get("rule")), policy, _required(_when(d["seen_at"])))

"""The JSON kept in rule versions (promotions) and ledger lines (calculations): plain,
versioned by its shape, readable in twenty years without this program."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from loyaltydesk.domain.earning import Calculation, Part, PartKind, Promotion
from loyaltydesk.domain.stamps import StampReason
from loyaltydesk.domain.tiers import Tier, TierBasis, TierPolicy


def _time(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def promotions_to_json(promotions: tuple[Promotion, ...]) -> str:
    return json.dumps(
        [
            {
                "name": p.name,
                "multiplier_percent": p.multiplier_percent,
                "bonus_points": p.bonus_points,
                "starts_on": p.starts_on.isoformat() if p.starts_on else None,
                "ends_on": p.ends_on.isoformat() if p.ends_on else None,
                "weekdays": sorted(p.weekdays),
                "from_time": _time(p.from_time),
                "until_time": _time(p.until_time),
            }
            for p in promotions
        ],
        ensure_ascii=False,
    )


def promotions_from_json(text: str) -> tuple[Promotion, ...]:
    items: list[dict[str, Any]] = json.loads(text or "[]")
    return tuple(
        Promotion(
            name=item["name"],
            multiplier_percent=int(item.get("multiplier_percent", 100)),
            bonus_points=int(item.get("bonus_points", 0)),
            starts_on=dt.date.fromisoformat(item["starts_on"]) if item.get("starts_on") else None,
            ends_on=dt.date.fromisoformat(item["ends_on"]) if item.get("ends_on") else None,
            weekdays=frozenset(int(d) for d in item.get("weekdays", [])),
            from_time=dt.time.fromisoformat(item["from_time"]) if item.get("from_time") else None,
            until_time=(
                dt.time.fromisoformat(item["until_time"]) if item.get("until_time") else None
            ),
        )
        for item in items
    )


def calculation_to_json(calc: Calculation) -> str:
    data: dict[str, Any] = {
        "rule_version": calc.rule_version,
        "step_rials": calc.step_rials,
        "points_per_step": calc.points_per_step,
        "points": calc.points,
        "parts": [
            {"kind": p.kind.value, "points": p.points, "name": p.name, "percent": p.percent}
            for p in calc.parts
        ],
    }
    # Only stamp-card lines carry these keys: older lines stay exactly as they were.
    if calc.stamp_reason is not None:
        data |= {
            "stamps": calc.stamps,
            "stamp_reason": calc.stamp_reason.value,
            "visit_rials": calc.visit_rials,
        }
    if calc.points_off:
        data["points_off"] = True
    return json.dumps(data, ensure_ascii=False)


def calculation_from_json(text: str | None) -> Calculation | None:
    if not text:
        return None
    data = json.loads(text)
    return Calculation(
        rule_version=int(data["rule_version"]),
        step_rials=int(data["step_rials"]),
        points_per_step=int(data["points_per_step"]),
        points=int(data["points"]),
        parts=tuple(
            Part(
                PartKind(p["kind"]), int(p["points"]), p.get("name", ""), int(p.get("percent", 100))
            )
            for p in data.get("parts", [])
        ),
        stamps=int(data.get("stamps", 0)),
        stamp_reason=StampReason(data["stamp_reason"]) if data.get("stamp_reason") else None,
        visit_rials=int(data.get("visit_rials", 0)),
        points_off=bool(data.get("points_off", False)),
    )


def tier_policy_to_json(policy: TierPolicy) -> str:
    return json.dumps(
        {
            "basis": policy.basis.value,
            "window_months": policy.window_months,
            "review_months": policy.review_months,
            "tiers": [
                {
                    "code": t.code,
                    "name": t.name,
                    "name_fa": t.name_fa,
                    "threshold": t.threshold,
                    "multiplier_percent": t.multiplier_percent,
                }
                for t in policy.tiers
            ],
        },
        ensure_ascii=False,
    )


def tier_policy_from_json(text: str) -> TierPolicy:
    data: dict[str, Any] = json.loads(text or "{}")
    if not data:
        return TierPolicy()
    return TierPolicy(
        tiers=tuple(
            Tier(
                code=t["code"],
                name=t["name"],
                name_fa=t.get("name_fa"),
                threshold=int(t["threshold"]),
                multiplier_percent=int(t.get("multiplier_percent", 100)),
            )
            for t in data.get("tiers", [])
        ),
        basis=TierBasis(data.get("basis", TierBasis.SPEND.value)),
        window_months=int(data.get("window_months", 12)),
        review_months=int(data.get("review_months", 3)),
    )

"""JSON shapes of the command line's output. Field names here are a public contract:
add fields, never rename or remove them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from loyaltydesk.domain.coupons import CouponUse
from loyaltydesk.domain.earning import Calculation, EarnRule, Promotion
from loyaltydesk.domain.rewards import NextReward, Reward
from loyaltydesk.domain.till import TillPurchase
from loyaltydesk.services.rules import Liability
from loyaltydesk.services.views import (
    AdjustResult,
    CardReplaced,
    CouponCheck,
    CouponView,
    CreditResult,
    MemberHit,
    MemberView,
    RedeemResult,
    RefundPreview,
    RefundResult,
    Registered,
    Statement,
    VerifyReport,
    VoidPreview,
    VoidResult,
)


def _when(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else None


# The README's time format (2026-11-26T10:00:00Z), for the other commands' JSON too.
timestamp = _when


def member(view: MemberView) -> dict[str, Any]:
    return {
        "id": view.id,
        "name": view.name,
        "phone": view.phone,
        "card": view.card,
        "balance": view.balance,
        "in_debt": view.in_debt,
        "joined_at": _when(view.joined_at),
        "last_visit_at": _when(view.last_visit_at),
        "birthday": view.birthday.isoformat() if view.birthday else None,
        "national_code": view.national_code,
        "referrer_id": view.referrer_id,
        "stamps": view.stamps,
        "email": view.email,
        "opted_out": view.opted_out,
        "merged_into": view.merged_into,
        "notes": view.notes,
    }


def reward(item: Reward) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "name_fa": item.name_fa,
        "cost": item.cost,
        "active": item.active,
        "value_rials": item.value_rials,
        "stock": item.stock,
        "tier": item.tier_code,
        "order": item.sort_order,
        "unit": item.unit.value,
    }


def next_reward(item: NextReward | None) -> dict[str, Any] | None:
    if item is None:
        return None
    return {
        "reward": item.reward.name,
        "cost": item.reward.cost,
        "missing": item.missing,
        "unit": item.reward.unit.value,
    }


def hit(item: MemberHit) -> dict[str, Any]:
    return member(item.member) | {"match": item.match.value}


def registered(result: Registered) -> dict[str, Any]:
    return {
        "operation_id": result.operation_id,
        "replayed": result.replayed,
        "member": member(result.member),
    }


def card_replaced(result: CardReplaced) -> dict[str, Any]:
    return {
        "operation_id": result.operation_id,
        "replayed": result.replayed,
        "old_card": result.old_card,
        "new_card": result.new_card,
        "member": member(result.member),
    }


def credit(result: CreditResult) -> dict[str, Any]:
    """The coupon's ``terms`` are left null: cli.main puts them in the reader's language."""
    return {
        "operation_id": result.operation_id,
        "replayed": result.replayed,
        "member": member(result.member),
        "purchase_id": result.purchase_id,
        "entry_id": result.entry_id,
        "receipt": result.receipt_no,
        "amount_rials": result.amount_rials,
        "points_earned": result.points_earned,
        "balance": result.balance,
        "backdated": result.backdated,
        "next_reward": next_reward(result.next_reward),
        "stamps_earned": result.stamps_earned,
        "stamps": result.stamps,
        "stamp_reason": result.stamp_reason.value if result.stamp_reason else None,
        "stamp_goal": next_reward(result.stamp_goal),
        # With --coupon: amount_rials (the purchase recorded, which earned the points) is
        # what was paid; gross_rials is the purchase before the discount.
        "coupon": coupon(result.coupon, None) if result.coupon else None,
        "discount_rials": result.discount_rials,
        "amount_paid_rials": result.amount_rials,
        "gross_rials": result.gross_rials,
    }


def coupon_use(use: CouponUse) -> dict[str, Any]:
    return {
        "at": _when(use.used_at),
        "counter": use.counter,
        "staff": use.staff,
        "member_id": use.member_id,
        "purchase_id": use.purchase_id,
        "gross_rials": use.gross_rials,
        "discount_rials": use.discount_rials,
        "returned_at": _when(use.returned_at),
    }


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def coupon(view: CouponView, describe: Callable[[CouponView], str] | None) -> dict[str, Any]:
    """A stored coupon; ``describe`` puts its terms in words (the reader's language)."""
    item = view.coupon
    terms = item.terms
    return {
        "id": item.id,
        "code": item.code,
        "state": view.state.value,
        "kind": terms.kind.value,
        "percent": terms.percent,
        "max_rials": terms.max_rials,
        "amount_rials": terms.amount_rials,
        "reward": reward(view.reward) if view.reward else None,
        "min_purchase_rials": terms.min_purchase_rials,
        "terms": describe(view) if describe else None,
        "personal": item.member_id is not None,
        "member_id": item.member_id,
        "member_name": view.member_name,
        "uses_allowed": item.uses_allowed,
        "times_used": item.uses,
        "uses_left": view.uses_left,
        "valid_from": _day(item.valid_from),
        "valid_until": _day(item.valid_until),
        "created_at": _when(item.created_at),
        "staff": item.staff,
        "counter": item.counter,
        "voided_at": _when(item.voided_at),
        "voided_by": item.voided_by,
        "campaign": item.campaign,
        "uses": [coupon_use(u) for u in view.uses],
    }


def coupon_check(check: CouponCheck, describe: Callable[[CouponView], str]) -> dict[str, Any]:
    return {
        "valid": True,
        "coupon": coupon(check.view, describe),
        "gross_rials": check.gross_rials,
        "discount_rials": check.discount_rials if check.gross_rials is not None else None,
        "amount_to_pay_rials": check.paid_rials,
    }


def redeem(result: RedeemResult) -> dict[str, Any]:
    return {
        "operation_id": result.operation_id,
        "replayed": result.replayed,
        "member": member(result.member),
        "entry_id": result.entry_id,
        "reward": reward(result.reward),
        "points_spent": result.points_spent,
        "balance": result.balance,
        "next_reward": next_reward(result.next_reward),
        "stamps_spent": result.stamps_spent,
        "stamps": result.stamps,
    }


def refund_preview(preview: RefundPreview) -> dict[str, Any]:
    return {
        "member": member(preview.member),
        "purchase_id": preview.purchase_id,
        "receipt": preview.receipt_no,
        "purchase_rials": preview.purchase_rials,
        "refunded_before_rials": preview.refunded_before_rials,
        "refund_rials": preview.refund_rials,
        "points_reversed": preview.points_reversed,
        "balance_after": preview.balance_after,
        "leaves_debt": preview.leaves_debt,
        "points_expired_before": preview.points_expired_before,
        "stamps_reversed": preview.stamps_reversed,
        "stamps_after": preview.stamps_after,
        "coupon": preview.coupon_code,
        "coupon_returned": preview.coupon_code if preview.coupon_returned else None,
    }


def refund(result: RefundResult) -> dict[str, Any]:
    return {
        "operation_id": result.operation_id,
        "replayed": result.replayed,
        "entry_id": result.entry_id,
        "balance": result.preview.balance_after,
        "coupon_returned": (result.preview.coupon_code if result.preview.coupon_returned else None),
    } | {"preview": refund_preview(result.preview)}


def void_preview(preview: VoidPreview) -> dict[str, Any]:
    return {
        "member": member(preview.member),
        "redemption_entry_id": preview.redemption_entry_id,
        "reward": preview.reward_name,
        "points_restored": preview.points_restored,
        "balance_after": preview.balance_after,
        "stamps_restored": preview.stamps_restored,
        "stamps_after": preview.stamps_after,
    }


def void(result: VoidResult) -> dict[str, Any]:
    return {
        "operation_id": result.operation_id,
        "replayed": result.replayed,
        "entry_id": result.entry_id,
        "balance": result.preview.balance_after,
        "preview": void_preview(result.preview),
    }


def adjust(result: AdjustResult) -> dict[str, Any]:
    return {
        "operation_id": result.operation_id,
        "replayed": result.replayed,
        "entry_id": result.entry_id,
        "kind": result.kind.value,
        "points": result.points,
        "balance": result.balance,
        "member": member(result.member),
    }


def calculation(calc: Calculation) -> dict[str, Any]:
    return {
        "rule_version": calc.rule_version,
        "step_rials": calc.step_rials,
        "points_per_step": calc.points_per_step,
        "points": calc.points,
        "parts": [
            {"kind": p.kind.value, "points": p.points, "name": p.name, "percent": p.percent}
            for p in calc.parts
        ],
        "stamps": calc.stamps,
        "stamp_reason": calc.stamp_reason.value if calc.stamp_reason else None,
    }


def statement(result: Statement, describe: Callable[[Calculation], str]) -> dict[str, Any]:
    """``describe`` puts a calculation in words (the reader's language)."""
    return {
        "member": member(result.member),
        "entries": [
            {
                "id": line.entry_id,
                "at": _when(line.effective_at),
                "recorded_at": _when(line.recorded_at),
                "backdated": line.backdated,
                "kind": line.kind.value,
                "points": line.points,
                "balance": line.balance_after,
                "staff": line.staff,
                "staff_id": line.staff_id,
                "approved_by": line.approver,
                "counter": line.counter,
                "branch": line.branch,
                "receipt": line.receipt_no,
                "purchase_rials": line.purchase_rials,
                "reward": line.reward_name,
                "reason": line.reason,
                "rule_version": line.rule_version_id,
                "reverses_entry_id": line.reverses_entry_id,
                "operation_id": line.operation_id,
                "how": describe(line.calculation) if line.calculation else None,
                "calculation": calculation(line.calculation) if line.calculation else None,
                "stamps": line.stamps,
                "stamps_balance": line.stamps_after,
            }
            for line in result.lines
        ],
    }


def verify(report: VerifyReport) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "members_checked": report.members_checked,
        "entries_checked": report.entries_checked,
        "differences": [
            {"member_id": d.member_id, "card": d.card, "cached": d.cached, "ledger": d.ledger}
            for d in report.differences
        ],
        "stamp_differences": [
            {"member_id": d.member_id, "card": d.card, "cached": d.cached, "ledger": d.ledger}
            for d in report.stamp_differences
        ],
        "coupon_differences": [
            {"coupon": code, "uses": uses, "recorded": recorded}
            for code, uses, recorded in report.coupon_differences
        ],
    }


def rule(item: EarnRule) -> dict[str, Any]:
    return {
        "version": item.id,
        "step_rials": item.step_rials,
        "points_per_step": item.points_per_step,
        "min_purchase_rials": item.min_purchase_rials,
        "valid_from": _when(item.valid_from),
        "rounding": item.rounding.value,
        "daily_cap": item.daily_cap,
        "first_purchase_bonus": item.first_purchase_bonus,
        "birthday_bonus": item.birthday_bonus,
        "max_multiplier_percent": item.max_multiplier_percent,
        "points_enabled": item.points_enabled,
    }


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def promotion(item: Promotion) -> dict[str, Any]:
    return {
        "name": item.name,
        "multiplier_percent": item.multiplier_percent,
        "bonus_points": item.bonus_points,
        "starts_on": item.starts_on.isoformat() if item.starts_on else None,
        "ends_on": item.ends_on.isoformat() if item.ends_on else None,
        "weekdays": [WEEKDAYS[d] for d in sorted(item.weekdays)],
        "from": item.from_time.strftime("%H:%M") if item.from_time else None,
        "until": item.until_time.strftime("%H:%M") if item.until_time else None,
    }


def rules(item: EarnRule, owed: Liability) -> dict[str, Any]:
    """`rules show`: the rule in force with its promotions, tiers, expiry and liability."""
    policy = item.tier_policy
    return {
        "rule": rule(item),
        "promotions": [promotion(p) for p in item.promotions],
        "tiers": {
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
        "expiry": {"enabled": item.expiry_months is not None, "months": item.expiry_months},
        "stamps": {
            "enabled": item.stamps is not None,
            "min_purchase_rials": item.stamps.min_purchase_rials if item.stamps else None,
            "per_day": item.stamps.per_day if item.stamps else None,
            "points_alongside": item.points_enabled,
        },
        "liability": {
            "points": owed.points,
            "rials_per_point": float(owed.rials_per_point) if owed.rials_per_point else None,
            "rials": owed.rials,
        },
    }


def till_purchase(purchase: TillPurchase, *, replayed: bool = False) -> dict[str, Any]:
    """A purchase from the till, as the POS posted it and as it stands now."""
    return {
        "id": purchase.id,
        "status": purchase.status.value,
        "replayed": replayed,
        "counter": purchase.counter,
        "amount_rials": purchase.amount_rials,
        "receipt": purchase.receipt_no,
        "posted_at": _when(purchase.created_at),
        "posted_by": purchase.posted_by,
        "member_id": purchase.member_id,
        "card": purchase.card,
        "points_earned": purchase.points,
        "entry_id": purchase.entry_id,
        "settled_at": _when(purchase.settled_at),
        "settled_by": purchase.settled_by,
    }

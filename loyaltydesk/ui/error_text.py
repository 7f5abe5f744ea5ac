"""Domain error keys as sentences a cashier or owner reads, in the current language.

The sentences are marked with QT_TRANSLATE_NOOP so pyside6-lupdate collects them into the
.ts files; at run time they are translated and filled with localised numbers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.imports import Field
from loyaltydesk.domain.staff import Permission, Role
from loyaltydesk.i18n.bidi import isolate, paragraph
from loyaltydesk.i18n.calendar import format_date, format_datetime
from loyaltydesk.i18n.digits import localize_digits
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import Currency, MoneyUnit, format_int, format_money
from loyaltydesk.ui.labels import field_label, permission_label, role_label

CONTEXT = "ErrorText"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for pyside6-lupdate; translated later, when shown."""
    return text


_TEXTS: dict[str, str] = {
    "api.token_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "Send this POS's API token in the header Authorization: Bearer TOKEN."
    ),
    "api.token_invalid": QT_TRANSLATE_NOOP(
        "ErrorText", "This API token is unknown or was revoked; the owner can make a new one."
    ),
    "api.bad_json": QT_TRANSLATE_NOOP(
        "ErrorText", "The request's body is not a JSON object; nothing was done."
    ),
    "api.body_too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "The request's body is larger than {limit} bytes; nothing was done."
    ),
    "api.unknown_field": QT_TRANSLATE_NOOP(
        "ErrorText", "The field {key} is not one this request takes; nothing was done."
    ),
    "api.missing_field": QT_TRANSLATE_NOOP(
        "ErrorText", "The field {key} is missing; nothing was done."
    ),
    "api.not_whole_number": QT_TRANSLATE_NOOP(
        "ErrorText", "The field {key} must be a whole number; nothing was done."
    ),
    "api.not_text": QT_TRANSLATE_NOOP(
        "ErrorText", "The field {key} must be text; nothing was done."
    ),
    "api.not_flag": QT_TRANSLATE_NOOP(
        "ErrorText", "The field {key} must be true or false; nothing was done."
    ),
    "api.card_or_phone": QT_TRANSLATE_NOOP(
        "ErrorText", "Give the member's card or phone (one of them); nothing was done."
    ),
    "api.idempotency_key_missing": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A change needs an Idempotency-Key header (a new one per sale; the same one again on "
        "a retry, so it is done once); nothing was done.",
    ),
    "api.staff_pin_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "Send {name}'s PIN in the X-Staff-Pin header; nothing was done."
    ),
    "api.no_such_path": QT_TRANSLATE_NOOP("ErrorText", "The API has no {key}."),
    "api.method_not_allowed": QT_TRANSLATE_NOOP(
        "ErrorText", "{key} does not take this method; nothing was done."
    ),
    "api.cannot_listen": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The API cannot listen on {host} port {port} ({detail}): is another program "
        "using it? Choose another with --port.",
    ),
    "api.cannot_listen_here": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The till's API cannot listen on {host} port {port} ({detail}): is another program "
        "using it? Choose another port in Settings, on the Till page.",
    ),
    "api.did_not_start": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The till's API did not start on {host} port {port}; the details are in the program's log.",
    ),
    "api.unexpected": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Something unexpected went wrong; the details are in the program's log. Sending the "
        "request again with the same Idempotency-Key does it at most once.",
    ),
    "api_token.name_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "Name the token after the POS or till that will use it."
    ),
    "api_token.name_malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "A token's name is up to {limit} letters, without control characters."
    ),
    "api_token.name_taken": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A token named {name} is in use: revoke it first (its POS is then refused), or "
        "choose another name.",
    ),
    "api_token.no_such": QT_TRANSLATE_NOOP("ErrorText", "There is no token named {name}."),
    "staff.needs_approval": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Only a manager may {action}: a manager's PIN approves it on the spot "
        "(--approver NAME --approver-pin PIN on the command line).",
    ),
    "staff.not_allowed": QT_TRANSLATE_NOOP(
        "ErrorText", "A {role} may not {action}; nothing was changed."
    ),
    "staff.sign_in_needed": QT_TRANSLATE_NOOP(
        "ErrorText", "This club has staff accounts: sign in with your name and PIN first."
    ),
    "staff.pin_needed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This club has staff accounts: say who you are with --staff NAME and give your PIN "
        "(--pin, or LOYALTYDESK_PIN); {name} is not signed in.",
    ),
    "staff.not_an_approver": QT_TRANSLATE_NOOP(
        "ErrorText", "{name} may not approve requests: a manager or the owner must."
    ),
    "staff.approver_pin_missing": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Give {name}'s PIN with --approver-pin (or LOYALTYDESK_APPROVER_PIN); nothing was done.",
    ),
    "staff.approver_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "--approver-pin goes with --approver NAME, the manager approving."
    ),
    "staff.pin_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "Give the new PIN (--pin, or LOYALTYDESK_NEW_PIN)."
    ),
    "staff.disabled": QT_TRANSLATE_NOOP(
        "ErrorText", "The account {name} is disabled; the owner can enable it."
    ),
    "staff.self_approval": QT_TRANSLATE_NOOP(
        "ErrorText", "Another manager must approve this: nobody approves their own request."
    ),
    "staff.cannot_approve": QT_TRANSLATE_NOOP(
        "ErrorText", "{name} may not approve this ({action}): a manager or the owner must."
    ),
    "staff.wrong_name_or_pin": QT_TRANSLATE_NOOP(
        "ErrorText", "That name and PIN do not match. Try again."
    ),
    "staff.locked": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Too many wrong PINs: this account is locked until {until}. The owner can unlock it.",
    ),
    "staff.name_empty": QT_TRANSLATE_NOOP("ErrorText", "Type the person's name."),
    "staff.name_malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "A name is up to {limit} letters, without control characters."
    ),
    "staff.pin_not_digits": QT_TRANSLATE_NOOP(
        "ErrorText", "A PIN is digits only: {low} to {high} of them."
    ),
    "staff.pin_length": QT_TRANSLATE_NOOP("ErrorText", "A PIN has {low} to {high} digits."),
    "staff.pins_differ": QT_TRANSLATE_NOOP(
        "ErrorText", "The two PINs are not the same: type it again."
    ),
    "staff.bad_credit_limit": QT_TRANSLATE_NOOP(
        "ErrorText", "The approval limit for a credit is an amount of 0 or more."
    ),
    "staff.bad_redeem_limit": QT_TRANSLATE_NOOP(
        "ErrorText", "The approval limit for a redemption is 0 to {limit} points."
    ),
    "staff.bad_idle_minutes": QT_TRANSLATE_NOOP(
        "ErrorText", "The window locks after 1 to {limit} idle minutes (or never)."
    ),
    "staff.first_must_be_owner": QT_TRANSLATE_NOOP(
        "ErrorText", "The club's first account is its owner's (--role owner)."
    ),
    "staff.name_taken": QT_TRANSLATE_NOOP("ErrorText", "There is already an account named {name}."),
    "staff.no_such_name": QT_TRANSLATE_NOOP("ErrorText", "There is no account named {name}."),
    "staff.last_owner": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{name} is the club's only owner: make someone else an owner first.",
    ),
    "audit.bad_period": QT_TRANSLATE_NOOP(
        "ErrorText", "The period ends before it starts: put the earlier date first."
    ),
    "audit.bad_limit": QT_TRANSLATE_NOOP("ErrorText", "The trail shows 1 to {limit} lines."),
    "audit.unknown_kind": QT_TRANSLATE_NOOP(
        "ErrorText", "There are no audit lines of the kind {kind}."
    ),
    "demo.bad_size": QT_TRANSLATE_NOOP("ErrorText", "A demo club has 1 to {limit} members."),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "This database already holds members; a demo club needs an empty one."
    ),
    "report.period_reversed": QT_TRANSLATE_NOOP(
        "ErrorText", "The period ends before it starts: put the earlier date first."
    ),
    "report.period_too_early": QT_TRANSLATE_NOOP(
        "ErrorText", "Reports start in the year 2000 (1378 in the Jalali calendar): check the year."
    ),
    "report.period_future": QT_TRANSLATE_NOOP(
        "ErrorText", "That period has not started yet: nothing has been bought in it."
    ),
    "report.bad_active_days": QT_TRANSLATE_NOOP(
        "ErrorText", "A member stays a customer for 1 to {limit} days after a purchase."
    ),
    "report.bad_risk_factor": QT_TRANSLATE_NOOP(
        "ErrorText", "The drifting-away factor is a number from 1 to {limit}, such as 2 or 1.5."
    ),
    "report.period_and_dates": QT_TRANSLATE_NOOP(
        "ErrorText", "Give either a named period or dates (--from, --to), not both."
    ),
    "report.needs_from": QT_TRANSLATE_NOOP(
        "ErrorText", "The period needs its first day too (--from)."
    ),
    "shift.no_staff": QT_TRANSLATE_NOOP(
        "ErrorText", "Whose shift? Give the name of the person at the counter."
    ),
    "shift.naive_time": QT_TRANSLATE_NOOP(
        "ErrorText", "The shift's start and end need a time zone."
    ),
    "shift.period_reversed": QT_TRANSLATE_NOOP(
        "ErrorText", "The shift ends before it starts: put the earlier time first."
    ),
    "report.bad_limit": QT_TRANSLATE_NOOP("ErrorText", "A list shows 1 to {limit} members."),
    "report.bad_opening_time": QT_TRANSLATE_NOOP(
        "ErrorText", "{value} is not a time of day: type it as 10:00 or 23:30."
    ),
    "report.opening_hours_same": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Opening and closing at the same time leaves no hours: for a shop open round the "
        "clock, clear the opening hours.",
    ),
    "report.opening_hours_both": QT_TRANSLATE_NOOP(
        "ErrorText", "Give both the opening time (--from) and the closing time (--to)."
    ),
    "report.opening_hours_half": QT_TRANSLATE_NOOP(
        "ErrorText", "Give both the opening and the closing time, or leave both empty."
    ),
    "report.opening_hours_clear_and_set": QT_TRANSLATE_NOOP(
        "ErrorText", "Either set the opening hours or clear them, not both."
    ),
    "report.bad_credit_limit": QT_TRANSLATE_NOOP(
        "ErrorText", "The approval limit is an amount above zero."
    ),
    "report.bad_anomaly_rule": QT_TRANSLATE_NOOP(
        "ErrorText", "An anomaly rule needs counts of 1 or more and shares from 1 to 100 percent."
    ),
    "export.folder_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "The folder {path} does not exist; nothing was written."
    ),
    "export.not_writable": QT_TRANSLATE_NOOP(
        "ErrorText", "Files cannot be written in the folder {path}; nothing was written."
    ),
    "export.is_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is a folder; give the name of a file to write."
    ),
    "export.not_a_file": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is not an ordinary file (a device, a pipe or a socket); nothing was written.",
    ),
    "export.cannot_write": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} could not be written ({detail}); nothing half-written was left."
    ),
    "report.date_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "Type both days of the period as year/month/day."
    ),
    "rule.bad_daily_cap": QT_TRANSLATE_NOOP(
        "ErrorText", "The daily limit must be more than zero (or left empty for none)."
    ),
    "rule.bad_bonus": QT_TRANSLATE_NOOP("ErrorText", "A bonus is between 0 and {limit} points."),
    "rule.bad_max_multiplier": QT_TRANSLATE_NOOP(
        "ErrorText", "The stacking limit is between ×1 and ×{limit}."
    ),
    "rule.unchanged": QT_TRANSLATE_NOOP(
        "ErrorText", "Nothing was changed; there is no new version to save."
    ),
    "promotion.too_many": QT_TRANSLATE_NOOP("ErrorText", "At most {limit} promotions."),
    "promotion.duplicate_name": QT_TRANSLATE_NOOP(
        "ErrorText", "Two promotions are called {promotion}; give each its own name."
    ),
    "promotion.stacks_too_high": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{promotion} and {other} can meet and together pay more than ×{limit}, your limit.",
    ),
    "promotion.bad_name": QT_TRANSLATE_NOOP(
        "ErrorText", "Give the promotion a name (at most {limit} characters)."
    ),
    "promotion.gives_nothing": QT_TRANSLATE_NOOP(
        "ErrorText", "{promotion} gives nothing: set a multiplier above ×1 or a bonus."
    ),
    "promotion.bad_multiplier": QT_TRANSLATE_NOOP(
        "ErrorText", "The multiplier of {promotion} must be between ×1 and ×10."
    ),
    "promotion.bad_bonus": QT_TRANSLATE_NOOP(
        "ErrorText", "The bonus of {promotion} is between 0 and {limit} points."
    ),
    "promotion.ends_before_start": QT_TRANSLATE_NOOP(
        "ErrorText", "{promotion} ends before it starts."
    ),
    "promotion.half_hours": QT_TRANSLATE_NOOP(
        "ErrorText", "{promotion} needs both a start and an end hour, or neither."
    ),
    "promotion.hours_reversed": QT_TRANSLATE_NOOP(
        "ErrorText", "{promotion} ends before it starts in the day; hours run from start to end."
    ),
    "promotion.bad_weekday": QT_TRANSLATE_NOOP(
        "ErrorText", "{promotion} has a day that is not a day of the week."
    ),
    "tier.too_many": QT_TRANSLATE_NOOP("ErrorText", "At most {limit} tiers."),
    "tier.bad_window": QT_TRANSLATE_NOOP(
        "ErrorText", "The qualifying window is 1 to {limit} months."
    ),
    "tier.bad_review": QT_TRANSLATE_NOOP("ErrorText", "Reviews are every 1 to {limit} months."),
    "tier.bad_name": QT_TRANSLATE_NOOP(
        "ErrorText", "Give the tier a name (at most {limit} characters)."
    ),
    "tier.duplicate_name": QT_TRANSLATE_NOOP("ErrorText", "Two tiers are called {tier}."),
    "tier.bad_threshold": QT_TRANSLATE_NOOP(
        "ErrorText", "The threshold of {tier} must be more than zero."
    ),
    "tier.bad_multiplier": QT_TRANSLATE_NOOP(
        "ErrorText", "The multiplier of {tier} must be between ×1 and ×5."
    ),
    "tier.thresholds_not_rising": QT_TRANSLATE_NOOP(
        "ErrorText", "{tier} must need more than {below}, the tier below it."
    ),
    "tier.multiplier_falls": QT_TRANSLATE_NOOP(
        "ErrorText", "{tier} earns less than {below}, the tier below it."
    ),
    "tier.used_by_reward": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A reward is only for tier {tier}; change that reward before removing the tier.",
    ),
    # Purchases from the till (a POS's sale waiting at the counter for its member's card).
    "till.no_such": QT_TRANSLATE_NOOP("ErrorText", "There is no purchase {id} from the till."),
    "till.cancelled": QT_TRANSLATE_NOOP(
        "ErrorText", "Purchase {id} from the till was cancelled; it cannot be credited."
    ),
    "till.already_credited": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Purchase {id} from the till is already credited; a refund takes its points back.",
    ),
    "till.receipt_waiting": QT_TRANSLATE_NOOP(
        "ErrorText", "Receipt {receipt} already waits at the counter (purchase {id})."
    ),
    "till.receipt_credited": QT_TRANSLATE_NOOP(
        "ErrorText", "Receipt {receipt} was already credited."
    ),
    "till.counter_malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "A counter's name is 1 to {limit} characters."
    ),
    "expiry.bad_months": QT_TRANSLATE_NOOP("ErrorText", "Points expire after 1 to {limit} months."),
    "reward.bad_value": QT_TRANSLATE_NOOP(
        "ErrorText", "A reward's money value must be more than zero (or left empty)."
    ),
    "reward.bad_stock": QT_TRANSLATE_NOOP(
        "ErrorText", "Stock is between 0 and {limit} (or empty for unlimited)."
    ),
    "reward.unknown_tier": QT_TRANSLATE_NOOP("ErrorText", "There is no tier {tier}."),
    "reward.order_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "The list of rewards changed meanwhile; open it again."
    ),
    "redeem.tier_only": QT_TRANSLATE_NOOP("ErrorText", "{reward} is only for {tier} members."),
    "redeem.out_of_stock": QT_TRANSLATE_NOOP("ErrorText", "{reward} is out of stock."),
    "feedback.bad_score": QT_TRANSLATE_NOOP(
        "ErrorText", "How the visit was is a score from {low} to {high}."
    ),
    "feedback.needs_score": QT_TRANSLATE_NOOP(
        "ErrorText", "Give how the visit was with --score, from {low} to {high}."
    ),
    "feedback.usage": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Write: feedback CARD --score 1..5, feedback why-left CARD --reason R, "
        'or feedback reasons [--set "a|b|c"].',
    ),
    "feedback.reason_too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "A reason is at most {limit} characters long."
    ),
    "feedback.note_too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "A note is at most {limit} characters long."
    ),
    "feedback.reason_twice": QT_TRANSLATE_NOOP(
        "ErrorText", "The reason {reason} is in the list twice."
    ),
    "feedback.no_reasons": QT_TRANSLATE_NOOP(
        "ErrorText", "The list of reasons needs at least one reason."
    ),
    "feedback.too_many_reasons": QT_TRANSLATE_NOOP(
        "ErrorText", "The list holds at most {limit} reasons."
    ),
    "feedback.unknown_reason": QT_TRANSLATE_NOOP(
        "ErrorText", "{reason} is not one of the reasons: {reasons}."
    ),
    "feedback.why_left_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "Say why they stopped coming: pick a reason, write a note, or both."
    ),
    "feedback.bad_limit": QT_TRANSLATE_NOOP(
        "ErrorText", "A member's feedback shows 1 to {limit} records."
    ),
    "feedback.no_visit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "There is no visit to score: this member has no purchase that was not refunded in full.",
    ),
    "feedback.visit_refunded": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no visit to score: the purchase of {visit} was refunded in full."
    ),
    "feedback.already_scored": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The visit of {visit} was already scored {score} on {scored_at} by {staff}: "
        "a visit is scored once.",
    ),
    "feedback.reason_half_empty": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{reason} needs a name on both sides of =: English=Persian "
        "(or one name for both, without =).",
    ),
    "feedback.no_such_purchase": QT_TRANSLATE_NOOP(
        "ErrorText", "This member has no purchase number {purchase_id}."
    ),
    "coupon.bad_check_digit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{coupon} is not a valid coupon code: a digit is wrong or two are swapped.",
    ),
    "coupon.bad_code": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{coupon} is not a coupon code: those have {length} digits and start with 9.",
    ),
    "coupon.empty_code": QT_TRANSLATE_NOOP("ErrorText", "Write the coupon code."),
    "coupon.empty_title": QT_TRANSLATE_NOOP(
        "ErrorText", "Write what the coupon gives, e.g. 20% off."
    ),
    "coupon.expired": QT_TRANSLATE_NOOP(
        "ErrorText", "The coupon’s last day ({valid_until}) has already passed."
    ),
    "coupon.unknown": QT_TRANSLATE_NOOP(
        "ErrorText", "No coupon has the code {coupon}: check it was typed or scanned whole."
    ),
    "coupon.one_kind": QT_TRANSLATE_NOOP(
        "ErrorText", "A coupon gives one thing: a reward, a percentage off or an amount off."
    ),
    "coupon.bad_percent": QT_TRANSLATE_NOOP(
        "ErrorText", "A percentage off is a whole number from 1 to {limit}."
    ),
    "coupon.max_only_for_percent": QT_TRANSLATE_NOOP(
        "ErrorText", "Only a percentage off has a ceiling in money."
    ),
    "coupon.bad_min_purchase": QT_TRANSLATE_NOOP(
        "ErrorText", "The minimum purchase cannot be below zero."
    ),
    "coupon.ends_before_start": QT_TRANSLATE_NOOP(
        "ErrorText", "The coupon’s last day is before its first day."
    ),
    "coupon.too_long": QT_TRANSLATE_NOOP("ErrorText", "A coupon is valid for 1 to {limit} days."),
    "coupon.no_end": QT_TRANSLATE_NOOP(
        "ErrorText", "Say how long the coupon is valid: a number of days or a last day."
    ),
    "coupon.end_twice": QT_TRANSLATE_NOOP(
        "ErrorText", "Give either a number of days or a last day, not both."
    ),
    "coupon.bad_uses": QT_TRANSLATE_NOOP(
        "ErrorText", "An open coupon can be used 1 to {limit} times."
    ),
    "coupon.personal_once": QT_TRANSLATE_NOOP(
        "ErrorText", "A member’s own coupon is used once; an open coupon can have more uses."
    ),
    "coupon.no_members": QT_TRANSLATE_NOOP("ErrorText", "Choose the members to give coupons to."),
    "coupon.too_many": QT_TRANSLATE_NOOP("ErrorText", "At most {limit} coupons are made at once."),
    "coupon.bad_limit": QT_TRANSLATE_NOOP("ErrorText", "A list shows 1 to {limit} coupons."),
    "coupon.bad_policy": QT_TRANSLATE_NOOP(
        "ErrorText", "What a refund does to a coupon is one of: {choices}."
    ),
    "coupon.bad_state": QT_TRANSLATE_NOOP("ErrorText", "A coupon’s state is one of: {choices}."),
    "coupon.voided": QT_TRANSLATE_NOOP(
        "ErrorText", "Coupon {coupon} was voided on {when} by {by}: it cannot be used."
    ),
    "coupon.used": QT_TRANSLATE_NOOP(
        "ErrorText", "Coupon {coupon} was already used on {when} at {counter} by {staff}."
    ),
    "coupon.used_up": QT_TRANSLATE_NOOP("ErrorText", "Coupon {coupon} has been used up."),
    "coupon.expired_on": QT_TRANSLATE_NOOP(
        "ErrorText", "Coupon {coupon} expired: its last day was {day}."
    ),
    "coupon.not_yet": QT_TRANSLATE_NOOP(
        "ErrorText", "Coupon {coupon} is not valid yet: it can be used from {day}."
    ),
    "coupon.someone_else": QT_TRANSLATE_NOOP(
        "ErrorText", "Coupon {coupon} belongs to {member}: only they can use it."
    ),
    "coupon.reward_gone": QT_TRANSLATE_NOOP(
        "ErrorText", "The coupon’s reward, {reward}, is no longer offered."
    ),
    "coupon.below_minimum": QT_TRANSLATE_NOOP(
        "ErrorText", "Coupon {coupon} needs a purchase of at least {minimum}."
    ),
    "coupon.covers_all": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Coupon {coupon} is worth {worth} and the purchase is only {amount}: nothing would be"
        " left to pay. It needs a purchase above its value; credit this one without it.",
    ),
    "void.coupon_reward": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Entry {entry_id} is a reward given with coupon {coupon}: refund the purchase instead,"
        " and the coupon's reward goes back with it.",
    ),
    "coupon.count_range": QT_TRANSLATE_NOOP(
        "ErrorText", "An issue makes {least} to {limit} coupons."
    ),
    "coupon.void_used": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Coupon {coupon} was used up on {when} at {counter}: a used coupon is not voided, it"
        " stays used.",
    ),
    "coupon.backdated": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A coupon is used with today’s purchase: enter the past purchase without coupon {coupon}.",
    ),
    "coupon.count_needs_open": QT_TRANSLATE_NOOP(
        "ErrorText", "Several coupons at once are open coupons: give --open instead of --member."
    ),
    "print.coupon_used": QT_TRANSLATE_NOOP(
        "ErrorText", "Coupon {coupon} was used on {when}: a used coupon is not printed again."
    ),
    "print.coupon_voided": QT_TRANSLATE_NOOP(
        "ErrorText", "Coupon {coupon} was voided on {when}: it is not printed."
    ),
    "print.coupon_expired": QT_TRANSLATE_NOOP(
        "ErrorText", "Coupon {coupon} expired on {day}: an expired coupon is not printed."
    ),
    "print.coupon_unknown": QT_TRANSLATE_NOOP(
        "ErrorText",
        "No coupon has the code {coupon}. To print a coupon made elsewhere, give its --title"
        " and --valid-until.",
    ),
    "print.coupon_needs_end": QT_TRANSLATE_NOOP(
        "ErrorText", "A coupon printed with --title needs its last day: --valid-until DATE."
    ),
    "print.coupon_stored": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A stored coupon prints its own last day and member: leave out --valid-until and"
        " --member, or give --title for a coupon made elsewhere.",
    ),
    "message.empty_template": QT_TRANSLATE_NOOP("ErrorText", "Write the message’s text."),
    "message.template_too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "A message is at most {limit} characters."
    ),
    "message.bad_braces": QT_TRANSLATE_NOOP(
        "ErrorText", "A brace in the message is not closed: write placeholders as {{name}}."
    ),
    "message.unknown_placeholder": QT_TRANSLATE_NOOP(
        "ErrorText", "The message uses {placeholder}, which is not known; use: {placeholders}."
    ),
    "campaign.unknown": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no campaign “{name}”. The campaigns are: {names}."
    ),
    "campaign.bad_days": QT_TRANSLATE_NOOP(
        "ErrorText", "A campaign’s number of days is 1 to {limit}."
    ),
    "campaign.two_rewards": QT_TRANSLATE_NOOP(
        "ErrorText", "A campaign gives either bonus points or a coupon, not both."
    ),
    "campaign.bad_points": QT_TRANSLATE_NOOP(
        "ErrorText", "A campaign’s bonus is 1 to {limit} points."
    ),
    "campaign.placeholder_needs_coupon": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The message uses {placeholder}, but this campaign gives no coupon, so it would be sent"
        " empty. Take {placeholder} out of the message (change the message along with the"
        " reward).",
    ),
    "campaign.placeholder_needs_reward": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The message uses {placeholder}, but this campaign gives no reward, so it would be sent"
        " empty. Take {placeholder} out of the message (change the message along with the"
        " reward).",
    ),
    "campaign.max_needs_percent": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A ceiling (--max) goes only with a percentage off; this campaign's reward is not one.",
    ),
    "campaign.min_purchase_needs_coupon": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A minimum purchase goes only with a coupon; this campaign's reward is not one.",
    ),
    "campaign.no_catalogue_reward": QT_TRANSLATE_NOOP(
        "ErrorText", "Choose the reward the coupon gives; the catalogue has no active reward yet."
    ),
    "campaign.points_only": QT_TRANSLATE_NOOP(
        "ErrorText", "The referral campaign gives the referrer bonus points, not a coupon."
    ),
    "campaign.bad_valid_days": QT_TRANSLATE_NOOP(
        "ErrorText", "A campaign’s coupon is valid for 1 to {limit} days."
    ),
    "campaign.bad_limit": QT_TRANSLATE_NOOP("ErrorText", "A history shows 1 to {limit} runs."),
    "outbox.bad_limit": QT_TRANSLATE_NOOP("ErrorText", "A list shows 1 to {limit} messages."),
    "coupon.title_too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "A coupon’s title is at most {limit} characters."
    ),
    "logo.unreadable": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is not a picture this program can read (use PNG or JPEG)."
    ),
    "note.bad_braces": QT_TRANSLATE_NOOP(
        "ErrorText", "Braces {{ }} in the note must hold a placeholder such as {{name}}."
    ),
    "note.too_long": QT_TRANSLATE_NOOP("ErrorText", "The note is at most {limit} characters."),
    "note.too_many_lines": QT_TRANSLATE_NOOP("ErrorText", "The note has at most {limit} lines."),
    "note.unknown_placeholder": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{placeholder} is not a placeholder; the note can use {placeholders}.",
    ),
    "print.cannot_write": QT_TRANSLATE_NOOP("ErrorText", "The PDF could not be written to {path}."),
    "print.entry_kind": QT_TRANSLATE_NOOP(
        "ErrorText", "Entry {entry_id} is not a purchase or a redemption; there is no note for it."
    ),
    "print.no_active_card": QT_TRANSLATE_NOOP(
        "ErrorText", "This member has no active card to print."
    ),
    "print.no_cards": QT_TRANSLATE_NOOP(
        "ErrorText", "No members with a card were chosen; there is nothing to print."
    ),
    "print.no_folder": QT_TRANSLATE_NOOP("ErrorText", "The folder {path} does not exist."),
    "print.too_many_cards": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} cards is more than one print run can take ({limit}); choose fewer members.",
    ),
    "printer.bad_copies": QT_TRANSLATE_NOOP("ErrorText", "Copies must be between 1 and {limit}."),
    "printer.copies_need_printer": QT_TRANSLATE_NOOP(
        "ErrorText", "Copies are for printers; a PDF file is written once."
    ),
    "printer.failed": QT_TRANSLATE_NOOP(
        "ErrorText", "The printer {printer} did not accept the job."
    ),
    "printer.none": QT_TRANSLATE_NOOP(
        "ErrorText", "No printer is set up on this computer; save the document as a PDF instead."
    ),
    "printer.unknown_none_here": QT_TRANSLATE_NOOP(
        "ErrorText",
        "There is no printer called {printer}; this computer has no printers set up.",
    ),
    "printer.unknown": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no printer called {printer}. Printers here: {known}"
    ),
    "thermal.bad_connection": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{value} is not a printer connection; see the examples under the field.",
    ),
    "thermal.bad_paper": QT_TRANSLATE_NOOP(
        "ErrorText", "A receipt printer takes 80 mm or 58 mm rolls, not {paper}."
    ),
    "thermal.failed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The receipt printer ({printer}) stopped; check paper and cover, then print again.",
    ),
    "thermal.not_configured": QT_TRANSLATE_NOOP(
        "ErrorText", "No receipt printer is set up; choose one in Settings."
    ),
    "thermal.unreachable": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The receipt printer ({printer}) cannot be reached; check that it is on and connected.",
    ),
    "adjust.below_zero": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This adjustment would leave the balance below zero (balance {balance}, change {points}).",
    ),
    "adjust.reason_required": QT_TRANSLATE_NOOP(
        "ErrorText", "Write the reason for this adjustment."
    ),
    "adjust.too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "An adjustment can be at most {limit} points."
    ),
    "adjust.zero": QT_TRANSLATE_NOOP("ErrorText", "An adjustment of zero points changes nothing."),
    "amount.empty": QT_TRANSLATE_NOOP("ErrorText", "Type the purchase amount."),
    "amount.not_positive": QT_TRANSLATE_NOOP("ErrorText", "The amount must be more than zero."),
    "amount.not_whole": QT_TRANSLATE_NOOP(
        "ErrorText", "{value} is not a whole amount: type it without decimals."
    ),
    "amount.too_many_decimals": QT_TRANSLATE_NOOP(
        "ErrorText", "{value} has too many decimals: the shop's money has {places} at most."
    ),
    "amount.too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "{amount} is more than any purchase can be (at most {limit})."
    ),
    "backup.exists": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} already exists; choose a new file name for the backup."
    ),
    "backup.failed": QT_TRANSLATE_NOOP(
        "ErrorText", "The backup could not be written to {path}: {detail}"
    ),
    "backup.no_folder": QT_TRANSLATE_NOOP("ErrorText", "The folder {path} does not exist."),
    "backup.folder_missing": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The backup folder {path} is not there (a USB stick taken out?); the club is untouched.",
    ),
    "backup.disk_full": QT_TRANSLATE_NOOP(
        "ErrorText", "The disk of {path} is full; no backup was written and the club is untouched."
    ),
    "backup.read_only": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} cannot be written to (a locked USB stick, or no permission); the club is "
        "untouched.",
    ),
    "backup.pg_dump_missing": QT_TRANSLATE_NOOP(
        "ErrorText",
        "pg_dump is not installed on this computer, so only LoyaltyDesk's own copy of the "
        "server's club was made (it restores fine); install the PostgreSQL client tools for "
        "the server's own archive too.",
    ),
    "backup.pg_dump_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "pg_dump could not write {path}: {detail}"
    ),
    "backup.not_verified": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The backup {path} was written, but its balances do not all match its ledger: run "
        "Verify on the club.",
    ),
    "backup.no_passphrase": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Encrypted backups need the passphrase: set it in Backups, or in "
        "LOYALTYDESK_BACKUP_PASSPHRASE.",
    ),
    "backup.no_passphrase_variable": QT_TRANSLATE_NOOP(
        "ErrorText", "Put the backup's passphrase in the environment variable {variable}."
    ),
    "backup.wrong_passphrase": QT_TRANSLATE_NOOP(
        "ErrorText", "That is not the passphrase of {path}; nothing was restored."
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is damaged or incomplete (it was changed or cut short); nothing was restored.",
    ),
    "backup.not_sealed": QT_TRANSLATE_NOOP("ErrorText", "{path} is not an encrypted backup."),
    "backup.keyring_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "The system's keyring did not keep the passphrase: {detail}"
    ),
    "backup.no_keyring": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This computer has no keyring to keep the passphrase in: set {variable} in the "
        "environment instead.",
    ),
    "backup.bad_keep": QT_TRANSLATE_NOOP("ErrorText", "Keep between 0 and {limit} backups."),
    "backup.keep_nothing": QT_TRANSLATE_NOOP(
        "ErrorText", "Keep at least one daily or one monthly backup."
    ),
    "backup.passphrase_short": QT_TRANSLATE_NOOP(
        "ErrorText", "The passphrase needs at least {length} characters."
    ),
    "backup.passphrase_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "The two passphrases are not the same."
    ),
    "backup.auto_takes_no_path": QT_TRANSLATE_NOOP(
        "ErrorText",
        "--auto and --list use the backup folder of the settings: give no PATH or --encrypt.",
    ),
    "backup.path_needed": QT_TRANSLATE_NOOP(
        "ErrorText", "Give the backup file's PATH, or --auto or --list."
    ),
    "birthday.in_future": QT_TRANSLATE_NOOP("ErrorText", "The birthday cannot be in the future."),
    "birthday.too_old": QT_TRANSLATE_NOOP("ErrorText", "That birthday is more than 120 years ago."),
    "card.bad_check_digit": QT_TRANSLATE_NOOP(
        "ErrorText", "{card} is not a valid card number: a digit is wrong or two are swapped."
    ),
    "card.numbers_exhausted": QT_TRANSLATE_NOOP(
        "ErrorText", "No free card number could be found; please try again."
    ),
    "card.replaced": QT_TRANSLATE_NOOP(
        "ErrorText", "Card {card} was replaced by card {new_card} and no longer works."
    ),
    "card.unknown": QT_TRANSLATE_NOOP("ErrorText", "No member has card {card}."),
    "credit.before_joining": QT_TRANSLATE_NOOP(
        "ErrorText", "That date is before the member joined the club."
    ),
    "database.cannot_open": QT_TRANSLATE_NOOP("ErrorText", "The database {path} cannot be opened."),
    "database.not_loyaltydesk": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is not a LoyaltyDesk database; nothing was changed in it."
    ),
    "database.too_new": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} was written by a newer LoyaltyDesk; update this program before using it.",
    ),
    "offline.not_with_backdate_or_coupon": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A purchase an offline counter kept cannot also be a past purchase or use a coupon.",
    ),
    "offline.stamps": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The club's server does not answer: stamp-card rewards wait until it does.",
    ),
    "offline.redeem_off": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The club's server does not answer, and the owner allows no rewards while it is "
        "offline. Credit the purchase; the reward can be given when the server is back.",
    ),
    "offline.redeem_limit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "While the server does not answer, a member may spend at most {limit} points a day; "
        "{spent} are spent already, {left} are left.",
    ),
    "offline.redeem_short": QT_TRANSLATE_NOOP(
        "ErrorText",
        "As far as this counter knows, the member has {balance} points; the reward costs "
        "{cost} ({missing} more needed).",
    ),
    "offline.not_seen": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The club's server does not answer, and this counter has not seen this member "
        "before. Keep the receipt and credit the purchase when the server is back (the light "
        "turns green).",
    ),
    "offline.coupon": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The club's server does not answer: a coupon can only be used when it does. Take the "
        "coupon off to credit the purchase now.",
    ),
    "offline.needs_approval": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A purchase this large needs a manager's approval, which needs the club's server. "
        "Enter it when the server answers again.",
    ),
    "offline.store_broken": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This counter's offline file {path} cannot be used ({reason}). Nothing was kept "
        "there; check the disk.",
    ),
    "offline.no_such_refused": QT_TRANSLATE_NOOP(
        "ErrorText",
        "No operation {op_id} was refused on this counter; `sync pending` lists what was.",
    ),
    "offline.no_such_operation": QT_TRANSLATE_NOOP(
        "ErrorText",
        "No operation {op_id} waits on this counter (it may have been sent already); "
        "`sync pending` lists what waits.",
    ),
    "offline.sync_running": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This counter is sending its queue to the server right now; try again in a moment.",
    ),
    "staff.bad_offline_limit": QT_TRANSLATE_NOOP(
        "ErrorText", "The offline reward limit is 0 to {limit} points per member per day."
    ),
    "sync.note_too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "The note can be at most {limit} characters."
    ),
    "sync.no_such_conflict": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no offline conflict number {conflict}."
    ),
    "sync.already_settled": QT_TRANSLATE_NOOP(
        "ErrorText", "Offline conflict {conflict} was settled already, another way."
    ),
    "database.unreachable": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database server {server} (database {database}) cannot be reached. Check that it "
        "is running and that this computer can reach it over the network, then try again.",
    ),
    "currency.name_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "Write the currency's name or sign, such as € or AED."
    ),
    "currency.name_too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "The currency's name can be at most {limit} characters."
    ),
    "currency.decimals_out_of_range": QT_TRANSLATE_NOOP(
        "ErrorText", "A currency has from 0 to {limit} decimals."
    ),
    "date.in_future": QT_TRANSLATE_NOOP("ErrorText", "That date and time is in the future."),
    "date.malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "{value} is not a date; write it as 1403/05/21 or 2024-08-11 (and HH:MM)."
    ),
    "date.missing": QT_TRANSLATE_NOOP(
        "ErrorText", "Type the date as year/month/day, or untick the box if there is none."
    ),
    "date.not_a_day": QT_TRANSLATE_NOOP(
        "ErrorText", "{value} is not a date; type year/month/day, as {example}."
    ),
    "date.needs_zone": QT_TRANSLATE_NOOP("ErrorText", "The time has no time zone."),
    "date.no_such_day": QT_TRANSLATE_NOOP("ErrorText", "There is no such day as {value}."),
    "date.no_such_time": QT_TRANSLATE_NOOP("ErrorText", "There is no such time as {value}."),
    "entry.unknown": QT_TRANSLATE_NOOP("ErrorText", "There is no ledger entry {entry_id}."),
    "member.no_such_id": QT_TRANSLATE_NOOP("ErrorText", "There is no member number {member_id}."),
    "member_ref.empty": QT_TRANSLATE_NOOP("ErrorText", "Scan a card or type a phone number."),
    "member_ref.malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "{value} is neither a card number nor a mobile number."
    ),
    "name.control_characters": QT_TRANSLATE_NOOP(
        "ErrorText", "The name contains invisible characters."
    ),
    "name.empty": QT_TRANSLATE_NOOP("ErrorText", "Write the member's name."),
    "name.no_letters": QT_TRANSLATE_NOOP("ErrorText", "A name needs letters; {name} has none."),
    "name.too_long": QT_TRANSLATE_NOOP("ErrorText", "A name can be at most {limit} characters."),
    "national_code.bad_checksum": QT_TRANSLATE_NOOP(
        "ErrorText", "{value} is not a valid national code: its check digit does not match."
    ),
    "national_code.malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "A national code has ten digits; {value} does not."
    ),
    "national_code.taken": QT_TRANSLATE_NOOP(
        "ErrorText", "This national code already belongs to {member}."
    ),
    "number.empty": QT_TRANSLATE_NOOP("ErrorText", "Enter a number."),
    "number.bad_grouping": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{value} is not a whole number: digits are grouped in threes (85,000), and a decimal "
        "part cannot be given.",
    ),
    "number.not_a_number": QT_TRANSLATE_NOOP("ErrorText", "{value} is not a whole number."),
    "member.merged": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{member} was merged into {kept}: their record is kept for its history only. "
        "Use {kept}'s card instead.",
    ),
    "merge.same_member": QT_TRANSLATE_NOOP(
        "ErrorText", "A member cannot be merged into themselves; choose two different members."
    ),
    "merge.already_merged": QT_TRANSLATE_NOOP(
        "ErrorText", "{member} was already merged into another member; nothing was changed."
    ),
    "merge.already_undone": QT_TRANSLATE_NOOP("ErrorText", "This merge was already undone."),
    "merge.undo_too_late": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A merge can be undone only on the day it was done; this one is from an earlier day.",
    ),
    "merge.kept_merged_since": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{member} has since been merged into another member: undo that merge first.",
    ),
    "merge.points_spent": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The merge cannot be undone: {points} points would go back, but the member kept has "
        "only {balance} left (points were spent since). Nothing was changed.",
    ),
    "merge.stamps_spent": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The merge cannot be undone: {stamps} stamps would go back, but the member kept has "
        "only {balance} left (stamps were used since). Nothing was changed.",
    ),
    "merge.not_found": QT_TRANSLATE_NOOP("ErrorText", "No such merge."),
    "merge.ref_or_id": QT_TRANSLATE_NOOP(
        "ErrorText", "Name the merge by the two members (KEEP OTHER) or by --merge ID, not both."
    ),
    "export.bad_period": QT_TRANSLATE_NOOP(
        "ErrorText", "The first day of the period comes after its last day."
    ),
    "opening.already_given": QT_TRANSLATE_NOOP(
        "ErrorText", "This member already has an opening balance; use an adjustment instead."
    ),
    "import.field_unmapped": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Choose the column that holds the {field}: it is needed for every member.",
    ),
    "import.no_such_column": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The {field} is mapped to column {column}, which the file does not have.",
    ),
    "import.column_twice": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Column {column} is chosen for both {field} and {other}.",
    ),
    "import.unknown_field": QT_TRANSLATE_NOOP(
        "ErrorText",
        "No field is called {field}; the fields are: {fields}.",
    ),
    "import.map_usage": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Write a mapping as FIELD=COLUMN, not {value}.",
    ),
    "import.no_such_header": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The file has no column headed {header}.",
    ),
    "import.bad_birthday": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The birthday {value} is not a date (Jalali 1370/05/21 or Gregorian 1991-08-12).",
    ),
    "import.bad_joined": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The joining date {value} is not a date (Jalali 1402/01/15 or Gregorian 2023-04-04).",
    ),
    "import.birthday_out_of_range": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The birthday {value} is in the future or before 1900.",
    ),
    "import.joined_in_future": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The joining date {value} is in the future.",
    ),
    "import.card_malformed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The card number {card} has characters a scanner does not type; only digits and "
        "Latin letters are kept.",
    ),
    "import.card_too_long": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The card number {card} is longer than {limit} characters.",
    ),
    "import.card_is_phone": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The card number {card} reads as a mobile number; typed at the counter it would "
        "find someone else.",
    ),
    "import.bad_opening": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The balance {value} is not a whole number of points.",
    ),
    "import.negative_opening": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The balance {value} is below zero; an opening balance cannot be a debt.",
    ),
    "import.opening_too_large": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The balance {value} is more than {limit} points.",
    ),
    "import.same_member_as_row": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Same member as row {row} (the same mobile number).",
    ),
    "import.national_code_as_row": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The same national code as row {row}.",
    ),
    "import.card_as_row": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The same card number as row {row}.",
    ),
    "import.phone_in_club": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{phone} is already a member of the club: {member}.",
    ),
    "import.national_code_in_club": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This national code already belongs to {member}.",
    ),
    "import.card_taken": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The card number {card} already belongs to a member.",
    ),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The file has more than {limit} rows; nothing was imported. Split it into smaller files.",
    ),
    "import.not_a_file": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is a folder, not a file.",
    ),
    "import.no_file": QT_TRANSLATE_NOOP(
        "ErrorText",
        "There is no file {path}.",
    ),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} cannot be read: {reason}",
    ),
    "import.empty_file": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is empty.",
    ),
    "import.old_excel": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is an old Excel file (.xls): open it in Excel or LibreOffice and save it "
        "as .xlsx or .csv.",
    ),
    "import.one_column": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is not a table of members: it has one column, and a member list needs at "
        "least the name and the mobile in columns of their own (a comma, semicolon or tab "
        "between them).",
    ),
    "import.not_a_table": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is neither a CSV nor an XLSX file.",
    ),
    "import.unknown_encoding": QT_TRANSLATE_NOOP(
        "ErrorText",
        "No text encoding is called {encoding}; try utf-8 or cp1256.",
    ),
    "import.encoding_unknown": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The text encoding of {path} cannot be told: choose it (UTF-8, or Windows-1256 "
        "for older Persian software).",
    ),
    "import.wrong_encoding": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is not written in {encoding}: choose another encoding.",
    ),
    "import.wrong_encoding_at": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Row {row} of {path} is not written in {encoding}: choose another encoding. "
        "Nothing was imported.",
    ),
    "import.bad_csv": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Row {row} of the file cannot be read as CSV ({reason}); nothing was imported.",
    ),
    "import.no_header": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The file has no header row: its first row must name the columns.",
    ),
    "import.no_such_sheet": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The file has no sheet {sheet}; its sheets are: {sheets}.",
    ),
    "opening.not_positive": QT_TRANSLATE_NOOP(
        "ErrorText", "An opening balance must be more than zero."
    ),
    "operation.empty": QT_TRANSLATE_NOOP("ErrorText", "The operation id is empty."),
    "operation.malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "An operation id is at most {limit} printable characters."
    ),
    "operation.given_up": QT_TRANSLATE_NOOP(
        "ErrorText", "The request was given up before it was saved; nothing was saved."
    ),
    "operation.reused": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Operation id {operation_id} was already used for a different action; nothing was done.",
    ),
    "phone.empty": QT_TRANSLATE_NOOP("ErrorText", "Write the mobile number."),
    "phone.not_digits": QT_TRANSLATE_NOOP(
        "ErrorText", "A mobile number has only digits; {phone} has others."
    ),
    "phone.not_iranian": QT_TRANSLATE_NOOP("ErrorText", "{phone} is not an Iranian mobile number."),
    "phone.not_mobile": QT_TRANSLATE_NOOP(
        "ErrorText", "{phone} is not a mobile number: mobile numbers start with 09."
    ),
    "phone.taken": QT_TRANSLATE_NOOP(
        "ErrorText", "This mobile number already belongs to {member}."
    ),
    "phone.unknown": QT_TRANSLATE_NOOP("ErrorText", "No member has the mobile number {phone}."),
    "phone.wrong_length": QT_TRANSLATE_NOOP(
        "ErrorText", "{phone} has {digits} digits after 0; a mobile number has 10 (09xx xxx xxxx)."
    ),
    "purchase.unknown": QT_TRANSLATE_NOOP("ErrorText", "There is no purchase {purchase_id}."),
    "receipt.already_credited": QT_TRANSLATE_NOOP(
        "ErrorText", "Receipt {receipt} was already credited to {member}."
    ),
    "receipt.malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "A receipt number is at most {limit} characters."
    ),
    # The watched receipts folder: said in a file's .reason.txt and at the counter.
    "receipts.not_utf8": QT_TRANSLATE_NOOP(
        "ErrorText", "The file is not UTF-8 text; set the POS to save receipts as UTF-8."
    ),
    "receipts.bad_json": QT_TRANSLATE_NOOP(
        "ErrorText", "The file is not one complete JSON object."
    ),
    "receipts.not_text_or_number": QT_TRANSLATE_NOOP(
        "ErrorText", "The field {key} must be text or a whole number."
    ),
    "receipts.unknown_field": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{key} is not a receipt's field; they are card or phone, amount_rials or "
        "amount_toman, receipt and at.",
    ),
    "receipts.amount_unit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The amount does not say its unit: name it amount_rials or amount_toman, not {key}.",
    ),
    "receipts.one_amount": QT_TRANSLATE_NOOP(
        "ErrorText", "Give the amount once: as amount_rials or as amount_toman."
    ),
    "receipts.toman_not_shop_money": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This shop does not count in Toman: give the amount as amount_rials, in its "
        "money's smallest unit.",
    ),
    "receipts.card_or_phone": QT_TRANSLATE_NOOP(
        "ErrorText", "Give the member's card or phone: one of them."
    ),
    "receipts.receipt_missing": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The receipt number (receipt) is missing; without it one sale cannot be told from another.",
    ),
    "receipts.csv_no_sale": QT_TRANSLATE_NOOP(
        "ErrorText", "The file has no sale under its header line."
    ),
    "receipts.csv_many_sales": QT_TRANSLATE_NOOP(
        "ErrorText", "The file holds {count} sales; the POS must write one file per sale."
    ),
    "receipts.csv_columns": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The sale's line has {found} values for {expected} columns (a comma in an amount "
        "that is not in quotes?).",
    ),
    "receipts.csv_duplicate_column": QT_TRANSLATE_NOOP(
        "ErrorText", "The column {key} appears twice in the header line."
    ),
    "receipts.too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "The file is larger than {limit} bytes; one sale is far smaller."
    ),
    "receipts.already_credited": QT_TRANSLATE_NOOP(
        "ErrorText", "This sale was credited before; it was not credited again."
    ),
    "receipts.folder_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "Choose the folder the POS drops its receipts into."
    ),
    "receipts.no_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "The receipts folder {path} is not there; make it, or choose another."
    ),
    "receipts.dated_ahead": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This receipt is dated {at}, more than a day ahead of this computer's clock; check the"
        " date the POS writes.",
    ),
    "receipts.cannot_watch": QT_TRANSLATE_NOOP(
        "ErrorText", "The receipts folder {path} cannot be watched: {detail}"
    ),
    "receipt.unknown": QT_TRANSLATE_NOOP(
        "ErrorText", "No purchase was credited with receipt {receipt}."
    ),
    "redeem.in_debt": QT_TRANSLATE_NOOP(
        "ErrorText", "The member owes {debt} points from a refund; no reward until it is paid back."
    ),
    "redeem.short": QT_TRANSLATE_NOOP(
        "ErrorText", "{reward} needs {cost} points; the member has {balance}, {missing} short."
    ),
    "refund.already_refunded": QT_TRANSLATE_NOOP(
        "ErrorText", "This purchase was already refunded in full."
    ),
    "refund.exceeds": QT_TRANSLATE_NOOP(
        "ErrorText", "Only {remaining} of this purchase is left to refund, not {amount}."
    ),
    "refund.not_a_purchase": QT_TRANSLATE_NOOP(
        "ErrorText", "Entry {entry_id} is not a purchase, so it cannot be refunded."
    ),
    "refund.receipt_or_entry": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Name the purchase to refund by its receipt or by its ledger entry (one of the two).",
    ),
    "restore.no_file": QT_TRANSLATE_NOOP("ErrorText", "There is no backup file at {path}."),
    "reward.bad_cost": QT_TRANSLATE_NOOP(
        "ErrorText", "A reward costs between 1 and {limit} points."
    ),
    "reward.empty": QT_TRANSLATE_NOOP("ErrorText", "Name the reward."),
    "reward.exists": QT_TRANSLATE_NOOP("ErrorText", "There is already a reward called {reward}."),
    "reward.unknown": QT_TRANSLATE_NOOP("ErrorText", "There is no reward called {reward}."),
    "rule.earns_too_much": QT_TRANSLATE_NOOP(
        "ErrorText",
        "With these points per amount one purchase of {amount} would earn more than {limit} "
        "points: give fewer points, or set a larger amount per step.",
    ),
    "credit.balance_too_large": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This purchase would take the balance past {limit} points, more than a club can "
        "hold; check the earning rule. Nothing was credited.",
    ),
    "rule.bad_minimum": QT_TRANSLATE_NOOP("ErrorText", "The minimum purchase cannot be negative."),
    "rule.bad_points": QT_TRANSLATE_NOOP("ErrorText", "Points per step must be more than zero."),
    "rule.bad_step": QT_TRANSLATE_NOOP("ErrorText", "The amount per step must be more than zero."),
    "rule.minimum_too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "The minimum purchase can be at most {limit_rials}."
    ),
    "rule.points_too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "Points per step can be at most {limit}."
    ),
    "rule.step_too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "The amount per step can be at most {limit_rials}."
    ),
    "rules.missing": QT_TRANSLATE_NOOP("ErrorText", "The club has no earning rule."),
    "search.bad_limit": QT_TRANSLATE_NOOP("ErrorText", "Ask for 1 to {limit} members at a time."),
    "storage.busy": QT_TRANSLATE_NOOP(
        "ErrorText", "The database is busy with another counter; please try again."
    ),
    "storage.conflict": QT_TRANSLATE_NOOP(
        "ErrorText", "Another counter changed this member at the same moment; please try again."
    ),
    "storage.full": QT_TRANSLATE_NOOP(
        "ErrorText", "The disk is full; nothing was saved. Free some space."
    ),
    "storage.read_only": QT_TRANSLATE_NOOP(
        "ErrorText", "The database cannot be written (it is read-only); nothing was saved."
    ),
    # The stamp card (issue 11, item 19).
    "redeem.short_stamps": QT_TRANSLATE_NOOP(
        "ErrorText", "{reward} needs {cost} stamps; the member has {stamps}, {missing} short."
    ),
    "reward.bad_stamp_cost": QT_TRANSLATE_NOOP(
        "ErrorText", "A stamp reward costs between 1 and {limit} stamps."
    ),
    "stamps.bad_minimum": QT_TRANSLATE_NOOP(
        "ErrorText", "The minimum purchase for a stamp cannot be negative."
    ),
    "stamps.bad_per_day": QT_TRANSLATE_NOOP(
        "ErrorText", "Stamps a day per member are between 1 and {limit}."
    ),
    "stamps.nothing_earned": QT_TRANSLATE_NOOP(
        "ErrorText", "With points turned off, turn stamps on: otherwise purchases earn nothing."
    ),
    # A member's notes (issue 15).
    "member.update_nothing": QT_TRANSLATE_NOOP(
        "ErrorText", "Say what to change: --email ADDRESS, --notes TEXT or both."
    ),
    "notes.too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "Notes are at most {limit} characters; these have {length}."
    ),
    "notes.control_characters": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The notes have an invisible control character (pasted from another program):"
        " type them again.",
    ),
    # Member e-mail and the message outbox (issue 13).
    "email.malformed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{address} is not an e-mail address: it needs one @, a dot after it and no spaces,"
        " like name@example.com.",
    ),
    "email.too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "An e-mail address is at most {limit} characters."
    ),
    "mail.bad_host": QT_TRANSLATE_NOOP(
        "ErrorText", "{host} is not a server name: write it like smtp.example.com."
    ),
    "mail.bad_port": QT_TRANSLATE_NOOP(
        "ErrorText", "The port is a whole number from {first} to {last}."
    ),
    "mail.bad_user": QT_TRANSLATE_NOOP(
        "ErrorText", "The user name has a space or is too long: write it as the server gave it."
    ),
    "mail.no_sender": QT_TRANSLATE_NOOP(
        "ErrorText", "Give the address the e-mail comes from (From), like club@example.com."
    ),
    "mail.not_set": QT_TRANSLATE_NOOP(
        "ErrorText", "No mail server is set: give one in E-mail server… (or `mail set`)."
    ),
    "mail.not_available": QT_TRANSLATE_NOOP(
        "ErrorText", "This program cannot send e-mail here; nothing was sent."
    ),
    "mail.unreachable": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The mail server {host} (port {port}) did not work: {detail}. Nothing was sent.",
    ),
    "mail.no_host": QT_TRANSLATE_NOOP(
        "ErrorText", "Write the mail server’s name, like smtp.example.com."
    ),
    "email.not_ascii": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{address} has letters a mail server cannot deliver to: write the address in English"
        " letters, like name@example.com.",
    ),
    "message.opted_out": QT_TRANSLATE_NOOP(
        "ErrorText", "Withdrawn: the member asked for no messages after it was queued."
    ),
    "outbox.busy": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The outbox kept changing while the file was written; nothing was marked. Try again.",
    ),
    "mail.refused": QT_TRANSLATE_NOOP(
        "ErrorText", "The mail server did not take the message to {address}: {detail}."
    ),
    "mail.no_password": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The password for {account} is not known on this computer: save it in E-mail server…,"
        " or set LOYALTYDESK_SMTP_PASSWORD in the environment of the program that sends.",
    ),
    "mail.keyring_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "The system keyring did not keep the password: {detail}."
    ),
    "outbox.nothing_to_export": QT_TRANSLATE_NOOP(
        "ErrorText", "No SMS is waiting in the outbox: there is nothing to export."
    ),
    "outbox.no_ids": QT_TRANSLATE_NOOP("ErrorText", "Name at least one message."),
    "outbox.unknown": QT_TRANSLATE_NOOP("ErrorText", "There is no message {id} in the outbox."),
    "outbox.not_exported": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Message {id} was not exported to an SMS panel, so it cannot be marked sent; nothing"
        " was marked.",
    ),
    "outbox.not_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "Message {id} has not failed, so there is nothing to retry; nothing changed."
    ),
    "outbox.bad_format": QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: the outbox exports to a .csv or an .xlsx file."
    ),
    "void.already_voided": QT_TRANSLATE_NOOP(
        "ErrorText", "Redemption {entry_id} was already voided."
    ),
    "void.not_a_redemption": QT_TRANSLATE_NOOP(
        "ErrorText", "Entry {entry_id} is not a redemption, so it cannot be voided."
    ),
    # The first-run wizard: the shop and the new club.
    "shop.name_empty": QT_TRANSLATE_NOOP("ErrorText", "Write the shop's name."),
    "shop.name_too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "A shop's name is at most {limit} letters."
    ),
    # The branch a counter stands in (Settings, --branch).
    "branch.malformed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A branch name is one line of letters, digits and signs; leave it empty for no branch.",
    ),
    "branch.too_long": QT_TRANSLATE_NOOP("ErrorText", "A branch name is at most {limit} letters."),
    "setup.bad_timezone": QT_TRANSLATE_NOOP(
        "ErrorText", "Choose the time zone from the list (for example Asia/Tehran)."
    ),
    "setup.bad_backup_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "Choose a whole folder path for the backups, or leave it empty."
    ),
    "setup.too_many_rewards": QT_TRANSLATE_NOOP(
        "ErrorText", "Start with at most {limit} rewards; add more later in Rules."
    ),
    "setup.owner_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "The club needs its owner's name and PIN."
    ),
    "setup.club_in_use": QT_TRANSLATE_NOOP(
        "ErrorText", "This club already has staff accounts; it was not set up again."
    ),
    "server.host_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "Type the server's name or address (for example 192.168.1.10)."
    ),
    "server.host_malformed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{host}” is not a server name or address: letters, digits, dots and dashes only.",
    ),
    "server.port_malformed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The port is a number from 1 to 65535 (PostgreSQL’s usual one is 5432); “{value}” is not.",
    ),
    "server.database_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "Type the name of the club’s database on the server."
    ),
    "server.database_malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "A database name has no spaces and at most {limit} letters."
    ),
    "server.user_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "Type the user name this counter signs in to the server with."
    ),
    "server.user_malformed": QT_TRANSLATE_NOOP(
        "ErrorText", "A user name has no spaces and at most {limit} letters."
    ),
    "server.tls_unknown": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The TLS setting is disable, require or verify-full; “{value}” is none of them.",
    ),
    "server.ca_file_needed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Verifying the server needs the certificate of the authority that signed the "
        "server’s certificate (a CA file).",
    ),
    "server.ca_file_missing": QT_TRANSLATE_NOOP("ErrorText", "The CA file {path} is not there."),
    "server.ca_file_is_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is a folder: choose the CA file in it (.pem or .crt)."
    ),
    "server.ca_file_unreadable": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The CA file {path} is there but cannot be read ({detail}): let this computer’s "
        "user read it, or copy it somewhere they can.",
    ),
    "server.keyring_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "The password could not be kept in this computer’s keyring ({detail})."
    ),
    "keyring.unavailable": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This computer has no keyring to keep the password in: give it in the "
        "environment variable {variable} instead.",
    ),
    "server.unknown_host": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The server {server} cannot be found: its name is not known here. Check the "
        "spelling, or use its IP address.",
    ),
    "server.no_route": QT_TRANSLATE_NOOP(
        "ErrorText",
        "There is no way to the server {server} from this computer (no route): is this "
        "computer on the shop’s network, and is the server switched on?",
    ),
    "server.timeout": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The server {server} does not answer in time: a firewall may be in the way, or "
        "the address is wrong.",
    ),
    "server.refused": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Nothing is listening at {server}: the computer is there, but PostgreSQL is not "
        "running on that port or does not take network connections.",
    ),
    "server.bad_login": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The server {server} refused the user name or password. Check both (the "
        "password is case-sensitive).",
    ),
    "server.not_allowed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The server {server} does not let this computer or user in (no line for them in "
        "its pg_hba.conf). If the server takes only TLS connections, turn TLS on here; "
        "otherwise its administrator must allow this computer.",
    ),
    "server.no_tls": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The server {server} has no TLS, but this counter requires it. Turn TLS on at "
        "the server, or choose “disable” here on a network you trust.",
    ),
    "server.tls_untrusted": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The server {server} shows a certificate this counter does not trust: the CA "
        "file chosen did not sign it.",
    ),
    "server.tls_name_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The server’s certificate is made out to another name than {server}: connect "
        "with the name in the certificate.",
    ),
    "server.tls_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "The secure (TLS) connection to {server} failed ({detail})."
    ),
    "server.no_database": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The server {server} has no database named {database}. Create it (empty) first, "
        "or check the name.",
    ),
    "server.no_permission": QT_TRANSLATE_NOOP(
        "ErrorText", "This user may sign in to {server} but may not use the database {database}."
    ),
    "server.foreign_database": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database {database} on {server} belongs to another program (it has tables, "
        "but not LoyaltyDesk’s). Use an empty database.",
    ),
    "server.too_new": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The club in the database {database} on {server} was made by a newer LoyaltyDesk: "
        "update LoyaltyDesk on this counter first.",
    ),
    "server.failed": QT_TRANSLATE_NOOP(
        "ErrorText", "The server {server} could not be used ({detail})."
    ),
    "server.host_has_port": QT_TRANSLATE_NOOP(
        "ErrorText", "Type the server as {host} here and the port {port} in the Port field."
    ),
    "server.move_not_from_file": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This counter is on a shared club already: only a club in a file on this computer is "
        "moved to a server. Nothing was copied.",
    ),
    "server.ok_empty": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Connected to {server}. The database {database} is empty: ready to move a club in.",
    ),
    "server.ok_club": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Connected to {server}. The database {database} holds a LoyaltyDesk club "
        "with {members} members.",
    ),
    "server.ok_club_older": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Connected to {server}. The database {database} holds a LoyaltyDesk club with "
        "{members} members, made by an older LoyaltyDesk: it will be upgraded when this "
        "counter first opens it (a copy is kept first). Then update the club’s other "
        "counters too.",
    ),
    "server.system_database": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{database} on {server} is the server’s own database (PostgreSQL keeps it for "
        "itself): a club does not go in it. Ask whoever looks after the server to create "
        "a database for the club, with: {sql} Then type its name here.",
    ),
    "server.move_not_empty": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database {database} on {server} already holds a club ({members} members): "
        "a club is moved only into an empty database. Nothing was copied.",
    ),
    "server.move_foreign": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database {database} on {server} holds another program’s tables: a club is "
        "moved only into an empty database. Nothing was copied.",
    ),
    "server.move_books_differ": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This club’s own books do not add up ({differences} differences; see Verify): "
        "put them right before moving the club. Nothing was copied.",
    ),
    "server.move_copy_differs": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The copy on {server} does not match this club ({differences} differences). "
        "This counter stays on its own file; empty the database {database} on the "
        "server (drop it and create it again) and try again.",
    ),
}

_EXAMPLE_DAY = dt.date(1991, 8, 12)

_FALLBACK = QT_TRANSLATE_NOOP("ErrorText", "The request could not be completed ({code}).")

# Parameters that hold Rials are shown as money in the shop's unit.
_MONEY_PARAMS = {"amount", "remaining", "limit_rials", "minimum", "discount", "worth"}
# File paths, server messages, ids and printer names are shown exactly as they are.
_VERBATIM = {
    "path",
    "header",
    "sheet",
    "sheets",
    "encoding",
    "card",
    "address",
    "host",
    "account",
    "detail",
    "operation_id",
    "printer",
    "known",
    "placeholder",
    "placeholders",
    "server",
    "database",
    # Names of counters, staff and members are shown as they were written ("counter-1").
    "counter",
    "staff",
    "by",
    "member",
    "name",
    "kind",
    "revision",
    "variable",
    "sql",
    "key",  # a JSON field or an API path, as the POS sent it
}


# Numbers that name something (a port, a message): the language's digits, never grouped.
_PLAIN_NUMBERS = {"port", "id", "row"}


def _localise(name: str, value: Any, language: str, unit: Currency, calendar: str | None) -> str:
    if isinstance(value, bool) or (name in _VERBATIM and value is not None):
        return str(value)
    if name in _PLAIN_NUMBERS and isinstance(value, int | str):
        return localize_digits(str(value), language)
    if isinstance(value, int):
        if name in _MONEY_PARAMS:
            return format_money(value, unit, language)
        return format_int(value, language)
    # A day, or a moment in the zone the service gave it in (the shop's), in the calendar.
    if isinstance(value, dt.datetime):
        return format_datetime(value, language, calendar)
    if isinstance(value, dt.date):
        return format_date(value, language, calendar)
    if value is None:
        return "—"
    return localize_digits(str(value), language)


def _field_text(value: str) -> str:
    try:
        return field_label(Field(value))
    except ValueError:
        return value


def _permission_text(value: str) -> str:
    try:
        return permission_label(Permission(value))
    except ValueError:
        return value


def error_text(
    error: DomainError,
    language: str | Display,
    unit: MoneyUnit | Currency = MoneyUnit.TOMAN,
    *,
    screen: bool = True,
) -> str:
    """The sentence for ``error`` in ``language``, or as ``display`` shows things: its
    language, the shop's money and calendar (``unit`` is then not used).

    Names come in the display language (a parameter ``reward`` with a ``reward_fa`` beside
    it). On ``screen`` what a person wrote is isolated and the sentence carries its
    language's direction, so a Persian sentence that begins with a Latin name still reads
    right to left; a terminal gets the plain text.
    """
    calendar: str | None = None
    if isinstance(language, Display):
        shown = language
        language, unit, calendar = shown.language, shown.currency, shown.calendar
    currency = Currency.of(unit)
    template = _TEXTS.get(error.code, _FALLBACK)
    chosen = _in_language(error.params, language)
    params = {k: _localise(k, v, language, currency, calendar) for k, v in chosen.items()}
    if screen:
        params = {k: isolate(v) if isinstance(chosen[k], str) else v for k, v in params.items()}
    params.setdefault("code", error.code)
    if error.code == "redeem.in_debt":
        params["debt"] = format_int(-int(error.params.get("balance", 0)), language)
    if error.code == "date.not_a_day":
        # The example in the language's calendar and digits: ۱۳۷۰/۰۵/۲۱ or 1991-08-12.
        params["example"] = format_date(_EXAMPLE_DAY, language, calendar)
    if "action" in error.params and error.code.startswith("staff."):
        params["action"] = _permission_text(str(error.params["action"]))
    if error.code.startswith("import."):
        for key in ("field", "other"):
            if key in error.params:
                params[key] = _field_text(str(error.params[key]))
    if error.code == "staff.not_allowed":
        params["role"] = role_label(Role(str(error.params["role"])))
    if error.code == "amount.too_large":
        params["limit"] = format_money(int(error.params["limit"]), currency, language)
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        text = translated.format(**params)
    except (KeyError, IndexError, ValueError):
        text = QCoreApplication.translate(CONTEXT, _FALLBACK).format(code=error.code)
    return paragraph(text, language) if screen else text


def _in_language(params: dict[str, Any], language: str) -> dict[str, Any]:
    """``reward`` replaced by ``reward_fa`` in Persian when there is one; the ``_fa`` twins
    themselves are not parameters of any sentence."""
    chosen = {k: v for k, v in params.items() if not k.endswith("_fa")}
    if language == "fa":
        for key, value in params.items():
            if key.endswith("_fa") and value:
                chosen[key.removesuffix("_fa")] = value
    return chosen


def known_codes() -> set[str]:
    return set(_TEXTS)

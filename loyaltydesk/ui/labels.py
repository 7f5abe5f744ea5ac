"""Names of things the club shows everywhere (ledger entry kinds, how points were
computed, what a coupon gives), translated."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.campaigns import CampaignKind, RunStatus
from loyaltydesk.domain.coupons import Coupon, CouponKind, CouponState, CouponTerms
from loyaltydesk.domain.earning import Calculation, PartKind
from loyaltydesk.domain.imports import Field
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.merges import MERGED_FROM, MERGED_INTO, DuplicateReason
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.domain.staff import Permission, Role
from loyaltydesk.domain.stamps import StampReason
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import Currency, MoneyUnit, format_int, format_money, is_one
from loyaltydesk.services.views import CouponView


def entry_kind_label(kind: EntryKind) -> str:
    names = {
        EntryKind.EARN: QCoreApplication.translate("EntryKind", "earned"),
        EntryKind.REDEEM: QCoreApplication.translate("EntryKind", "redeemed"),
        EntryKind.REVERSE_EARN: QCoreApplication.translate("EntryKind", "refund"),
        EntryKind.RESTORE_REDEEM: QCoreApplication.translate("EntryKind", "redemption voided"),
        EntryKind.EXPIRE: QCoreApplication.translate("EntryKind", "expired"),
        EntryKind.ADJUST: QCoreApplication.translate("EntryKind", "adjustment"),
        EntryKind.BONUS: QCoreApplication.translate("EntryKind", "bonus"),
        EntryKind.OPENING: QCoreApplication.translate("EntryKind", "opening balance"),
        EntryKind.MERGE: QCoreApplication.translate("EntryKind", "merge"),
    }
    return names[kind]


def times_text(percent: int, display: Display) -> str:
    """×1.5 for 150 percent, kept in that order inside right-to-left text."""
    return display.code(f"×{percent / 100:g}")


def describe_calculation(calc: Calculation, display: Display) -> str:
    """How a line's points were reached, in words: "250 points: 1 per 10,000 Toman, ×2 Happy
    hour". One sentence for the statement on screen, on the command line and in JSON."""
    d = display
    stamp = describe_stamp(calc, d)
    if calc.points_off:
        return stamp  # stamps instead of points: the stamp is the whole story
    pieces = [
        QCoreApplication.translate("Calculation", "{points} per {amount}").format(
            points=d.n(calc.points_per_step), amount=d.money(calc.step_rials)
        )
    ]
    for part in calc.parts:
        if part.kind in {PartKind.MULTIPLIER, PartKind.TIER}:
            pieces.append(f"{times_text(part.percent, d)} {part.name}".strip())
        elif part.kind is PartKind.PROMOTION_BONUS:
            pieces.append(
                QCoreApplication.translate("Calculation", "{name} {points}").format(
                    name=part.name, points=d.points(part.points, signed=True)
                )
            )
        elif part.kind is PartKind.FIRST_PURCHASE:
            pieces.append(
                QCoreApplication.translate("Calculation", "first purchase {points}").format(
                    points=d.points(part.points, signed=True)
                )
            )
        elif part.kind is PartKind.BIRTHDAY:
            pieces.append(
                QCoreApplication.translate("Calculation", "birthday week {points}").format(
                    points=d.points(part.points, signed=True)
                )
            )
        elif part.kind is PartKind.DAILY_CAP:
            pieces.append(
                QCoreApplication.translate("Calculation", "daily limit {points}").format(
                    points=d.points(part.points, signed=True)
                )
            )
        elif part.kind is PartKind.BELOW_MINIMUM:
            pieces.append(QCoreApplication.translate("Calculation", "below the minimum purchase"))
    separator = "، " if d.rtl else ", "
    sentence = (
        QCoreApplication.translate("Calculation", "{points} point: {how}")
        if is_one(calc.points)
        else QCoreApplication.translate("Calculation", "{points} points: {how}")
    )
    points = sentence.format(points=d.n(calc.points), how=separator.join(pieces))
    if not stamp:
        return points
    return ("؛ " if d.rtl else "; ").join((points, stamp))


def stamps_text(count: int, display: Display) -> str:
    """ "1 stamp", "3 stamps" (Persian has one form)."""
    if abs(count) == 1:
        return QCoreApplication.translate("Calculation", "{count} stamp").format(
            count=display.n(count)
        )
    return QCoreApplication.translate("Calculation", "{count} stamps").format(
        count=display.n(count)
    )


def describe_stamp(calc: Calculation, display: Display) -> str:
    """Why a purchase earned a stamp or none ("1 stamp: visit of 120,000 Toman"); empty
    when the rule had no stamp card."""
    return stamp_outcome_text(calc.stamps, calc.stamp_reason, calc.visit_rials, display)


def stamp_outcome_text(
    stamps: int, reason: StampReason | None, amount_rials: int, display: Display
) -> str:
    d = display
    if reason is StampReason.VISIT:
        return QCoreApplication.translate("Calculation", "{stamps}: visit of {amount}").format(
            stamps=stamps_text(stamps, d), amount=d.money(amount_rials)
        )
    if reason is StampReason.DAY_LIMIT:
        return QCoreApplication.translate("Calculation", "no stamp: stamp limit for today reached")
    if reason is StampReason.BELOW_MINIMUM:
        return QCoreApplication.translate(
            "Calculation", "no stamp: below the minimum purchase for a stamp"
        )
    return ""


def stamp_note(kind: EntryKind, stamps: int, display: Display) -> str:
    """What a line without a calculation did to the stamp card, or empty."""
    if not stamps:
        return ""
    if kind is EntryKind.REVERSE_EARN:
        return QCoreApplication.translate(
            "Calculation", "{stamps} taken back: the visit was refunded"
        ).format(stamps=stamps_text(-stamps, display))
    if kind is EntryKind.REDEEM:
        return QCoreApplication.translate("Calculation", "{stamps} spent").format(
            stamps=stamps_text(-stamps, display)
        )
    if kind is EntryKind.RESTORE_REDEEM:
        return QCoreApplication.translate("Calculation", "{stamps} given back").format(
            stamps=stamps_text(stamps, display)
        )
    return stamps_text(stamps, display)


# -- coupons: one wording for the counter, the owner's list, the command line and paper ----


def coupon_title(
    terms: CouponTerms, reward: Reward | None, language: str, unit: MoneyUnit | Currency
) -> str:
    """What a coupon gives, in a few words: "20% off", "50,000 Toman off", "Free meal"."""
    if terms.kind is CouponKind.PERCENT:
        return QCoreApplication.translate("CouponText", "{percent}% off").format(
            percent=format_int(terms.percent or 0, language)
        )
    if terms.kind is CouponKind.AMOUNT:
        return QCoreApplication.translate("CouponText", "{amount} off").format(
            amount=format_money(terms.amount_rials or 0, unit, language)
        )
    if reward is not None:
        return reward.display_name(language)
    return QCoreApplication.translate("CouponText", "a reward")


def coupon_conditions_text(terms: CouponTerms, language: str, unit: MoneyUnit | Currency) -> str:
    """The small print under the title: the ceiling of a percentage, the minimum purchase
    ("at most 30,000 Toman, on a purchase of at least 200,000 Toman"); empty without."""
    parts: list[str] = []
    if terms.kind is CouponKind.PERCENT and terms.max_rials is not None:
        parts.append(
            QCoreApplication.translate("CouponText", "at most {amount}").format(
                amount=format_money(terms.max_rials, unit, language)
            )
        )
    if terms.min_purchase_rials:
        parts.append(
            QCoreApplication.translate("CouponText", "on a purchase of at least {amount}").format(
                amount=format_money(terms.min_purchase_rials, unit, language)
            )
        )
    return ("، " if language == "fa" else ", ").join(parts)


def coupon_terms_text(
    terms: CouponTerms, reward: Reward | None, language: str, unit: MoneyUnit | Currency
) -> str:
    """The whole of what a coupon gives: "20% off, at most 30,000 Toman, on a purchase of at
    least 200,000 Toman"; "50,000 Toman off"; "Free meal"."""
    title = coupon_title(terms, reward, language, unit)
    conditions = coupon_conditions_text(terms, language, unit)
    if not conditions:
        return title
    return ("، " if language == "fa" else ", ").join((title, conditions))


def coupon_state_label(state: CouponState) -> str:
    names = {
        CouponState.ACTIVE: QCoreApplication.translate("CouponText", "valid"),
        CouponState.NOT_YET: QCoreApplication.translate("CouponText", "not valid yet"),
        CouponState.USED: QCoreApplication.translate("CouponText", "used"),
        CouponState.EXPIRED: QCoreApplication.translate("CouponText", "expired"),
        CouponState.VOIDED: QCoreApplication.translate("CouponText", "voided"),
    }
    return names[state]


def printed_coupon(
    view: CouponView, language: str, unit: MoneyUnit | Currency, today: dt.date
) -> Coupon:
    """A stored coupon as paper shows it: its terms in the language, the member's name when
    it is personal, how many uses an open one has, and its first day if that is to come."""
    coupon = view.coupon
    return Coupon(
        code=coupon.code,
        title=coupon_title(coupon.terms, view.reward, language, unit),
        valid_until=coupon.valid_until,
        member_name=view.member_name,
        details=coupon_conditions_text(coupon.terms, language, unit),
        uses_allowed=coupon.uses_allowed,
        valid_from=coupon.valid_from if coupon.valid_from > today else None,
    )


def campaign_name(kind: CampaignKind) -> str:
    names = {
        CampaignKind.BIRTHDAY: QCoreApplication.translate("Campaigns", "Birthday"),
        CampaignKind.WIN_BACK: QCoreApplication.translate("Campaigns", "Win-back"),
        CampaignKind.ANNIVERSARY: QCoreApplication.translate(
            "Campaigns", "First-purchase anniversary"
        ),
        CampaignKind.SECOND_VISIT: QCoreApplication.translate("Campaigns", "Second visit"),
        CampaignKind.REFERRAL: QCoreApplication.translate("Campaigns", "Referral"),
        CampaignKind.THANK_YOU: QCoreApplication.translate("Campaigns", "Thank-you"),
    }
    return names[kind]


def run_status_label(status: RunStatus) -> str:
    names = {
        RunStatus.RUNNING: QCoreApplication.translate("Campaigns", "running"),
        RunStatus.DONE: QCoreApplication.translate("Campaigns", "done"),
        RunStatus.CANCELLED: QCoreApplication.translate("Campaigns", "cancelled"),
        RunStatus.FAILED: QCoreApplication.translate("Campaigns", "failed"),
    }
    return names[status]


def campaign_line_text(campaign: str, related_name: str | None) -> str:
    """A ledger line's campaign in the reader's language, with the member it is about (a
    referral's newcomer); a campaign this version does not know reads as stored."""
    try:
        kind = CampaignKind(campaign)
    except ValueError:
        return campaign
    name = campaign_name(kind)
    if related_name:
        return QCoreApplication.translate("Campaigns", "{campaign}: brought {member}").format(
            campaign=name, member=related_name
        )
    return name


def duplicate_reason_label(reason: DuplicateReason) -> str:
    names = {
        DuplicateReason.PHONE: QCoreApplication.translate("Merge", "same mobile"),
        DuplicateReason.NATIONAL_CODE: QCoreApplication.translate("Merge", "same national code"),
        DuplicateReason.NAME_AND_BIRTHDAY: QCoreApplication.translate(
            "Merge", "same name and birthday"
        ),
    }
    return names[reason]


def merge_line_text(reason: str | None, related_name: str | None) -> str:
    """A `merge` ledger line in words, with the other member of the merge."""
    member = related_name or "-"
    if reason == MERGED_INTO:
        return QCoreApplication.translate("Merge", "merged into {member}").format(member=member)
    if reason == MERGED_FROM:
        return QCoreApplication.translate("Merge", "merged from {member}").format(member=member)
    return QCoreApplication.translate("Merge", "merge with {member} undone").format(member=member)


def campaign_label(campaign: str | None) -> str:
    """A stored campaign name (coupons, messages) in the reader's language; "" for none."""
    if not campaign:
        return ""
    try:
        return campaign_name(CampaignKind(campaign))
    except ValueError:
        return campaign


def role_label(role: Role) -> str:
    names = {
        Role.CASHIER: QCoreApplication.translate("Role", "cashier"),
        Role.MANAGER: QCoreApplication.translate("Role", "manager"),
        Role.OWNER: QCoreApplication.translate("Role", "owner"),
    }
    return names[role]


def field_label(field: Field) -> str:
    """What a column of an imported member list holds, as sentences name it."""
    names = {
        Field.NAME: QCoreApplication.translate("ImportField", "name"),
        Field.PHONE: QCoreApplication.translate("ImportField", "mobile number"),
        Field.BIRTHDAY: QCoreApplication.translate("ImportField", "birthday"),
        Field.NATIONAL_CODE: QCoreApplication.translate("ImportField", "national code"),
        Field.EMAIL: QCoreApplication.translate("ImportField", "e-mail address"),
        Field.CARD: QCoreApplication.translate("ImportField", "old card number"),
        Field.OPENING: QCoreApplication.translate("ImportField", "opening balance"),
        Field.JOINED: QCoreApplication.translate("ImportField", "joining date"),
    }
    return names[field]


def permission_label(permission: Permission) -> str:
    """What a person may do, as the refusal and the README's matrix name it."""
    names = {
        Permission.FIND_MEMBERS: QCoreApplication.translate(
            "Permission", "find and look up members"
        ),
        Permission.REGISTER: QCoreApplication.translate("Permission", "register members"),
        Permission.EDIT_MEMBER: QCoreApplication.translate("Permission", "edit a member's details"),
        Permission.CREDIT: QCoreApplication.translate("Permission", "credit purchases"),
        Permission.REDEEM: QCoreApplication.translate("Permission", "redeem rewards"),
        Permission.USE_COUPON: QCoreApplication.translate("Permission", "apply coupons"),
        Permission.PRINT: QCoreApplication.translate("Permission", "print"),
        Permission.FEEDBACK: QCoreApplication.translate("Permission", "record feedback"),
        Permission.SEE_RULES: QCoreApplication.translate("Permission", "see the rules"),
        Permission.OWN_SHIFT: QCoreApplication.translate(
            "Permission", "see their own shift report"
        ),
        Permission.OWN_PIN: QCoreApplication.translate("Permission", "change their own PIN"),
        Permission.REFUND: QCoreApplication.translate("Permission", "refund purchases"),
        Permission.VOID: QCoreApplication.translate("Permission", "void redemptions"),
        Permission.ADJUST: QCoreApplication.translate("Permission", "adjust balances"),
        Permission.OPENING_BALANCE: QCoreApplication.translate(
            "Permission", "enter opening balances"
        ),
        Permission.LARGE_CREDIT: QCoreApplication.translate(
            "Permission", "credit a purchase above the limit"
        ),
        Permission.LARGE_REDEMPTION: QCoreApplication.translate(
            "Permission", "redeem a reward above the limit"
        ),
        Permission.ISSUE_COUPON: QCoreApplication.translate("Permission", "issue coupons by hand"),
        Permission.VOID_COUPON: QCoreApplication.translate("Permission", "void coupons"),
        Permission.RUN_CAMPAIGN: QCoreApplication.translate("Permission", "run campaigns"),
        Permission.EDIT_RULES: QCoreApplication.translate(
            "Permission", "change the rules and rewards"
        ),
        Permission.OUTBOX: QCoreApplication.translate("Permission", "work the outbox"),
        Permission.VERIFY: QCoreApplication.translate("Permission", "check the books"),
        Permission.ANY_SHIFT: QCoreApplication.translate("Permission", "see anyone's shift report"),
        Permission.IMPORT: QCoreApplication.translate("Permission", "import members from a file"),
        Permission.STAFF: QCoreApplication.translate("Permission", "manage staff"),
        Permission.SETTINGS: QCoreApplication.translate("Permission", "change the club's settings"),
        Permission.REPORTS: QCoreApplication.translate("Permission", "see the reports"),
        Permission.BACKUP: QCoreApplication.translate("Permission", "back up the data"),
        Permission.RESTORE: QCoreApplication.translate("Permission", "restore a backup"),
        Permission.EXPORT: QCoreApplication.translate("Permission", "export personal data"),
        Permission.AUDIT: QCoreApplication.translate("Permission", "read the audit trail"),
        Permission.MERGE: QCoreApplication.translate("Permission", "merge duplicate members"),
        Permission.UNMERGE: QCoreApplication.translate("Permission", "undo a merge"),
    }
    return names[permission]


def audit_kind_label(kind: str) -> str:
    """A line of the audit trail: an AuditKind value, or "operation:" and a counter action."""
    if kind.startswith(AuditKind.OPERATION.value + ":"):
        operation = kind.split(":", 1)[1]
        operations = {
            OperationKind.REGISTER: QCoreApplication.translate("AuditKind", "member registered"),
            OperationKind.CREDIT: QCoreApplication.translate("AuditKind", "purchase credited"),
            OperationKind.REDEEM: QCoreApplication.translate("AuditKind", "reward redeemed"),
            OperationKind.REFUND: QCoreApplication.translate("AuditKind", "purchase refunded"),
            OperationKind.VOID_REDEMPTION: QCoreApplication.translate(
                "AuditKind", "redemption voided"
            ),
            OperationKind.ADJUST: QCoreApplication.translate("AuditKind", "balance adjusted"),
            OperationKind.OPENING: QCoreApplication.translate("AuditKind", "opening balance"),
            OperationKind.REPLACE_CARD: QCoreApplication.translate("AuditKind", "card replaced"),
            OperationKind.EXPIRE: QCoreApplication.translate("AuditKind", "points expired"),
            OperationKind.BONUS: QCoreApplication.translate("AuditKind", "campaign bonus"),
            OperationKind.OPT_OUT: QCoreApplication.translate("AuditKind", "asked for no messages"),
            OperationKind.OPT_IN: QCoreApplication.translate(
                "AuditKind", "asked for messages again"
            ),
            OperationKind.MERGE: QCoreApplication.translate("AuditKind", "members merged"),
            OperationKind.UNMERGE: QCoreApplication.translate("AuditKind", "merge undone"),
        }
        known = {k.value: v for k, v in operations.items()}
        return known.get(operation, operation)
    names = {
        AuditKind.SIGN_IN: QCoreApplication.translate("AuditKind", "signed in"),
        AuditKind.SIGN_OUT: QCoreApplication.translate("AuditKind", "signed out"),
        AuditKind.LOCKED: QCoreApplication.translate("AuditKind", "window locked"),
        AuditKind.WRONG_PIN: QCoreApplication.translate("AuditKind", "wrong PIN"),
        AuditKind.LOCKED_OUT: QCoreApplication.translate("AuditKind", "account locked"),
        AuditKind.UNLOCKED: QCoreApplication.translate("AuditKind", "account unlocked"),
        AuditKind.STAFF_ADDED: QCoreApplication.translate("AuditKind", "staff added"),
        AuditKind.API_TOKEN: QCoreApplication.translate("AuditKind", "API token changed"),
        AuditKind.TILL_PURCHASE: QCoreApplication.translate("AuditKind", "purchase from the till"),
        AuditKind.STAFF_CHANGED: QCoreApplication.translate("AuditKind", "staff changed"),
        AuditKind.PIN_CHANGED: QCoreApplication.translate("AuditKind", "PIN changed"),
        AuditKind.SETTINGS: QCoreApplication.translate("AuditKind", "settings changed"),
        AuditKind.RULES: QCoreApplication.translate("AuditKind", "rules changed"),
        AuditKind.REWARD: QCoreApplication.translate("AuditKind", "reward changed"),
        AuditKind.COUPON_ISSUED: QCoreApplication.translate("AuditKind", "coupons issued"),
        AuditKind.COUPON_VOIDED: QCoreApplication.translate("AuditKind", "coupon voided"),
        AuditKind.CAMPAIGN_RUN: QCoreApplication.translate("AuditKind", "campaign run"),
        AuditKind.EXPORT: QCoreApplication.translate("AuditKind", "personal data exported"),
        AuditKind.BACKUP: QCoreApplication.translate("AuditKind", "backup"),
        AuditKind.RESTORE: QCoreApplication.translate("AuditKind", "restore"),
        AuditKind.MEMBER_CHANGED: QCoreApplication.translate("AuditKind", "member details changed"),
        AuditKind.IMPORT: QCoreApplication.translate("AuditKind", "members imported"),
        AuditKind.MERGE: QCoreApplication.translate("AuditKind", "members merged"),
        AuditKind.UNMERGE: QCoreApplication.translate("AuditKind", "merge undone"),
        AuditKind.SYNC_SETTLED: QCoreApplication.translate(
            "AuditKind", "offline reward conflict settled"
        ),
        AuditKind.OPERATION: QCoreApplication.translate("AuditKind", "counter action"),
    }
    known_kinds = {k.value: v for k, v in names.items()}
    return known_kinds.get(kind, kind)

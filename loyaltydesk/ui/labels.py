"""Names of things the club shows everywhere (ledger entry kinds, how points were
computed), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.earning import Calculation, PartKind
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.stamps import StampReason
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one


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

"""Names of things the club shows everywhere (ledger entry kinds, how points were
computed), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.earning import Calculation, PartKind
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.i18n.display import Display


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
    return QCoreApplication.translate("Calculation", "{points} points: {how}").format(
        points=d.n(calc.points), how=separator.join(pieces)
    )

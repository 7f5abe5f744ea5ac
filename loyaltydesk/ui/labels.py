"""Names of things the club shows everywhere (ledger entry kinds), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.ledger import EntryKind


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

"""A line of the audit trail in words, for the owner's Audit trail part and the command
line alike: what it is about, and what changed ("role: cashier → manager")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.audit import AuditKind, AuditLine
from loyaltydesk.domain.staff import Role
from loyaltydesk.i18n.display import Display
from loyaltydesk.ui.labels import role_label

ARROW_LTR, ARROW_RTL = " → ", " ← "
# Keys whose values are never shown, whatever a line holds: a PIN or its hash must not
# reach the screen (the trail writes only that a PIN changed).
SECRET_KEYS = frozenset({"pin", "pin_hash", "hash"})
_MONEY_KEYS = frozenset({"credit_rials", "amount_rials"})
_WHEN_KEYS = frozenset({"until"})
_NEVER_KEYS = frozenset({"credit_rials", "redeem_points", "idle_minutes"})
_FIELD_ORDER = ("name", "role", "active", "pin", "credit_rials", "redeem_points", "idle_minutes")


def _field_label(key: str) -> str:
    names = {
        "name": QCoreApplication.translate("AuditChange", "name"),
        "role": QCoreApplication.translate("AuditChange", "role"),
        "active": QCoreApplication.translate("AuditChange", "may sign in"),
        "pin": QCoreApplication.translate("AuditChange", "PIN"),
        "credit_rials": QCoreApplication.translate("AuditChange", "credit limit"),
        "redeem_points": QCoreApplication.translate("AuditChange", "redemption limit"),
        "idle_minutes": QCoreApplication.translate("AuditChange", "idle lock (minutes)"),
        "until": QCoreApplication.translate("AuditChange", "locked until"),
        "lock": QCoreApplication.translate("AuditChange", "times locked"),
        "rows": QCoreApplication.translate("AuditChange", "rows"),
        "file": QCoreApplication.translate("AuditChange", "file"),
        "from": QCoreApplication.translate("AuditChange", "from"),
        "safety_copy": QCoreApplication.translate("AuditChange", "safety copy"),
        "points": QCoreApplication.translate("AuditChange", "points"),
        "amount_rials": QCoreApplication.translate("AuditChange", "amount"),
    }
    return names.get(key, key)


def _value_text(key: str, value: Any, display: Display) -> str:
    if key in SECRET_KEYS:
        return QCoreApplication.translate("AuditChange", "changed")
    if value is None and key in _NEVER_KEYS:
        return QCoreApplication.translate("AuditChange", "never")  # no limit, no idle lock
    if value is None:
        return QCoreApplication.translate("AuditChange", "none")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditChange", "yes")
            if value
            else QCoreApplication.translate("AuditChange", "no")
        )
    if isinstance(value, int):
        return display.money(value) if key in _MONEY_KEYS else display.n(value)
    if key == "role" and isinstance(value, str):
        try:
            return role_label(Role(value))
        except ValueError:
            return value
    if key in _WHEN_KEYS and isinstance(value, str):
        try:
            return display.when(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, str):
        return display.text(value)
    return display.text(str(value))


def change_text(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, display: Display
) -> str:
    """What a line changed, in a few words: "role: cashier → manager"; a line with only an
    after (an account added, an export) lists its fields: "name: Reza, role: cashier".
    Fields that stayed the same are left out when there is a before to compare with."""
    before, after = before or {}, after or {}
    arrow = ARROW_RTL if display.rtl else ARROW_LTR
    seen = list(after) + [k for k in before if k not in after]
    # Stored JSON comes back with its keys sorted: a person's name reads first, not last.
    keys = sorted(seen, key=lambda k: _FIELD_ORDER.index(k) if k in _FIELD_ORDER else 99)
    parts: list[str] = []
    for key in keys:
        label = _field_label(key)
        if key in before and key in after:
            if before[key] == after[key]:
                continue
            old = _value_text(key, before[key], display)
            new = _value_text(key, after[key], display)
            parts.append(f"{label}: {old}{arrow}{new}")
        elif key in after:
            parts.append(f"{label}: {_value_text(key, after[key], display)}")
        else:
            old = _value_text(key, before[key], display)
            parts.append(f"{label}: {old}{arrow}{_value_text(key, None, display)}")
    return ("، " if display.rtl else ", ").join(parts)


def _known_subject(kind: str, subject: str) -> str | None:
    """The program's own words for what a line is about; None where the subject is a name
    someone typed (a person, a reward), which reads as typed."""
    if kind == AuditKind.WRONG_PIN.value:
        if subject == "sign_in":
            return QCoreApplication.translate("AuditChange", "signing in")
        if subject == "approval":
            return QCoreApplication.translate("AuditChange", "a manager's approval")
    if kind == AuditKind.SETTINGS.value and subject == "counter_policy":
        return QCoreApplication.translate("AuditChange", "counter policy")
    if kind in (AuditKind.BACKUP.value, AuditKind.RESTORE.value) and subject == "database":
        return QCoreApplication.translate("AuditChange", "the club's data")
    if kind == AuditKind.EXPORT.value and subject == "audit":
        return QCoreApplication.translate("AuditChange", "the audit trail")
    return None


def subject_text(line: AuditLine, display: Display) -> str:
    subject = line.subject or ""
    if line.kind.startswith(AuditKind.OPERATION.value + ":") and subject.startswith("member:"):
        return QCoreApplication.translate("AuditChange", "member {id}").format(
            id=display.digits(subject.split(":", 1)[1])
        )
    known = _known_subject(line.kind, subject)
    if known is not None:
        return known
    return display.text(subject) if subject else ""

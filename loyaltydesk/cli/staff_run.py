"""The `staff` and `audit` commands' work (their parsers are in cli/staff.py).

JSON output (public contract; add fields, never rename them): staff_json(), policy_json(),
audit_line_json() and the README.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING, Any

from loyaltydesk.cli.text import translate
from loyaltydesk.domain.audit import AuditFilter, AuditLine
from loyaltydesk.domain.dates import parse_date
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import parse_amount, parse_whole_number
from loyaltydesk.domain.staff import ApprovalLimits, CounterPolicy, Role, StaffMember
from loyaltydesk.ui.labels import audit_kind_label, role_label
from loyaltydesk.ui.staff.audit_text import change_text, subject_text

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli

NEW_PIN_VARIABLE = "LOYALTYDESK_NEW_PIN"
OFF = ("off", "none", "")


def _when(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else None


def staff_json(account: StaffMember, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": account.id,
        "name": account.name,
        "role": account.role.value,
        "active": account.active,
        "locked_until": _when(account.locked_until) if account.locked_at(now) else None,
        "created_at": _when(account.created_at),
        "last_sign_in_at": _when(account.last_sign_in_at),
    }


def policy_json(policy: CounterPolicy) -> dict[str, Any]:
    return {
        "credit_limit_rials": policy.limits.credit_rials,
        "redeem_limit_points": policy.limits.redeem_points,
        "idle_minutes": policy.idle_minutes,
        "offline_points": policy.offline_points,
    }


def audit_line_json(line: AuditLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "at": _when(line.at),
        "kind": line.kind,
        "staff": line.staff,
        "staff_id": line.staff_id,
        "counter": line.counter,
        "approver": line.approver,
        "subject": line.subject,
        "before": line.before,
        "after": line.after,
    }


def _new_pin(cli: Cli) -> str:
    pin: str | None = cli.args.new_pin or os.environ.get(NEW_PIN_VARIABLE)
    if not pin:
        raise InvalidInput("staff.pin_missing")
    return pin


def _account_text(cli: Cli, account: StaffMember, now: dt.datetime) -> str:
    d = cli.text
    text = f"{account.name} · {role_label(account.role)}"
    if not account.active:
        text += " · " + translate("Cli", "disabled")
    if account.locked_at(now):
        text += " · " + translate("Cli", "locked until {time}").format(
            time=d.when(account.locked_until)
        )
    return text


def run_staff(cli: Cli, s: Services) -> int:
    action = cli.args.staff_command
    now = dt.datetime.now(dt.UTC)
    if action == "list":
        accounts = s.staff.listing(s.actor)
        cli.emit(
            [staff_json(a, now) for a in accounts],
            "\n".join(_account_text(cli, a, now) for a in accounts)
            or translate("Cli", "No staff accounts yet."),
        )
        return 0
    if action == "policy":
        return _policy(cli, s)
    if action == "add":
        account = s.staff.add(cli.args.name, Role(cli.args.role), _new_pin(cli), s.actor)
        text = translate("Cli", "Account added: {account}.")
    elif action == "set-pin":
        account = s.staff.set_pin(cli.args.name, _new_pin(cli), s.actor)
        text = translate("Cli", "New PIN saved for {account}.")
    elif action == "set-role":
        account = s.staff.set_role(cli.args.name, Role(cli.args.role), s.actor)
        text = translate("Cli", "Role changed: {account}.")
    elif action == "unlock":
        account = s.staff.unlock(cli.args.name, s.actor)
        text = translate("Cli", "Unlocked: {account}.")
    else:
        account = s.staff.set_active(cli.args.name, action == "enable", s.actor)
        text = (
            translate("Cli", "Enabled: {account}.")
            if account.active
            else translate("Cli", "Disabled: {account}.")
        )
    cli.emit(staff_json(account, now), text.format(account=_account_text(cli, account, now)))
    return 0


def _limit(text: str | None, current: int | None, parse: Any) -> int | None:
    if text is None:
        return current
    if text.strip().lower() in OFF:
        return None
    value: int = parse(text)
    return value


def _policy(cli: Cli, s: Services) -> int:
    a = cli.args
    policy = s.staff.policy()
    changes = (a.credit_limit, a.redeem_limit, a.idle_minutes, a.offline_points)
    if any(v is not None for v in changes):
        policy = s.staff.set_policy(
            CounterPolicy(
                limits=ApprovalLimits(
                    credit_rials=_limit(a.credit_limit, policy.limits.credit_rials, parse_amount),
                    redeem_points=_limit(
                        a.redeem_limit,
                        policy.limits.redeem_points,
                        lambda t: parse_whole_number(t, field="points"),
                    ),
                ),
                idle_minutes=_limit(
                    a.idle_minutes,
                    policy.idle_minutes,
                    lambda t: parse_whole_number(t, field="minutes"),
                ),
                # "off": no rewards while the server does not answer.
                offline_points=_limit(
                    a.offline_points,
                    policy.offline_points,
                    lambda t: parse_whole_number(t, field="points"),
                )
                or 0,
            ),
            s.actor,
        )
    d = cli.text
    lines = [
        translate("Cli", "A credit above {amount} needs a manager.").format(
            amount=d.money(policy.limits.credit_rials)
        )
        if policy.limits.credit_rials is not None
        else translate("Cli", "No credit needs a manager."),
        translate("Cli", "A redemption above {points} points needs a manager.").format(
            points=d.n(policy.limits.redeem_points)
        )
        if policy.limits.redeem_points is not None
        else translate("Cli", "No redemption needs a manager."),
        translate("Cli", "The window locks after {minutes} idle minutes.").format(
            minutes=d.n(policy.idle_minutes)
        )
        if policy.idle_minutes
        else translate("Cli", "The window never locks by itself."),
        translate(
            "Cli", "While the server does not answer, a member may spend {points} points a day."
        ).format(points=d.n(policy.offline_points))
        if policy.offline_points
        else translate("Cli", "No rewards are given while the server does not answer."),
    ]
    cli.emit(policy_json(policy), "\n".join(lines))
    return 0


def run_audit(cli: Cli, s: Services) -> int:
    a = cli.args
    zone = cli.settings.zone
    wanted = AuditFilter.of_days(
        parse_date(a.start) if a.start else None,
        parse_date(a.end) if a.end else None,
        zone,
        staff=a.audit_staff,
        kinds=tuple(a.kind),
        limit=a.limit,
    )
    if a.csv is not None:
        s.audit.may_export(s.actor)  # refused before anything is read or written
    lines = s.audit.trail(wanted, s.actor)
    if a.csv is not None:
        from loyaltydesk.devices.exports import write_audit_csv  # only an export needs it

        write_audit_csv(a.csv, lines)
        s.audit.exported("audit", len(lines), a.csv, s.actor)
    d = cli.text
    text = "\n".join(
        " · ".join(
            part
            for part in (
                d.when(line.at),
                audit_kind_label(line.kind),
                line.staff,
                line.counter,
                translate("Cli", "approved by {name}").format(name=line.approver)
                if line.approver
                else "",
                subject_text(line, d),
                change_text(line.before, line.after, d),
            )
            if part
        )
        for line in lines
    ) or translate("Cli", "Nothing in the audit trail for this choice.")
    if a.csv is not None:
        text = translate("Cli", "{count} lines written to {path}").format(
            count=d.n(len(lines)), path=a.csv
        )
    cli.emit([audit_line_json(line) for line in lines], text)
    return 0

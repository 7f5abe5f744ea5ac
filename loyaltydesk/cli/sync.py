"""`sync …`: a counter's offline queue from the command line — send it now, see what waits,
and settle the rewards the ledger could not cover. The parser is all a till's other commands
import from here; the rest is imported when one of these runs."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli
    from loyaltydesk.domain.offline import QueuedOperation, SyncConflict
    from loyaltydesk.services.offline import SyncReport

# domain.offline.Settlement's values, written out so the parser imports nothing more.
SETTLEMENTS = ("forgiven", "charged")


def add_sync_parser(
    commands: Any, common: argparse.ArgumentParser, writes: argparse.ArgumentParser
) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="send this counter's offline queue to the club's server (no ACTION), or:",
    )
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", parser_class=type(sync))
    actions.add_parser("pending", parents=[common], help="what waits here, and what was refused")
    actions.add_parser(
        "conflicts", parents=[common], help="offline rewards the ledger could not cover"
    )
    settle = actions.add_parser(
        "settle", parents=[common, writes], help="settle one conflict (a manager's)"
    )
    settle.add_argument("conflict", type=int, metavar="ID")
    settle.add_argument("--how", required=True, choices=SETTLEMENTS)
    settle.add_argument("--note", default="", help="why, for the trail")
    retry = actions.add_parser(
        "retry", parents=[common], help="send a refused operation again at the next sync"
    )
    retry.add_argument("op_id_to_retry", metavar="OP_ID")
    discard = actions.add_parser(
        "discard",
        parents=[common],
        help="never send a waiting or refused operation (the cashier's own, or a manager's)",
    )
    discard.add_argument("op_id_to_discard", metavar="OP_ID")


def run_pending(cli: Cli) -> int:
    """`sync pending` reads this counter's own file: it answers with the server away, which
    is when it is wanted."""
    from loyaltydesk.bootstrap import kept_offline
    from loyaltydesk.cli.exit_codes import EXIT_OK

    waiting = kept_offline(cli.settings)
    cli.emit([queued_json(op) for op in waiting], _pending_text(cli, waiting))
    return EXIT_OK


def run_sync(cli: Cli, s: Services) -> int:
    from loyaltydesk.cli.exit_codes import EXIT_OK, EXIT_STORAGE
    from loyaltydesk.cli.main import translate
    from loyaltydesk.domain.offline import Settlement

    action = cli.args.sync_command
    if action == "conflicts":
        conflicts = s.conflicts.listed(s.actor)
        cli.emit([conflict_json(c) for c in conflicts], _conflicts_text(cli, conflicts))
        return EXIT_OK
    if action == "settle":
        settled = s.conflicts.settle(
            cli.op_id(), cli.args.conflict, Settlement(cli.args.how), cli.args.note, s.actor
        )
        cli.emit(conflict_json(settled), _conflicts_text(cli, [settled]))
        return EXIT_OK
    if action == "retry":
        s.link.retry(cli.args.op_id_to_retry, s.actor)
        waiting = s.link.pending()
        cli.emit([queued_json(op) for op in waiting], _pending_text(cli, waiting))
        return EXIT_OK
    if action == "discard":
        gone = s.link.discard(cli.args.op_id_to_discard, s.actor)
        cli.emit(
            {**queued_json(gone), "state": "discarded"},
            translate("Cli", "Operation {op_id} will not be sent.").format(op_id=gone.op_id),
        )
        return EXIT_OK
    report = s.link.sync()
    if report is None:  # another sync of this process is under way: not from the CLI
        return EXIT_OK
    cli.emit(report_json(report), _report_text(cli, report))
    return EXIT_OK if report.reached else EXIT_STORAGE


def report_json(report: SyncReport) -> dict[str, Any]:
    return {
        "reached": report.reached,
        "sent": report.sent,
        "already_applied": report.replayed,
        "refused": [queued_json(op) for op in report.refused],
        "conflicts": report.conflicts,
        "left": report.left,
        "members": sorted(report.members),
    }


def queued_json(op: QueuedOperation) -> dict[str, Any]:
    return {
        "operation_id": op.op_id,
        "kind": op.kind.value,
        "member_id": op.member_id,
        "member": op.member_name,
        "at": op.at.isoformat(),
        "points": op.points,
        "amount_rials": op.amount_rials,
        "receipt_no": op.receipt_no,
        "reward": op.reward_name or None,
        "staff": op.actor.staff,
        "counter": op.actor.counter,
        "state": op.state.value,
        "problem": op.problem,
    }


def conflict_json(conflict: SyncConflict) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "operation_id": conflict.operation_id,
        "member_id": conflict.member_id,
        "member": conflict.member_name,
        "reason": conflict.reason.value,
        "reward": conflict.reward_name,
        "points_wanted": conflict.points_wanted,
        "points_taken": conflict.points_taken,
        "shortfall": conflict.shortfall,
        "staff": conflict.staff,
        "counter": conflict.counter,
        "happened_at": conflict.happened_at.isoformat(),
        "synced_at": conflict.synced_at.isoformat(),
        "settled_at": conflict.settled_at.isoformat() if conflict.settled_at else None,
        "settled_by": conflict.settled_by,
        "settlement": conflict.settlement.value if conflict.settlement else None,
        "note": conflict.note,
    }


def _report_text(cli: Cli, report: SyncReport) -> str:
    from loyaltydesk.cli.main import translate

    d = cli.text
    if not report.reached and not report.sent:
        return translate(
            "Cli",
            "The club's server does not answer; operations waiting on this counter: {left}.",
        ).format(left=d.n(report.left))
    lines = [
        translate("Cli", "Operations sent: {sent} ({replayed} of them were there already).").format(
            sent=d.n(report.sent), replayed=d.n(report.replayed)
        )
    ]
    if report.refused:
        lines.append(
            translate(
                "Cli", "Refused by the server: {count} (kept here; see `sync pending`)."
            ).format(count=d.n(len(report.refused)))
        )
    if report.conflicts:
        lines.append(
            translate(
                "Cli", "Rewards the points no longer covered: {count} (see `sync conflicts`)."
            ).format(count=d.n(report.conflicts))
        )
    if not report.reached:
        lines.append(
            translate("Cli", "The server went away again; still waiting: {left}.").format(
                left=d.n(report.left)
            )
        )
    return "\n".join(lines)


def _pending_text(cli: Cli, waiting: list[QueuedOperation]) -> str:
    from loyaltydesk.cli.main import translate
    from loyaltydesk.domain.offline import QueuedKind, QueuedState

    if not waiting:
        return translate("Cli", "Nothing waits on this counter.")
    d = cli.text
    lines = []
    for op in waiting:
        what = (
            translate("Cli", "purchase {amount}, about {points} points").format(
                amount=d.money(op.amount_rials), points=d.n(op.points)
            )
            if op.kind is QueuedKind.CREDIT
            else translate("Cli", "{reward} for {points} points").format(
                reward=op.reward_in(d.language),
                points=d.n(op.points),
            )
        )  # fmt: skip
        state = (
            translate("Cli", "waiting")
            if op.state is QueuedState.PENDING
            else translate("Cli", "refused: {reason}").format(reason=refusal_text(op, d))
        )
        lines.append(f"{d.when(op.at)}  {op.member_name}  {what}  ({state})")
    return "\n".join(lines)


def refusal_text(op: QueuedOperation, display: Any) -> str:
    """Why the server refused it, as the window says it (the code when it has no sentence)."""
    from loyaltydesk.domain.errors import Refused
    from loyaltydesk.ui.error_text import error_text

    if not op.problem:
        return ""
    return error_text(Refused(op.problem, **op.problem_params), display, screen=False)


def _conflicts_text(cli: Cli, conflicts: list[SyncConflict]) -> str:
    from loyaltydesk.cli.main import translate

    if not conflicts:
        return translate("Cli", "No offline rewards wait to be settled.")
    d = cli.text
    lines = []
    for c in conflicts:
        line = translate(
            "Cli",
            "#{id} {member}: {reward} given offline at {counter} on {at}; {taken} of {wanted} "
            "points taken, {short} short.",
        ).format(
            id=d.n(c.id),
            member=c.member_name,
            reward=c.reward_in(d.language),
            counter=c.counter,
            at=d.when(c.happened_at),
            taken=d.n(c.points_taken),
            wanted=d.n(c.points_wanted),
            short=d.n(c.shortfall),
        )
        if c.settlement is not None:
            line += " " + translate("Cli", "Settled ({how}) by {who}.").format(
                how=c.settlement.value, who=c.settled_by or ""
            )
        lines.append(line)
    return "\n".join(lines)

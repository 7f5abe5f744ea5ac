"""`feedback`: the customer's voice from the command line.

    feedback CARD --score 1..5 [--reason R] [--note T] [--op-id ID] [--json]
    feedback why-left CARD [--reason R] [--note T] [--op-id ID] [--json]
    feedback reasons [--set "a|b|c"] [--json]

A reason is matched against the owner's list in either language (an unknown one is refused
with the list); ``--set`` replaces the list, each item ``English=فارسی`` or one name for both.
JSON output (public contract; add fields, never rename them): feedback_json(), reasons_json()
and the README.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the database and Qt are there by the time the command runs
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli
    from loyaltydesk.domain.feedback import Reason
    from loyaltydesk.services.feedback import Recorded

WHY_LEFT = "why-left"
REASONS = "reasons"
USAGE = """
  loyaltydesk feedback CARD|PHONE --score 1..5 [--reason R] [--note T] [--op-id ID] [--json]
  loyaltydesk feedback why-left CARD|PHONE [--reason R] [--note T] [--op-id ID] [--json]
  loyaltydesk feedback reasons [--set "a|b|c"] [--json]"""


def add_feedback_parser(
    commands: Any, common: argparse.ArgumentParser, writes: argparse.ArgumentParser
) -> None:
    feedback = commands.add_parser(
        "feedback",
        parents=[common, writes],
        help="the customer's voice: how a visit was, why a member stopped coming, the reasons",
        usage=USAGE,
    )
    feedback.add_argument("words", nargs="+", metavar="CARD | why-left CARD | reasons")
    feedback.add_argument("--score", metavar="1..5", help="how the visit was")
    feedback.add_argument("--reason", metavar="R", help="one of the owner's reasons")
    feedback.add_argument("--note", metavar="T", help="what the customer said")
    feedback.add_argument(
        "--set",
        dest="set_reasons",
        metavar='"a|b|c"',
        help="(reasons) replace the owner's list; an item may be English=Persian",
    )


def _when(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def reason_json(reason: Reason) -> dict[str, Any]:
    return {"en": reason.en, "fa": reason.fa}


def reasons_json(reasons: tuple[Reason, ...], retired: tuple[Reason, ...] = ()) -> dict[str, Any]:
    # retired: taken off the list, no longer offered, still the names of past answers.
    return {
        "reasons": [reason_json(r) for r in reasons],
        "retired": [reason_json(r) for r in retired],
    }


def feedback_json(recorded: Recorded, reasons: tuple[Reason, ...]) -> dict[str, Any]:
    item = recorded.feedback
    persian = {r.en: r.fa for r in reasons}
    return {
        "id": item.id,
        "member_id": item.member_id,
        "purchase_id": item.purchase_id,
        "kind": item.kind.value,
        "score": item.score,
        "reason": item.reason,
        "reason_fa": persian.get(item.reason) if item.reason else None,
        "note": item.note,
        "recorded_at": _when(item.recorded_at),
        "staff": item.staff,
        "counter": item.counter,
        "operation_id": item.operation_id,
        "replayed": recorded.replayed,
    }


def run_feedback(cli: Cli, s: Services) -> int:
    from loyaltydesk.cli.text import translate
    from loyaltydesk.domain.errors import InvalidInput
    from loyaltydesk.domain.feedback import MAX_SCORE, MIN_SCORE, parse_reasons

    args = cli.args
    words: list[str] = args.words
    text = cli.text
    if words[0] == REASONS:
        if len(words) != 1 or any(v is not None for v in (args.score, args.reason, args.note)):
            raise InvalidInput("feedback.usage")
        if args.set_reasons is not None:
            reasons = s.feedback.set_reasons(parse_reasons(args.set_reasons), s.actor)
        else:
            reasons = s.feedback.reasons()
        retired = s.feedback.retired_reasons()
        lines = [
            r.en if r.en == r.fa else f"{r.name_in(text.language)} ({r.en if text.rtl else r.fa})"
            for r in reasons
        ]
        cli.emit(reasons_json(reasons, retired), "\n".join(lines))
        return 0
    if args.set_reasons is not None:
        raise InvalidInput("feedback.usage")
    if words[0] == WHY_LEFT:
        if len(words) != 2 or args.score is not None:
            raise InvalidInput("feedback.usage")
        view = s.membership.resolve(words[1])
        recorded = s.feedback.record_why_left(cli.op_id(), view.id, args.reason, args.note, s.actor)
        sentence = translate("Cli", "Recorded why {name} stopped coming.")
    else:
        if len(words) != 1:
            raise InvalidInput("feedback.usage")
        if args.score is None:
            raise InvalidInput("feedback.needs_score", low=MIN_SCORE, high=MAX_SCORE)
        view = s.membership.resolve(words[0])
        recorded = s.feedback.record_visit(
            cli.op_id(), view.id, args.score, args.reason, args.note, actor=s.actor
        )
        sentence = translate("Cli", "Recorded: {name}'s visit scored {score} of {high}.")
    said = sentence.format(
        name=view.name,
        score=text.n(recorded.feedback.score or 0),
        high=text.n(MAX_SCORE),
    )
    if recorded.replayed:
        said += " " + translate("Cli", "(already recorded)")
    cli.emit(feedback_json(recorded, s.feedback.known_reasons()), said)
    return 0

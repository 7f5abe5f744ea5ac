"""The work of `member duplicates|merge|unmerge` and `export` (parsers in cli/merge.py).

JSON output (public contract; add fields, never rename them): see the README.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from loyaltydesk.cli import jsonout
from loyaltydesk.cli.text import translate
from loyaltydesk.domain.dates import parse_date
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.phones import local_form
from loyaltydesk.services.accounting import Period
from loyaltydesk.services.views import DuplicateView, MemberView, MergeResult, MergeView
from loyaltydesk.ui.labels import duplicate_reason_label

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli


def _when(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else None


def merge_json(view: MergeView) -> dict[str, Any]:
    return {
        "id": view.id,
        "kept_id": view.kept_id,
        "kept": view.kept_name,
        "merged_id": view.merged_id,
        "merged": view.merged_name,
        "at": _when(view.at),
        "staff": view.staff,
        "points": view.points,
        "stamps": view.stamps,
        "cards": list(view.cards),
        "undone_at": _when(view.undone_at),
        "undone_by": view.undone_by,
        "undoable": view.undoable,
    }


def result_json(result: MergeResult) -> dict[str, Any]:
    return {
        "operation_id": result.op_id,
        "replayed": result.replayed,
        "merge": merge_json(result.merge),
        "member": jsonout.member(result.kept),
    }


def duplicate_json(pair: DuplicateView) -> dict[str, Any]:
    return {
        "first": jsonout.member(pair.first),
        "second": jsonout.member(pair.second),
        "reasons": [r.value for r in pair.reasons],
    }


def run_merge_command(cli: Cli, s: Services) -> int:
    a = cli.args
    d = cli.text
    if a.member_command == "duplicates":
        pairs, total = s.merges.duplicates(s.actor, limit=a.limit)
        lines = [_pair_text(cli, p) for p in pairs]
        text = "\n".join(lines) if lines else translate("Cli", "No likely duplicates found.")
        if total > len(pairs):
            text += "\n" + translate("Cli", "{shown} of {total} pairs shown.").format(
                shown=d.n(len(pairs)), total=d.n(total)
            )
        cli.emit({"total": total, "pairs": [duplicate_json(p) for p in pairs]}, text)
        return 0
    if a.member_command == "merge":
        result = s.merges.merge_by_refs(cli.op_id(), a.keep, a.other, s.actor)
        said = translate(
            "Cli", "{merged} merged into {kept}: {points} points and {stamps} stamps moved."
        ).format(
            merged=result.merge.merged_name,
            kept=result.merge.kept_name,
            points=d.n(result.merge.points),
            stamps=d.n(result.merge.stamps),
        )
        said += "\n" + d.member(result.kept)
        cli.emit(result_json(result), d._replayed(said, result.replayed))
        return 0
    # unmerge
    if a.merge_id is not None:
        if a.keep or a.other:
            raise InvalidInput("merge.ref_or_id")
        merge_id = a.merge_id
    else:
        if not (a.keep and a.other):
            raise InvalidInput("merge.ref_or_id")
        merge_id = s.merges.find(a.keep, a.other).id
    result = s.merges.undo(cli.op_id(), merge_id, s.actor)
    said = translate("Cli", "Merge of {merged} into {kept} undone.").format(
        merged=result.merge.merged_name, kept=result.merge.kept_name
    )
    said += "\n" + d.member(result.kept)
    cli.emit(result_json(result), d._replayed(said, result.replayed))
    return 0


def _member_text(cli: Cli, view: MemberView) -> str:
    d = cli.text
    return translate("Cli", "{name} (card {card}, {phone}, {points} points)").format(
        name=view.name,
        card=d.digits(view.card or "-"),
        phone=d.digits(local_form(view.phone)),
        points=d.n(view.balance),
    )


def _pair_text(cli: Cli, pair: DuplicateView) -> str:
    reasons = ", ".join(duplicate_reason_label(r) for r in pair.reasons)
    return f"{_member_text(cli, pair.first)}  ⇄  {_member_text(cli, pair.second)}  — {reasons}"


def run_export(cli: Cli, s: Services) -> int:
    from loyaltydesk.devices.exports import check_target, write_csv, write_xlsx
    from loyaltydesk.ui.accounting import ExportKind, ledger_table, members_table

    a = cli.args
    d = cli.text
    period = Period(parse_date(a.start) if a.start else None, parse_date(a.end) if a.end else None)
    fmt = a.format or ("xlsx" if a.out.suffix.lower() == ".xlsx" else "csv")
    s.audit.may_export(s.actor)  # refused before anything is read or written
    check_target(a.out)
    what = ExportKind(a.what)
    if what is ExportKind.MEMBERS:
        table = members_table(s.accounting.members(s.actor, period), d)
    else:
        table = ledger_table(s.accounting.ledger(s.actor, period), d)
    if fmt == "xlsx":
        path = write_xlsx(a.out, [table], d.rtl, calendar=d.calendar)
    else:
        path = write_csv(a.out, table, language=d.language, calendar=d.calendar)
    s.audit.exported(f"export:{what.value}", len(table.rows), path, s.actor)
    cli.emit(
        {"what": what.value, "format": fmt, "out": str(path), "rows": len(table.rows)},
        translate("Cli", "{count} rows written to {path}").format(
            count=d.n(len(table.rows)), path=path
        ),
    )
    return 0

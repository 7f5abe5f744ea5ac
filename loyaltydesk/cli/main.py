"""`python -m loyaltydesk [--database URL] COMMAND`: the club from the command line.

Exit codes (a public contract): 0 done, 1 `verify` found differences, 2 bad input or a
request the club's rules refuse, 3 not permitted, 4 the database cannot be used,
5 an unexpected error (logged with its traceback), 6 a printer could not be reached or
refused the job, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import logging
import os
import sys
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from loyaltydesk.cli import jsonout
from loyaltydesk.cli.api import add_api_parsers
from loyaltydesk.cli.campaigns import add_campaign_parser
from loyaltydesk.cli.club import add_club_parser
from loyaltydesk.cli.coupon import add_coupon_parser
from loyaltydesk.cli.exit_codes import (
    EXIT_BAD_INPUT,
    EXIT_DEVICE,
    EXIT_DIFFERENCES,
    EXIT_INTERRUPTED,
    EXIT_NOT_PERMITTED,
    EXIT_OK,
    EXIT_STORAGE,
    EXIT_UNEXPECTED,
)
from loyaltydesk.cli.feedback import add_feedback_parser
from loyaltydesk.cli.handoff import PIN_VARIABLE, command_settings
from loyaltydesk.cli.member_import import add_import_parser
from loyaltydesk.cli.merge import add_export_parser, add_member_merge_parsers
from loyaltydesk.cli.outbox import add_outbox_parsers
from loyaltydesk.cli.printing import add_print_parser
from loyaltydesk.cli.report import add_report_parser
from loyaltydesk.cli.shift import add_shift_parser
from loyaltydesk.cli.staff import add_staff_parsers
from loyaltydesk.cli.sync import add_sync_parser
from loyaltydesk.domain.dates import parse_local_datetime
from loyaltydesk.domain.errors import (
    DeviceError,
    DomainError,
    InvalidInput,
    NotPermitted,
    StorageError,
)
from loyaltydesk.domain.money import parse_amount, parse_whole_number
from loyaltydesk.domain.rewards import RewardUnit
from loyaltydesk.domain.staff import Actor
from loyaltydesk.settings import LANGUAGES, Settings, load_settings

PASSPHRASE_VARIABLE = "LOYALTYDESK_BACKUP_PASSPHRASE"  # services.backups, not imported here

# A till runs one command per sale, so what only some commands need (the database and its
# migrations, Qt, the printing stack) is imported when a command needs it: see main().
if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.text import TextOutput
    from loyaltydesk.ui.till.host import RunningApi


log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit code 2."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", help="print the result as JSON")
    writes = _Parser(add_help=False)
    writes.add_argument(
        "--op-id",
        help="operation id: repeating a command with the same id does it once (default: new)",
    )

    parser = _Parser(prog="loyaltydesk", description="LoyaltyDesk loyalty club.")
    parser.add_argument(
        "--version",
        action="store_true",
        help="show the version, the database and its schema revision, and library versions",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation in a temporary folder (never the shop's data)",
    )
    parser.add_argument("--database", metavar="URL", help="SQLite file or database URL")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the output")
    parser.add_argument(
        "--staff", help="who is doing this: a staff account's name (or LOYALTYDESK_STAFF)"
    )
    parser.add_argument(
        "--pin", help="that account's PIN (better: LOYALTYDESK_PIN, out of the process list)"
    )
    parser.add_argument(
        "--approver", metavar="NAME", help="a manager approving this request on the spot"
    )
    parser.add_argument(
        "--approver-pin",
        metavar="PIN",
        help="the approver's PIN (better: LOYALTYDESK_APPROVER_PIN)",
    )
    parser.add_argument("--counter", help="which counter this is (recorded on every entry)")
    parser.add_argument(
        "--branch",
        metavar="NAME",
        help='the branch this counter stands in (recorded with it; "" for none)',
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="with no command: a first start opens a demo club instead of the set-up wizard",
    )
    parser.add_argument("--json", action="store_true", dest="json_global", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", parents=[common], help="build a demo club")
    demo.add_argument("--members", type=int, default=300)
    demo.add_argument("--seed", type=int, default=1405)

    member = commands.add_parser("member", help="register, find and show members")
    member_commands = member.add_subparsers(
        dest="member_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = member_commands.add_parser("add", parents=[common, writes], help="register a member")
    add.add_argument("--name", required=True)
    add.add_argument("--phone", required=True)
    add.add_argument("--birthday", help="Jalali (1370/05/21) or Gregorian (1991-08-12)")
    add.add_argument("--national-code")
    add.add_argument("--referrer", metavar="CARD", help="card or phone of who referred them")
    add.add_argument("--joined", metavar="DATETIME", help="when they joined (default: now)")
    add.add_argument("--email", metavar="ADDRESS", help="for e-mail from the club (optional)")
    add.add_argument(
        "--no-messages", action="store_true", help="the member asked not to be messaged"
    )
    add.add_argument(
        "--notes", metavar="TEXT", help='what the staff should know, e.g. "allergic to nuts"'
    )
    update = member_commands.add_parser(
        "update", parents=[common], help="change a member's e-mail address or notes"
    )
    update.add_argument("ref", metavar="CARD|PHONE")
    update.add_argument("--email", metavar="ADDRESS", help='the new address ("" removes it)')
    update.add_argument("--notes", metavar="TEXT", help='the new notes ("" removes them)')
    for action, help_text in (
        ("opt-out", "the member asked for no messages (still served at the counter)"),
        ("opt-in", "the member takes messages again"),
    ):
        opt = member_commands.add_parser(action, parents=[common, writes], help=help_text)
        opt.add_argument("ref", metavar="CARD|PHONE")
    find = member_commands.add_parser("find", parents=[common], help="search members")
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--limit", type=int, default=20)
    show = member_commands.add_parser("show", parents=[common], help="one member")
    show.add_argument("ref", metavar="CARD|PHONE")
    add_import_parser(member_commands, common, _Parser)
    replace_card = member_commands.add_parser(
        "replace-card", parents=[common, writes], help="issue a new card for a lost one"
    )
    replace_card.add_argument("ref", metavar="CARD|PHONE")
    add_member_merge_parsers(member_commands, common, writes)

    credit = commands.add_parser("credit", parents=[common, writes], help="credit a purchase")
    credit.add_argument("ref", metavar="CARD|PHONE")
    credit.add_argument("--amount", required=True, metavar="RIALS")
    credit.add_argument("--receipt", metavar="R")
    credit.add_argument("--at", metavar="DATETIME", help="a past purchase, e.g. from a paper log")
    credit.add_argument(
        "--coupon",
        metavar="CODE",
        help="use this coupon with the purchase: --amount is then the purchase before the "
        "discount, and what is left to pay is recorded and earns points",
    )

    redeem = commands.add_parser("redeem", parents=[common, writes], help="redeem a reward")
    redeem.add_argument("ref", metavar="CARD|PHONE")
    redeem.add_argument("--reward", required=True, metavar="NAME")

    refund = commands.add_parser("refund", parents=[common, writes], help="refund a purchase")
    which = refund.add_mutually_exclusive_group(required=True)
    which.add_argument("--receipt", metavar="R")
    which.add_argument("--entry", type=int, metavar="ENTRY_ID")
    refund.add_argument("--amount", metavar="RIALS", help="a partial refund (default: all)")
    refund.add_argument(
        "--preview", action="store_true", help="show what it would do, change nothing"
    )

    void = commands.add_parser("void-redemption", parents=[common, writes], help="give points back")
    void.add_argument("entry", type=int, metavar="ENTRY_ID")
    void.add_argument(
        "--preview", action="store_true", help="show what it would do, change nothing"
    )

    adjust = commands.add_parser("adjust", parents=[common, writes], help="owner's correction")
    adjust.add_argument("ref", metavar="CARD|PHONE")
    adjust.add_argument("--points", required=True, metavar="N")
    adjust.add_argument("--reason", required=True)
    adjust.add_argument(
        "--opening",
        action="store_true",
        help="an opening balance carried over from a paper card (once per member)",
    )

    statement = commands.add_parser("statement", parents=[common], help="a member's ledger")
    statement.add_argument("ref", metavar="CARD|PHONE")

    rewards = commands.add_parser("rewards", parents=[common], help="the reward catalogue")
    rewards.add_argument("--all", action="store_true", help="include inactive rewards")
    reward_commands = rewards.add_subparsers(
        dest="rewards_command", metavar="ACTION", parser_class=_Parser
    )
    reward_add = reward_commands.add_parser("add", parents=[common], help="add a reward")
    reward_add.add_argument("--name", required=True)
    reward_add.add_argument("--name-fa")
    reward_cost = reward_add.add_mutually_exclusive_group(required=True)
    reward_cost.add_argument("--cost", metavar="POINTS")
    reward_cost.add_argument(
        "--stamps", metavar="N", help="a stamp-card reward: costs N stamps instead of points"
    )

    add_print_parser(commands, common)
    add_coupon_parser(commands, common, writes)
    add_report_parser(commands, common)
    add_campaign_parser(commands, common)
    add_outbox_parsers(commands, common)
    add_sync_parser(commands, common, writes)
    add_feedback_parser(commands, common, writes)
    add_staff_parsers(commands, common)
    add_shift_parser(commands, common)
    add_export_parser(commands, common)
    add_club_parser(commands, common)
    add_api_parsers(commands, common)

    rules_parser = commands.add_parser("rules", help="the club's rules")
    rules_commands = rules_parser.add_subparsers(
        dest="rules_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    rules_commands.add_parser(
        "show", parents=[common], help="earning rule, promotions, tiers, expiry, liability"
    )
    commands.add_parser(
        "expire", parents=[common], help="write off expired points (also runs at start)"
    )

    verify = commands.add_parser("verify", parents=[common], help="check every balance")
    verify.set_defaults()
    backup = commands.add_parser("backup", parents=[common], help="copy the whole database")
    backup.add_argument("path", type=Path, metavar="PATH", nargs="?")
    what = backup.add_mutually_exclusive_group()
    what.add_argument(
        "--auto",
        action="store_true",
        help="the scheduled backup now: into the settings' folder, checked, old ones pruned",
    )
    what.add_argument("--list", action="store_true", help="the scheduled backups in the folder")
    backup.add_argument(
        "--encrypt", action="store_true", help="seal PATH with a passphrase (asked, or from env)"
    )
    backup.add_argument(
        "--passphrase-env",
        metavar="NAME",
        help=f"the environment variable holding the passphrase (default {PASSPHRASE_VARIABLE})",
    )
    restore = commands.add_parser(
        "restore", parents=[common], help="replace all data from a backup"
    )
    restore.add_argument("path", type=Path, metavar="PATH")
    restore.add_argument(
        "--passphrase-env",
        metavar="NAME",
        help=f"for a sealed backup: the variable holding its passphrase ({PASSPHRASE_VARIABLE})",
    )
    return parser


def translate(context: str, text: str) -> str:
    """Qt's translation (cli.text), imported on first use: see main()."""
    from loyaltydesk.cli.text import translate as qt_translate

    return qt_translate(context, text)


def given_op_id(args: argparse.Namespace) -> str | None:
    """The --op-id given, refused when empty or blank: a POS script passing an empty variable
    would otherwise get a new id on every retry, and a retry would credit twice."""
    op_id: str | None = getattr(args, "op_id", None)
    if op_id is not None and not op_id.strip():
        raise InvalidInput("operation.empty")
    return op_id


def given_branch(args: argparse.Namespace, settings: Settings) -> Settings:
    """The settings with --branch in force, checked as the settings dialog checks it."""
    if args.branch is None:
        return settings
    from loyaltydesk.domain.shop import check_branch

    return replace(settings, branch=check_branch(args.branch))


# Commands whose --json answer is written without Qt: a POS script runs them once per sale,
# and importing and starting Qt was a tenth of a cold credit (bench/cli.py). Their text, a
# sentence in the JSON (a coupon's terms) and every error still start it (Cli.start_qt).
QT_FREE_JSON = frozenset({"credit"})


class Cli:
    def __init__(self, args: argparse.Namespace, settings: Settings, out: TextIO) -> None:
        self.args = args
        self.settings = settings
        self.out = out
        self._text: TextOutput | None = None
        self._qt_started = False
        self.as_json = bool(getattr(args, "json", False) or args.json_global)
        # Made once, so a failure after the write can name the id that repeats it safely.
        given: str | None = getattr(args, "op_id", None)
        self.operation_id = given if given is not None else str(uuid.uuid4())
        self.wrote: Callable[[], bool] = lambda: False

    def start_qt(self, *, gui: bool = False) -> None:
        """Qt with the shop's translations, once: before the first sentence is made."""
        if not self._qt_started:
            start_qt(self.settings.language, gui=gui)
            self._qt_started = True

    @property
    def text(self) -> TextOutput:
        if self._text is None:
            self.start_qt()
            from loyaltydesk.cli.text import TextOutput

            s = self.settings
            self._text = TextOutput(s.language, s.currency, s.zone, s.calendar or None)
        return self._text

    def emit(self, data: dict[str, Any] | list[Any], text: str | Callable[[], str]) -> None:
        """The answer: ``data`` as JSON, or ``text`` (made only then, when it is a function)."""
        if self.as_json:
            self.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            self.write((text() if callable(text) else text) + "\n")

    def write(self, text: str) -> None:
        """Write to the output now (not at exit), and outlive a reader that stopped reading:
        what was saved stays saved and the exit code says so (`credit … | head -1`)."""
        try:
            self.out.write(text)
            self.out.flush()
        except OSError as error:
            if error.errno != errno.EPIPE and not self.wrote():
                raise  # nothing was saved: an output that fails is a failure
            _drop_stdout(self.out)
            if error.errno != errno.EPIPE:
                log.warning("output failed after a write: %s", error)
                self.start_qt()
                message = translate(
                    "Cli", "Done, but the result could not be written out ({detail})."
                ).format(detail=error.strerror or error)
                print(f"loyaltydesk: {message}", file=sys.stderr)

    def op_id(self) -> str:
        return self.operation_id

    def run(self, services: Services) -> int:
        command = self.args.command
        self.wrote = services.wrote
        handler: Callable[[Services], int] = getattr(self, "cmd_" + command.replace("-", "_"))
        return handler(services)

    # -- members ----------------------------------------------------------------------

    def cmd_member(self, s: Services) -> int:
        action = self.args.member_command
        if action in ("duplicates", "merge", "unmerge"):
            from loyaltydesk.cli.merge_run import run_merge_command

            return run_merge_command(self, s)
        if action == "add":
            joined = (
                parse_local_datetime(self.args.joined, self.settings.zone)
                if self.args.joined
                else None
            )
            registered = s.membership.register(
                self.op_id(),
                name=self.args.name,
                phone=self.args.phone,
                actor=s.actor,
                birthday=self.args.birthday,
                national_code=self.args.national_code,
                referrer=self.args.referrer,
                joined_at=joined,
                email=self.args.email,
                opted_out=self.args.no_messages,
                notes=self.args.notes,
            )
            self.emit(jsonout.registered(registered), self.text.registered(registered))
        elif action == "find":
            hits = s.membership.find(self.args.text, limit=self.args.limit)
            self.emit([jsonout.hit(h) for h in hits], self.text.hits(hits))
        elif action == "show":
            view = s.membership.resolve(self.args.ref)
            self.emit(jsonout.member(view), self.text.member(view))
        elif action == "update":
            if self.args.email is None and self.args.notes is None:
                raise InvalidInput("member.update_nothing")
            found = s.membership.resolve(self.args.ref)
            view = s.membership.update_details(
                found.id,
                name=found.name,
                phone=found.phone,
                birthday=found.birthday,
                email=self.args.email,
                notes=self.args.notes,
                actor=s.actor,
            )
            self.emit(jsonout.member(view), self.text.member(view))
        elif action == "import":
            from loyaltydesk.cli.member_import import run_import

            return run_import(self, s)
        elif action in ("opt-out", "opt-in"):
            view = s.membership.opt_out_by_ref(
                self.op_id(), self.args.ref, action == "opt-out", s.actor
            )
            self.emit(jsonout.member(view), self.text.member(view))
        else:
            replaced = s.membership.replace_lost_card(self.op_id(), self.args.ref, s.actor)
            self.emit(jsonout.card_replaced(replaced), self.text.card_replaced(replaced))
        return EXIT_OK

    def cmd_statement(self, s: Services) -> int:
        view = s.membership.resolve(self.args.ref)
        result = s.membership.statement(view.id)
        self.emit(jsonout.statement(result, self.text.how), self.text.statement(result))
        return EXIT_OK

    # -- counter ----------------------------------------------------------------------

    def cmd_credit(self, s: Services) -> int:
        amount = parse_amount(self.args.amount)
        at = parse_local_datetime(self.args.at, self.settings.zone) if self.args.at else None
        result = s.counter.credit_member(
            self.op_id(),
            self.args.ref,
            amount,
            s.actor,
            receipt_no=self.args.receipt,
            at=at,
            coupon=self.args.coupon,
        )
        data = jsonout.credit(result)
        if result.coupon is not None:
            data["coupon"] = jsonout.coupon(result.coupon, self.text.coupon_terms)
        self.emit(data, lambda: self.text.credit(result))
        return EXIT_OK

    def cmd_redeem(self, s: Services) -> int:
        view = s.membership.resolve(self.args.ref)
        result = s.counter.redeem(self.op_id(), view.id, self.args.reward, s.actor)
        self.emit(jsonout.redeem(result), self.text.redeem(result))
        return EXIT_OK

    def cmd_refund(self, s: Services) -> int:
        amount = parse_amount(self.args.amount) if self.args.amount is not None else None
        if self.args.preview:
            preview = s.counter.preview_refund(
                receipt_no=self.args.receipt, entry_id=self.args.entry, amount_rials=amount
            )
            self.emit(jsonout.refund_preview(preview), self.text.refund_preview(preview))
            return EXIT_OK
        result = s.counter.refund(
            self.op_id(),
            s.actor,
            receipt_no=self.args.receipt,
            entry_id=self.args.entry,
            amount_rials=amount,
        )
        self.emit(jsonout.refund(result), self.text.refund(result))
        return EXIT_OK

    def cmd_void_redemption(self, s: Services) -> int:
        if self.args.preview:
            preview = s.counter.preview_void(self.args.entry)
            self.emit(jsonout.void_preview(preview), self.text.void_preview(preview))
            return EXIT_OK
        result = s.counter.void_redemption(self.op_id(), self.args.entry, s.actor)
        self.emit(jsonout.void(result), self.text.void(result))
        return EXIT_OK

    def cmd_adjust(self, s: Services) -> int:
        points = parse_whole_number(self.args.points, field="points")
        view = s.membership.resolve(self.args.ref)
        result = s.counter.adjust(
            self.op_id(), view.id, points, self.args.reason, s.actor, opening=self.args.opening
        )
        self.emit(jsonout.adjust(result), self.text.adjust(result))
        return EXIT_OK

    # -- the club ---------------------------------------------------------------------

    def cmd_rewards(self, s: Services) -> int:
        if self.args.rewards_command == "add":
            if self.args.stamps is not None:
                cost = parse_whole_number(self.args.stamps, field="stamps")
                unit = RewardUnit.STAMPS
            else:
                cost = parse_whole_number(self.args.cost, field="cost")
                unit = RewardUnit.POINTS
            added = s.rules.add_reward(self.args.name, cost, self.args.name_fa, unit, actor=s.actor)
            self.emit(jsonout.reward(added), self.text.rewards([added], s.rules.earn_rule()))
            return EXIT_OK
        rewards = s.rules.rewards(include_inactive=self.args.all)
        rule = s.rules.earn_rule()
        self.emit(
            {"rule": jsonout.rule(rule), "rewards": [jsonout.reward(r) for r in rewards]},
            self.text.rewards(rewards, rule),
        )
        return EXIT_OK

    def cmd_rules(self, s: Services) -> int:
        rule = s.rules.earn_rule()
        owed = s.rules.liability()
        self.emit(jsonout.rules(rule, owed), self.text.rules(rule, owed))
        return EXIT_OK

    def cmd_expire(self, s: Services) -> int:
        report = s.expiry.run()
        reviewed = s.tiers.review_due()
        self.emit(
            {
                "members_checked": report.members_checked,
                "members_expired": report.members_expired,
                "points_expired": report.points_expired,
                "tier_reviews": reviewed,
            },
            translate("Cli", "{points} points expired for {members} members.").format(
                points=self.text.n(report.points_expired),
                members=self.text.n(report.members_expired),
            ),
        )
        return EXIT_OK

    def cmd_verify(self, s: Services) -> int:
        report = s.audit.verify(s.actor)
        self.emit(jsonout.verify(report), self.text.verify(report))
        return EXIT_OK if report.ok else EXIT_DIFFERENCES

    def cmd_backup(self, s: Services) -> int:
        from loyaltydesk.cli.backups import auto_backup, list_backups, sealed_backup

        if self.args.list or self.args.auto:
            if self.args.path is not None or self.args.encrypt:
                raise InvalidInput("backup.auto_takes_no_path")
            return list_backups(self, s) if self.args.list else auto_backup(self, s)
        if self.args.path is None:
            raise InvalidInput("backup.path_needed")
        if self.args.encrypt:
            return sealed_backup(self, s)
        path = s.audit.backup(self.args.path, s.actor)
        self.emit(
            {"backup": str(path)}, translate("Cli", "Backup written to {path}").format(path=path)
        )
        return EXIT_OK

    def cmd_print(self, s: Services) -> int:
        from loyaltydesk.bootstrap import RESOURCES
        from loyaltydesk.cli import printing
        from loyaltydesk.cli.printing import deliver, make_document
        from loyaltydesk.devices.desk import PrintDesk

        desk = PrintDesk(self.settings, s.printouts, RESOURCES / "fonts")
        document, codes = make_document(
            self.args, desk, s.printouts, self.settings, coupons=s.coupons
        )
        where = deliver(self.args, desk, document)
        self.emit(
            printing.summary(document, codes, where),
            printing.sentence(document, codes, where, self.text.n),
        )
        return EXIT_OK

    def cmd_coupon(self, s: Services) -> int:
        from loyaltydesk.cli.coupon_output import run_coupon

        return run_coupon(self, s)

    def cmd_report(self, s: Services) -> int:
        from loyaltydesk.bootstrap import RESOURCES
        from loyaltydesk.cli import report_output as reports
        from loyaltydesk.cli.report import wants_file
        from loyaltydesk.services.report_views import Page

        if self.args.report_page == "opening-hours":
            return reports.run_opening_hours(self, s)
        page = Page(self.args.report_page)
        if wants_file(self.args):
            s.audit.may_export(s.actor)  # a file of members leaves the program: the owner's
        result, calendar = reports.make_report(self.args, s, self.settings)
        if not wants_file(self.args) and self.as_json:
            data = reports.report_json(result, page)
            self.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return EXIT_OK
        laid_out = reports.lay_out_report(result, self.text, calendar)
        if not wants_file(self.args):
            self.write(reports.report_text(laid_out, page, result) + "\n")
            return EXIT_OK
        kind, path, tables = reports.export(
            self.args,
            laid_out,
            page,
            self.settings.language,
            RESOURCES / "fonts",
            self.text.calendar,
        )
        s.audit.exported(f"report:{page.value}", sum(len(t.rows) for t in tables), path, s.actor)
        self.emit(
            reports.written_json(page, kind, path, tables),
            translate("Cli", "Report written to {path}").format(path=path),
        )
        return EXIT_OK

    def cmd_campaign(self, s: Services) -> int:
        from loyaltydesk.cli.campaign_run import run_command

        return run_command(self, s)

    def cmd_sync(self, s: Services) -> int:
        from loyaltydesk.cli.sync import run_sync

        return run_sync(self, s)

    def cmd_outbox(self, s: Services) -> int:
        from loyaltydesk.cli.outbox import run_outbox

        return run_outbox(self, s)

    def cmd_mail(self, s: Services) -> int:
        from loyaltydesk.cli.outbox import run_mail

        return run_mail(self, s)

    def cmd_staff(self, s: Services) -> int:
        from loyaltydesk.cli.staff_run import run_staff

        return run_staff(self, s)

    def cmd_audit(self, s: Services) -> int:
        from loyaltydesk.cli.staff_run import run_audit

        return run_audit(self, s)

    def cmd_feedback(self, s: Services) -> int:
        from loyaltydesk.cli.feedback import run_feedback

        return run_feedback(self, s)

    def cmd_shift(self, s: Services) -> int:
        from loyaltydesk.cli.shift_output import run_shift

        return run_shift(self, s)

    def cmd_export(self, s: Services) -> int:
        from loyaltydesk.cli.merge_run import run_export

        return run_export(self, s)

    def cmd_api_token(self, s: Services) -> int:
        from loyaltydesk.cli.api_run import run_api_token

        return run_api_token(self, s)

    def cmd_club(self, s: Services) -> int:
        from loyaltydesk.cli.club_run import run_move

        return run_move(self, s)

    def cmd_restore(self, s: Services) -> int:
        from loyaltydesk.cli.backups import passphrase

        sealed = s.backups.is_sealed(self.args.path.expanduser())
        safety = s.audit.restore(
            self.args.path, s.actor, passphrase(self.args, twice=False) if sealed else None
        )
        self.emit(
            {"restored_from": str(self.args.path.resolve()), "safety_copy": str(safety)},
            translate(
                "Cli", "Restored from {path}. The data as it was before is kept in {safety}"
            ).format(path=self.args.path, safety=safety),
        )
        return EXIT_OK


def _drop_stdout(out: TextIO) -> None:
    """Send the rest of the output to /dev/null, as Python's docs advise for a closed pipe,
    so that flushing at exit does not fail again."""
    if out is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - kept to exit


def start_qt(language: str, *, gui: bool = False) -> QCoreApplication:
    """The command line has no window, but its sentences come from Qt's translations; Qt's
    printing (``gui``) needs a QGuiApplication, which runs without a display too."""
    from PySide6.QtCore import QCoreApplication

    from loyaltydesk.bootstrap import RESOURCES
    from loyaltydesk.ui.translations import install_translations

    app = QCoreApplication.instance()
    if app is None and gui:
        from PySide6.QtGui import QGuiApplication

        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0]])
    app = app or QCoreApplication([sys.argv[0]])
    install_translations(app, language, RESOURCES / "translations")
    return app


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    return run(build_parser().parse_args(argv), out or sys.stdout)


def run_process(argv: Sequence[str] | None = None) -> NoReturn:
    """`python -m loyaltydesk` and the `loyaltydesk` script: main(), then the process ends.

    Once a command has written its result and closed the database, the interpreter's own
    teardown (Qt, SQLAlchemy and some 700 modules) would add about a tenth of a second to
    every sale at a till; the process leaves at once instead. Not after the window or
    `print` (Qt may still be handing a job to the print queue), nor while a thread runs."""
    args = build_parser().parse_args(argv)
    code = run(args, sys.stdout)
    if args.command not in {None, "print"} and threading.active_count() == 1:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)
    sys.exit(code)


def _serve_api(
    services: Services,
    app: QCoreApplication,
    host: str,
    port: int,
    changed: Callable[[int], None],
) -> RunningApi:
    """The till's API beside the window; the server library is imported only when the
    owner turned the API on."""
    from loyaltydesk.api.server import serve_beside_window

    return serve_beside_window(services, app, host, port, changed)


def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.self_check:
        return self_check(args, out)
    if args.version:
        return show_version(args, out)
    # The database library before Qt: PySide6 looks at every module imported after it, which
    # makes importing SQLAlchemy half as slow again.
    from loyaltydesk.bootstrap import build_demo, build_services, configure_logging, launch_window

    settings = command_settings(load_settings(), args.lang, args.staff, args.counter)
    if args.command is None:
        # The window (and its QApplication) instead of the command line's plain Qt core.
        try:
            return launch_window(
                settings, args.database, [sys.argv[0]], demo=args.demo, serve_api=_serve_api
            )
        except DomainError as error:
            start_qt(settings.language)
            from loyaltydesk.ui.error_text import error_text

            print(
                f"loyaltydesk: {error_text(error, settings.display(), screen=False)}",
                file=sys.stderr,
            )
            return EXIT_STORAGE if isinstance(error, StorageError) else EXIT_BAD_INPUT
    cli = Cli(args, settings, out)
    if not (cli.as_json and args.command in QT_FREE_JSON):
        cli.start_qt(gui=args.command == "print")
    try:
        log_path = configure_logging(settings)
    except OSError:
        log_path = None
    if args.command == "demo":
        # A demo club is written in many transactions: a failure may leave part of it.
        cli.wrote = lambda: True
    try:
        given_op_id(args)
        settings = cli.settings = given_branch(args, settings)
        if args.command == "demo":
            built = build_demo(settings, args.database, members=args.members, seed=args.seed)
            summary = built.summary
            accounts = [{"name": name, "pin": pin} for name, pin in built.pins.items()]
            text = translate(
                "Cli",
                "Demo club built: {members} members, {purchases} purchases, "
                "{redemptions} redemptions, {refunds} refunds.",
            ).format(
                **{k: cli.text.n(v) for k, v in summary.__dict__.items() if isinstance(v, int)}
            )
            text += "\n" + translate(
                "Cli", "Sign in with these PINs (shown once; the owner can change them):"
            )
            text += "".join(f"\n  {a['name']}: {cli.text.digits(a['pin'])}" for a in accounts)
            cli.emit({**summary.__dict__, "accounts": accounts}, text)
            return EXIT_OK
        if args.command == "sync" and args.sync_command == "pending":
            from loyaltydesk.cli.sync import run_pending

            return run_pending(cli)  # the counter's own file: the server may be away
        if args.command == "club" and args.club_command == "test-connection":
            from loyaltydesk.cli.club_run import run_test_connection

            return run_test_connection(cli)  # no club is opened: it may be the one in doubt
        services = build_services(settings, args.database)
        try:
            if args.command == "serve":
                from loyaltydesk.cli.api_run import run_serve

                return run_serve(cli, services)  # each request says who it is (its token)
            services = replace(services, actor=identify(args, settings, services))
            return cli.run(services)
        finally:
            services.close()
    except DomainError as error:
        cli.start_qt()
        from loyaltydesk.ui.error_text import error_text

        message = error_text(error, settings.display(), screen=False)
        if args.command == "sync" and error.code == "database.unreachable":
            from loyaltydesk.bootstrap import kept_offline

            message += " " + translate("Cli", "Operations waiting on this counter: {left}.").format(
                left=cli.text.n(len(kept_offline(settings, waiting_only=True)))
            )
        if isinstance(error, StorageError) and cli.wrote() and hasattr(args, "op_id"):
            # The connection went while the commit was under way: it may have landed, and
            # only the operation id makes a retry safe (the script may not have given one).
            message += " " + translate(
                "Cli", "Running the command again with --op-id {op_id} does it at most once."
            ).format(op_id=cli.operation_id)
        if cli.as_json:
            with contextlib.suppress(OSError):  # the line on stderr still says it
                cli.write(
                    json.dumps(
                        {"error": {"code": error.code, "message": message}}, ensure_ascii=False
                    )
                    + "\n"
                )
        print(f"loyaltydesk: {message}", file=sys.stderr)
        if isinstance(error, NotPermitted):
            return EXIT_NOT_PERMITTED
        if isinstance(error, StorageError):
            return EXIT_STORAGE
        if isinstance(error, DeviceError):
            return EXIT_DEVICE
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        cli.start_qt()
        print(f"loyaltydesk: {_interrupted(cli)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:
        # A bug, not the user's mistake: keep the details for us, a calm line for them.
        log.exception("unexpected error in %s", args.command)
        cli.start_qt()
        print(f"loyaltydesk: {_unexpected(cli, log_path)}", file=sys.stderr)
        return EXIT_UNEXPECTED


def show_version(args: argparse.Namespace, out: TextIO) -> int:
    """`--version`: the first line as before ("LoyaltyDesk 0.1.0"), then what support asks."""
    from loyaltydesk.bootstrap import gather_diagnostics

    diagnostics = gather_diagnostics(load_settings(), args.database)
    if args.json_global:
        out.write(json.dumps(diagnostics.as_json(), ensure_ascii=False) + "\n")
    else:
        out.write(diagnostics.text() + "\n")
    return EXIT_OK


def self_check(args: argparse.Namespace, out: TextIO) -> int:
    """`--self-check`: one PASS/FAIL line per check; exit 1 when any check failed."""
    from loyaltydesk.selfcheck import run_self_check

    results = run_self_check(_serve_api)
    passed = all(r.passed for r in results)
    if args.json_global:
        checks = [{"name": r.name, "passed": r.passed, "detail": r.detail} for r in results]
        out.write(json.dumps({"passed": passed, "checks": checks}, ensure_ascii=False) + "\n")
    else:
        out.write("".join(r.line() + "\n" for r in results))
    return EXIT_OK if passed else EXIT_DIFFERENCES


APPROVER_PIN_VARIABLE = "LOYALTYDESK_APPROVER_PIN"


def identify(args: argparse.Namespace, settings: Settings, services: Services) -> Actor:
    """Who runs this command (StaffService.script_actor), and the manager approving it."""
    actor = services.staff.script_actor(
        settings.staff,
        args.pin or os.environ.get(PIN_VARIABLE),
        settings.counter,
        branch=settings.branch_name,
    )
    approver_pin = args.approver_pin or os.environ.get(APPROVER_PIN_VARIABLE)
    if args.approver_pin and not args.approver:
        raise InvalidInput("staff.approver_missing")
    if args.approver:
        if not approver_pin:
            # A usage slip, not a wrong PIN: it must not count toward the manager's lock.
            raise InvalidInput("staff.approver_pin_missing", name=args.approver)
        actor = services.staff.approve(actor, None, args.approver, approver_pin)
    return actor


def _interrupted(cli: Cli) -> str:
    # "Nothing was saved" only while it is true: once a commit was sent it may have landed.
    if not cli.wrote():
        return translate("Cli", "Interrupted; nothing half-done was saved.")
    if hasattr(cli.args, "op_id"):
        return interrupted_after_sending(cli.operation_id)
    return translate(
        "Cli", "Interrupted; the change may already be saved, so look before doing it again."
    )


def interrupted_after_sending(op_id: str) -> str:
    """Interrupted once the change was sent (committed here, or handed to the program
    running here: cli/handoff.py): it may be saved, and ``op_id`` repeats it safely."""
    return translate(
        "Cli",
        "Interrupted; the change may already be saved. Running the command again "
        "with --op-id {op_id} does it at most once.",
    ).format(op_id=op_id)


def _unexpected(cli: Cli, log_path: Path | None) -> str:
    if not cli.wrote():
        return translate(
            "Cli",
            "Something unexpected went wrong; nothing half-done was saved. "
            "The details are in {log}.",
        ).format(log=log_path or "-")
    if hasattr(cli.args, "op_id"):
        return translate(
            "Cli",
            "Something unexpected went wrong; the change may already be saved. Running the "
            "command again with --op-id {op_id} does it at most once. The details are in {log}.",
        ).format(op_id=cli.operation_id, log=log_path or "-")
    return translate(
        "Cli",
        "Something unexpected went wrong; the change may already be saved, so look before "
        "doing it again. The details are in {log}.",
    ).format(log=log_path or "-")

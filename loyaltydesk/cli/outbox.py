"""`outbox …` and `mail …`: the message outbox and the club's mail server from the command
line. The parser is all a till's other commands import from here; the rest is imported when
one of these runs."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli
    from loyaltydesk.domain.mail import MailServer
    from loyaltydesk.services.outbox import Exported, OutboxLine, PasswordKept, SendRun

# The values of domain.messages.MessageStatus and Channel, written out so the parser imports
# neither (tests/cli/test_outbox_cli checks they agree).
STATUSES = ("queued", "exported", "sent", "failed", "withdrawn")
CHANNELS = ("sms", "email")
DEFAULT_LIMIT = 200


def add_outbox_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """The `outbox` and `mail` commands (``commands`` is the subparsers action)."""
    outbox = commands.add_parser("outbox", help="messages to members: list, export, send")
    parser_class = type(outbox)  # the command line's own: a usage mistake exits with 2
    actions = outbox.add_subparsers(
        dest="outbox_command", metavar="ACTION", required=True, parser_class=parser_class
    )
    listing = actions.add_parser("list", parents=[common], help="messages, oldest first")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--channel", choices=CHANNELS)
    listing.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N")
    export = actions.add_parser(
        "export", parents=[common], help="queued SMS as a file for a bulk-SMS panel"
    )
    export.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="FILE.csv or FILE.xlsx"
    )
    mark = actions.add_parser("mark-sent", parents=[common], help="exported SMS the panel has sent")
    which = mark.add_mutually_exclusive_group(required=True)
    which.add_argument("--all-exported", action="store_true", help="every exported message")
    which.add_argument("--id", type=int, action="append", dest="ids", metavar="N")
    actions.add_parser(
        "send", parents=[common], help="queued e-mail out now (not in the quiet hours)"
    )
    retry = actions.add_parser("retry", parents=[common], help="queue failed messages again")
    retry.add_argument("--id", type=int, action="append", dest="ids", required=True, metavar="N")

    mail = commands.add_parser("mail", help="the club's mail server")
    mail_actions = mail.add_subparsers(
        dest="mail_command", metavar="ACTION", required=True, parser_class=parser_class
    )
    settings = mail_actions.add_parser("set", parents=[common], help="host, port, login, From")
    settings.add_argument("--host", required=True)
    settings.add_argument("--port", required=True, metavar="P")
    settings.add_argument(
        "--starttls",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="STARTTLS (default); without it, port 465 is TLS and any other port plain",
    )
    settings.add_argument("--user", metavar="U")
    settings.add_argument("--from", dest="sender", metavar="ADDRESS")
    settings.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (kept in the keyring)",
    )
    mail_actions.add_parser("show", parents=[common], help="the mail server set")
    test = mail_actions.add_parser("test", parents=[common], help="send a test e-mail")
    test.add_argument("--to", required=True, metavar="ADDRESS")


def run_outbox(cli: Cli, s: Services) -> int:
    from loyaltydesk.cli.exit_codes import EXIT_DEVICE, EXIT_OK
    from loyaltydesk.domain.messages import Channel, MessageStatus

    action = cli.args.outbox_command
    d = cli.text
    if action == "list":
        status = MessageStatus(cli.args.status) if cli.args.status else None
        channel = Channel(cli.args.channel) if cli.args.channel else None
        lines = s.outbox.lines(status=status, channel=channel, limit=cli.args.limit)
        counts = s.outbox.counts()
        cli.emit(
            {
                "counts": {k.value: v for k, v in counts.items()},
                "messages": [line_json(line) for line in lines],
            },
            _list_text(cli, lines, counts),
        )
        return EXIT_OK
    if action == "export":
        from loyaltydesk.devices.outbox_files import writer_for
        from loyaltydesk.ui.outbox.labels import export_summary

        exported = s.outbox.export_sms(cli.args.out, writer_for(cli.args.out), s.actor)
        cli.emit(exported_json(exported), export_summary(exported, d, screen=False))
        return EXIT_OK
    if action == "mark-sent":
        from loyaltydesk.ui.outbox.labels import marked_sent_text

        marked = s.outbox.mark_sent(s.actor, None if cli.args.all_exported else cli.args.ids)
        cli.emit({"marked_sent": marked}, marked_sent_text(marked, d))
        return EXIT_OK
    if action == "retry":
        from loyaltydesk.ui.outbox.labels import queued_again_text

        queued = s.outbox.retry(cli.args.ids, s.actor)
        cli.emit({"queued_again": queued}, queued_again_text(queued, d))
        return EXIT_OK
    from loyaltydesk.ui.outbox.labels import send_summary

    run = s.outbox.send_email(s.actor)
    cli.emit(send_json(run), send_summary(run, d))
    # Nothing went and something failed: a script sees it (the errors stay on the messages).
    return EXIT_DEVICE if not run.sent and (run.retrying or run.failed) else EXIT_OK


def run_mail(cli: Cli, s: Services) -> int:
    from loyaltydesk.cli.exit_codes import EXIT_OK
    from loyaltydesk.cli.main import translate
    from loyaltydesk.domain.mail import check_mail_server

    action = cli.args.mail_command
    if action == "set":
        a = cli.args
        server = check_mail_server(
            a.host, a.port, starttls=a.starttls, user=a.user, sender=a.sender
        )
        password = _read_password() if a.password_stdin else None
        kept = s.outbox.set_mail_server(server, s.actor, password)
        text = translate("Cli", "Mail server set: {host}, port {port}, from {sender}.").format(
            host=server.host, port=cli.text.digits(str(server.port)), sender=server.sender
        )
        if password and not kept.keyring:
            from loyaltydesk.ui.outbox.labels import no_keyring_notice

            text += "\n" + no_keyring_notice()
        elif kept.saved:
            text += "\n" + translate("Cli", "The password is kept in the system keyring.")
        cli.emit(server_json(server, kept), text)
        return EXIT_OK
    if action == "show":
        shown = s.outbox.mail_server()
        if shown is None:
            cli.emit({"server": None}, translate("Cli", "No mail server is set."))
            return EXIT_OK
        cli.emit(
            {"server": server_json(shown, None)},
            translate("Cli", "Mail server: {host}, port {port}, from {sender}.").format(
                host=shown.host, port=cli.text.digits(str(shown.port)), sender=shown.sender
            ),
        )
        return EXIT_OK
    s.outbox.send_test(
        cli.args.to,
        s.actor,
        subject=translate("Cli", "LoyaltyDesk: test message"),
        body=translate(
            "Cli", "This is a test from LoyaltyDesk: the club's e-mail to members works."
        ),
    )
    cli.emit(
        {"sent_to": cli.args.to.strip()},
        translate("Cli", "Test message sent to {address}.").format(address=cli.args.to.strip()),
    )
    return EXIT_OK


def _read_password() -> str | None:
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    return password or None


def _list_text(cli: Cli, lines: list[OutboxLine], counts: dict[Any, int]) -> str:
    from loyaltydesk.cli.main import translate
    from loyaltydesk.ui.outbox.labels import channel_label, last_error_text, status_label

    d = cli.text
    head = "  ".join(f"{status_label(k)}: {d.n(v)}" for k, v in counts.items())
    if not lines:
        return head + "\n" + translate("Cli", "No messages.")
    rows = []
    for line in lines:
        m = line.message
        row = (
            f"{d.id(m.id)}  {status_label(m.status)}  {channel_label(m.channel)}  "
            f"{d.digits(m.recipient) if m.channel.value == 'sms' else m.recipient}  "
            f"{line.member_name}  {d.when(m.created_at)}"
        )
        if m.attempts:
            row += "  " + translate("Cli", "tries: {attempts}").format(attempts=d.n(m.attempts))
        if m.last_error:
            row += "  " + last_error_text(m.last_error, d.language, m.recipient)
        rows.append(row)
    return head + "\n" + "\n".join(rows)


def _when(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else None


def line_json(line: OutboxLine) -> dict[str, Any]:
    m = line.message
    return {
        "id": m.id,
        "member_id": m.member_id,
        "member": line.member_name,
        "channel": m.channel.value,
        "recipient": m.recipient,
        "language": m.language,
        "subject": m.subject,
        "body": m.body,
        "parts": m.parts,
        "status": m.status.value,
        "attempts": m.attempts,
        "last_error": m.last_error,
        "campaign": m.campaign,
        "run_id": m.run_id,
        "coupon_id": m.coupon_id,
        "created_at": _when(m.created_at),
        "updated_at": _when(m.updated_at),
    }


def exported_json(exported: Exported) -> dict[str, Any]:
    return {
        "path": str(exported.path),
        "exported": exported.count,
        "parts": exported.parts,
        "ids": list(exported.message_ids),
        # Written in the shop's quiet hours: the panel should not send before they end.
        "quiet_hours": exported.quiet_hours,
        # Queued messages taken back because their members opted out, not in the file.
        "withdrawn": exported.withdrawn,
    }


def send_json(run: SendRun) -> dict[str, Any]:
    return {
        "sent": run.sent,
        "retrying": run.retrying,
        "failed": run.failed,
        "waiting": run.waiting,
        # The shop's local time sending is possible again, in the quiet hours; else null.
        "quiet_until": run.quiet_until.isoformat() if run.quiet_until else None,
        "last_error": run.last_error,
    }


def server_json(server: MailServer, kept: PasswordKept | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "host": server.host,
        "port": server.port,
        "starttls": server.starttls,
        "ssl": server.ssl,
        "user": server.user,
        "from": server.sender,
    }
    if kept is not None:
        data["password_saved"] = kept.saved
        data["keyring"] = kept.keyring
    return data

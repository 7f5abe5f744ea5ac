"""Words for the outbox shared by the window and the command line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.messages import QUIET_FROM, QUIET_UNTIL, Channel, MessageStatus
from loyaltydesk.i18n.bidi import isolate
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.services.outbox import Exported, SendRun
from loyaltydesk.ui.error_text import error_text, known_codes


def status_label(status: MessageStatus) -> str:
    return {
        MessageStatus.QUEUED: QCoreApplication.translate("OutboxLabels", "Queued"),
        MessageStatus.EXPORTED: QCoreApplication.translate("OutboxLabels", "Exported"),
        MessageStatus.SENT: QCoreApplication.translate("OutboxLabels", "Sent"),
        MessageStatus.FAILED: QCoreApplication.translate("OutboxLabels", "Failed"),
        MessageStatus.WITHDRAWN: QCoreApplication.translate("OutboxLabels", "Withdrawn"),
    }[status]


def channel_label(channel: Channel) -> str:
    if channel is Channel.EMAIL:
        return QCoreApplication.translate("OutboxLabels", "E-mail")
    return QCoreApplication.translate("OutboxLabels", "SMS")


def last_error_text(error: str | None, language: str, address: str | None = None) -> str:
    """A message's last error (or why it was withdrawn): the server's own words, or the
    sentence for one of ours, with the message's address where the sentence names it."""
    if not error:
        return ""
    if error in known_codes():
        # Only the code is kept: what the sentence names besides the address is not known
        # any more, and reads as a dash rather than the whole sentence being lost.
        unknown = dict.fromkeys(("detail", "host", "port", "account"), "—")
        return error_text(
            DomainError(error, **unknown, address=address or "—"), language, screen=False
        )
    return error


def quiet_time(moment: dt.datetime, display: Display) -> str:
    """When sending is possible again, as the shop reads it: 08:00, and the day."""
    local = moment.astimezone(display.zone)
    return display.digits(local.strftime("%H:%M")) + " " + display.day(local.date())


def send_summary(run: SendRun, display: Display) -> str:
    """What a "send now" did, in one or two sentences."""
    d = display
    if run.quiet_until is not None:
        template = (
            QCoreApplication.translate(
                "OutboxLabels",
                "Quiet hours ({start}–{end} at the shop): nothing was sent. 1 e-mail waits; "
                "sending is possible from {time}.",
            )
            if is_one(run.waiting)
            else QCoreApplication.translate(
                "OutboxLabels",
                "Quiet hours ({start}–{end} at the shop): nothing was sent. {waiting} e-mails "
                "wait; sending is possible from {time}.",
            )
        )
        return template.format(
            start=d.digits(QUIET_FROM.strftime("%H:%M")),
            end=d.digits(QUIET_UNTIL.strftime("%H:%M")),
            waiting=d.n(run.waiting),
            time=quiet_time(run.quiet_until, d),
        )
    if not (run.sent or run.retrying or run.failed):
        return QCoreApplication.translate("OutboxLabels", "No e-mail is waiting to be sent.")
    text = QCoreApplication.translate(
        "OutboxLabels", "E-mail sent: {sent}. To try again later: {retrying}. Failed: {failed}."
    ).format(sent=d.n(run.sent), retrying=d.n(run.retrying), failed=d.n(run.failed))
    if run.last_error:
        text += " " + QCoreApplication.translate("OutboxLabels", "Last error: {error}").format(
            error=last_error_text(run.last_error, d.language)
        )
    return text


def no_keyring_notice() -> str:
    return QCoreApplication.translate(
        "OutboxLabels",
        "This computer has no system keyring; the password is not saved: set "
        "LOYALTYDESK_SMTP_PASSWORD in the environment of the program that sends, or use a "
        "server without a password.",
    )


def export_summary(exported: Exported, display: Display, *, screen: bool) -> str:
    """What an SMS export wrote, where, and (in the quiet hours) that it is night at the
    shop. On ``screen`` the path keeps its own direction inside a Persian sentence."""
    d = display
    path = isolate(str(exported.path)) if screen else str(exported.path)
    if is_one(exported.count):
        template = (
            QCoreApplication.translate(
                "OutboxLabels",
                "1 SMS (1 part) written to {path} and marked exported. Upload the file to your "
                "SMS panel, then mark it sent.",
            )
            if is_one(exported.parts)
            else QCoreApplication.translate(
                "OutboxLabels",
                "1 SMS ({parts} parts) written to {path} and marked exported. Upload the file "
                "to your SMS panel, then mark it sent.",
            )
        )
    else:
        template = QCoreApplication.translate(
            "OutboxLabels",
            "{count} SMS ({parts} parts) written to {path} and marked exported. Upload the file "
            "to your SMS panel, then mark them sent.",
        )
    text = template.format(count=d.n(exported.count), parts=d.n(exported.parts), path=path)
    if exported.withdrawn:
        text += " " + withdrawn_note(exported.withdrawn, d)
    if exported.quiet_hours:
        text += " " + quiet_export_warning(d)
    return text


def withdrawn_note(count: int, display: Display) -> str:
    if is_one(count):
        return QCoreApplication.translate(
            "OutboxLabels", "1 message was withdrawn: its member asked for no messages."
        )
    return QCoreApplication.translate(
        "OutboxLabels", "{count} messages were withdrawn: their members asked for no messages."
    ).format(count=display.n(count))


def quiet_export_warning(display: Display) -> str:
    """Exporting is allowed at night; sending from the panel at once is not what members
    should get."""
    return QCoreApplication.translate(
        "OutboxLabels",
        "It is the shop's quiet hours ({start}–{end}): send from the panel after {end}.",
    ).format(
        start=display.digits(QUIET_FROM.strftime("%H:%M")),
        end=display.digits(QUIET_UNTIL.strftime("%H:%M")),
    )


def marked_sent_text(count: int, display: Display) -> str:
    if is_one(count):
        return QCoreApplication.translate("OutboxLabels", "1 message marked sent.")
    return QCoreApplication.translate("OutboxLabels", "{count} messages marked sent.").format(
        count=display.n(count)
    )


def queued_again_text(count: int, display: Display) -> str:
    if is_one(count):
        return QCoreApplication.translate("OutboxLabels", "1 message queued again.")
    return QCoreApplication.translate("OutboxLabels", "{count} messages queued again.").format(
        count=display.n(count)
    )

"""Words for the outbox shared by the window and the command line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.messages import QUIET_FROM, QUIET_UNTIL, Channel, MessageStatus
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.outbox import SendRun
from loyaltydesk.ui.error_text import error_text, known_codes


def status_label(status: MessageStatus) -> str:
    return {
        MessageStatus.QUEUED: QCoreApplication.translate("OutboxLabels", "Queued"),
        MessageStatus.EXPORTED: QCoreApplication.translate("OutboxLabels", "Exported"),
        MessageStatus.SENT: QCoreApplication.translate("OutboxLabels", "Sent"),
        MessageStatus.FAILED: QCoreApplication.translate("OutboxLabels", "Failed"),
    }[status]


def channel_label(channel: Channel) -> str:
    if channel is Channel.EMAIL:
        return QCoreApplication.translate("OutboxLabels", "E-mail")
    return QCoreApplication.translate("OutboxLabels", "SMS")


def last_error_text(error: str | None, language: str) -> str:
    """A message's last error: the server's own words, or the sentence for one of ours."""
    if not error:
        return ""
    if error in known_codes():
        return error_text(DomainError(error), language, screen=False)
    return error


def quiet_time(moment: dt.datetime, display: Display) -> str:
    """When sending is possible again, as the shop reads it: 08:00, and the day."""
    local = moment.astimezone(display.zone)
    return display.digits(local.strftime("%H:%M")) + " " + display.day(local.date())


def send_summary(run: SendRun, display: Display) -> str:
    """What a "send now" did, in one or two sentences."""
    d = display
    if run.quiet_until is not None:
        return QCoreApplication.translate(
            "OutboxLabels",
            "Quiet hours ({start}–{end} at the shop): nothing was sent. {waiting} e-mail wait; "
            "sending is possible from {time}.",
        ).format(
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

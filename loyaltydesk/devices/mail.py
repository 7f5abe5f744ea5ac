"""E-mail out through the club's mail server (smtplib). Its password is kept by
devices/passwords, never in a file.

STARTTLS on the submission port (587) is the usual; port 465 without STARTTLS speaks TLS
from the start; any other port without STARTTLS is plain, for a relay on this computer or
the shop's network. Every failure is a DeviceError with the server's words in ``detail``:
the outbox keeps them on the message.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from types import TracebackType
from typing import Self

from loyaltydesk.domain.errors import DeviceError
from loyaltydesk.domain.mail import MailServer
from loyaltydesk.domain.messages import Message, email_subject

TIMEOUT_SECONDS = 20.0


class SmtpSender:
    """One connection to the mail server for a batch of messages (a Sender)."""

    def __init__(
        self, server: MailServer, password: str | None, timeout: float = TIMEOUT_SECONDS
    ) -> None:
        self._server = server
        self._password = password
        self._timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Self:
        server = self._server
        try:
            if server.ssl:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    server.host,
                    server.port,
                    timeout=self._timeout,
                    context=ssl.create_default_context(),
                )
            else:
                smtp = smtplib.SMTP(server.host, server.port, timeout=self._timeout)
            self._smtp = smtp
            smtp.ehlo_or_helo_if_needed()
            if server.starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if server.user is not None:
                if not self._password:
                    raise DeviceError("mail.no_password", account=server.account)
                smtp.login(server.user, self._password)
        except DeviceError:
            self._close()
            raise
        except (smtplib.SMTPException, OSError, ssl.SSLError) as error:
            self._close()
            raise DeviceError(
                "mail.unreachable", host=server.host, port=server.port, detail=_words(error)
            ) from error
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._close()

    def send(self, message: Message) -> None:
        if self._smtp is None:
            raise DeviceError("mail.unreachable", host=self._server.host, port=self._server.port)
        mail = EmailMessage()
        # "Shop <club@example.com>": the member sees who writes, not only an address.
        mail["From"] = Address(display_name=self._server.sender_name, addr_spec=self._server.sender)
        mail["To"] = message.recipient
        # A message queued without a subject (before subjects were made) gets the real one.
        mail["Subject"] = message.subject or email_subject(
            self._server.sender_name, message.campaign, message.language
        )
        mail["Date"] = formatdate(localtime=False)
        mail["Message-ID"] = make_msgid(domain=self._server.sender.rpartition("@")[2])
        mail.set_content(message.body, charset="utf-8")
        try:
            refused = self._smtp.send_message(mail)
        except smtplib.SMTPRecipientsRefused as error:
            code, words = next(iter(error.recipients.values()))
            raise DeviceError(
                "mail.refused", address=message.recipient, detail=_reply(code, words)
            ) from error
        except (smtplib.SMTPException, OSError) as error:
            raise DeviceError(
                "mail.refused", address=message.recipient, detail=_words(error)
            ) from error
        if refused:
            code, words = next(iter(refused.values()))
            raise DeviceError("mail.refused", address=message.recipient, detail=_reply(code, words))

    def _close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()


def _reply(code: int, words: bytes | str) -> str:
    text = words.decode("utf-8", "replace") if isinstance(words, bytes) else str(words)
    # Without its closing period: the sentence it goes into ends with its own.
    return f"{code} {text}".strip().rstrip(".")


def _words(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return _reply(error.smtp_code, error.smtp_error)
    if isinstance(error, socket.timeout | TimeoutError):
        return "timed out"
    return (str(error) or type(error).__name__).rstrip(".")

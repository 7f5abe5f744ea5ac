"""The club's mail server: where e-mail to members goes out (its password is not here: it
lives in the system's keyring, or in the sending program's environment)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.members import check_email

SMTP_PORT = 587  # submission, with STARTTLS
SSL_PORT = 465  # TLS from the first byte (SMTPS)
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]")
MAX_USER_LENGTH = 200


@dataclass(frozen=True, slots=True)
class MailServer:
    host: str
    port: int
    starttls: bool
    user: str | None  # None: a relay that takes mail without logging in
    sender: str  # the From address
    # The name shown before the From address (the shop's); not stored with the server:
    # it is the shop's name from the settings, given when sending.
    sender_name: str = ""

    @property
    def ssl(self) -> bool:
        """Port 465 without STARTTLS speaks TLS from the start; any other port without
        STARTTLS is plain (a relay on this computer or the shop's network)."""
        return not self.starttls and self.port == SSL_PORT

    @property
    def account(self) -> str:
        """The name its password is kept under in the keyring: user@host."""
        return f"{self.user or ''}@{self.host}"

    def to_json(self) -> str:
        return json.dumps(
            {
                "host": self.host,
                "port": self.port,
                "starttls": self.starttls,
                "user": self.user,
                "from": self.sender,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> MailServer:
        data = json.loads(text)
        return cls(
            host=str(data["host"]),
            port=int(data["port"]),
            starttls=bool(data["starttls"]),
            user=data.get("user") or None,
            sender=str(data["from"]),
        )


def check_mail_server(
    host: str, port: int | str, *, starttls: bool, user: str | None, sender: str | None
) -> MailServer:
    name = host.strip()
    if not name:
        raise InvalidInput("mail.no_host")
    if not _HOST.fullmatch(name):
        raise InvalidInput("mail.bad_host", host=host)
    try:
        number = int(str(port).strip())
    except ValueError:
        raise InvalidInput("mail.bad_port", port=port, first=1, last=65535) from None
    if not 1 <= number <= 65535:
        raise InvalidInput("mail.bad_port", port=port, first=1, last=65535)
    login = user.strip() if user and user.strip() else None
    if login is not None and (
        len(login) > MAX_USER_LENGTH or any(ch.isspace() or not ch.isprintable() for ch in login)
    ):
        raise InvalidInput("mail.bad_user")
    # Without a From address of its own, a server that logs in with an address sends as it.
    from_address = check_email(sender) if sender and sender.strip() else None
    if from_address is None and login is not None and "@" in login:
        from_address = check_email(login)
    if from_address is None:
        raise InvalidInput("mail.no_sender")
    return MailServer(name.lower(), number, starttls, login, from_address)

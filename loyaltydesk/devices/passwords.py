"""The mail server's password in the system's keyring (``keyring``, imported only when a
password is wanted: a till's every command would pay for it otherwise)."""

from __future__ import annotations

import os

from loyaltydesk.domain.errors import Refused
from loyaltydesk.domain.servers import ServerAddress
from loyaltydesk.services.backups import PASSPHRASE_VARIABLE
from loyaltydesk.services.outbox import PASSWORD_VARIABLE
from loyaltydesk.services.shared_club import PASSWORD_VARIABLE as DATABASE_PASSWORD_VARIABLE
from loyaltydesk.settings import Settings

KEYRING_SERVICE = "LoyaltyDesk SMTP"


BACKUP_KEYRING_SERVICE = "LoyaltyDesk backups"
DATABASE_KEYRING_SERVICE = "LoyaltyDesk database"


class KeyringPasswords:
    """The mail server's password in the system's keyring (service "LoyaltyDesk SMTP",
    username user@host). LOYALTYDESK_SMTP_PASSWORD in the environment comes first: it is
    how a computer without a keyring (a headless till, CI) sends.

    The backups' passphrase is kept the same way under its own service and variable
    (``KeyringPasswords.for_backups()``), and so is a shared club's database password
    (``KeyringPasswords.for_database()``, one account per data folder)."""

    def __init__(
        self,
        service: str = KEYRING_SERVICE,
        variable: str = PASSWORD_VARIABLE,
        failure: str = "mail.keyring_failed",
    ) -> None:
        self._service = service
        self._variable = variable
        self._failure = failure

    @classmethod
    def for_backups(cls) -> KeyringPasswords:
        return cls(BACKUP_KEYRING_SERVICE, PASSPHRASE_VARIABLE, "backup.keyring_failed")

    @classmethod
    def for_database(cls) -> KeyringPasswords:
        return cls(DATABASE_KEYRING_SERVICE, DATABASE_PASSWORD_VARIABLE, "server.keyring_failed")

    def keep(self, account: str, password: str) -> None:
        """``put``, where a keyring is; refused with the reason where there is none, unless
        the environment already gives this very password (a headless till)."""
        if os.environ.get(self._variable) == password:
            return
        if not self.usable():
            raise Refused("keyring.unavailable", variable=self._variable)
        self.put(account, password)

    def usable(self) -> bool:
        try:
            import keyring
            from keyring.backends import fail
        except ImportError:
            return False
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        # The null backend takes a password and forgets it; chained ones may hold only it.
        name = type(backend).__module__ + "." + type(backend).__name__
        return "null" not in name.lower() and getattr(backend, "priority", 1) > 0

    def get(self, account: str) -> str | None:
        from_environment = os.environ.get(self._variable)
        if from_environment:
            return from_environment
        if not self.usable():
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(self._service, account)
        except KeyringError:
            return None

    def put(self, account: str, password: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(self._service, account, password)
        except KeyringError as error:
            raise Refused(self._failure, detail=str(error)) from error


def switch_to_server(settings: Settings, address: ServerAddress, password: str) -> Settings:
    """This counter on the shared club at ``address`` from its next start: the password in
    the keyring (or given by the environment already), then the settings saved."""
    switched = settings.on_server(address)
    KeyringPasswords.for_database().keep(str(settings.data_dir), password)
    switched.save()
    return switched

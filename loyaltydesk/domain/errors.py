"""Domain errors carry a message key and parameters; the UI and CLI turn them into sentences.

A key, not a sentence, so the same refusal reads naturally in Persian and in English.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A request that the club's rules refuse. Nothing has been saved."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code}({details})"


class InvalidInput(DomainError):
    """The request itself is malformed: an amount, a phone, a date, a name."""


class NotFound(DomainError):
    """The member, card, receipt, reward or entry named does not exist."""


class Refused(DomainError):
    """Well-formed, but the state of the club forbids it (balance short, already voided...)."""


class NotPermitted(DomainError):
    """The person asking may not do this."""


class StorageError(DomainError):
    """The database cannot be used as asked: read-only, full, not ours, too new."""


class DeviceError(DomainError):
    """A printer could not be reached or refused the job. Nothing was saved or lost."""


class WriteConflict(Exception):
    """Another writer committed a clashing row first; the operation may be retried once.

    Not a DomainError: services catch it and retry, a person never sees it.
    """

"""Members: who they are, and the checks a registration must pass."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.text import clean_display_name

MAX_NAME_LENGTH = 120
MAX_EMAIL_LENGTH = 254  # RFC 5321's limit on a whole address
# A note is read at the counter in one glance and in the details dialog: a few lines, not a file.
MAX_NOTES_LENGTH = 1000


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    name: str
    phone: str
    birthday: dt.date | None
    national_code: str | None
    referrer_id: int | None
    joined_at: dt.datetime
    balance: int
    last_visit_at: dt.datetime | None
    tier_code: str | None = None
    tier_since: dt.datetime | None = None
    tier_review_on: dt.date | None = None
    stamps: int = 0  # the stamp card's balance, a cache of the ledger's stamps like balance
    email: str | None = None
    opted_out: bool = False  # "no messages": never messaged, still served at the counter
    # Set when this record was merged into another member: it is kept for its history only.
    merged_into: int | None = None
    # What the staff should know about the member ("allergic to nuts"); free text.
    notes: str | None = None


def check_name(text: str) -> str:
    name = clean_display_name(text)
    if not name:
        raise InvalidInput("name.empty")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput("name.too_long", limit=MAX_NAME_LENGTH)
    if not any(unicodedata.category(ch).startswith("L") for ch in name):
        raise InvalidInput("name.no_letters", name=text)
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise InvalidInput("name.control_characters")
    return name


def check_email(text: str | None) -> str | None:
    """An e-mail address as a member gives it, or None when none was given.

    Only what catches a typo: one @, a dot in the part after it, no spaces. Whether the
    mailbox exists only the mail server knows; its answer is kept on the message.
    """
    if text is None or not text.strip():
        return None
    address = text.strip()
    if len(address) > MAX_EMAIL_LENGTH:
        raise InvalidInput("email.too_long", limit=MAX_EMAIL_LENGTH)
    local, at, domain = address.partition("@")
    if (
        not at
        or not local
        or "@" in domain
        or any(ch.isspace() for ch in address)
        or "." not in domain.strip(".")
        or domain.startswith(".")
        or domain.endswith(".")
        or ".." in domain
        or any(unicodedata.category(ch) == "Cc" for ch in address)
    ):
        raise InvalidInput("email.malformed", address=address)
    if not address.isascii():
        # A mailbox in Persian letters needs SMTPUTF8, which few servers offer: it would
        # fail at every try. Said now, while the member is at the counter.
        raise InvalidInput("email.not_ascii", address=address)
    # The domain is case-blind; the part before @ is the mailbox's own and kept as written.
    return f"{local}@{domain.lower()}"


def check_notes(text: str | None) -> str | None:
    """A member's notes as the staff wrote them, trimmed; None when there are none.

    Newlines and tabs are kept (a note may be a short list); other control characters
    are refused: pasted from a POS export they would show as boxes or break a CSV line.
    """
    if text is None:
        return None
    # Windows line ends from a pasted text or a CSV cell are one newline.
    notes = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not notes:
        return None
    if len(notes) > MAX_NOTES_LENGTH:
        raise InvalidInput("notes.too_long", limit=MAX_NOTES_LENGTH, length=len(notes))
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in notes):
        raise InvalidInput("notes.control_characters")
    return notes


def check_national_code(text: str) -> str:
    """Iranian national code (کد ملی): ten digits, the last a mod-11 checksum."""
    code = re.sub(r"[\s\-]", "", fold_digits(text.strip()))
    if not re.fullmatch(r"\d{8,10}", code):
        raise InvalidInput("national_code.malformed", value=text)
    code = code.zfill(10)  # codes that begin with zeros are often written without them
    if len(set(code)) == 1:
        raise InvalidInput("national_code.bad_checksum", value=text)
    total = sum(int(code[i]) * (10 - i) for i in range(9)) % 11
    expected = total if total < 2 else 11 - total
    if int(code[9]) != expected:
        raise InvalidInput("national_code.bad_checksum", value=text)
    return code


def birthday_within(birthday: dt.date | None, today: dt.date, *, days: int) -> bool:
    """True when the member's next birthday falls within ``days`` days from ``today``."""
    if birthday is None:
        return False
    for offset in range(days):
        day = today + dt.timedelta(days=offset)
        if (day.month, day.day) == (birthday.month, birthday.day):
            return True
        # A 29 February birthday is kept on 28 February in other years.
        if (
            (birthday.month, birthday.day) == (2, 29)
            and (day.month, day.day) == (2, 28)
            and not _is_leap(day.year)
        ):
            return True
    return False


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

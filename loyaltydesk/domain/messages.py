"""Messages to members: templates with placeholders, SMS parts as Iranian panels count them,
and the hours a shop may message in.

A Persian text goes as UCS-2: 70 characters in a single SMS, 67 a part when it is split (the
parts carry a header); a Latin text as GSM-7: 160 alone, 153 a part. Panels count the same way.
"""

from __future__ import annotations

import datetime as dt
import enum
import string
from collections.abc import Mapping
from dataclasses import dataclass

from loyaltydesk.domain.errors import InvalidInput

PLACEHOLDERS = ("name", "code", "reward", "valid_until", "shop")
MAX_TEMPLATE_LENGTH = 1000
# Quiet hours of the shop's day: nothing is sent from 22:00 until 08:00.
QUIET_FROM = dt.time(22, 0)
QUIET_UNTIL = dt.time(8, 0)

# The GSM 03.38 basic set; anything else (Persian, emoji) makes the text UCS-2.
_GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Characters of the extension table: each takes two septets.
_GSM7_EXTENDED = set("^{}\\[~]|€\f")


class Channel(enum.StrEnum):
    SMS = "sms"
    EMAIL = "email"


class MessageStatus(enum.StrEnum):
    QUEUED = "queued"
    EXPORTED = "exported"  # handed to a bulk-SMS panel as a file; not known to be sent yet
    SENT = "sent"
    FAILED = "failed"  # gave up after the retries; shown, never dropped
    # Taken back before it went out: the member opted out of messages after it was queued.
    # Kept (with the reason in last_error) rather than deleted: the owner sees what happened.
    WITHDRAWN = "withdrawn"


# The reason kept on a withdrawn message (an error code: ui/error_text has its sentence).
OPTED_OUT_REASON = "message.opted_out"

# An e-mail's subject names the campaign in the member's language (the message's, not the
# reader's: a Persian member gets a Persian subject whatever language the till runs in).
_CAMPAIGN_TITLES: dict[str, tuple[str, str]] = {
    "birthday": ("Happy birthday", "تولدتان مبارک"),
    "win_back": ("We miss you", "دلمان برایتان تنگ شده"),
    "anniversary": ("A year together", "یک سال با هم"),
    "second_visit": ("We hope to see you again", "امیدواریم دوباره ببینیمتان"),
    "referral": ("Thank you for bringing a friend", "ممنون که دوستتان را آوردید"),
    "thank_you": ("Thank you for your visit", "ممنون از خریدتان"),
}
_DEFAULT_TITLE = ("A message from the club", "پیامی از باشگاه")


def is_gsm7(text: str) -> bool:
    return all(ch in _GSM7 or ch in _GSM7_EXTENDED for ch in text)


def sms_parts(text: str) -> int:
    """How many SMS parts ``text`` takes (0 for an empty text)."""
    if not text:
        return 0
    if is_gsm7(text):
        length = sum(2 if ch in _GSM7_EXTENDED else 1 for ch in text)
        single, part = 160, 153
    else:
        # UCS-2 counts UTF-16 code units: a character beyond the BMP (an emoji) takes two.
        length = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
    if length <= single:
        return 1
    return -(-length // part)


def check_template(text: str) -> str:
    """A message template the owner wrote: only known {placeholders}, braces balanced."""
    template = text.strip()
    if not template:
        raise InvalidInput("message.empty_template")
    if len(template) > MAX_TEMPLATE_LENGTH:
        raise InvalidInput("message.template_too_long", limit=MAX_TEMPLATE_LENGTH)
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as error:
        raise InvalidInput("message.bad_braces") from error
    unknown = sorted({f for f in fields if f not in PLACEHOLDERS})
    if unknown:
        raise InvalidInput(
            "message.unknown_placeholder",
            placeholder=", ".join("{" + f + "}" for f in unknown),
            placeholders=" ".join("{" + p + "}" for p in PLACEHOLDERS),
        )
    return template


def placeholders_in(text: str) -> set[str]:
    """The known placeholders a template uses (``check_template`` refuses the others)."""
    return {
        f
        for _, f, _, _ in string.Formatter().parse(check_template(text))
        if f is not None and f in PLACEHOLDERS
    }


def render(template: str, values: Mapping[str, str]) -> str:
    """The template filled in; a placeholder with no value reads as nothing, not "{code}"."""
    filled = {name: values.get(name, "") for name in PLACEHOLDERS}
    return check_template(template).format(**filled).strip()


def in_quiet_hours(local: dt.datetime) -> bool:
    moment = local.time()
    return moment >= QUIET_FROM or moment < QUIET_UNTIL


def next_sending_time(local: dt.datetime) -> dt.datetime:
    """``local`` itself outside the quiet hours, else 08:00 of the shop's next morning."""
    if not in_quiet_hours(local):
        return local
    day = local.date() if local.time() < QUIET_UNTIL else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, QUIET_UNTIL, local.tzinfo)


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    member_id: int
    channel: Channel
    recipient: str
    language: str
    subject: str | None
    body: str
    parts: int
    status: MessageStatus
    attempts: int
    last_error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    campaign: str | None = None
    run_id: int | None = None
    coupon_id: int | None = None


@dataclass(frozen=True, slots=True)
class NewMessage:
    member_id: int
    channel: Channel
    recipient: str
    language: str
    subject: str | None
    body: str
    created_at: dt.datetime
    campaign: str | None = None
    run_id: int | None = None
    coupon_id: int | None = None
    operation_id: str | None = None
    # Who queued it: the person who ran the campaign (their account), or the daily run.
    staff: str | None = None
    staff_id: int | None = None


def email_subject(shop: str, campaign: str | None, language: str) -> str:
    """A real subject for an e-mail: the shop and what the message is about, in the
    message's language (never the body cut short: that splits a code or a word)."""
    english, persian = _CAMPAIGN_TITLES.get(campaign or "", _DEFAULT_TITLE)
    title = persian if language == "fa" else english
    name = shop.strip()
    return f"{name}: {title}" if name else title


def language_of_name(name: str) -> str:
    """The language to write to a member in: Persian for a name in Arabic script (the club
    does not ask members for a language), English otherwise."""
    return (
        "fa"
        if any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in name)
        else "en"
    )

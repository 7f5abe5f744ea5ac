"""Iranian mobile numbers, stored in one canonical form (E.164: +989121234567)."""

from __future__ import annotations

import re

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.digits import fold_digits

_SEPARATORS = re.compile(r"[\s\-().\u200c\u200e\u200f]")


def digits_only(text: str) -> str:
    """Fold digits and drop the separators people type inside numbers."""
    return _SEPARATORS.sub("", fold_digits(text.strip()))


def national_mobile_digits(text: str) -> str | None:
    """The ten digits after +98 (9XXXXXXXXX) if ``text`` is written as a mobile, else None.

    This only recognises the shape; ``parse_mobile`` explains what is wrong.
    """
    raw = digits_only(text)
    for prefix in ("+98", "0098", "98", "0"):
        if raw.startswith(prefix) and len(raw) == len(prefix) + 10:
            raw = raw[len(prefix) :]
            break
    if len(raw) == 10 and raw.isdigit() and raw.startswith("9"):
        return raw
    return None


def parse_mobile(text: str) -> str:
    """Canonical ``+989XXXXXXXXX`` or InvalidInput saying why the number is not a mobile."""
    raw = digits_only(text)
    if not raw:
        raise InvalidInput("phone.empty")
    if not re.fullmatch(r"\+?\d+", raw):
        raise InvalidInput("phone.not_digits", phone=text)
    national = national_mobile_digits(raw)
    if national is not None:
        return "+98" + national
    stripped = raw.lstrip("+")
    if stripped.startswith("00") and not stripped.startswith("0098"):
        raise InvalidInput("phone.not_iranian", phone=text)
    if stripped.startswith(("0098", "98")):
        stripped = stripped[4:] if stripped.startswith("0098") else stripped[2:]
    elif stripped.startswith("0"):
        stripped = stripped[1:]
    if stripped and not stripped.startswith("9"):
        raise InvalidInput("phone.not_mobile", phone=text)
    raise InvalidInput("phone.wrong_length", phone=text, digits=len(stripped))


def phone_tail(canonical: str) -> str:
    return canonical[-4:]


def mask_phone(canonical: str) -> str:
    """0912***4567: enough for the cashier to confirm, not enough to read off the screen."""
    national = "0" + canonical[3:]
    return national[:4] + "***" + national[-4:]


def local_form(canonical: str) -> str:
    return "0" + canonical[3:]

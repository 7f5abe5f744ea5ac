"""The shop's own thank-you text: placeholders filled from a purchase, one line per line."""

from __future__ import annotations

import string
from collections.abc import Mapping

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.text import strip_bidi_controls

PLACEHOLDERS = ("name", "points", "balance", "missing", "reward", "shop")
# Lines naming these are about the next reward; they are left out when no reward is ahead.
_AHEAD = frozenset({"missing", "reward"})
MAX_NOTE_LENGTH = 600
MAX_NOTE_LINES = 8


def _fields(line: str) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(line))
    except ValueError as exc:
        raise InvalidInput("note.bad_braces") from exc
    names = []
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            raise InvalidInput(
                "note.unknown_placeholder",
                placeholder="{" + field + "}",
                placeholders=" ".join("{" + p + "}" for p in PLACEHOLDERS),
            )
        names.append(field)
    return names


def check_note_text(text: str) -> str:
    """The text as it will be stored (trimmed), or a refusal saying what is wrong."""
    text = strip_bidi_controls(text)
    clean = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if len(clean) > MAX_NOTE_LENGTH:
        raise InvalidInput("note.too_long", limit=MAX_NOTE_LENGTH)
    if clean.count("\n") + 1 > MAX_NOTE_LINES:
        raise InvalidInput("note.too_many_lines", limit=MAX_NOTE_LINES)
    for line in clean.splitlines():
        _fields(line)
    return clean


def fill_note(text: str, values: Mapping[str, str], *, reward_ahead: bool) -> list[str]:
    """The note's lines with the placeholders filled; ``values`` holds every placeholder."""
    lines = []
    for line in check_note_text(text).splitlines():
        if not reward_ahead and _AHEAD.intersection(_fields(line)):
            continue
        lines.append(line.format_map(values))
    return lines

"""The customer's voice: how a visit was (a score of 1 to 5, a reason from the owner's short
list, a note) and why a member stopped coming. What a person typed is cleaned as every other
free text is: no directional controls that would reorder the report or the statement."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.text import fold_name, strip_bidi_controls

MIN_SCORE = 1
MAX_SCORE = 5
LOW_SCORE = 2  # a score of 1 or 2 is a visit that went wrong: the call list
MAX_REASON_LENGTH = 100  # the column's size
MAX_NOTE_LENGTH = 1000
MAX_REASONS = 20


class FeedbackKind(enum.StrEnum):
    VISIT = "visit"  # how a visit was, at the counter after the purchase
    WHY_LEFT = "why_left"  # why a drifting member stopped coming (a call, a reply)


@dataclass(frozen=True, slots=True)
class Reason:
    """One of the owner's reasons, in both languages; stored by its English name."""

    en: str
    fa: str

    def name_in(self, language: str) -> str:
        return self.fa if language == "fa" and self.fa else self.en


DEFAULT_REASONS = (
    Reason("slow service", "خدمات کند"),
    Reason("price", "قیمت"),
    Reason("taste", "طعم"),
    Reason("cleanliness", "نظافت"),
    Reason("staff", "برخورد کارکنان"),
    Reason("waiting time", "زمان انتظار"),
)


@dataclass(frozen=True, slots=True)
class Feedback:
    id: int
    member_id: int
    purchase_id: int | None
    kind: FeedbackKind
    score: int | None
    reason: str | None
    note: str | None
    recorded_at: dt.datetime
    staff: str
    counter: str
    operation_id: str | None


@dataclass(frozen=True, slots=True)
class VisitToScore:
    """The visit a score would be given to: a purchase not refunded in full, not scored
    yet. ``occurred_at`` in the shop's zone; ``amount_rials`` what was kept of it."""

    purchase_id: int
    occurred_at: dt.datetime
    amount_rials: int


@dataclass(frozen=True, slots=True)
class NewFeedback:
    member_id: int
    purchase_id: int | None
    kind: FeedbackKind
    score: int | None
    reason: str | None
    note: str | None
    recorded_at: dt.datetime
    staff: str
    counter: str
    operation_id: str | None


def check_score(score: int | str) -> int:
    """A score of 1 to 5; typed digits in either script are fine ("۴")."""
    if isinstance(score, str):
        text = fold_digits(score).strip()
        if not text.isdigit():
            raise InvalidInput("feedback.bad_score", low=MIN_SCORE, high=MAX_SCORE)
        score = int(text)
    if isinstance(score, bool) or not MIN_SCORE <= score <= MAX_SCORE:
        raise InvalidInput("feedback.bad_score", low=MIN_SCORE, high=MAX_SCORE)
    return score


def _one_line(text: str) -> str:
    return " ".join(strip_bidi_controls(text).split())


def clean_reason_name(text: str) -> str:
    """A reason's name as stored: one line, no directional controls, not too long."""
    clean = _one_line(text)
    if len(clean) > MAX_REASON_LENGTH:
        raise InvalidInput("feedback.reason_too_long", limit=MAX_REASON_LENGTH)
    return clean


def clean_note(text: str | None) -> str | None:
    """A note as stored (lines trimmed), None when nothing was written."""
    if text is None:
        return None
    text = strip_bidi_controls(text)
    clean = "\n".join(line.strip() for line in text.strip().splitlines()).strip()
    if len(clean) > MAX_NOTE_LENGTH:
        raise InvalidInput("feedback.note_too_long", limit=MAX_NOTE_LENGTH)
    return clean or None


def check_reasons(reasons: Sequence[Reason]) -> tuple[Reason, ...]:
    """The owner's list as kept: names cleaned (a missing Persian or English name is the
    other one), at least one, at most MAX_REASONS, no name twice in either language."""
    clean: list[Reason] = []
    seen: set[str] = set()
    for reason in reasons:
        en, fa = clean_reason_name(reason.en), clean_reason_name(reason.fa)
        en, fa = en or fa, fa or en
        if not en:
            continue
        for name in {fold_name(en), fold_name(fa)}:
            if name in seen:
                raise InvalidInput("feedback.reason_twice", reason=en)
        seen |= {fold_name(en), fold_name(fa)}
        clean.append(Reason(en, fa))
    if not clean:
        raise InvalidInput("feedback.no_reasons")
    if len(clean) > MAX_REASONS:
        raise InvalidInput("feedback.too_many_reasons", limit=MAX_REASONS)
    return tuple(clean)


def parse_reasons(text: str) -> tuple[Reason, ...]:
    """The owner's list as the command line writes it: ``a|b|c``, each ``English=فارسی`` or
    one name for both languages."""
    reasons = []
    for part in text.split("|"):
        en, equals, fa = part.partition("=")
        # "=x" or "x=": one side forgotten, not one name for both (that is written "x").
        if equals and (not _one_line(en) or not _one_line(fa)):
            raise InvalidInput("feedback.reason_half_empty", reason=_one_line(part))
        reasons.append(Reason(en, fa))
    return check_reasons(reasons)


def retire_reasons(
    retired: Sequence[Reason], before: Sequence[Reason], after: Sequence[Reason]
) -> tuple[Reason, ...]:
    """The reasons no longer offered after the owner's list went from ``before`` to
    ``after``: past answers are stored by English name and keep both names through them.
    A name offered again leaves the retired ones; the latest Persian name of one wins."""
    offered = {fold_name(r.en) for r in after}
    kept: dict[str, Reason] = {}
    for reason in (*retired, *before):
        if fold_name(reason.en) not in offered:
            kept[fold_name(reason.en)] = reason
    return tuple(kept.values())


def match_reason(reasons: Sequence[Reason], text: str) -> Reason | None:
    """The reason ``text`` names in either language, whatever keyboard typed it."""
    wanted = fold_name(text)
    for reason in reasons:
        if wanted in (fold_name(reason.en), fold_name(reason.fa)):
            return reason
    return None

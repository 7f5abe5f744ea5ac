"""Two records of one person: how they are found, and what merging them moves.

A member registered twice (a new mobile number, a lost card, a second counter) has two
records and two balances. The rules below only propose pairs; a person decides which record
to keep, and the merge is one operation that the owner can undo the same day.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from loyaltydesk.domain.cards import CardStatus
from loyaltydesk.domain.errors import InvalidInput, Refused
from loyaltydesk.domain.members import Member
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.text import ZWNJ, fold_name

# Ten digits is the national part of an Iranian mobile number (912 345 6789), whatever was
# written before it (0, +98, 0098).
_PHONE_DIGITS = 10
# A group this large (one birthday and name shared by many) is more likely a placeholder
# than one person; its pairs would swamp the list.
MAX_GROUP = 10


# What a `merge` ledger line records as its reason (the other member is its related member);
# shown in words by ui/labels.merge_line_text.
MERGED_INTO = "into"
MERGED_FROM = "from"
MERGE_UNDONE = "undone"


class DuplicateReason(enum.StrEnum):
    PHONE = "same_phone"
    NATIONAL_CODE = "same_national_code"
    NAME_AND_BIRTHDAY = "same_name_and_birthday"


def phone_key(phone: str) -> str | None:
    """The part of a mobile number that two ways of writing it share."""
    digits = "".join(ch for ch in fold_digits(phone) if ch.isdigit())
    return digits[-_PHONE_DIGITS:] if len(digits) >= _PHONE_DIGITS else None


def national_code_key(code: str | None) -> str | None:
    """A national code without its leading zeros (often left off when written)."""
    if not code:
        return None
    digits = "".join(ch for ch in fold_digits(code) if ch.isdigit()).lstrip("0")
    return digits or None


def name_key(name: str) -> str:
    """A name folded (ي/ی, ك/ک, diacritics, digits, case, spacing, ZWNJ) with its words in
    any order: what ``search_terms`` makes of it, sorted."""
    words = "".join(map(_folded_char, name)).replace(ZWNJ, "").split()
    words.sort()
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def _folded_char(ch: str) -> str:
    # Folding works letter by letter, and a club's names use a few hundred letters: folded
    # once each, a 100,000-member club's keys take a fraction of a second, not seconds.
    return fold_name(ch) if not ch.isspace() else " "


def name_birthday_key(name: str, birthday: dt.date | None) -> str | None:
    if birthday is None:
        return None
    key = name_key(name)
    return f"{birthday.isoformat()}|{key}" if key else None


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the duplicate rules look at: one member, as the database lists them."""

    id: int
    name: str
    phone: str
    national_code: str | None
    birthday: dt.date | None


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two members that are probably one person (lower id first), and why."""

    first_id: int
    second_id: int
    reasons: tuple[DuplicateReason, ...]


def pairs_of_groups(
    groups: Iterable[tuple[DuplicateReason, Sequence[int]]],
) -> list[DuplicatePair]:
    """Pairs from groups of members that share a key, each pair once with all its reasons,
    in the order of their first member. A group larger than MAX_GROUP is left out."""
    found: dict[tuple[int, int], set[DuplicateReason]] = {}
    for reason, ids in groups:
        unique = sorted(set(ids))
        if not 2 <= len(unique) <= MAX_GROUP:
            continue
        for i, first in enumerate(unique):
            for second in unique[i + 1 :]:
                found.setdefault((first, second), set()).add(reason)
    order = list(DuplicateReason)
    return [
        DuplicatePair(a, b, tuple(sorted(reasons, key=order.index)))
        for (a, b), reasons in sorted(found.items())
    ]


def group_by_key(
    candidates: Iterable[Candidate], reason: DuplicateReason
) -> list[tuple[DuplicateReason, list[int]]]:
    """Candidates grouped by the key ``reason`` compares (one pass, a dictionary)."""
    groups: dict[str, list[int]] = {}
    for c in candidates:
        if reason is DuplicateReason.PHONE:
            key = phone_key(c.phone)
        elif reason is DuplicateReason.NATIONAL_CODE:
            key = national_code_key(c.national_code)
        else:
            key = name_birthday_key(c.name, c.birthday)
        if key is not None:
            groups.setdefault(key, []).append(c.id)
    return [(reason, ids) for ids in groups.values() if len(ids) > 1]


def reasons_between(a: Candidate, b: Candidate) -> tuple[DuplicateReason, ...]:
    """Why ``a`` and ``b`` look like one person (empty: they do not)."""
    reasons = []
    if phone_key(a.phone) is not None and phone_key(a.phone) == phone_key(b.phone):
        reasons.append(DuplicateReason.PHONE)
    if national_code_key(a.national_code) is not None and national_code_key(
        a.national_code
    ) == national_code_key(b.national_code):
        reasons.append(DuplicateReason.NATIONAL_CODE)
    key = name_birthday_key(a.name, a.birthday)
    if key is not None and key == name_birthday_key(b.name, b.birthday):
        reasons.append(DuplicateReason.NAME_AND_BIRTHDAY)
    return tuple(reasons)


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What merging ``merged`` into ``kept`` moves: its balance and stamps by a pair of
    ledger lines, its cards as alternate codes of the kept member."""

    kept: Member
    merged: Member
    points: int
    stamps: int
    cards: tuple[tuple[int, CardStatus], ...]  # the merged member's cards as they are

    @property
    def kept_balance_after(self) -> int:
        return self.kept.balance + self.points

    @property
    def kept_stamps_after(self) -> int:
        return self.kept.stamps + self.stamps


def plan_merge(
    kept: Member, merged: Member, cards: Sequence[tuple[int, CardStatus]], max_balance: int
) -> MergePlan:
    """Check that ``merged`` may be merged into ``kept`` and say what would move."""
    if kept.id == merged.id:
        raise InvalidInput("merge.same_member")
    for member in (kept, merged):
        if member.merged_into is not None:
            raise Refused("merge.already_merged", member=member.name)
    if abs(kept.balance + merged.balance) > max_balance:
        raise Refused("credit.balance_too_large", limit=max_balance)
    return MergePlan(kept, merged, merged.balance, merged.stamps, tuple(cards))


def card_status_after_merge(status: CardStatus) -> CardStatus:
    """A merged member's card still scans, to the kept member, but is not printed as theirs:
    an active card becomes an alternate code; a replaced one stays replaced."""
    return CardStatus.REPLACED if status is CardStatus.REPLACED else CardStatus.ALTERNATE


def check_undo(
    *,
    merged_at: dt.datetime,
    undone_at: dt.datetime | None,
    day_start: dt.datetime,
    kept: Member,
    points: int,
    stamps: int,
) -> None:
    """Refuse an undo that is too late, done already, or would take back points or stamps
    the kept member no longer has (spent since the merge)."""
    if undone_at is not None:
        raise Refused("merge.already_undone")
    if merged_at < day_start:
        raise Refused("merge.undo_too_late")
    if kept.merged_into is not None:
        raise Refused("merge.kept_merged_since", member=kept.name)
    if points > 0 and kept.balance < points:
        raise Refused("merge.points_spent", points=points, balance=kept.balance)
    if stamps > 0 and kept.stamps < stamps:
        raise Refused("merge.stamps_spent", stamps=stamps, balance=kept.stamps)


@dataclass(frozen=True, slots=True)
class MemberMerge:
    """A merge as it was recorded, and its undo if there was one."""

    id: int
    kept_id: int
    merged_id: int
    at: dt.datetime
    staff: str
    staff_id: int | None
    counter: str
    operation_id: str
    points: int
    stamps: int
    cards: tuple[tuple[int, CardStatus], ...]
    kept_entry_id: int
    merged_entry_id: int
    undone_at: dt.datetime | None = None
    undone_by: str | None = None
    undo_operation_id: str | None = None

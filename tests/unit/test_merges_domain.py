"""The duplicate rules and the merge plan, without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from loyaltydesk.domain.cards import CardStatus
from loyaltydesk.domain.errors import InvalidInput, Refused
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.merges import (
    MAX_GROUP,
    Candidate,
    DuplicateReason,
    card_status_after_merge,
    check_undo,
    group_by_key,
    name_key,
    national_code_key,
    pairs_of_groups,
    phone_key,
    plan_merge,
    reasons_between,
)
from loyaltydesk.i18n.text import search_terms

BORN = dt.date(1991, 8, 12)
NOW = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)


def member(member_id: int, balance: int = 0, merged_into: int | None = None) -> Member:
    return Member(
        member_id, f"M{member_id}", f"+98912000000{member_id}", None, None, None, NOW,
        balance, None, stamps=1, merged_into=merged_into,
    )  # fmt: skip


@pytest.mark.parametrize(
    "written", ["09121234567", "+989121234567", "00989121234567", "۰۹۱۲ ۱۲۳ ۴۵۶۷", "9121234567"]
)
def test_a_mobile_in_any_form_has_one_key(written: str) -> None:
    assert phone_key(written) == "9121234567"


def test_a_national_code_without_its_leading_zeros_is_the_same() -> None:
    assert national_code_key("0012345679") == national_code_key("12345679") == "12345679"
    assert national_code_key(None) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("سارا محمدی", "سارا  محمدي"),
        ("علی‌رضا احمدی", "احمدی علیرضا"),
        ("Sara MOHAMMADI", "mohammadi  sara"),
        ("آرش كريمي", "ارش کریمی"),
        ("Zoë", "zoe"),
    ],
)
def test_names_are_folded_and_their_order_ignored(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("name", ["سارا محمّدي", "  Ali\u00a0REZAEI ", "ـعلـی", "José García"])
def test_the_fast_name_key_is_the_search_folding(name: str) -> None:
    assert name_key(name) == " ".join(sorted(search_terms(name)))


def test_pairs_come_once_with_every_reason() -> None:
    a = Candidate(1, "Sara M", "+989121234567", "0012345679", BORN)
    b = Candidate(2, "sara m", "09121234567", "12345679", BORN)
    c = Candidate(3, "Reza", "+989351112233", None, BORN)
    groups = [g for r in DuplicateReason for g in group_by_key([a, b, c], r)]
    pairs = pairs_of_groups(groups)
    assert [(p.first_id, p.second_id) for p in pairs] == [(1, 2)]
    assert pairs[0].reasons == tuple(DuplicateReason)
    assert reasons_between(a, b) == tuple(DuplicateReason)
    assert reasons_between(a, c) == ()


def test_a_huge_group_is_a_placeholder_not_a_person() -> None:
    ids = list(range(MAX_GROUP + 1))
    assert pairs_of_groups([(DuplicateReason.NAME_AND_BIRTHDAY, ids)]) == []


def test_the_plan_refuses_oneself_and_merged_members() -> None:
    with pytest.raises(InvalidInput):
        plan_merge(member(1), member(1), [], 10**6)
    with pytest.raises(Refused) as merged:
        plan_merge(member(1), member(2, merged_into=3), [], 10**6)
    assert merged.value.code == "merge.already_merged"
    plan = plan_merge(member(1, 100), member(2, -30), [(7, CardStatus.ACTIVE)], 10**6)
    assert (plan.points, plan.kept_balance_after, plan.stamps, plan.kept_stamps_after) == (
        -30,
        70,
        1,
        2,
    )


def test_a_merged_card_scans_but_is_not_printed() -> None:
    assert card_status_after_merge(CardStatus.ACTIVE) is CardStatus.ALTERNATE
    assert card_status_after_merge(CardStatus.ALTERNATE) is CardStatus.ALTERNATE
    assert card_status_after_merge(CardStatus.REPLACED) is CardStatus.REPLACED


def test_an_undo_needs_the_same_day_and_the_points_still_there() -> None:
    day_start = NOW.replace(hour=0)
    ok = {"merged_at": NOW, "undone_at": None, "day_start": day_start, "stamps": 0}
    check_undo(kept=member(1, 100), points=60, **ok)  # type: ignore[arg-type]
    with pytest.raises(Refused) as spent:
        check_undo(kept=member(1, 50), points=60, **ok)  # type: ignore[arg-type]
    assert spent.value.code == "merge.points_spent"
    with pytest.raises(Refused) as late:
        check_undo(
            merged_at=day_start - dt.timedelta(minutes=1), undone_at=None, day_start=day_start,
            kept=member(1, 100), points=60, stamps=0,
        )  # fmt: skip
    assert late.value.code == "merge.undo_too_late"
    # A debt that moved goes back whatever the balance.
    check_undo(kept=member(1, -100), points=-30, **ok)  # type: ignore[arg-type]

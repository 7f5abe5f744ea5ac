"""Numbers a newcomer typed that the core used to take for something else."""

from __future__ import annotations

import pytest

from loyaltydesk.domain.earning import MAX_POINTS_PER_PURCHASE, check_rule
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.money import parse_amount_in, parse_whole_number


def test_a_rule_that_would_overflow_balances_is_refused() -> None:
    with pytest.raises(InvalidInput) as refused:
        check_rule(10, 999_999, 0)  # 999,999 points for every Toman
    assert refused.value.code == "rule.earns_too_much"
    assert refused.value.params["limit"] == MAX_POINTS_PER_PURCHASE
    check_rule(10, 1, 0)  # a point a Toman is odd, but a club may want it


@pytest.mark.parametrize("typed", ["12,5", "1,0000", "۱۲٬۵", "12 5", "85,00"])
def test_separators_not_between_groups_of_three_are_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_whole_number(typed, field="amount")
    assert refused.value.code == "number.bad_grouping"


@pytest.mark.parametrize(
    ("typed", "rials"),
    [("85,000", 850_000), ("۸۵٬۰۰۰", 850_000), ("1 250 000", 12_500_000), ("85000", 850_000)],
)
def test_thousands_grouped_by_three_are_read(typed: str, rials: int) -> None:
    assert parse_amount_in(typed, 10) == rials

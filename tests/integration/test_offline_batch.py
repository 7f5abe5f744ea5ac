"""Purchases an offline counter kept are sent fifty to a transaction, their writes kept and
made a table at a time. Whatever the club's rule, a batch must leave exactly what sending
them one at a time leaves: the same lines, points, stamps, tiers and last visits."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.earning import EarnRule
from loyaltydesk.domain.errors import Refused
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.domain.tiers import Tier, TierBasis, TierPolicy
from loyaltydesk.services.counter import OfflineCredit
from tests.conftest import FakeClock
from tests.integration.helpers import register

TOMAN = 10

# Amounts in Rials, taken a few minutes apart on one shop day; the same for both members.
AMOUNTS = [3_000_000, 12_000_000, 500_000, 9_000_000, 40_000_000, 2_500_000, 7_000_000]


def _plain(rule: EarnRule) -> EarnRule:
    return rule


def _daily_cap(rule: EarnRule) -> EarnRule:
    return dataclasses.replace(rule, daily_cap=150)


def _stamps(rule: EarnRule) -> EarnRule:
    return dataclasses.replace(rule, stamps=StampRule(1_000_000, 2))


def _first_purchase(rule: EarnRule) -> EarnRule:
    return dataclasses.replace(rule, first_purchase_bonus=25)


def _tiers(rule: EarnRule) -> EarnRule:
    policy = TierPolicy(
        tiers=(
            Tier("silver", "Silver", "نقره‌ای", 1_500_000 * TOMAN, 150),
            Tier("gold", "Gold", "طلایی", 6_000_000 * TOMAN, 200),
        ),
        basis=TierBasis.SPEND,
        window_months=12,
        review_months=3,
    )
    return dataclasses.replace(rule, tier_policy=policy)


def _tiers_by_points(rule: EarnRule) -> EarnRule:
    policy = TierPolicy(
        tiers=(
            Tier("silver", "Silver", "نقره‌ای", 150, 150),
            Tier("gold", "Gold", "طلایی", 600, 200),
        ),
        basis=TierBasis.POINTS,
        window_months=12,
        review_months=3,
    )
    return dataclasses.replace(rule, tier_policy=policy)


def _everything(rule: EarnRule) -> EarnRule:
    return _tiers(_first_purchase(_stamps(_daily_cap(rule))))


RULES: dict[str, Callable[[EarnRule], EarnRule]] = {
    "plain": _plain,
    "daily cap": _daily_cap,
    "stamps": _stamps,
    "first purchase": _first_purchase,
    "tiers": _tiers,
    "tiers by points": _tiers_by_points,
    # Four hours apart: the purchases cross into the next shop day, its cap and stamps anew.
    "everything, over two days": _everything,
}


@pytest.mark.parametrize("rule", list(RULES))
def test_a_batch_leaves_what_one_at_a_time_leaves(
    services: Services, clock: FakeClock, rule: str
) -> None:
    if rule != "plain":
        services.rules.save(RULES[rule](services.rules.earn_rule()), actor=services.actor)
    batched = [
        register(services, name="سارا محمدی", phone="09121234567"),
        register(services, name="علی رضایی", phone="09351112233"),
    ]
    alone = [
        register(services, name="مریم احمدی", phone="09123334455"),
        register(services, name="رضا کریمی", phone="09124445566"),
    ]
    # Taken offline after the rule changed, sent after the last of them.
    start = clock() + dt.timedelta(minutes=1)
    step = dt.timedelta(hours=4) if "days" in rule else dt.timedelta(minutes=7)
    clock.advance(hours=30)
    # Each member's purchases in their order, the two members' interleaved as a counter
    # took them; the batch goes in member order, as the sync sends it.
    credits = [
        OfflineCredit(f"b-{n}-{i}", member.id, amount, services.actor, start + n * step)
        for i, member in enumerate(batched)
        for n, amount in enumerate(AMOUNTS)
    ]
    sent = services.counter.send_offline_credits(credits)

    for i, member in enumerate(alone):
        for n, amount in enumerate(AMOUNTS):
            services.counter.credit_purchase(
                f"a-{n}-{i}",
                member.id,
                amount,
                services.actor,
                offline_at=start + n * step,
            )

    for in_batch, one_by_one in zip(batched, alone, strict=True):
        got, want = services.membership.get(in_batch.id), services.membership.get(one_by_one.id)
        assert (got.balance, got.stamps, got.last_visit_at) == (
            want.balance,
            want.stamps,
            want.last_visit_at,
        )
        got_lines = services.membership.statement(in_batch.id).lines
        want_lines = services.membership.statement(one_by_one.id).lines
        assert [(x.points, x.balance_after, x.stamps, x.stamps_after) for x in got_lines] == [
            (x.points, x.balance_after, x.stamps, x.stamps_after) for x in want_lines
        ]
        got_tier = services.membership.panel(in_batch.id).tier
        want_tier = services.membership.panel(one_by_one.id).tier
        assert (got_tier and got_tier.tier) == (want_tier and want_tier.tier)
        if "tiers" in rule or "everything" in rule:  # up twice, the later purchases earn more
            assert want_tier is not None and want_tier.tier is not None
            assert want_tier.tier.code == "gold"
    # What the sync is told is what was written.
    balances = {c.op_id: c.balance for c in sent}
    for member in batched:
        last = services.membership.statement(member.id).lines[-1]
        assert balances[last.operation_id] == services.membership.get(member.id).balance
    assert services.audit.verify(actor=services.actor).ok


def test_the_rule_is_one_that_asks_the_history_where_it_should(
    services: Services, clock: FakeClock
) -> None:
    """The cases above differ from the plain rule: else they would prove nothing."""
    member = register(services)
    services.rules.save(_daily_cap(services.rules.earn_rule()), actor=services.actor)
    at = clock() + dt.timedelta(minutes=1)
    clock.advance(hours=1)
    sent = services.counter.send_offline_credits(
        [OfflineCredit(f"cap-{n}", member.id, 40_000_000, services.actor, at) for n in range(3)]
    )
    assert [c.points for c in sent] == [150, 0, 0]


def test_the_same_receipt_twice_in_one_batch_is_refused_with_nothing_written(
    services: Services, clock: FakeClock
) -> None:
    sara = register(services)
    ali = register(services, name="علی رضایی", phone="09351112233")
    at = clock() - dt.timedelta(hours=1)
    with pytest.raises(Refused) as refused:
        services.counter.send_offline_credits(
            [
                OfflineCredit("r-1", sara.id, 1_000_000, services.actor, at, "R-77"),
                OfflineCredit("r-2", ali.id, 2_000_000, services.actor, at, "R-77"),
            ]
        )
    assert refused.value.code == "receipt.already_credited"
    assert refused.value.params["member"] == sara.name
    assert services.membership.get(sara.id).balance == 0
    assert services.membership.statement(sara.id).lines == ()

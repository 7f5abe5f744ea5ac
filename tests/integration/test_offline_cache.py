"""The counter's read cache is JSON it reads field by field: what it kept comes back equal,
and a row another version wrote (a newer format, an older version's pickle) is forgotten —
the counter then asks the server again — never a crash."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.earning import EarnRule, Promotion, Rounding
from loyaltydesk.domain.staff import ApprovalLimits, CounterPolicy
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.domain.tiers import Tier, TierBasis, TierPolicy
from loyaltydesk.persistence.offline_store import OFFLINE_FILE, SqliteOfflineStore
from tests.integration.helpers import register

AT = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)


def test_a_member_and_the_club_come_back_as_they_were_kept(
    services: Services, tmp_path: Path
) -> None:
    member = register(services)
    services.counter.credit_purchase("cache-1", member.id, 2_500_000, services.actor)
    panel = services.membership.panel(member.id)
    rule, _policy = services.counter.club_basics()
    policy = CounterPolicy(ApprovalLimits(5_000_000, 300), idle_minutes=7, offline_points=80)
    store = SqliteOfflineStore(tmp_path / OFFLINE_FILE)
    try:
        store.remember(panel, AT)
        store.remember_club(rule, policy, AT)
        found = store.recall(member.id)
        assert found is not None and found.panel == panel and found.seen_at == AT
        club = store.club()
        assert club is not None
        assert (club.rule, club.policy, club.seen_at) == (rule, policy, AT)
    finally:
        store.close()


def test_a_rule_with_everything_in_it_comes_back_equal(tmp_path: Path) -> None:
    rule = EarnRule(
        id=7,
        step_rials=50_000,
        points_per_step=3,
        min_purchase_rials=200_000,
        valid_from=AT,
        rounding=Rounding.NEAREST,
        daily_cap=500,
        first_purchase_bonus=20,
        birthday_bonus=50,
        max_multiplier_percent=400,
        promotions=(
            Promotion(
                "Happy hour",
                multiplier_percent=200,
                starts_on=dt.date(2026, 11, 1),
                ends_on=dt.date(2026, 12, 31),
                weekdays=frozenset({3, 4}),
                from_time=dt.time(15, 0),
                until_time=dt.time(18, 0),
            ),
        ),
        tier_policy=TierPolicy(
            (Tier("gold", "Gold", "طلایی", 1_000_000_000, 150),), TierBasis.POINTS, 6, 2
        ),
        expiry_months=12,
        stamps=StampRule(300_000, 2),
        points_enabled=False,
    )
    store = SqliteOfflineStore(tmp_path / OFFLINE_FILE)
    try:
        store.remember_club(rule, CounterPolicy(idle_minutes=None), AT)
        club = store.club()
        assert club is not None and club.rule == rule
        assert club.policy == CounterPolicy(idle_minutes=None)
    finally:
        store.close()


def test_a_cache_row_of_an_unknown_format_is_forgotten_not_a_crash(
    services: Services, tmp_path: Path
) -> None:
    member = register(services)
    panel = services.membership.panel(member.id)
    store = SqliteOfflineStore(tmp_path / OFFLINE_FILE)
    try:
        store.remember(panel, AT)
        card = panel.member.card or ""
        with store._write() as db:  # a later version's row, then an older version's pickle
            db.execute(
                "UPDATE members SET panel = ? WHERE member_id = ?",
                ('{"format": 7, "member": {"id": 1}}', member.id),
            )
            db.execute(
                "INSERT INTO club (key, value) VALUES ('club', ?)",
                (pickle.dumps({"rule": None}),),
            )
        assert store.recall(member.id) is None
        assert store.by_card(card) is None
        assert store.find(panel.member.name, 10) == []
        assert store.club() is None
        store.remember(panel, AT)  # seen online again: kept afresh
        assert store.recall(member.id) is not None
    finally:
        store.close()

"""Property test of points expiry on the real services: whatever members earn, spend,
get refunded and however time passes, expiry never expires a point twice, never one that
was spent, never one before its time, a refund never takes back a point that expired, and
the books stay right."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.tiers import months_back
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock

MONTHS = 2
TOMAN = 10

# One step: maybe earn (points, 1 per 10,000 Toman), maybe redeem a 40-point reward, maybe
# refund the last purchase, then let days pass and run expiry (twice).
step = st.tuples(st.integers(0, 60), st.booleans(), st.booleans(), st.integers(0, 75))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(step, min_size=1, max_size=12))
# Earn, let it expire, refund: once took the expired points back a second time (into debt).
@example([(5, False, False, 70), (0, False, True, 0)])
# Earn, spend most, let the rest expire, refund: the spent points come back, not the rest.
@example([(50, True, False, 70), (0, False, True, 0)])
def test_expiry_never_takes_a_point_twice_nor_a_spent_one(
    steps: list[tuple[int, bool, bool, int]],
) -> None:
    ops = itertools.count()
    clock = FakeClock(dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC))
    with tempfile.TemporaryDirectory() as folder:
        s = build_services(Settings(Path(folder), language="en"), clock=clock)
        try:
            s.rules.add_reward("Free drink", 40, actor=s.actor)
            s.rules.save(replace(s.rules.earn_rule(), expiry_months=MONTHS), actor=s.actor)
            member = s.membership.register(
                "reg", name="Sara", phone="09121234567", actor=s.actor
            ).member
            purchases: list[tuple[int, int]] = []  # purchase id, points earned
            expired = 0
            for points, redeem, refund, days in steps:
                if points:
                    credit = s.counter.credit_purchase(
                        f"op{next(ops)}", member.id, points * 10_000 * TOMAN, s.actor
                    )
                    purchases.append((credit.purchase_id, credit.points_earned))
                if redeem:  # short of points (or owing): refused, nothing changed
                    with contextlib.suppress(DomainError):
                        s.counter.redeem(f"op{next(ops)}", member.id, "Free drink", s.actor)
                if refund and purchases:
                    purchase_id, earned_by_it = purchases.pop()
                    done = s.counter.refund(f"op{next(ops)}", s.actor, purchase_id=purchase_id)
                    # All of it is refunded: what had not expired comes back, nothing more.
                    preview = done.preview
                    assert 0 <= preview.points_expired_before <= earned_by_it
                    assert preview.points_reversed == earned_by_it - preview.points_expired_before
                    if preview.points_expired_before:
                        event("refund after expiry")
                clock.advance(days=days)
                first = s.expiry.run()
                second = s.expiry.run()
                assert second.points_expired == 0  # never twice
                expired += first.points_expired
                if first.points_expired:
                    event("points expired")
                # Never before its time: all that ever expired was earned long enough ago.
                due_by = months_back(clock.now.date(), MONTHS)
                old_enough = sum(
                    ln.points
                    for ln in s.membership.statement(member.id).lines
                    if ln.points > 0
                    and ln.kind is not EntryKind.EXPIRE
                    and ln.effective_at.date() <= due_by
                )
                assert expired <= old_enough
                lines = s.membership.statement(member.id).lines
                assert s.membership.get(member.id).balance == sum(ln.points for ln in lines)
                # A debt only ever comes from points spent on rewards and then refunded:
                # a refund never takes back a point that had expired.
                redeemed = -sum(ln.points for ln in lines if ln.kind is EntryKind.REDEEM)
                assert not lines or lines[-1].balance_after >= -redeemed
                if first.points_expired:
                    # Only points that are there: never a spent one, never into debt.
                    earned = sum(ln.points for ln in lines if ln.points > 0)
                    spent = -sum(
                        ln.points
                        for ln in lines
                        if ln.points < 0 and ln.kind is not EntryKind.EXPIRE
                    )
                    assert expired <= earned - spent
                    assert lines[-1].kind is EntryKind.EXPIRE and lines[-1].balance_after >= 0
            assert s.audit.verify(actor=s.actor).ok
        finally:
            s.close()

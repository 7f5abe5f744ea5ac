"""The anomalies page (issue 14) over a ledger written through the counter, on SQLite and
PostgreSQL: each check fires once on what it looks for, and not on its near miss beside it.

November 2026 in Tehran, the approval limit 10,000,000 Rials, open 10:00–01:00:

- Nov 3: Sara credits Ali five times, Reza refunds all five (Reza: 5 refunds, 6 credits);
  Mina's 2 refunds and 2 voids (Nov 7) are one short of the rule.
- Nov 5: Reza credits 9,500,000, 9,000,000 and 9,999,999 (just under the limit, three times);
  Nov 6: Mina only twice (9,100,000, 9,200,000; 10,000,000 is the limit, 8,999,999 below 90%).
- Nov 12: Bita is credited 12,000,000 and redeems 20 minutes later; Cyrus 31 minutes later.
- Nov 14: Dara gets +30 points with no purchase that day; her −5, and Ali's +20 on a day he
  bought, are not findings.
- Nov 10: Ali credited at counter-1 and counter-2 45 seconds apart; Cyrus 61 seconds apart,
  and twice at one counter 10 seconds apart.
- Nov 15: a credit at 00:30 (still open) and one at 02:00 (closed).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.anomalies import AnomalyKind, OpeningHours
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.report_views import Anomalies, Finding, Page
from tests.cli.conftest import Cli
from tests.conftest import FakeClock
from tests.integration.helpers import op

TEHRAN = ZoneInfo("Asia/Tehran")
LIMIT = 10_000_000
REZA = Actor("Reza", "counter-2")
MINA = Actor("Mina", "counter-3")


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, second, tzinfo=TEHRAN).astimezone(dt.UTC)


class Club:
    def __init__(self, services: Services, clock: FakeClock) -> None:
        self.s, self.clock = services, clock
        self.members = {
            name: services.membership.register(
                op(), name=name, phone=f"0912000000{i}", actor=services.actor
            ).member.id
            for i, name in enumerate(("Ali", "Bita", "Cyrus", "Dara", "Eli"))
        }

    def when(self, moment: dt.datetime) -> Club:
        self.clock.now = moment
        return self

    def credit(self, who: str, rials: int, actor: Actor | None = None) -> int:
        done = self.s.counter.credit_purchase(op(), self.members[who], rials, actor or self.s.actor)
        return done.purchase_id

    def refund(self, purchase: int, actor: Actor, rials: int | None = None) -> None:
        self.s.counter.refund(op(), actor, purchase_id=purchase, amount_rials=rials)

    def redeem(self, who: str, actor: Actor) -> int:
        done = self.s.counter.redeem(op(), self.members[who], "Free drink", actor)
        assert done.entry_id is not None
        return done.entry_id


@pytest.fixture
def club(services: Services, clock: FakeClock) -> Club:
    c = Club(services, clock)
    sara = services.actor
    bought = [c.when(at(3, 12, i)).credit("Ali", 200_000) for i in range(5)]
    for i, purchase in enumerate(bought):
        c.when(at(3, 13, i)).refund(purchase, REZA, 100_000)  # half of each
    for hour, rials in ((11, 9_500_000), (12, 9_000_000), (13, 9_999_999)):
        c.when(at(5, hour)).credit("Ali", rials, REZA)
    mina = [
        c.when(at(6, 11 + i)).credit("Eli", rials, MINA)
        for i, rials in enumerate((9_100_000, 9_200_000, LIMIT, 8_999_999))
    ]
    c.when(at(7, 12)).refund(mina[0], MINA)
    c.when(at(7, 12, 1)).refund(mina[1], MINA)
    for minute in (10, 20):
        entry = c.when(at(7, 12, minute)).redeem("Eli", MINA)
        services.counter.void_redemption(op(), entry, MINA)
    c.when(at(10, 12)).credit("Ali", 300_000, sara)
    c.when(at(10, 12, 0, 45)).credit("Ali", 300_000, REZA)
    c.when(at(10, 14)).credit("Cyrus", 300_000, sara)
    c.when(at(10, 14, 1, 1)).credit("Cyrus", 300_000, REZA)
    c.when(at(10, 15)).credit("Cyrus", 300_000, sara)
    c.when(at(10, 15, 0, 10)).credit("Cyrus", 300_000, sara)
    c.when(at(12, 12)).credit("Bita", 12_000_000, sara)
    c.when(at(12, 12, 20)).redeem("Bita", REZA)
    c.when(at(12, 14)).credit("Cyrus", 12_000_000, sara)
    c.when(at(12, 14, 31)).redeem("Cyrus", REZA)
    c.when(at(14, 12))
    services.counter.adjust(op(), c.members["Dara"], 30, "goodwill", REZA)
    services.counter.adjust(op(), c.members["Dara"], -5, "typo", REZA)
    c.when(at(14, 13)).credit("Ali", 200_000, sara)
    c.when(at(14, 13, 5))
    services.counter.adjust(op(), c.members["Ali"], 20, "birthday cake", sara)
    c.when(at(15, 0, 30)).credit("Bita", 200_000, sara)
    c.when(at(15, 2)).credit("Cyrus", 200_000, REZA)
    clock.now = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)
    return c


def page(services: Services, limit: int | None = LIMIT) -> Anomalies:
    periods = services.reports.custom_periods(dt.date(2026, 11, 1), dt.date(2026, 11, 25))
    report = services.reports.report(
        periods, pages=[Page.ANOMALIES], credit_limit_rials=limit, actor=services.actor
    )
    assert report.anomalies is not None
    return report.anomalies


def one(found: Anomalies, kind: AnomalyKind) -> Finding:
    (finding,) = found.of_kind(kind)
    return finding


def test_each_check_finds_its_case_and_not_the_near_miss(club: Club, services: Services) -> None:
    services.reports.set_opening_hours(OpeningHours(dt.time(10), dt.time(1)), actor=services.actor)
    found = page(services)
    m = club.members

    assert [f.kind for f in found.findings] == list(AnomalyKind)

    refunds = one(found, AnomalyKind.REFUNDS_VOIDS)
    assert (refunds.staff, refunds.counter, refunds.member_id) == ("Reza", "counter-2", None)
    assert dict(refunds.figures) == {"refunds": 5, "voids": 0, "credits": 6}
    # A refund's line shows what was refunded, not the whole purchase.
    assert [(line.kind, line.points, line.amount_rials) for line in refunds.lines] == [
        ("reverse_earn", -1, 100_000)
    ] * 5
    assert refunds.at == at(3, 13).astimezone(TEHRAN)

    near = one(found, AnomalyKind.NEAR_LIMIT)
    assert (near.staff, near.counter, near.lines_total) == ("Reza", "counter-2", 3)
    assert [line.amount_rials for line in near.lines] == [9_500_000, 9_000_000, 9_999_999]
    assert dict(near.figures) == {"credits": 3, "limit_rials": LIMIT, "from_rials": 9_000_000}

    redeemed = one(found, AnomalyKind.REDEEM_AFTER_CREDIT)
    assert (redeemed.staff, redeemed.member_id, redeemed.member_name) == ("Reza", m["Bita"], "Bita")
    assert redeemed.card is not None
    assert dict(redeemed.figures) == {
        "credit_rials": 12_000_000, "large_rials": LIMIT, "minutes": 20, "points": 40,
    }  # fmt: skip
    assert [(line.kind, line.staff, line.at) for line in redeemed.lines] == [
        ("earn", "Sara", at(12, 12).astimezone(TEHRAN)),
        ("redeem", "Reza", at(12, 12, 20).astimezone(TEHRAN)),
    ]

    adjusted = one(found, AnomalyKind.ADJUST_NO_PURCHASE)
    assert (adjusted.member_name, adjusted.staff, dict(adjusted.figures)) == (
        "Dara", "Reza", {"points": 30},
    )  # fmt: skip
    assert [(line.kind, line.points, line.reason) for line in adjusted.lines] == [
        ("adjust", 30, "goodwill")
    ]

    twice = one(found, AnomalyKind.TWO_COUNTERS)
    assert (twice.member_name, twice.staff, twice.counter) == (
        "Ali", "Sara, Reza", "counter-1, counter-2",
    )  # fmt: skip
    assert dict(twice.figures) == {"seconds": 45}
    assert [(line.counter, line.amount_rials) for line in twice.lines] == [
        ("counter-1", 300_000), ("counter-2", 300_000),
    ]  # fmt: skip

    late = one(found, AnomalyKind.OUTSIDE_HOURS)
    assert (late.staff, late.counter, late.member_name) == ("Reza", "counter-2", "Cyrus")
    assert [(line.kind, line.at) for line in late.lines] == [("earn", at(15, 2).astimezone(TEHRAN))]


def test_without_a_limit_or_hours_those_checks_are_skipped(club: Club, services: Services) -> None:
    found = page(services, limit=None)

    assert found.rules.credit_limit_rials is None and found.rules.opening_hours is None
    assert found.of_kind(AnomalyKind.NEAR_LIMIT) == ()
    assert found.of_kind(AnomalyKind.OUTSIDE_HOURS) == ()
    # "Large" is then the period's 95th percentile purchase: the two 12,000,000 credits.
    assert found.large_credit_rials == 12_000_000
    assert [f.member_name for f in found.of_kind(AnomalyKind.REDEEM_AFTER_CREDIT)] == ["Bita"]


def test_changed_hours_count_at_once_and_cleared_hours_skip_the_check(
    club: Club, services: Services
) -> None:
    services.reports.set_opening_hours(OpeningHours(dt.time(10), dt.time(1)), actor=services.actor)
    assert one(page(services), AnomalyKind.OUTSIDE_HOURS).lines_total == 1
    # Closing at midnight puts the 00:30 credit outside too (the report is made again).
    services.reports.set_opening_hours(OpeningHours(dt.time(9), dt.time(0)), actor=services.actor)
    late = page(services).of_kind(AnomalyKind.OUTSIDE_HOURS)
    assert [(f.staff, f.lines[0].at.time()) for f in late] == [
        ("Sara", dt.time(0, 30)), ("Reza", dt.time(2, 0)),
    ]  # fmt: skip
    services.reports.set_opening_hours(None, actor=services.actor)
    assert services.reports.opening_hours() is None
    assert page(services).of_kind(AnomalyKind.OUTSIDE_HOURS) == ()
    with pytest.raises(InvalidInput) as refused:
        services.reports.set_opening_hours(
            OpeningHours(dt.time(10), dt.time(10)), actor=services.actor
        )
    assert refused.value.code == "report.opening_hours_same"


def test_the_command_line_sets_the_hours_and_prints_the_findings(
    club: Club,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "cli"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    cli = Cli(db_url, capsys)
    assert cli.json("report", "opening-hours") == {"opening_hours": None}
    assert cli.json("report", "opening-hours", "--from", "10:00", "--to", "۰۱:۰۰") == {
        "opening_hours": {"from": "10:00", "to": "01:00"}
    }
    assert "10:00" in cli.fails("report", "opening-hours", "--from", "10:00", "--to", "25:00")
    cli.fails("report", "opening-hours", "--from", "10:00")

    data = cli.json(
        "report", "anomalies", "--from", "2026-11-01", "--to", "2026-11-25",
        "--credit-limit", str(LIMIT),
    )  # fmt: skip
    assert data["rules"]["credit_limit_rials"] == LIMIT
    assert data["rules"]["opening_hours"] == {"from": "10:00", "to": "01:00"}
    assert [f["kind"] for f in data["findings"]] == [k.value for k in AnomalyKind]
    late = data["findings"][-1]
    assert late["member"]["name"] == "Cyrus" and late["figures"] == {"entries": 1}
    assert set(late["lines"][0]) == {
        "entry_id", "kind", "points", "amount_rials", "receipt", "at", "staff", "counter",
        "reason",
    }  # fmt: skip
    assert late["lines"][0]["at"] == "2026-11-15T02:00:00+03:30"
    json.dumps(data)

    code, out, err = cli.run("report", "anomalies", "--from", "2026-11-01", "--to", "2026-11-25")
    assert code == 0, err
    assert "Not checked: the approval limit" in out and "Many refunds or voids" in out
    assert cli.json("report", "opening-hours", "--clear") == {"opening_hours": None}

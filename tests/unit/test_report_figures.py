"""What the report figures mean, worked out by hand: periods in both calendars, retention,
churn, lifetime value, RFM segments, the at-risk rule — and the service turning counts into
figures, on a fake port so every number is the one written here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from types import TracebackType
from typing import Any, Self
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.domain.anomalies import AnomalyKind, AnomalyRules
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.reports import (
    Calendar,
    Period,
    Preset,
    ReportOptions,
    Segment,
    churn_rate,
    custom_periods,
    day_number,
    expected_years,
    is_drifting,
    median_gap,
    months_back,
    preset_periods,
    retention_rate,
    segment,
)
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.report_ports import (
    AnomalyFacts,
    AnomalyLine,
    BranchTotal,
    CampaignFigures,
    CohortCounts,
    CustomerCounts,
    HourCell,
    KindTotal,
    MemberFacts,
    MemberFilter,
    MemberPage,
    MemberSet,
    MonthTotal,
    RewardCount,
    RfmCell,
    Scope,
    StaffTotal,
    TierMove,
    TierTotal,
    UnhappyFacts,
    UnhappyPage,
    VoiceCount,
    VoiceMonth,
)
from loyaltydesk.services.report_views import Page
from loyaltydesk.services.reports import ReportCancelled, ReportService

TEHRAN = ZoneInfo("Asia/Tehran")


# -- periods -------------------------------------------------------------------------------


# A club without staff accounts: every actor has the owner's rights (as before accounts).
OWNER = Actor("owner", "test")


def test_this_month_in_the_jalali_calendar_is_compared_with_as_many_days_of_the_last() -> None:
    today = dt.date(2026, 12, 2)  # 11 Azar 1405
    periods = preset_periods(Preset.THIS_MONTH, today, Calendar.JALALI)
    assert periods.current == Period(dt.date(2026, 11, 22), today)  # 1 Azar 1405
    assert periods.previous == Period(dt.date(2026, 10, 23), dt.date(2026, 11, 2))  # 1–11 Aban


def test_last_month_and_this_year_in_the_gregorian_calendar() -> None:
    today = dt.date(2026, 3, 31)
    last = preset_periods(Preset.LAST_MONTH, today, Calendar.GREGORIAN)
    assert last.current == Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert last.previous == Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    year = preset_periods(Preset.THIS_YEAR, today, Calendar.GREGORIAN)
    assert year.current == Period(dt.date(2026, 1, 1), today)
    assert year.previous == Period(dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    # A running month compared with the same days of a shorter one stops at its end.
    march = preset_periods(Preset.THIS_MONTH, today, Calendar.GREGORIAN)
    assert march.previous == Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))


def test_the_season_is_a_quarter_of_the_jalali_year() -> None:
    today = dt.date(2026, 12, 2)  # Azar: the third month of autumn (Mehr, Aban, Azar)
    season = preset_periods(Preset.THIS_SEASON, today, Calendar.JALALI)
    assert season.current.first == dt.date(2026, 9, 23)  # 1 Mehr 1405
    assert season.previous.first == dt.date(2026, 6, 22)  # 1 Tir 1405


def test_the_last_twelve_months_are_a_year_to_today_against_the_year_before() -> None:
    today = dt.date(2026, 12, 2)
    periods = preset_periods(Preset.LAST_12_MONTHS, today, Calendar.GREGORIAN)
    assert periods.current == Period(dt.date(2025, 12, 3), today)  # not "this year"
    assert periods.previous == Period(dt.date(2024, 12, 3), dt.date(2025, 12, 2))
    assert periods.current.days == periods.previous.days == 365
    jalali = preset_periods(Preset.LAST_12_MONTHS, today, Calendar.JALALI)  # 11 Azar 1405
    assert jalali.current.first == dt.date(2025, 12, 3)  # 12 Azar 1404
    # 30 Esfand 1403 exists (a leap year), 30 Esfand 1402 did not: a year back is the 29th.
    assert Calendar.JALALI.year_before(dt.date(2025, 3, 20)) == dt.date(2024, 3, 19)
    assert Calendar.GREGORIAN.year_before(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)


def test_a_custom_period_reversed_or_in_the_future_is_refused_and_one_past_today_is_cut() -> None:
    today = dt.date(2026, 12, 2)
    with pytest.raises(InvalidInput) as reversed_:
        custom_periods(dt.date(2026, 11, 10), dt.date(2026, 11, 1), today)
    assert reversed_.value.code == "report.period_reversed"
    with pytest.raises(InvalidInput) as future:
        custom_periods(dt.date(2026, 12, 3), dt.date(2026, 12, 30), today)
    assert future.value.code == "report.period_future"
    # A future start with no end given (the end is today): not yet started, not "reversed".
    with pytest.raises(InvalidInput) as from_only:
        custom_periods(dt.date(2027, 3, 21), today, today)
    assert from_only.value.code == "report.period_future"
    cut = custom_periods(dt.date(2026, 11, 23), dt.date(2026, 12, 31), today)
    assert cut.current == Period(dt.date(2026, 11, 23), today)
    assert cut.previous == Period(dt.date(2026, 11, 13), dt.date(2026, 11, 22))


def test_months_back_follow_the_calendar() -> None:
    months = months_back(dt.date(2026, 12, 2), 2, Calendar.JALALI)
    assert months == [
        Period(dt.date(2026, 10, 23), dt.date(2026, 11, 21)),  # Aban 1405
        Period(dt.date(2026, 11, 22), dt.date(2026, 12, 2)),  # Azar 1405, to today
    ]


# -- the arithmetic ------------------------------------------------------------------------


def test_retention_worked_example_is_80_percent() -> None:
    assert retention_rate(at_start=100, at_end=90, new=10) == Fraction(80, 100)
    assert retention_rate(at_start=0, at_end=5, new=5) is None


def test_churn_and_expected_years() -> None:
    assert churn_rate(at_start=100, retained=75) == Fraction(1, 4)
    # A quarter of a year's customers lost in the year: a customer stays 4 years.
    assert expected_years(year_at_start=100, year_retained=75) == 4
    assert expected_years(100, 100) == 10  # nobody left: the cap, not infinity
    assert expected_years(0, 0) is None  # nobody to measure by: no lifetime to speak of


def test_median_gap_and_the_drifting_rule() -> None:
    visits = [0, 7, 14, 22]  # gaps 7, 7, 8
    assert median_gap(visits) == 7
    assert median_gap([0, 7, 7, 21]) == Fraction(21, 2)  # a second purchase the same day
    assert median_gap([5]) is None
    options = ReportOptions()
    assert is_drifting(20, Fraction(7), options)  # 20 > 2 × 7
    assert not is_drifting(10, Fraction(7), options)
    assert not is_drifting(14, Fraction(7), options)  # exactly twice is not longer
    assert is_drifting(91, None, options) and not is_drifting(90, None, options)
    assert is_drifting(11, Fraction(7), ReportOptions(risk_factor=Decimal("1.5")))


def test_options_out_of_range_are_refused() -> None:
    for bad in (ReportOptions(active_days=0), ReportOptions(risk_factor=Decimal("0.5"))):
        with pytest.raises(InvalidInput):
            bad.checked()


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ((5, 5, 5), Segment.CHAMPIONS),
        ((4, 3, 3), Segment.LOYAL),
        ((3, 5, 4), Segment.LOYAL),
        ((5, 1, 2), Segment.NEW),
        ((4, 2, 2), Segment.PROMISING),
        ((3, 2, 2), Segment.NEED_ATTENTION),
        ((2, 3, 3), Segment.AT_RISK),
        ((2, 5, 5), Segment.AT_RISK),
        ((1, 5, 4), Segment.CANT_LOSE),
        ((2, 1, 2), Segment.HIBERNATING),
        ((1, 3, 2), Segment.HIBERNATING),
        ((1, 1, 1), Segment.LOST),
    ],
)
def test_rfm_segments(scores: tuple[int, int, int], expected: Segment) -> None:
    assert segment(*scores) is expected


def test_every_score_has_exactly_one_segment() -> None:
    seen = {segment(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)}
    assert seen == set(Segment)


# -- the service on a fake port ------------------------------------------------------------


def _counts(**given: int) -> CustomerCounts:
    fields = dict.fromkeys(CustomerCounts.__dataclass_fields__, 0)
    fields.update(given)
    return CustomerCounts(**fields)


class FakeQueries:
    """Counts written by hand; remembers what it was asked."""

    def __init__(self, now: CustomerCounts, then: CustomerCounts, current_first: int) -> None:
        self.now, self.then, self.current_first = now, then, current_first
        self.calls: list[str] = []
        self.marker_value = (1,)

    def _pick(self, scope: Scope) -> CustomerCounts:
        return self.now if scope.first_day == self.current_first else self.then

    def marker(self) -> tuple[int, ...]:
        return self.marker_value

    def customers(self, scope: Scope) -> CustomerCounts:
        self.calls.append("customers")
        return self._pick(scope)

    def top_spend(self, scope: Scope, count: int) -> int:
        return 400_000 if scope.first_day == self.current_first else 0

    def spend_deciles(self, scope: Scope) -> list[int]:
        return [500, 300, 200]

    def members(self, scope: Scope, which: MemberFilter, limit: int) -> MemberPage:
        row = MemberFacts(7, "Sara", "+989121234567", None, day_number(dt.date(2026, 1, 1)),
                          None, scope.last_day - 3, 4, 2, 400, 7300)  # fmt: skip
        return MemberPage(1, [row][:limit])

    def at_risk(self, scope: Scope, limit: int) -> MemberPage:
        return self.members(scope, MemberFilter(MemberSet.AT_RISK), limit)

    def visit_days(self, scope: Scope, member_ids: Sequence[int]) -> dict[int, list[int]]:
        return {m: [0, 7, 14, 22] for m in member_ids}

    def rfm(self, scope: Scope) -> list[RfmCell]:
        return [RfmCell(5, 5, 5, 2, 600_000), RfmCell(5, 4, 4, 1, 200_000), RfmCell(1, 1, 1, 3, 0)]

    def cohorts(self, scope: Scope, months: Sequence[tuple[int, int]]) -> CohortCounts:
        last = len(months) - 1
        return CohortCounts({last - 1: 4, last: 2}, {(last - 1, last - 1): 4, (last - 1, last): 1})

    def hours(self, scope: Scope) -> list[HourCell]:
        return [HourCell(5, 23, 3, 900)]

    def ledger_totals(self, scope: Scope) -> list[KindTotal]:
        return [KindTotal("earn", 10, 400), KindTotal("redeem", 2, -200),
                KindTotal("restore_redeem", 1, 100), KindTotal("expire", 1, -40)]  # fmt: skip

    def outstanding(self, scope: Scope) -> int:
        return 1234

    def campaign_figures(self, scope: Scope) -> CampaignFigures:
        return CampaignFigures(20, 5, 3, 4_000_000, 600_000, 0)

    def rewards_redeemed(self, scope: Scope) -> list[RewardCount]:
        return [RewardCount(1, "Free meal", "غذای رایگان", 1, 100)]

    def tier_totals(self, scope: Scope) -> list[TierTotal]:
        return [TierTotal(None, 5, 300, 2, 1000)]

    def tier_moves(self, scope: Scope) -> list[TierMove]:
        return []

    def staff(self, scope: Scope) -> list[StaffTotal]:
        return [
            StaffTotal("sara", "c1", "earn", 10, 400, 0),
            StaffTotal("sara", "c1", "adjust", 2, 50, 20),
            StaffTotal("sara", "c1", "redeem", 2, 0, 200),
        ]

    def branches(self, scope: Scope) -> list[BranchTotal]:
        # In no particular order, as the port promises: the service sorts.
        return [
            BranchTotal(None, 1, 500, 5, 0, 1),
            BranchTotal("Vanak", 3, 900, 9, 40, 2),
            BranchTotal("Ekbatan", 1, 100, 1, 0, 1),
        ]

    def months(self, scope: Scope, months: Sequence[tuple[int, int]]) -> list[MonthTotal]:
        return [MonthTotal(len(months) - 1, 3, 5, 1000, 2)]

    def voice_counts(self, scope: Scope) -> list[VoiceCount]:
        if scope.first_day != self.current_first:
            return [VoiceCount("visit", 5, None, 1)]
        return [VoiceCount("visit", 2, "price", 1), VoiceCount("visit", 5, None, 2),
                VoiceCount("why_left", None, "taste", 1)]  # fmt: skip

    def voice_months(self, scope: Scope, months: Sequence[tuple[int, int]]) -> list[VoiceMonth]:
        return [VoiceMonth(len(months) - 1, 3, 12)]

    def unhappy(self, scope: Scope, low: int, limit: int) -> UnhappyPage:
        row = UnhappyFacts(7, "Sara", "+989121234567", 2, "price", scope.last_day - 4)
        return UnhappyPage(1 if scope.first_day == self.current_first else 0, [row][:limit])

    def purchase_percentile(self, scope: Scope, percentile: int) -> int | None:
        return 2_000_000

    def anomalies(
        self, scope: Scope, rules: AnomalyRules, large_credit_rials: int | None
    ) -> list[AnomalyFacts]:
        at = dt.datetime(2026, 11, 20, 19, 0, tzinfo=dt.UTC)
        line = AnomalyLine(41, "adjust", 50, None, None, at, "sara", "c1", 7, "gift")
        return [
            AnomalyFacts(AnomalyKind.ADJUST_NO_PURCHASE, "sara", "c1", 7, "Sara", "6670000000017",
                         at, (("points", 50),), (line,), 1)
        ]  # fmt: skip


class _Empty:
    def in_force(self, at: dt.datetime) -> None:
        return None

    def list(self, *, active_only: bool = True) -> list[Any]:
        return []


class _NoSettings:
    def get(self, key: str) -> None:
        return None


class _NoStaff:
    """A club without staff accounts: every actor has the owner's rights."""

    def any(self) -> bool:
        return False


class FakeUow:
    def __init__(self, queries: FakeQueries) -> None:
        self.reports = queries
        self.rules = _Empty()
        self.rewards = _Empty()
        self.club_settings = _NoSettings()
        self.staff = _NoStaff()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, a: type[BaseException] | None, b: BaseException | None, c: TracebackType | None
    ) -> None:
        return None


NOW = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)


def _service(queries: FakeQueries) -> ReportService:
    return ReportService(lambda *, write: FakeUow(queries), lambda: NOW, TEHRAN)  # type: ignore[arg-type]


def _worked_example() -> tuple[ReportService, FakeQueries, Any]:
    service = ReportService(lambda *, write: None, lambda: NOW, TEHRAN)  # type: ignore[arg-type]
    periods = service.periods(Preset.LAST_MONTH, Calendar.GREGORIAN)
    now = _counts(at_start=100, at_end=90, new=10, new_at_end=10, retained=75, purchasers=50,
                  repeaters=20, purchases=80, spend_rials=800_000, gap_days=150, gap_count=30,
                  members_total=300, new_members=12, year_customers=60,
                  year_spend_rials=6_000_000, year_at_start=80, year_retained=60)  # fmt: skip
    then = _counts(at_start=80, at_end=100, new=30, new_at_end=30, retained=70, purchasers=40,
                   repeaters=10, purchases=50, spend_rials=400_000, members_total=288)  # fmt: skip
    queries = FakeQueries(now, then, periods.current.first_number)
    return _service(queries), queries, periods


def test_the_service_turns_counts_into_the_figures_worked_by_hand() -> None:
    service, _, periods = _worked_example()
    report = service.report(periods, ReportOptions(), Calendar.GREGORIAN, actor=OWNER)
    figures = {f.key: f for f in (*(report.retention or ()), *(report.repeat or ()))}
    assert figures["retention_rate"].current == Decimal("80.00")
    assert figures["retention_rate"].previous == Decimal("87.50")  # (100 − 30) ÷ 80
    assert figures["churn_rate"].current == Decimal("25.00")
    assert figures["lost_customers"].current == 25
    assert figures["repeat_rate"].current == Decimal("40.00")
    assert figures["purchase_frequency"].current == Decimal("1.60")
    assert figures["average_purchase"].current == 10_000
    assert figures["average_days_between_purchases"].current == Decimal("5.0")
    assert figures["average_days_between_purchases"].previous is None  # nobody came twice
    assert figures["purchases"].change_percent == Decimal("60.0")
    # A quarter of the customers of a year ago lost by now: a customer stays 4 years.
    years = 4
    clv = {f.key: f for f in report.clv or ()}
    assert clv["average_clv"].current == round(Fraction(6_000_000, 60) * years)
    assert report.highest_clv is not None and report.highest_clv.rows[0].clv_rials == round(
        7300 * years
    )
    top = {f.key: f for f in report.top or ()}
    assert top["top_customers"].current == 10  # a fifth of 50, rounded up
    assert top["top_share"].current == Decimal("50.00")  # 400,000 of 800,000
    economics = {f.key: f for f in report.economics or ()}
    assert economics["points_issued"].current == 400
    assert economics["points_redeemed"].current == 100  # 200 spent, 100 given back
    assert economics["points_expired"].current == 40
    assert economics["redemption_rate"].current == Decimal("25.00")
    assert economics["breakage_rate"].current == Decimal("10.00")
    assert economics["liability"].current is None  # no reward has a money value
    assert economics["non_member_sales"].current is None
    assert economics["campaign_coupons_used"].current == 5
    assert economics["campaign_members_won_back"].current == 3
    assert economics["campaign_sales"].current == 4_000_000
    assert economics["campaign_cost"].current == 600_000  # discounts; no bonus points given
    segments = {s.segment: s for s in report.rfm or ()}
    assert segments[Segment.CHAMPIONS].members == 3
    assert segments[Segment.CHAMPIONS].sales_share == Decimal("100.00")
    assert segments[Segment.LOST].members == 3
    assert segments[Segment.CHAMPIONS].members_filter.scores == ((5, 4, 4), (5, 5, 5))
    assert report.at_risk is not None and report.at_risk.rows[0].usual_gap_days == 7
    assert report.at_risk.rows[0].days_absent == 3
    assert report.hours is not None and report.hours[5][23] == 3
    assert report.cohorts is not None
    assert [str(s) for s in report.cohorts[-2].shares] == ["100.00", "25.00"]
    assert report.staff is not None and report.staff[0].credits == 10
    # The +50 and −20 adjustments count as given and taken, not as 30 given.
    assert report.staff[0].points_given == 450 and report.staff[0].points_taken == 220
    assert report.staff[0].adjustments == 2
    # Named branches by name, then the lines without one.
    assert [b.branch for b in report.branches or ()] == ["Ekbatan", "Vanak", None]
    assert report.branches is not None and report.branches[1].points_redeemed == 40


def test_the_same_period_is_counted_once_until_the_ledger_changes() -> None:
    service, queries, periods = _worked_example()
    first = service.report(periods, pages=[Page.SUMMARY], actor=OWNER)
    calls = len(queries.calls)
    assert service.report(periods, pages=[Page.SUMMARY], actor=OWNER) is first
    assert len(queries.calls) == calls
    queries.marker_value = (2,)
    assert service.report(periods, pages=[Page.SUMMARY], actor=OWNER) is not first


def test_cancel_stops_between_steps_and_progress_reaches_the_end() -> None:
    service, _, periods = _worked_example()
    with pytest.raises(ReportCancelled):
        service.report(periods, cancelled=lambda: True, actor=OWNER)
    seen: list[tuple[int, int]] = []
    service.report(periods, progress=lambda done, total: seen.append((done, total)), actor=OWNER)
    assert seen[-1][0] == seen[-1][1] and len(seen) > 5


def test_an_empty_club_gives_an_honest_empty_report() -> None:
    service = ReportService(lambda *, write: None, lambda: NOW, TEHRAN)  # type: ignore[arg-type]
    periods = service.periods(Preset.THIS_MONTH, Calendar.JALALI)
    queries = FakeQueries(_counts(), _counts(), periods.current.first_number)
    report = _service(queries).report(periods, calendar=Calendar.JALALI, actor=OWNER)
    assert not report.has_purchases
    rates = {f.key: f for f in report.headline}
    assert rates["retention_rate"].current is None
    assert rates["average_purchase"].current is None
    assert rates["retention_rate"].change_percent is None


def test_a_year_typed_wrong_is_refused_not_reported() -> None:
    with pytest.raises(InvalidInput) as early:
        custom_periods(dt.date(100, 1, 1), dt.date(100, 2, 1), dt.date(2026, 12, 2))
    assert early.value.code == "report.period_too_early"


def test_a_club_younger_than_a_year_takes_its_lifetime_from_the_period() -> None:
    service = ReportService(lambda *, write: None, lambda: NOW, TEHRAN)  # type: ignore[arg-type]
    periods = service.periods(Preset.LAST_MONTH, Calendar.GREGORIAN)
    young = _counts(at_start=10, retained=8, at_end=8, purchasers=8, purchases=8,
                    spend_rials=80_000, year_customers=8, year_spend_rials=80_000)  # fmt: skip
    queries = FakeQueries(young, _counts(), periods.current.first_number)
    report = _service(queries).report(periods, pages=[Page.CLV], actor=OWNER)
    clv = {f.key: f for f in report.clv or ()}
    # Nobody a year back; November lost 2 of 10: (30/365) / 0.2 = 0.41 years.
    assert clv["expected_years"].current == Decimal("0.4")
    assert clv["average_clv"].current == round(
        Fraction(10_000) * Fraction(30, 365) / Fraction(1, 5)
    )


def test_campaign_cost_keeps_the_discounts_when_points_have_no_value() -> None:
    """Issue 13 (8): bonus points with no point value made the whole cost "—"; the money
    the coupons took off is still shown and the unvalued points are said apart."""
    service, queries, periods = _worked_example()
    queries.campaign_figures = lambda scope: CampaignFigures(20, 5, 3, 4_000_000, 600_000, 200)  # type: ignore[method-assign]
    report = service.report(periods, ReportOptions(), Calendar.GREGORIAN, actor=OWNER)
    economics = {f.key: f for f in report.economics or ()}
    assert economics["campaign_cost"].current == 600_000
    assert economics["campaign_points_unvalued"].current == 200

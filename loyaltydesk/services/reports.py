"""The owner's reports: periods in the shop's calendar, counts from SQL (ReportQueries),
figures from the counts (domain/reports), frozen read models out (report_views).

A report is kept until anything it counts changes (the queries' marker), so switching
pages or coming back to a period costs nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

from loyaltydesk.domain.anomalies import OPENING_HOURS_KEY, AnomalyRules, OpeningHours
from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.feedback import LOW_SCORE, Reason
from loyaltydesk.domain.reports import (
    COHORT_MONTHS,
    EARLIEST_DAY,
    TOP_SHARE,
    TREND_MONTHS,
    Calendar,
    Period,
    Periods,
    Preset,
    ReportOptions,
    Segment,
    churn_rate,
    custom_periods,
    day_of,
    expected_years,
    expected_years_in_period,
    median_gap,
    months_back,
    percent,
    preset_periods,
    ratio,
    retention_rate,
    rials,
    segment,
    to_decimal,
)
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.domain.tiers import TierPolicy
from loyaltydesk.services.common import run_write
from loyaltydesk.services.feedback import known_reasons_of
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.report_anomalies import anomalies, opening_hours
from loyaltydesk.services.report_ports import (
    CampaignFigures,
    CustomerCounts,
    MemberFacts,
    MemberFilter,
    MemberPage,
    MemberSet,
    ReportQueries,
    Scope,
    ShopClock,
    TierTotal,
    ZoneShift,
)
from loyaltydesk.services.report_views import (
    Anomalies,
    BranchLine,
    CohortLine,
    Figure,
    MemberLine,
    MemberList,
    MonthLine,
    Page,
    Report,
    RewardLine,
    SegmentLine,
    StaffLine,
    TierLine,
    UnhappyLine,
    Unit,
    Voice,
)
from loyaltydesk.services.report_voice import unhappy_lines, voice
from loyaltydesk.services.rules import value_per_point
from loyaltydesk.services.staff import permit, policy_in, record

ALL_PAGES = frozenset(Page)
DEFAULT_OPTIONS = ReportOptions()
LIST_LIMIT = 1000  # rows a list shows (and exports); the total is always given
Progress = Callable[[int, int], None]


class ReportCancelled(Exception):
    """The owner pressed Cancel; nothing was changed."""


@dataclass(frozen=True, slots=True)
class _Key:
    periods: Periods
    options: ReportOptions
    calendar: Calendar
    pages: frozenset[Page]
    # The anomalies page's rules: the credit limit asked with, the opening hours stored.
    rules: AnomalyRules | None = None


class ReportService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone
        self._cache: dict[_Key, tuple[tuple[int, ...], Report]] = {}
        self._lock = threading.Lock()

    # -- periods ---------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._clock().astimezone(self._zone).date()

    def periods(self, preset: Preset, calendar: Calendar) -> Periods:
        return preset_periods(preset, self.today(), calendar)

    def custom_periods(self, first: dt.date, last: dt.date) -> Periods:
        return custom_periods(first, last, self.today())

    # -- the report ------------------------------------------------------------------------

    def report(
        self,
        periods: Periods,
        options: ReportOptions = DEFAULT_OPTIONS,
        calendar: Calendar = Calendar.GREGORIAN,
        pages: Iterable[Page] = ALL_PAGES,
        *,
        actor: Actor,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        credit_limit_rials: int | None = None,
    ) -> Report:
        """Every figure of ``pages`` for the period, each beside the previous period's.
        Raises ReportCancelled when ``cancelled`` says so between two steps.

        ``credit_limit_rials`` is the "a credit above this needs a manager" amount the
        anomalies page checks credits against; None: the owner's counter policy (where that
        has no limit either, the check is skipped)."""
        options = options.checked()
        key = _Key(periods, options, calendar, frozenset(pages) | {Page.SUMMARY})
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.REPORTS)
            if Page.ANOMALIES in key.pages:
                # Read with the report: the opening hours may change between two reports
                # while the ledger does not, and the cache must not miss it.
                limit = (
                    credit_limit_rials
                    if credit_limit_rials is not None
                    else policy_in(uow).limits.credit_rials
                )
                rules = AnomalyRules(limit, opening_hours(uow)).checked()
                key = _Key(key.periods, key.options, key.calendar, key.pages, rules)
            marker = uow.reports.marker()
            with self._lock:
                cached = self._cache.get(key)
            if cached is not None and cached[0] == marker:
                return cached[1]
            rule = uow.rules.in_force(self._clock())
            build = _Build(
                uow.reports,
                self._shop_clock(periods),
                periods,
                options,
                calendar,
                key.pages,
                rule.tier_policy if rule else TierPolicy(),
                value_per_point(uow.rewards.list()),
                known_reasons_of(uow) if Page.VOICE in key.pages else (),
                key.rules,
                self._zone,
            )
            steps = build.steps()
            for done, step in enumerate(steps):
                if cancelled is not None and cancelled():
                    raise ReportCancelled()
                if progress is not None:
                    progress(done, len(steps))
                step()
            if progress is not None:
                progress(len(steps), len(steps))
            report = build.result(self._clock())
        with self._lock:
            self._cache[key] = (marker, report)
        return report

    def members(
        self,
        periods: Periods,
        which: MemberFilter,
        options: ReportOptions = DEFAULT_OPTIONS,
        limit: int = LIST_LIMIT,
        *,
        actor: Actor,
    ) -> MemberList:
        """The members behind a figure, most valuable first."""
        options = options.checked()
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.REPORTS)
            rule = uow.rules.in_force(self._clock())
            build = _Build(
                uow.reports,
                self._shop_clock(periods),
                periods,
                options,
                Calendar.GREGORIAN,
                set(),
                rule.tier_policy if rule else TierPolicy(),
                None,
            )
            build.expected_years()  # a list's lifetime values need this period's churn only
            return build.member_list(which, limit)

    def unhappy(
        self,
        periods: Periods,
        options: ReportOptions = DEFAULT_OPTIONS,
        limit: int = LIST_LIMIT,
        *,
        actor: Actor,
    ) -> tuple[int, tuple[UnhappyLine, ...]]:
        """The voice page's call list with up to ``limit`` rows, and how many there are."""
        options = options.checked()
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.REPORTS)
            scope = Scope(
                periods.current.first_number,
                periods.current.last_number,
                options.active_days,
                options.risk_factor_percent,
                self._shop_clock(periods),
            )
            page = uow.reports.unhappy(scope, LOW_SCORE, limit)
            return page.total, unhappy_lines(page, scope.last_day, known_reasons_of(uow))

    # -- the opening hours (the anomalies page's setting) ---------------------------------

    def opening_hours(self) -> OpeningHours | None:
        with self._uow(write=False) as uow:
            return opening_hours(uow)

    def set_opening_hours(self, hours: OpeningHours | None, actor: Actor) -> None:
        """One from–to for every day (shop time), kept for the whole club; None: not set,
        and the anomalies page skips its outside-hours check."""
        checked = hours.checked() if hours is not None else None

        def work(uow: UnitOfWork) -> None:
            permit(uow, actor, Permission.SETTINGS)
            before = opening_hours(uow)
            # "null" rather than a deleted row: the settings store only puts.
            uow.club_settings.put(OPENING_HOURS_KEY, checked.to_json() if checked else "null")
            record(
                uow,
                actor,
                self._clock(),
                AuditKind.SETTINGS,
                OPENING_HOURS_KEY,
                before={"hours": before.to_json() if before else None},
                after={"hours": checked.to_json() if checked else None},
            )
            uow.commit()

        run_write(self._uow, work)

    def _shop_clock(self, periods: Periods) -> ShopClock:
        return self.shop_clock_until(periods.current.last)

    def shop_clock_until(self, last: dt.date) -> ShopClock:
        """The zone's UTC offsets from long before ``last`` (visits before it count) to
        the day after it, as the SQL needs them (the win-back campaign uses it too)."""
        start = dt.datetime.combine(EARLIEST_DAY, dt.time(), self._zone)
        end = dt.datetime.combine(last + dt.timedelta(days=2), dt.time(), self._zone)
        shifts: list[ZoneShift] = []
        at = start.astimezone(dt.UTC)
        step = dt.timedelta(hours=6)
        while at < end:
            offset = _offset(at, self._zone)
            if not shifts or shifts[-1].seconds != offset:
                # Find the exact instant of the change within the last step.
                low = at - step if shifts else at
                while shifts and low < at and _offset(low, self._zone) != offset:
                    low += dt.timedelta(minutes=15)
                shifts.append(ZoneShift(low, offset))
            at += step
        return ShopClock(tuple(shifts))


def _offset(at: dt.datetime, zone: ZoneInfo) -> int:
    shift = at.astimezone(zone).utcoffset()
    return int(shift.total_seconds()) if shift is not None else 0


class _Build:
    """One report being put together, step by step (so Cancel and the progress bar work)."""

    def __init__(
        self,
        queries: ReportQueries,
        clock: ShopClock,
        periods: Periods,
        options: ReportOptions,
        calendar: Calendar,
        pages: Iterable[Page],
        tier_policy: TierPolicy,
        per_point: Fraction | None,
        reasons: Sequence[Reason] = (),
        rules: AnomalyRules | None = None,
        zone: ZoneInfo | None = None,
    ) -> None:
        self.q = queries
        self.rules = rules
        self.zone = zone
        self.reasons = tuple(reasons)
        self.periods = periods
        self.options = options
        self.calendar = calendar
        self.pages = frozenset(pages)
        self.tier_policy = tier_policy
        self.per_point = per_point
        self.scope = self._scope(periods.current.first_number, periods.current.last_number, clock)
        self.before = self._scope(
            periods.previous.first_number, periods.previous.last_number, clock
        )
        self.years: Fraction | None = None
        # What the steps produce; a page not asked for keeps its empty value.
        self.retention: tuple[Figure, ...] = ()
        self.repeat: tuple[Figure, ...] = ()
        self.clv_figures: tuple[Figure, ...] | None = None
        self.clv_tiers: tuple[TierLine, ...] | None = None
        self.highest_clv: MemberList | None = None
        self.tier_totals: list[TierTotal] | None = None
        self.top_figures: tuple[Figure, ...] | None = None
        self.top_members: MemberList | None = None
        self.deciles: tuple[Decimal, ...] | None = None
        self.at_risk_list: MemberList | None = None
        self.at_risk_figure: Figure | None = None
        self.segments: tuple[SegmentLine, ...] | None = None
        self.cohort_lines: tuple[CohortLine, ...] | None = None
        self.hour_grid: tuple[tuple[int, ...], ...] | None = None
        self.trend_lines: tuple[MonthLine, ...] = ()
        self.economy: tuple[Figure, ...] | None = None
        self.reward_lines: tuple[RewardLine, ...] | None = None
        self.tier_lines: tuple[TierLine, ...] | None = None
        self.staff_lines: tuple[StaffLine, ...] | None = None
        self.branch_lines: tuple[BranchLine, ...] | None = None
        self.voice_page: Voice | None = None
        self.anomalies_page: Anomalies | None = None

    def _scope(self, first: int, last: int, clock: ShopClock) -> Scope:
        return Scope(first, last, self.options.active_days, self.options.risk_factor_percent, clock)

    def steps(self) -> list[Callable[[], None]]:
        """The counting steps the pages asked for need, in order (customers first: the
        others read its counts). The summary's tiles draw on several pages' figures."""
        p = Page
        needs: tuple[tuple[Callable[[], None], set[Page]], ...] = (
            (self.top, {p.SUMMARY, p.TOP}),
            (self.trend, {p.SUMMARY}),
            (self.clv, {p.SUMMARY, p.CLV, p.TIERS}),
            (self.at_risk, {p.SUMMARY, p.AT_RISK}),
            (self.rfm, {p.RFM}),
            (self.cohorts, {p.COHORTS}),
            (self.hours, {p.HOURS}),
            (self.economics, {p.SUMMARY, p.ECONOMICS}),
            (self.tiers, {p.TIERS}),
            (self.staff, {p.STAFF}),
            (self.branches, {p.BRANCHES}),
            (self.voice, {p.VOICE}),
            (self.anomalies, {p.ANOMALIES}),
        )
        return [self.customers] + [step for step, pages in needs if pages & self.pages]

    # -- customers, retention, repeat --------------------------------------------------

    def expected_years(self) -> None:
        now = self.q.customers(self.scope)
        # A club younger than a year had nobody a year back: its own period's churn then.
        self.years = expected_years(
            now.year_at_start, now.year_retained
        ) or expected_years_in_period(now.at_start, now.retained, self.periods.current.days)

    def customers(self) -> None:
        now, then = self.q.customers(self.scope), self.q.customers(self.before)
        self.now, self.then = now, then
        self.expected_years()

        def fig(
            key: str, unit: Unit, value: Callable[[CustomerCounts], Exact], which: MemberSet | None
        ) -> Figure:
            return figure(
                key, unit, value(now), value(then), MemberFilter(which) if which else None
            )

        self.retention = (
            fig("customers_at_start", Unit.COUNT, lambda c: c.at_start, MemberSet.AT_START),
            fig("customers_at_end", Unit.COUNT, lambda c: c.at_end, MemberSet.AT_END),
            fig("new_customers", Unit.COUNT, lambda c: c.new, MemberSet.NEW),
            fig("retained_customers", Unit.COUNT, lambda c: c.retained, MemberSet.RETAINED),
            fig("lost_customers", Unit.COUNT, lambda c: c.at_start - c.retained,
                MemberSet.CHURNED),
            fig("retention_rate", Unit.PERCENT,
                lambda c: retention_rate(c.at_start, c.at_end, c.new_at_end), MemberSet.RETAINED),
            fig("churn_rate", Unit.PERCENT, lambda c: churn_rate(c.at_start, c.retained),
                MemberSet.CHURNED),
        )  # fmt: skip
        self.repeat = (
            fig("purchasers", Unit.COUNT, lambda c: c.purchasers, MemberSet.PURCHASERS),
            fig("repeat_customers", Unit.COUNT, lambda c: c.repeaters, MemberSet.REPEATERS),
            fig("repeat_rate", Unit.PERCENT, lambda c: ratio(c.repeaters, c.purchasers),
                MemberSet.REPEATERS),
            fig("purchases", Unit.COUNT, lambda c: c.purchases, MemberSet.PURCHASERS),
            fig("purchase_frequency", Unit.NUMBER, lambda c: ratio(c.purchases, c.purchasers),
                MemberSet.PURCHASERS),
            fig("average_purchase", Unit.RIALS, lambda c: ratio(c.spend_rials, c.purchases),
                None),
            fig("average_days_between_purchases", Unit.DAYS,
                lambda c: ratio(c.gap_days, c.gap_count), MemberSet.REPEATERS),
            fig("member_sales", Unit.RIALS, lambda c: c.spend_rials, MemberSet.PURCHASERS),
        )  # fmt: skip

    # -- lifetime value ------------------------------------------------------------------

    def _clv(self, year_spend: int) -> int | None:
        return None if self.years is None else rials(year_spend * self.years)

    def _average_clv(self, customers: int, spend: int) -> int | None:
        return rials(_average_clv(customers, spend, self.years))

    def clv(self) -> None:
        now, then = self.now, self.then
        before_years = expected_years(
            then.year_at_start, then.year_retained
        ) or expected_years_in_period(then.at_start, then.retained, self.periods.previous.days)
        everyone = MemberFilter(MemberSet.HIGHEST_CLV)
        self.clv_figures = (
            figure("expected_years", Unit.YEARS, self.years, before_years),
            figure("average_clv", Unit.RIALS,
                   _average_clv(now.year_customers, now.year_spend_rials, self.years),
                   _average_clv(then.year_customers, then.year_spend_rials, before_years),
                   everyone),
            figure("year_customers", Unit.COUNT, now.year_customers, then.year_customers,
                   everyone),
        )  # fmt: skip
        self.tier_totals = self.q.tier_totals(self.scope)
        self.clv_tiers = tuple(
            self._tier_line(total.code, total.members, 0, 0, total.spend_rials,
                            self._average_clv(total.year_customers, total.year_spend_rials))
            for total in self._tier_order(self.tier_totals)
        )  # fmt: skip
        self.highest_clv = self.member_list(MemberFilter(MemberSet.HIGHEST_CLV), LIST_LIMIT)

    def _tier_order(self, totals: Sequence[TierTotal]) -> list[TierTotal]:
        def rank(total: TierTotal) -> tuple[int, str]:
            return (self.tier_policy.rank(total.code), total.code or "")

        return sorted(totals, key=rank, reverse=True)

    def _tier_line(
        self,
        code: str | None,
        members: int,
        up: int,
        down: int,
        spend: int,
        average_clv: int | None,
    ) -> TierLine:
        tier = self.tier_policy.by_code(code)
        return TierLine(
            code=code,
            name=tier.name if tier else "",
            name_fa=tier.name_fa if tier else None,
            members=members,
            moved_up=up,
            moved_down=down,
            spend_rials=spend,
            average_clv_rials=average_clv,
            members_filter=MemberFilter(MemberSet.TIER, tier=code or ""),
        )

    # -- best customers --------------------------------------------------------------------

    def top(self) -> None:
        def top_of(scope: Scope, purchasers: int) -> tuple[int, int]:
            count = math.ceil(purchasers * TOP_SHARE)
            return count, self.q.top_spend(scope, count) if count else 0

        count_now, spend_now = top_of(self.scope, self.now.purchasers)
        count_then, spend_then = top_of(self.before, self.then.purchasers)
        top = MemberFilter(MemberSet.TOP, count=count_now)
        self.top_figures = (
            figure("top_customers", Unit.COUNT, count_now, count_then, top),
            figure("top_spend", Unit.RIALS, spend_now, spend_then, top),
            figure("top_share", Unit.PERCENT, ratio(spend_now, self.now.spend_rials),
                   ratio(spend_then, self.then.spend_rials), top),
        )  # fmt: skip
        # The list shows LIST_LIMIT rows like every other (a fifth of a big club is a lot).
        self.top_members = self.member_list(
            MemberFilter(MemberSet.TOP, count=count_now), min(count_now, LIST_LIMIT)
        )
        total = self.now.spend_rials
        self.deciles = tuple(
            percent(ratio(spend, total)) or Decimal(0) for spend in self.q.spend_deciles(self.scope)
        )

    # -- drifting away ---------------------------------------------------------------------

    def at_risk(self) -> None:
        page = self.q.at_risk(self.scope, LIST_LIMIT)
        before = self.q.at_risk(self.before, 0)
        self.at_risk_list = self._member_list(MemberFilter(MemberSet.AT_RISK), page)
        self.at_risk_figure = figure(
            "at_risk", Unit.COUNT, page.total, before.total, MemberFilter(MemberSet.AT_RISK)
        )

    # -- members behind a figure -----------------------------------------------------------

    def member_list(self, which: MemberFilter, limit: int) -> MemberList:
        if which.which is MemberSet.AT_RISK:
            return self._member_list(which, self.q.at_risk(self.scope, limit))
        return self._member_list(which, self.q.members(self.scope, which, limit))

    def _member_list(self, which: MemberFilter, page: MemberPage) -> MemberList:
        # Every list shows each member's usual gap: a regular's rhythm matters on any list.
        days = self.q.visit_days(self.scope, [m.id for m in page.rows])
        return MemberList(
            which, page.total, tuple(self._line(m, days.get(m.id)) for m in page.rows)
        )

    def _line(self, m: MemberFacts, visit_days: list[int] | None) -> MemberLine:
        gap = median_gap(visit_days) if visit_days is not None else None
        absent = None
        if m.last_visit_day is not None:
            absent = self.scope.last_day - m.last_visit_day
        return MemberLine(
            id=m.id,
            name=m.name,
            phone=m.phone,
            tier_code=m.tier_code,
            joined_on=day_of(m.joined_day),
            last_visit=day_of(m.last_visit_day) if m.last_visit_day is not None else None,
            visits=m.visits,
            purchases=m.purchases,
            spend_rials=m.spend_rials,
            year_spend_rials=m.year_spend_rials,
            clv_rials=self._clv(m.year_spend_rials),
            usual_gap_days=to_decimal(gap, "0.1") if gap is not None else None,
            days_absent=absent,
        )

    # -- segments, cohorts, hours ----------------------------------------------------------

    def rfm(self) -> None:
        members: dict[Segment, int] = dict.fromkeys(Segment, 0)
        spend: dict[Segment, int] = dict.fromkeys(Segment, 0)
        scores: dict[Segment, list[tuple[int, int, int]]] = {s: [] for s in Segment}
        for cell in self.q.rfm(self.scope):
            name = segment(cell.recency, cell.frequency, cell.money)
            members[name] += cell.members
            spend[name] += cell.spend_rials
            scores[name].append((cell.recency, cell.frequency, cell.money))
        total = self.now.spend_rials
        self.segments = tuple(
            SegmentLine(
                segment=name,
                members=members[name],
                spend_rials=spend[name],
                sales_share=percent(ratio(spend[name], total)),
                members_filter=MemberFilter(MemberSet.SEGMENT, scores=tuple(sorted(scores[name]))),
            )
            for name in Segment
        )

    def _months(self, count: int) -> list[tuple[int, int]]:
        return [
            (p.first_number, p.last_number)
            for p in months_back(self.periods.current.last, count, self.calendar)
        ]

    def cohorts(self) -> None:
        months = self._months(COHORT_MONTHS)
        counts = self.q.cohorts(self.scope, months)
        lines = []
        for i, (first, last) in enumerate(months):
            size = counts.sizes.get(i, 0)
            shares = tuple(
                percent(ratio(counts.active.get((i, j), 0), size)) for j in range(i, len(months))
            )
            lines.append(
                CohortLine(
                    month=_period(first, last),
                    size=size,
                    shares=shares,
                    members_filter=MemberFilter(MemberSet.COHORT, month=(first, last)),
                )
            )
        self.cohort_lines = tuple(lines)

    def hours(self) -> None:
        grid = [[0] * 24 for _ in range(7)]
        for cell in self.q.hours(self.scope):
            grid[cell.weekday][cell.hour] += cell.purchases
        self.hour_grid = tuple(tuple(row) for row in grid)

    def trend(self) -> None:
        months = self._months(TREND_MONTHS)
        by_index = {t.index: t for t in self.q.months(self.scope, months)}
        self.trend_lines = tuple(
            MonthLine(
                month=_period(first, last),
                purchasers=by_index[i].purchasers if i in by_index else 0,
                purchases=by_index[i].purchases if i in by_index else 0,
                spend_rials=by_index[i].spend_rials if i in by_index else 0,
                new_members=by_index[i].new_members if i in by_index else 0,
            )
            for i, (first, last) in enumerate(months)
        )

    # -- the club's economics, tiers, staff ------------------------------------------------

    def _campaign_figures(self) -> tuple[Figure, ...]:
        """What the retention campaigns did: coupons, members won back, the sales their
        coupons brought and what they cost (discounts plus the bonus points' money value)."""
        now, then = self.q.campaign_figures(self.scope), self.q.campaign_figures(self.before)
        per_point = self.per_point

        def cost(f: CampaignFigures) -> Fraction | int:
            # With no point value known the discounts still count: the points are said
            # apart (campaign_points_unvalued), never made to hide the money given.
            if per_point is None:
                return f.discount_rials
            return f.discount_rials + f.bonus_points * per_point

        def unvalued(f: CampaignFigures) -> int:
            return f.bonus_points if per_point is None else 0

        return (
            figure("campaign_coupons_issued", Unit.COUNT, now.coupons_issued, then.coupons_issued),
            figure("campaign_coupons_used", Unit.COUNT, now.coupons_used, then.coupons_used),
            figure("campaign_members_won_back", Unit.COUNT, now.members_won_back,
                   then.members_won_back),
            figure("campaign_sales", Unit.RIALS, now.sales_rials, then.sales_rials),
            figure("campaign_bonus_points", Unit.POINTS, now.bonus_points, then.bonus_points),
            figure("campaign_cost", Unit.RIALS, cost(now), cost(then)),
            figure("campaign_points_unvalued", Unit.POINTS, unvalued(now), unvalued(then)),
        )  # fmt: skip

    def economics(self) -> None:
        def points(scope: Scope) -> dict[str, int]:
            totals = {t.kind: t.points for t in self.q.ledger_totals(scope)}
            issued = sum(totals.get(k, 0) for k in ("earn", "reverse_earn", "bonus"))
            redeemed = -sum(totals.get(k, 0) for k in ("redeem", "restore_redeem"))
            expired = -totals.get("expire", 0)
            return {
                "issued": issued,
                "redeemed": redeemed,
                "expired": expired,
                "adjusted": totals.get("adjust", 0),
                "opening": totals.get("opening", 0),
                "outstanding": self.q.outstanding(scope),
            }

        now, then = points(self.scope), points(self.before)
        per_point = self.per_point

        def money(p: dict[str, int]) -> Fraction | None:
            return None if per_point is None else p["outstanding"] * per_point

        def pts(key: str, name: str) -> Figure:
            return figure(key, Unit.POINTS, now[name], then[name])

        c, b = self.now, self.then
        self.economy = (
            figure("members_total", Unit.COUNT, c.members_total, b.members_total),
            figure("new_members", Unit.COUNT, c.new_members, b.new_members,
                   MemberFilter(MemberSet.NEW_MEMBERS)),
            figure("active_members", Unit.COUNT, c.at_end, b.at_end,
                   MemberFilter(MemberSet.AT_END)),
            pts("points_issued", "issued"),
            pts("points_redeemed", "redeemed"),
            pts("points_expired", "expired"),
            pts("points_adjusted", "adjusted"),
            # Balances carried over from paper cards: without them the books do not add up.
            pts("points_opening", "opening"),
            pts("points_outstanding", "outstanding"),
            figure("liability", Unit.RIALS, money(now), money(then)),
            figure("redemption_rate", Unit.PERCENT, ratio(now["redeemed"], now["issued"]),
                   ratio(then["redeemed"], then["issued"])),
            figure("breakage_rate", Unit.PERCENT, ratio(now["expired"], now["issued"]),
                   ratio(then["expired"], then["issued"])),
            figure("member_sales", Unit.RIALS, c.spend_rials, b.spend_rials,
                   MemberFilter(MemberSet.PURCHASERS)),
            # Sales to people who are not members reach us only when a POS reports them.
            figure("non_member_sales", Unit.RIALS, None, None),
            *self._campaign_figures(),
        )  # fmt: skip
        self.reward_lines = tuple(
            RewardLine(r.reward_id, r.name, r.name_fa, r.redeemed, r.points)
            for r in sorted(
                self.q.rewards_redeemed(self.scope), key=lambda r: (-r.redeemed, r.name)
            )
        )

    def tiers(self) -> None:
        moves: dict[str | None, list[int]] = {}
        for move in self.q.tier_moves(self.scope):
            up = self.tier_policy.rank(move.to_code) > self.tier_policy.rank(move.from_code)
            counts = moves.setdefault(move.to_code, [0, 0])
            counts[0 if up else 1] += move.members
        totals = {t.code: t for t in self.tier_totals or self.q.tier_totals(self.scope)}
        codes = set(totals) | set(moves) | {t.code for t in self.tier_policy.tiers}
        lines = []
        for code in sorted(codes, key=lambda c: (self.tier_policy.rank(c), c or ""), reverse=True):
            total = totals.get(code)
            ups, downs = moves.get(code, [0, 0])
            lines.append(
                self._tier_line(
                    code,
                    total.members if total else 0,
                    ups,
                    downs,
                    total.spend_rials if total else 0,
                    self._average_clv(total.year_customers, total.year_spend_rials)
                    if total
                    else None,
                )
            )
        self.tier_lines = tuple(lines)

    def staff(self) -> None:
        rows: dict[tuple[str, str], dict[str, int]] = {}
        for total in self.q.staff(self.scope):
            row = rows.setdefault((total.staff, total.counter), {"given": 0, "taken": 0})
            row[total.kind] = row.get(total.kind, 0) + total.entries
            # Given and taken apart: an owner's +50 and −20 adjustments are not "+30 given".
            row["given"] += total.points_given
            row["taken"] += total.points_taken
        self.staff_lines = tuple(
            StaffLine(
                staff=staff,
                counter=counter,
                credits=row.get("earn", 0),
                redemptions=row.get("redeem", 0),
                refunds=row.get("reverse_earn", 0),
                voids=row.get("restore_redeem", 0),
                adjustments=row.get("adjust", 0),
                openings=row.get("opening", 0),
                points_given=row["given"],
                points_taken=row["taken"],
            )
            for (staff, counter), row in sorted(rows.items())
        )

    def branches(self) -> None:
        totals = sorted(
            self.q.branches(self.scope), key=lambda t: (t.branch is None, t.branch or "")
        )
        self.branch_lines = tuple(
            BranchLine(
                branch=t.branch,
                purchases=t.purchases,
                spend_rials=t.spend_rials,
                points_earned=t.points_earned,
                points_redeemed=t.points_redeemed,
                members=t.members,
            )
            for t in totals
        )

    def voice(self) -> None:
        self.voice_page = voice(
            self.q, self.scope, self.before, self._months(TREND_MONTHS), self.reasons, LIST_LIMIT
        )

    def anomalies(self) -> None:
        zone = self.zone or ZoneInfo("UTC")
        self.anomalies_page = anomalies(self.q, self.scope, self.rules or AnomalyRules(), zone)

    # -- the result ------------------------------------------------------------------------

    def result(self, made_at: dt.datetime) -> Report:
        pages = self.pages
        by_key = {f.key: f for f in (*self.retention, *self.repeat)}
        extra = {f.key: f for f in self.economy or ()}
        headline = [
            by_key["customers_at_end"],
            by_key["new_customers"],
            by_key["retention_rate"],
            by_key["churn_rate"],
            by_key["repeat_rate"],
            by_key["purchase_frequency"],
            by_key["average_purchase"],
            by_key["average_days_between_purchases"],
            by_key["member_sales"],
        ]
        if self.top_figures is not None:
            headline.append(self.top_figures[2])
        if self.at_risk_figure is not None:
            headline.append(self.at_risk_figure)
        if self.clv_figures is not None:
            headline.append(self.clv_figures[1])
        for key in ("points_issued", "points_redeemed", "points_outstanding", "liability"):
            if key in extra:
                headline.append(extra[key])

        def want(*names: Page) -> bool:
            return bool(pages & set(names))

        return Report(
            periods=self.periods,
            options=self.options,
            made_at=made_at,
            headline=tuple(headline),
            trend=self.trend_lines,
            retention=self.retention if want(Page.RETENTION, Page.SUMMARY) else None,
            repeat=self.repeat if want(Page.REPEAT, Page.SUMMARY) else None,
            clv=self.clv_figures if want(Page.CLV) else None,
            clv_by_tier=self.clv_tiers if want(Page.CLV) else None,
            highest_clv=self.highest_clv if want(Page.CLV) else None,
            top=self.top_figures if want(Page.TOP) else None,
            top_members=self.top_members if want(Page.TOP) else None,
            deciles=self.deciles if want(Page.TOP) else None,
            at_risk=self.at_risk_list if want(Page.AT_RISK) else None,
            rfm=self.segments,
            cohorts=self.cohort_lines,
            hours=self.hour_grid,
            economics=self.economy if want(Page.ECONOMICS) else None,
            rewards=self.reward_lines if want(Page.ECONOMICS) else None,
            tiers=self.tier_lines,
            staff=self.staff_lines,
            voice=self.voice_page,
            branches=self.branch_lines,
            anomalies=self.anomalies_page,
        )


Exact = int | Fraction | None
_PLACES = {Unit.NUMBER: "0.01", Unit.DAYS: "0.1", Unit.YEARS: "0.1"}


def figure(
    key: str, unit: Unit, now: Exact, then: Exact, members: MemberFilter | None = None
) -> Figure:
    """A figure from exact values (a share for a percent), rounded only to be shown; the
    change is worked out from the exact values, so 1⅓ against 4 is −66.7%, not −66.8%."""

    def shown(value: Exact) -> Decimal | None:
        if value is None:
            return None
        if unit is Unit.PERCENT:
            return percent(Fraction(value))
        if unit in (Unit.RIALS, Unit.POINTS, Unit.COUNT):
            return Decimal(rials(Fraction(value)) or 0)
        return to_decimal(Fraction(value), _PLACES[unit])

    change = None
    if now is not None and then:
        change = to_decimal((Fraction(now) - Fraction(then)) / abs(Fraction(then)) * 100, "0.1")
    return Figure(key, unit, shown(now), shown(then), members, change)


def _average_clv(customers: int, spend: int, years: Fraction | None) -> Fraction | None:
    """What an average customer of the trailing year is worth: their yearly spend × years."""
    share = ratio(spend, customers)
    return None if share is None or years is None else share * years


def _period(first: int, last: int) -> Period:
    return Period(day_of(first), day_of(last))

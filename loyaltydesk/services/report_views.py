"""The owner's report as frozen read models: what the Reports part, the command line and the
exports show. Field names here are the JSON names of `report --json` (README), kept stable."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from loyaltydesk.domain.anomalies import AnomalyKind, AnomalyRules
from loyaltydesk.domain.reports import Period, Periods, ReportOptions, Segment
from loyaltydesk.services.report_ports import MemberFilter


class Unit(enum.StrEnum):
    COUNT = "count"  # members, purchases
    PERCENT = "percent"
    RIALS = "rials"
    POINTS = "points"
    DAYS = "days"
    YEARS = "years"
    NUMBER = "number"  # a ratio such as purchases per member


class Page(enum.StrEnum):
    """One question the report answers; also the `report` command's subcommands."""

    SUMMARY = "summary"
    RETENTION = "retention"
    REPEAT = "repeat"
    CLV = "clv"
    TOP = "top"
    AT_RISK = "at-risk"
    RFM = "rfm"
    COHORTS = "cohorts"
    HOURS = "hours"
    ECONOMICS = "economics"
    TIERS = "tiers"
    STAFF = "staff"
    BRANCHES = "branches"  # what each branch did: purchases, money, points, members
    VOICE = "voice"  # the customer's voice: scores, reasons, the unhappy who did not return
    ANOMALIES = "anomalies"  # what on the ledger is worth a second look (issue 14)


@dataclass(frozen=True, slots=True)
class Figure:
    """One number, this period and the one before; ``None`` where there is nothing to say
    (a rate with no customers to divide by, a sale the POS has not reported)."""

    key: str
    unit: Unit
    current: Decimal | None
    previous: Decimal | None
    # The members behind the figure (what a double-click opens); None: not a set of members.
    members: MemberFilter | None = None
    # The change worked out from the unrounded values (services/reports.figure).
    exact_change: Decimal | None = None

    @property
    def change_percent(self) -> Decimal | None:
        """How much the figure moved from the previous period, in percent of it."""
        if self.exact_change is not None or self.current is None or not self.previous:
            return self.exact_change
        change = (self.current - self.previous) / abs(self.previous) * 100
        return change.quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class MemberLine:
    """A member in a list: who, how to reach them, what they are worth."""

    id: int
    name: str
    phone: str
    tier_code: str | None
    joined_on: dt.date
    last_visit: dt.date | None
    visits: int
    purchases: int  # in the period
    spend_rials: int  # in the period
    year_spend_rials: int  # in the 365 days to the period's end
    clv_rials: int | None  # None: no customers a year back to measure a lifetime by
    usual_gap_days: Decimal | None = None  # median days between visits
    days_absent: int | None = None


@dataclass(frozen=True, slots=True)
class MemberList:
    """The members behind a figure; ``total`` may be more than the rows shown."""

    members: MemberFilter
    total: int
    rows: tuple[MemberLine, ...]


@dataclass(frozen=True, slots=True)
class MonthLine:
    month: Period
    purchasers: int
    purchases: int
    spend_rials: int
    new_members: int


@dataclass(frozen=True, slots=True)
class TierLine:
    code: str | None  # None: members in no tier
    name: str
    name_fa: str | None
    members: int
    moved_up: int  # moves into this tier from a lower one in the period
    moved_down: int  # moves into this tier from a higher one
    spend_rials: int
    average_clv_rials: int | None
    members_filter: MemberFilter


@dataclass(frozen=True, slots=True)
class SegmentLine:
    segment: Segment
    members: int
    spend_rials: int
    sales_share: Decimal | None  # percent of the period's member sales
    members_filter: MemberFilter


@dataclass(frozen=True, slots=True)
class CohortLine:
    month: Period
    size: int
    # Percent of the cohort with a visit 0, 1, 2… months after joining (to the period's end).
    shares: tuple[Decimal | None, ...]
    members_filter: MemberFilter


@dataclass(frozen=True, slots=True)
class RewardLine:
    reward_id: int | None
    name: str
    name_fa: str | None
    redeemed: int
    points: int


@dataclass(frozen=True, slots=True)
class StaffLine:
    staff: str
    counter: str
    credits: int
    redemptions: int
    refunds: int
    voids: int
    adjustments: int
    openings: int  # opening balances carried over from paper cards or an old system
    points_given: int
    points_taken: int


@dataclass(frozen=True, slots=True)
class VoiceMonthLine:
    month: Period
    answers: int  # visits given a score
    average_score: Decimal | None  # two decimals; None: no scores that month


@dataclass(frozen=True, slots=True)
class ReasonLine:
    reason: str  # as stored: the English name of the owner's reason
    reason_fa: str | None  # its Persian name in the owner's list today (None: not in it)
    visits: int  # given with a visit's score
    why_left: int  # given as why a member stopped coming

    @property
    def total(self) -> int:
        return self.visits + self.why_left


@dataclass(frozen=True, slots=True)
class UnhappyLine:
    """A member who gave a low score in the period and did not come back after it."""

    id: int
    name: str
    phone: str
    score: int
    reason: str | None
    reason_fa: str | None
    day: dt.date  # the shop day of the score
    days_since: int  # to the period's last day


@dataclass(frozen=True, slots=True)
class Voice:
    """The customer's voice in the period: figures (beside the previous period's), month by
    month satisfaction, the reasons counted, and the members to call."""

    figures: tuple[Figure, ...]
    months: tuple[VoiceMonthLine, ...]
    scores: tuple[int, ...]  # how many visits got each score, 1 to 5
    reasons: tuple[ReasonLine, ...]  # most given first
    unhappy_total: int
    unhappy: tuple[UnhappyLine, ...]


@dataclass(frozen=True, slots=True)
class FindingLine:
    """A ledger line behind a finding."""

    entry_id: int
    kind: str  # domain.ledger.EntryKind value
    points: int
    amount_rials: int | None  # the purchase's, for a line of a purchase
    receipt: str | None
    at: dt.datetime  # when it was done, in shop time
    staff: str
    counter: str
    reason: str | None  # an adjustment's


@dataclass(frozen=True, slots=True)
class Finding:
    """What one check found: who, where, which member, when, the numbers that raised it
    (report_ports.AnomalyFacts names them) and the ledger lines behind it."""

    kind: AnomalyKind
    staff: str
    counter: str
    member_id: int | None
    member_name: str | None
    card: str | None
    at: dt.datetime  # in shop time
    figures: tuple[tuple[str, int], ...]
    lines: tuple[FindingLine, ...]
    lines_total: int  # lines may hold fewer (domain.anomalies.LINES_PER_FINDING)

    def figure(self, key: str) -> int:
        return dict(self.figures).get(key, 0)


@dataclass(frozen=True, slots=True)
class Anomalies:
    """The anomalies page: the rules applied and what they found, check by check in the
    order of AnomalyKind, each in time order."""

    rules: AnomalyRules
    # What counted as a large credit (the approval limit, else the period's 95th
    # percentile purchase); None: no limit and no purchases, so that check was skipped.
    large_credit_rials: int | None
    findings: tuple[Finding, ...]

    def of_kind(self, kind: AnomalyKind) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind is kind)


@dataclass(frozen=True, slots=True)
class BranchLine:
    """One branch in a period (report_ports.BranchTotal says how each figure is counted)."""

    branch: str | None  # None: lines without a branch (from before branches existed)
    purchases: int
    spend_rials: int
    points_earned: int
    points_redeemed: int
    members: int


@dataclass(frozen=True, slots=True)
class Report:
    """Every answer for one period (pages not asked for are None)."""

    periods: Periods
    options: ReportOptions
    made_at: dt.datetime
    headline: tuple[Figure, ...]  # the tiles, and `report summary`
    trend: tuple[MonthLine, ...] = ()  # the months to the period's end, for the chart
    retention: tuple[Figure, ...] | None = None
    repeat: tuple[Figure, ...] | None = None
    clv: tuple[Figure, ...] | None = None
    clv_by_tier: tuple[TierLine, ...] | None = None
    highest_clv: MemberList | None = None
    top: tuple[Figure, ...] | None = None
    top_members: MemberList | None = None
    deciles: tuple[Decimal, ...] | None = None  # each tenth's share of sales, biggest first
    at_risk: MemberList | None = None
    rfm: tuple[SegmentLine, ...] | None = None
    cohorts: tuple[CohortLine, ...] | None = None
    hours: tuple[tuple[int, ...], ...] | None = None  # [weekday 0=Sunday][hour] purchases
    economics: tuple[Figure, ...] | None = None
    rewards: tuple[RewardLine, ...] | None = None
    tiers: tuple[TierLine, ...] | None = None
    staff: tuple[StaffLine, ...] | None = None
    voice: Voice | None = None
    # Named branches by name, then the lines without one.
    branches: tuple[BranchLine, ...] | None = None
    anomalies: Anomalies | None = None

    @property
    def period(self) -> Period:
        return self.periods.current

    @property
    def has_purchases(self) -> bool:
        figures = (*self.headline, *(self.repeat or ()))
        return any(f.key in ("purchases", "member_sales") and f.current for f in figures)

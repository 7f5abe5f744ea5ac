"""What the report service asks of storage: small aggregates, counted where the data is.

persistence/report_queries.py implements ReportQueries in SQL (GROUP BY over indexed
columns, window functions both SQLite and PostgreSQL have) and must give the same answer on
both. Nothing here returns one row per purchase or per ledger entry.

Days are *shop days* numbered from 1970-01-01 (domain/reports.day_number): a purchase's day
is the local date of its ``occurred_at`` in the shop's time zone, which ``ShopClock`` spells
out as UTC offsets so the SQL can shift timestamps without knowing about time zones.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from loyaltydesk.domain.anomalies import AnomalyKind, AnomalyRules


@dataclass(frozen=True, slots=True)
class ZoneShift:
    """From ``since`` (aware, UTC) on, shop time is UTC + ``seconds``."""

    since: dt.datetime
    seconds: int


@dataclass(frozen=True, slots=True)
class ShopClock:
    """The shop's UTC offsets, oldest first; the first also holds before its ``since``."""

    shifts: tuple[ZoneShift, ...]


@dataclass(frozen=True, slots=True)
class Scope:
    """One period and the owner's options, as the SQL needs them.

    - a *visit* is a shop day on which the member made a purchase that was not refunded in
      full; *purchases* and *spend* count such purchases, spend net of refunds;
    - a *customer on day d* made a visit on one of the days d − active_days … d;
    - customers *at the start* are those on ``first_day − 1``, *at the end* those on
      ``last_day``; *new* customers made their first visit ever within the period.
    """

    first_day: int
    last_day: int
    active_days: int
    risk_factor_percent: int
    clock: ShopClock

    @property
    def year_first_day(self) -> int:
        """The first of the 365 days ending ``last_day`` (the trailing year of CLV)."""
        return self.last_day - 364


@dataclass(frozen=True, slots=True)
class CustomerCounts:
    at_start: int
    at_end: int
    new: int  # first visit ever in the period
    # Of those, the ones still customers at the end: the retention formula subtracts these,
    # since "customers at the end" can only hold new customers who are still customers (in
    # a period longer than active_days a new customer may lapse before it ends).
    new_at_end: int
    retained: int  # customers at the start and at the end
    purchasers: int  # 1+ purchases in the period
    repeaters: int  # 2+ purchases in the period
    purchases: int
    spend_rials: int
    # Average days between purchases = gap_days / gap_count, where for every member with
    # 2+ purchases in the period gap_days adds (last day − first day) and gap_count adds
    # (purchases − 1).
    gap_days: int
    gap_count: int
    members_total: int  # joined on or before last_day
    new_members: int  # joined within the period
    year_customers: int  # members with a purchase in the trailing year
    year_spend_rials: int  # their spend in it
    # Customers on the day before the trailing year, and how many of them are customers on
    # last_day too: the year's churn, from which a customer's expected lifetime comes.
    year_at_start: int
    year_retained: int


class MemberSet(enum.StrEnum):
    AT_START = "at-start"
    AT_END = "at-end"
    NEW = "new"
    RETAINED = "retained"
    CHURNED = "churned"  # customers at the start, not at the end
    PURCHASERS = "purchasers"
    REPEATERS = "repeaters"
    TOP = "top"  # the ``count`` purchasers with the highest spend in the period
    HIGHEST_CLV = "highest-clv"  # members with a purchase in the trailing year
    AT_RISK = "at-risk"
    SEGMENT = "segment"  # RFM scores among ``scores``
    COHORT = "cohort"  # joined in ``month``
    COHORT_ACTIVE = "cohort-active"  # joined in ``month``, a visit in ``active_month``
    TIER = "tier"  # in ``tier`` at the end of the period ("" for no tier)
    NEW_MEMBERS = "new-members"  # joined within the period


@dataclass(frozen=True, slots=True)
class MemberFilter:
    which: MemberSet
    count: int = 0
    scores: tuple[tuple[int, int, int], ...] = ()
    month: tuple[int, int] | None = None  # (first day, last day)
    active_month: tuple[int, int] | None = None
    tier: str | None = None


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """One member behind a figure. Lists are ordered by ``year_spend_rials`` (what the
    member is worth), highest first, then by id; ``TOP`` by period spend instead."""

    id: int
    name: str
    phone: str
    tier_code: str | None  # at the end of the period
    joined_day: int
    first_visit_day: int | None
    last_visit_day: int | None  # on or before last_day
    visits: int  # up to last_day
    purchases: int  # in the period
    spend_rials: int  # in the period
    year_spend_rials: int  # in the trailing year


@dataclass(frozen=True, slots=True)
class MemberPage:
    total: int  # members in the set
    rows: list[MemberFacts]  # the first ``limit`` of them


@dataclass(frozen=True, slots=True)
class RfmCell:
    """Members with these quintile scores (5: most recent, most purchases, most spend) among
    members with a visit up to last_day — recency is days since the last visit, frequency
    and money count every purchase up to last_day; ties broken by member id."""

    recency: int
    frequency: int
    money: int
    members: int
    spend_rials: int  # their spend in the period


@dataclass(frozen=True, slots=True)
class CohortCounts:
    sizes: dict[int, int]  # month index → members who joined in it
    active: dict[tuple[int, int], int] = field(default_factory=dict)
    # (join month index, visit month index) → members of that cohort with a visit in it


@dataclass(frozen=True, slots=True)
class HourCell:
    weekday: int  # 0 Sunday … 6 Saturday, in shop time
    hour: int  # 0 … 23, in shop time
    purchases: int
    spend_rials: int


@dataclass(frozen=True, slots=True)
class KindTotal:
    """Ledger entries of one kind effective within the period."""

    kind: str
    entries: int
    points: int


@dataclass(frozen=True, slots=True)
class RewardCount:
    reward_id: int | None
    name: str
    name_fa: str | None
    redeemed: int  # redemptions in the period less those voided (the void's day counts)
    points: int  # points spent on them, less points given back


@dataclass(frozen=True, slots=True)
class TierMove:
    from_code: str | None
    to_code: str | None
    members: int  # moves within the period


@dataclass(frozen=True, slots=True)
class TierTotal:
    code: str | None  # the tier at the end of the period
    members: int
    spend_rials: int  # in the period
    year_customers: int
    year_spend_rials: int


@dataclass(frozen=True, slots=True)
class StaffTotal:
    staff: str
    counter: str
    kind: str
    entries: int
    points_given: int  # the sum of the entries that added points
    points_taken: int  # the sum of those that took points, as a positive number


@dataclass(frozen=True, slots=True)
class BranchTotal:
    """What was done at one branch in a period, each figure by the branch on its own row:

    - purchases and spend: purchases made there, as everywhere in the reports (occurred in
      the period, not refunded in full; spend net of refunds);
    - points earned: its earn lines effective in the period, less the refund claw-backs
      written there; points redeemed: its redemptions, less the voids written there;
    - members: distinct members with such a purchase or a redemption there.

    ``branch`` None: the lines of a counter with no branch (before branches existed)."""

    branch: str | None
    purchases: int
    spend_rials: int
    points_earned: int
    points_redeemed: int
    members: int


@dataclass(frozen=True, slots=True)
class MonthTotal:
    index: int  # into the months asked for
    purchasers: int
    purchases: int
    spend_rials: int
    new_members: int


@dataclass(frozen=True, slots=True)
class CampaignFigures:
    """What the campaigns did in a period (the economics page's campaign figures)."""

    coupons_issued: int
    coupons_used: int  # campaign coupons used with a purchase (not given back by a refund)
    members_won_back: int  # members who bought with a win-back coupon
    sales_rials: int  # what was paid for the purchases that used a campaign coupon
    discount_rials: int  # what those coupons took off
    bonus_points: int  # points the campaigns gave


@dataclass(frozen=True, slots=True)
class VoiceCount:
    """Feedback recorded in the period: how many of one kind, score and reason."""

    kind: str  # domain.feedback.FeedbackKind value
    score: int | None
    reason: str | None
    count: int


@dataclass(frozen=True, slots=True)
class VoiceMonth:
    index: int  # into the months asked for
    answers: int  # visits given a score
    score_sum: int


@dataclass(frozen=True, slots=True)
class UnhappyFacts:
    """A member whose latest low score (1–2) in the period was followed by no visit on a
    later shop day up to last_day."""

    member_id: int
    name: str
    phone: str
    score: int
    reason: str | None
    day: int  # the shop day of the score


@dataclass(frozen=True, slots=True)
class UnhappyPage:
    total: int
    rows: list[UnhappyFacts]  # lowest score first, then the latest


@dataclass(frozen=True, slots=True)
class ActionTotal:
    """One kind of operation one person did at one counter within a shift."""

    kind: str  # domain.purchases.OperationKind value
    counter: str
    count: int
    rials: int  # what the operations record: paid for credits, given back for refunds
    points: int  # their sum, signed as the ledger moved them
    first: dt.datetime
    last: dt.datetime


@dataclass(frozen=True, slots=True)
class CouponTotal:
    counter: str
    uses: int  # uses in the shift, less those a refund in the shift gave back
    discount_rials: int


@dataclass(frozen=True, slots=True)
class ShiftTotals:
    actions: list[ActionTotal]
    coupons: list[CouponTotal]
    rewards: list[RewardCount]  # redemptions done in the shift, by reward (not less voids)


@dataclass(frozen=True, slots=True)
class AnomalyLine:
    """A ledger line behind a finding, with its purchase's amount and receipt if it has one."""

    entry_id: int
    kind: str
    points: int
    amount_rials: int | None
    receipt: str | None
    at: dt.datetime  # recorded_at (aware, UTC): when it was done at the counter
    staff: str
    counter: str
    member_id: int
    reason: str | None  # an adjustment's reason


@dataclass(frozen=True, slots=True)
class AnomalyFacts:
    """One finding of one check, with the lines that raised it (up to LINES_PER_FINDING;
    ``lines_total`` counts them all) and the named numbers behind it:

    - refunds-voids: refunds, voids, credits (the cashier's, in the period);
    - near-limit: credits (just under the limit), limit_rials, from_rials;
    - redeem-after-credit: credit_rials, large_rials (what counted as large), minutes,
      points (redeemed);
    - adjust-no-purchase: points;
    - two-counters: seconds;
    - outside-hours: entries (by that cashier at that counter, that shop day)."""

    kind: AnomalyKind
    staff: str
    counter: str
    member_id: int | None
    member_name: str | None
    card: str | None
    at: dt.datetime  # aware, UTC
    figures: tuple[tuple[str, int], ...]
    lines: tuple[AnomalyLine, ...]
    lines_total: int


class ReportQueries(Protocol):
    """Read-only aggregates for the owner's reports, inside one unit of work."""

    def marker(self) -> tuple[int, ...]:
        """Changes whenever anything a report counts changes (for the report cache)."""
        ...

    def customers(self, scope: Scope) -> CustomerCounts: ...

    def top_spend(self, scope: Scope, count: int) -> int:
        """The period spend of the ``count`` biggest spenders in the period."""
        ...

    def spend_deciles(self, scope: Scope) -> list[int]:
        """Period spend of the purchasers split in ten equal groups, biggest spenders first
        (fewer than ten purchasers: one group each)."""
        ...

    def members(self, scope: Scope, which: MemberFilter, limit: int) -> MemberPage: ...

    def at_risk(self, scope: Scope, limit: int) -> MemberPage:
        """Members drifting away at last_day (domain/reports.is_drifting), most valuable
        first. The usual gap is the median of the gaps between a member's visit days."""
        ...

    def visit_days(self, scope: Scope, member_ids: Sequence[int]) -> dict[int, list[int]]:
        """Each member's visit days up to last_day, oldest first."""
        ...

    def campaign_figures(self, scope: Scope) -> CampaignFigures:
        """Coupons the campaigns issued and saw used, members won back, their sales and
        bonus points, within the period."""
        ...

    def at_risk_all(self, scope: Scope) -> list[tuple[int, int]]:
        """Every member drifting away at last_day (as ``at_risk``), with their last visit
        day, by member id: the win-back campaign's list."""
        ...

    def rfm(self, scope: Scope) -> list[RfmCell]: ...

    def cohorts(self, scope: Scope, months: Sequence[tuple[int, int]]) -> CohortCounts:
        """Cohorts of the members who joined in each month (first day, last day), with their
        visits in each month up to last_day."""
        ...

    def hours(self, scope: Scope) -> list[HourCell]: ...

    def ledger_totals(self, scope: Scope) -> list[KindTotal]: ...

    def outstanding(self, scope: Scope) -> int:
        """Points held by members at the end of last_day (every entry effective by then)."""
        ...

    def rewards_redeemed(self, scope: Scope) -> list[RewardCount]: ...

    def tier_totals(self, scope: Scope) -> list[TierTotal]: ...

    def tier_moves(self, scope: Scope) -> list[TierMove]: ...

    def staff(self, scope: Scope) -> list[StaffTotal]: ...

    def branches(self, scope: Scope) -> list[BranchTotal]:
        """One row per branch with something in the period (None: no branch), any order."""
        ...

    def months(self, scope: Scope, months: Sequence[tuple[int, int]]) -> list[MonthTotal]:
        """Purchasers, purchases, spend and new members in each month (first day, last day)."""
        ...

    def voice_counts(self, scope: Scope) -> list[VoiceCount]:
        """Feedback recorded within the period, counted by kind, score and reason."""
        ...

    def voice_months(self, scope: Scope, months: Sequence[tuple[int, int]]) -> list[VoiceMonth]:
        """Visits given a score in each month (first day, last day), and the scores' sum."""
        ...

    def unhappy(self, scope: Scope, low: int, limit: int) -> UnhappyPage:
        """Members who gave a score of ``low`` or less in the period and made no visit on a
        later shop day up to last_day (the call list)."""
        ...

    def shift(
        self, staff: str, start: dt.datetime, end: dt.datetime, counter: str | None
    ) -> ShiftTotals:
        """What ``staff`` did from ``start`` (included) to ``end`` (excluded), at ``counter``
        or at any: counted by the time the action was done, not the time it is about (a
        purchase from a paper log is the shift's work)."""

    def purchase_percentile(self, scope: Scope, percentile: int) -> int | None:
        """The nearest-rank ``percentile`` of the amounts of the period's purchases (None:
        no purchases)."""
        ...

    def anomalies(
        self, scope: Scope, rules: AnomalyRules, large_credit_rials: int | None
    ) -> list[AnomalyFacts]:
        """What each check of ``rules`` finds on the ledger lines effective in the period
        (a check without its setting finds nothing); ``large_credit_rials`` None: the
        redemption-after-a-large-credit check is skipped."""
        ...

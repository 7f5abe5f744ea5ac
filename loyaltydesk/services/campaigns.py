"""Retention campaigns: settings, a preview of who qualifies and what it may cost, a run in
batches that rewards each member once per period, and the history of runs.

A run commits every ``BATCH`` members: a run over 50,000 members shows its progress, a crash
loses nothing done, and running again picks up where it stopped — every coupon, bonus line
and message carries the operation id ``campaign:<kind>:<period>:<member>``, found and not
repeated the second time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.campaigns import (
    BirthdayCalendar,
    CampaignKind,
    CampaignRun,
    CampaignSettings,
    Candidate,
    RewardKind,
    RunStatus,
    anniversary_days,
    born_on_days,
    default_settings,
    next_occasion,
    once_period,
    operation_id,
    referral_period,
    winback_period,
)
from loyaltydesk.domain.coupons import CouponKind, StoredCoupon
from loyaltydesk.domain.dates import shop_midnight
from loyaltydesk.domain.earning import MAX_BALANCE
from loyaltydesk.domain.errors import DomainError, InvalidInput, NotFound
from loyaltydesk.domain.ledger import EntryKind, NewEntry
from loyaltydesk.domain.members import Member
from loyaltydesk.domain.messages import Channel, render, sms_parts
from loyaltydesk.domain.purchases import OperationKind
from loyaltydesk.domain.reports import ReportOptions, day_number, day_of, median_gap
from loyaltydesk.domain.rewards import Reward
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.i18n.calendar import CALENDARS, calendar_for, format_date
from loyaltydesk.i18n.numbers import Currency, MoneyUnit, format_int, format_money
from loyaltydesk.services.common import UTC_ZONE, new_operation, run_write
from loyaltydesk.services.coupons import CouponService
from loyaltydesk.services.outbox import OutboxService, Outgoing
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.report_ports import CampaignFigures, Scope
from loyaltydesk.services.reports import ReportService
from loyaltydesk.services.rules import value_per_point
from loyaltydesk.services.staff import permit
from loyaltydesk.services.staff import record as record_audit

BATCH = 300  # members per transaction of a run
PREVIEW_LINES = 50
SAMPLES = 3
MAX_HISTORY = 1000
# A second visit nudges members new enough to care: first visit at most this long before N.
SECOND_VISIT_REACH = dt.timedelta(days=30)
# A referral is caught up this long after its return window (a club not open every day).
REFERRAL_REACH = dt.timedelta(days=60)
SETTINGS_KEY = "campaign.{kind}"

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PreviewLine:
    member_id: int
    name: str
    phone: str
    day: dt.date | None  # birthday/anniversary day, last visit (win-back), first purchase
    absent_days: int | None = None
    usual_gap: Fraction | None = None
    related_name: str | None = None  # referral: the member who was brought


@dataclass(frozen=True, slots=True)
class MessageSample:
    member_name: str
    language: str
    text: str
    parts: int


@dataclass(frozen=True, slots=True)
class CampaignPreview:
    kind: CampaignKind
    settings: CampaignSettings
    today: dt.date
    count: int  # who a run would reward now (already rewarded this period left out)
    lines: tuple[PreviewLine, ...]
    max_cost_rials: int  # at most, in money (an estimate when ``estimated``)
    estimated: bool  # a percentage with no ceiling: estimated from each average purchase
    points: int  # bonus points at most
    points_value_rials: int | None  # their money value (the catalogue's value per point)
    samples: tuple[MessageSample, ...]
    # Stored settings whose messages use a placeholder the reward cannot fill (saved before
    # that was refused): what a run would refuse with, shown before anyone runs it.
    problem: InvalidInput | None = None
    # How many of them a message can reach (not opted out; an address for e-mail).
    messages: int = 0


class CampaignService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        coupons: CouponService,
        outbox: OutboxService,
        reports: ReportService,
        *,
        zone: ZoneInfo = UTC_ZONE,
        options: ReportOptions | None = None,
        language: str = "fa",
        shop_name: str = "",
        money_unit: MoneyUnit | Currency = MoneyUnit.TOMAN,
        calendar: str | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._coupons = coupons
        self._outbox = outbox
        self._reports = reports
        self._zone = zone
        self._options = options or ReportOptions()
        self._language = language
        self._shop = shop_name
        self._unit = Currency.of(money_unit)
        # The shop's chosen calendar ("jalali"/"gregorian"), None: each language's own.
        self._shop_calendar = calendar if calendar in CALENDARS else None

    def today(self) -> dt.date:
        return self._clock().astimezone(self._zone).date()

    # -- settings --------------------------------------------------------------------------

    def settings(self, kind: CampaignKind) -> CampaignSettings:
        with self._uow(write=False) as uow:
            return self._settings_in(uow, kind)

    def all_settings(self) -> list[CampaignSettings]:
        with self._uow(write=False) as uow:
            return [self._settings_in(uow, kind) for kind in CampaignKind]

    @staticmethod
    def _settings_in(uow: UnitOfWork, kind: CampaignKind) -> CampaignSettings:
        stored = uow.club_settings.get(SETTINGS_KEY.format(kind=kind.value))
        if not stored:
            return default_settings(kind)
        try:
            data = json.loads(stored)
        except ValueError:
            return default_settings(kind)
        return CampaignSettings.from_json(kind, data if isinstance(data, dict) else {})

    def set_settings(self, settings: CampaignSettings, actor: Actor) -> CampaignSettings:
        checked = settings.checked().check_texts()

        def work(uow: UnitOfWork) -> CampaignSettings:
            permit(uow, actor, Permission.SETTINGS)
            before = self._settings_in(uow, checked.kind)
            if checked.coupon is not None and checked.coupon.reward_id is not None:
                reward = uow.rewards.get(checked.coupon.reward_id)
                if reward is None:
                    raise NotFound("reward.unknown", reward=str(checked.coupon.reward_id))
            key = SETTINGS_KEY.format(kind=checked.kind.value)
            uow.club_settings.put(key, json.dumps(checked.to_json(), ensure_ascii=False))
            record_audit(
                uow,
                actor,
                self._clock(),
                AuditKind.SETTINGS,
                key,
                before=before.to_json(),
                after=checked.to_json(),
            )
            uow.commit()
            return checked

        return run_write(self._uow, work)

    def rewards(self) -> list[Reward]:
        """The catalogue a campaign's coupon can give a reward from (the window's choice)."""
        with self._uow(write=False) as uow:
            return uow.rewards.list()

    # -- who qualifies ---------------------------------------------------------------------

    def _calendar(self, settings: CampaignSettings) -> BirthdayCalendar:
        return settings.calendar or self._shop_birthday_calendar()

    def _shop_birthday_calendar(self) -> BirthdayCalendar:
        return BirthdayCalendar(calendar_for(self._language, self._shop_calendar))

    def _day_bounds(self, first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """[start of ``first``, start of the day after ``last``) of the shop's days, in UTC."""
        return (
            shop_midnight(first, self._zone),
            shop_midnight(last + dt.timedelta(days=1), self._zone),
        )

    def _candidates(
        self, uow: UnitOfWork, settings: CampaignSettings, today: dt.date
    ) -> list[Candidate]:
        kind = settings.kind
        days = settings.days
        if kind is CampaignKind.BIRTHDAY:
            calendar = self._calendar(settings)
            found = []
            for member_id, born in uow.campaigns.born_on(born_on_days(today, days, calendar)):
                occasion = next_occasion(born, today, days, calendar)
                if occasion is not None:
                    found.append(Candidate(member_id, str(occasion.year), occasion.day))
            return found
        if kind is CampaignKind.WIN_BACK:
            last = day_number(today)
            scope = Scope(
                last,
                last,
                days,  # one-visit members: away longer than N days (the reports' active days)
                self._options.risk_factor_percent,
                self._reports.shop_clock_until(today),
            )
            return [
                Candidate(
                    member_id,
                    winback_period(day_of(visit)),
                    day_of(visit),
                    absent_days=last - visit,
                )
                for member_id, visit in uow.reports.at_risk_all(scope)
            ]
        if kind is CampaignKind.ANNIVERSARY:
            calendar = self._shop_birthday_calendar()
            found = []
            for first_day, year in anniversary_days(today, days, calendar):
                start, end = self._day_bounds(first_day, first_day)
                for first in uow.campaigns.first_purchases_between(start, end):
                    found.append(Candidate(first.member_id, str(year), first_day))
            return sorted(found, key=lambda c: c.member_id)
        if kind is CampaignKind.SECOND_VISIT:
            latest = today - dt.timedelta(days=days)
            start, end = self._day_bounds(latest - SECOND_VISIT_REACH, latest)
            return [
                Candidate(f.member_id, once_period(), f.occurred_at.astimezone(self._zone).date())
                for f in uow.campaigns.first_purchases_between(start, end, only_visit=True)
            ]
        if kind is CampaignKind.THANK_YOU:
            start, end = self._day_bounds(today - dt.timedelta(days=days - 1), today)
            return [
                Candidate(f.member_id, once_period(), f.occurred_at.astimezone(self._zone).date())
                for f in uow.campaigns.first_purchases_between(start, end)
            ]
        # Referral: the first purchase is older than the return window and nothing of it
        # was refunded (a refund within the window means no bonus, ever).
        end = self._clock() - dt.timedelta(days=days)
        found = []
        for first in uow.campaigns.referred_first_purchases(end - REFERRAL_REACH, end):
            if first.refunded_rials == 0 and first.referrer_id is not None:
                found.append(
                    Candidate(
                        first.referrer_id,
                        referral_period(first.member_id),
                        first.occurred_at.astimezone(self._zone).date(),
                        related_member_id=first.member_id,
                    )
                )
        return found

    @staticmethod
    def _reachable(
        uow: UnitOfWork, settings: CampaignSettings, found: list[Candidate]
    ) -> list[Candidate]:
        """Those a message of the campaign's channel can reach."""
        if settings.channel is Channel.EMAIL:
            emailable = uow.campaigns.emailable_ids()
            return [c for c in found if c.member_id in emailable]
        opted_out = uow.campaigns.opted_out_ids()
        return [c for c in found if c.member_id not in opted_out]

    @staticmethod
    def _pending(uow: UnitOfWork, kind: CampaignKind, found: list[Candidate]) -> list[Candidate]:
        """Those not rewarded yet for their period (a second run, or a run after a crash)."""
        done = uow.campaigns.done_operations(f"campaign:{kind.value}:")
        return [c for c in found if operation_id(kind, c.period, c.member_id) not in done]

    # -- preview ---------------------------------------------------------------------------

    def preview(self, kind: CampaignKind, limit: int = PREVIEW_LINES) -> CampaignPreview:
        today = self.today()
        with self._uow(write=False) as uow:
            settings = self._settings_in(uow, kind)
            pending = self._pending(uow, kind, self._candidates(uow, settings, today))
            reachable = self._reachable(uow, settings, pending)
            if _message_only(settings):
                # A message is the whole reward: whom no message reaches does not qualify.
                pending = reachable
            shown = pending[: max(0, limit)]
            members = {m.id: m for m in uow.members.get_many([c.member_id for c in shown])}
            related = {
                m.id: m
                for m in uow.members.get_many(
                    [c.related_member_id for c in shown if c.related_member_id is not None]
                )
            }
            gaps: dict[int, Fraction | None] = {}
            if kind is CampaignKind.WIN_BACK and shown:
                last = day_number(today)
                scope = Scope(
                    last,
                    last,
                    settings.days,
                    self._options.risk_factor_percent,
                    self._reports.shop_clock_until(today),
                )
                visits = uow.reports.visit_days(scope, [c.member_id for c in shown])
                gaps = {c.member_id: median_gap(visits.get(c.member_id, [])) for c in shown}
            lines = tuple(
                PreviewLine(
                    c.member_id,
                    members[c.member_id].name,
                    members[c.member_id].phone,
                    c.reason_day,
                    c.absent_days,
                    gaps.get(c.member_id),
                    related[c.related_member_id].name if c.related_member_id in related else None,
                )
                for c in shown
                if c.member_id in members
            )
            cost, estimated = self._cost(uow, settings, pending)
            per_point = value_per_point(uow.rewards.list())
            points = settings.points * len(pending)
            reward_text = {lang: self._reward_text(uow, settings, lang) for lang in ("fa", "en")}
            samples = []
            for c in shown[:SAMPLES]:
                member = members.get(c.member_id)
                if member is None:
                    continue
                language = self._outbox.language_for(member)
                text = self._message(
                    settings, member, language, "9" * 14, reward_text[language], today
                )
                samples.append(MessageSample(member.name, language, text, sms_parts(text)))
        return CampaignPreview(
            kind,
            settings,
            today,
            len(pending),
            lines,
            cost,
            estimated,
            points,
            int(per_point * points) if per_point is not None else None,
            tuple(samples),
            _text_problem(settings),
            messages=len(reachable),
        )

    def _cost(
        self, uow: UnitOfWork, settings: CampaignSettings, pending: Sequence[Candidate]
    ) -> tuple[int, bool]:
        terms = settings.coupon
        if terms is None:
            return 0, False
        count = len(pending)
        if terms.kind is CouponKind.AMOUNT:
            assert terms.amount_rials is not None
            return terms.amount_rials * count, False
        if terms.kind is CouponKind.REWARD:
            assert terms.reward_id is not None
            reward = uow.rewards.get(terms.reward_id)
            return ((reward.value_rials or 0) if reward else 0) * count, False
        assert terms.percent is not None
        if terms.max_rials is not None:
            return terms.max_rials * count, False
        # "Up to P% of their purchases": estimated with each member's average purchase.
        averages = uow.campaigns.average_purchase([c.member_id for c in pending])
        return sum(a * terms.percent // 100 for a in averages.values()), True

    def _reward_text(self, uow: UnitOfWork, settings: CampaignSettings, language: str) -> str:
        """What {reward} reads as in a message, in the member's language."""
        fa = language == "fa"
        if settings.reward is RewardKind.POINTS:
            count = format_int(settings.points, language)
            return f"{count} امتیاز" if fa else f"{count} points"
        terms = settings.coupon
        if terms is None:
            return ""
        if terms.kind is CouponKind.PERCENT:
            assert terms.percent is not None
            share = format_int(terms.percent, language)
            return f"{share}٪ تخفیف" if fa else f"{share}% off"
        if terms.kind is CouponKind.AMOUNT:
            assert terms.amount_rials is not None
            money = format_money(terms.amount_rials, self._unit, language)
            return f"{money} تخفیف" if fa else f"{money} off"
        reward = uow.rewards.get(terms.reward_id) if terms.reward_id is not None else None
        if reward is None:
            return ""
        return (reward.name_fa or reward.name) if fa else reward.name

    def _message(
        self,
        settings: CampaignSettings,
        member: Member,
        language: str,
        code: str,
        reward: str,
        today: dt.date,
    ) -> str:
        until = today + dt.timedelta(days=settings.valid_days - 1)
        return render(
            settings.text(language),
            {
                "name": member.name,
                "code": code if settings.coupon is not None else "",
                "reward": reward,
                "valid_until": (
                    format_date(until, language, self._shop_calendar) if settings.coupon else ""
                ),
                "shop": self._shop,
            },
        )

    # -- run -------------------------------------------------------------------------------

    def run(
        self,
        kind: CampaignKind,
        actor: Actor,
        *,
        automatic: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> CampaignRun:
        """Reward everyone who qualifies today and is not rewarded for their period yet."""
        today = self.today()
        with self._uow(write=False) as uow:
            if not automatic:  # the owner switched the daily run on: that was the decision
                permit(uow, actor, Permission.RUN_CAMPAIGN)
            settings = self._settings_in(uow, kind)
            found = self._candidates(uow, settings, today)
            pending = self._pending(uow, kind, found)
            if _message_only(settings):
                # As the preview counts: whom no message reaches does not qualify.
                found = self._reachable(uow, settings, found)
                pending = self._reachable(uow, settings, pending)
        started = self._clock()
        problem = _text_problem(settings)
        if problem is not None:
            # Refused before anything is queued; the history still says it was tried.
            refused = CampaignRun(
                0,
                kind,
                started,
                started,
                automatic,
                actor.staff,
                actor.counter,
                RunStatus.FAILED,
                qualified=len(found),
                error=problem.code,
            )

            def record(uow: UnitOfWork) -> CampaignRun:
                made = uow.campaigns.add_run(refused)
                uow.commit()
                return made

            run_write(self._uow, record)
            raise problem

        def begin(uow: UnitOfWork) -> CampaignRun:
            made = uow.campaigns.add_run(
                CampaignRun(
                    0,
                    kind,
                    started,
                    None,
                    automatic,
                    actor.staff,
                    actor.counter,
                    RunStatus.RUNNING,
                    qualified=len(found),
                )
            )
            record_audit(
                uow,
                actor,
                started,
                AuditKind.CAMPAIGN_RUN,
                kind.value,
                after={"run": made.id, "qualified": len(found), "automatic": automatic},
            )
            uow.commit()
            return made

        run = run_write(self._uow, begin)
        total = len(pending)
        if progress is not None:
            progress(0, total)
        try:
            for first in range(0, total, BATCH):
                if cancelled is not None and cancelled():
                    run = self._finish(replace(run, status=RunStatus.CANCELLED))
                    return run
                batch = pending[first : first + BATCH]
                run = run_write(
                    self._uow,
                    lambda uow, batch=batch, base=run: self._batch(  # type: ignore[misc]
                        uow, settings, batch, base, actor, today
                    ),
                )
                if progress is not None:
                    progress(min(first + BATCH, total), total)
        except DomainError as error:
            self._finish(replace(run, status=RunStatus.FAILED, error=error.code))
            raise
        except Exception as error:
            self._finish(replace(run, status=RunStatus.FAILED, error=type(error).__name__))
            raise
        return self._finish(replace(run, status=RunStatus.DONE))

    def _finish(self, run: CampaignRun) -> CampaignRun:
        finished = replace(run, finished_at=self._clock())

        def work(uow: UnitOfWork) -> CampaignRun:
            uow.campaigns.update_run(finished)
            uow.commit()
            return finished

        return run_write(self._uow, work)

    def _batch(
        self,
        uow: UnitOfWork,
        settings: CampaignSettings,
        batch: Sequence[Candidate],
        run: CampaignRun,
        actor: Actor,
        today: dt.date,
    ) -> CampaignRun:
        kind = settings.kind
        now = self._clock()
        ids = [c.member_id for c in batch] + [
            c.related_member_id for c in batch if c.related_member_id is not None
        ]
        members = {m.id: m for m in uow.members.get_many(ids)}
        reward_text = {lang: self._reward_text(uow, settings, lang) for lang in ("fa", "en")}
        present = [c for c in batch if c.member_id in members]
        ops = {operation_id(kind, c.period, c.member_id): c for c in present}
        coupons = points = messages = 0
        got: dict[str, bool] = dict.fromkeys(ops, False)
        made: dict[str, StoredCoupon] = {}
        if settings.coupon is not None:
            # The whole batch's coupons in a few round trips: made by this run, or found
            # from an earlier one (another run at the same time).
            made = self._coupons.issue_in_many(
                uow,
                settings.coupon,
                actor,
                member_ids={op: c.member_id for op, c in ops.items()},
                valid_from=today,
                valid_until=today + dt.timedelta(days=settings.valid_days - 1),
                campaign=kind.value,
                run_id=run.id,
            )
            for op, coupon in made.items():
                got[op] = coupon.run_id == run.id
                coupons += got[op]
        elif settings.points:
            done = uow.campaigns.done_operations_among(list(ops))
            for op, c in ops.items():
                if op in done:
                    continue
                member = members[c.member_id]
                related = members.get(c.related_member_id) if c.related_member_id else None
                if self._bonus(uow, settings, member, related, op, actor, now, c.period):
                    got[op] = True
                    points += settings.points
        outgoing = []
        for op, c in ops.items():
            member = members[c.member_id]
            language = self._outbox.language_for(member)
            given = made.get(op)
            body = self._message(
                settings,
                member,
                language,
                given.code if given else "",
                reward_text[language],
                today,
            )
            outgoing.append(
                Outgoing(
                    member,
                    body,
                    channel=settings.channel,
                    campaign=kind.value,
                    run_id=run.id,
                    coupon_id=given.id if given else None,
                    operation_id=op,
                    actor=actor,
                )
            )
        for op, queued in self._outbox.queue_many_in(uow, outgoing).items():
            # An earlier run's message under the same id is not this run's.
            if queued is not None and queued.run_id == run.id:
                messages += 1
                if settings.coupon is None and not settings.points:
                    got[op] = True  # a message-only campaign: the message is the reward
        rewarded = sum(got.values())
        after = replace(
            run,
            rewarded=run.rewarded + rewarded,
            coupons=run.coupons + coupons,
            points=run.points + points,
            messages=run.messages + messages,
        )
        uow.campaigns.update_run(after)
        uow.commit()
        return after

    def _bonus(
        self,
        uow: UnitOfWork,
        settings: CampaignSettings,
        member: Member,
        related: Member | None,
        op: str,
        actor: Actor,
        now: dt.datetime,
        period: str,
    ) -> bool:
        """Bonus points as the counter's adjustments write them: an operation, a ledger line
        naming the campaign (and the other member), and the cached balance — so `verify`
        still agrees. A balance that would overflow is skipped, not failed."""
        locked = uow.members.get(member.id, lock=True)
        if locked is None or locked.merged_into is not None:
            return False  # a merged record is history: the member kept is rewarded instead
        balance = locked.balance + settings.points
        if balance > MAX_BALANCE:
            return False
        kind = settings.kind
        uow.operations.add(
            new_operation(
                op,
                OperationKind.BONUS,
                f"{member.id}|{settings.points}|{kind.value}",
                member_id=member.id,
                now=now,
                actor=actor,
                points=settings.points,
                balance=balance,
            )
        )
        if related is not None:
            # Both names on the line: the referrer's (the member) and the one they brought.
            reason = f"{kind.value}: {member.name} ← {related.name} (#{related.id})"
        else:
            reason = f"{kind.value} {period}"
        uow.ledger.append(
            NewEntry(
                member_id=member.id,
                kind=EntryKind.BONUS,
                points=settings.points,
                balance_after=balance,
                operation_id=op,
                actor=actor,
                recorded_at=now,
                effective_at=now,
                reason=reason,
                campaign=kind.value,
                related_member_id=related.id if related is not None else None,
            )
        )
        uow.members.set_balance(member.id, balance)
        return True

    # -- daily, history, figures -----------------------------------------------------------

    def run_due(self, actor: Actor) -> list[CampaignRun]:
        """Each enabled, automatic campaign that has not run today (the shop's day) yet."""
        today = self.today()
        done: list[CampaignRun] = []
        for settings in self.all_settings():
            if not (settings.enabled and settings.automatic):
                continue
            last = self.history(settings.kind, limit=20)
            if any(
                r.automatic
                and r.status is RunStatus.DONE
                and r.started_at.astimezone(self._zone).date() == today
                for r in last
            ):
                continue
            try:
                done.append(self.run(settings.kind, actor, automatic=True))
            except InvalidInput:
                continue  # its messages do not fit its reward: a failed run in the history
        return done

    def history(self, kind: CampaignKind | None = None, limit: int = 100) -> list[CampaignRun]:
        if not 1 <= limit <= MAX_HISTORY:
            raise InvalidInput("campaign.bad_limit", limit=MAX_HISTORY)
        with self._uow(write=False) as uow:
            return uow.campaigns.runs(kind, limit)

    def figures(self, first: dt.date, last: dt.date) -> CampaignFigures:
        start, end = self._day_bounds(first, last)
        with self._uow(write=False) as uow:
            return uow.campaigns.figures(start, end)


def _text_problem(settings: CampaignSettings) -> InvalidInput | None:
    try:
        settings.check_texts()
    except InvalidInput as error:
        return error
    return None


def parse_kind(text: str) -> CampaignKind:
    """A campaign's name as typed (birthday, win-back, win_back…)."""
    clean = text.strip().lower().replace("-", "_")
    try:
        return CampaignKind(clean)
    except ValueError:
        raise InvalidInput(
            "campaign.unknown", name=text, names=", ".join(k.value for k in CampaignKind)
        ) from None


__all__ = ["CampaignPreview", "CampaignService", "MessageSample", "PreviewLine", "parse_kind"]


def _message_only(settings: CampaignSettings) -> bool:
    return settings.coupon is None and not settings.points

"""Retention campaigns with a fixed clock, on both databases: who qualifies, once per
period, the ledger kept right, opted-out members never messaged."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication
from sqlalchemy import create_engine, text

from loyaltydesk.bootstrap import RESOURCES, Services
from loyaltydesk.domain.campaigns import BirthdayCalendar, CampaignKind, RunStatus
from loyaltydesk.domain.coupons import CouponState
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.i18n.calendar import jalali_to_gregorian
from loyaltydesk.ui.labels import campaign_line_text
from loyaltydesk.ui.translations import install_translations
from tests.conftest import FakeClock
from tests.integration.helpers import op, register


def _enable(services: Services, kind: CampaignKind, **changes: object) -> None:
    current = services.campaigns.settings(kind)
    services.campaigns.set_settings(
        dataclasses.replace(current, enabled=True, **changes),  # type: ignore[arg-type]
        actor=services.actor,
    )


def _opt_out(db_url: str, member_id: int) -> None:
    url = db_url if "://" in db_url else f"sqlite:///{db_url}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE members SET opted_out = :yes WHERE id = :id"),
            {"yes": True, "id": member_id},
        )
    engine.dispose()


def _rows(db_url: str, sql: str) -> list[tuple[object, ...]]:
    url = db_url if "://" in db_url else f"sqlite:///{db_url}"
    engine = create_engine(url)
    with engine.connect() as conn:
        found = [tuple(r) for r in conn.execute(text(sql))]
    engine.dispose()
    return found


def _visit(services: Services, member_id: int, when: dt.datetime, rials: int = 500_000) -> int:
    return services.counter.credit_purchase(
        op(), member_id, rials, services.actor, at=when
    ).purchase_id


def test_a_birthday_in_three_days_gets_one_coupon_and_a_second_run_none(
    services: Services, clock: FakeClock
) -> None:
    _enable(services, CampaignKind.BIRTHDAY, days=7, calendar=BirthdayCalendar.GREGORIAN)
    sara = register(services, birthday=dt.date(1990, 11, 29))  # today is 26 November 2026
    register(services, name="Reza Ahmadi", phone="09121111111", birthday=dt.date(1990, 12, 10))

    preview = services.campaigns.preview(CampaignKind.BIRTHDAY)
    assert preview.count == 1 and [line.member_id for line in preview.lines] == [sara.id]
    assert preview.lines[0].day == dt.date(2026, 11, 29)
    # 20% off with a ceiling of 100,000 Toman: at most the ceiling.
    assert preview.max_cost_rials == 1_000_000 and not preview.estimated
    assert preview.samples and "{" not in preview.samples[0].text

    first = services.campaigns.run(CampaignKind.BIRTHDAY, services.actor)
    assert (first.status, first.qualified, first.rewarded, first.coupons) == (
        RunStatus.DONE,
        1,
        1,
        1,
    )
    coupons = services.coupons.listing(member_id=sara.id)
    assert len(coupons) == 1 and coupons[0].state is CouponState.ACTIVE
    assert coupons[0].coupon.campaign == "birthday"
    assert first.messages == 1

    again = services.campaigns.run(CampaignKind.BIRTHDAY, services.actor)
    assert (again.qualified, again.rewarded, again.coupons, again.messages) == (1, 0, 0, 0)
    assert len(services.coupons.listing(member_id=sara.id)) == 1
    assert services.campaigns.preview(CampaignKind.BIRTHDAY).count == 0
    history = services.campaigns.history(CampaignKind.BIRTHDAY)
    assert [r.rewarded for r in history] == [0, 1]


def test_thirty_esfand_birthday_falls_on_29_esfand_in_a_non_leap_year(
    services: Services, clock: FakeClock
) -> None:
    _enable(services, CampaignKind.BIRTHDAY, days=3, calendar=BirthdayCalendar.JALALI)
    born = jalali_to_gregorian(1399, 12, 30)  # 1399 was a leap year
    sara = register(services, birthday=born)
    # 27 Esfand 1404 (1404 has no 30 Esfand): the window is the 27th, 28th and 29th.
    clock.now = dt.datetime.combine(jalali_to_gregorian(1404, 12, 27), dt.time(9), dt.UTC)
    preview = services.campaigns.preview(CampaignKind.BIRTHDAY)
    assert [line.day for line in preview.lines] == [jalali_to_gregorian(1404, 12, 29)]
    run = services.campaigns.run(CampaignKind.BIRTHDAY, services.actor)
    assert run.coupons == 1 and services.coupons.listing(member_id=sara.id)
    # The day before the window reaches the 29th: nobody yet.
    clock.now -= dt.timedelta(days=1)
    assert services.campaigns.preview(CampaignKind.BIRTHDAY).count == 0


def test_win_back_reaches_a_weekly_member_absent_20_days_not_one_absent_10(
    services: Services, clock: FakeClock
) -> None:
    _enable(services, CampaignKind.WIN_BACK)
    joined = clock.now - dt.timedelta(days=200)
    away = register(services, joined_at=joined)
    back_soon = register(services, name="Reza Ahmadi", phone="09121111111", joined_at=joined)
    for member, absent in ((away, 20), (back_soon, 10)):
        last = clock.now - dt.timedelta(days=absent)
        for week in range(5, -1, -1):
            _visit(services, member.id, last - dt.timedelta(days=7 * week))
    preview = services.campaigns.preview(CampaignKind.WIN_BACK)
    assert [line.member_id for line in preview.lines] == [away.id]
    assert preview.lines[0].absent_days == 20 and preview.lines[0].usual_gap == 7
    run = services.campaigns.run(CampaignKind.WIN_BACK, services.actor)
    assert run.coupons == 1
    code = services.coupons.listing(member_id=away.id)[0].code
    assert services.campaigns.run(CampaignKind.WIN_BACK, services.actor).coupons == 0

    # Buying with it counts as won back in the campaigns' figures.
    services.counter.credit_purchase(op(), away.id, 1_000_000, services.actor, coupon=code)
    # In the history: the run's coupon used, the member won back.
    assert [r.coupons_used for r in services.campaigns.history(CampaignKind.WIN_BACK)] == [0, 1]
    figures = services.campaigns.figures(clock.now.date(), clock.now.date())
    assert figures.members_won_back == 1 and figures.coupons_used == 1
    assert figures.discount_rials == 150_000 and figures.sales_rials == 850_000


def test_referral_bonus_only_after_the_window_and_never_after_a_refund_in_it(
    services: Services, clock: FakeClock, db_url: str
) -> None:
    _enable(services, CampaignKind.REFERRAL)
    sara = register(services)
    kept = register(services, name="Reza Ahmadi", phone="09121111111", referrer="09121234567")
    returned = register(services, name="Ali Karimi", phone="09122222222", referrer="09121234567")
    services.counter.credit_purchase(op(), kept.id, 500_000, services.actor, receipt_no="r-1")
    services.counter.credit_purchase(op(), returned.id, 500_000, services.actor, receipt_no="r-2")
    clock.advance(days=2)
    services.counter.refund(op(), services.actor, receipt_no="r-2")

    clock.advance(days=3)  # five days: the 7-day window has not passed
    early = services.campaigns.run(CampaignKind.REFERRAL, services.actor)
    assert early.rewarded == 0 and services.membership.get(sara.id).balance == 0

    clock.advance(days=3)
    run = services.campaigns.run(CampaignKind.REFERRAL, services.actor)
    assert (run.rewarded, run.points) == (1, 30)
    assert services.membership.get(sara.id).balance == 30
    lines = [line for line in services.membership.statement(sara.id).lines]
    assert [line.kind for line in lines].count(EntryKind.BONUS) == 1
    (bonus,) = _rows(
        db_url,
        "SELECT campaign, related_member_id, reason FROM ledger_entries WHERE kind = 'bonus'",
    )
    # Both names on the line: the referrer's and the one they brought.
    assert bonus[0] == "referral" and bonus[1] == kept.id
    assert isinstance(bonus[2], str)
    assert "Reza Ahmadi" in bonus[2] and sara.name in bonus[2]
    # The statement names the campaign and the member brought, in the reader's language.
    (line,) = [line for line in lines if line.kind is EntryKind.BONUS]
    assert (line.campaign, line.related_name) == ("referral", "Reza Ahmadi")
    assert line.campaign is not None
    app = QCoreApplication.instance()
    assert app is not None
    install_translations(app, "en", RESOURCES / "translations")  # whatever ran before
    assert campaign_line_text(line.campaign, line.related_name) == "Referral: brought Reza Ahmadi"
    install_translations(app, "fa", RESOURCES / "translations")
    assert campaign_line_text(line.campaign, line.related_name) == (
        "معرفی دوستان: Reza Ahmadi را معرفی کرد"
    )
    install_translations(app, "en", RESOURCES / "translations")
    assert services.campaigns.run(CampaignKind.REFERRAL, services.actor).points == 0
    clock.advance(days=30)
    assert services.campaigns.run(CampaignKind.REFERRAL, services.actor).points == 0
    assert services.membership.get(sara.id).balance == 30
    assert services.audit.verify(actor=services.actor).ok


def test_an_opted_out_member_gets_the_coupon_but_no_message(
    services: Services, clock: FakeClock, db_url: str
) -> None:
    _enable(services, CampaignKind.BIRTHDAY, days=7, calendar=BirthdayCalendar.GREGORIAN)
    quiet = register(services, birthday=dt.date(1990, 11, 27))
    loud = register(
        services, name="Reza Ahmadi", phone="09121111111", birthday=dt.date(1991, 11, 28)
    )
    _opt_out(db_url, quiet.id)
    run = services.campaigns.run(CampaignKind.BIRTHDAY, services.actor)
    assert (run.coupons, run.messages) == (2, 1)
    queued = services.outbox.listing()
    assert [m.member_id for m in queued] == [loud.id]
    assert services.coupons.listing(member_id=quiet.id)


def test_points_campaigns_keep_verify_true_and_history_counts(
    services: Services, clock: FakeClock
) -> None:
    _enable(services, CampaignKind.THANK_YOU, points=5)
    members = [register(services, name=f"Member {i}", phone=f"0912000000{i}") for i in range(3)]
    for member in members:
        _visit(services, member.id, clock.now)
    run = services.campaigns.run(CampaignKind.THANK_YOU, services.actor)
    assert (run.qualified, run.rewarded, run.points, run.messages) == (3, 3, 15, 3)
    assert services.audit.verify(actor=services.actor).ok
    (last,) = services.campaigns.history(CampaignKind.THANK_YOU)
    assert last.status is RunStatus.DONE and last.points == 15


def test_second_visit_nudges_members_who_did_not_come_back(
    services: Services, clock: FakeClock
) -> None:
    _enable(services, CampaignKind.SECOND_VISIT)
    joined = clock.now - dt.timedelta(days=30)
    once = register(services, joined_at=joined)
    twice = register(services, name="Reza Ahmadi", phone="09121111111", joined_at=joined)
    _visit(services, once.id, clock.now - dt.timedelta(days=20))
    _visit(services, twice.id, clock.now - dt.timedelta(days=20))
    _visit(services, twice.id, clock.now - dt.timedelta(days=5))
    preview = services.campaigns.preview(CampaignKind.SECOND_VISIT)
    assert [line.member_id for line in preview.lines] == [once.id]


def test_a_cancelled_run_stops_and_a_new_run_finishes_the_rest(
    services: Services, clock: FakeClock
) -> None:
    _enable(services, CampaignKind.THANK_YOU)
    for i in range(3):
        member = register(services, name=f"Member {i}", phone=f"0912000000{i}")
        _visit(services, member.id, clock.now)
    stopped = services.campaigns.run(CampaignKind.THANK_YOU, services.actor, cancelled=lambda: True)
    assert stopped.status is RunStatus.CANCELLED and stopped.messages == 0
    seen: list[tuple[int, int]] = []
    done = services.campaigns.run(
        CampaignKind.THANK_YOU, services.actor, progress=lambda a, b: seen.append((a, b))
    )
    assert done.messages == 3 and seen[-1] == (3, 3)


def test_automatic_runs_once_per_shop_day(services: Services, clock: FakeClock) -> None:
    _enable(services, CampaignKind.THANK_YOU, automatic=True)
    assert [r.campaign for r in services.campaigns.run_due(services.actor)] == [
        CampaignKind.THANK_YOU
    ]
    assert services.campaigns.run_due(services.actor) == []
    clock.advance(days=1)
    assert len(services.campaigns.run_due(services.actor)) == 1


def test_stored_texts_the_reward_cannot_fill_are_shown_and_not_run(
    services: Services, db_url: str, clock: FakeClock
) -> None:
    """Issue 13 (3): settings saved before texts were checked against the reward (a
    message-only campaign still saying "with code {code}") load as they are, the preview
    says what is wrong and a run refuses with the same sentence instead of queueing "با کد  تا"."""
    import json

    import pytest

    from loyaltydesk.domain.errors import InvalidInput

    member = register(services, "سارا محمدی", "09121234567")
    _visit(services, member.id, clock.now)
    stored = services.campaigns.settings(CampaignKind.THANK_YOU).to_json()
    stored.update(text_en="Thanks {name}, code {code}", text_fa="ممنون {name}، کد {code}")
    url = db_url if "://" in db_url else f"sqlite:///{db_url}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO club_settings (key, value) VALUES (:k, :v)"),
            {"k": "campaign.thank_you", "v": json.dumps(stored, ensure_ascii=False)},
        )
    engine.dispose()
    loaded = services.campaigns.settings(CampaignKind.THANK_YOU)
    assert "{code}" in loaded.text_en  # as stored, not silently the defaults
    preview = services.campaigns.preview(CampaignKind.THANK_YOU)
    assert preview.count == 1
    assert preview.problem is not None
    assert preview.problem.code == "campaign.placeholder_needs_coupon"
    with pytest.raises(InvalidInput) as caught:
        services.campaigns.run(CampaignKind.THANK_YOU, services.actor)
    assert caught.value.code == preview.problem.code
    assert services.outbox.listing() == []
    assert services.campaigns.history(CampaignKind.THANK_YOU)[0].status is RunStatus.FAILED
    # Saving it as it is is refused too; changing the text along with it is not.
    with pytest.raises(InvalidInput):
        services.campaigns.set_settings(
            dataclasses.replace(loaded, enabled=True), actor=services.actor
        )
    services.campaigns.set_settings(
        dataclasses.replace(loaded, text_en="Thanks {name}", text_fa="ممنون {name}"),
        actor=services.actor,
    )
    assert services.campaigns.preview(CampaignKind.THANK_YOU).problem is None


def test_a_message_only_campaign_leaves_out_whom_no_message_reaches(
    services: Services, clock: FakeClock
) -> None:
    settings = services.campaigns.settings(CampaignKind.THANK_YOU)
    services.campaigns.set_settings(
        dataclasses.replace(settings, enabled=True), actor=services.actor
    )
    assert services.campaigns.settings(CampaignKind.THANK_YOU).coupon is None
    reached = register(services, "Sara Writes", "09121110001")
    quiet = register(services, "Nima Quiet", "09121110002")
    services.membership.set_opted_out(op(), quiet.id, True, services.actor)
    for someone in (reached, quiet):
        services.counter.credit_purchase(op(), someone.id, 500_000, services.actor)
    preview = services.campaigns.preview(CampaignKind.THANK_YOU)
    # The opted-out member gets no message, so a message-only campaign does not count him.
    assert (preview.count, preview.messages) == (1, 1)
    assert [line.member_id for line in preview.lines] == [reached.id]
    run = services.campaigns.run(CampaignKind.THANK_YOU, services.actor)
    assert (run.qualified, run.rewarded, run.messages) == (1, 1, 1)
    assert services.campaigns.preview(CampaignKind.THANK_YOU).count == 0


def test_a_coupon_campaign_counts_the_messages_it_will_queue(
    services: Services, clock: FakeClock
) -> None:
    settings = services.campaigns.settings(CampaignKind.SECOND_VISIT)
    assert settings.coupon is not None or settings.points
    services.campaigns.set_settings(
        dataclasses.replace(settings, enabled=True), actor=services.actor
    )
    first = register(services, "Sara Writes", "09121110001")
    second = register(services, "Nima Quiet", "09121110002")
    services.membership.set_opted_out(op(), second.id, True, services.actor)
    for someone in (first, second):
        services.counter.credit_purchase(op(), someone.id, 500_000, services.actor)
    clock.advance(days=settings.days + 1)
    preview = services.campaigns.preview(CampaignKind.SECOND_VISIT)
    # Both are rewarded; only one can be told.
    assert (preview.count, preview.messages) == (2, 1)

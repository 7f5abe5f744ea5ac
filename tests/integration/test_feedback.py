"""The customer's voice on both databases: scores after a visit, why a member stopped
coming, the owner's reasons, and the report's page counted by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.domain.feedback import DEFAULT_REASONS, FeedbackKind, Reason
from loyaltydesk.services.report_views import Page
from tests.conftest import FakeClock
from tests.integration.helpers import credit, op, register


def _at(clock: FakeClock, day: int, month: int = 11, hour: int = 10) -> None:
    clock.now = dt.datetime(2026, month, day, hour, tzinfo=dt.UTC)


def test_a_visit_is_scored_on_the_latest_purchase_and_cleaned(services: Services) -> None:
    sara = register(services)
    credit(services, sara, 100_000)
    latest = services.counter.credit_purchase(op(), sara.id, 200_000, services.actor).purchase_id
    recorded = services.feedback.record_visit(
        op(), sara.id, "۴", reason=" قيمت ", note="  cold \u202efood\n", actor=services.actor
    )
    item = recorded.feedback
    assert (item.score, item.kind, item.purchase_id) == (4, FeedbackKind.VISIT, latest)
    assert item.reason == "price"  # matched in Persian (Arabic ي typed), kept by its English
    assert item.note == "cold food"  # no directional control reorders the report
    assert (item.staff, item.counter) == ("Sara", "counter-1")
    assert services.feedback.history(sara.id) == [item]


@pytest.mark.parametrize("score", [0, 6, "x", "", "-1"])
def test_a_score_outside_1_to_5_is_refused_and_nothing_is_stored(
    services: Services, score: int | str
) -> None:
    sara = register(services)
    with pytest.raises(InvalidInput) as refused:
        services.feedback.record_visit(op(), sara.id, score, actor=services.actor)
    assert refused.value.code == "feedback.bad_score"
    assert services.feedback.history(sara.id) == []


def test_the_same_operation_id_records_once(services: Services) -> None:
    sara = register(services)
    other = register(services, name="Ali", phone="09351234567")
    credit(services, sara, 100_000)
    credit(services, other, 100_000)
    first = services.feedback.record_visit("fb-1", sara.id, 2, actor=services.actor)
    again = services.feedback.record_visit("fb-1", sara.id, 2, actor=services.actor)
    assert (first.replayed, again.replayed) == (False, True)
    assert again.feedback == first.feedback
    assert len(services.feedback.history(sara.id)) == 1
    with pytest.raises(Refused) as reused:
        services.feedback.record_visit("fb-1", other.id, 5, actor=services.actor)
    assert reused.value.code == "operation.reused"
    assert services.feedback.history(other.id) == []


def test_a_purchase_of_someone_else_or_a_member_unknown_is_refused(services: Services) -> None:
    sara = register(services)
    ali = register(services, name="Ali", phone="09351234567")
    alis = services.counter.credit_purchase(op(), ali.id, 100_000, services.actor).purchase_id
    with pytest.raises(NotFound):
        services.feedback.record_visit(op(), sara.id, 3, purchase_id=alis, actor=services.actor)
    with pytest.raises(NotFound):
        services.feedback.record_visit(op(), 999_999, 3, actor=services.actor)
    assert services.feedback.history(sara.id) == []


def test_the_owners_reasons_are_checked_and_kept_club_wide(services: Services) -> None:
    assert services.feedback.reasons() == DEFAULT_REASONS
    assert [r.fa for r in DEFAULT_REASONS][:2] == ["خدمات کند", "قیمت"]
    kept = services.feedback.set_reasons(
        [Reason("noise", "سر و صدا"), Reason("parking", ""), Reason(" price\u202b ", "قیمت")],
        actor=services.actor,
    )
    assert kept == (
        Reason("noise", "سر و صدا"),
        Reason("parking", "parking"),
        Reason("price", "قیمت"),
    )
    assert services.feedback.reasons() == kept
    for bad, code in (
        ([], "feedback.no_reasons"),
        ([Reason(" ", "")], "feedback.no_reasons"),
        ([Reason("Price", "a"), Reason("price", "b")], "feedback.reason_twice"),
        ([Reason("a", "قیمت"), Reason("b", "قيمت")], "feedback.reason_twice"),
        ([Reason(f"r{i}", f"r{i}") for i in range(21)], "feedback.too_many_reasons"),
        ([Reason("x" * 101, "y")], "feedback.reason_too_long"),
    ):
        with pytest.raises(InvalidInput) as refused:
            services.feedback.set_reasons(bad, actor=services.actor)
        assert refused.value.code == code
    assert services.feedback.reasons() == kept  # nothing changed by a refusal

    sara = register(services)
    with pytest.raises(InvalidInput) as unknown:
        services.feedback.record_visit(op(), sara.id, 2, reason="taste", actor=services.actor)
    assert unknown.value.code == "feedback.unknown_reason"
    assert unknown.value.params["reasons"] == "noise | parking | price"
    assert unknown.value.params["reasons_fa"] == "سر و صدا | parking | قیمت"


def test_why_a_member_stopped_coming(services: Services) -> None:
    sara = register(services)
    with pytest.raises(InvalidInput) as empty:
        services.feedback.record_why_left(op(), sara.id, None, "  ", services.actor)
    assert empty.value.code == "feedback.why_left_empty"
    with pytest.raises(InvalidInput):
        services.feedback.record_why_left(op(), sara.id, None, "x" * 1001, services.actor)
    recorded = services.feedback.record_why_left(
        "left-1", sara.id, "زمان انتظار", "moved away", services.actor
    )
    item = recorded.feedback
    assert (item.kind, item.score, item.reason, item.note, item.purchase_id) == (
        FeedbackKind.WHY_LEFT, None, "waiting time", "moved away", None,
    )  # fmt: skip
    with pytest.raises(Refused):  # a visit's id is not a why-left's
        services.feedback.record_visit("left-1", sara.id, 3, actor=services.actor)


def test_the_voice_page_counted_by_hand(services: Services, clock: FakeClock) -> None:
    """Period 1–26 November 2026 (the previous: 6–31 October), figures worked out by hand."""
    a = register(services, name="Arash", phone="09120000001")
    b = register(services, name="Bahar", phone="09120000002")
    c = register(services, name="Cyrus", phone="09120000003")
    d = register(services, name="Dena", phone="09120000004")
    actor = services.actor

    def visit(member_id: int, day: int, score: int, reason: str | None = None) -> None:
        services.feedback.record_visit(op(), member_id, score, reason, actor=actor)

    _at(clock, 10, month=10)
    credit(services, a, 100_000)
    visit(a.id, 10, 5)  # the previous period
    _at(clock, 3)
    credit(services, b, 100_000)
    visit(b.id, 3, 1, "price")  # low, and Bahar never comes back: on the call list
    _at(clock, 5)
    credit(services, c, 100_000)
    visit(c.id, 5, 2, "طعم")  # low, but Cyrus came back on the 8th
    _at(clock, 8)
    credit(services, c, 50_000)
    _at(clock, 10)
    credit(services, d, 100_000)
    visit(d.id, 10, 4)
    _at(clock, 12)
    services.feedback.record_why_left(op(), a.id, "slow service", None, actor)
    _at(clock, 20)
    credit(services, d, 100_000)  # a visit is scored once: a new purchase, a new score
    visit(d.id, 20, 2)  # low, and nothing bought since: on the call list
    _at(clock, 26, hour=12)

    periods = services.reports.custom_periods(dt.date(2026, 11, 1), dt.date(2026, 11, 26))
    report = services.reports.report(periods, pages={Page.VOICE}, actor=services.actor)
    voice = report.voice
    assert voice is not None
    figures = {f.key: (f.current, f.previous) for f in voice.figures}
    assert figures == {
        "voice_answers": (4, 1),
        "voice_average": (Decimal("2.25"), Decimal("5.00")),  # (1 + 2 + 4 + 2) / 4
        "voice_low_scores": (3, 0),
        "voice_not_returned": (2, 0),
        "voice_why_left": (1, 0),
    }
    assert voice.scores == (1, 2, 0, 1, 0)
    assert [(r.reason, r.reason_fa, r.visits, r.why_left) for r in voice.reasons] == [
        ("price", "قیمت", 1, 0),
        ("slow service", "خدمات کند", 0, 1),
        ("taste", "طعم", 1, 0),
    ]
    assert voice.unhappy_total == 2
    assert [(m.name, m.score, m.reason, m.day, m.days_since) for m in voice.unhappy] == [
        ("Bahar", 1, "price", dt.date(2026, 11, 3), 23),
        ("Dena", 2, None, dt.date(2026, 11, 20), 6),
    ]
    months = {m.month.first: (m.answers, m.average_score) for m in voice.months}
    assert len(voice.months) == 12
    assert months[dt.date(2026, 11, 1)] == (4, Decimal("2.25"))
    assert months[dt.date(2026, 10, 1)] == (1, Decimal("5.00"))
    assert months[dt.date(2026, 9, 1)] == (0, None)

    # Dena buys again: she is off the call list, and the report sees it at once.
    credit(services, d, 100_000)
    again = services.reports.report(periods, pages={Page.VOICE}, actor=services.actor).voice
    assert again is not None and [m.name for m in again.unhappy] == ["Bahar"]
    total, rows = services.reports.unhappy(periods, limit=1, actor=services.actor)
    assert (total, [m.name for m in rows]) == (1, ["Bahar"])


# -- one score a visit, and only a visit (issue 13, newcomer report 2 item 4) ---------------


def test_no_visit_score_without_a_purchase(services: Services) -> None:
    sara = register(services)
    with pytest.raises(Refused) as refused:
        services.feedback.record_visit(op(), sara.id, 3, actor=services.actor)
    assert refused.value.code == "feedback.no_visit"
    with pytest.raises(Refused):
        services.feedback.visit_to_score(sara.id)
    assert services.feedback.history(sara.id) == []


def test_the_visit_to_score_is_the_latest_kept_purchase(
    services: Services, clock: FakeClock
) -> None:
    sara = register(services)
    _at(clock, 1, hour=9)
    kept = services.counter.credit_purchase(op(), sara.id, 300_000, services.actor).purchase_id
    _at(clock, 21, hour=9)
    gone = services.counter.credit_purchase(op(), sara.id, 200_000, services.actor).purchase_id
    services.counter.refund(op(), services.actor, purchase_id=gone)  # all of it
    visit = services.feedback.visit_to_score(sara.id)
    # The refunded purchase is no visit: the one before it is what a score would go to,
    # and the cashier is shown which (day, time and amount) before scoring it.
    assert (visit.purchase_id, visit.amount_rials) == (kept, 300_000)
    assert visit.occurred_at == dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
    with pytest.raises(Refused) as refunded:
        services.feedback.record_visit(op(), sara.id, 4, purchase_id=gone, actor=services.actor)
    assert refunded.value.code == "feedback.visit_refunded"
    assert refunded.value.params["visit"] == dt.datetime(2026, 11, 21, 9, tzinfo=dt.UTC)
    recorded = services.feedback.record_visit(op(), sara.id, 4, actor=services.actor)
    assert recorded.feedback.purchase_id == kept


def test_a_visit_is_scored_once_and_the_report_counts_one(
    services: Services, clock: FakeClock
) -> None:
    sara = register(services)
    _at(clock, 3)
    bought = services.counter.credit_purchase(op(), sara.id, 100_000, services.actor).purchase_id
    services.feedback.record_visit("fb-first", sara.id, 5, actor=services.actor)
    _at(clock, 3, hour=11)
    with pytest.raises(Refused) as twice:
        services.feedback.record_visit(op(), sara.id, 1, purchase_id=bought, actor=services.actor)
    assert twice.value.code == "feedback.already_scored"
    assert twice.value.params["score"] == 5
    assert twice.value.params["scored_at"] == dt.datetime(2026, 11, 3, 10, tzinfo=dt.UTC)
    assert twice.value.params["staff"] == "Sara"
    # The first one's retry is still its replay, not a refusal.
    assert services.feedback.record_visit("fb-first", sara.id, 5, actor=services.actor).replayed
    assert [f.score for f in services.feedback.history(sara.id)] == [5]
    periods = services.reports.custom_periods(dt.date(2026, 11, 1), dt.date(2026, 11, 26))
    voice = services.reports.report(periods, pages={Page.VOICE}, actor=services.actor).voice
    assert voice is not None and voice.scores == (0, 0, 0, 0, 1)


def test_scores_an_older_version_stored_twice_or_without_a_purchase_count_once(
    services: Services, clock: FakeClock
) -> None:
    """Rows as the version before this one could leave them: the report counts the first
    score of each purchase and no score without one."""
    from loyaltydesk.domain.feedback import NewFeedback

    sara = register(services)
    ali = register(services, name="Ali", phone="09351234567")
    _at(clock, 3)
    bought = services.counter.credit_purchase(op(), sara.id, 100_000, services.actor).purchase_id
    old_rows = [(sara.id, bought, 4), (sara.id, bought, 1), (ali.id, None, 1)]
    with services.feedback._uow(write=True) as uow:  # the rows an older version wrote
        for member_id, purchase_id, score in old_rows:
            visit = FeedbackKind.VISIT
            row = NewFeedback(
                member_id, purchase_id, visit, score, None, None, clock(), "Sara", "c-1", op()
            )
            uow.feedback.add(row)
        uow.commit()
    _at(clock, 26)
    periods = services.reports.custom_periods(dt.date(2026, 11, 1), dt.date(2026, 11, 26))
    voice = services.reports.report(periods, pages={Page.VOICE}, actor=services.actor).voice
    assert voice is not None
    assert voice.scores == (0, 0, 0, 1, 0)
    assert voice.unhappy_total == 0
    months = {m.month.first: (m.answers, m.average_score) for m in voice.months}
    assert months[dt.date(2026, 11, 1)] == (1, Decimal("4.00"))


# -- past answers keep their names when the list changes (item 6) -------------------------


def test_a_reason_taken_off_the_list_keeps_both_names(services: Services, clock: FakeClock) -> None:
    sara = register(services)
    _at(clock, 3)
    credit(services, sara, 100_000)
    services.feedback.record_visit(op(), sara.id, 2, reason="طعم", actor=services.actor)
    services.feedback.record_why_left(op(), sara.id, "slow service", None, services.actor)
    services.feedback.set_reasons(
        [Reason("slow", "کند"), Reason("price", "قیمت")], actor=services.actor
    )
    offered = services.feedback.reasons()
    assert [r.en for r in offered] == ["slow", "price"]  # only these are offered
    retired = services.feedback.retired_reasons()
    assert Reason("taste", "طعم") in retired and Reason("slow service", "خدمات کند") in retired
    assert Reason("price", "قیمت") not in retired  # still offered
    with pytest.raises(InvalidInput):  # a retired reason is no longer a choice
        services.feedback.record_why_left(op(), sara.id, "taste", None, services.actor)
    # Offered again: no longer retired; changed once more, the retired ones stay.
    services.feedback.set_reasons([Reason("taste", "مزه")], actor=services.actor)
    assert Reason("taste", "طعم") not in services.feedback.retired_reasons()
    assert Reason("slow", "کند") in services.feedback.retired_reasons()
    assert Reason("slow service", "خدمات کند") in services.feedback.retired_reasons()
    _at(clock, 26)
    periods = services.reports.custom_periods(dt.date(2026, 11, 1), dt.date(2026, 11, 26))
    voice = services.reports.report(periods, pages={Page.VOICE}, actor=services.actor).voice
    assert voice is not None
    assert {(r.reason, r.reason_fa) for r in voice.reasons} == {
        ("taste", "مزه"),
        ("slow service", "خدمات کند"),
    }
    assert [(m.reason, m.reason_fa) for m in voice.unhappy] == [("taste", "مزه")]

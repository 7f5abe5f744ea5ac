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
        [Reason("noise", "سر و صدا"), Reason("parking", ""), Reason(" price\u202b ", "قیمت")]
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
            services.feedback.set_reasons(bad)
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
    visit(d.id, 20, 2)  # low, and nothing bought since: on the call list
    _at(clock, 26, hour=12)

    periods = services.reports.custom_periods(dt.date(2026, 11, 1), dt.date(2026, 11, 26))
    report = services.reports.report(periods, pages={Page.VOICE})
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
    again = services.reports.report(periods, pages={Page.VOICE}).voice
    assert again is not None and [m.name for m in again.unhappy] == ["Bahar"]
    total, rows = services.reports.unhappy(periods, limit=1)
    assert (total, [m.name for m in rows]) == (1, ["Bahar"])

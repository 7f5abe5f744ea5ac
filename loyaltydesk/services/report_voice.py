"""The report's "Customer voice" page: satisfaction month by month, the reasons counted and
the members who gave a low score and did not come back — from SQL aggregates (ReportQueries)
and the owner's list of reasons (for their Persian names)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from loyaltydesk.domain.feedback import LOW_SCORE, MAX_SCORE, FeedbackKind, Reason
from loyaltydesk.domain.reports import Period, day_of, to_decimal
from loyaltydesk.services.report_ports import ReportQueries, Scope, UnhappyPage, VoiceCount
from loyaltydesk.services.report_views import (
    Figure,
    ReasonLine,
    UnhappyLine,
    Unit,
    Voice,
    VoiceMonthLine,
)

VISIT = FeedbackKind.VISIT.value
WHY_LEFT = FeedbackKind.WHY_LEFT.value


def _totals(counts: Sequence[VoiceCount]) -> dict[str, int]:
    scored = [c for c in counts if c.kind == VISIT and c.score is not None]
    return {
        "answers": sum(c.count for c in scored),
        "score_sum": sum(c.count * (c.score or 0) for c in scored),
        "low": sum(c.count for c in scored if (c.score or 0) <= LOW_SCORE),
        "why_left": sum(c.count for c in counts if c.kind == WHY_LEFT),
    }


def _average(total: dict[str, int]) -> Fraction | None:
    return Fraction(total["score_sum"], total["answers"]) if total["answers"] else None


def unhappy_lines(
    page: UnhappyPage, last_day: int, reasons: Sequence[Reason]
) -> tuple[UnhappyLine, ...]:
    persian = {r.en: r.fa for r in reasons}
    return tuple(
        UnhappyLine(
            id=row.member_id,
            name=row.name,
            phone=row.phone,
            score=row.score,
            reason=row.reason,
            reason_fa=persian.get(row.reason) if row.reason else None,
            day=day_of(row.day),
            days_since=last_day - row.day,
        )
        for row in page.rows
    )


def voice(
    q: ReportQueries,
    scope: Scope,
    before: Scope,
    months: Sequence[tuple[int, int]],
    reasons: Sequence[Reason],
    limit: int,
) -> Voice:
    # figure() lives in services/reports, which imports this module: taken here, late.
    from loyaltydesk.services.reports import figure

    now_counts, then_counts = q.voice_counts(scope), q.voice_counts(before)
    now, then = _totals(now_counts), _totals(then_counts)
    page = q.unhappy(scope, LOW_SCORE, limit)
    page_before = q.unhappy(before, LOW_SCORE, 0)
    figures: tuple[Figure, ...] = (
        figure("voice_answers", Unit.COUNT, now["answers"], then["answers"]),
        figure("voice_average", Unit.NUMBER, _average(now), _average(then)),
        figure("voice_low_scores", Unit.COUNT, now["low"], then["low"]),
        figure("voice_not_returned", Unit.COUNT, page.total, page_before.total),
        figure("voice_why_left", Unit.COUNT, now["why_left"], then["why_left"]),
    )
    by_index = {m.index: m for m in q.voice_months(scope, months)}
    month_lines = []
    for i, (first, last) in enumerate(months):
        found = by_index.get(i)
        answers = found.answers if found else 0
        average = Fraction(found.score_sum, answers) if found and answers else None
        month_lines.append(
            VoiceMonthLine(
                month=Period(day_of(first), day_of(last)),
                answers=answers,
                average_score=to_decimal(average) if average is not None else None,
            )
        )
    scores = [0] * MAX_SCORE
    for c in now_counts:
        if c.kind == VISIT and c.score is not None and 1 <= c.score <= MAX_SCORE:
            scores[c.score - 1] += c.count
    given: dict[str, list[int]] = {}
    for c in now_counts:
        if c.reason:
            counts = given.setdefault(c.reason, [0, 0])
            counts[0 if c.kind == VISIT else 1] += c.count
    persian = {r.en: r.fa for r in reasons}
    reason_lines = sorted(
        (ReasonLine(name, persian.get(name), v, w) for name, (v, w) in given.items()),
        key=lambda line: (-line.total, line.reason),
    )
    return Voice(
        figures=figures,
        months=tuple(month_lines),
        scores=tuple(scores),
        reasons=tuple(reason_lines),
        unhappy_total=page.total,
        unhappy=unhappy_lines(page, scope.last_day, reasons),
    )

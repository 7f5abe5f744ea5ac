"""The report's "Anomalies" page (issue 14): the checks' findings from SQL (ReportQueries)
as frozen read models in shop time, and the opening hours the owner keeps in club_settings."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from loyaltydesk.domain.anomalies import OPENING_HOURS_KEY, AnomalyKind, AnomalyRules, OpeningHours
from loyaltydesk.services.ports import UnitOfWork
from loyaltydesk.services.report_ports import AnomalyFacts, AnomalyLine, ReportQueries, Scope
from loyaltydesk.services.report_views import Anomalies, Finding, FindingLine

_ORDER = {kind: i for i, kind in enumerate(AnomalyKind)}


def opening_hours(uow: UnitOfWork) -> OpeningHours | None:
    return OpeningHours.from_json(uow.club_settings.get(OPENING_HOURS_KEY))


def _line(line: AnomalyLine, zone: ZoneInfo) -> FindingLine:
    return FindingLine(
        entry_id=line.entry_id,
        kind=line.kind,
        points=line.points,
        amount_rials=line.amount_rials,
        receipt=line.receipt,
        at=line.at.astimezone(zone),
        staff=line.staff,
        counter=line.counter,
        reason=line.reason,
    )


def _finding(facts: AnomalyFacts, zone: ZoneInfo) -> Finding:
    return Finding(
        kind=facts.kind,
        staff=facts.staff,
        counter=facts.counter,
        member_id=facts.member_id,
        member_name=facts.member_name,
        card=facts.card,
        at=facts.at.astimezone(zone),
        figures=facts.figures,
        lines=tuple(_line(line, zone) for line in facts.lines),
        lines_total=facts.lines_total,
    )


def anomalies(q: ReportQueries, scope: Scope, rules: AnomalyRules, zone: ZoneInfo) -> Anomalies:
    large = rules.credit_limit_rials
    if large is None:
        large = q.purchase_percentile(scope, rules.large_credit_percentile)
    found = sorted(
        q.anomalies(scope, rules, large),
        key=lambda f: (_ORDER[f.kind], f.at, f.lines[0].entry_id if f.lines else 0),
    )
    return Anomalies(rules, large, tuple(_finding(f, zone) for f in found))

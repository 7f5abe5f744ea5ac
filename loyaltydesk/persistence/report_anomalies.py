"""The anomalies page's checks in SQL (ReportQueries.anomalies), the same on SQLite and
PostgreSQL.

Each check narrows the period's ledger lines (by the effective_at index) to the few it flags
and reads only those; nothing here walks the ledger in Python. Times of day and gaps between
two lines are integer seconds worked out in SQL (report_queries' epoch and shop-clock
arithmetic). Flagged lines are grouped into findings in Python, at most LINES_PER_FINDING
lines each (every line counted).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, text

from loyaltydesk.domain.anomalies import (
    LINES_PER_FINDING,
    AnomalyKind,
    AnomalyRules,
    percentile_rank,
)
from loyaltydesk.services.report_ports import AnomalyFacts, AnomalyLine, Scope

if TYPE_CHECKING:
    from loyaltydesk.persistence.report_queries import SqlReportQueries

DAY = 86400
# Lines the system writes by itself at whatever hour it runs (expiry, campaign bonuses).
_NOT_BY_STAFF = "('expire', 'bonus')"
# A refund's line shows what was refunded (its operation's amount), not the whole purchase.
_LINE = (
    "l.id, l.kind, l.points,"
    " COALESCE(CASE WHEN l.kind = 'reverse_earn' THEN"
    " (SELECT o.amount_rials FROM operations o WHERE o.op_id = l.operation_id) END,"
    " p.amount_rials),"
    " p.receipt_no, l.recorded_at, l.staff, l.counter, l.member_id, l.reason"
)


def _instant(value: Any) -> dt.datetime:
    """A timestamp as raw SQL gives it (text on SQLite, naive on PostgreSQL), aware UTC."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC)


def _line(row: Sequence[Any]) -> AnomalyLine:
    return AnomalyLine(
        entry_id=int(row[0]),
        kind=str(row[1]),
        points=int(row[2]),
        amount_rials=None if row[3] is None else int(row[3]),
        receipt=row[4],
        at=_instant(row[5]),
        staff=str(row[6]),
        counter=str(row[7]),
        member_id=int(row[8]),
        reason=row[9],
    )


def _finding(
    kind: AnomalyKind,
    staff: str,
    counter: str,
    figures: tuple[tuple[str, int], ...],
    lines: Sequence[AnomalyLine],
    total: int,
    member_id: int | None = None,
) -> AnomalyFacts:
    """A finding dated by its first line; the member's name and card come later, in one read."""
    return AnomalyFacts(
        kind=kind,
        staff=staff,
        counter=counter,
        member_id=member_id,
        member_name=None,
        card=None,
        at=lines[0].at,
        figures=figures,
        lines=tuple(lines),
        lines_total=total,
    )


class AnomalyChecks:
    """The checks of one period, on the queries' session and clock arithmetic."""

    def __init__(self, queries: SqlReportQueries, scope: Scope, rules: AnomalyRules) -> None:
        self.q = queries
        self.scope = scope
        self.rules = rules
        self.params: dict[str, Any] = {
            "start": queries._at(scope, scope.first_day),
            "end": queries._at(scope, scope.last_day + 1),
        }

    # -- plumbing --------------------------------------------------------------------------

    def _rows(self, sql: str, params: dict[str, Any], *lists: str) -> list[tuple[Any, ...]]:
        statement = text(sql)
        if lists:
            statement = statement.bindparams(*(bindparam(n, expanding=True) for n in lists))
        return [tuple(r) for r in self.q._s.execute(statement, params)]

    def _lines_by_id(self, ids: Sequence[int]) -> dict[int, AnomalyLine]:
        if not ids:
            return {}
        rows = self._rows(
            f"SELECT {_LINE} FROM ledger_entries l"
            " LEFT JOIN purchases p ON p.id = l.purchase_id WHERE l.id IN :ids",
            {"ids": sorted(set(ids))},
            "ids",
        )
        return {int(r[0]): _line(r) for r in rows}

    def _grouped_lines(
        self, keys: Sequence[str], where: str, params: dict[str, Any], *lists: str
    ) -> dict[tuple[Any, ...], tuple[list[AnomalyLine], int]]:
        """The flagged lines grouped by ``keys`` (SQL expressions), the first
        LINES_PER_FINDING of each group in time order, with how many the group has."""
        named = ", ".join(f"{k} AS k{i}" for i, k in enumerate(keys))
        partition = ", ".join(keys)
        rows = self._rows(
            f"""
            SELECT * FROM (
                SELECT {_LINE}, {named},
                    ROW_NUMBER() OVER (
                        PARTITION BY {partition} ORDER BY l.recorded_at, l.id) AS rn,
                    COUNT(*) OVER (PARTITION BY {partition}) AS n
                FROM ledger_entries l LEFT JOIN purchases p ON p.id = l.purchase_id
                WHERE l.effective_at >= :start AND l.effective_at < :end AND {where}
            ) t WHERE rn <= :cap
            ORDER BY {", ".join(f"k{i}" for i in range(len(keys)))}, rn
            """,
            params | self.params | {"cap": LINES_PER_FINDING},
            *lists,
        )
        groups: dict[tuple[Any, ...], tuple[list[AnomalyLine], int]] = {}
        width = 10  # the columns of _LINE
        for r in rows:
            key = tuple(r[width : width + len(keys)])
            lines, _ = groups.setdefault(key, ([], int(r[-1])))
            lines.append(_line(r))
        return groups

    def _members(self, ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
        """Each member's name and card in use today (the newest active card)."""
        if not ids:
            return {}
        rows = self._rows(
            """
            SELECT m.id, m.name, (
                SELECT c.number FROM cards c WHERE c.member_id = m.id AND c.status = 'active'
                ORDER BY c.id DESC LIMIT 1)
            FROM members m WHERE m.id IN :ids
            """,
            {"ids": sorted(set(ids))},
            "ids",
        )
        return {int(r[0]): (str(r[1]), r[2]) for r in rows}

    # -- the checks ------------------------------------------------------------------------

    def run(self, large_credit_rials: int | None) -> list[AnomalyFacts]:
        found: list[AnomalyFacts] = []
        found += self.refunds_voids()
        found += self.near_limit()
        if large_credit_rials is not None:
            found += self.redeem_after_credit(large_credit_rials)
        found += self.adjust_no_purchase()
        found += self.two_counters()
        found += self.outside_hours()
        names = self._members([f.member_id for f in found if f.member_id is not None])
        return [
            replace(f, member_name=names[f.member_id][0], card=names[f.member_id][1])
            if f.member_id is not None and f.member_id in names
            else f
            for f in found
        ]

    def refunds_voids(self) -> list[AnomalyFacts]:
        rules = self.rules
        rows = self._rows(
            """
            SELECT staff, counter,
                SUM(CASE WHEN kind = 'reverse_earn' THEN 1 ELSE 0 END),
                SUM(CASE WHEN kind = 'restore_redeem' THEN 1 ELSE 0 END),
                SUM(CASE WHEN kind = 'earn' THEN 1 ELSE 0 END)
            FROM ledger_entries
            WHERE effective_at >= :start AND effective_at < :end
              AND kind IN ('earn', 'reverse_earn', 'restore_redeem')
            GROUP BY staff, counter
            """,
            dict(self.params),
        )
        # One cashier over every counter they used: the rule is about the person.
        per_staff: dict[str, list[int]] = {}
        counters: dict[str, list[str]] = {}
        for staff, counter, refunds, voids, credits in rows:
            totals = per_staff.setdefault(staff, [0, 0, 0])
            totals[0] += int(refunds or 0)
            totals[1] += int(voids or 0)
            totals[2] += int(credits or 0)
            if refunds or voids:
                counters.setdefault(staff, []).append(counter)
        flagged = {
            staff: t
            for staff, t in per_staff.items()
            if t[0] + t[1] >= rules.refunds_at_least
            and (t[0] + t[1]) * 100 > rules.refunds_share_percent * t[2]
        }
        if not flagged:
            return []
        groups = self._grouped_lines(
            ["l.staff"],
            "l.kind IN ('reverse_earn', 'restore_redeem') AND l.staff IN :staff",
            {"staff": sorted(flagged)},
            "staff",
        )
        found = []
        for (staff,), (lines, total) in sorted(groups.items()):
            refunds, voids, credits = flagged[staff]
            found.append(
                _finding(
                    AnomalyKind.REFUNDS_VOIDS,
                    staff,
                    ", ".join(sorted(counters[staff])),
                    (("refunds", refunds), ("voids", voids), ("credits", credits)),
                    lines,
                    total,
                )
            )
        return found

    def near_limit(self) -> list[AnomalyFacts]:
        limit, low = self.rules.credit_limit_rials, self.rules.near_limit_from
        if limit is None or low is None:
            return []
        near = "l.kind = 'earn' AND p.amount_rials >= :low AND p.amount_rials < :limit"
        params = {"low": low, "limit": limit}
        counts = self._rows(
            "SELECT l.staff, COUNT(*) FROM ledger_entries l"
            " JOIN purchases p ON p.id = l.purchase_id"
            f" WHERE l.effective_at >= :start AND l.effective_at < :end AND {near}"
            " GROUP BY l.staff",
            params | self.params,
        )
        staff = sorted(s for s, n in counts if int(n) >= self.rules.near_limit_at_least)
        if not staff:
            return []
        groups = self._grouped_lines(
            ["l.staff"], f"{near} AND l.staff IN :staff", params | {"staff": staff}, "staff"
        )
        found = []
        for (who,), (lines, total) in sorted(groups.items()):
            found.append(
                _finding(
                    AnomalyKind.NEAR_LIMIT,
                    who,
                    ", ".join(sorted({line.counter for line in lines})),
                    (("credits", total), ("limit_rials", limit), ("from_rials", low)),
                    lines,
                    total,
                )
            )
        return found

    def redeem_after_credit(self, large: int) -> list[AnomalyFacts]:
        q = self.q
        gap = f"({q._epoch('r.recorded_at')} - {q._epoch('e.recorded_at')})"
        pairs = self._rows(
            f"""
            SELECT e.id, r.id, {gap}
            FROM ledger_entries e JOIN purchases p ON p.id = e.purchase_id
            JOIN ledger_entries r ON r.member_id = e.member_id AND r.kind = 'redeem'
                AND r.id > e.id
            WHERE e.kind = 'earn' AND e.effective_at >= :start AND e.effective_at < :end
              AND p.amount_rials >= :large
              AND {gap} >= 0 AND {gap} <= :window
            ORDER BY r.id, e.id DESC
            """,
            self.params | {"large": large, "window": self.rules.redeem_within_minutes * 60},
        )
        lines = self._lines_by_id([int(i) for pair in pairs for i in pair[:2]])
        found = []
        seen: set[int] = set()
        for credit_id, redeem_id, seconds in pairs:
            if int(redeem_id) in seen:  # two large credits before one redemption: once
                continue
            seen.add(int(redeem_id))
            credit, redeem = lines[int(credit_id)], lines[int(redeem_id)]
            found.append(
                _finding(
                    AnomalyKind.REDEEM_AFTER_CREDIT,
                    redeem.staff,
                    redeem.counter,
                    (
                        ("credit_rials", credit.amount_rials or 0),
                        ("large_rials", large),
                        ("minutes", int(seconds) // 60),
                        ("points", -redeem.points),
                    ),
                    (credit, redeem),
                    2,
                    redeem.member_id,
                )
            )
        return found

    def adjust_no_purchase(self) -> list[AnomalyFacts]:
        q, params = self.q, dict(self.params)
        adjusted_day = q._day("a.effective_at", self.scope.clock, params)
        bought_day = q._day("b.occurred_at", self.scope.clock, params)
        ids = self._rows(
            f"""
            SELECT a.id FROM ledger_entries a
            WHERE a.kind = 'adjust' AND a.points > 0
              AND a.effective_at >= :start AND a.effective_at < :end
              AND NOT EXISTS (
                SELECT 1 FROM purchases b
                WHERE b.member_id = a.member_id AND {bought_day} = {adjusted_day})
            ORDER BY a.id
            """,
            params,
        )
        lines = self._lines_by_id([int(r[0]) for r in ids])
        return [
            _finding(
                AnomalyKind.ADJUST_NO_PURCHASE,
                line.staff,
                line.counter,
                (("points", line.points),),
                (line,),
                1,
                line.member_id,
            )
            for line in sorted(lines.values(), key=lambda x: (x.at, x.entry_id))
        ]

    def two_counters(self) -> list[AnomalyFacts]:
        # Each credit against the member's credit just before it (one sorted pass over the
        # period's credits, not every pair of a member's lines): a double credit at two
        # tills is two neighbours in time.
        epoch = self.q._epoch("recorded_at")
        after = "OVER (PARTITION BY member_id ORDER BY recorded_at, id)"
        pairs = self._rows(
            f"""
            SELECT before_id, id, gap FROM (
                SELECT id, counter, LAG(id) {after} AS before_id,
                    LAG(counter) {after} AS before_counter,
                    {epoch} - LAG({epoch}) {after} AS gap
                FROM ledger_entries
                WHERE kind = 'earn' AND effective_at >= :start AND effective_at < :end
            ) t
            WHERE before_id IS NOT NULL AND before_counter <> counter AND gap <= :window
            ORDER BY before_id, id
            """,
            self.params | {"window": self.rules.two_counters_within_seconds},
        )
        lines = self._lines_by_id([int(i) for pair in pairs for i in pair[:2]])
        found = []
        for first_id, second_id, seconds in pairs:
            first, second = lines[int(first_id)], lines[int(second_id)]
            staff = first.staff if first.staff == second.staff else f"{first.staff}, {second.staff}"
            found.append(
                _finding(
                    AnomalyKind.TWO_COUNTERS,
                    staff,
                    f"{first.counter}, {second.counter}",
                    (("seconds", int(seconds)),),
                    (first, second),
                    2,
                    first.member_id,
                )
            )
        return found

    def outside_hours(self) -> list[AnomalyFacts]:
        hours = self.rules.opening_hours
        if hours is None:
            return []
        params: dict[str, Any] = {"opens": hours.opens_second, "closes": hours.closes_second}
        local = self.q._local("l.recorded_at", self.scope.clock, params)
        second = f"({local} % {DAY})"
        day = f"({local} / {DAY})"
        if hours.overnight:  # open 10:00–01:00: closed from 01:00 to 10:00
            closed = f"{second} >= :closes AND {second} < :opens"
        else:
            closed = f"({second} < :opens OR {second} >= :closes)"
        groups = self._grouped_lines(
            ["l.staff", "l.counter", day], f"l.kind NOT IN {_NOT_BY_STAFF} AND {closed}", params
        )
        found = []
        for (staff, counter, _day), (lines, total) in sorted(groups.items()):
            found.append(
                _finding(
                    AnomalyKind.OUTSIDE_HOURS,
                    staff,
                    counter,
                    (("entries", total),),
                    lines,
                    total,
                    # One member named when the lines are all theirs (one late credit).
                    lines[0].member_id if len({x.member_id for x in lines}) == 1 else None,
                )
            )
        return found


def purchase_percentile(queries: SqlReportQueries, scope: Scope, percentile: int) -> int | None:
    params = {
        "start": queries._at(scope, scope.first_day),
        "end": queries._at(scope, scope.last_day + 1),
    }
    ((count,),) = queries._rows(
        "SELECT COUNT(*) FROM purchases WHERE occurred_at >= :start AND occurred_at < :end",
        params,
    )
    if not count:
        return None
    found = queries._rows(
        "SELECT amount_rials FROM purchases WHERE occurred_at >= :start AND occurred_at < :end"
        " ORDER BY amount_rials LIMIT 1 OFFSET :skip",
        params | {"skip": percentile_rank(int(count), percentile) - 1},
    )
    return int(found[0][0]) if found else None

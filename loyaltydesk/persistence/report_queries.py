"""The owner's reports in SQL (services/report_ports.ReportQueries), the same on SQLite and
PostgreSQL.

The purchases are read once per period for most figures: ``_facts_of`` folds them into one
row per member (a TEMP table of this transaction, gone with its rollback) and the counts,
the lists, RFM, tiers and the at-risk rule start from it. Periods become UTC
instants in Python, so the big tables are filtered by index ranges and only compared as
timestamps; a timestamp is turned into a shop day in SQL only where a figure needs the day
or the hour (integer arithmetic over the epoch and the ShopClock's offsets).
"""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from loyaltydesk.domain.anomalies import AnomalyRules
from loyaltydesk.persistence import report_anomalies
from loyaltydesk.services.report_ports import (
    ActionTotal,
    AnomalyFacts,
    BranchTotal,
    CampaignFigures,
    CohortCounts,
    CouponTotal,
    CustomerCounts,
    HourCell,
    KindTotal,
    MemberFacts,
    MemberFilter,
    MemberPage,
    MemberSet,
    MonthTotal,
    RewardCount,
    RfmCell,
    Scope,
    ShiftTotals,
    ShopClock,
    StaffTotal,
    TierMove,
    TierTotal,
    UnhappyFacts,
    UnhappyPage,
    VoiceCount,
    VoiceMonth,
)

DAY = 86400
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_serial = itertools.count(1)

# Sets counted from the per-member facts alone (the others start from the members table).
_FROM_FACTS = {
    MemberSet.AT_START: "f.before_day >= :at_start_from",
    MemberSet.AT_END: "f.last_day >= :at_end_from",
    MemberSet.NEW: "f.first_day >= :first",
    MemberSet.RETAINED: "f.before_day >= :at_start_from AND f.last_day >= :at_end_from",
    MemberSet.CHURNED: "f.before_day >= :at_start_from AND f.last_day < :at_end_from",
    MemberSet.PURCHASERS: "f.p_n >= 1",
    MemberSet.REPEATERS: "f.p_n >= 2",
    MemberSet.TOP: "f.p_n >= 1",
    MemberSet.HIGHEST_CLV: "f.y_n >= 1",
}


def day_start(clock: ShopClock, day: int) -> dt.datetime:
    """The first UTC instant whose shop day is ``day`` or later."""
    local = day * DAY
    shifts = clock.shifts
    if not shifts:
        return _EPOCH + dt.timedelta(seconds=local)
    best: dt.datetime | None = None
    for i, shift in enumerate(shifts):
        at = _EPOCH + dt.timedelta(seconds=local - shift.seconds)
        if i:  # the first offset also holds before its ``since``
            at = max(at, shift.since)
        if i + 1 < len(shifts) and at >= shifts[i + 1].since:
            continue
        best = at if best is None else min(best, at)
    assert best is not None
    return best


class SqlReportQueries:
    """One unit of work's report queries; the TEMP tables live as long as its transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._sqlite = session.get_bind().dialect.name == "sqlite"
        self._facts: dict[Scope, str] = {}
        self._tiers: dict[tuple[ShopClock, int], str] = {}
        self._risk: dict[Scope, str] = {}
        self._rfm: dict[Scope, str] = {}
        self._counts: dict[Scope, CustomerCounts] = {}
        # SQLite keys a table by its rowid only when the key is spelled INTEGER PRIMARY KEY.
        self._key = "INTEGER PRIMARY KEY" if self._sqlite else "BIGINT PRIMARY KEY"

    # -- plumbing --------------------------------------------------------------------------

    def _ts(self, at: dt.datetime) -> Any:
        """An instant as the column stores it: naive UTC (text on SQLite)."""
        naive = at.astimezone(dt.UTC).replace(tzinfo=None)
        return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if self._sqlite else naive

    def _at(self, scope: Scope, day: int) -> Any:
        return self._ts(day_start(scope.clock, day))

    def _epoch(self, column: str) -> str:
        if self._sqlite:
            if sqlite3.sqlite_version_info >= (3, 38):
                return f"unixepoch({column})"
            return f"CAST(strftime('%s', {column}) AS INTEGER)"  # an older SQLite
        return f"CAST(floor(extract(epoch FROM {column})) AS BIGINT)"

    def _local(self, column: str, clock: ShopClock, params: dict[str, Any]) -> str:
        """Seconds since the epoch in shop time: the epoch plus the offset in force."""
        shifts = clock.shifts
        if not shifts:
            return self._epoch(column)
        cases = []
        for i in range(len(shifts) - 1, 0, -1):
            params[f"zone_{i}"] = self._ts(shifts[i].since)
            cases.append(f"WHEN {column} >= :zone_{i} THEN {int(shifts[i].seconds)}")
        offset = (
            f"CASE {' '.join(cases)} ELSE {int(shifts[0].seconds)} END"
            if cases
            else str(int(shifts[0].seconds))
        )
        return f"({self._epoch(column)} + {offset})"

    def _day(self, column: str, clock: ShopClock, params: dict[str, Any]) -> str:
        return f"({self._local(column, clock, params)} / {DAY})"

    def _rows(self, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self._s.execute(text(sql), dict(params))]

    def _exec(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        self._s.execute(text(sql), dict(params or {}))

    def _temp(self, stem: str, columns: str) -> str:
        name = f"rq_{stem}_{next(_serial)}"
        self._exec(f"DROP TABLE IF EXISTS {name}")
        self._exec(f"CREATE TEMPORARY TABLE {name} ({columns})")
        return name

    def _analyze(self, table: str) -> None:
        # PostgreSQL keeps no statistics of a temporary table unless asked.
        if not self._sqlite:
            self._exec(f"ANALYZE {table}")

    def _scope_params(self, scope: Scope) -> dict[str, Any]:
        return {
            "start": self._at(scope, scope.first_day),
            "end": self._at(scope, scope.last_day + 1),
            "year": self._at(scope, scope.year_first_day),
            "first": scope.first_day,
            "last": scope.last_day,
            "at_start_from": scope.first_day - 1 - scope.active_days,
            "at_end_from": scope.last_day - scope.active_days,
            # Customers on the day before the trailing year began.
            "year_start_from": scope.year_first_day - 1 - scope.active_days,
        }

    # -- the facts of a period: one row per member with a visit up to last_day -------------

    def _facts_of(self, scope: Scope) -> str:
        found = self._facts.get(scope)
        if found is not None:
            return found
        table = self._temp(
            "facts",
            f"member_id {self._key}, before_day BIGINT, year_before_day BIGINT, first_day BIGINT,"
            " last_day BIGINT, p_first BIGINT, p_last BIGINT, p_n BIGINT, p_spend BIGINT,"
            " y_n BIGINT, y_spend BIGINT, all_n BIGINT, all_spend BIGINT",
        )
        params = self._scope_params(scope)
        clock = scope.clock
        # Only the first and last purchase times of a member are turned into days; the rest
        # is timestamp comparisons, read in member order from the covering index. (The last
        # purchase in the period, if any, is the last one up to its end.)
        self._exec(
            f"""
            INSERT INTO {table}
            SELECT member_id, {self._day("t_before", clock, params)},
                {self._day("t_year_before", clock, params)},
                {self._day("t_first", clock, params)}, {self._day("t_last", clock, params)},
                {self._day("tp_first", clock, params)},
                CASE WHEN p_n > 0 THEN {self._day("t_last", clock, params)} END,
                p_n, p_spend, y_n, y_spend, all_n, all_spend
            FROM (
                SELECT member_id,
                    MAX(CASE WHEN occurred_at < :start THEN occurred_at END) AS t_before,
                    MAX(CASE WHEN occurred_at < :year THEN occurred_at END) AS t_year_before,
                    MIN(occurred_at) AS t_first,
                    MAX(occurred_at) AS t_last,
                    MIN(CASE WHEN occurred_at >= :start THEN occurred_at END) AS tp_first,
                    SUM(CASE WHEN occurred_at >= :start THEN 1 ELSE 0 END) AS p_n,
                    SUM(CASE WHEN occurred_at >= :start
                        THEN amount_rials - refunded_rials ELSE 0 END) AS p_spend,
                    SUM(CASE WHEN occurred_at >= :year THEN 1 ELSE 0 END) AS y_n,
                    SUM(CASE WHEN occurred_at >= :year
                        THEN amount_rials - refunded_rials ELSE 0 END) AS y_spend,
                    COUNT(*) AS all_n,
                    SUM(amount_rials - refunded_rials) AS all_spend
                FROM purchases
                WHERE occurred_at < :end AND refunded_rials < amount_rials
                GROUP BY member_id
            ) s
            """,
            params,
        )
        self._analyze(table)
        self._facts[scope] = table
        return table

    def _tiers_at(self, scope: Scope) -> str:
        """Each member's tier at the end of last_day: their last change before then."""
        key = (scope.clock, scope.last_day)
        found = self._tiers.get(key)
        if found is not None:
            return found
        table = self._temp("tiers", f"member_id {self._key}, code VARCHAR(40)")
        self._exec(
            f"""
            INSERT INTO {table}
            SELECT member_id, to_code FROM (
                SELECT member_id, to_code, ROW_NUMBER() OVER (
                    PARTITION BY member_id ORDER BY changed_at DESC, id DESC) AS rn
                FROM tier_changes WHERE changed_at < :end
            ) c WHERE rn = 1
            """,
            {"end": self._at(scope, scope.last_day + 1)},
        )
        self._analyze(table)
        self._tiers[key] = table
        return table

    # -- the port --------------------------------------------------------------------------

    def marker(self) -> tuple[int, ...]:
        # Newest rows by their indexes, and the small tables the figures read besides (a
        # new rule version, a reward's cost or money value).
        row = self._rows(
            "SELECT (SELECT MAX(id) FROM ledger_entries), (SELECT MAX(id) FROM members),"
            " (SELECT MAX(id) FROM purchases), (SELECT MAX(id) FROM tier_changes),"
            " (SELECT MAX(id) FROM earn_rules), (SELECT COUNT(*) FROM rewards),"
            " (SELECT SUM(cost + COALESCE(value_rials, 0)) FROM rewards),"
            " (SELECT MAX(id) FROM feedback),"
            " (SELECT MAX(created_at) FROM operations)",
            {},
        )[0]
        newest = row[-1]
        # Every action records an operation (a refund that moves no points too).
        stamp = newest.strftime("%Y%m%d%H%M%S%f") if isinstance(newest, dt.datetime) else newest
        digits = "".join(ch for ch in str(stamp or "") if ch.isdigit())
        return (*(int(v or 0) for v in row[:-1]), int(digits or 0))

    def customers(self, scope: Scope) -> CustomerCounts:
        found = self._counts.get(scope)
        if found is not None:
            return found
        facts = self._facts_of(scope)
        params = self._scope_params(scope)
        (c,) = self._rows(
            f"""
            SELECT
                SUM(CASE WHEN before_day >= :at_start_from THEN 1 ELSE 0 END),
                SUM(CASE WHEN last_day >= :at_end_from THEN 1 ELSE 0 END),
                SUM(CASE WHEN first_day >= :first THEN 1 ELSE 0 END),
                SUM(CASE WHEN before_day >= :at_start_from AND last_day >= :at_end_from
                    THEN 1 ELSE 0 END),
                SUM(CASE WHEN first_day >= :first AND last_day >= :at_end_from
                    THEN 1 ELSE 0 END),
                SUM(CASE WHEN p_n >= 1 THEN 1 ELSE 0 END),
                SUM(CASE WHEN p_n >= 2 THEN 1 ELSE 0 END),
                SUM(p_n), SUM(p_spend),
                SUM(CASE WHEN p_n >= 2 THEN p_last - p_first ELSE 0 END),
                SUM(CASE WHEN p_n >= 2 THEN p_n - 1 ELSE 0 END),
                SUM(CASE WHEN y_n >= 1 THEN 1 ELSE 0 END), SUM(y_spend),
                SUM(CASE WHEN year_before_day >= :year_start_from THEN 1 ELSE 0 END),
                SUM(CASE WHEN year_before_day >= :year_start_from AND last_day >= :at_end_from
                    THEN 1 ELSE 0 END)
            FROM {facts}
            """,
            params,
        )
        (m,) = self._rows(
            "SELECT COUNT(*), SUM(CASE WHEN joined_at >= :start THEN 1 ELSE 0 END)"
            " FROM members WHERE joined_at < :end",
            params,
        )
        v = [int(x or 0) for x in c]
        counts = CustomerCounts(
            at_start=v[0],
            at_end=v[1],
            new=v[2],
            new_at_end=v[4],
            retained=v[3],
            purchasers=v[5],
            repeaters=v[6],
            purchases=v[7],
            spend_rials=v[8],
            gap_days=v[9],
            gap_count=v[10],
            members_total=int(m[0] or 0),
            new_members=int(m[1] or 0),
            year_customers=v[11],
            year_spend_rials=v[12],
            year_at_start=v[13],
            year_retained=v[14],
        )
        self._counts[scope] = counts
        return counts

    def top_spend(self, scope: Scope, count: int) -> int:
        facts = self._facts_of(scope)
        (row,) = self._rows(
            f"SELECT SUM(p_spend) FROM (SELECT p_spend FROM {facts} WHERE p_n >= 1"
            " ORDER BY p_spend DESC, member_id LIMIT :count) t",
            {"count": count},
        )
        return int(row[0] or 0)

    def spend_deciles(self, scope: Scope) -> list[int]:
        facts = self._facts_of(scope)
        rows = self._rows(
            f"""
            SELECT tile, SUM(p_spend) FROM (
                SELECT p_spend, NTILE(10) OVER (ORDER BY p_spend DESC, member_id) AS tile
                FROM {facts} WHERE p_n >= 1
            ) t GROUP BY tile ORDER BY tile
            """,
            {},
        )
        return [int(r[1] or 0) for r in rows]

    # -- members behind a figure -----------------------------------------------------------

    def members(self, scope: Scope, which: MemberFilter, limit: int) -> MemberPage:
        if which.which is MemberSet.AT_RISK:
            return self.at_risk(scope, limit)
        facts = self._facts_of(scope)
        params = self._scope_params(scope)
        if which.which in _FROM_FACTS:
            # The facts alone: the member rows are read for the page only.
            source = f"{facts} f"
            where = _FROM_FACTS[which.which]
            key = "f.member_id"
            order = "f.y_spend DESC, f.member_id"
        else:
            source = f"members m LEFT JOIN {facts} f ON f.member_id = m.id"
            where = self._member_condition(scope, which, params)
            key = "m.id"
            order = "COALESCE(f.y_spend, 0) DESC, m.id"
        count = int(self._rows(f"SELECT COUNT(*) FROM {source} WHERE {where}", params)[0][0])
        if which.which is MemberSet.TOP:
            order = "f.p_spend DESC, f.member_id"
            count = min(count, which.count)
            limit = min(limit, which.count)
        params["limit"] = max(limit, 0)
        ids = [
            int(r[0])
            for r in self._rows(
                f"SELECT {key} FROM {source} WHERE {where} ORDER BY {order} LIMIT :limit", params
            )
        ]
        return MemberPage(count, self._facts_rows(scope, ids))

    def _member_condition(self, scope: Scope, which: MemberFilter, params: dict[str, Any]) -> str:
        kind = which.which
        if kind is MemberSet.NEW_MEMBERS:
            return "m.joined_at >= :start AND m.joined_at < :end"
        if kind in (MemberSet.COHORT, MemberSet.COHORT_ACTIVE):
            if which.month is None:
                return "1 = 0"
            params["joined_from"] = self._at(scope, which.month[0])
            params["joined_to"] = self._at(scope, which.month[1] + 1)
            where = "m.joined_at >= :joined_from AND m.joined_at < :joined_to"
            if kind is MemberSet.COHORT:
                return where
            if which.active_month is None:
                return "1 = 0"
            params["active_from"] = self._at(scope, which.active_month[0])
            params["active_to"] = self._at(scope, min(which.active_month[1], scope.last_day) + 1)
            return (
                f"{where} AND EXISTS (SELECT 1 FROM purchases p WHERE p.member_id = m.id"
                " AND p.occurred_at >= :active_from AND p.occurred_at < :active_to"
                " AND p.refunded_rials < p.amount_rials)"
            )
        if kind is MemberSet.TIER:
            tiers = self._tiers_at(scope)
            if which.tier:
                params["tier"] = which.tier
                return f"m.id IN (SELECT member_id FROM {tiers} WHERE code = :tier)"
            return (
                f"m.joined_at < :end AND m.id NOT IN"
                f" (SELECT member_id FROM {tiers} WHERE code IS NOT NULL)"
            )
        if kind is MemberSet.SEGMENT:
            rfm = self._rfm_of(scope)
            if not which.scores:
                return "1 = 0"
            cells = []
            for i, (r, f, mo) in enumerate(which.scores):
                params |= {f"r{i}": r, f"f{i}": f, f"m{i}": mo}
                cells.append(f"(s.r = :r{i} AND s.f = :f{i} AND s.m = :m{i})")
            return f"m.id IN (SELECT s.member_id FROM {rfm} s WHERE {' OR '.join(cells)})"
        raise ValueError(f"unknown member set {kind}")

    def _facts_rows(self, scope: Scope, ids: Sequence[int]) -> list[MemberFacts]:
        """The listed members' facts, in the order of ``ids``."""
        if not ids:
            return []
        facts = self._facts_of(scope)
        tiers = self._tiers_at(scope)
        params: dict[str, Any] = {"ids": list(ids)}
        joined = self._day("m.joined_at", scope.clock, params)
        rows = self._s.execute(
            text(
                f"""
                SELECT m.id, m.name, m.phone, t.code, {joined}, f.first_day, f.last_day,
                    f.p_n, f.p_spend, f.y_spend
                FROM members m LEFT JOIN {facts} f ON f.member_id = m.id
                LEFT JOIN {tiers} t ON t.member_id = m.id
                WHERE m.id IN :ids
                """
            ).bindparams(bindparam("ids", expanding=True)),
            params,
        )
        visits = self.visit_days(scope, ids)
        by_id = {
            int(r[0]): MemberFacts(
                id=int(r[0]),
                name=r[1],
                phone=r[2],
                tier_code=r[3],
                joined_day=int(r[4]),
                first_visit_day=None if r[5] is None else int(r[5]),
                last_visit_day=None if r[6] is None else int(r[6]),
                visits=len(visits.get(int(r[0]), [])),
                purchases=int(r[7] or 0),
                spend_rials=int(r[8] or 0),
                year_spend_rials=int(r[9] or 0),
            )
            for r in rows
        }
        return [by_id[i] for i in ids if i in by_id]

    def at_risk(self, scope: Scope, limit: int) -> MemberPage:
        risk = self._risk_of(scope)
        facts = self._facts_of(scope)
        (total,) = self._rows(f"SELECT COUNT(*) FROM {risk}", {})[0]
        ids = [
            int(r[0])
            for r in self._rows(
                f"SELECT r.member_id FROM {risk} r JOIN {facts} f ON f.member_id = r.member_id"
                " ORDER BY f.y_spend DESC, r.member_id LIMIT :limit",
                {"limit": max(limit, 0)},
            )
        ]
        return MemberPage(int(total or 0), self._facts_rows(scope, ids))

    def campaign_figures(self, scope: Scope) -> CampaignFigures:
        from loyaltydesk.persistence.repositories.campaigns import SqlCampaignRepository

        return SqlCampaignRepository(self._s).figures(
            day_start(scope.clock, scope.first_day), day_start(scope.clock, scope.last_day + 1)
        )

    def at_risk_all(self, scope: Scope) -> list[tuple[int, int]]:
        risk = self._risk_of(scope)
        facts = self._facts_of(scope)
        return [
            (int(r[0]), int(r[1]))
            for r in self._rows(
                f"SELECT r.member_id, f.last_day FROM {risk} r"
                f" JOIN {facts} f ON f.member_id = r.member_id ORDER BY r.member_id",
                {},
            )
        ]

    def _risk_of(self, scope: Scope) -> str:
        found = self._risk.get(scope)
        if found is not None:
            return found
        facts = self._facts_of(scope)
        table = self._temp("risk", f"member_id {self._key}")
        params = self._scope_params(scope)
        params["factor"] = scope.risk_factor_percent
        params["active"] = scope.active_days
        # Without the gaps: one visit (away longer than N days), or away longer than the
        # factor times the whole span of visits (no gap, so no median, is longer than that).
        self._exec(
            f"""
            INSERT INTO {table}
            SELECT member_id FROM {facts}
            WHERE (first_day = last_day AND :last - last_day > :active)
               OR (first_day < last_day
                   AND (:last - last_day) * 100 > (last_day - first_day) * :factor)
            """,
            params,
        )
        # The rest may be drifting: away longer than the factor times one day, not longer
        # than it times the span. For them the gaps between their visit days decide.
        candidates = self._temp("candidates", f"member_id {self._key}, absent BIGINT")
        self._exec(
            f"""
            INSERT INTO {candidates}
            SELECT member_id, :last - last_day FROM {facts}
            WHERE first_day < last_day
              AND (:last - last_day) * 100 > :factor
              AND (:last - last_day) * 100 <= (last_day - first_day) * :factor
            """,
            params,
        )
        self._analyze(candidates)
        # The median is below absent × 100 / factor when more than half the gaps are; with
        # exactly half (an even count) the two middle gaps are the largest gap below and the
        # smallest at or above, and their mean decides. So no gap is ranked, only counted.
        # The candidates come first and their purchases by the member index (CROSS JOIN
        # keeps SQLite to that order; PostgreSQL plans it as any join). Two purchases on one
        # day make a gap of 0: leaving those out leaves the gaps between visit days.
        day = self._day("p.occurred_at", scope.clock, params)
        below = "w.gap * :factor < w.absent * 100"
        self._exec(
            f"""
            INSERT INTO {table}
            SELECT w.member_id FROM (
                SELECT member_id, absent, d - LAG(d) OVER (
                    PARTITION BY member_id ORDER BY d) AS gap
                FROM (
                    SELECT c.member_id, c.absent, {day} AS d
                    FROM {candidates} c CROSS JOIN purchases p
                    WHERE p.member_id = c.member_id
                      AND p.occurred_at < :end
                      AND p.refunded_rials < p.amount_rials
                ) v
            ) w
            WHERE w.gap > 0
            GROUP BY w.member_id, w.absent
            HAVING 2 * SUM(CASE WHEN {below} THEN 1 ELSE 0 END) > COUNT(*)
                OR (2 * SUM(CASE WHEN {below} THEN 1 ELSE 0 END) = COUNT(*)
                    AND (MAX(CASE WHEN {below} THEN w.gap END)
                         + MIN(CASE WHEN {below} THEN NULL ELSE w.gap END)) * :factor
                        < w.absent * 200)
            """,
            params,
        )
        self._analyze(table)
        self._risk[scope] = table
        return table

    def visit_days(self, scope: Scope, member_ids: Sequence[int]) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        ids = list(member_ids)
        for start in range(0, len(ids), 500):
            params: dict[str, Any] = {
                "ids": ids[start : start + 500],
                "end": self._at(scope, scope.last_day + 1),
            }
            day = self._day("occurred_at", scope.clock, params)
            rows = self._s.execute(
                text(
                    f"SELECT DISTINCT member_id, {day} AS d FROM purchases"
                    " WHERE member_id IN :ids AND occurred_at < :end"
                    " AND refunded_rials < amount_rials ORDER BY member_id, d"
                ).bindparams(bindparam("ids", expanding=True)),
                params,
            )
            for member_id, d in rows:
                found.setdefault(int(member_id), []).append(int(d))
        return found

    # -- segments, cohorts, hours ----------------------------------------------------------

    def _rfm_of(self, scope: Scope) -> str:
        found = self._rfm.get(scope)
        if found is not None:
            return found
        facts = self._facts_of(scope)
        table = self._temp(
            "rfm", f"member_id {self._key}, r INTEGER, f INTEGER, m INTEGER, spend BIGINT"
        )
        # Best first, ties by member id; the first fifth scores 5.
        self._exec(
            f"""
            INSERT INTO {table}
            SELECT member_id,
                6 - NTILE(5) OVER (ORDER BY last_day DESC, member_id),
                6 - NTILE(5) OVER (ORDER BY all_n DESC, member_id),
                6 - NTILE(5) OVER (ORDER BY all_spend DESC, member_id),
                p_spend
            FROM {facts}
            """
        )
        self._analyze(table)
        self._rfm[scope] = table
        return table

    def rfm(self, scope: Scope) -> list[RfmCell]:
        table = self._rfm_of(scope)
        rows = self._rows(
            f"SELECT r, f, m, COUNT(*), SUM(spend) FROM {table} GROUP BY r, f, m ORDER BY r, f, m",
            {},
        )
        return [RfmCell(int(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4] or 0)) for r in rows]

    def _month_index(
        self, column: str, scope: Scope, months: Sequence[tuple[int, int]], params: dict[str, Any]
    ) -> str:
        """Which of ``months`` (contiguous, oldest first) a timestamp falls in."""
        cases = []
        for i in range(len(months) - 1, -1, -1):
            params[f"month_{i}"] = self._at(scope, months[i][0])
            cases.append(f"WHEN {column} >= :month_{i} THEN {i}")
        return f"CASE {' '.join(cases)} END"

    def _months_range(
        self, scope: Scope, months: Sequence[tuple[int, int]], params: dict[str, Any]
    ) -> None:
        params["months_from"] = self._at(scope, months[0][0])
        params["months_to"] = self._at(scope, min(months[-1][1], scope.last_day) + 1)

    def cohorts(self, scope: Scope, months: Sequence[tuple[int, int]]) -> CohortCounts:
        if not months:
            return CohortCounts({})
        params: dict[str, Any] = {}
        self._months_range(scope, months, params)
        joined = self._month_index("m.joined_at", scope, months, params)
        visited = self._month_index("p.occurred_at", scope, months, params)
        sizes = self._rows(
            f"SELECT {joined} AS i, COUNT(*) FROM members m"
            " WHERE m.joined_at >= :months_from AND m.joined_at < :months_to GROUP BY i",
            params,
        )
        active = self._rows(
            f"""
            SELECT i, j, COUNT(*) FROM (
                SELECT DISTINCT m.id AS member_id, {joined} AS i, {visited} AS j
                FROM members m CROSS JOIN purchases p
                WHERE p.member_id = m.id
                  AND m.joined_at >= :months_from AND m.joined_at < :months_to
                  AND p.occurred_at >= :months_from AND p.occurred_at < :months_to
                  AND p.refunded_rials < p.amount_rials
            ) v GROUP BY i, j
            """,
            params,
        )
        return CohortCounts(
            {int(r[0]): int(r[1]) for r in sizes},
            {(int(r[0]), int(r[1])): int(r[2]) for r in active},
        )

    def hours(self, scope: Scope) -> list[HourCell]:
        params = self._scope_params(scope)
        local = self._local("occurred_at", scope.clock, params)
        rows = self._rows(
            f"""
            SELECT (s / {DAY} + 4) % 7 AS weekday, (s % {DAY}) / 3600 AS hour,
                COUNT(*), SUM(spend)
            FROM (
                SELECT {local} AS s, amount_rials - refunded_rials AS spend FROM purchases
                WHERE occurred_at >= :start AND occurred_at < :end
                  AND refunded_rials < amount_rials
            ) t GROUP BY weekday, hour ORDER BY weekday, hour
            """,
            params,
        )
        return [HourCell(int(r[0]), int(r[1]), int(r[2]), int(r[3] or 0)) for r in rows]

    def months(self, scope: Scope, months: Sequence[tuple[int, int]]) -> list[MonthTotal]:
        if not months:
            return []
        params: dict[str, Any] = {}
        self._months_range(scope, months, params)
        bought = self._month_index("occurred_at", scope, months, params)
        joined = self._month_index("joined_at", scope, months, params)
        sales = self._rows(
            f"""
            SELECT i, COUNT(DISTINCT member_id), COUNT(*), SUM(spend) FROM (
                SELECT {bought} AS i, member_id, amount_rials - refunded_rials AS spend
                FROM purchases
                WHERE occurred_at >= :months_from AND occurred_at < :months_to
                  AND refunded_rials < amount_rials
            ) t GROUP BY i
            """,
            params,
        )
        new = self._rows(
            f"SELECT {joined} AS i, COUNT(*) FROM members"
            " WHERE joined_at >= :months_from AND joined_at < :months_to GROUP BY i",
            params,
        )
        totals: dict[int, list[int]] = {}
        for r in sales:
            totals[int(r[0])] = [int(r[1]), int(r[2]), int(r[3] or 0), 0]
        for r in new:
            totals.setdefault(int(r[0]), [0, 0, 0, 0])[3] = int(r[1])
        return [MonthTotal(i, *v) for i, v in sorted(totals.items())]

    # -- the customer's voice --------------------------------------------------------------
    # One score a visit: the first for a purchase. An older version stored a second score
    # for the same purchase, and a score with no purchase at all; neither is a visit scored.
    # A grouped IN list rather than a correlated NOT EXISTS: feedback.purchase_id has no
    # index, and this stays one pass over the table on both databases.
    _FIRST_SCORES = (
        "(SELECT MIN(id) FROM feedback WHERE kind = 'visit' AND purchase_id IS NOT NULL"
        " GROUP BY purchase_id)"
    )

    def voice_counts(self, scope: Scope) -> list[VoiceCount]:
        rows = self._rows(
            "SELECT kind, score, reason, COUNT(*) FROM feedback"
            " WHERE recorded_at >= :start AND recorded_at < :end"
            f" AND (kind <> 'visit' OR id IN {self._FIRST_SCORES})"
            " GROUP BY kind, score, reason",
            self._scope_params(scope),
        )
        return [
            VoiceCount(str(r[0]), None if r[1] is None else int(r[1]), r[2], int(r[3]))
            for r in rows
        ]

    def voice_months(self, scope: Scope, months: Sequence[tuple[int, int]]) -> list[VoiceMonth]:
        if not months:
            return []
        params: dict[str, Any] = {}
        self._months_range(scope, months, params)
        month = self._month_index("recorded_at", scope, months, params)
        rows = self._rows(
            f"""
            SELECT i, COUNT(*), SUM(score) FROM (
                SELECT {month} AS i, score FROM feedback
                WHERE kind = 'visit' AND score IS NOT NULL
                  AND recorded_at >= :months_from AND recorded_at < :months_to
                  AND id IN {self._FIRST_SCORES}
            ) t GROUP BY i ORDER BY i
            """,
            params,
        )
        return [VoiceMonth(int(r[0]), int(r[1]), int(r[2] or 0)) for r in rows]

    def _unhappy_sql(self, scope: Scope, low: int, params: dict[str, Any]) -> str:
        """Each member's latest score of ``low`` or less in the period, kept when no visit
        (a purchase not refunded in full) falls on a later shop day up to last_day."""
        params |= self._scope_params(scope)
        params["low"] = low
        scored_day = self._day("f.recorded_at", scope.clock, params)
        bought_day = self._day("p.occurred_at", scope.clock, params)
        return f"""
            SELECT l.member_id, l.score, l.reason, l.d, l.fid FROM (
                SELECT f.member_id, f.score, f.reason, f.id AS fid, {scored_day} AS d,
                    ROW_NUMBER() OVER (
                        PARTITION BY f.member_id ORDER BY f.recorded_at DESC, f.id DESC
                    ) AS rn
                FROM feedback f
                WHERE f.kind = 'visit' AND f.score <= :low
                  AND f.recorded_at >= :start AND f.recorded_at < :end
                  AND f.id IN {self._FIRST_SCORES}
            ) l
            WHERE l.rn = 1 AND NOT EXISTS (
                SELECT 1 FROM purchases p
                WHERE p.member_id = l.member_id AND p.occurred_at >= :start
                  AND p.occurred_at < :end AND p.refunded_rials < p.amount_rials
                  AND {bought_day} > l.d
            )
        """

    def unhappy(self, scope: Scope, low: int, limit: int) -> UnhappyPage:
        params: dict[str, Any] = {}
        inner = self._unhappy_sql(scope, low, params)
        (total,) = self._rows(f"SELECT COUNT(*) FROM ({inner}) u", params)[0]
        if not limit or not total:
            return UnhappyPage(int(total), [])
        params["limit"] = limit
        rows = self._rows(
            f"""
            SELECT u.member_id, m.name, m.phone, u.score, u.reason, u.d
            FROM ({inner}) u JOIN members m ON m.id = u.member_id
            ORDER BY u.score, u.d DESC, u.member_id
            LIMIT :limit
            """,
            params,
        )
        return UnhappyPage(
            int(total),
            [UnhappyFacts(int(r[0]), r[1], r[2], int(r[3]), r[4], int(r[5])) for r in rows],
        )

    # -- the ledger ------------------------------------------------------------------------

    def ledger_totals(self, scope: Scope) -> list[KindTotal]:
        rows = self._rows(
            "SELECT kind, COUNT(*), SUM(points) FROM ledger_entries"
            " WHERE effective_at >= :start AND effective_at < :end GROUP BY kind ORDER BY kind",
            self._scope_params(scope),
        )
        return [KindTotal(r[0], int(r[1]), int(r[2] or 0)) for r in rows]

    def outstanding(self, scope: Scope) -> int:
        # The balances on the member rows are the sum of every entry (kept in the same
        # transaction, checked by `verify`); less what became effective after last_day, a
        # short range at the end of the ledger instead of the whole of it.
        (row,) = self._rows(
            "SELECT (SELECT SUM(balance) FROM members),"
            " (SELECT SUM(points) FROM ledger_entries WHERE effective_at >= :end)",
            {"end": self._at(scope, scope.last_day + 1)},
        )
        return int(row[0] or 0) - int(row[1] or 0)

    def rewards_redeemed(self, scope: Scope) -> list[RewardCount]:
        params = self._scope_params(scope)
        rows = self._rows(
            """
            SELECT reward_id, SUM(CASE WHEN kind = 'redeem' THEN 1 ELSE -1 END), SUM(points)
            FROM ledger_entries
            WHERE kind IN ('redeem', 'restore_redeem')
              AND effective_at >= :start AND effective_at < :end
            GROUP BY reward_id
            """,
            params,
        )
        names = {
            int(r[0]): (r[1], r[2]) for r in self._rows("SELECT id, name, name_fa FROM rewards", {})
        }
        found: list[RewardCount] = []
        for reward_id, redeemed, points in rows:
            if reward_id is not None and int(reward_id) in names:
                name, name_fa = names[int(reward_id)]
                found.append(
                    RewardCount(int(reward_id), name, name_fa, int(redeemed), -int(points or 0))
                )
                continue
            # A line without its reward row: named as the line itself was.
            for name, name_fa, count, spent in self._rows(
                """
                SELECT reward_name, reward_name_fa,
                    SUM(CASE WHEN kind = 'redeem' THEN 1 ELSE -1 END), SUM(points)
                FROM ledger_entries
                WHERE kind IN ('redeem', 'restore_redeem')
                  AND effective_at >= :start AND effective_at < :end
                  AND (reward_id = :reward OR (reward_id IS NULL AND :reward IS NULL))
                GROUP BY reward_name, reward_name_fa
                """,
                params | {"reward": reward_id},
            ):
                found.append(
                    RewardCount(
                        None if reward_id is None else int(reward_id),
                        name or "",
                        name_fa,
                        int(count),
                        -int(spent or 0),
                    )
                )
        return found

    def staff(self, scope: Scope) -> list[StaffTotal]:
        rows = self._rows(
            "SELECT staff, counter, kind, COUNT(*),"
            " SUM(CASE WHEN points > 0 THEN points ELSE 0 END),"
            " SUM(CASE WHEN points < 0 THEN -points ELSE 0 END) FROM ledger_entries"
            " WHERE effective_at >= :start AND effective_at < :end"
            " GROUP BY staff, counter, kind ORDER BY staff, counter, kind",
            self._scope_params(scope),
        )
        return [
            StaffTotal(r[0], r[1], r[2], int(r[3]), int(r[4] or 0), int(r[5] or 0)) for r in rows
        ]

    def branches(self, scope: Scope) -> list[BranchTotal]:
        # One pass over the period's purchases and its ledger lines of the four kinds, both
        # read by their time indexes; COUNT(DISTINCT) over the two together, so a member who
        # bought and redeemed at one branch counts once there. GROUP BY puts every NULL in
        # one group on both databases ("no branch").
        rows = self._rows(
            """
            SELECT branch, SUM(bought), SUM(spend), SUM(earned), SUM(redeemed),
                COUNT(DISTINCT CASE WHEN served = 1 THEN member_id END)
            FROM (
                SELECT branch, member_id, 1 AS bought, amount_rials - refunded_rials AS spend,
                    0 AS earned, 0 AS redeemed, 1 AS served
                FROM purchases
                WHERE occurred_at >= :start AND occurred_at < :end
                  AND refunded_rials < amount_rials
                UNION ALL
                SELECT branch, member_id, 0, 0,
                    CASE WHEN kind IN ('earn', 'reverse_earn') THEN points ELSE 0 END,
                    CASE WHEN kind IN ('redeem', 'restore_redeem') THEN -points ELSE 0 END,
                    CASE WHEN kind = 'redeem' THEN 1 ELSE 0 END
                FROM ledger_entries
                WHERE effective_at >= :start AND effective_at < :end
                  AND kind IN ('earn', 'reverse_earn', 'redeem', 'restore_redeem')
            ) t
            GROUP BY branch
            """,
            self._scope_params(scope),
        )
        return [
            BranchTotal(
                r[0], int(r[1] or 0), int(r[2] or 0), int(r[3] or 0), int(r[4] or 0), int(r[5])
            )
            for r in rows
        ]

    # -- tiers -----------------------------------------------------------------------------

    def tier_totals(self, scope: Scope) -> list[TierTotal]:
        facts = self._facts_of(scope)
        tiers = self._tiers_at(scope)
        rows = self._rows(
            f"""
            SELECT t.code, COUNT(*), SUM(COALESCE(f.p_spend, 0)),
                SUM(CASE WHEN f.y_n >= 1 THEN 1 ELSE 0 END), SUM(COALESCE(f.y_spend, 0))
            FROM {tiers} t JOIN members m ON m.id = t.member_id
            LEFT JOIN {facts} f ON f.member_id = t.member_id
            WHERE t.code IS NOT NULL AND m.joined_at < :end
            GROUP BY t.code ORDER BY t.code
            """,
            {"end": self._at(scope, scope.last_day + 1)},
        )
        totals = [
            TierTotal(r[0], int(r[1]), int(r[2] or 0), int(r[3]), int(r[4] or 0)) for r in rows
        ]
        # Members in no tier: everybody else, so the big group is not counted member by member.
        every = self.customers(scope)
        rest = TierTotal(
            None,
            every.members_total - sum(t.members for t in totals),
            every.spend_rials - sum(t.spend_rials for t in totals),
            every.year_customers - sum(t.year_customers for t in totals),
            every.year_spend_rials - sum(t.year_spend_rials for t in totals),
        )
        if rest.members or rest.spend_rials or rest.year_customers:
            totals.append(rest)
        return totals

    def tier_moves(self, scope: Scope) -> list[TierMove]:
        rows = self._rows(
            "SELECT from_code, to_code, COUNT(*) FROM tier_changes"
            " WHERE changed_at >= :start AND changed_at < :end"
            " GROUP BY from_code, to_code",
            self._scope_params(scope),
        )
        return sorted(
            (TierMove(r[0], r[1], int(r[2])) for r in rows),
            key=lambda m: (m.from_code or "", m.to_code or ""),
        )

    # -- a cashier's shift -----------------------------------------------------------------

    def shift(
        self, staff: str, start: dt.datetime, end: dt.datetime, counter: str | None
    ) -> ShiftTotals:
        # Operations by their time index, the person and counter compared on that range
        # only; the ledger and coupon uses are reached through their operation id indexes.
        params = {
            "start": self._ts(start),
            "end": self._ts(end),
            "staff": staff,
            "counter": counter,
        }
        where = (
            "o.created_at >= :start AND o.created_at < :end AND o.staff = :staff"
            " AND (o.counter = :counter OR :counter IS NULL)"
        )
        actions = [
            ActionTotal(
                r[0],
                r[1],
                int(r[2]),
                int(r[3] or 0),
                int(r[4] or 0),
                _utc(r[5]),
                _utc(r[6]),
            )
            for r in self._rows(
                "SELECT o.kind, o.counter, COUNT(*), SUM(o.amount_rials), SUM(o.points),"
                " MIN(o.created_at), MAX(o.created_at)"
                f" FROM operations o WHERE {where}"
                " GROUP BY o.kind, o.counter ORDER BY o.counter, o.kind",
                params,
            )
        ]
        coupons = [
            CouponTotal(r[0], int(r[1]), int(r[2] or 0))
            for r in self._rows(
                # A use a refund in the same shift gave back is undone within it; one given
                # back later still happened in this shift.
                "SELECT o.counter, COUNT(*), SUM(u.discount_rials)"
                " FROM operations o JOIN coupon_uses u ON u.operation_id = o.op_id"
                f" WHERE {where} AND (u.returned_at IS NULL OR u.returned_at >= :end)"
                " GROUP BY o.counter ORDER BY o.counter",
                params,
            )
        ]
        # Redemptions are redeem operations: a reward coupon's 0-point redeem line belongs
        # to the credit that used it, and is counted with the coupons.
        rewards = [
            RewardCount(
                None if r[0] is None else int(r[0]), r[1] or "", r[2], int(r[3]), -int(r[4] or 0)
            )
            for r in self._rows(
                "SELECT l.reward_id, l.reward_name, l.reward_name_fa, COUNT(*), SUM(l.points)"
                " FROM operations o JOIN ledger_entries l ON l.operation_id = o.op_id"
                f" WHERE {where} AND o.kind = 'redeem' AND l.kind = 'redeem'"
                " GROUP BY l.reward_id, l.reward_name, l.reward_name_fa"
                " ORDER BY COUNT(*) DESC, l.reward_name",
                params,
            )
        ]
        return ShiftTotals(actions, coupons, rewards)

    # -- anomalies (persistence/report_anomalies) ------------------------------------------

    def purchase_percentile(self, scope: Scope, percentile: int) -> int | None:
        return report_anomalies.purchase_percentile(self, scope, percentile)

    def anomalies(
        self, scope: Scope, rules: AnomalyRules, large_credit_rials: int | None
    ) -> list[AnomalyFacts]:
        return report_anomalies.AnomalyChecks(self, scope, rules).run(large_credit_rials)


def _utc(value: Any) -> dt.datetime:
    """A timestamp read by plain SQL: a datetime on PostgreSQL, text on SQLite."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC)

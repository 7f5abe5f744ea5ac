"""One transaction per thing a person does; database errors leave as domain errors."""

from __future__ import annotations

import contextlib
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from loyaltydesk.persistence.database import Database
from loyaltydesk.persistence.errors import translate
from loyaltydesk.persistence.report_queries import SqlReportQueries
from loyaltydesk.persistence.repositories import (
    SqlCardRepository,
    SqlLedgerRepository,
    SqlMemberRepository,
    SqlOperationRepository,
    SqlPurchaseRepository,
    SqlRewardRepository,
    SqlRuleRepository,
)
from loyaltydesk.persistence.repositories.accounting import SqlAccountingRepository
from loyaltydesk.persistence.repositories.api_tokens import SqlApiTokenRepository
from loyaltydesk.persistence.repositories.campaigns import SqlCampaignRepository
from loyaltydesk.persistence.repositories.coupons import (
    SqlClubSettingsRepository,
    SqlCouponRepository,
)
from loyaltydesk.persistence.repositories.feedback import SqlFeedbackRepository
from loyaltydesk.persistence.repositories.imports import SqlImportRepository
from loyaltydesk.persistence.repositories.merges import SqlMergeRepository
from loyaltydesk.persistence.repositories.messages import SqlMessageRepository
from loyaltydesk.persistence.repositories.staff import SqlAuditRepository, SqlStaffRepository
from loyaltydesk.persistence.repositories.sync_conflicts import SqlSyncConflictRepository
from loyaltydesk.persistence.repositories.till import SqlTillRepository


class SqlUnitOfWork:
    members: SqlMemberRepository
    cards: SqlCardRepository
    ledger: SqlLedgerRepository
    purchases: SqlPurchaseRepository
    rewards: SqlRewardRepository
    rules: SqlRuleRepository
    operations: SqlOperationRepository
    reports: SqlReportQueries
    coupons: SqlCouponRepository
    club_settings: SqlClubSettingsRepository
    messages: SqlMessageRepository
    campaigns: SqlCampaignRepository
    feedback: SqlFeedbackRepository
    staff: SqlStaffRepository
    audit: SqlAuditRepository
    api_tokens: SqlApiTokenRepository
    till: SqlTillRepository
    imports: SqlImportRepository
    merges: SqlMergeRepository
    accounting: SqlAccountingRepository
    sync_conflicts: SqlSyncConflictRepository

    def __init__(self, database: Database, *, write: bool) -> None:
        self._database = database
        self._write = write

    def __enter__(self) -> Self:
        self._database.ensure_schema()  # a counter started offline: at the first answer
        bind = self._database.write_engine if self._write else self._database.engine
        # A writer to a SQLite file waits for its turn before BEGIN IMMEDIATE, and gives it
        # back in __exit__ whatever happened (or below, if beginning fails).
        self._lock = self._database.write_lock if self._write else None
        if self._lock is not None:
            self._lock.acquire()
        try:
            self._begin(bind)
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise
        return self

    def _begin(self, bind: Engine) -> None:
        self._session = Session(bind=bind, autoflush=False, expire_on_commit=False)
        s = self._session
        self.members = SqlMemberRepository(s)
        self.cards = SqlCardRepository(s)
        self.ledger = SqlLedgerRepository(s)
        self.purchases = SqlPurchaseRepository(s)
        self.rewards = SqlRewardRepository(s)
        self.rules = SqlRuleRepository(s)
        self.operations = SqlOperationRepository(s)
        self.coupons = SqlCouponRepository(s)
        self.club_settings = SqlClubSettingsRepository(s)
        self.messages = SqlMessageRepository(s)
        self.campaigns = SqlCampaignRepository(s)
        self.feedback = SqlFeedbackRepository(s)
        self.staff = SqlStaffRepository(s)
        self.audit = SqlAuditRepository(s)
        self.api_tokens = SqlApiTokenRepository(s)
        self.till = SqlTillRepository(s)
        self.imports = SqlImportRepository(s)
        self.merges = SqlMergeRepository(s)
        self.accounting = SqlAccountingRepository(s)
        self.sync_conflicts = SqlSyncConflictRepository(s)
        # Its TEMP tables (a period's facts) last as long as this transaction.
        self.reports = SqlReportQueries(s)
        if self._write:
            try:
                # Begin now: on SQLite this takes the write lock (BEGIN IMMEDIATE) before
                # anything is read, so what we check cannot change before we write.
                s.connection()
            except sa_exc.SQLAlchemyError as error:
                self._close_quietly()
                mapped = translate(error, self._database.url)
                if mapped is None:
                    raise
                raise mapped from error

    def commit(self) -> None:
        # Counted before it is sent: a commit whose answer is lost may still have been saved.
        self._database.commits_started += 1
        self._session.commit()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            try:
                self._session.rollback()
                self._session.close()
            except sa_exc.SQLAlchemyError as error:
                # The rollback fails too when the server went away; the first error says
                # why, and the server undoes an unfinished transaction by itself.
                self._close_quietly()
                if exc is None:
                    mapped = translate(error, self._database.url)
                    if mapped is None:
                        raise
                    raise mapped from error
        finally:
            if self._lock is not None:
                self._lock.release()
        if isinstance(exc, sa_exc.SQLAlchemyError):
            mapped = translate(exc, self._database.url)
            if mapped is not None:
                raise mapped from exc

    def _close_quietly(self) -> None:
        with contextlib.suppress(sa_exc.SQLAlchemyError):
            self._session.close()


class SqlUnitOfWorkFactory:
    def __init__(self, database: Database) -> None:
        self._database = database

    def __call__(self, *, write: bool) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._database, write=write)

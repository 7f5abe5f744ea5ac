"""The only place that wires things together: settings -> database -> services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from loyaltydesk.domain.ledger import Actor
from loyaltydesk.persistence.admin import SqlDatabaseAdmin
from loyaltydesk.persistence.database import open_database
from loyaltydesk.persistence.unit_of_work import SqlUnitOfWorkFactory
from loyaltydesk.services.audit import AuditService
from loyaltydesk.services.counter import CounterService
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.ports import Clock, DatabaseAdmin
from loyaltydesk.services.rules import RulesService
from loyaltydesk.settings import Settings


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Services:
    """Everything a window or a command needs, built once and handed over."""

    settings: Settings
    actor: Actor
    membership: MembershipService
    counter: CounterService
    rules: RulesService
    audit: AuditService
    admin: DatabaseAdmin
    close: Callable[[], None]


def build_services(
    settings: Settings, database_url: str | None = None, clock: Clock = utc_now
) -> Services:
    """Open (creating or upgrading) the database and build the services on it."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    database = open_database(database_url or settings.database(), backup_dir=settings.backup_dir)
    uow = SqlUnitOfWorkFactory(database)
    return Services(
        settings=settings,
        actor=Actor(staff=settings.staff, counter=settings.counter),
        membership=MembershipService(uow, clock),
        counter=CounterService(uow, clock),
        rules=RulesService(uow, clock),
        audit=AuditService(uow),
        admin=SqlDatabaseAdmin(database, settings.backup_dir),
        close=database.dispose,
    )

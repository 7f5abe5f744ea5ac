"""Repositories: SQL in, domain objects out. No ORM row leaves this package; each module
holds one aggregate."""

from loyaltydesk.persistence.repositories.cards import SqlCardRepository
from loyaltydesk.persistence.repositories.catalogue import SqlRewardRepository, SqlRuleRepository
from loyaltydesk.persistence.repositories.ledger import SqlLedgerRepository
from loyaltydesk.persistence.repositories.members import SqlMemberRepository
from loyaltydesk.persistence.repositories.operations import SqlOperationRepository
from loyaltydesk.persistence.repositories.purchases import SqlPurchaseRepository

__all__ = [
    "SqlCardRepository",
    "SqlLedgerRepository",
    "SqlMemberRepository",
    "SqlOperationRepository",
    "SqlPurchaseRepository",
    "SqlRewardRepository",
    "SqlRuleRepository",
]

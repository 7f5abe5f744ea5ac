"""loyalty core: members, cards, ledger, purchases, operations

Also seeds the default earning rule (1 point per 10,000 Toman), valid from long before any
purchase, so a purchase entered from a paper log still finds a rule.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 06:20:24.419602
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('earn_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('step_rials', sa.BigInteger(), nullable=False),
    sa.Column('points_per_step', sa.Integer(), nullable=False),
    sa.Column('min_purchase_rials', sa.BigInteger(), nullable=False),
    sa.Column('valid_from', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_earn_rules'))
    )
    with op.batch_alter_table('earn_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_earn_rules_valid_from'), ['valid_from'], unique=False)

    op.create_table('members',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('phone_tail', sa.String(length=4), nullable=False),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('national_code', sa.String(length=10), nullable=True),
    sa.Column('referrer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('joined_at', sa.DateTime(), nullable=False),
    sa.Column('balance', sa.Integer(), nullable=False),
    sa.Column('last_visit_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['referrer_id'], ['members.id'], name=op.f('fk_members_referrer_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('national_code', name=op.f('uq_members_national_code')),
    sa.UniqueConstraint('phone', name=op.f('uq_members_phone'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_phone_tail'), ['phone_tail'], unique=False)

    op.create_table('rewards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_fa', sa.String(length=200), nullable=True),
    sa.Column('cost', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rewards'))
    )
    op.create_table('cards',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('member_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('replaced_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_cards_member_id_members')),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['cards.id'], name=op.f('fk_cards_replaced_by_id_cards')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cards')),
    sa.UniqueConstraint('number', name=op.f('uq_cards_number'))
    )
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cards_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cards_replaced_by_id'), ['replaced_by_id'], unique=False)

    op.create_table('member_name_tokens',
    sa.Column('token', sa.String(length=100).with_variant(sa.String(length=100, collation='C'), 'postgresql'), nullable=False),
    sa.Column('member_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_name_tokens_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token', 'member_id', name=op.f('pk_member_name_tokens'))
    )
    with op.batch_alter_table('member_name_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_name_tokens_member_id'), ['member_id'], unique=False)

    op.create_table('operations',
    sa.Column('op_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('fingerprint', sa.String(length=400), nullable=False),
    sa.Column('member_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('staff', sa.String(length=100), nullable=False),
    sa.Column('counter', sa.String(length=100), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('balance_after', sa.Integer(), nullable=False),
    sa.Column('amount_rials', sa.BigInteger(), nullable=True),
    sa.Column('card_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.ForeignKeyConstraint(['card_id'], ['cards.id'], name=op.f('fk_operations_card_id_cards')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_operations_member_id_members')),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_operations'))
    )
    with op.batch_alter_table('operations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operations_member_id'), ['member_id'], unique=False)

    op.create_table('purchases',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('member_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('receipt_no', sa.String(length=64), nullable=True),
    sa.Column('amount_rials', sa.BigInteger(), nullable=False),
    sa.Column('refunded_rials', sa.BigInteger(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('backdated', sa.Boolean(), nullable=False),
    sa.Column('operation_id', sa.String(length=64), nullable=False),
    sa.Column('rule_version_id', sa.Integer(), nullable=False),
    sa.Column('points_earned', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_purchases_member_id_members')),
    sa.ForeignKeyConstraint(['operation_id'], ['operations.op_id'], name=op.f('fk_purchases_operation_id_operations')),
    sa.ForeignKeyConstraint(['rule_version_id'], ['earn_rules.id'], name=op.f('fk_purchases_rule_version_id_earn_rules')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchases')),
    sa.UniqueConstraint('operation_id', name=op.f('uq_purchases_operation_id')),
    sa.UniqueConstraint('receipt_no', name=op.f('uq_purchases_receipt_no'))
    )
    with op.batch_alter_table('purchases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchases_member_id'), ['member_id'], unique=False)

    op.create_table('ledger_entries',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('member_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('balance_after', sa.Integer(), nullable=False),
    sa.Column('operation_id', sa.String(length=64), nullable=False),
    sa.Column('staff', sa.String(length=100), nullable=False),
    sa.Column('counter', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('effective_at', sa.DateTime(), nullable=False),
    sa.Column('purchase_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reward_id', sa.Integer(), nullable=True),
    sa.Column('reward_name', sa.String(length=200), nullable=True),
    sa.Column('rule_version_id', sa.Integer(), nullable=True),
    sa.Column('reverses_entry_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_ledger_entries_member_id_members')),
    sa.ForeignKeyConstraint(['operation_id'], ['operations.op_id'], name=op.f('fk_ledger_entries_operation_id_operations')),
    sa.ForeignKeyConstraint(['purchase_id'], ['purchases.id'], name=op.f('fk_ledger_entries_purchase_id_purchases')),
    sa.ForeignKeyConstraint(['reverses_entry_id'], ['ledger_entries.id'], name=op.f('fk_ledger_entries_reverses_entry_id_ledger_entries')),
    sa.ForeignKeyConstraint(['reward_id'], ['rewards.id'], name=op.f('fk_ledger_entries_reward_id_rewards')),
    sa.ForeignKeyConstraint(['rule_version_id'], ['earn_rules.id'], name=op.f('fk_ledger_entries_rule_version_id_earn_rules')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entries'))
    )
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_entries_member_id_id_points', ['member_id', 'id', 'points'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entries_operation_id'), ['operation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entries_purchase_id'), ['purchase_id'], unique=False)
        batch_op.create_index('uq_ledger_entries_one_opening', ['member_id'], unique=True, sqlite_where=sa.text("kind = 'opening'"), postgresql_where=sa.text("kind = 'opening'"))
        batch_op.create_index('uq_ledger_entries_one_void', ['reverses_entry_id'], unique=True, sqlite_where=sa.text("kind = 'restore_redeem'"), postgresql_where=sa.text("kind = 'restore_redeem'"))

    earn_rules = sa.table(
        "earn_rules",
        sa.column("step_rials", sa.BigInteger()),
        sa.column("points_per_step", sa.Integer()),
        sa.column("min_purchase_rials", sa.BigInteger()),
        sa.column("valid_from", sa.DateTime()),
    )
    op.bulk_insert(
        earn_rules,
        [
            {
                "step_rials": 100_000,
                "points_per_step": 1,
                "min_purchase_rials": 0,
                "valid_from": datetime.datetime(2000, 1, 1),
            }
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.drop_index('uq_ledger_entries_one_void', sqlite_where=sa.text("kind = 'restore_redeem'"), postgresql_where=sa.text("kind = 'restore_redeem'"))
        batch_op.drop_index('uq_ledger_entries_one_opening', sqlite_where=sa.text("kind = 'opening'"), postgresql_where=sa.text("kind = 'opening'"))
        batch_op.drop_index(batch_op.f('ix_ledger_entries_purchase_id'))
        batch_op.drop_index(batch_op.f('ix_ledger_entries_operation_id'))
        batch_op.drop_index('ix_ledger_entries_member_id_id_points')

    op.drop_table('ledger_entries')
    with op.batch_alter_table('purchases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchases_member_id'))

    op.drop_table('purchases')
    with op.batch_alter_table('operations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_operations_member_id'))

    op.drop_table('operations')
    with op.batch_alter_table('member_name_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_name_tokens_member_id'))

    op.drop_table('member_name_tokens')
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cards_replaced_by_id'))
        batch_op.drop_index(batch_op.f('ix_cards_member_id'))

    op.drop_table('cards')
    op.drop_table('rewards')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_phone_tail'))

    op.drop_table('members')
    with op.batch_alter_table('earn_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_earn_rules_valid_from'))

    op.drop_table('earn_rules')

"""Staff accounts: PINs, lockout, approvals, the refusals a newcomer runs into, and the
audit trail's lines with what changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.audit import AuditFilter, AuditKind, AuditLine
from loyaltydesk.domain.campaigns import CampaignKind
from loyaltydesk.domain.coupons import CouponKind, CouponTerms
from loyaltydesk.domain.errors import DomainError, InvalidInput, NotFound, NotPermitted, Refused
from loyaltydesk.domain.staff import Actor, ApprovalLimits, CounterPolicy, Permission, Role
from loyaltydesk.persistence.database import open_database
from loyaltydesk.services.staff import Argon2Hasher, StaffService
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock
from tests.integration.helpers import op, register


def _team(services: Services) -> tuple[Actor, Actor, Actor]:
    services.staff.add("Nima", Role.OWNER, "1111", services.actor)
    owner = services.staff.sign_in("Nima", "1111", "till-1")
    services.staff.add("Maryam", Role.MANAGER, "2222", owner)
    services.staff.add("Ali", Role.CASHIER, "3333", owner)
    return (
        owner,
        services.staff.sign_in("Maryam", "2222", "till-1"),
        services.staff.sign_in("Ali", "3333", "till-1"),
    )


def _lines(services: Services, owner: Actor, *kinds: AuditKind) -> list[AuditLine]:
    return services.audit.trail(AuditFilter(kinds=tuple(k.value for k in kinds)), owner)


def _code(error: pytest.ExceptionInfo[DomainError]) -> str:
    return error.value.code


# -- signing in and the lock -------------------------------------------------------------


def test_five_wrong_pins_lock_for_a_minute_then_two_and_the_owner_can_unlock(
    services: Services, clock: FakeClock
) -> None:
    owner, _, _ = _team(services)
    staff = services.staff
    for tries_left in (4, 3, 2, 1):
        with pytest.raises(NotPermitted) as wrong:
            staff.sign_in("Ali", "9999", "till-1")
        assert (_code(wrong), wrong.value.params["tries_left"]) == (
            "staff.wrong_name_or_pin",
            tries_left,
        )
    with pytest.raises(NotPermitted) as locked:
        staff.sign_in("Ali", "9999", "till-1")
    assert _code(locked) == "staff.locked"
    assert locked.value.params["until"] == clock.now + dt.timedelta(minutes=1)
    # Locked: even the right PIN waits, and no more tries are counted meanwhile.
    clock.advance(seconds=59)
    with pytest.raises(NotPermitted) as still:
        staff.sign_in("Ali", "3333", "till-1")
    assert _code(still) == "staff.locked"
    clock.advance(seconds=2)
    assert staff.sign_in("Ali", "3333", "till-1").staff == "Ali"
    # The second lock is twice as long.
    for _ in range(5):
        with pytest.raises(NotPermitted):
            staff.sign_in("Ali", "0000", "till-1")
    with pytest.raises(NotPermitted) as again:
        staff.sign_in("Ali", "3333", "till-1")
    assert again.value.params["until"] == clock.now + dt.timedelta(minutes=2)
    staff.unlock("Ali", owner)
    assert staff.sign_in("Ali", "3333", "till-1").role is Role.CASHIER
    kinds = [line.kind for line in _lines(services, owner, AuditKind.WRONG_PIN)]
    assert kinds.count("wrong_pin") == 10
    assert len(_lines(services, owner, AuditKind.LOCKED_OUT)) == 2
    assert len(_lines(services, owner, AuditKind.UNLOCKED)) == 1


class _CountingHasher(Argon2Hasher):
    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_kib=1024)
        self.verified = 0

    def verify(self, hashed: str, pin: str) -> bool:
        self.verified += 1
        return super().verify(hashed, pin)


def test_an_unknown_name_costs_the_same_comparison_as_a_known_one(services: Services) -> None:
    hasher = _CountingHasher()
    staff = StaffService(services.staff._uow, services.staff._clock, hasher)
    staff.add("Nima", Role.OWNER, "1111", services.actor)
    for name in ("Nima", "Nobody", ""):
        before = hasher.verified
        with pytest.raises(NotPermitted) as refused:
            staff.sign_in(name, "0000", "till-1")
        assert _code(refused) == "staff.wrong_name_or_pin"
        assert hasher.verified == before + 1  # one argon2 comparison, whoever it was


def test_names_match_without_case_or_spacing_and_persian_digits_are_digits(
    services: Services,
) -> None:
    _team(services)
    assert services.staff.sign_in("  ali ", "۳۳۳۳", "till-1").staff == "Ali"
    with pytest.raises(Refused) as taken:
        services.staff.add(
            "MARYAM", Role.CASHIER, "5555", services.staff.sign_in("Nima", "1111", "t")
        )
    assert _code(taken) == "staff.name_taken"


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("12a4", "staff.pin_not_digits"),
        ("123", "staff.pin_length"),
        ("123456789", "staff.pin_length"),
        ("", "staff.pin_length"),
        ("12 34", "staff.pin_not_digits"),
    ],
)
def test_a_malformed_pin_is_refused_and_nothing_is_added(
    services: Services, pin: str, code: str
) -> None:
    with pytest.raises(InvalidInput) as bad:
        services.staff.add("Nima", Role.OWNER, pin, services.actor)
    assert _code(bad) == code
    assert pin not in str(bad.value) or not pin  # the PIN is never in the error
    assert not services.staff.has_staff()


def test_the_refusals_a_newcomer_runs_into(services: Services) -> None:
    staff = services.staff
    with pytest.raises(Refused) as first:
        staff.add("Ali", Role.CASHIER, "3333", services.actor)
    assert _code(first) == "staff.first_must_be_owner"
    owner, manager, cashier = _team(services)
    # The club has accounts now: a nameless actor (as before accounts) is refused.
    with pytest.raises(NotPermitted) as nameless:
        services.counter.credit_purchase(op(), register(services).id, 10_000, services.actor)
    assert _code(nameless) == "staff.sign_in_needed"
    with pytest.raises(NotFound):
        staff.set_active("Nobody", False, owner)
    with pytest.raises(Refused) as last_owner:
        staff.set_active("Nima", False, owner)
    assert _code(last_owner) == "staff.last_owner"
    with pytest.raises(Refused):
        staff.set_role("Nima", Role.MANAGER, owner)
    assert [s.role for s in staff.listing(owner) if s.name == "Nima"] == [Role.OWNER]
    # Nobody approves their own request; a cashier approves nothing.
    with pytest.raises(NotPermitted) as own:
        staff.approve(manager, None, "Maryam", "2222")
    assert _code(own) == "staff.self_approval"
    staff.add("Leila", Role.CASHIER, "4444", owner)
    with pytest.raises(NotPermitted) as cashier_approves:
        staff.approve(cashier, None, "Leila", "4444")
    assert _code(cashier_approves) == "staff.not_an_approver"
    with pytest.raises(NotPermitted) as cashier_approves_refund:
        staff.approve(cashier, Permission.REFUND, "Leila", "4444")
    assert _code(cashier_approves_refund) == "staff.cannot_approve"
    # A disabled account signs in no more, and what it signed in for stops at once.
    staff.set_active("Ali", False, owner)
    staff.set_active("Ali", False, owner)  # already so: nothing changed, one line only
    assert len(_lines(services, owner, AuditKind.STAFF_CHANGED)) == 1
    with pytest.raises(NotPermitted) as disabled:
        staff.sign_in("Ali", "3333", "till-1")
    assert _code(disabled) == "staff.disabled"
    with pytest.raises(NotPermitted):
        services.counter.credit_purchase(
            op(), register(services, phone="09120000001").id, 1, cashier
        )
    # A demoted manager loses the manager's rights on the next action.
    staff.set_role("Maryam", Role.CASHIER, owner)
    coupon = services.coupons.issue(
        CouponTerms(CouponKind.AMOUNT, amount_rials=5_000), owner, uses=2, valid_days=5
    ).coupon
    with pytest.raises(NotPermitted) as demoted:
        services.coupons.void(coupon.code, manager)
    assert _code(demoted) == "staff.not_allowed"


def test_each_may_change_their_own_pin_and_only_the_owner_anyone_elses(services: Services) -> None:
    owner, manager, cashier = _team(services)
    services.staff.set_pin("Ali", "7777", cashier)
    assert services.staff.sign_in("Ali", "7777", "till-1").staff == "Ali"
    with pytest.raises(NotPermitted):
        services.staff.set_pin("Ali", "8888", manager)
    services.staff.set_pin("Ali", "8888", owner)
    assert services.staff.sign_in("Ali", "8888", "till-1").staff == "Ali"
    pins = _lines(services, owner, AuditKind.PIN_CHANGED)
    assert [(line.staff, line.subject) for line in pins] == [("Nima", "Ali"), ("Ali", "Ali")]
    assert all(line.after == {"pin": "changed"} for line in pins)


# -- what the ledger and the trail record ----------------------------------------------


def test_ledger_lines_carry_the_account_and_the_approving_manager(
    services: Services, clock: FakeClock
) -> None:
    owner, _, cashier = _team(services)
    services.staff.set_policy(CounterPolicy(ApprovalLimits(credit_rials=500_000)), owner)
    member = register(services, actor=owner)
    clock.advance(seconds=1)  # the trail is newest first
    with pytest.raises(NotPermitted) as big:
        services.counter.credit_purchase(op(), member.id, 900_000, cashier)
    assert _code(big) == "staff.needs_approval"
    approved = services.staff.approve(cashier, None, "Maryam", "2222")
    credited = services.counter.credit_purchase(op(), member.id, 900_000, approved)
    line = services.membership.statement(member.id).lines[0]
    assert (line.staff, line.staff_id, line.approver) == ("Ali", cashier.staff_id, "Maryam")
    ops = _lines(services, owner, AuditKind.OPERATION)
    assert ops[0].approver == "Maryam" and ops[0].kind == "operation:credit"
    assert ops[0].after == {"points": credited.points_earned, "amount_rials": 900_000}


def test_the_trail_keeps_what_changed_before_and_after(services: Services, tmp_path: Path) -> None:
    owner, _, _ = _team(services)
    staff = services.staff
    staff.set_role("Ali", Role.MANAGER, owner)
    changed = _lines(services, owner, AuditKind.STAFF_CHANGED)[0]
    assert (changed.before or {})["role"] == "cashier"
    assert (changed.after or {})["role"] == "manager"
    staff.set_policy(
        CounterPolicy(ApprovalLimits(redeem_points=300), idle_minutes=10, offline_points=40), owner
    )
    policy = _lines(services, owner, AuditKind.SETTINGS)[0]
    assert policy.before == {
        "credit_rials": None, "redeem_points": None, "idle_minutes": 5, "offline_points": 0
    }  # fmt: skip
    assert policy.after == {
        "credit_rials": None, "redeem_points": 300, "idle_minutes": 10, "offline_points": 40
    }  # fmt: skip
    rule = services.rules.earn_rule()
    services.rules.save(dataclasses.replace(rule, first_purchase_bonus=7), owner)
    rules = _lines(services, owner, AuditKind.RULES)[0]
    assert (rules.before or {})["first_purchase_bonus"] == 0
    assert (rules.after or {})["first_purchase_bonus"] == 7
    drink = next(r for r in services.rules.rewards() if r.name == "Free drink")
    services.rules.update_reward(dataclasses.replace(drink, cost=45), owner)
    reward = _lines(services, owner, AuditKind.REWARD)[0]
    assert ((reward.before or {})["cost"], (reward.after or {})["cost"]) == (40, 45)
    coupon = services.coupons.issue(
        CouponTerms(CouponKind.AMOUNT, amount_rials=20_000), owner, uses=3, valid_days=10
    ).coupon
    services.coupons.void(coupon.code, owner)
    assert _lines(services, owner, AuditKind.COUPON_ISSUED)[0].subject == coupon.code
    assert _lines(services, owner, AuditKind.COUPON_VOIDED)[0].subject == coupon.code
    member = register(services, actor=owner)
    services.membership.update_details(
        member.id, name="Sara Rahimi", phone=member.phone, birthday=None, actor=owner
    )
    edit = _lines(services, owner, AuditKind.MEMBER_CHANGED)[0]
    assert edit.before == {"name": member.name} and edit.after == {"name": "Sara Rahimi"}
    written = services.audit.backup(tmp_path / "club.backup", owner)
    assert _lines(services, owner, AuditKind.BACKUP)[0].after == {"file": str(written)}
    services.audit.exported("members", 12, tmp_path / "m.csv", owner)
    assert (_lines(services, owner, AuditKind.EXPORT)[0].after or {})["rows"] == 12
    signed = _lines(services, owner, AuditKind.SIGN_IN)
    assert {line.staff for line in signed} == {"Nima", "Maryam", "Ali"}
    # Filters: who, and the period.
    by_ali = services.audit.trail(AuditFilter(staff="ali"), owner)
    assert by_ali and all(line.staff == "Ali" for line in by_ali)
    later = services.audit.trail(
        AuditFilter(start=services.staff._clock() + dt.timedelta(days=1)), owner
    )
    assert later == []


def test_the_pin_is_never_stored_logged_or_in_the_trail(
    services: Services, settings: Settings, db_url: str
) -> None:
    secret, wrong = "73915", "73916"
    services.staff.add("Nima", Role.OWNER, secret, services.actor)
    with pytest.raises(NotPermitted):
        services.staff.sign_in("Nima", wrong, "till-1")
    owner = services.staff.sign_in("Nima", secret, "till-1")
    services.staff.set_pin("Nima", "48260", owner)
    lines = services.audit.trail(AuditFilter(), owner)
    assert lines and not any(p in repr(line) for line in lines for p in (secret, wrong, "48260"))
    # The rows as stored, on either database; and every file the club wrote.
    with open_database(db_url).engine.connect() as conn:
        stored = [
            repr(row)
            for table in ("staff", "audit_events", "operations", "ledger_entries")
            for row in conn.execute(text(f"SELECT * FROM {table}"))
        ]
    assert any("$argon2id$" in row for row in stored)
    services.close()
    files = [p for p in settings.data_dir.rglob("*") if p.is_file()]
    if not db_url.startswith("postgresql"):
        files += [Path(db_url), *Path(db_url).parent.glob("*.sqlite3-*")]
    for pin in (secret, wrong, "48260"):
        assert not any(pin in row for row in stored), pin
        for path in files:
            assert pin.encode() not in path.read_bytes(), (path, pin)


def test_a_campaigns_messages_name_who_ran_it(services: Services, db_url: str) -> None:
    owner, manager, _ = _team(services)
    services.campaigns.set_settings(
        dataclasses.replace(
            services.campaigns.settings(CampaignKind.THANK_YOU), enabled=True, points=0
        ),
        owner,
    )
    member = register(services, actor=owner)
    services.counter.credit_purchase(op(), member.id, 300_000, owner)
    run = services.campaigns.run(CampaignKind.THANK_YOU, manager)
    assert run.messages == 1
    with open_database(db_url).engine.connect() as conn:
        rows = conn.execute(text("SELECT staff, staff_id FROM messages")).all()
    assert [tuple(r) for r in rows] == [("Maryam", manager.staff_id)]
    ran = _lines(services, owner, AuditKind.CAMPAIGN_RUN)[0]
    assert (ran.staff, ran.subject) == ("Maryam", "thank_you")

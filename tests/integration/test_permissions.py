"""Who may do what, enforced in the services: every protected method × every role, on both
databases. A refused call raises NotPermitted and changes nothing; where a manager's PIN on
the spot would do, the cashier's request approved by a manager goes through."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.devices.outbox_files import writer_for
from loyaltydesk.domain.audit import AuditFilter
from loyaltydesk.domain.campaigns import CampaignKind
from loyaltydesk.domain.coupons import CouponKind, CouponTerms
from loyaltydesk.domain.errors import DomainError, NotPermitted
from loyaltydesk.domain.feedback import Reason
from loyaltydesk.domain.mail import check_mail_server
from loyaltydesk.domain.offline import Settlement
from loyaltydesk.domain.reports import Calendar, Preset
from loyaltydesk.domain.staff import (
    APPROVABLE,
    Actor,
    ApprovalLimits,
    CounterPolicy,
    Permission,
    Role,
    allows,
)
from loyaltydesk.services.report_ports import MemberFilter, MemberSet
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER, FakeClock, new_pg_database

CREDIT_LIMIT = 1_000_000
REDEEM_LIMIT = 60  # the meal (100) is above it, the drink (40) is not
_ops = itertools.count()


def op() -> str:
    return f"perm-{next(_ops)}"


@dataclass
class Club:
    services: Services
    owner: Actor
    manager: Actor
    cashier: Actor
    member_id: int
    folder: Path

    def actor(self, role: Role) -> Actor:
        return {Role.OWNER: self.owner, Role.MANAGER: self.manager, Role.CASHIER: self.cashier}[
            role
        ]

    def approved(self, actor: Actor) -> Actor:
        return self.services.staff.approve(actor, None, "Maryam", "2222")


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def club(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Club]:
    folder = tmp_path_factory.mktemp("permissions")
    if request.param == "sqlite":
        url = str(folder / "club.sqlite3")
    else:
        url = new_pg_database(request.getfixturevalue("postgres"))
    clock = FakeClock(dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC))
    settings = Settings(data_dir=folder / "data", language="en", staff="x", counter="till-1")
    services = build_services(settings, url, clock=clock, hasher=LIGHT_HASHER)
    legacy = services.actor
    services.rules.add_reward("Free drink", 40, actor=legacy)
    services.rules.add_reward("Free meal", 100, actor=legacy)
    member = services.membership.register(
        op(), name="Sara Mohammadi", phone="09121234567", actor=legacy
    ).member
    services.counter.adjust(op(), member.id, 100_000, "paper card", legacy, opening=True)
    services.staff.add("Nima", Role.OWNER, "1111", legacy)
    owner = services.staff.sign_in("Nima", "1111", "till-1")
    services.staff.add("Maryam", Role.MANAGER, "2222", owner)
    services.staff.add("Ali", Role.CASHIER, "3333", owner)
    services.staff.set_policy(
        CounterPolicy(ApprovalLimits(credit_rials=CREDIT_LIMIT, redeem_points=REDEEM_LIMIT)), owner
    )
    yield Club(
        services,
        owner,
        services.staff.sign_in("Maryam", "2222", "till-1"),
        services.staff.sign_in("Ali", "3333", "till-1"),
        member.id,
        folder,
    )
    services.close()


# -- the cases: one protected call each, with the permission it needs ---------------------

# A case prepares what its call needs (as the owner), then gives the call to make as each role.
Case = Callable[[Club], Callable[[Actor], Any]]


def _purchase(c: Club) -> int:
    """A purchase the owner credited, for a refund to take back."""
    return c.services.counter.credit_purchase(op(), c.member_id, 100_000, c.owner).purchase_id


def _redemption(c: Club) -> int:
    return c.services.counter.redeem(op(), c.member_id, "Free drink", c.owner).entry_id


def _coupon(c: Club) -> str:
    terms = CouponTerms(CouponKind.AMOUNT, amount_rials=10_000)
    return c.services.coupons.issue(terms, c.owner, uses=5, valid_days=30).coupon.code


def _periods(c: Club) -> Any:
    return c.services.reports.periods(Preset.THIS_MONTH, Calendar.GREGORIAN)


def _new_member(c: Club, actor: Actor) -> Any:
    phone = f"0912{next(_ops):07d}"
    return c.services.membership.register(op(), name="Reza Karimi", phone=phone, actor=actor)


def _edit_member(c: Club, actor: Actor) -> Any:
    m = c.services.membership.get(c.member_id)
    return c.services.membership.update_details(
        c.member_id,
        name=m.name,
        phone=m.phone,
        birthday=None,
        email="sara@example.com",
        actor=actor,
    )


def _feedback(c: Club) -> Callable[[Actor], Any]:
    purchase = _purchase(c)
    return lambda a: c.services.feedback.record_visit(
        op(), c.member_id, 5, purchase_id=purchase, actor=a
    )


def _credit_with_coupon(c: Club) -> Callable[[Actor], Any]:
    code = _coupon(c)
    return lambda a: c.services.counter.credit_purchase(op(), c.member_id, 50_000, a, coupon=code)


def _refund(c: Club) -> Callable[[Actor], Any]:
    purchase = _purchase(c)
    return lambda a: c.services.counter.refund(op(), a, purchase_id=purchase)


def _void(c: Club) -> Callable[[Actor], Any]:
    entry = _redemption(c)
    return lambda a: c.services.counter.void_redemption(op(), entry, a)


def _opening(c: Club) -> Callable[[Actor], Any]:
    member = _new_member(c, c.owner).member.id
    return lambda a: c.services.counter.adjust(op(), member, 30, "paper card", a, opening=True)


def _import(c: Club) -> Callable[[Actor], Any]:
    from loyaltydesk.devices.member_files import open_member_file
    from loyaltydesk.domain.imports import guess_mapping

    path = c.folder / f"import-{next(_ops)}.csv"
    path.write_text(f"name,mobile\nReza,0935{next(_ops):07d}\n", encoding="utf-8")
    source = open_member_file(path)
    return lambda a: c.services.imports.run(source, guess_mapping(source.headers), a)


def _void_coupon(c: Club) -> Callable[[Actor], Any]:
    code = _coupon(c)
    return lambda a: c.services.coupons.void(code, a)


def _merge(c: Club) -> Callable[[Actor], Any]:
    kept = _new_member(c, c.owner).member.id
    other = _new_member(c, c.owner).member.id
    return lambda a: c.services.merges.merge(op(), kept, other, a)


def _unmerge(c: Club) -> Callable[[Actor], Any]:
    done = _merge(c)(c.owner)
    return lambda a: c.services.merges.undo(op(), done.merge.id, a)


def _reward(c: Club) -> Any:
    return next(r for r in c.services.rules.rewards() if r.name == "Free drink")


CASES: dict[str, tuple[Permission, Case]] = {
    "register": (Permission.REGISTER, lambda c: lambda a: _new_member(c, a)),
    "edit member": (Permission.EDIT_MEMBER, lambda c: lambda a: _edit_member(c, a)),
    "opt out": (
        Permission.EDIT_MEMBER,
        lambda c: lambda a: c.services.membership.set_opted_out(op(), c.member_id, False, a),
    ),
    "replace card": (
        Permission.EDIT_MEMBER,
        lambda c: lambda a: c.services.membership.replace_card(op(), c.member_id, a),
    ),
    "credit": (
        Permission.CREDIT,
        lambda c: lambda a: c.services.counter.credit_purchase(op(), c.member_id, 50_000, a),
    ),
    "credit above the limit": (
        Permission.LARGE_CREDIT,
        lambda c: (
            lambda a: c.services.counter.credit_purchase(op(), c.member_id, 2 * CREDIT_LIMIT, a)
        ),
    ),
    "credit with a coupon": (
        Permission.USE_COUPON,
        _credit_with_coupon,
    ),
    "redeem": (
        Permission.REDEEM,
        lambda c: lambda a: c.services.counter.redeem(op(), c.member_id, "Free drink", a),
    ),
    "redeem above the limit": (
        Permission.LARGE_REDEMPTION,
        lambda c: lambda a: c.services.counter.redeem(op(), c.member_id, "Free meal", a),
    ),
    "refund": (
        Permission.REFUND,
        _refund,
    ),
    "void": (
        Permission.VOID,
        _void,
    ),
    "adjust": (
        Permission.ADJUST,
        lambda c: lambda a: c.services.counter.adjust(op(), c.member_id, 5, "goodwill", a),
    ),
    "opening balance": (
        Permission.OPENING_BALANCE,
        _opening,
    ),
    "feedback": (Permission.FEEDBACK, _feedback),
    "issue a coupon": (
        Permission.ISSUE_COUPON,
        lambda c: (
            lambda a: c.services.coupons.issue(
                CouponTerms(CouponKind.PERCENT, percent=10), a, member_id=c.member_id, valid_days=9
            )
        ),
    ),
    "void a coupon": (
        Permission.VOID_COUPON,
        _void_coupon,
    ),
    "coupon return policy": (
        Permission.SETTINGS,
        lambda c: lambda a: c.services.coupons.set_return_policy("always", a),
    ),
    "campaign settings": (
        Permission.SETTINGS,
        lambda c: (
            lambda a: c.services.campaigns.set_settings(
                c.services.campaigns.settings(CampaignKind.THANK_YOU), a
            )
        ),
    ),
    "run a campaign": (
        Permission.RUN_CAMPAIGN,
        lambda c: lambda a: c.services.campaigns.run(CampaignKind.THANK_YOU, a),
    ),
    "export SMS": (
        Permission.OUTBOX,
        lambda c: (
            lambda a: c.services.outbox.export_sms(
                c.folder / f"sms-{next(_ops)}.csv", writer_for(c.folder / "x.csv"), a
            )
        ),
    ),
    "mark sent": (Permission.OUTBOX, lambda c: c.services.outbox.mark_sent),
    "retry": (Permission.OUTBOX, lambda c: lambda a: c.services.outbox.retry([10**9], a)),
    "mail server": (
        Permission.SETTINGS,
        lambda c: (
            lambda a: c.services.outbox.set_mail_server(
                check_mail_server("127.0.0.1", 2525, starttls=False, user="", sender="a@b.cd"), a
            )
        ),
    ),
    "feedback reasons": (
        Permission.SETTINGS,
        lambda c: lambda a: c.services.feedback.set_reasons([Reason("Slow service", "کندی")], a),
    ),
    "save the rules": (
        Permission.EDIT_RULES,
        # A new version each time (the first purchase bonus moves on), whoever saves it.
        lambda c: (
            lambda a: c.services.rules.save(
                dataclasses.replace(c.services.rules.earn_rule(), first_purchase_bonus=next(_ops)),
                a,
            )
        ),
    ),
    "add a reward": (
        Permission.EDIT_RULES,
        lambda c: lambda a: c.services.rules.add_reward(f"Cake {next(_ops)}", 70, actor=a),
    ),
    "change a reward": (
        Permission.EDIT_RULES,
        lambda c: lambda a: c.services.rules.update_reward(_reward(c), a),
    ),
    "order rewards": (
        Permission.EDIT_RULES,
        lambda c: (
            lambda a: c.services.rules.order_rewards(
                [r.id for r in c.services.rules.rewards(include_inactive=True)], a
            )
        ),
    ),
    "report": (
        Permission.REPORTS,
        lambda c: lambda a: c.services.reports.report(_periods(c), actor=a),
    ),
    "report's member list": (
        Permission.REPORTS,
        lambda c: (
            lambda a: c.services.reports.members(
                _periods(c), MemberFilter(MemberSet.PURCHASERS), actor=a
            )
        ),
    ),
    "verify": (Permission.VERIFY, lambda c: c.services.audit.verify),
    "import members": (Permission.IMPORT, _import),
    "audit trail": (Permission.AUDIT, lambda c: lambda a: c.services.audit.trail(AuditFilter(), a)),
    "export personal data": (Permission.EXPORT, lambda c: c.services.audit.may_export),
    "export members": (Permission.EXPORT, lambda c: c.services.accounting.members),
    "export the ledger": (Permission.EXPORT, lambda c: c.services.accounting.ledger),
    "duplicates": (Permission.MERGE, lambda c: c.services.merges.duplicates),
    "merge": (Permission.MERGE, _merge),
    "undo a merge": (Permission.UNMERGE, _unmerge),
    "backup": (
        Permission.BACKUP,
        lambda c: lambda a: c.services.audit.backup(c.folder / f"backup-{next(_ops)}.sqlite3", a),
    ),
    "staff list": (Permission.STAFF, lambda c: c.services.staff.listing),
    "add staff": (
        Permission.STAFF,
        lambda c: lambda a: c.services.staff.add(f"Person {next(_ops)}", Role.CASHIER, "4444", a),
    ),
    "unlock staff": (Permission.STAFF, lambda c: lambda a: c.services.staff.unlock("Ali", a)),
    "offline conflicts": (Permission.SETTLE_SYNC, lambda c: c.services.conflicts.listed),
    "settle an offline conflict": (
        Permission.SETTLE_SYNC,
        lambda c: lambda a: c.services.conflicts.settle(op(), 999, Settlement.FORGIVEN, "", a),
    ),
    "counter policy": (
        Permission.SETTINGS,
        lambda c: lambda a: c.services.staff.set_policy(c.services.staff.policy(), a),
    ),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("case", list(CASES))
def test_every_protected_method_follows_the_role_table(club: Club, case: str, role: Role) -> None:
    permission, prepare = CASES[case]
    actor = club.actor(role)
    call = prepare(club)
    if allows(role, permission):
        _expect_done(call, actor)
        return
    before = _books(club)
    with pytest.raises(NotPermitted) as refused:
        call(actor)
    expected = "staff.needs_approval" if permission in APPROVABLE else "staff.not_allowed"
    assert refused.value.code == expected
    assert refused.value.params["action"] == permission.value
    assert _books(club) == before  # nothing changed, nothing half-done
    if permission in APPROVABLE:
        # A manager's PIN on the spot: the same request goes through, approver recorded.
        approved = club.approved(actor)
        _expect_done(call, approved)
        assert approved.approver == "Maryam"


def _expect_done(call: Callable[[Actor], Any], actor: Actor) -> None:
    """Allowed: the call is not refused for who asked (it may still find nothing to do,
    such as no SMS to export, which is a different refusal)."""
    try:
        call(actor)
    except NotPermitted:
        raise
    except DomainError:
        pass


def _books(club: Club) -> tuple[object, ...]:
    s, owner = club.services, club.owner
    checked = s.audit.verify(owner)
    return (
        checked.entries_checked,
        checked.members_checked,
        len(s.audit.trail(AuditFilter(limit=100_000), owner)),
        len(s.staff.listing(owner)),
        len(s.rules.rewards(include_inactive=True)),
        s.coupons.counts(),
        s.staff.policy(),
        s.coupons.return_policy(),
    )


def test_every_permission_is_exercised_by_the_matrix() -> None:
    covered = {permission for permission, _ in CASES.values()}
    # Shift reports, printing and reading the rules have no write to refuse; restore replaces
    # the club and has its own test; the two "own" rights are checked where they are used.
    not_here = {
        Permission.FIND_MEMBERS,
        Permission.PRINT,
        Permission.SEE_RULES,
        Permission.OWN_SHIFT,
        Permission.OWN_PIN,
        Permission.ANY_SHIFT,
        Permission.RESTORE,
    }
    assert covered | not_here == set(Permission)

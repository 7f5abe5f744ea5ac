from __future__ import annotations

import itertools

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.staff import Role
from loyaltydesk.services.views import MemberView

_ops = itertools.count()


def op() -> str:
    return f"op-{next(_ops)}"


def register(
    services: Services, name: str = "سارا محمدی", phone: str = "09121234567", **extra: object
) -> MemberView:
    actor = extra.pop("actor", services.actor)
    return services.membership.register(
        op(),
        name=name,
        phone=phone,
        actor=actor,  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    ).member


def credit(services: Services, member: MemberView, rials: int, receipt: str | None = None) -> int:
    return services.counter.credit_purchase(
        op(), member.id, rials, services.actor, receipt_no=receipt
    ).balance


def been_online(services: Services, counter: str = "counter-1") -> MemberView:
    """A day online at a counter of a shared club: a member served and the owner Nima (PIN
    1111) signed in, so the counter remembers the club, the member and its staff."""
    member = register(services)
    services.staff.add("Nima", Role.OWNER, "1111", services.actor)
    services.staff.sign_in("Nima", "1111", counter)
    services.link.panel(member.id)
    services.link.probe()
    return member

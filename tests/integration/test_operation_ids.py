"""Every write service refuses a blank operation id with a domain error: a blank id cannot
make a repeated request idempotent, so it must never be taken as "a new one"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.errors import InvalidInput
from tests.integration.helpers import credit, op, register


@pytest.mark.parametrize("blank", ["", " ", "\t\n"])
def test_every_write_service_refuses_a_blank_operation_id(services: Services, blank: str) -> None:
    member = register(services)
    credit(services, member, 5_000_000, receipt="R-1")
    redeemed = services.counter.redeem(op(), member.id, "Free drink", services.actor)
    actor = services.actor
    writes: dict[str, Callable[[], object]] = {
        "register": lambda: services.membership.register(
            blank, name="Ali Rad", phone="09350000000", actor=actor
        ),
        "replace_card": lambda: services.membership.replace_card(blank, member.id, actor),
        "credit": lambda: services.counter.credit_purchase(blank, member.id, 100_000, actor),
        "redeem": lambda: services.counter.redeem(blank, member.id, "Free drink", actor),
        "refund": lambda: services.counter.refund(blank, actor, receipt_no="R-1"),
        "void": lambda: services.counter.void_redemption(blank, redeemed.entry_id, actor),
        "adjust": lambda: services.counter.adjust(blank, member.id, 5, "typo", actor),
    }
    before = services.membership.statement(member.id)
    for name, write in writes.items():
        with pytest.raises(InvalidInput) as refused:
            write()
        assert refused.value.code == "operation.empty", name
    assert services.membership.statement(member.id) == before
    assert services.membership.find("Ali Rad") == []

"""The API tokens' service: only the owner makes and revokes them, only the hash is kept,
and the last use is noted without a write per request."""

from __future__ import annotations

import datetime as dt

import pytest

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.api_tokens import token_hash
from loyaltydesk.domain.audit import AuditFilter
from loyaltydesk.domain.errors import InvalidInput, NotPermitted
from loyaltydesk.domain.staff import Role
from loyaltydesk.services.api_tokens import TRUSTED_FOR
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER, FakeClock


def test_only_the_owner_makes_and_revokes_tokens(services: Services) -> None:
    services.staff.add("Sara", Role.OWNER, "1111", services.actor)
    owner = services.staff.sign_in("Sara", "1111", "counter-1", shift=False)
    services.staff.add("Reza", Role.MANAGER, "2222", owner)
    manager = services.staff.sign_in("Reza", "2222", "counter-1", shift=False)
    with pytest.raises(NotPermitted):
        services.api_tokens.add("till-1", manager)
    made = services.api_tokens.add("till-1", owner)
    with pytest.raises(NotPermitted):
        services.api_tokens.revoke("till-1", manager)
    with pytest.raises(NotPermitted):
        services.api_tokens.listing(manager)
    services.api_tokens.revoke("till-1", owner)
    trail = services.audit.trail(AuditFilter(kinds=("api_token",)), owner)
    assert [(line.subject, line.after) for line in reversed(trail)] == [
        ("till-1", {"name": "till-1", "revoked": False}),
        ("till-1", {"name": "till-1", "revoked": True}),
    ]
    assert made.secret not in str(trail)


def test_a_token_is_kept_as_its_hash_and_checked_by_it(services: Services) -> None:
    made = services.api_tokens.add("till-1", services.actor)
    assert services.api_tokens.check(made.secret).name == "till-1"
    assert token_hash(made.secret) != made.secret
    for wrong in (None, "", made.secret[:-1], made.secret + "x"):
        with pytest.raises(NotPermitted):
            services.api_tokens.check(wrong)
    with pytest.raises(InvalidInput):
        services.api_tokens.add("  ", services.actor)
    with pytest.raises(InvalidInput):
        services.api_tokens.add("till\x00", services.actor)


def test_the_last_use_is_written_at_most_every_few_minutes(
    services: Services, clock: FakeClock
) -> None:
    made = services.api_tokens.add("till-1", services.actor)
    first = services.api_tokens.check(made.secret)
    assert first.last_used_at is None  # the answer is read before the note is written
    clock.advance(minutes=1)
    services.api_tokens.check(made.secret)
    [listed] = services.api_tokens.listing(services.actor)
    assert listed.last_used_at == clock.now - dt.timedelta(minutes=1)
    clock.advance(minutes=5)
    services.api_tokens.check(made.secret)
    [listed] = services.api_tokens.listing(services.actor)
    assert listed.last_used_at == clock.now


def test_a_revoked_name_is_given_a_new_token_and_keeps_its_history(
    services: Services, clock: FakeClock
) -> None:
    """A lost token: revoked, then a new one under the same name, so the till's work stays
    under one counter name; a name in use is refused."""
    from loyaltydesk.domain.errors import Refused

    lost = services.api_tokens.add("till-1", services.actor)
    with pytest.raises(Refused) as taken:
        services.api_tokens.add("TILL-1", services.actor)
    assert taken.value.code == "api_token.name_taken"
    services.api_tokens.revoke("till-1", services.actor)
    clock.advance(minutes=1)
    again = services.api_tokens.add("till-1", services.actor)
    [listed] = services.api_tokens.listing(services.actor)
    assert (listed.active, listed.created_at, listed.last_used_at) == (True, clock.now, None)
    with pytest.raises(NotPermitted):
        services.api_tokens.check(lost.secret)
    assert services.api_tokens.check(again.secret).name == "till-1"
    trail = services.audit.trail(AuditFilter(kinds=("api_token",)), services.actor)
    assert [(line.before, line.after) for line in reversed(trail)][-1] == (
        {"name": "till-1", "revoked": True},
        {"name": "till-1", "revoked": False},
    )


def test_a_token_revoked_at_another_counter_stops_within_seconds(
    services: Services, db_url: str, settings: Settings, clock: FakeClock
) -> None:
    """The API trusts a good token for a moment without asking again (a POS calls several
    times a sale); revoked here it stops at once, revoked elsewhere within TRUSTED_FOR."""
    made = services.api_tokens.add("till-1", services.actor)
    assert services.api_tokens.trusted(made.secret) is None  # never asked yet
    assert services.api_tokens.check(made.secret).name == "till-1"
    assert services.api_tokens.trusted(made.secret) is not None
    elsewhere = build_services(settings, db_url, clock=clock, hasher=LIGHT_HASHER)
    try:
        elsewhere.api_tokens.revoke("till-1", elsewhere.actor)
    finally:
        elsewhere.close()
    clock.advance(seconds=1)
    trusted = services.api_tokens.trusted(made.secret)
    assert trusted is not None and trusted.name == "till-1"
    clock.advance(seconds=(TRUSTED_FOR - dt.timedelta(seconds=1)).total_seconds())
    assert services.api_tokens.trusted(made.secret) is None
    with pytest.raises(NotPermitted):
        services.api_tokens.check(made.secret)
    assert services.api_tokens.trusted(made.secret) is None

    again = services.api_tokens.add("till-1", services.actor)  # the till's new token
    services.api_tokens.check(again.secret)
    services.api_tokens.revoke("till-1", services.actor)
    assert services.api_tokens.trusted(again.secret) is None  # revoked here: at once
    with pytest.raises(NotPermitted):
        services.api_tokens.check(again.secret)

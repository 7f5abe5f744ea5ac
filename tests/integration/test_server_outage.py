"""A PostgreSQL server that goes away and comes back, as the counter window meets it: every
service call says so calmly (a StorageError the window shows like any refusal), and the same
services work again, with no restart, once the server answers."""

from __future__ import annotations

import pytest

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.errors import StorageError
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock
from tests.integration.helpers import register
from tests.pgserver import PostgresCluster


@pytest.mark.postgres
def test_the_same_services_say_unreachable_and_go_on_when_the_server_is_back(
    own_cluster: PostgresCluster, settings: Settings, clock: FakeClock
) -> None:
    services = build_services(settings, own_cluster.url(), clock=clock)
    try:
        member = register(services)
        own_cluster.stop_server()
        for call in (
            lambda: services.membership.panel(member.id),
            lambda: services.counter.credit_purchase("till-1", member.id, 10**6, services.actor),
        ):
            with pytest.raises(StorageError) as caught:
                call()
            assert caught.value.code == "database.unreachable"
            assert caught.value.params == {
                "server": f"{own_cluster.root}/.s.PGSQL.{own_cluster.port}",
                "database": "postgres",
            }
        own_cluster.start_server()
        first = services.counter.credit_purchase("till-1", member.id, 10**6, services.actor)
        again = services.counter.credit_purchase("till-1", member.id, 10**6, services.actor)
        assert (first.replayed, again.replayed, again.balance) == (False, True, 10)
        assert len(services.membership.statement(member.id).lines) == 1
    finally:
        services.close()

"""A cashier signs in while the shared club's server does not answer: against the accounts
this counter remembered from its last online sign-in (or the last time the server answered),
with the same PIN rules, lockout included."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.errors import NotPermitted
from loyaltydesk.domain.staff import FAILURES_BEFORE_LOCK, Actor, Role
from loyaltydesk.persistence.offline_store import OFFLINE_FILE, SqliteOfflineStore
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER, FakeClock
from tests.pgserver import PostgresCluster

pytestmark = pytest.mark.postgres

PINS = {"Owner": "111111", "Reza": "222222", "Mina": "333333"}


@pytest.fixture
def shared(
    own_cluster: PostgresCluster, settings: Settings, clock: FakeClock
) -> Iterator[tuple[Services, Actor]]:
    built = build_services(settings, own_cluster.url(), clock=clock, hasher=LIGHT_HASHER)
    owner = built.staff.add("Owner", Role.OWNER, PINS["Owner"], built.actor)
    boss = Actor(owner.name, "counter-1", owner.role, owner.id)
    built.staff.add("Reza", Role.CASHIER, PINS["Reza"], boss)
    built.staff.add("Mina", Role.CASHIER, PINS["Mina"], boss)
    yield built, boss
    built.close()


def _online_sign_in(s: Services, name: str) -> Actor:
    actor = s.staff.sign_in(name, PINS[name], "counter-1")
    assert not actor.offline
    return actor


def test_a_cashier_signs_in_offline_with_the_pin_this_counter_saw(
    shared: tuple[Services, Actor], own_cluster: PostgresCluster
) -> None:
    s, _boss = shared
    reza = _online_sign_in(s, "Reza")
    own_cluster.stop_server()
    again = s.staff.sign_in("reza ", PINS["Reza"], "counter-1")
    assert again.offline and again == reza  # the same person at the same counter
    assert again.role is Role.CASHIER and again.staff_id == reza.staff_id
    assert s.staff.names() == ["Reza"]  # only whom this counter has seen sign in
    with pytest.raises(NotPermitted) as wrong:
        s.staff.sign_in("Reza", "999999", "counter-1")
    assert wrong.value.code == "staff.wrong_name_or_pin"
    assert wrong.value.params["tries_left"] == FAILURES_BEFORE_LOCK - 1
    with pytest.raises(NotPermitted) as stranger:
        s.staff.sign_in("Nobody", "123456", "counter-1")
    assert stranger.value.code == "staff.wrong_name_or_pin"
    assert "tries_left" not in stranger.value.params
    s.staff.sign_out(again)  # nothing to record it in: no error either


def test_wrong_pins_offline_lock_the_account_after_as_many_as_online(
    shared: tuple[Services, Actor], own_cluster: PostgresCluster, clock: FakeClock
) -> None:
    s, _boss = shared
    _online_sign_in(s, "Reza")
    own_cluster.stop_server()
    for _ in range(FAILURES_BEFORE_LOCK - 1):
        with pytest.raises(NotPermitted, match="wrong_name_or_pin"):
            s.staff.sign_in("Reza", "999999", "counter-1")
    with pytest.raises(NotPermitted) as locked:
        s.staff.sign_in("Reza", "999999", "counter-1")
    assert locked.value.code == "staff.locked"
    with pytest.raises(NotPermitted, match="locked"):  # the right PIN waits for the lock
        s.staff.sign_in("Reza", PINS["Reza"], "counter-1")
    clock.advance(minutes=2)
    assert s.staff.sign_in("Reza", PINS["Reza"], "counter-1").offline


def test_an_account_disabled_or_a_pin_changed_online_holds_offline(
    shared: tuple[Services, Actor], own_cluster: PostgresCluster
) -> None:
    s, boss = shared
    _online_sign_in(s, "Reza")
    _online_sign_in(s, "Mina")
    s.staff.set_active("Reza", False, boss)
    s.staff.set_pin("Mina", "444444", boss)
    # The light sees the server again: the whole list is read afresh.
    s.link.online = False
    assert s.link.probe()
    own_cluster.stop_server()
    with pytest.raises(NotPermitted) as disabled:
        s.staff.sign_in("Reza", PINS["Reza"], "counter-1")
    assert disabled.value.code == "staff.disabled"
    with pytest.raises(NotPermitted, match="wrong_name_or_pin"):
        s.staff.sign_in("Mina", PINS["Mina"], "counter-1")
    assert s.staff.sign_in("Mina", "444444", "counter-1").offline
    # The owner never signed in here, but the refresh brought every account.
    assert s.staff.sign_in("Owner", PINS["Owner"], "counter-1").offline
    assert "Reza" not in s.staff.names()


def test_an_online_sign_in_refreshes_what_this_counter_remembers(
    shared: tuple[Services, Actor], own_cluster: PostgresCluster
) -> None:
    s, boss = shared
    _online_sign_in(s, "Mina")
    s.staff.set_pin("Mina", "555555", boss)
    s.staff.sign_in("Mina", "555555", "counter-1")
    own_cluster.stop_server()
    assert s.staff.sign_in("Mina", "555555", "counter-1").offline
    with pytest.raises(NotPermitted):
        s.staff.sign_in("Mina", PINS["Mina"], "counter-1")


def test_the_staff_kept_on_this_counter_are_hashes_in_a_private_file(
    shared: tuple[Services, Actor], settings: Settings
) -> None:
    s, _boss = shared
    _online_sign_in(s, "Reza")
    path = settings.data_dir / OFFLINE_FILE
    assert path.stat().st_mode & 0o077 == 0
    conn = sqlite3.connect(path)
    try:
        (body,) = conn.execute("SELECT body FROM staff").fetchone()
    finally:
        conn.close()
    assert PINS["Reza"] not in body and "$argon2id$" in body


def test_a_staff_row_of_another_version_is_forgotten(tmp_path: Path) -> None:
    store = SqliteOfflineStore(tmp_path / OFFLINE_FILE)
    try:
        with store._write() as db:
            db.execute("INSERT INTO staff (key, body) VALUES ('x', '{\"format\": 9}')")
        assert store.staff_account("x") is None
        assert store.staff_accounts() == []
    finally:
        store.close()

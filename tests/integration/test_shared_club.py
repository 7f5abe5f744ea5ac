"""A shared club on a real PostgreSQL server (127.0.0.1, scram passwords, TLS with a CA made
here): each thing a connection check can find, and moving a SQLite club onto the server."""

from __future__ import annotations

import hashlib
import itertools
import socket
from dataclasses import replace
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import (
    Services,
    build_services,
    check_server,
    database_in_force,
    startup_problem,
)
from loyaltydesk.devices.passwords import switch_to_server
from loyaltydesk.domain.errors import DomainError, NotPermitted, Refused
from loyaltydesk.domain.servers import (
    TLS_DISABLE,
    TLS_REQUIRE,
    TLS_VERIFY_FULL,
    Finding,
    ServerAddress,
)
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.persistence.database import head_revision, open_database
from loyaltydesk.settings import Settings, load_settings
from loyaltydesk.ui.error_text import error_text
from tests.conftest import LIGHT_HASHER, SERVER_PASSWORD, FakeClock, TlsFiles
from tests.pgserver import TcpCluster
from tests.ui.conftest import plain

pytestmark = pytest.mark.postgres

_names = itertools.count()


def fresh(cluster: TcpCluster) -> str:
    name = f"club_{next(_names)}"
    cluster.create_database(name)
    return name


def at(cluster: TcpCluster, database: str, **changes: object) -> ServerAddress:
    where = ServerAddress("127.0.0.1", cluster.port, database, cluster.user, TLS_DISABLE)
    return replace(where, **changes)  # type: ignore[arg-type]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- what a check finds --------------------------------------------------------------------


def test_a_name_that_does_not_resolve_is_an_unknown_host() -> None:
    check = check_server(ServerAddress("club.nowhere.invalid", user="sara"), "x")
    assert check.finding is Finding.UNKNOWN_HOST and not check.ok
    assert check.server == "club.nowhere.invalid:5432"


def test_nothing_listening_is_refused() -> None:
    port = _free_port()
    check = check_server(ServerAddress("127.0.0.1", port, user="sara", tls=TLS_DISABLE), "x")
    assert check.finding is Finding.REFUSED
    assert check.server == f"127.0.0.1:{port}"


def test_a_wrong_password_or_user_is_a_bad_login(password_cluster: TcpCluster) -> None:
    where = at(password_cluster, "postgres")
    assert check_server(where, "wrong").finding is Finding.BAD_LOGIN
    assert check_server(replace(where, user="nobody"), SERVER_PASSWORD).finding is (
        Finding.BAD_LOGIN
    )
    assert check_server(where, "").finding is Finding.BAD_LOGIN  # no password at all


def test_a_database_that_is_not_there(password_cluster: TcpCluster) -> None:
    check = check_server(at(password_cluster, "no_such_club"), SERVER_PASSWORD)
    assert check.finding is Finding.NO_DATABASE and check.database == "no_such_club"


def test_tls_required_from_a_server_without_tls(password_cluster: TcpCluster) -> None:
    where = at(password_cluster, "postgres", tls=TLS_REQUIRE)
    assert check_server(where, SERVER_PASSWORD).finding is Finding.NO_TLS


def test_tls_verified_against_the_shops_ca(tls_cluster: TcpCluster, tls_files: TlsFiles) -> None:
    name = fresh(tls_cluster)
    verified = at(tls_cluster, name, tls=TLS_VERIFY_FULL, ca_file=str(tls_files.ca))
    assert check_server(verified, SERVER_PASSWORD).finding is Finding.EMPTY
    assert check_server(at(tls_cluster, name, tls=TLS_REQUIRE), SERVER_PASSWORD).ok


def test_a_certificate_of_another_ca_is_not_trusted(
    tls_cluster: TcpCluster, tls_files: TlsFiles
) -> None:
    where = at(tls_cluster, "postgres", tls=TLS_VERIFY_FULL, ca_file=str(tls_files.stranger))
    assert check_server(where, SERVER_PASSWORD).finding is Finding.TLS_UNTRUSTED


def test_a_certificate_for_another_name(tls_cluster: TcpCluster, tls_files: TlsFiles) -> None:
    # The certificate names 127.0.0.1; "localhost" is the same computer by another name.
    where = at(
        tls_cluster, "postgres", host="localhost", tls=TLS_VERIFY_FULL, ca_file=str(tls_files.ca)
    )
    assert check_server(where, SERVER_PASSWORD).finding is Finding.TLS_NAME


def test_tls_off_at_a_server_that_takes_only_tls(tls_cluster: TcpCluster) -> None:
    where = at(tls_cluster, "postgres", tls=TLS_DISABLE)
    assert check_server(where, SERVER_PASSWORD).finding is Finding.NOT_ALLOWED


def test_a_database_of_another_program(password_cluster: TcpCluster) -> None:
    name = fresh(password_cluster)
    password_cluster.sql(name, "CREATE TABLE recipes (id integer primary key, title text)")
    assert check_server(at(password_cluster, name), SERVER_PASSWORD).finding is Finding.FOREIGN


def test_a_database_of_a_newer_loyaltydesk(password_cluster: TcpCluster) -> None:
    name = fresh(password_cluster)
    where = at(password_cluster, name)
    open_database(where.url(SERVER_PASSWORD)).dispose()
    password_cluster.sql(name, "UPDATE alembic_version SET version_num = '9999'")
    check = check_server(where, SERVER_PASSWORD)
    assert check.finding is Finding.TOO_NEW and check.revision == "9999"


def test_a_club_is_found_with_its_revision_and_members(
    password_cluster: TcpCluster, settings: Settings, clock: FakeClock
) -> None:
    name = fresh(password_cluster)
    where = at(password_cluster, name)
    # A schema alone (a counter pointed here once) is still an empty database.
    open_database(where.url(SERVER_PASSWORD)).dispose()
    assert check_server(where, SERVER_PASSWORD).finding is Finding.EMPTY
    club = build_services(settings, where.url(SERVER_PASSWORD), clock=clock)
    try:
        for phone in ("09121234567", "09351234567"):
            club.membership.register(f"r-{phone}", name="Sara", phone=phone, actor=club.actor)
    finally:
        club.close()
    check = check_server(where, SERVER_PASSWORD)
    assert check.finding is Finding.CLUB and check.ok
    assert (check.revision, check.members) == (head_revision(), 2)


def test_the_servers_own_database_is_not_taken_for_an_empty_one(
    password_cluster: TcpCluster,
) -> None:
    for own in ("postgres", "template1"):
        check = check_server(at(password_cluster, own), SERVER_PASSWORD)
        assert check.finding is Finding.SYSTEM and not check.ok, own
        assert check.create_sql == f"CREATE DATABASE loyaltydesk OWNER {password_cluster.user};"
        said = plain(error_text(check.as_error(), "en"))
        assert "the server’s own database" in said and check.create_sql in said, said
        assert "ready to move" not in said


def test_a_clubs_age_is_said_in_shop_words_and_its_revision_kept(
    password_cluster: TcpCluster, settings: Settings, clock: FakeClock
) -> None:
    name = fresh(password_cluster)
    where = at(password_cluster, name)
    club = build_services(settings, where.url(SERVER_PASSWORD), clock=clock)
    try:
        club.membership.register("r-age", name="Sara", phone="09121234567", actor=club.actor)
    finally:
        club.close()
    password_cluster.sql(name, "UPDATE alembic_version SET version_num = '0002'")
    older = check_server(where, SERVER_PASSWORD)
    assert (older.finding, older.revision, older.older) == (Finding.CLUB, "0002", True)
    for language in ("en", "fa"):
        said = plain(error_text(older.as_error(), language))
        assert "0002" not in fold_digits(said) and "schema" not in said, said
    assert "older LoyaltyDesk" in error_text(older.as_error(), "en")
    password_cluster.sql(name, "UPDATE alembic_version SET version_num = '9999'")
    newer = check_server(where, SERVER_PASSWORD)
    assert (newer.finding, newer.revision) == (Finding.TOO_NEW, "9999")
    said = plain(error_text(newer.as_error(), "en"))
    assert "9999" not in said and "newer LoyaltyDesk" in said and "update" in said, said


# -- moving a club -------------------------------------------------------------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(club: Services) -> Actor:
    club.rules.add_reward("Free drink", 40, "نوشیدنی رایگان", actor=club.actor)
    club.staff.add("Owner", Role.OWNER, "140514", club.actor)
    owner = club.staff.sign_in("Owner", "140514", "counter-1")
    for n in range(12):
        member = club.membership.register(
            f"reg-{n}", name=f"Member {n}", phone=f"0912{n:07d}", actor=owner
        ).member
        club.counter.credit_purchase(f"buy-{n}", member.id, (n + 1) * 5_000_000, owner)
        if n % 3 == 0:
            club.counter.redeem(f"use-{n}", member.id, "Free drink", owner)
    return owner


def _books(club: Services) -> list[tuple[str | None, int, list[tuple[str, int]]]]:
    found = club.membership.find("Member", limit=100)
    rows = []
    for hit in sorted(found, key=lambda h: h.member.id):
        statement = club.membership.statement(hit.member.id)
        lines = [(line.kind.value, line.points) for line in statement.lines]
        rows.append((hit.member.card, hit.member.balance, lines))
    return rows


def test_a_club_moves_to_an_empty_server_database(
    tmp_path: Path,
    settings: Settings,
    clock: FakeClock,
    password_cluster: TcpCluster,
    memory_keyring: dict[tuple[str, str], str],
) -> None:
    path = tmp_path / "club.sqlite3"
    here = build_services(settings, str(path), clock=clock, hasher=LIGHT_HASHER)
    owner = _fill(here)
    books = _books(here)
    here.close()
    before = _sha(path)

    where = at(password_cluster, fresh(password_cluster))
    steps: list[str] = []
    here = build_services(settings, str(path), clock=clock, hasher=LIGHT_HASHER)
    try:
        result = here.shared_club.move_to_server(
            where, SERVER_PASSWORD, owner, lambda step, _done, _all: steps.append(step)
        )
    finally:
        here.close()
    assert result.here.ok and result.server.ok
    assert (
        (result.server.members_checked, result.server.entries_checked)
        == (
            result.here.members_checked,
            result.here.entries_checked,
        )
        == (12, 16)
    )
    assert steps[0] == "check" and "copy" in steps and steps[-1] == "verify-server"
    assert _sha(path) == before  # the counter's own file is left exactly as it was

    settings.save()
    switched = switch_to_server(load_settings(settings.data_dir), where, SERVER_PASSWORD)
    assert memory_keyring == {("LoyaltyDesk database", str(settings.data_dir)): SERVER_PASSWORD}
    loaded = load_settings(settings.data_dir)
    assert loaded == switched and loaded.uses_server and loaded.server == where
    assert SERVER_PASSWORD not in (settings.data_dir / "settings.json").read_text()
    there = build_services(loaded, clock=clock, hasher=LIGHT_HASHER)
    try:
        assert _books(there) == books
        assert there.audit.verify(owner).ok
        # The club goes on on the server: new ids follow the copied ones.
        member = there.membership.register("after", name="New", phone="09390000000", actor=owner)
        there.counter.credit_purchase("after-buy", member.member.id, 500_000, owner)
        assert there.audit.verify(owner).ok
        # From the server, "move" would copy the shared club into a second one: refused.
        fork = at(password_cluster, fresh(password_cluster))
        with pytest.raises(Refused) as forked:
            there.shared_club.move_to_server(fork, SERVER_PASSWORD, owner)
        assert forked.value.code == "server.move_not_from_file"
        assert check_server(fork, SERVER_PASSWORD).finding is Finding.EMPTY
    finally:
        there.close()
    assert database_in_force(loaded).startswith("postgresql+psycopg://")


def test_a_database_that_holds_anything_is_refused(
    tmp_path: Path, settings: Settings, clock: FakeClock, password_cluster: TcpCluster
) -> None:
    here = build_services(
        settings, str(tmp_path / "club.sqlite3"), clock=clock, hasher=LIGHT_HASHER
    )
    try:
        owner = _fill(here)
        taken = at(password_cluster, fresh(password_cluster))
        other = build_services(settings, taken.url(SERVER_PASSWORD), clock=clock)
        other.membership.register("x", name="Someone", phone="09121111111", actor=other.actor)
        other.close()
        with pytest.raises(Refused) as raised:
            here.shared_club.move_to_server(taken, SERVER_PASSWORD, owner)
        assert raised.value.code == "server.move_not_empty"
        assert raised.value.params["members"] == 1
        foreign = at(password_cluster, fresh(password_cluster))
        password_cluster.sql(foreign.database, "CREATE TABLE invoices (id integer)")
        with pytest.raises(Refused) as raised:
            here.shared_club.move_to_server(foreign, SERVER_PASSWORD, owner)
        assert raised.value.code == "server.move_foreign"
        check = check_server(taken, SERVER_PASSWORD)
        assert (check.finding, check.members) == (Finding.CLUB, 1)  # nothing was copied
    finally:
        here.close()


def test_only_the_owner_moves_the_club(
    tmp_path: Path, settings: Settings, clock: FakeClock, password_cluster: TcpCluster
) -> None:
    here = build_services(
        settings, str(tmp_path / "club.sqlite3"), clock=clock, hasher=LIGHT_HASHER
    )
    try:
        owner = _fill(here)
        here.staff.add("Cashier", Role.CASHIER, "2468", owner)
        cashier = here.staff.sign_in("Cashier", "2468", "counter-1")
        where = at(password_cluster, fresh(password_cluster))
        with pytest.raises(NotPermitted):
            here.shared_club.move_to_server(where, SERVER_PASSWORD, cashier)
        assert check_server(where, SERVER_PASSWORD).finding is Finding.EMPTY
    finally:
        here.close()


def test_a_counter_that_cannot_open_its_server_says_why_and_how_back(
    settings: Settings, password_cluster: TcpCluster, memory_keyring: dict[tuple[str, str], str]
) -> None:
    """At start the database "cannot be reached" whatever the server answered; the window
    asks the server again and shows its own finding, and how to go back to the file."""
    settings = replace(settings, language="en")  # the sentences are read in English
    where = at(password_cluster, fresh(password_cluster))
    switched = switch_to_server(settings, where, "not-the-password")
    with pytest.raises(DomainError) as failed:
        build_services(switched)
    assert failed.value.code == "database.unreachable"
    # A counter that joined from the start has no file of its own to go back to.
    assert not switched.default_database_path.exists()
    said = plain(startup_problem(switched, None, failed.value))
    assert "refused the user name or password" in said, said
    assert "has not worked with the club's server on this computer yet" in said, said
    assert "shared_club" not in said
    # One that moved its club to the server may go back to its file.
    build_services(settings).close()
    said = plain(startup_problem(switched, None, failed.value))
    assert "refused the user name or password" in said, said
    assert '"shared_club" to false' in said and str(switched.data_dir / "settings.json") in said
    # A club in a file: its problem is said as it is.
    assert startup_problem(settings, None, failed.value) == error_text(
        failed.value, settings.display()
    )

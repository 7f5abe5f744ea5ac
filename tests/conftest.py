"""Fixtures shared by every test: a fake clock, and databases of both kinds."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.persistence.database import open_database
from loyaltydesk.services.staff import Argon2Hasher
from loyaltydesk.settings import Settings
from tests.pgserver import PostgresCluster, TcpCluster

TEMPLATE = "loyaltydesk_template"
_counter = itertools.count()


@dataclass
class FakeClock:
    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster | str]:
    """A PostgreSQL server: LOYALTYDESK_TEST_POSTGRES_URL, or a cluster started here.

    Without one the PostgreSQL half of the suite is skipped, except in CI, where it fails:
    both databases must pass there.
    """
    given = os.environ.get("LOYALTYDESK_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    try:
        cluster = PostgresCluster()
        cluster.start()
    except (RuntimeError, OSError) as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed in CI: {error}")
        pytest.skip(f"no PostgreSQL server: {error}")
    try:
        database = open_database(cluster.url())  # migrated once, then used as a template
        database.dispose()
        admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {TEMPLATE} TEMPLATE postgres"))
        admin.dispose()
        yield cluster
    finally:
        cluster.stop()


def _server_url(server: PostgresCluster | str, database: str) -> str:
    if isinstance(server, str):
        base, _, _ = server.rpartition("/")
        return f"{base}/{database}"
    return server.url(database)


@pytest.fixture
def pg_url(postgres: PostgresCluster | str) -> str:
    """A fresh, migrated PostgreSQL database for one test."""
    return new_pg_database(postgres)


def new_pg_database(postgres: PostgresCluster | str) -> str:
    name = f"t_{os.getpid()}_{next(_counter)}"
    admin_url = _server_url(postgres, "postgres")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if isinstance(postgres, PostgresCluster):
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
        else:
            conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return _server_url(postgres, name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "club.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", language="en", staff="Sara", counter="counter-1")


# Real argon2id, at a cost a test suite can pay on every account it makes.
LIGHT_HASHER = Argon2Hasher(time_cost=1, memory_kib=1024)


@pytest.fixture
def services(db_url: str, settings: Settings, clock: FakeClock) -> Iterator[Services]:
    built = build_services(settings, db_url, clock=clock, hasher=LIGHT_HASHER)
    built.rules.add_reward("Free drink", 40, "نوشیدنی رایگان", actor=built.actor)
    built.rules.add_reward("Free meal", 100, "غذای رایگان", actor=built.actor)
    yield built
    built.close()


@pytest.fixture(scope="session")
def persian_qm() -> Path:
    """The compiled Persian translation (make builds it; built here too for a bare pytest)."""
    import subprocess
    import sys

    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    ts, qm = folder / "loyaltydesk_fa.ts", folder / "loyaltydesk_fa.qm"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application() -> None:
    """One QApplication for the whole run: the command line would otherwise create a plain
    QCoreApplication first, and Qt allows no second application object in a process."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication([])


@pytest.fixture
def own_cluster() -> Iterator[PostgresCluster]:
    """A PostgreSQL server of this test's own, to stop and start again."""
    yield from _own_cluster(durable=False)


@pytest.fixture
def durable_cluster() -> Iterator[PostgresCluster]:
    """One whose acknowledged commits survive a crash of the server (fsync and synchronous
    commits on), as a shop's server keeps them."""
    yield from _own_cluster(durable=True)


def _own_cluster(*, durable: bool) -> Iterator[PostgresCluster]:
    try:
        cluster = PostgresCluster(durable=durable)
        cluster.start()
    except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed in CI: {error}")
        pytest.skip(f"no PostgreSQL server: {error}")
    try:
        yield cluster
    finally:
        cluster.stop()


# A password with the characters a URL must escape: the fields travel as a URL to psycopg.
SERVER_PASSWORD = "Se:s@me/14#05"


@dataclass
class TlsFiles:
    ca: Path  # the CA that signed the server's certificate
    stranger: Path  # a CA that did not
    server: tuple[bytes, bytes]


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    from tests.pgserver import make_tls_files

    ca, stranger, server = make_tls_files(tmp_path_factory.mktemp("tls"))
    return TlsFiles(ca, stranger, server)


def _tcp_cluster(tls: tuple[bytes, bytes] | None) -> Iterator[TcpCluster]:
    try:
        cluster = TcpCluster(SERVER_PASSWORD, tls)
        cluster.start()
    except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed in CI: {error}")
        pytest.skip(f"no PostgreSQL server: {error}")
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def password_cluster() -> Iterator[TcpCluster]:
    """A server on 127.0.0.1 with scram passwords and no TLS."""
    yield from _tcp_cluster(None)


@pytest.fixture(scope="session")
def tls_cluster(tls_files: TlsFiles) -> Iterator[TcpCluster]:
    """A server on 127.0.0.1 that takes TLS connections only (certificate for 127.0.0.1)."""
    yield from _tcp_cluster(tls_files.server)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[tuple[str, str], str]]:
    import keyring
    from keyring.backend import KeyringBackend

    store: dict[tuple[str, str], str] = {}

    class Backend(KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            return store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            store.pop((service, username), None)

    monkeypatch.delenv("LOYALTYDESK_DATABASE_PASSWORD", raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(Backend())  # type: ignore[no-untyped-call]
    try:
        yield store
    finally:
        keyring.set_keyring(before)

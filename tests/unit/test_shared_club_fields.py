"""The shared club's fields, their codes and sentences, the URL in force, and how a driver's
error becomes a finding (no server needed)."""

from __future__ import annotations

import errno
import os
import socket
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from loyaltydesk.bootstrap import check_server, database_in_force
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.servers import (
    TLS_REQUIRE,
    TLS_VERIFY_FULL,
    Finding,
    ServerAddress,
    clean_host,
    parse_port,
    server_errors,
)
from loyaltydesk.persistence.server_check import classify
from loyaltydesk.services.shared_club import address_errors, checked_address
from loyaltydesk.settings import Settings
from loyaltydesk.ui.error_text import known_codes


def test_every_finding_has_a_sentence() -> None:
    assert {f.value for f in Finding} <= known_codes()


def test_the_sqlstate_decides_where_the_driver_gives_one() -> None:
    class Coded(Exception):
        def __init__(self, sqlstate: str) -> None:
            super().__init__("words in the server's own language")
            self.sqlstate = sqlstate

    assert classify(Coded("28P01")) is Finding.BAD_LOGIN
    assert classify(Coded("3D000")) is Finding.NO_DATABASE
    assert classify(Coded("28000")) is Finding.NOT_ALLOWED
    assert classify(Coded("99999")) is Finding.FAILED


def test_each_field_is_checked_with_its_own_code() -> None:
    errors = server_errors(ServerAddress("bad host", 0, "", "has space", "sometimes", ""))
    assert {k: e.code for k, e in errors.items()} == {
        "host": "server.host_malformed",
        "port": "server.port_malformed",
        "database": "server.database_empty",
        "user": "server.user_malformed",
        "tls": "server.tls_unknown",
    }
    assert server_errors(ServerAddress("", user="u", tls=TLS_VERIFY_FULL)).keys() == {
        "host",
        "ca_file",
    }
    assert parse_port("۵۴۳۲") == 5432 and parse_port(" 6432 ") == 6432
    # An address typed on a Persian keyboard is the same address.
    assert clean_host(" ۱۹۲.۱۶۸.۱.۱۰ ") == "192.168.1.10"
    assert server_errors(ServerAddress(clean_host("۱۲۷.۰.۰.۱"), user="u")) == {}
    # The port typed into the server's field is said so, not taken for an IPv6 address.
    (glued,) = server_errors(ServerAddress("192.168.1.10:5432", user="u")).values()
    assert (glued.code, glued.params) == (
        "server.host_has_port", {"host": "192.168.1.10", "port": "5432"}
    )  # fmt: skip
    assert server_errors(ServerAddress("fe80::1", user="u")) == {}
    for typed in ("", "54a", "70000", "-1", "0"):
        with pytest.raises(InvalidInput):
            parse_port(typed)
    with pytest.raises(InvalidInput) as raised:
        check_server(ServerAddress("db.example", user="u", tls=TLS_VERIFY_FULL, ca_file="/no"), "")
    assert raised.value.code == "server.ca_file_missing"


def test_the_url_in_force_follows_the_documented_order(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, memory_keyring: dict[tuple[str, str], str]
) -> None:
    monkeypatch.delenv("LOYALTYDESK_DATABASE_URL", raising=False)
    assert database_in_force(settings) == str(settings.default_database_path)
    shared = settings.on_server(ServerAddress("db.shop", 6432, "club", "till", TLS_REQUIRE))
    memory_keyring[("LoyaltyDesk database", str(settings.data_dir))] = "p@ss"
    assert database_in_force(shared) == (
        "postgresql+psycopg://till:p%40ss@db.shop:6432/club?sslmode=require"
    )
    monkeypatch.setenv("LOYALTYDESK_DATABASE_PASSWORD", "env")
    assert "till:env@" in database_in_force(shared)
    assert database_in_force(replace(shared, database_url="/tmp/x.sqlite3")) == "/tmp/x.sqlite3"
    monkeypatch.setenv("LOYALTYDESK_DATABASE_URL", "postgresql://a@b/c")
    assert database_in_force(shared) == "postgresql://a@b/c"


class _Unreachable:
    """A socket whose connect fails as the operating system says, for addresses a test may
    not reach (another host): no route, no answer."""

    failure: OSError = OSError()

    def __init__(self, *_args: object) -> None:
        pass

    def __enter__(self) -> _Unreachable:
        return self

    def __exit__(self, *_args: object) -> None:
        pass

    def settimeout(self, _seconds: float) -> None:
        pass

    def connect(self, _where: object) -> None:
        raise self.failure


@pytest.mark.parametrize(
    ("failure", "finding"),
    [
        (OSError(errno.EHOSTUNREACH, "No route to host"), Finding.NO_ROUTE),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), Finding.NO_ROUTE),
        (TimeoutError("timed out"), Finding.TIMEOUT),
        (ConnectionRefusedError(errno.ECONNREFUSED, "refused"), Finding.REFUSED),
    ],
)
def test_what_the_network_says_is_told_apart(
    monkeypatch: pytest.MonkeyPatch, failure: OSError, finding: Finding
) -> None:
    fake_address = (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.0.2.7", 5432))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *_a, **_k: [fake_address])
    monkeypatch.setattr(_Unreachable, "failure", failure)
    monkeypatch.setattr(socket, "socket", _Unreachable)
    check = check_server(ServerAddress("db.shop.example", user="till"), "x")
    assert check.finding is finding and check.server == "db.shop.example:5432"


def test_a_ca_file_is_read_as_typed_on_this_computer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "ca2.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    (tmp_path / "certs").mkdir()
    verify = ServerAddress("db.shop", user="till", tls=TLS_VERIFY_FULL)
    # "~", spaces a paste brings along, and the digit typed on a Persian keyboard: the file.
    for typed in ("~/ca2.pem", "  ~/ca2.pem \t", "~/ca۲.pem"):
        where = checked_address(replace(verify, ca_file=typed))
        assert where.ca_file == str(tmp_path / "ca2.pem"), typed
        assert "sslrootcert=" + quote(str(tmp_path / "ca2.pem"), safe="") in where.url("p")
    # What is wrong is said of the CA field, with the path as it was looked for.
    missing = address_errors(replace(verify, ca_file="~/nowhere.pem"))["ca_file"]
    assert (missing.code, missing.params) == (
        "server.ca_file_missing", {"path": str(tmp_path / "nowhere.pem")}
    )  # fmt: skip
    assert address_errors(replace(verify, ca_file="~/certs "))["ca_file"].code == (
        "server.ca_file_is_folder"
    )
    # Under "require" the CA file is not used, so not looked for.
    assert address_errors(replace(verify, tls=TLS_REQUIRE, ca_file="~/nowhere.pem")) == {}


def test_a_ca_file_that_cannot_be_read_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    ca.chmod(0)
    if os.geteuid() == 0:  # root reads any file: the refusal a shop's user would meet
        opened = Path.open

        def refused(path: Path, *args: Any, **kwargs: Any) -> Any:
            if path == ca:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return opened(path, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refused)
    where = ServerAddress("db.shop", user="till", tls=TLS_VERIFY_FULL, ca_file=str(ca))
    problem = address_errors(where)["ca_file"]
    assert (problem.code, problem.params) == (
        "server.ca_file_unreadable", {"path": str(ca), "detail": "Permission denied"}
    )  # fmt: skip

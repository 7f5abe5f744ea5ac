"""`club test-connection` and `club move-to-server` against a real server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from loyaltydesk.cli.club import TLS_MODES
from loyaltydesk.domain.servers import TLS_MODES as DOMAIN_TLS_MODES
from loyaltydesk.persistence.database import head_revision
from loyaltydesk.settings import load_settings
from tests.cli.conftest import Cli
from tests.conftest import SERVER_PASSWORD
from tests.pgserver import TcpCluster

pytestmark = pytest.mark.postgres


@pytest.fixture
def sqlite_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    monkeypatch.setenv("LOYALTYDESK_DATABASE_PASSWORD", SERVER_PASSWORD)
    runner = Cli(str(tmp_path / "club.sqlite3"), capsys)
    runner.json("rewards", "add", "--name", "Free drink", "--cost", "40")
    return runner


def _server(cluster: TcpCluster, database: str, *more: str) -> list[str]:
    return [
        "--host", "127.0.0.1", "--port", str(cluster.port), "--database", database,
        "--user", cluster.user, "--tls", "disable", *more,
    ]  # fmt: skip


def test_the_parser_offers_the_domains_tls_modes() -> None:
    assert TLS_MODES == DOMAIN_TLS_MODES


def test_test_connection_says_what_is_there(
    sqlite_cli: Cli, password_cluster: TcpCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    password_cluster.create_database("cli_empty")
    got = sqlite_cli.json("club", "test-connection", *_server(password_cluster, "cli_empty"))
    assert got == {
        "ok": True,
        "code": "server.ok_empty",
        "message": got["message"],
        "server": f"127.0.0.1:{password_cluster.port}",
        "database": "cli_empty",
        "revision": None,
        "members": 0,
        "empty": True,
        "older": False,
        "create_sql": None,
    }
    assert "ready to move a club in" in got["message"]
    # The server's own database answers and is empty, but is not one for a club.
    code, out, err = sqlite_cli.run(
        "club", "test-connection", *_server(password_cluster, "postgres"), "--json"
    )
    own = json.loads(out)
    assert code == 4 and (own["ok"], own["code"], own["empty"]) == (
        False, "server.system_database", False
    )  # fmt: skip
    assert own["create_sql"] == f"CREATE DATABASE loyaltydesk OWNER {password_cluster.user};"
    assert own["create_sql"] in err and "server’s own database" in err
    code, out, err = sqlite_cli.run(
        "club", "test-connection", *_server(password_cluster, "nowhere_db"), "--json"
    )
    assert code == 4 and json.loads(out)["code"] == "server.no_database"
    assert "has no database named nowhere_db" in err
    monkeypatch.setenv("LOYALTYDESK_DATABASE_PASSWORD", "wrong")
    err = sqlite_cli.fails(
        "club", "test-connection", *_server(password_cluster, "cli_empty"), code=4
    )
    assert "refused the user name or password" in err
    sqlite_cli.fails("club", "test-connection", "--host", "x y", "--user", "u", code=2)
    sqlite_cli.fails("club", "test-connection", "--host", "h", "--port", "99999", code=2)


def test_move_to_server_copies_verifies_and_switches(
    sqlite_cli: Cli, tmp_path: Path, password_cluster: TcpCluster
) -> None:
    card = sqlite_cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")
    card = card["member"]["card"]
    sqlite_cli.json("credit", card, "--amount", "9000000")
    sqlite_cli.json("redeem", card, "--reward", "Free drink")
    database = tmp_path / "club.sqlite3"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    password_cluster.create_database("cli_move")
    moved = sqlite_cli.json("club", "move-to-server", *_server(password_cluster, "cli_move"))
    assert moved["moved"] is True and (moved["members"], moved["entries"]) == (1, 2)
    assert moved["verify_here"]["ok"] and moved["verify_server"]["ok"]
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    settings = load_settings(tmp_path / "data")
    assert settings.uses_server and settings.server.database == "cli_move"
    assert settings.language != "" and "Nazanin" not in json.dumps(settings.staff)
    check = sqlite_cli.json("club", "test-connection")  # the settings' fields from now on
    assert (check["code"], check["members"], check["revision"], check["older"]) == (
        "server.ok_club",
        1,
        head_revision(),
        False,
    )
    assert head_revision() not in check["message"]  # the revision is for scripts and logs
    # A second move into the same database is refused, with the reason.
    err = sqlite_cli.fails("club", "move-to-server", *_server(password_cluster, "cli_move"))
    assert "already holds a club (1 members)" in err

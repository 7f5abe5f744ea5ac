"""The API when the database server goes away, the `api-token` and `serve` commands, and
what the command line imports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from loyaltydesk.api import server as api_server
from loyaltydesk.bootstrap import build_services
from loyaltydesk.cli import api as api_cli
from loyaltydesk.settings import Settings
from tests.api.conftest import Client, serve
from tests.cli.conftest import Cli
from tests.conftest import LIGHT_HASHER, FakeClock
from tests.pgserver import PostgresCluster


@pytest.mark.postgres
def test_an_unreachable_database_is_503_and_the_api_goes_on_after(
    own_cluster: PostgresCluster, settings: Settings, clock: FakeClock
) -> None:
    services = build_services(settings, own_cluster.url(), clock=clock, hasher=LIGHT_HASHER)
    try:
        made = services.api_tokens.add("till-1", services.actor)
        for server in serve(services):
            api = Client(server.url, made.secret)
            assert api.get("/v1/rewards").status == 200
            own_cluster.stop_server()
            down = api.get("/v1/rewards")
            assert (down.status, down.code) == (503, "database.unreachable")
            credit = api.post("/v1/credit", {"phone": "09121234567", "amount_rials": 1}, key="k")
            assert credit.status == 503
            own_cluster.start_server()
            assert api.get("/v1/rewards").status == 200
    finally:
        services.close()


def test_api_tokens_from_the_command_line(cli: Cli) -> None:
    made = cli.json("api-token", "add", "--name", "till-1")
    assert made["name"] == "till-1" and made["active"] is True
    assert made["token"].startswith("ld_") and len(made["token"]) > 40
    listed = cli.json("api-token", "list")
    assert [t["name"] for t in listed] == ["till-1"]
    assert "token" not in listed[0]  # the secret is shown once, never again
    assert "TILL-1" in cli.fails("api-token", "add", "--name", " TILL-1 ")
    revoked = cli.json("api-token", "revoke", "till-1")
    assert revoked["active"] is False and revoked["revoked_at"]
    assert cli.fails("api-token", "revoke", "till-9")
    code, out, _err = cli.run("api-token", "list")
    assert code == 0 and "revoked" in out


def test_serve_refuses_a_busy_port_with_a_sentence(cli: Cli) -> None:
    taken = api_server.listen("127.0.0.1", 0)
    taken.listen()  # another program serving there
    try:
        port = str(taken.getsockname()[1])
        err = cli.fails("serve", "--port", port)
        assert port in err
    finally:
        taken.close()


def test_the_parsers_defaults_are_the_servers() -> None:
    assert (api_cli.DEFAULT_HOST, api_cli.DEFAULT_PORT) == (
        api_server.DEFAULT_HOST,
        api_server.DEFAULT_PORT,
    )
    assert api_server.is_loopback("127.0.0.1") and api_server.is_loopback("::1")
    assert not api_server.is_loopback("0.0.0.0")


def test_the_command_line_does_not_import_the_server_to_start() -> None:
    heavy = ["starlette", "uvicorn", "sqlalchemy", "PySide6", "loyaltydesk.api"]
    code = (
        "import sys, json, loyaltydesk.cli.main as m; m.build_parser(); "
        f"print(json.dumps([n for n in {heavy!r} if n in sys.modules]))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(loaded) == []

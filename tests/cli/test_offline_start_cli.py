"""Only the window opens on a counter's memory while the server does not answer: every
command but `sync pending` still says the server cannot be reached, with exit code 4
(README, exit codes) — a script must never take a counter's memory for the club."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import build_services
from loyaltydesk.settings import Settings
from tests.cli.conftest import Cli
from tests.integration.helpers import been_online
from tests.pgserver import PostgresCluster

pytestmark = pytest.mark.postgres


def test_commands_on_a_counter_that_was_online_still_exit_4_while_the_server_is_down(
    own_cluster: PostgresCluster,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    url = own_cluster.url()
    # This counter worked online: it remembers the club, a member and its staff.
    services = build_services(Settings(data_dir=tmp_path / "data", language="en"), url)
    try:
        member = been_online(services)
    finally:
        services.close()
    own_cluster.stop_server()
    runner = Cli(url, capsys)
    code, out, _err = runner.run("member", "show", member.card or "", "--json")
    assert code == 4 and json.loads(out)["error"]["code"] == "database.unreachable"
    err = runner.fails("staff", "list", code=4)
    assert "cannot be reached" in err
    assert runner.json("sync", "pending") == []

"""`sync`: a counter's offline queue sent from the command line (a shop's nightly script, or
a till after the network came back), what waits, and the conflicts a manager settles."""

from __future__ import annotations

from pathlib import Path

import pytest

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.offline import QueuedOperation
from loyaltydesk.settings import Settings
from tests.cli.conftest import Cli
from tests.integration.helpers import credit, op, register
from tests.pgserver import PostgresCluster

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared(
    own_cluster: PostgresCluster,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Cli:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    runner = Cli(own_cluster.url(), capsys)
    runner.json("rewards", "add", "--name", "Free meal", "--cost", "100")
    return runner


def test_sync_sends_the_queue_and_says_what_became_of_it(
    shared: Cli, own_cluster: PostgresCluster, tmp_path: Path
) -> None:
    assert shared.json("sync") == {
        "reached": True, "sent": 0, "already_applied": 0, "refused": [], "conflicts": 0,
        "left": 0, "members": [],
    }  # fmt: skip
    policy = shared.json("staff", "policy", "--offline-points", "100")
    assert policy["offline_points"] == 100
    settings = Settings(data_dir=tmp_path / "data", language="en", counter="till-2")
    services = build_services(settings, own_cluster.url())
    try:
        member = register(services)
        credit(services, member, 12_000_000, receipt="R-1")  # 120 points
        meal = next(r for r in services.rules.rewards() if r.name == "Free meal")
        services.link.panel(member.id)
        services.link.probe()
        own_cluster.stop_server()
        assert isinstance(services.link.credit("q-1", member.id, 2_000_000, services.actor),
                          QueuedOperation)  # fmt: skip
        services.link.credit("q-2", member.id, 1_000_000, services.actor, receipt_no="R-1")
        services.link.redeem("q-3", member.id, meal, services.actor)
    finally:
        services.close()

    code, out, err = shared.run("sync")
    assert code == 4 and "cannot be reached" in err, (out, err)
    assert "Operations waiting on this counter: 3." in err
    # What waits is read from the counter's own file: the server need not answer.
    pending = shared.json("sync", "pending")
    assert [(p["operation_id"], p["state"]) for p in pending] == [
        ("q-1", "pending"), ("q-2", "pending"), ("q-3", "pending"),
    ]  # fmt: skip
    own_cluster.start_server()
    # Meanwhile another counter spent the points.
    shared.json("redeem", "--op-id", op(), member.card or "", "--reward", "Free meal")

    report = shared.json("sync")
    assert (report["sent"], report["conflicts"], report["left"]) == (2, 1, 0)
    assert [r["operation_id"] for r in report["refused"]] == ["q-2"]
    assert report["refused"][0]["problem"] == "receipt.already_credited"
    (conflict,) = shared.json("sync", "conflicts")
    assert (conflict["points_wanted"], conflict["points_taken"], conflict["shortfall"]) == (
        100, 40, 60,
    )  # fmt: skip
    assert conflict["counter"] == "till-2"
    settled = shared.json("sync", "settle", str(conflict["id"]), "--how", "forgiven",
                          "--note", "regular customer")  # fmt: skip
    assert (settled["settlement"], settled["note"]) == ("forgiven", "regular customer")
    assert shared.json("sync", "conflicts") == []
    assert shared.json("member", "show", member.card or "")["balance"] == 0
    listed = shared.run("sync", "pending")[1]
    assert "refused: Receipt R-1 was already credited" in listed, listed  # the sentence
    assert "receipt.already_credited" not in listed
    err = shared.fails("sync", "retry", "no-such-op")
    assert "No operation no-such-op was refused" in err
    gone = shared.json("sync", "discard", "q-2")  # a manager looked: it was a duplicate
    assert (gone["operation_id"], gone["state"]) == ("q-2", "discarded")
    assert shared.json("sync", "pending") == []
    assert "Nothing waits" in shared.run("sync", "pending")[1]
    shared.fails("sync", "discard", "q-2")  # gone already
    assert shared.json("sync")["sent"] == 0
    err = shared.fails("sync", "settle", "999", "--how", "charged")
    assert "no offline conflict number 999" in err
    assert shared.run("verify")[0] == 0

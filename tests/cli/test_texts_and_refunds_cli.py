"""Free texts and refunds at the command line: a name typed with directional formatting
characters is stored and shown without them (they would reverse what follows it wherever the
name is shown); a refund after the purchase's points expired says so and takes nothing back
twice."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from loyaltydesk.bootstrap import build_services
from loyaltydesk.settings import Settings
from tests.cli.conftest import Cli

RLO, PDF, LRM = "\u202e", "\u202c", "\u200e"
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def test_member_add_strips_bidi_controls_from_the_name(cli: Cli) -> None:
    added = cli.json("member", "add", "--name", f"{RLO}evil{PDF} Name", "--phone", "09121234567")
    assert added["member"]["name"] == "evil Name"
    card = added["member"]["card"]
    assert cli.json("member", "show", card)["name"] == "evil Name"
    code, out, err = cli.run("member", "show", card)
    assert code == 0, err
    assert "evil Name" in out and not BIDI.intersection(out)
    cli.json("credit", card, "--amount", "1000000", "--receipt", f"{LRM}R-7{PDF}")
    entries = cli.json("statement", card)["entries"]
    assert [e["receipt"] for e in entries] == ["R-7"]


def test_a_name_of_only_bidi_controls_is_refused_as_empty(cli: Cli) -> None:
    args = ("member", "add", "--name", f"{RLO}{PDF}{LRM}", "--phone", "09121234567")
    cli.fails(*args)
    code, out, _err = cli.run(*args, "--json")
    assert code == 2 and json.loads(out)["error"]["code"] == "name.empty"
    assert cli.json("member", "find", "09121234567") == []


def test_a_refund_preview_says_how_many_points_had_expired(cli: Cli, tmp_path: Path) -> None:
    owner = build_services(Settings(tmp_path / "owner", language="en"), cli.database)
    try:
        owner.rules.save(replace(owner.rules.earn_rule(), expiry_months=2), actor=owner.actor)
    finally:
        owner.close()
    card = cli.json(
        "member", "add", "--name", "Sara", "--phone", "09121234567", "--joined", "2025-01-01"
    )["member"]["card"]
    cli.json("credit", card, "--amount", "5000000", "--receipt", "R-9", "--at", "2025-01-02 10:00")
    assert cli.json("expire")["points_expired"] == 50

    preview = cli.json("refund", "--receipt", "R-9", "--preview")
    assert preview["points_expired_before"] == 50
    assert preview["points_reversed"] == 0 and preview["balance_after"] == 0
    assert preview["leaves_debt"] is False
    code, out, err = cli.run("refund", "--receipt", "R-9", "--preview")
    assert code == 0, err
    assert "50 of this purchase's points had already expired" in out
    done = cli.json("refund", "--receipt", "R-9")
    assert done["balance"] == 0 and done["preview"]["points_expired_before"] == 50

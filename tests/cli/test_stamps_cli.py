"""The stamp card from the command line: `rewards add --stamps`, `rules show`, credit,
redeem, refund and the statement, in JSON and in words."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.settings import Settings
from tests.cli.conftest import Cli


def turn_stamps_on(cli: Cli, tmp_path: Path, *, points: bool = True) -> None:
    # The owner turns stamps on in the rules part; `rules` has no command to change them.
    services = build_services(Settings(data_dir=tmp_path / "owner", language="en"), cli.database)
    rule = services.rules.earn_rule()
    services.rules.save(
        replace(rule, stamps=StampRule(min_purchase_rials=500_000), points_enabled=points),
        actor=services.actor,
    )
    services.close()


def test_stamps_in_json_and_words(cli: Cli, tmp_path: Path) -> None:
    turn_stamps_on(cli, tmp_path)
    coffee = cli.json(
        "rewards", "add", "--name", "Free coffee", "--name-fa", "قهوهٔ رایگان", "--stamps", "2"
    )
    assert (coffee["unit"], coffee["cost"]) == ("stamps", 2)
    listed = cli.json("rewards")["rewards"]
    assert [r["unit"] for r in listed] == ["points", "points", "stamps"]
    shown = cli.json("rules", "show")["stamps"]
    assert shown == {
        "enabled": True,
        "min_purchase_rials": 500_000,
        "per_day": 1,
        "points_alongside": True,
    }
    _code, words, _err = cli.run("rules", "show")
    assert "Stamp card: one stamp a visit from 50,000 Toman, at most 1 a day." in words

    card = cli.json("member", "add", "--name", "Sara", "--phone", "09121112233")["member"]["card"]
    first = cli.json("credit", card, "--amount", "1200000", "--op-id", "sale-1")
    assert (first["stamps_earned"], first["stamps"], first["stamp_reason"]) == (1, 1, "visit")
    assert first["stamp_goal"] == {
        "reward": "Free coffee",
        "cost": 2,
        "missing": 1,
        "unit": "stamps",
    }
    assert first["member"]["stamps"] == 1 and first["points_earned"] == 12
    code, words, _err = cli.run("credit", card, "--amount", "1200000")
    assert code == 0
    assert "no stamp: stamp limit for today reached. Stamp card: 1 stamp." in words
    assert "1 stamp more to Free coffee." in words

    statement = cli.json("statement", card)["entries"]
    assert [(e["stamps"], e["stamps_balance"]) for e in statement] == [(1, 1), (0, 1)]
    assert statement[0]["how"] == "12 points: 1 per 10,000 Toman; 1 stamp: visit of 120,000 Toman"
    assert statement[1]["how"].endswith("; no stamp: stamp limit for today reached")
    assert statement[0]["calculation"]["stamp_reason"] == "visit"

    refund = cli.json("refund", "--entry", str(statement[0]["id"]))
    assert (refund["preview"]["stamps_reversed"], refund["preview"]["stamps_after"]) == (1, 0)
    _code, words, _err = cli.run("statement", card)
    assert "1 stamp taken back: the visit was refunded" in words
    assert cli.json("member", "show", card)["stamps"] == 0
    cli.fails("redeem", card, "--reward", "Free coffee")


def test_rewards_add_takes_points_or_stamps_not_both(cli: Cli) -> None:
    cli.fails("rewards", "add", "--name", "Free tea", "--cost", "5", "--stamps", "5")
    cli.fails("rewards", "add", "--name", "Free tea")
    cli.fails("rewards", "add", "--name", "Free tea", "--stamps", "500")

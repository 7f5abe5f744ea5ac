"""`rules show`, `expire` and the statement's explanation, as scripts read them."""

from __future__ import annotations

from tests.cli.conftest import Cli


def test_rules_show_and_statement_explain_the_points(cli: Cli) -> None:
    shown = cli.json("rules", "show")
    assert set(shown) == {"rule", "promotions", "tiers", "expiry", "liability", "stamps"}
    assert shown["stamps"]["enabled"] is False
    assert shown["rule"]["rounding"] == "down" and shown["expiry"] == {
        "enabled": False,
        "months": None,
    }
    assert shown["tiers"]["tiers"] == [] and shown["promotions"] == []
    card = cli.json("member", "add", "--name", "Sara", "--phone", "09121112233")["member"]["card"]
    cli.json("credit", card, "--amount", "12500000")

    statement = cli.json("statement", card)
    line = statement["entries"][-1]
    assert line["rule_version"] == shown["rule"]["version"]
    assert line["how"] == "125 points: 1 per 10,000 Toman"
    assert line["calculation"]["parts"] == [
        {"kind": "base", "points": 125, "name": "", "percent": 100}
    ]
    assert cli.json("rules", "show")["liability"]["points"] == 125
    expired = cli.json("expire")
    assert expired["points_expired"] == 0 and "tier_reviews" in expired

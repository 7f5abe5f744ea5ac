"""`campaign list|set|preview|run|history` on both databases."""

from __future__ import annotations

from tests.cli.conftest import Cli


def test_a_campaign_is_set_previewed_run_and_listed(cli: Cli) -> None:
    kinds = {row["name"]: row for row in cli.json("campaign", "list")}
    assert set(kinds) == {
        "birthday",
        "win_back",
        "anniversary",
        "second_visit",
        "referral",
        "thank_you",
    }
    assert kinds["birthday"]["enabled"] is False and kinds["birthday"]["last_run"] is None

    saved = cli.json(
        "campaign", "set", "thank-you", "--enable", "--auto", "--points", "5", "--days", "3"
    )
    assert (saved["enabled"], saved["automatic"], saved["points"], saved["days"]) == (
        True,
        True,
        5,
        3,
    )
    assert saved["reward"] == "points"
    cli.json("member", "add", "--name", "Ali", "--phone", "09350000000")
    cli.json("credit", "09350000000", "--amount", "500000")

    preview = cli.json("campaign", "preview", "thank_you")
    assert preview["count"] == 1 and preview["points"] == 5
    assert preview["members"][0]["name"] == "Ali"
    assert preview["messages"][0]["sms_parts"] == 1

    run = cli.json("campaign", "run", "thank_you")
    assert (run["status"], run["rewarded"], run["points"], run["messages"]) == ("done", 1, 5, 1)
    assert cli.json("campaign", "run", "thank_you")["rewarded"] == 0
    history = cli.json("campaign", "history", "thank_you")
    assert [h["rewarded"] for h in history] == [0, 1]
    code, out, _ = cli.run("verify")
    assert code == 0, out


def test_bad_campaign_settings_are_refused_with_a_sentence(cli: Cli) -> None:
    assert "campaign" in cli.fails("campaign", "preview", "newsletter").lower()
    assert "days" in cli.fails("campaign", "set", "birthday", "--days", "0").lower()
    assert "{nope}" in cli.fails("campaign", "set", "birthday", "--text-en", "Hi {nope}")
    assert "points" in cli.fails("campaign", "set", "referral", "--percent", "10").lower()

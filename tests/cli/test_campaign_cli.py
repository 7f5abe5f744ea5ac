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


# -- issue 13: what a newcomer found -------------------------------------------------------


def test_zero_bonus_points_are_refused_and_the_reward_kept(cli: Cli) -> None:
    before = cli.json("campaign", "set", "birthday")
    assert "1" in cli.fails("campaign", "set", "birthday", "--points", "0")
    assert cli.fails("campaign", "set", "birthday", "--points", "0") == cli.fails(
        "campaign", "set", "birthday", "--points", "-10"
    )
    assert cli.json("campaign", "set", "birthday")["coupon"] == before["coupon"]


def test_a_new_percentage_keeps_the_ceiling_unless_told(cli: Cli) -> None:
    assert cli.json("campaign", "set", "win_back")["coupon"]["max_rials"] == 500_000
    kept = cli.json("campaign", "set", "win_back", "--percent", "30")["coupon"]
    assert (kept["percent"], kept["max_rials"]) == (30, 500_000)
    changed = cli.json("campaign", "set", "win_back", "--max", "700000")["coupon"]
    assert (changed["percent"], changed["max_rials"]) == (30, 700_000)
    assert cli.json("campaign", "set", "win_back", "--no-max")["coupon"]["max_rials"] is None
    minimum = cli.json("campaign", "set", "win_back", "--min-purchase", "1000000")["coupon"]
    assert minimum["min_purchase_rials"] == 1_000_000
    again = cli.json("campaign", "set", "win_back", "--percent", "25")["coupon"]
    assert (again["percent"], again["min_purchase_rials"]) == (25, 1_000_000)


def test_a_ceiling_or_minimum_that_cannot_apply_is_refused(cli: Cli) -> None:
    before = cli.json("campaign", "set", "anniversary")
    assert "--max" in cli.fails("campaign", "set", "anniversary", "--max", "5000")
    assert "--max" in cli.fails("campaign", "set", "second_visit", "--max", "5000")
    assert "--max" in cli.fails(
        "campaign", "set", "second_visit", "--amount", "200000", "--max", "5000"
    )
    assert "minimum" in cli.fails("campaign", "set", "anniversary", "--min-purchase", "5").lower()
    assert cli.json("campaign", "set", "anniversary") == before
    assert cli.json("campaign", "set", "second_visit")["coupon"]["amount_rials"] == 300_000


def test_a_message_only_campaign_refuses_a_text_with_a_code(cli: Cli) -> None:
    said = cli.fails("campaign", "set", "birthday", "--message-only")
    assert "{code}" in said and "coupon" in said
    assert cli.json("campaign", "set", "birthday")["reward"] == "coupon"
    saved = cli.json(
        "campaign",
        "set",
        "birthday",
        "--message-only",
        "--text-fa",
        "{name} عزیز، تولدت مبارک! {shop}",
        "--text-en",
        "Happy birthday, {name}! {shop}",
    )
    assert saved["reward"] == "none"


def test_preview_says_the_shops_money_and_about_for_an_estimate(cli: Cli) -> None:
    cli.json("member", "add", "--name", "Ali", "--phone", "09350000000")
    cli.json("credit", "09350000000", "--amount", "500000")
    cli.json("campaign", "set", "thank_you", "--amount", "100000")
    _, out, _ = cli.run("campaign", "preview", "thank_you")
    assert out.splitlines()[0] == (
        "1 member qualifies; at most 10,000 Toman and 0 points. 1 message will be queued."
    )
    cli.json("campaign", "set", "thank_you", "--percent", "10")
    _, out, _ = cli.run("campaign", "preview", "thank_you")
    assert out.splitlines()[0].startswith("1 member qualifies; about ")
    assert "Rials" not in out


def test_runs_read_in_persian_with_jalali_days_and_times_as_the_readme_writes_them(
    cli: Cli,
) -> None:
    import re

    cli.json("member", "add", "--name", "Ali", "--phone", "09350000000")
    cli.json("credit", "09350000000", "--amount", "500000")
    run = cli.json("campaign", "run", "thank_you")
    pattern = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"
    assert re.fullmatch(pattern, run["started_at"]) and re.fullmatch(pattern, run["finished_at"])
    last = cli.json("campaign", "list")[5]["last_run"]
    assert re.fullmatch(pattern, last["started_at"])
    _, out, _ = cli.run("campaign", "run", "thank_you")
    assert "1 qualified" in out and "0 coupons" in out and "0 messages" in out
    _, history, _ = cli.run("--lang", "fa", "campaign", "history")
    assert "thank_you" not in history and "done" not in history
    assert not re.search(r"[0-9]", history)  # Persian digits, Jalali days
    assert "۱۴۰۵" in history
    _, listing, _ = cli.run("--lang", "fa", "campaign", "list")
    assert "win_back" not in listing and not re.search(r"[0-9]", listing)

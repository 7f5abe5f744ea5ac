"""What a newcomer found on the command line, each as they ran into it."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from loyaltydesk.cli.text import TextOutput
from loyaltydesk.i18n.numbers import MoneyUnit
from tests.cli.conftest import Cli


def _member(cli: Cli) -> str:
    added = cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")
    return str(added["member"]["card"])


def test_a_birthday_is_read_as_the_window_reads_it(cli: Cli) -> None:
    added = cli.json(
        "member", "add", "--name", "Sara", "--phone", "09121234567", "--birthday", "۱۳۷۰۰۵۲۱"
    )
    assert added["member"]["birthday"] == "1991-08-12"


def test_an_entry_number_printed_can_be_typed_back(cli: Cli) -> None:
    card = _member(cli)
    cli.json("adjust", card, "--points", "12000", "--reason", "paper card", "--opening")
    code, out, _err = cli.run("redeem", card, "--reward", "Free meal")
    assert code == 0
    entry = out.strip().rstrip(".").split()[-1]  # "Redemption entry 2."
    code, out, err = cli.run("void-redemption", entry, "--preview")
    assert code == 0, err
    # Numbers are grouped, entry numbers are not: "5,953" could not be typed back.
    shown = TextOutput("en", MoneyUnit.TOMAN, ZoneInfo("Asia/Tehran"))
    assert (shown.n(5953), shown.id(5953)) == ("5,953", "5953")


def test_a_search_limit_below_one_is_refused(cli: Cli) -> None:
    _member(cli)
    assert "1" in cli.fails("member", "find", "Sara", "--limit", "0")
    cli.fails("member", "find", "Sara", "--limit", "-3")


def test_every_replayed_write_says_so(cli: Cli) -> None:
    card = _member(cli)
    for command in (
        ["member", "add", "--name", "Ali", "--phone", "09351234567", "--op-id", "add-1"],
        ["member", "replace-card", card, "--op-id", "lost-1"],
        ["adjust", "09121234567", "--points", "5", "--reason", "sorry", "--op-id", "adj-1"],
    ):
        code, first, _ = cli.run(*command)
        assert code == 0 and "Already done" not in first
        code, again, _ = cli.run(*command)
        assert code == 0 and "Already done earlier" in again
        assert again.splitlines()[0] == first.splitlines()[0]


def test_an_adjustment_sentence_starts_with_a_capital(cli: Cli) -> None:
    card = _member(cli)
    code, out, _ = cli.run("adjust", card, "--points", "10", "--reason", "sorry")
    assert code == 0 and out[0].isupper()


def test_a_decimal_comma_is_refused_not_read_as_a_bigger_number(cli: Cli) -> None:
    card = _member(cli)
    assert "12,5" in cli.fails("credit", card, "--amount", "12,5")
    assert cli.json("credit", card, "--amount", "1,000,000")["points_earned"] == 10


def test_a_backup_over_an_existing_file_is_bad_input(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "club-backup.sqlite3"
    target.write_text("already here")
    cli.fails("backup", str(target), code=2)
    cli.fails("restore", str(tmp_path / "missing.sqlite3"), code=2)
    assert target.read_text() == "already here"


def test_a_coupon_with_one_wrong_digit_is_told_so(cli: Cli, tmp_path: Path) -> None:
    err = cli.fails(
        "print",
        "coupon",
        "91234567890123",
        "--title",
        "Free cake",
        "--valid-until",
        "2027-01-01",
        "--out",
        str(tmp_path / "c.pdf"),
    )
    assert "digit" in err and "14 digits" not in err

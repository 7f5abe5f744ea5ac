"""--branch and the branch in the command line's output (issue 16): the statement's text
and JSON, `report branches` over a real club on SQLite and PostgreSQL, a bad name refused."""

from __future__ import annotations

from tests.cli.conftest import Cli


def _member(cli: Cli) -> str:
    added = cli.json("member", "add", "--name", "Sara Karimi", "--phone", "09121234567")
    return str(added["member"]["card"])


def test_the_branch_goes_with_every_line_and_the_statement_shows_it(cli: Cli) -> None:
    card = _member(cli)
    cli.json("--branch", "Vanak", "--counter", "till-1", "credit", card, "--amount", "5000000")
    cli.json("--counter", "till-2", "credit", card, "--amount", "1000000")
    cli.json("--branch", "  شعبه\u200cی تجریش ", "redeem", card, "--reward", "Free drink")

    entries = cli.json("statement", card)["entries"]
    assert [(e["branch"], e["counter"]) for e in entries[:2]] == [
        ("Vanak", "till-1"),
        (None, "till-2"),
    ]
    assert entries[2]["branch"] == "شعبه\u200cی تجریش"  # trimmed, the ZWNJ kept
    code, out, err = cli.run("statement", card)
    assert code == 0, err
    assert "Nazanin@Vanak · till-1" in out and "Nazanin@till-2" in out

    branches = cli.json("report", "branches")["branches"]
    assert [(b["branch"], b["purchases"], b["spend_rials"]) for b in branches] == [
        ("Vanak", 1, 5_000_000),
        ("شعبه\u200cی تجریش", 0, 0),
        (None, 1, 1_000_000),
    ]
    assert [(b["points_earned"], b["points_redeemed"], b["members"]) for b in branches] == [
        (50, 0, 1),
        (0, 40, 1),
        (10, 0, 1),
    ]


def test_a_branch_no_line_may_carry_is_refused_before_anything_is_written(cli: Cli) -> None:
    card = _member(cli)
    err = cli.fails("--branch", "x" * 101, "credit", card, "--amount", "5000000")
    assert "at most 100" in err
    err = cli.fails("--branch", "Va\x07nak", "credit", card, "--amount", "5000000")
    assert "branch name" in err
    assert cli.json("statement", card)["entries"] == []

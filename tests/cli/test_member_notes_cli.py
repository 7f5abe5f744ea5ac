"""`member add --notes` and `member update --notes`: a member's notes from the command line."""

from __future__ import annotations

from tests.cli.conftest import Cli


def test_notes_are_added_shown_changed_and_cleared(cli: Cli) -> None:
    added = cli.json(
        "member", "add", "--name", "Sara", "--phone", "09121234567", "--notes", " allergic to nuts "
    )
    assert added["member"]["notes"] == "allergic to nuts"
    code, text, _ = cli.run("member", "show", "09121234567")
    assert code == 0 and "Notes: allergic to nuts" in text
    changed = cli.json("member", "update", "09121234567", "--notes", "به بادام حساسیت دارد")
    assert changed["notes"] == "به بادام حساسیت دارد"
    # --email alone keeps the notes; --notes "" removes them.
    assert cli.json("member", "update", "09121234567", "--email", "s@example.org")["notes"] == (
        "به بادام حساسیت دارد"
    )
    assert cli.json("member", "update", "09121234567", "--notes", "")["notes"] is None
    assert cli.json("member", "show", "09121234567")["notes"] is None
    assert (
        cli.json("member", "add", "--name", "Ali", "--phone", "09351112233")["member"]["notes"]
        is None
    )


def test_member_changes_are_on_the_audit_trail(cli: Cli) -> None:
    cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")
    cli.json("member", "update", "09121234567", "--notes", "decaf only")
    [line] = cli.json("audit", "--kind", "member_changed")
    assert (line["before"], line["after"]) == ({"notes": None}, {"notes": "decaf only"})


def test_bad_notes_and_an_update_with_nothing_to_change_exit_2(cli: Cli) -> None:
    cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")
    err = cli.fails("member", "update", "09121234567", "--notes", "x" * 1001)
    assert "at most 1,000 characters; these have 1,001" in err
    err = cli.fails("member", "update", "09121234567")
    assert "--notes" in err
    err = cli.fails("member", "add", "--name", "Ali", "--phone", "09351112233", "--notes", "a\x07")
    assert "control character" in err

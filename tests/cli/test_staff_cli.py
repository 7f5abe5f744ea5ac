"""The command line acts as a staff member: the first owner, --pin or the environment, a
refused permission (exit 3 with one line), a manager's approval, the audit trail."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loyaltydesk.cli import staff as staff_parser
from loyaltydesk.domain.staff import Role
from tests.cli.conftest import Cli


def _team(cli: Cli) -> None:
    # The first account needs no identity: the club has none yet.
    cli.json("staff", "add", "--name", "Nima", "--role", "owner", "--pin", "1111")
    owner = ("--staff", "Nima", "--pin", "1111")
    cli.json(*owner, "staff", "add", "--name", "Maryam", "--role", "manager", "--pin", "2222")
    cli.json(*owner, "staff", "add", "--name", "Nazanin", "--role", "cashier", "--pin", "3333")


def test_the_parsers_roles_are_the_domains() -> None:
    assert tuple(r.value for r in Role) == staff_parser.ROLES


def test_without_accounts_scripts_run_as_before_and_after_the_first_they_need_a_pin(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")["member"]["card"]
    _team(cli)
    err = cli.fails("credit", card, "--amount", "100000", code=3)
    assert "PIN" in err
    assert cli.json("--pin", "3333", "credit", card, "--amount", "100000")["points_earned"] >= 0
    # The PIN from the environment keeps it out of the process list.
    monkeypatch.setenv("LOYALTYDESK_PIN", "3333")
    shown = cli.json("member", "show", card)
    assert shown["card"] == card
    # A second owner is added only by an owner.
    err = cli.fails("staff", "add", "--name", "Leila", "--role", "owner", "--pin", "4444", code=3)
    assert "may not" in err


def test_a_cashier_is_refused_a_refund_until_a_manager_approves_it(cli: Cli) -> None:
    _team(cli)
    me = ("--pin", "3333")
    card = cli.json(*me, "member", "add", "--name", "Sara", "--phone", "09121234567")["member"][
        "card"
    ]
    cli.json(*me, "credit", card, "--amount", "500000", "--receipt", "R-1")
    err = cli.fails(*me, "refund", "--receipt", "R-1", code=3)
    assert "manager" in err
    done = cli.json(
        *me, "--approver", "Maryam", "--approver-pin", "2222", "refund", "--receipt", "R-1"
    )
    assert done["preview"]["receipt"] == "R-1"
    lines = cli.json(*me, "statement", card)["entries"]
    refund = next(line for line in lines if line["kind"] == "reverse_earn")
    assert (refund["staff"], refund["approved_by"]) == ("Nazanin", "Maryam")
    # Nobody approves with a wrong PIN, and a cashier approves nothing (said the same way
    # every time).
    cli.fails(*me, "--approver", "Maryam", "--approver-pin", "0000", "verify", code=3)
    owner = ("--staff", "Nima", "--pin", "1111")
    cli.json(*owner, "staff", "add", "--name", "Leila", "--role", "cashier", "--pin", "4444")
    said = {
        cli.fails(*me, "--approver", "Leila", "--approver-pin", "4444", "verify", code=3)
        for _ in range(3)
    }
    assert len(said) == 1 and "may not approve requests" in said.pop()
    # A forgotten approver PIN is a usage slip (exit 2): it never counts toward a lock.
    for _ in range(6):
        assert "--approver-pin" in cli.fails(*me, "--approver", "Maryam", "verify")
    assert "--approver NAME" in cli.fails(*me, "--approver-pin", "2222", "verify")
    assert cli.json("--staff", "Maryam", "--pin", "2222", "rules", "show")


def test_a_wrong_pin_exits_3_and_five_lock_the_account(cli: Cli) -> None:
    _team(cli)
    for _ in range(4):
        assert "do not match" in cli.fails("--pin", "9999", "rules", "show", code=3)
    assert "locked" in cli.fails("--pin", "9999", "rules", "show", code=3)
    assert "locked" in cli.fails("--pin", "3333", "rules", "show", code=3)
    owner = ("--staff", "Nima", "--pin", "1111")
    listed = {a["name"]: a for a in cli.json(*owner, "staff", "list")}
    assert listed["Nazanin"]["locked_until"] is not None
    cli.json(*owner, "staff", "unlock", "Nazanin")
    assert cli.json("--pin", "3333", "rules", "show")


def test_staff_changes_and_the_owners_policy(cli: Cli) -> None:
    _team(cli)
    owner = ("--staff", "Nima", "--pin", "1111")
    assert cli.json(*owner, "staff", "set-role", "Nazanin", "--role", "manager")["role"] == (
        "manager"
    )
    assert cli.json(*owner, "staff", "disable", "Maryam")["active"] is False
    assert "disabled" in cli.fails("--staff", "Maryam", "--pin", "2222", "rules", "show", code=3)
    assert "only owner" in cli.fails(*owner, "staff", "disable", "Nima")
    policy = cli.json(
        *owner, "staff", "policy", "--credit-limit", "2000000", "--idle-minutes", "off"
    )
    assert policy == {
        "credit_limit_rials": 2_000_000,
        "redeem_limit_points": None,
        "idle_minutes": None,
        "offline_points": 0,
    }
    assert "1 to 240" in cli.fails(*owner, "staff", "policy", "--idle-minutes", "999")
    policy = cli.json(*owner, "staff", "policy", "--offline-points", "۲۰۰")
    assert (policy["offline_points"], policy["credit_limit_rials"]) == (200, 2_000_000)
    assert cli.json(*owner, "staff", "policy", "--offline-points", "off")["offline_points"] == 0
    assert "0 to 10,000,000" in cli.fails(*owner, "staff", "policy", "--offline-points", "20000000")
    assert "4 to 8" in cli.fails(*owner, "staff", "set-pin", "Nima", "--pin", "12")
    assert "digits only" in cli.fails(*owner, "staff", "set-pin", "Nima", "--pin", "12ab")
    assert "no account" in cli.fails(*owner, "staff", "unlock", "Nobody")


def test_the_audit_trail_as_json_and_csv(cli: Cli, tmp_path: Path) -> None:
    _team(cli)
    owner = ("--staff", "Nima", "--pin", "1111")
    cli.fails("--pin", "9999", "rules", "show", code=3)
    card = cli.json("--pin", "3333", "member", "add", "--name", "Sara", "--phone", "09121234567")[
        "member"
    ]["card"]
    cli.json("--pin", "3333", "credit", card, "--amount", "100000")
    lines = cli.json(*owner, "audit")
    kinds = {line["kind"] for line in lines}
    assert {"staff_added", "wrong_pin", "operation:register", "operation:credit"} <= kinds
    assert not any("9999" in str(line) or "3333" in str(line) for line in lines)
    mine = cli.json(*owner, "audit", "--staff", "Nazanin", "--kind", "operation")
    assert mine and all(line["staff"] == "Nazanin" for line in mine)
    target = tmp_path / "audit.csv"
    code, _out, err = cli.run(*owner, "audit", "--csv", str(target))
    assert code == 0, err
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(lines) and rows[0]["kind"]
    # The export itself is on the trail; a cashier may neither read nor export it.
    assert cli.json(*owner, "audit", "--kind", "export")[0]["subject"] == "audit"
    assert "may not" in cli.fails("--pin", "3333", "audit", code=3)
    assert not (tmp_path / "no.csv").exists()
    cli.fails("--pin", "3333", "audit", "--csv", str(tmp_path / "no.csv"), code=3)
    assert not (tmp_path / "no.csv").exists()


def test_demo_makes_an_owner_and_prints_the_pins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    demo = Cli(str(tmp_path / "demo.sqlite3"), capsys)
    built = demo.json("demo", "--members", "20")
    accounts = {a["name"]: a["pin"] for a in built["accounts"]}
    assert set(accounts) == {"Owner", "Reza", "Nazanin"}
    assert all(pin.isdigit() and len(pin) == 6 for pin in accounts.values())
    listed = demo.json("--staff", "Owner", "--pin", accounts["Owner"], "staff", "list")
    assert {a["name"]: a["role"] for a in listed} == {
        "Owner": "owner",
        "Reza": "manager",
        "Nazanin": "cashier",
    }
    demo.fails("member", "find", "Sara", code=3)  # the demo club has accounts: a PIN is needed


def test_no_pin_reaches_the_log_or_any_file(cli: Cli, tmp_path: Path) -> None:
    cli.json("staff", "add", "--name", "Nima", "--role", "owner", "--pin", "735190")
    cli.fails("--staff", "Nima", "--pin", "735191", "rules", "show", code=3)
    cli.fails("--staff", "Nima", "--pin", "73x5190", "rules", "show", code=3)
    cli.json("--staff", "Nima", "--pin", "735190", "staff", "set-pin", "Nima", "--pin", "604812")
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "loyaltydesk.log" for p in files)
    for path in files:
        data = path.read_bytes()
        for pin in (b"735190", b"735191", b"73x5190", b"604812"):
            assert pin not in data, (path, pin)

"""The command line as a POS script uses it: commands, JSON fields and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loyaltydesk.domain.cards import damm_digit
from tests.cli.conftest import Cli


def test_a_day_at_the_counter(cli: Cli) -> None:
    added = cli.json(
        "member",
        "add",
        "--name",
        "Sara Karimi",
        "--phone",
        "0912 123 4567",
        "--birthday",
        "1370/05/21",
    )
    card = added["member"]["card"]
    assert added["member"]["phone"] == "+989121234567" and added["replayed"] is False
    credited = cli.json(
        "credit",
        "09121234567",
        "--amount",
        "12,500,000",
        "--receipt",
        "R-1",
        "--op-id",
        "till-1-0001",
    )
    assert credited["points_earned"] == 125 and credited["balance"] == 125
    assert credited["member"]["card"] == card and credited["next_reward"] is None
    again = cli.json(
        "credit",
        "09121234567",
        "--amount",
        "12,500,000",
        "--receipt",
        "R-1",
        "--op-id",
        "till-1-0001",
    )
    assert again["replayed"] is True and again["balance"] == 125
    redeemed = cli.json("redeem", card, "--reward", "free meal")
    assert redeemed["points_spent"] == 100 and redeemed["balance"] == 25
    shown = cli.json("member", "show", card)
    assert shown["balance"] == 25
    found = cli.json("member", "find", "4567")
    assert [f["card"] for f in found] == [card] and found[0]["match"] == "phone_tail"
    statement = cli.json("statement", card)
    assert [(e["kind"], e["points"], e["balance"]) for e in statement["entries"]] == [
        ("earn", 125, 125),
        ("redeem", -100, 25),
    ]
    assert statement["entries"][0]["receipt"] == "R-1"
    assert statement["entries"][0]["staff"] == "Nazanin"
    void = cli.json("void-redemption", str(redeemed["entry_id"]), "--preview")
    assert void["points_restored"] == 100 and cli.json("member", "show", card)["balance"] == 25
    cli.json("void-redemption", str(redeemed["entry_id"]))
    preview = cli.json("refund", "--receipt", "R-1", "--amount", "6250000", "--preview")
    assert preview["points_reversed"] == 63 and preview["balance_after"] == 62
    refunded = cli.json("refund", "--receipt", "R-1", "--amount", "6250000")
    assert refunded["balance"] == 62
    adjusted = cli.json("adjust", card, "--points", "-2", "--reason", "typo")
    assert adjusted["balance"] == 60
    verified = cli.json("verify")
    assert verified["ok"] is True and verified["members_checked"] == 1
    code, text, _ = cli.run("statement", card)
    assert code == 0 and "Sara Karimi" in text and "Nazanin" in text


def test_bad_input_is_one_line_and_exit_code_2(cli: Cli) -> None:
    card = cli.json("member", "add", "--name", "Ali", "--phone", "09350000000")["member"]["card"]
    assert "more than zero" in cli.fails("credit", card, "--amount", "0")
    assert "not a whole number" in cli.fails("credit", card, "--amount", "lots")
    assert "more than any purchase" in cli.fails("credit", card, "--amount", "1000000000001")
    unknown = "10000000000" + str(damm_digit("10000000000"))
    typo = unknown[:-1] + str((int(unknown[-1]) + 1) % 10)
    assert "No member has card" in cli.fails("credit", unknown, "--amount", "1000")
    assert "not a valid card number" in cli.fails("credit", typo, "--amount", "1000")
    assert "mobile numbers start with 09" in cli.fails(
        "member", "add", "--name", "X", "--phone", "02112345678"
    )
    assert "already belongs to Ali" in cli.fails(
        "member", "add", "--name", "X", "--phone", "+989350000000"
    )
    assert "no reward called" in cli.fails("redeem", card, "--reward", "car")
    assert "40 points" in cli.fails("redeem", card, "--reward", "Free drink")
    assert "no such day" in cli.fails("credit", card, "--amount", "1000", "--at", "1402/12/30")
    assert "in the future" in cli.fails(
        "credit", card, "--amount", "1000", "--at", "2999-01-01 10:00"
    )
    cli.fails("credit", card)  # a missing option is a usage error: exit 2 too
    cli.fails("frobnicate")
    assert cli.json("member", "show", card)["balance"] == 0
    assert cli.json("statement", card)["entries"] == []


def test_json_error_for_scripts(cli: Cli) -> None:
    code, out, err = cli.run("member", "show", "09129999999", "--json")
    assert code == 2
    assert json.loads(out)["error"]["code"] == "phone.unknown"
    assert "No member has the mobile number" in err


def test_verify_exit_code_1_lists_differences(cli: Cli, db_url: str) -> None:
    card = cli.json("member", "add", "--name", "Ali", "--phone", "09350000000")["member"]["card"]
    cli.json("credit", card, "--amount", "1000000")
    from sqlalchemy import create_engine, text

    from loyaltydesk.persistence.database import normalise_url

    engine = create_engine(normalise_url(db_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE members SET balance = 7"))
    engine.dispose()
    code, out, _ = cli.run("verify", "--json")
    assert code == 1
    assert json.loads(out)["differences"] == [
        {"member_id": 1, "card": card, "cached": 7, "ledger": 10}
    ]


def test_backup_and_restore_commands(cli: Cli, tmp_path: Path) -> None:
    card = cli.json("member", "add", "--name", "Ali", "--phone", "09350000000")["member"]["card"]
    cli.json("credit", card, "--amount", "1000000")
    backup = cli.json("backup", str(tmp_path / "b.sqlite3"))["backup"]
    cli.json("credit", card, "--amount", "1000000")
    restored = cli.json("restore", backup)
    assert Path(restored["safety_copy"]).exists()
    assert cli.json("member", "show", card)["balance"] == 10
    assert "already exists" in cli.fails("backup", backup, code=2)  # bad input


def test_a_file_that_is_not_a_club_exits_4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    bogus = tmp_path / "photo.jpg"
    bogus.write_bytes(b"\xff\xd8\xff" + b"\x00" * 100)
    err = Cli(str(bogus), capsys).fails("verify", code=4)
    assert "not a LoyaltyDesk database" in err
    assert bogus.read_bytes() == b"\xff\xd8\xff" + b"\x00" * 100


def test_persian_output_uses_persian_digits(cli: Cli) -> None:
    card = cli.json("member", "add", "--name", "سارا", "--phone", "09121234567")["member"]["card"]
    code, out, _ = cli.run("--lang", "fa", "credit", card, "--amount", "2500000")
    assert code == 0
    assert "+۲۵" in out and "۲۵۰٬۰۰۰ تومان" in out


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    env = {
        "LOYALTYDESK_DATA_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "LOYALTYDESK_LANG": "en",
    }
    db = str(tmp_path / "club.sqlite3")
    done = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "--database", db, "rewards", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rule"]["step_rials"] == 100_000
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "loyaltydesk",
            "--database",
            db,
            "credit",
            "09120000000",
            "--amount",
            "-4",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_persian_error_messages_come_from_the_translation(cli: Cli, persian_qm: Path) -> None:
    card = cli.json("member", "add", "--name", "سارا", "--phone", "09121234567")["member"]["card"]
    err = cli.fails("--lang", "fa", "credit", card, "--amount", "0")
    assert "مبلغ باید بیشتر از صفر باشد" in err
    err = cli.fails("--lang", "fa", "redeem", card, "--reward", "غذای رایگان")
    assert "۱۰۰ امتیاز نیاز دارد" in err


def test_an_unexpected_error_is_logged_and_reported_calmly(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from loyaltydesk.cli import main as cli_main

    def broken(self: object, services: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli_main.Cli, "cmd_verify", broken)
    err = cli.fails("verify", code=5)
    assert "Something unexpected went wrong" in err
    log = (tmp_path / "data" / "logs" / "loyaltydesk.log").read_text()
    assert "RuntimeError: a bug" in log and "Traceback" in log

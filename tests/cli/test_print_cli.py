"""`print` from the command line, as a POS script or a shop's batch job calls it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from loyaltydesk.domain.coupons import new_coupon_code
from tests.cli.conftest import Cli
from tests.printing.scan import expected, page_codes

PRINT_FIELDS = {"document", "pages", "paper", "out", "codes"}


def test_print_a_card_and_a_sheet_for_new_members(cli: Cli, tmp_path: Path) -> None:
    cards = [
        cli.json("member", "add", "--name", f"Member {i}", "--phone", f"0912000000{i}")["member"][
            "card"
        ]
        for i in range(3)
    ]
    card_pdf = tmp_path / "card.pdf"

    printed = cli.json("print", "card", cards[0], "--out", str(card_pdf))

    assert set(printed) == PRINT_FIELDS
    assert (printed["document"], printed["paper"], printed["codes"]) == ("card", "cr80", [cards[0]])
    assert page_codes(card_pdf.read_bytes())[0] == expected(cards[0])

    sheet_pdf = tmp_path / "sheet.pdf"
    today = dt.date.today().isoformat()
    sheet = cli.json("print", "sheet", "--joined-since", today, "--out", str(sheet_pdf))
    assert sorted(sheet["codes"]) == sorted(cards) and sheet["pages"] == 1
    assert page_codes(sheet_pdf.read_bytes()) == [expected(*cards)]

    chosen = cli.json(
        "print", "sheet", "--cards", f"{cards[2]},09120000001", "--out", str(sheet_pdf)
    )
    assert chosen["codes"] == [cards[2], cards[1]]
    assert cli.json("print", "sheet", "--all", "--out", str(sheet_pdf))["codes"] == cards


def test_print_the_note_and_slip_of_a_purchase(cli: Cli, tmp_path: Path) -> None:
    card = cli.json("member", "add", "--name", "Sara", "--phone", "09121112233")["member"]["card"]
    credit = cli.json("credit", card, "--amount", "12500000", "--receipt", "R-1")
    out = tmp_path / "note.pdf"

    for document in ("note", "slip"):
        for size in ("a6", "80mm", "58mm"):
            printed = cli.json(
                "print",
                document,
                "--entry",
                str(credit["entry_id"]),
                "--size",
                size,
                "--out",
                str(out),
            )
            assert (printed["document"], printed["paper"], printed["pages"]) == (document, size, 1)
            assert out.read_bytes().startswith(b"%PDF")


def test_print_a_coupon(cli: Cli, tmp_path: Path) -> None:
    card = cli.json("member", "add", "--name", "Sara", "--phone", "09121112233")["member"]["card"]
    code = new_coupon_code()
    out = tmp_path / "coupon.pdf"
    until = (dt.date.today() + dt.timedelta(days=30)).isoformat()

    printed = cli.json(
        "print", "coupon", code, "--title", "20% off", "--valid-until", until,
        "--member", card, "--size", "80mm", "--out", str(out),
    )  # fmt: skip

    assert printed["codes"] == [code]
    assert page_codes(out.read_bytes()) == [expected(code)]


def test_bad_print_requests_exit_2_and_write_nothing(cli: Cli, tmp_path: Path) -> None:
    card = cli.json("member", "add", "--name", "Sara", "--phone", "09121112233")["member"]["card"]
    adjusted = cli.json("adjust", card, "--points", "5", "--reason", "goodwill")
    out = tmp_path / "x.pdf"
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()

    assert "not a purchase" in cli.fails(
        "print", "note", "--entry", str(adjusted["entry_id"]), "--out", str(out)
    )
    assert "coupon code" in cli.fails(
        "print", "coupon", "12345", "--title", "x", "--valid-until", "2099-01-01", "--out", str(out)
    )
    assert "passed" in cli.fails(
        "print", "coupon", new_coupon_code(), "--title", "x", "--valid-until", yesterday,
        "--out", str(out),
    )  # fmt: skip
    assert "No Such" in cli.fails("print", "card", card, "--printer", "No Such Printer")
    cli.fails("print", "card", card)  # no destination
    cli.fails("print", "card", card, "--out", str(tmp_path / "missing" / "x.pdf"))
    assert not out.exists()


def test_an_unreachable_receipt_printer_exits_6(
    cli: Cli, tmp_path: Path, monkeypatch: object
) -> None:
    import json
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "settings.json").write_text(
        json.dumps({"thermal_printer": f"network:127.0.0.1:{port}"}), encoding="utf-8"
    )
    assert "cannot be reached" in cli.fails("print", "test-page", "--thermal", code=6)

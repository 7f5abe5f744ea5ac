"""`shift report`: a cashier's shift as text, JSON, a PDF, or on the receipt printer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from loyaltydesk.cli import shift as shift_parser
from loyaltydesk.printing.paper import SHIFT_PAPERS
from tests.cli.conftest import Cli

FIGURES = {
    "credits",
    "coupons",
    "redemptions",
    "refunds",
    "voided_redemptions",
    "adjustments",
    "bonuses",
}


def _day(cli: Cli) -> str:
    """Nazanin (the runner's --staff) registers, credits twice, redeems and refunds; Reza
    credits once at another counter."""
    card: str = cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")["member"][
        "card"
    ]
    cli.json("credit", card, "--amount", "5000000", "--receipt", "A-1")
    cli.json("credit", card, "--amount", "7000000", "--receipt", "A-2")
    cli.json("redeem", card, "--reward", "Free drink")
    cli.json("refund", "--receipt", "A-2", "--amount", "3500000")
    cli.json("--staff", "Reza", "--counter", "till-2", "credit", card, "--amount", "900000")
    return card


def test_the_json_counts_the_default_staffs_day_and_another_staff_on_request(cli: Cli) -> None:
    _day(cli)
    mine = cli.json("shift", "report")
    assert mine["staff"] == "Nazanin"
    assert mine.keys() >= FIGURES
    assert mine["credits"]["count"] == 2
    assert mine["credits"]["amount_rials"] == 12_000_000
    assert mine["redemptions"]["count"] == 1
    assert mine["redemptions"]["rewards"][0]["name"] == "Free drink"
    assert mine["refunds"] == {
        "count": 1,
        "amount_rials": 3_500_000,
        "points": mine["refunds"]["points"],
    }
    assert mine["refunds"]["points"] > 0
    assert mine["registrations"] == 1
    assert mine["net_points"] == mine["credits"]["points"] - mine["refunds"]["points"]
    assert mine["start"] < mine["first_action"] <= mine["last_action"] <= mine["end"]

    reza = cli.json("shift", "report", "--staff", "Reza")
    assert (reza["staff"], reza["counters"], reza["credits"]["count"]) == ("Reza", ["till-2"], 1)
    assert reza["credits"]["amount_rials"] == 900_000
    # The period's end before anything was done: an empty shift.
    empty = cli.json("shift", "report", "--from", "2020-01-01", "--to", "2020-01-02 08:00")
    assert empty["first_action"] is None and empty["credits"]["count"] == 0


def test_the_text_names_the_figures(cli: Cli) -> None:
    _day(cli)
    code, out, _err = cli.run("shift", "report", "--counter", "till-2", "--staff", "Reza")
    assert code == 0
    assert "Shift report" in out
    assert "Purchases credited: 1" in out
    assert "Amount paid: 90,000 Toman" in out


def test_a_reversed_period_is_refused_with_exit_2(cli: Cli) -> None:
    err = cli.fails("shift", "report", "--from", "2026-11-26 10:00", "--to", "2026-11-26 09:00")
    assert "ends before it starts" in err


@pytest.mark.parametrize("size", ["a4", "80mm"])
def test_the_pdf_holds_the_figures(cli: Cli, tmp_path: Path, size: str) -> None:
    _day(cli)
    path = tmp_path / "shift.pdf"
    done = cli.json("shift", "report", "--out", str(path), "--size", size)
    assert done["document"] == {"paper": size, "pages": 1, "out": str(path.resolve())}
    text = " ".join(
        subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
        .stdout.decode()
        .split()
    )
    assert "Shift report" in text
    assert "Cashier Nazanin" in text
    assert "Purchases credited 2" in text
    assert "Amount paid 1,200,000 Toman" in text
    assert f"Net points given +{done['net_points']}" in text


def test_thermal_without_a_receipt_printer_is_a_device_error(cli: Cli) -> None:
    err = cli.fails("shift", "report", "--thermal", code=6)
    assert "receipt printer" in err.lower()


def test_the_parsers_papers_are_the_shift_papers() -> None:
    assert tuple(p.value for p in SHIFT_PAPERS) == shift_parser.PAPERS

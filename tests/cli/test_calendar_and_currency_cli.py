"""The command line in the shop's calendar and currency: amounts are the currency's
smallest unit under the same names (the contract), text shows them with the name and
decimals, dates in the calendar chosen; either calendar is still accepted on input."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from loyaltydesk.i18n.digits import fold_digits
from tests.cli.conftest import Cli


def _choose(**values: object) -> None:
    folder = Path(os.environ["LOYALTYDESK_DATA_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(values), encoding="utf-8")


def test_amounts_are_the_currencys_smallest_unit_and_text_shows_its_name(cli: Cli) -> None:
    _choose(money_unit="other", currency_name="EUR", currency_decimals=2, calendar="jalali")
    card = cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")["member"]["card"]
    credited = cli.json("credit", card, "--amount", "125,050", "--receipt", "R-1")
    assert credited["amount_rials"] == 125_050 and credited["points_earned"] == 1

    code, text, _ = cli.run("statement", card)
    assert code == 0 and "1,250.50 EUR" in text and "1 per 1,000.00 EUR" in text
    # Dates in the Jalali calendar the shop chose (the command line runs on today's clock).
    assert re.search(r"Member since: 14\d\d/\d\d/\d\d \d\d:\d\d", text)

    # Days are typed in either calendar, whatever the shop shows.
    assert (
        cli.json(
            "member", "add", "--name", "Ali", "--phone", "09121234500", "--birthday", "1991-08-12"
        )["member"]["birthday"]
        == "1991-08-12"
    )
    assert (
        cli.json(
            "member", "add", "--name", "Reza", "--phone", "09121234501", "--birthday", "1370/05/21"
        )["member"]["birthday"]
        == "1991-08-12"
    )


def test_a_persian_shop_in_gregorian_days(cli: Cli) -> None:
    _choose(money_unit="other", currency_name="AED", currency_decimals=3, calendar="gregorian")
    card = cli.json("member", "add", "--name", "سارا", "--phone", "09121234567")["member"]["card"]
    code, out, _ = cli.run("--lang", "fa", "credit", card, "--amount", "2500")
    assert code == 0 and "۲٫۵۰۰" in out and "AED" in out
    code, out, _ = cli.run("--lang", "fa", "statement", card)
    assert code == 0 and re.search(r"20\d\d/\d\d/\d\d \d\d:\d\d", fold_digits(out))

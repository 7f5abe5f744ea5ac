"""The coupon commands after the newcomer's report (issue 13): replays said, reuse refused,
refunds say where the coupon goes, a reward coupon says what it gave."""

from __future__ import annotations

from loyaltydesk.i18n.digits import fold_digits
from tests.cli.conftest import Cli


def _member(cli: Cli, name: str = "Sara", phone: str = "09121234567") -> str:
    card: str = cli.json("member", "add", "--name", name, "--phone", phone)["member"]["card"]
    return card


SHEET = ("coupon", "issue", "--open", "--count", "3", "--amount", "10000", "--op-id", "sheet-1")


def test_a_replayed_issue_says_so_and_a_different_one_is_refused(cli: Cli) -> None:
    card = _member(cli)
    first = cli.json(*SHEET)
    again = cli.json(*SHEET)
    assert (first["replayed"], again["replayed"]) == (False, True)
    assert again["codes"] == first["codes"]
    code, out, _err = cli.run(*SHEET)
    assert code == 0 and "(Already done earlier with this operation id" in out
    bigger = ("coupon", "issue", "--open", "--count", "4", "--amount", "10000")
    err = cli.fails(*bigger, "--op-id", "sheet-1")
    assert "sheet-1" in err and "different action" in err
    err = cli.fails("credit", card, "--amount", "500000", "--op-id", "sheet-1")
    assert "sheet-1" in err
    assert len(cli.json("coupon", "list")["coupons"]) == 3


def test_count_zero_says_one_to_a_thousand(cli: Cli) -> None:
    err = cli.fails("coupon", "issue", "--open", "--amount", "10000", "--count", "0")
    assert "1 to 1,000" in err


def test_refund_says_whether_the_coupon_comes_back(cli: Cli) -> None:
    card = _member(cli)
    (code,) = cli.json("coupon", "issue", "--member", card, "--percent", "10", "--valid-days", "9")[
        "codes"
    ]
    cli.json("credit", card, "--amount", "1000000", "--receipt", "R-1", "--coupon", code)
    status, out, _err = cli.run("refund", "--receipt", "R-1", "--amount", "100000", "--preview")
    assert status == 0 and f"The coupon {code} stays used." in out
    preview = cli.json("refund", "--receipt", "R-1", "--preview")
    assert preview["coupon_returned"] == code and preview["coupon"] == code
    done = cli.json("refund", "--receipt", "R-1")
    assert done["coupon_returned"] == code
    cli.json("credit", card, "--amount", "1000000", "--receipt", "R-2")
    plain = cli.json("refund", "--receipt", "R-2", "--preview")
    assert plain["coupon_returned"] is None and plain["coupon"] is None


def test_a_reward_coupon_credit_says_what_it_gave(cli: Cli) -> None:
    card = _member(cli)
    (code,) = cli.json(
        "coupon", "issue", "--member", card, "--reward", "Free meal", "--valid-days", "9"
    )["codes"]
    status, out, err = cli.run("credit", card, "--amount", "50000", "--coupon", code)
    assert status == 0, err
    assert f"Coupon {code} gives Free meal" in out and " off " not in out
    status, out, _err = cli.run("statement", card)
    assert "Free meal" in out and code in fold_digits(out)


def test_a_used_coupon_is_not_voided_and_names_stay_as_written(cli: Cli) -> None:
    card = _member(cli)
    (code,) = cli.json("coupon", "issue", "--member", card, "--percent", "10", "--valid-days", "9")[
        "codes"
    ]
    cli.json("--counter", "counter-1", "credit", card, "--amount", "1000000", "--coupon", code)
    err = cli.fails("coupon", "void", code)
    assert "counter-1" in err and "not voided" in err
    err = cli.fails("--lang", "fa", "coupon", "void", code)
    assert "counter-1" in err  # a counter's name is not given Persian digits
    assert cli.json("coupon", "list", "--status", "used")["coupons"][0]["code"] == code

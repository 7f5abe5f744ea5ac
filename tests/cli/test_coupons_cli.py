"""`coupon …`, `credit --coupon` and `print coupon CODE` as a POS script or the owner calls
them: codes issued, checked without being used, used once with a purchase, refused after."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from loyaltydesk.bootstrap import build_services
from loyaltydesk.domain.coupons import CouponKind, CouponState, CouponTerms, new_coupon_code
from loyaltydesk.i18n.digits import to_persian_digits
from loyaltydesk.services.coupons import RETURN_POLICIES
from loyaltydesk.settings import Settings
from tests.cli.conftest import Cli
from tests.conftest import FakeClock
from tests.printing.scan import expected, page_codes

REPO = Path(__file__).resolve().parents[2]

COUPON_FIELDS = {
    "id",
    "code",
    "state",
    "kind",
    "percent",
    "max_rials",
    "amount_rials",
    "reward",
    "min_purchase_rials",
    "terms",
    "personal",
    "member_id",
    "member_name",
    "uses_allowed",
    "times_used",
    "uses_left",
    "valid_from",
    "valid_until",
    "created_at",
    "staff",
    "counter",
    "voided_at",
    "voided_by",
    "campaign",
    "uses",
}
USE_FIELDS = {
    "at",
    "counter",
    "staff",
    "member_id",
    "purchase_id",
    "gross_rials",
    "discount_rials",
    "returned_at",
}


def _member(cli: Cli, name: str = "Sara", phone: str = "09121234567") -> str:
    card: str = cli.json("member", "add", "--name", name, "--phone", phone)["member"]["card"]
    return card


def _issue(cli: Cli, *args: str) -> list[str]:
    issued = cli.json("coupon", "issue", *args)
    assert issued["codes"] == [c["code"] for c in issued["coupons"]]
    codes: list[str] = issued["codes"]
    return codes


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


def test_issue_check_credit_and_a_second_use_says_where_and_when(cli: Cli) -> None:
    card = _member(cli)
    issued = cli.json(
        "coupon", "issue", "--member", card, "--percent", "20", "--max", "300000",
        "--valid-days", "30", "--op-id", "owner-1",
    )  # fmt: skip
    (coupon,) = issued["coupons"]
    code = coupon["code"]
    assert set(coupon) == COUPON_FIELDS and issued["operation_id"] == "owner-1"
    assert (coupon["kind"], coupon["percent"], coupon["max_rials"]) == ("percent", 20, 300_000)
    assert (coupon["personal"], coupon["member_name"], coupon["state"]) == (True, "Sara", "active")
    assert coupon["terms"] == "20% off, at most 30,000 Toman"
    first = dt.date.fromisoformat(coupon["valid_from"])
    assert dt.date.fromisoformat(coupon["valid_until"]) - first == dt.timedelta(days=29)
    # The same operation id again gives the same coupon, not a second one.
    again = cli.json(
        "coupon", "issue", "--member", card, "--percent", "20", "--max", "300000",
        "--valid-days", "30", "--op-id", "owner-1",
    )  # fmt: skip
    assert again["codes"] == [code] and again["replayed"] is True and issued["replayed"] is False

    checked = cli.json("coupon", "check", code, "--member", card, "--amount", "1,000,000")
    assert checked["valid"] is True and checked["coupon"]["code"] == code
    # 20% of 100,000 Toman is 20,000 Toman, under the ceiling; nothing is used by a check.
    assert (checked["gross_rials"], checked["discount_rials"]) == (1_000_000, 200_000)
    assert checked["amount_to_pay_rials"] == 800_000
    assert checked["coupon"]["times_used"] == 0

    credited = cli.json(
        "--counter", "till-1", "credit", card, "--amount", "2000000", "--coupon", code
    )
    # The ceiling keeps 20% of 200,000 Toman at 30,000 Toman; what was paid earns points.
    assert credited["discount_rials"] == 300_000 and credited["gross_rials"] == 2_000_000
    assert credited["amount_rials"] == credited["amount_paid_rials"] == 1_700_000
    assert credited["points_earned"] == 17 and credited["coupon"]["state"] == "used"
    assert credited["coupon"]["terms"] == "20% off, at most 30,000 Toman"
    assert credited["coupon"]["uses"][0]["purchase_id"] == credited["purchase_id"]

    err = cli.fails(
        "--staff", "Reza", "--counter", "till-2", "credit", card, "--amount", "900000",
        "--coupon", code,
    )  # fmt: skip
    assert "already used" in err and "till-1" in err and "Nazanin" in err
    assert cli.json("member", "show", card)["balance"] == 17  # the refused credit saved nothing

    code_, out, err = cli.run("coupon", "check", code, "--json")
    refused = json.loads(out)
    assert code_ == 2 and "already used" in err
    assert refused["valid"] is False and refused["error"]["code"] == "coupon.used"
    (use,) = refused["coupon"]["uses"]
    assert set(use) == USE_FIELDS
    assert (use["counter"], use["staff"], use["purchase_id"]) == (
        "till-1",
        "Nazanin",
        credited["purchase_id"],
    )
    assert (use["gross_rials"], use["discount_rials"], use["returned_at"]) == (
        2_000_000,
        300_000,
        None,
    )

    listed = cli.json("coupon", "list", "--status", "used")
    assert [c["code"] for c in listed["coupons"]] == [code]
    assert listed["counts"] == {s.value: int(s is CouponState.USED) for s in CouponState}
    assert cli.json("coupon", "list", "--status", "active")["coupons"] == []


def test_credit_text_says_the_discount_and_the_amount_paid(cli: Cli) -> None:
    card = _member(cli)
    (code,) = _issue(cli, "--member", card, "--amount", "500000")
    plain = cli.json("credit", card, "--amount", "1000000")
    # Without a coupon the new fields say so, and the old ones mean what they always did.
    assert (plain["coupon"], plain["discount_rials"]) == (None, 0)
    assert plain["amount_rials"] == plain["amount_paid_rials"] == plain["gross_rials"] == 1_000_000

    status, out, err = cli.run("credit", card, "--amount", "2000000", "--coupon", code)

    assert status == 0, err
    assert "+15 points for Sara (150,000 Toman)" in out
    assert f"Coupon {code} (50,000 Toman off): 50,000 Toman off 200,000 Toman" in out
    assert "150,000 Toman paid" in out


def test_an_open_sheet_is_used_by_anyone_as_many_times_as_it_allows(cli: Cli) -> None:
    cards = [_member(cli, f"Member {i}", f"0912000000{i}") for i in range(3)]
    status, out, err = cli.run(
        "coupon", "issue", "--open", "--count", "3", "--uses", "2", "--amount", "100000",
        "--min-purchase", "500000", "--valid-until", (dt.date.today() + dt.timedelta(days=9))
        .isoformat(),
    )  # fmt: skip
    assert status == 0, err
    lines = out.splitlines()
    codes = [line.split()[0] for line in lines]
    assert len(set(codes)) == 3 and all(len(c) == 14 and c[0] == "9" for c in codes)
    assert "10,000 Toman off, on a purchase of at least 50,000 Toman; open, 2 of 2" in lines[0]

    cli.json("credit", cards[0], "--amount", "600000", "--coupon", codes[0])
    second = cli.json("credit", cards[1], "--amount", "600000", "--coupon", codes[0])
    assert second["coupon"]["uses_left"] == 0 and second["amount_paid_rials"] == 500_000
    third = cli.fails("credit", cards[2], "--amount", "600000", "--coupon", codes[0])
    assert "already used" in third
    assert "at least 50,000 Toman" in cli.fails(
        "credit", cards[2], "--amount", "400000", "--coupon", codes[1]
    )
    shown = {c["code"]: c for c in cli.json("coupon", "list")["coupons"]}
    assert [u["member_id"] for u in shown[codes[0]]["uses"]] == [1, 2]
    assert shown[codes[1]]["times_used"] == 0  # the refused credit left it unused


def test_print_a_stored_coupon_from_its_code_alone(cli: Cli, tmp_path: Path) -> None:
    card = _member(cli)
    (code,) = _issue(
        cli, "--member", card, "--percent", "20", "--max", "300000", "--min-purchase", "500000"
    )
    out = tmp_path / "coupon.pdf"

    printed = cli.json("print", "coupon", code, "--size", "80mm", "--out", str(out))

    assert (printed["document"], printed["codes"]) == ("coupon", [code])
    assert page_codes(out.read_bytes()) == [expected(code)]
    text = _pdf_text(out)
    assert "20% off" in text and "For Sara" in text and "One use only" in text
    assert "at most 30,000 Toman, on a purchase of at least 50,000 Toman" in text

    # An open coupon with several uses does not say "one use only".
    (flyer,) = _issue(cli, "--open", "--uses", "50", "--reward", "free drink")
    cli.json("print", "coupon", flyer, "--out", str(out))
    text = _pdf_text(out)
    assert "Free drink" in text and "One use only" not in text and "For " not in text

    # Options for coupons made elsewhere do not mix with a stored one.
    assert "leave out --valid-until" in cli.fails(
        "print", "coupon", code, "--member", card, "--out", str(out)
    )
    assert "give its --title" in cli.fails("print", "coupon", new_coupon_code(), "--out", str(out))
    assert "--valid-until DATE" in cli.fails(
        "print", "coupon", code, "--title", "20% off", "--out", str(out)
    )

    # Used or voided: the counter would refuse it, so no paper goes out.
    cli.json("credit", card, "--amount", "1000000", "--coupon", code)
    out.unlink()
    assert "not printed again" in cli.fails("print", "coupon", code, "--out", str(out))
    voided = cli.json("coupon", "void", flyer)
    assert voided["already_voided"] is False and voided["coupon"]["state"] == "voided"
    assert voided["coupon"]["voided_by"] == "Nazanin"
    assert cli.json("coupon", "void", flyer)["already_voided"] is True
    assert "voided" in cli.fails("print", "coupon", flyer, "--out", str(out))
    assert "voided" in cli.fails("coupon", "check", flyer)
    assert not out.exists()


def test_an_expired_coupon_is_refused_everywhere(cli: Cli, db_url: str, tmp_path: Path) -> None:
    card = _member(cli)
    # Issued a month ago for a week, by the window's services on the same database.
    settings = Settings(data_dir=tmp_path / "data", language="en", staff="Sara", counter="c-1")
    back_then = FakeClock(dt.datetime.now(dt.UTC) - dt.timedelta(days=30))
    services = build_services(settings, db_url, clock=back_then)
    try:
        sara = services.membership.resolve(card)
        old = services.coupons.issue(
            CouponTerms(CouponKind.AMOUNT, amount_rials=100_000),
            services.actor,
            member_id=sara.id,
            valid_days=7,
        )
    finally:
        services.close()

    assert "expired" in cli.fails("coupon", "check", old.code)
    assert "expired" in cli.fails("credit", card, "--amount", "900000", "--coupon", old.code)
    assert "not printed" in cli.fails("print", "coupon", old.code, "--out", str(tmp_path / "x.pdf"))
    assert [c["code"] for c in cli.json("coupon", "list", "--status", "expired")["coupons"]] == [
        old.code
    ]
    assert cli.json("member", "show", card)["balance"] == 0


def test_bad_input_is_refused_with_a_reason_and_nothing_is_made(cli: Cli) -> None:
    card = _member(cli)
    assert "from 1 to 100" in cli.fails("coupon", "issue", "--open", "--percent", "0")
    assert "from 1 to 100" in cli.fails("coupon", "issue", "--open", "--percent", "120")
    assert "not a whole number" in cli.fails("coupon", "issue", "--open", "--percent", "12.5")
    assert "not allowed with" in cli.fails(
        "coupon", "issue", "--open", "--percent", "10", "--amount", "50000"
    )
    assert "not allowed with" in cli.fails(
        "coupon", "issue", "--open", "--member", card, "--percent", "10"
    )
    assert "more than zero" in cli.fails("coupon", "issue", "--open", "--amount", "0")
    assert "percentage" in cli.fails(
        "coupon", "issue", "--open", "--amount", "50000", "--max", "10000"
    )
    assert "--open instead of --member" in cli.fails(
        "coupon", "issue", "--member", card, "--count", "5", "--percent", "10"
    )
    assert "used once" in cli.fails(
        "coupon", "issue", "--member", card, "--uses", "3", "--percent", "10"
    )
    assert "no reward called" in cli.fails("coupon", "issue", "--open", "--reward", "Caviar")
    assert "1 to 3,660 days" in cli.fails(
        "coupon", "issue", "--open", "--percent", "10", "--valid-days", "0"
    )
    assert "already passed" in cli.fails(
        "coupon", "issue", "--open", "--percent", "10", "--valid-until", "2020-01-01"
    )
    assert "At most 1,000 coupons" in cli.fails(
        "coupon", "issue", "--open", "--percent", "10", "--count", "1001"
    )
    assert cli.json("coupon", "list")["coupons"] == []  # nothing half-made

    (code,) = _issue(cli, "--open", "--percent", "۱۵٪")  # Persian digits and percent sign
    assert cli.json("coupon", "check", code)["coupon"]["percent"] == 15
    unknown = new_coupon_code()
    while unknown == code:
        unknown = new_coupon_code()
    assert "No coupon has the code" in cli.fails("coupon", "check", unknown)
    typo = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert "a digit is wrong" in cli.fails("coupon", "check", typo)
    assert "a digit is wrong" in cli.fails("credit", card, "--amount", "900000", "--coupon", typo)
    assert "not a coupon code" in cli.fails("coupon", "void", "1234")
    assert "invalid choice" in cli.fails("coupon", "list", "--status", "gone")
    # Persian digits and spaces, as a scanner on a Persian keyboard types them.
    spaced = to_persian_digits(f"{code[:7]} {code[7:]}")
    assert cli.json("coupon", "check", spaced)["coupon"]["code"] == code
    used = cli.json("credit", card, "--amount", "1000000", "--coupon", spaced)
    assert used["discount_rials"] == 150_000
    assert cli.json("member", "show", card)["balance"] == 8


def test_check_speaks_the_cashiers_language(cli: Cli, persian_qm: Path) -> None:
    card = _member(cli)
    (code,) = _issue(cli, "--member", card, "--percent", "20")

    status, out, _err = cli.run("coupon", "check", code, "--amount", "1000000")
    assert status == 0 and "On a purchase of 100,000 Toman: 20,000 Toman off, 80,000" in out
    status, out, _err = cli.run("--lang", "fa", "coupon", "check", code, "--amount", "1000000")
    assert status == 0 and "۲۰٬۰۰۰ تومان" in out and "۸۰٬۰۰۰ تومان" in out
    assert to_persian_digits(code) in out

    typo = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert "a digit is wrong or two are swapped" in cli.fails("coupon", "check", typo)
    persian = cli.fails("--lang", "fa", "coupon", "check", typo)
    assert "کد کوپن درستی نیست" in persian and to_persian_digits(typo) in persian


def test_the_refund_policy_is_shown_and_set(cli: Cli) -> None:
    assert cli.json("coupon", "policy") == {"policy": "personal_single"}
    assert cli.json("coupon", "policy", "--set", "never") == {"policy": "never"}
    assert cli.json("coupon", "policy") == {"policy": "never"}
    status, out, _err = cli.run("coupon", "policy", "--set", "always")
    assert status == 0 and "gives its coupon back" in out
    assert "invalid choice" in cli.fails("coupon", "policy", "--set", "sometimes")
    assert cli.json("coupon", "policy") == {"policy": "always"}


def test_the_parsers_lists_agree_with_the_domain() -> None:
    from loyaltydesk.cli.coupon import DEFAULT_VALID_DAYS, POLICIES, STATES
    from loyaltydesk.domain import coupons

    assert list(STATES) == [s.value for s in CouponState]
    assert POLICIES == RETURN_POLICIES
    assert DEFAULT_VALID_DAYS == coupons.DEFAULT_VALID_DAYS


def test_a_pos_script_uses_a_coupon_once(tmp_path: Path) -> None:
    """The processes a till starts: the exit codes and lines a script reads."""
    env = {
        "LOYALTYDESK_DATA_DIR": str(tmp_path / "data"),
        "LOYALTYDESK_LANG": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPO),
    }
    db = str(tmp_path / "club.sqlite3")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "loyaltydesk", "--database", db, *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

    assert run("member", "add", "--name", "Sara", "--phone", "09121234567").returncode == 0
    issued = run("coupon", "issue", "--member", "09121234567", "--amount", "200000")
    assert issued.returncode == 0, issued.stderr
    code = issued.stdout.split()[0]
    assert run("coupon", "check", code).returncode == 0
    first = run("credit", "09121234567", "--amount", "1000000", "--coupon", code, "--json")
    assert first.returncode == 0 and json.loads(first.stdout)["amount_paid_rials"] == 800_000
    again = run("credit", "09121234567", "--amount", "1000000", "--coupon", code)
    assert again.returncode == 2 and again.stdout == ""
    assert again.stderr.count("\n") == 1 and "already used on" in again.stderr
    assert run("coupon", "check", code).returncode == 2

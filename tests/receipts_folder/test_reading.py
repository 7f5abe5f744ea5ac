"""Reading a receipt file into a sale: the formats a POS writes, and what is refused."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.i18n.numbers import Currency, MoneyUnit
from loyaltydesk.services.receipts_folder import INCOMPLETE, is_receipt_name, read_sale

TEHRAN = ZoneInfo("Asia/Tehran")
TOMAN = Currency(MoneyUnit.TOMAN)
CARD = "603799000012"


def read(name: str, text: str | bytes, currency: Currency = TOMAN) -> object:
    data = text.encode() if isinstance(text, str) else text
    return read_sale(name, data, currency, TEHRAN)


def refused(name: str, text: str | bytes, currency: Currency = TOMAN) -> str:
    with pytest.raises(InvalidInput) as caught:
        read(name, text, currency)
    return caught.value.code


def test_json_with_the_apis_names() -> None:
    sale = read_sale(
        "s.json",
        b'{"card": "603799000012", "amount_rials": 2500000, "receipt": "8812",'
        b' "at": "2026-12-03 14:05"}',
        TOMAN,
        TEHRAN,
    )
    assert (sale.ref, sale.amount_rials, sale.receipt) == (CARD, 2_500_000, "8812")
    assert sale.at == dt.datetime(2026, 12, 3, 10, 35, tzinfo=dt.UTC)
    assert sale.op_id.startswith("folder:") and len(sale.op_id) <= 64


def test_toman_is_ten_rials_and_persian_digits_and_separators_are_read() -> None:
    sale = read_sale(
        "s.json",
        '{"phone": "۰۹۱۲۱۲۳۴۵۶۷", "amount_toman": "۲۵۰٬۰۰۰", "receipt": 8812}'.encode(),
        TOMAN,
        TEHRAN,
    )
    assert sale.amount_rials == 2_500_000 and sale.receipt == "8812"


def test_a_csv_as_excel_writes_it_bom_semicolons_crlf() -> None:
    text = "\ufeffCard;Amount_Toman;Receipt;At\r\n603799000012;250,000;8812;1405/09/12 14:05\r\n"
    sale = read_sale("s.csv", text.encode("utf-8"), TOMAN, TEHRAN)
    assert (sale.ref, sale.amount_rials, sale.receipt) == (CARD, 2_500_000, "8812")
    assert sale.at == dt.datetime(2026, 12, 3, 10, 35, tzinfo=dt.UTC)


def test_a_csv_with_commas_and_a_quoted_amount() -> None:
    sale = read_sale(
        "s.csv", b'phone,amount_rials,receipt\n09121234567,"2,500,000",A-17\n', TOMAN, TEHRAN
    )
    assert (sale.amount_rials, sale.receipt) == (2_500_000, "A-17")


def test_the_same_sale_written_otherwise_is_one_operation() -> None:
    a = read_sale(
        "a.json", b'{"phone": "0912 123 4567", "amount_toman": 100, "receipt": "1"}', TOMAN, TEHRAN
    )
    b = read_sale("b.csv", b"phone;amount_rials;receipt\n09121234567;1000;1\n", TOMAN, TEHRAN)
    c = read_sale("c.csv", b"phone;amount_rials;receipt\n09121234567;1000;2\n", TOMAN, TEHRAN)
    assert a.op_id == b.op_id != c.op_id


@pytest.mark.parametrize(
    ("name", "text", "code"),
    [
        ("s.json", '{"card": "1", "amount": 5, "receipt": "1"}', "receipts.amount_unit"),
        ("s.csv", "card;amount;receipt\n603799000012;5;1\n", "receipts.amount_unit"),
        (
            "s.json",
            '{"card": "1", "amount_rials": 5, "amount_toman": 5, "receipt": "1"}',
            "receipts.one_amount",
        ),
        ("s.json", '{"card": "1", "receipt": "1"}', "receipts.one_amount"),
        ("s.json", '{"amount_rials": 5, "receipt": "1"}', "receipts.card_or_phone"),
        (
            "s.json",
            '{"card": "1", "phone": "2", "amount_rials": 5, "receipt": "1"}',
            "receipts.card_or_phone",
        ),
        ("s.json", '{"card": "1", "amount_rials": 5}', "receipts.receipt_missing"),
        (
            "s.json",
            '{"card": "1", "amount_rials": 5, "receipt": "1", "ammount": 1}',
            "receipts.unknown_field",
        ),
        ("s.json", '{"card": "1", "amount_rials": "lots", "receipt": "1"}', "number.not_a_number"),
        ("s.json", '{"card": "1", "amount_toman": "12.5", "receipt": "1"}', "amount.not_whole"),
        ("s.json", '{"card": "1", "amount_rials": -5, "receipt": "1"}', "amount.not_positive"),
        (
            "s.json",
            '{"card": "1", "amount_rials": true, "receipt": "1"}',
            "receipts.not_text_or_number",
        ),
        (
            "s.json",
            '{"card": "1", "amount_rials": 5, "receipt": "1", "at": "soon"}',
            "date.malformed",
        ),
        ("s.json", '{"card": "1", "amount_rials": 5', "receipts.bad_json"),
        ("s.json", "[1, 2]", "receipts.bad_json"),
        ("s.csv", "card;amount_rials;receipt\n", "receipts.csv_no_sale"),
        ("s.csv", "card;amount_rials;receipt\n1;5;1\n2;5;2\n", "receipts.csv_many_sales"),
        ("s.csv", "card,amount_rials,receipt\n1,2,500,000,1\n", "receipts.csv_columns"),
        ("s.csv", "card;card;receipt\n1;5;1\n", "receipts.csv_duplicate_column"),
    ],
)
def test_what_is_refused_and_why(name: str, text: str, code: str) -> None:
    assert refused(name, text) == code


def test_not_utf8_is_refused_and_may_be_unfinished() -> None:
    assert refused("s.csv", "card;amount_rials;receipt\n1;5;رسيد\n".encode("cp1256")) in INCOMPLETE


def test_toman_is_refused_where_the_shop_counts_in_another_money() -> None:
    euro = Currency(MoneyUnit.OTHER, "€", 2)
    text = '{"card": "1", "amount_toman": 5, "receipt": "1"}'
    assert refused("s.json", text, euro) == "receipts.toman_not_shop_money"


def test_an_iso_time_with_its_offset_is_taken_as_written() -> None:
    sale = read_sale(
        "s.json",
        b'{"card": "1", "amount_rials": 5, "receipt": "1", "at": "2026-12-03T14:05:00+03:30"}',
        TOMAN,
        TEHRAN,
    )
    assert sale.at == dt.datetime(2026, 12, 3, 10, 35, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("name", "taken"),
    [
        ("sale.json", True),
        ("SALE.CSV", True),
        ("sale.json.tmp", False),
        ("sale.tmp", False),
        (".sale.json", False),
        ("~$sale.csv", False),
        ("sale.json~", False),
        ("desktop.ini", False),
        ("sale.reason.txt", False),
    ],
)
def test_which_names_are_receipts(name: str, taken: bool) -> None:
    assert is_receipt_name(name) is taken

"""Persian lines for reportlab, the shop's note text, coupon codes and printer connections."""

from __future__ import annotations

import pytest

from loyaltydesk.devices.thermal import Connection, Link, parse_connection
from loyaltydesk.domain.coupons import check_coupon_code, is_coupon_code, new_coupon_code
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.notes import check_note_text, fill_note
from loyaltydesk.printing.fonts import REGULAR, register_fonts
from loyaltydesk.printing.text import visual, width, wrap
from tests.printing.conftest import FONTS


def test_persian_is_joined_and_drawn_right_to_left() -> None:
    # سلام: seen from the left, final meem, lam-alef ligature, initial seen.
    assert visual("سلام", rtl=True) == "\ufee1\ufefc\ufeb3"


def test_a_latin_name_keeps_its_order_inside_a_persian_line() -> None:
    line = visual("سلام Sara Ahmadi", rtl=True)
    assert line == "Sara Ahmadi \ufee1\ufefc\ufeb3"


def test_grouped_digits_stay_in_order_and_controls_are_not_drawn() -> None:
    line = visual("کارت \u2066۱۲۳۴ ۵۶۷۸\u2069", rtl=True)
    assert line.startswith("۱۲۳۴ ۵۶۷۸ ")
    assert not any(ch in line for ch in "\u2066\u2069\u200c")


def test_zwnj_keeps_letters_apart_and_is_not_drawn() -> None:
    # می‌خواهم: the meem-yeh before the ZWNJ end in a final form, no joining across it.
    line = visual("می\u200cخواهم", rtl=True)
    assert "\u200c" not in line
    # Seen from the left: ...initial khah (not medial: the ZWNJ parts it from the yeh),
    # final Persian yeh, initial meem.
    assert line.endswith("\ufea7\ufbfd\ufee3")


def test_brackets_in_a_persian_line_are_mirrored() -> None:
    # فروش (میلیون): seen from the left, the bracket that closes the aside, the word, the one
    # that opens it, then the first word; each drawn facing the words it encloses.
    assert visual("فروش (میلیون)", rtl=True) == "(ﻥﻮﯿﻠﯿﻣ) ﺵﻭﺮﻓ"
    # A Latin aside keeps its own brackets as they are; only the Persian level's turn round.
    assert visual("نام (Sara (x)) ۱۲", rtl=True) == "۱۲ (Sara (x)) ﻡﺎﻧ"
    assert visual("کارت (\u2066۱۲۳۴ ۵۶۷۸\u2069)", rtl=True) == "(۱۲۳۴ ۵۶۷۸) ﺕﺭﺎﮐ"


def test_english_lines_are_left_alone() -> None:
    assert visual("Thank you, Sara", rtl=False) == "Thank you, Sara"


def test_wrapping_happens_before_reordering() -> None:
    register_fonts(FONTS)
    text = "سپاس از خرید شما در کافه نارنج، امیدواریم دوباره ببینیمتان"
    lines = wrap(text, REGULAR, 10, 100, rtl=True)
    assert len(lines) > 1
    assert " ".join(lines) == text  # logical order kept; each line is reordered when drawn
    assert all(width(line, REGULAR, 10, rtl=True) <= 100 for line in lines)


def test_note_text_fills_placeholders_and_drops_the_reward_line_when_none_is_ahead() -> None:
    text = "Thank you, {name}!\n{missing} more to {reward}.\nBalance {balance}"
    values = {
        "name": "Sara",
        "points": "7",
        "balance": "88",
        "missing": "12",
        "reward": "a meal",
        "shop": "X",
    }
    assert fill_note(text, values, reward_ahead=True) == [
        "Thank you, Sara!",
        "12 more to a meal.",
        "Balance 88",
    ]
    assert fill_note(text, values, reward_ahead=False) == ["Thank you, Sara!", "Balance 88"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hello {nme}", "note.unknown_placeholder"),
        ("Hello {name!r}", "note.unknown_placeholder"),
        ("Hello {name", "note.bad_braces"),
        ("x" * 601, "note.too_long"),
        ("\n".join("line" for _ in range(9)), "note.too_many_lines"),
    ],
)
def test_a_broken_note_text_is_refused(text: str, code: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_note_text(text)
    assert refused.value.code == code


def test_coupon_codes_are_checked_and_never_look_like_a_card_or_a_phone() -> None:
    code = new_coupon_code()
    assert is_coupon_code(code) and len(code) == 14 and code[0] == "9"
    persian = code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert check_coupon_code(f" {persian[:7]} {persian[7:]} ") == code
    for i in range(len(code)):
        typo = code[:i] + str((int(code[i]) + 1) % 10) + code[i + 1 :]
        assert not is_coupon_code(typo)
    with pytest.raises(InvalidInput):
        check_coupon_code("00989121234567")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("network:192.168.1.60", Connection(Link.NETWORK, "192.168.1.60", 9100)),
        ("network:printer.local:9101", Connection(Link.NETWORK, "printer.local", 9101)),
        ("usb:04b8:0e15", Connection(Link.USB, "04b8", 0x0E15)),
        ("serial:/dev/ttyUSB0", Connection(Link.SERIAL, "/dev/ttyUSB0", 19200)),
        ("serial:COM3:9600", Connection(Link.SERIAL, "COM3", 9600)),
        ("file:/dev/usb/lp0", Connection(Link.FILE, "/dev/usb/lp0", 0)),
    ],
)
def test_printer_connections_as_written_in_the_settings(text: str, expected: Connection) -> None:
    assert parse_connection(text) == expected


@pytest.mark.parametrize(
    "text", ["", "bluetooth:aa", "network:", "network:host:70000", "usb:04b8", "usb:zz:12"]
)
def test_a_mistyped_connection_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_connection(text)
    assert refused.value.code == "thermal.bad_connection"

"""Names in a Persian refusal stay as they were written: "counter-1" is not "counter-۱"."""

from __future__ import annotations

import datetime as dt

import pytest

from loyaltydesk.domain.errors import DomainError, Refused
from loyaltydesk.ui.error_text import error_text

WHEN = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
CODE = "91234567890128"


@pytest.mark.parametrize(
    ("error", "names"),
    [
        (
            Refused("coupon.used", coupon=CODE, when=WHEN, counter="counter-1", staff="Reza 2"),
            ("counter-1", "Reza 2"),
        ),
        (Refused("coupon.voided", coupon=CODE, when=WHEN, by="owner2"), ("owner2",)),
        (Refused("coupon.someone_else", coupon=CODE, member="Ali 3rd"), ("Ali 3rd",)),
        (Refused("coupon.void_used", coupon=CODE, when=WHEN, counter="till-2"), ("till-2",)),
    ],
)
def test_a_persian_refusal_keeps_names_verbatim(error: DomainError, names: tuple[str, ...]) -> None:
    said = error_text(error, "fa", screen=False)
    for name in names:
        assert name in said, said


def test_a_backdated_coupon_and_a_too_big_one_are_said_plainly() -> None:
    backdated = error_text(Refused("coupon.backdated", coupon=CODE), "en", screen=False)
    assert "today’s purchase" in backdated and "without" in backdated
    big = error_text(
        Refused("coupon.covers_all", coupon=CODE, worth=5_000_000, amount=1_000_000),
        "en",
        screen=False,
    )
    assert "worth 500,000 Toman" in big and "only 100,000 Toman" in big
    assert "nothing would be left to pay" in big

"""An open batch of coupons printed as flyers: four A6 coupons to an A4 page, each scanning
back to its own code, in either language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from loyaltydesk.domain.coupons import Coupon, new_coupon_code
from loyaltydesk.printing.paper import DocumentKind, Paper, PrintCancelled
from tests.printing.conftest import maker
from tests.printing.scan import expected, page_codes


@pytest.mark.parametrize("language", ["fa", "en"])
def test_a_coupon_sheet_puts_four_to_a_page_and_each_scans_back(
    language: str, tmp_path: Path
) -> None:
    codes = [new_coupon_code() for _ in range(5)]
    coupons = [Coupon(c, "50,000 Toman off", dt.date(2026, 12, 31)) for c in codes]
    seen: list[tuple[int, int]] = []

    document = maker(language).coupon_sheet(coupons, progress=lambda a, b: seen.append((a, b)))

    assert (document.kind, document.paper, document.pages) == (DocumentKind.SHEET, Paper.A4, 2)
    assert page_codes(document.pdf) == [expected(*codes[:4]), expected(codes[4])]
    assert seen == [(4, 5), (5, 5)]


def test_a_cancelled_coupon_sheet_makes_nothing() -> None:
    coupons = [Coupon(new_coupon_code(), "20% off", dt.date(2026, 12, 31))]
    with pytest.raises(PrintCancelled):
        maker("en").coupon_sheet(coupons, cancelled=lambda: True)

"""The shift report on paper: every roll and sheet, both languages, a long one over pages."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from loyaltydesk.printing.paper import SHIFT_PAPERS, DocumentKind, Paper
from loyaltydesk.services.shift import RewardTally, ShiftReport
from tests.printing.conftest import maker

AT = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)
REPORT = ShiftReport(
    staff="Sara",
    counter=None,
    counters=("counter-1",),
    start=AT - dt.timedelta(hours=5),
    end=AT,
    made_at=AT,
    credits=12,
    credit_rials=34_560_000,
    points_earned=345,
    coupons_used=2,
    coupon_discount_rials=700_000,
    redemptions=3,
    redeemed_points=180,
    rewards=(RewardTally(1, "Free drink", "نوشیدنی رایگان", 2, 80),),
    refunds=1,
    refund_rials=1_500_000,
    points_taken_back=15,
    voids=1,
    points_given_back=40,
    adjustments=1,
    adjusted_points=-20,
    bonuses=0,
    bonus_points=0,
    registrations=4,
    first_action=AT - dt.timedelta(hours=4),
    last_action=AT - dt.timedelta(minutes=3),
)


def _text(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "shift.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-layout", str(source), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode().split())


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize("paper", SHIFT_PAPERS)
def test_every_paper_takes_the_report_on_one_page(language: str, paper: Paper) -> None:
    document = maker(language).shift_report(REPORT, paper)
    assert (document.kind, document.paper, document.pages) == (DocumentKind.SHIFT, paper, 1)
    assert document.width_mm == paper.width_mm
    assert set(document.papers) == set(SHIFT_PAPERS)


def test_the_english_slip_holds_the_figures(tmp_path: Path) -> None:
    text = _text(maker("en").shift_report(REPORT, Paper.ROLL_58).pdf, tmp_path)
    for line in (
        "Cashier Sara",
        "Purchases credited 12",
        "Amount paid 3,456,000 Toman",
        "Points earned 345",
        "Discount given 70,000 Toman",
        "Free drink × 2 80",
        "Points taken back 15",
        "Points adjusted -20",
        "Members registered 4",
        # 345 earned − 20 adjusted + 40 given back − 15 taken back
        "Net points given +350",
    ):
        assert line in text


def test_a_long_list_of_rewards_runs_on_to_further_sheets(tmp_path: Path) -> None:
    many = tuple(RewardTally(i, f"Reward {i}", None, 1, 10) for i in range(60))
    document = maker("en").shift_report(replace(REPORT, rewards=many), Paper.A5)
    assert document.pages > 1
    text = _text(document.pdf, tmp_path)
    assert all(f"Reward {i} × 1 10" in text for i in range(60))
    assert "Net points given +350" in text  # nothing lost past the first sheet
    roll = maker("en").shift_report(replace(REPORT, rewards=many), Paper.ROLL_80)
    assert roll.pages == 1 and roll.height_mm > 250  # a roll is as long as its content

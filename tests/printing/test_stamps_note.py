"""The stamp card on the thank-you note: in words and as drawn circles, filled from the
reading side (the right on Persian paper)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import ImageChops

from loyaltydesk.bootstrap import Services
from loyaltydesk.devices.raster import render_page
from loyaltydesk.domain.rewards import NextReward, RewardUnit
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.printing.paper import Paper
from loyaltydesk.services.views import NoteView
from tests.conftest import FakeClock
from tests.integration.helpers import op, register
from tests.printing.conftest import maker
from tests.printing.test_documents import pdf_text


def note_after_visits(club: Services, clock: FakeClock, visits: int) -> NoteView:
    club.rules.save(replace(club.rules.earn_rule(), stamps=StampRule(500_000)), actor=club.actor)
    club.rules.add_reward("Free coffee", 10, "قهوهٔ رایگان", RewardUnit.STAMPS, actor=club.actor)
    sara = register(club, "Sara Ahmadi")
    entry_id = None
    for _ in range(visits):
        entry_id = club.counter.credit_purchase(op(), sara.id, 1_200_000, club.actor).entry_id
        clock.advance(days=1)
    assert entry_id is not None
    return club.printouts.note_for_entry(entry_id)


def test_the_note_tells_the_stamp_card(club: Services, clock: FakeClock, tmp_path: Path) -> None:
    note = note_after_visits(club, clock, 3)
    assert (note.stamps, note.stamps_moved) == (3, 1)

    text = pdf_text(maker("en").note(note, Paper.ROLL_80).pdf, tmp_path)

    assert "Stamp card: 3 of 10. 7 more for Free coffee." in text
    assert "You earned 12 points today." in text  # the points are still there beside them


def test_a_note_without_a_stamp_card_says_nothing_of_stamps(club: Services, tmp_path: Path) -> None:
    sara = register(club, "Sara Ahmadi")
    credit = club.counter.credit_purchase(op(), sara.id, 1_200_000, club.actor)
    assert credit.entry_id is not None
    note = club.printouts.note_for_entry(credit.entry_id)
    assert note.stamps is None
    assert "Stamp" not in pdf_text(maker("en").note(note, Paper.A6).pdf, tmp_path)


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_circles_fill_from_the_reading_side(
    club: Services, clock: FakeClock, language: str
) -> None:
    three = note_after_visits(club, clock, 3)
    goal = three.stamp_goal
    assert goal is not None
    four = replace(three, stamps=4, stamp_goal=NextReward(goal.reward, 6))
    pages = [
        render_page(maker(language).note(n, Paper.ROLL_80).pdf, 0, 150).convert("L")
        for n in (three, four)
    ]
    assert pages[0].size == pages[1].size
    # Only the fourth circle (and the digits of the sentence) differ: find the circle row,
    # the lowest band of differences.
    diff = ImageChops.difference(pages[0], pages[1]).point(lambda v: 255 if v > 60 else 0)
    box = diff.getbbox()
    assert box is not None
    rows = [
        y
        for y in range(box[1], box[3])
        if any(diff.getpixel((x, y)) for x in range(box[0], box[2]))
    ]
    bottom = rows[-1]
    band = [
        x for x in range(diff.width) for y in range(bottom - 3, bottom - 1) if diff.getpixel((x, y))
    ]
    assert band, "the fourth circle was not drawn filled"
    middle = (min(band) + max(band)) / 2
    # The fourth stamp sits near the start of the row: the left in English, the right in
    # Persian.
    if language == "en":
        assert middle < diff.width * 0.45
    else:
        assert middle > diff.width * 0.55
    assert max(band) - min(band) < diff.width * 0.1  # one circle, not the whole row

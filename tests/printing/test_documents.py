"""Printed documents, read back as a scanner and a customer would: every code on a page
decodes to exactly the card or coupon it stands for; notes say what the shop wrote."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from loyaltydesk.bootstrap import Services
from loyaltydesk.devices.raster import render_page
from loyaltydesk.domain.cards import damm_digit
from loyaltydesk.domain.coupons import Coupon
from loyaltydesk.printing.documents import DocumentMaker, Shop
from loyaltydesk.printing.paper import DocumentKind, Paper, PrintCancelled
from loyaltydesk.services.views import CardFace
from tests.integration.helpers import op, register
from tests.printing.conftest import FONTS, card_number, maker
from tests.printing.scan import expected, page_codes

JOINED = dt.datetime(2026, 3, 21, 8, 0, tzinfo=dt.UTC)
LANGUAGES = ["fa", "en"]


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())  # lines wrapped on paper read as one


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_membership_card_scans_back_to_its_number(club: Services, language: str) -> None:
    sara = register(club, "Sara Ahmadi" if language == "en" else "سارا احمدی")
    face = club.printouts.card(sara.card or "")

    document = maker(language, card_back=True).card(face, club.printouts.club())

    assert (document.kind, document.paper, document.pages) == (DocumentKind.CARD, Paper.CARD, 2)
    front, back = page_codes(document.pdf)
    assert front == expected(sara.card or "")
    assert not back  # the back explains the club; nothing on it to scan


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_card_of_a_sheet_scans_back_to_its_own_number(language: str) -> None:
    faces = [CardFace(i, f"Member {i}", card_number(i), JOINED) for i in range(12)]

    document = maker(language).sheet(faces)

    assert (document.paper, document.pages) == (Paper.A4, 2)
    first, second = page_codes(document.pdf)
    assert first == expected(*(f.card for f in faces[:10]))
    assert second == expected(*(f.card for f in faces[10:]))


def test_a_sheet_with_backs_follows_each_page_of_fronts_with_its_backs(club: Services) -> None:
    faces = [CardFace(i, f"Member {i}", card_number(i), JOINED) for i in range(3)]
    document = maker("en", card_back=True).sheet(faces, club.printouts.club())
    assert document.pages == 2
    fronts, backs = page_codes(document.pdf)
    assert fronts == expected(*(f.card for f in faces)) and not backs


def test_a_long_sheet_reports_progress_and_can_be_cancelled() -> None:
    faces = [CardFace(i, f"Member {i}", card_number(i), JOINED) for i in range(25)]
    seen: list[tuple[int, int]] = []
    maker("en").sheet(faces, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(10, 25), (20, 25), (25, 25)]

    again: list[int] = []
    with pytest.raises(PrintCancelled):
        maker("en").sheet(
            faces, progress=lambda done, _: again.append(done), cancelled=lambda: bool(again)
        )
    assert again == [10]  # stopped before the second page


def coupon_code(body: str) -> str:
    return body + str(damm_digit(body))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", [Paper.A6, Paper.ROLL_80, Paper.ROLL_58])
@pytest.mark.parametrize(
    # A leading "99" pair is what python-barcode's Code128 dropped; and one like any other.
    "code",
    [coupon_code("9965828665398"), coupon_code("9123409900876")],
)
def test_a_coupon_scans_back_to_its_code(language: str, paper: Paper, code: str) -> None:
    coupon = Coupon(code, "20% off your next visit", dt.date(2026, 12, 31), "Sara")

    document = maker(language).coupon(coupon, paper)

    assert document.paper is paper and document.width_mm == paper.width_mm
    assert page_codes(document.pdf) == [expected(code)]


def test_a_thank_you_note_says_what_was_earned_and_what_is_missing(
    club: Services, tmp_path: Path
) -> None:
    sara = register(club, "Sara Ahmadi")
    club.counter.credit_purchase(op(), sara.id, 8_100_000, club.actor)
    credit = club.counter.credit_purchase(op(), sara.id, 700_000, club.actor, receipt_no="R-9")
    assert credit.entry_id is not None
    note = club.printouts.note_for_entry(credit.entry_id)

    text = pdf_text(maker("en").note(note, Paper.A6).pdf, tmp_path)

    assert "Thank you, Sara Ahmadi!" in text
    assert "You earned 7 points today." in text
    assert "12 more points to Free meal." in text
    assert "88 points" in text and "R-9" in text


def test_the_shops_own_words_replace_the_default(club: Services, tmp_path: Path) -> None:
    sara = register(club, "Sara Ahmadi")
    credit = club.counter.credit_purchase(op(), sara.id, 700_000, club.actor)
    assert credit.entry_id is not None
    note = club.printouts.note_for_entry(credit.entry_id)
    own = "Merci {name} from {shop}\nOnly {missing} to go for {reward}"

    text = pdf_text(maker("en", note_text=own).note(note, Paper.ROLL_80).pdf, tmp_path)

    assert "Merci Sara Ahmadi from Narenj Café" in text
    assert "Only 33 to go for Free drink" in text
    assert "Thank you" not in text


def test_a_roll_is_as_long_as_its_content(club: Services) -> None:
    sara = register(club)
    credit = club.counter.credit_purchase(op(), sara.id, 700_000, club.actor)
    assert credit.entry_id is not None
    note = club.printouts.note_for_entry(credit.entry_id)
    short = maker("fa", note_text="{name}").note(note, Paper.ROLL_80)
    long = maker("fa", note_text="{name}\n{points}\n{balance}\n{shop}\n{name}").note(
        note, Paper.ROLL_80
    )
    assert 30 < short.height_mm < long.height_mm < 200
    assert maker("fa").note(note, Paper.A6).height_mm == 148.0


def test_the_shops_logo_goes_on_the_card_and_the_codes_still_scan(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (255, 128, 0)).save(logo)
    plain = maker("en")
    shop = Shop(plain.shop.name, plain.shop.display, logo=logo)
    face = CardFace(1, "Sara", card_number(1), JOINED)

    document = DocumentMaker(shop, FONTS).card(face)

    assert page_codes(document.pdf) == [expected(face.card)]
    page = render_page(document.pdf, 0, 100)
    # The logo's orange sits at the band's far end (the right, in English).
    r, g, b = page.getpixel((page.width - 30, 25))  # type: ignore[misc]
    assert (r, g, b) == (255, 128, 0)
